"""``mail add|show|test|remove`` and ``mail senders add|list|remove``.

``watch`` (every channel, mail included) is in ``commands_channels``; ``mail senders`` is the
email part of the one sender map that ``after-hours senders`` shows whole.

The password is read from stdin when it is not a terminal (scripts, tests), else prompted with
getpass; it goes to the OS keyring or stays in this process's memory, never anywhere else.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _
from after_hours.availability.mail.addresses import AddressError
from after_hours.availability.mail.errors import MailError
from after_hours.availability.mail.model import (
    MailAccount,
    PasswordStorage,
    Security,
    UnknownSenders,
)
from after_hours.availability.mail.store import MailStore

# imapclient, keyring, the triage and the contact log load only when a command needs them:
# every CLI start and the app's start-up build this parser.
if TYPE_CHECKING:
    from after_hours.availability.mail.intake import MailEvent, MailIntake
    from after_hours.availability.mail.secrets import PasswordPrompt, Passwords


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    m = sub.add_parser(
        "mail", help=_("the work mailbox the watcher reads, and which senders are clients")
    )
    msub = m.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    add = msub.add_parser(
        "add", help=_("set up the mailbox (password on stdin, or prompted on a terminal)")
    )
    add.add_argument("--host", required=True, help="IMAP server, e.g. imap.example.org")
    add.add_argument("--port", type=int, help="default 993 (TLS) or 143 (STARTTLS, plain)")
    add.add_argument("--user", required=True, help=_("the login name, often your address"))
    sec = add.add_mutually_exclusive_group()
    sec.add_argument("--starttls", action="store_true", help=_("STARTTLS instead of implicit TLS"))
    sec.add_argument(
        "--insecure-plain",
        action="store_true",
        help=_("unencrypted, for testing only: the password travels in the clear"),
    )
    add.add_argument(
        "--cafile", type=Path, help=_("trust this CA certificate (PEM) instead of the system's")
    )
    add.add_argument(
        "--folder",
        action="append",
        dest="folders",
        metavar="F",
        help=_("a folder to watch (repeat for several; default INBOX)"),
    )
    add.add_argument(
        "--no-store-password",
        action="store_true",
        help=_("never store the password: ask once each time the watcher starts"),
    )
    add.add_argument(
        "--unknown-senders",
        choices=[u.value for u in UnknownSenders],
        default=UnknownSenders.IGNORE.value,
        help=_(
            "messages from addresses not in the sender map: ignore (default) or log as 'unknown'"
        ),
    )
    add.add_argument(
        "--no-check", action="store_true", help=_("save without connecting to the server first")
    )
    add.set_defaults(handler=cmd_mail_add)

    show = msub.add_parser("show", help=_("the mailbox settings (never the password)"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_mail_show)

    test = msub.add_parser("test", help=_("connect, log in and open the folders, changing nothing"))
    test.set_defaults(handler=cmd_mail_test)

    remove = msub.add_parser("remove", help=_("forget the mailbox and its stored password"))
    remove.set_defaults(handler=cmd_mail_remove)

    senders = msub.add_parser("senders", help=_("the addresses of clients and their pseudonyms"))
    ssub = senders.add_subparsers(dest="senders_command", metavar="ACTION", required=True)
    sadd = ssub.add_parser("add", help=_("messages from ADDRESS are from the client PSEUDONYM"))
    sadd.add_argument("address")
    sadd.add_argument("pseudonym")
    sadd.set_defaults(handler=cmd_senders_add)
    slist = ssub.add_parser("list", help=_("every address and its pseudonym"))
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(handler=cmd_senders_list)
    sremove = ssub.add_parser("remove", help=_("stop treating ADDRESS as a client"))
    sremove.add_argument("address")
    sremove.set_defaults(handler=cmd_senders_remove)


# -- helpers -----------------------------------------------------------------------------------


def _store(ctx: Context) -> MailStore:
    return MailStore(ctx.profile.db, ctx.clock)


def _account(ctx: Context) -> MailAccount:
    account = _store(ctx).account()
    if account is None:
        raise CliError("No mailbox is set up yet: add one with `after-hours mail add`.")
    return account


def cli_prompt(ctx: Context) -> PasswordPrompt:
    """Ask on the terminal without echo, or read one line when stdin is a pipe."""

    def ask(account: MailAccount) -> str | None:
        if ctx.stdin.isatty():
            try:
                return getpass.getpass(f"Password for {account.user} at {account.host}: ")
            except (EOFError, KeyboardInterrupt):
                return None
        line = ctx.stdin.readline()
        return line.rstrip("\r\n") or None

    return ask


def _describe(account: MailAccount) -> str:
    if account.security is Security.PLAIN:
        how = "unencrypted, for testing only"
    else:
        trust = (
            f"certificate checked against {account.cafile}"
            if account.cafile
            else "certificate checked"
        )
        how = f"{account.security.label}, {trust}"
    return f"{account.user} at {account.address} ({how})"


def _sentence(text: str) -> str:
    """End with one full stop, even after a pseudonym such as "S.C."."""
    return text if text.endswith(".") else text + "."


def _mail_error(exc: MailError) -> CliError:
    return CliError(str(exc))


def _passwords(prompt: PasswordPrompt | None = None) -> Passwords:
    from after_hours.availability.mail.secrets import Passwords

    return Passwords(prompt)


# -- mail ... ----------------------------------------------------------------------------------


def cmd_mail_add(ctx: Context) -> int:
    a = ctx.args
    security = (
        Security.STARTTLS if a.starttls else Security.PLAIN if a.insecure_plain else Security.TLS
    )
    cafile = None
    if a.cafile is not None:
        if not a.cafile.is_file():
            raise CliError(f"The CA file {a.cafile} does not exist.")
        cafile = str(a.cafile.expanduser().absolute())
    try:
        account = MailAccount(
            host=a.host.strip(),
            port=a.port or security.default_port,
            user=a.user.strip(),
            security=security,
            allow_unencrypted=bool(a.insecure_plain),
            folders=tuple(a.folders or ("INBOX",)),
            cafile=cafile,
            unknown_senders=UnknownSenders(a.unknown_senders),
            password_storage=PasswordStorage.SESSION
            if a.no_store_password
            else PasswordStorage.KEYRING,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    from after_hours.availability.mail.setup import check_account, save_account

    store = _store(ctx)
    existing = store.account()
    if existing is not None and existing.key != account.key:
        raise CliError(
            f"A mailbox is already set up ({existing.user} at {existing.address}). "
            "Remove it first with `after-hours mail remove`."
        )
    password = cli_prompt(ctx)(account)
    if not password:
        raise CliError("No password was given; nothing was saved.")
    if not a.no_check:
        try:
            folders, idle = check_account(account, password)
        except MailError as exc:
            raise CliError(f"{exc} Nothing was saved.") from exc
    passwords = _passwords()
    result = save_account(store, passwords, account, password)
    saved, where = result.account, result.password_in
    verb = "Updated" if result.updated else "Added"
    del password
    ctx.out(f"{verb} {_describe(saved)}.")
    if not a.no_check:
        ctx.out(f"Watching {', '.join(folders)}; {'IDLE' if idle else 'polling every 60 s'}.")
    else:
        ctx.out(f"Watching {', '.join(saved.folders)} (not checked: run `after-hours mail test`).")
    if where == "keyring":
        ctx.out("The password is in the system keyring.")
    elif a.no_store_password:
        ctx.out(
            "The password was not stored, as you asked: the watcher asks for it once each time it starts."
        )
    elif passwords.uses_keyring(saved):
        ctx.out(
            "The system keyring refused the password (is it locked?), so it was not stored: "
            "the watcher asks for it once each time it starts."
        )
    else:
        ctx.out(
            "No secure keyring is available here, so the password was not stored: the watcher "
            "asks for it once each time it starts."
        )
    if security is Security.PLAIN:
        ctx.stderr.write(
            "after-hours: warning: this connection is unencrypted; use it only for testing.\n"
        )
    return 0


def cmd_mail_show(ctx: Context) -> int:
    account = _account(ctx)
    store = _store(ctx)
    stored = _passwords().uses_keyring(account)
    data = {
        "host": account.host,
        "port": account.port,
        "user": account.user,
        "security": account.security.value,
        "folders": list(account.folders),
        "cafile": account.cafile,
        "unknown_senders": account.unknown_senders.value,
        "password_storage": account.password_storage.value,
        "keyring_available": stored,
        "senders": len(store.senders()),
    }
    if ctx.args.json:
        ctx.print_json(data)
        return 0
    ctx.out(_describe(account))
    ctx.out(f"Folders: {', '.join(account.folders)}")
    ctx.out(
        "Unknown senders: "
        + ("logged as 'unknown'" if account.unknown_senders is UnknownSenders.LOG else "ignored")
    )
    ctx.out(
        "Password: "
        + ("in the system keyring" if stored else "asked once each time the watcher starts")
    )
    ctx.out(f"Client addresses: {data['senders']}")
    return 0


def cmd_mail_test(ctx: Context) -> int:
    from after_hours.availability.mail.setup import check_account

    account = _account(ctx)
    passwords = _passwords(cli_prompt(ctx))
    try:
        folders, idle = check_account(account, passwords.get(account))
    except MailError as exc:
        raise _mail_error(exc) from exc
    ctx.out(f"Connected to {_describe(account)}.")
    ctx.out(
        f"Folders: {', '.join(folders)}. {'IDLE supported.' if idle else 'No IDLE: polling every 60 s.'}"
    )
    ctx.out("Nothing was changed on the server.")
    return 0


def cmd_mail_remove(ctx: Context) -> int:
    from after_hours.availability.mail.setup import remove_account

    account = _account(ctx)
    remove_account(_store(ctx), _passwords(), account)
    ctx.out(
        f"Removed {account.user} at {account.address} and its stored password. "
        "The client addresses were kept; logged contacts are unchanged."
    )
    return 0


def cmd_senders_add(ctx: Context) -> int:
    try:
        sender = _store(ctx).add_sender(ctx.args.address, ctx.args.pseudonym)
    except (AddressError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    ctx.out(_sentence(f"Messages from {sender.address} are from {sender.pseudonym}"))
    return 0


def cmd_senders_list(ctx: Context) -> int:
    senders = _store(ctx).senders()
    if ctx.args.json:
        ctx.print_json([{"address": s.address, "pseudonym": s.pseudonym} for s in senders])
        return 0
    if not senders:
        ctx.out(
            "No client addresses yet: add one with `after-hours mail senders add ADDRESS PSEUDONYM`."
        )
    for s in senders:
        ctx.out(f"{s.address}\t{s.pseudonym}")
    return 0


def cmd_senders_remove(ctx: Context) -> int:
    try:
        removed = _store(ctx).remove_sender(ctx.args.address)
    except AddressError as exc:
        raise CliError(str(exc)) from exc
    if not removed:
        raise CliError(f"{ctx.args.address} is not in the sender map.", 1)
    ctx.out(f"Removed {ctx.args.address}; contacts already logged are unchanged.")
    return 0


# -- watch -------------------------------------------------------------------------------------


def intake_handler(ctx: Context, on_event: Callable[[MailEvent], None] | None = None) -> MailIntake:
    """Log each message as a contact; ``on_event`` prints its line (``watch``: never the text)."""
    from after_hours.availability.channels.senders import ChannelName
    from after_hours.availability.channels.store import ChannelStore
    from after_hours.availability.mail.intake import MailIntake

    store = ChannelStore(ctx.profile.db, ctx.clock)

    def handled(event: MailEvent) -> None:
        store.note_message(ChannelName.MAIL.value, event.contact.at)
        if on_event is not None:
            on_event(event)

    return MailIntake(ctx.profile.db, ctx.clock, handled)
