"""``senders ...``, ``channels ...`` and ``watch [--once]``: every channel, one sender map.

- ``senders add SENDER PSEUDONYM [--channel CH]`` / ``senders remove SENDER`` / ``senders
  [--json]``: an email address, a phone number (matched in E.164 whatever way it was written)
  or a display name as an app shows it. ``mail senders ...`` is the email part of this map.
- ``channels [--json]``: mail, notifications, kdeconnect; on or off, and the live state the
  watching process last wrote. ``channels on|off CH`` turns notifications or KDE Connect on.
- ``channels apps add|remove APP`` / ``channels apps seen [--json]``: which desktop apps'
  notifications are client channels, and the apps seen lately to choose from.
- ``watch`` watches every channel that is on, headless, until Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from after_hours.availability.channels.senders import (
    ChannelName,
    SenderError,
    SenderMap,
)
from after_hours.availability.channels.store import ChannelSettingError, ChannelStore
from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import N_, _
from after_hours.availability.timeutil import local_iso

if TYPE_CHECKING:
    from after_hours.availability.contacts import Contact

LIVE_CHANNELS = (ChannelName.NOTIFICATIONS.value, ChannelName.KDECONNECT.value)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser(
        "senders", help=_("who is who: addresses, numbers and app names mapped to pseudonyms")
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_senders)
    ssub = s.add_subparsers(dest="senders_command", metavar="ACTION")
    add = ssub.add_parser("add", help=_("messages from SENDER are from the client PSEUDONYM"))
    add.add_argument(
        "sender", help=_("an email address, a phone number or a name as an app shows it")
    )
    add.add_argument("pseudonym")
    add.add_argument(
        "--channel",
        metavar="CH",
        help=_("only on this channel: mail, notifications or kdeconnect (default: every channel)"),
    )
    add.set_defaults(handler=cmd_senders_add)
    remove = ssub.add_parser("remove", help=_("stop treating SENDER as a client"))
    remove.add_argument("sender")
    remove.set_defaults(handler=cmd_senders_remove)

    c = sub.add_parser("channels", help=_("the channels messages arrive by, and their live state"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_channels)
    csub = c.add_subparsers(dest="channels_command", metavar="ACTION")
    for verb, help_text in (
        ("on", N_("watch a channel (notifications or kdeconnect)")),
        ("off", N_("stop watching a channel (notifications or kdeconnect)")),
    ):
        p = csub.add_parser(verb, help=_(help_text))
        p.add_argument("channel", choices=LIVE_CHANNELS)
        if verb == "on":
            p.add_argument(
                "--unknown-senders",
                choices=["ignore", "log"],
                help=_(
                    "messages from senders not in the map: ignore (default) or log as 'unknown'"
                ),
            )
        p.set_defaults(handler=cmd_channels_on_off, on=verb == "on")
    apps = csub.add_parser("apps", help=_("which desktop apps' notifications are client channels"))
    apps.set_defaults(handler=cmd_apps_list, json=False)
    asub = apps.add_subparsers(dest="apps_command", metavar="ACTION")
    aadd = asub.add_parser("add", help=_("notifications from APP are client messages"))
    aadd.add_argument("app", help=_("the name as the app sends it, e.g. Signal"))
    aadd.set_defaults(handler=cmd_apps_add)
    aremove = asub.add_parser("remove", help=_("stop reading APP's notifications"))
    aremove.add_argument("app")
    aremove.set_defaults(handler=cmd_apps_remove)
    seen = asub.add_parser("seen", help=_("apps seen sending notifications lately (names only)"))
    seen.add_argument("--json", action="store_true")
    seen.set_defaults(handler=cmd_apps_seen)

    w = sub.add_parser(
        "watch", help=_("watch every channel that is on, without a window, until Ctrl-C")
    )
    w.add_argument("--once", action="store_true", help=_("process what is new, then exit"))
    w.set_defaults(handler=cmd_watch)


# -- senders -----------------------------------------------------------------------------------


def _senders(ctx: Context) -> SenderMap:
    return SenderMap(ctx.profile.db, ctx.clock)


def _store(ctx: Context) -> ChannelStore:
    return ChannelStore(ctx.profile.db, ctx.clock)


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def cmd_senders(ctx: Context) -> int:
    entries = _senders(ctx).entries()
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "sender": e.sender,
                    "kind": e.kind.value,
                    "pseudonym": e.pseudonym,
                    "channel": e.channel,
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        ctx.out("No senders yet: add one with `after-hours senders add SENDER PSEUDONYM`.")
    for e in entries:
        ctx.out(f"{e.sender}\t{e.pseudonym}\t{e.kind.value}\t{e.channel or 'every channel'}")
    return 0


def cmd_senders_add(ctx: Context) -> int:
    try:
        entry = _senders(ctx).add(ctx.args.sender, ctx.args.pseudonym, ctx.args.channel)
    except SenderError as exc:
        raise CliError(str(exc)) from exc
    where = f" on {entry.channel}" if entry.channel else ""
    ctx.out(_sentence(f"Messages from {entry.sender}{where} are from {entry.pseudonym}"))
    return 0


def cmd_senders_remove(ctx: Context) -> int:
    try:
        removed = _senders(ctx).remove(ctx.args.sender)
    except SenderError as exc:
        raise CliError(str(exc)) from exc
    if not removed:
        raise CliError(f"{ctx.args.sender} is not in the sender map.", 1)
    ctx.out(f"Removed {ctx.args.sender}; contacts already logged are unchanged.")
    return 0


# -- channels ----------------------------------------------------------------------------------


def channel_rows(ctx: Context) -> list[dict[str, Any]]:
    """Every channel, whether it is on, and its live state in words."""
    store = _store(ctx)
    rows = []
    for channel in ChannelName:
        on = store.enabled(channel.value)
        status = store.status(channel.value)
        state = "off"
        if on:
            state = status.state if status is not None else "not watched"
            if state == "stopped":
                state = "not watched"
        last = status.last_message_at if status is not None else None
        row: dict[str, Any] = {
            "channel": channel.value,
            "on": on,
            "state": state,
            "detail": status.detail if status is not None and on else "",
            "last_message_at": last.isoformat() if last else None,
            "updated_at": status.updated_at.isoformat() if status is not None else None,
        }
        if channel is ChannelName.NOTIFICATIONS:
            row["apps"] = store.chosen_apps()
        if channel is not ChannelName.MAIL:
            row["unknown_senders"] = "log" if store.logs_unknown(channel.value) else "ignore"
        rows.append(row)
    return rows


def cmd_channels(ctx: Context) -> int:
    rows = channel_rows(ctx)
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for row in rows:
        state = row["state"]
        if row["last_message_at"]:
            last = _store(ctx).status(row["channel"])
            assert last is not None and last.last_message_at is not None
            state += ", last message " + local_iso(last.last_message_at, ctx.display_zone)[11:16]
        extra = ""
        if row.get("apps") is not None and row["on"]:
            extra = "\tapps: " + (", ".join(row["apps"]) or "none chosen")
        ctx.out(f"{row['channel']}\t{'on' if row['on'] else 'off'}\t{state}{extra}")
    if not any(r["on"] for r in rows):
        ctx.out(
            "No channel is on. Mail: `after-hours mail add`; app notifications: "
            "`after-hours channels on notifications`; KDE Connect: `after-hours channels on "
            "kdeconnect`."
        )
    return 0


def cmd_channels_on_off(ctx: Context) -> int:
    store = _store(ctx)
    channel = ctx.args.channel
    store.set_enabled(channel, ctx.args.on)
    if ctx.args.on and ctx.args.unknown_senders:
        store.set_unknown_senders(channel, ctx.args.unknown_senders)
    if not ctx.args.on:
        ctx.out(f"{channel} is off; a running app or watcher stops reading it when restarted.")
        return 0
    ctx.out(f"{channel} is on: `after-hours watch` or the app reads it.")
    if channel == ChannelName.NOTIFICATIONS.value and not store.chosen_apps():
        ctx.out("No app is chosen yet: `after-hours channels apps add Signal` (see `apps seen`).")
    return 0


def cmd_apps_add(ctx: Context) -> int:
    try:
        name = _store(ctx).add_app(ctx.args.app)
    except ChannelSettingError as exc:
        raise CliError(str(exc)) from exc
    ctx.out(f"Notifications from {name} are client messages (only from senders in the map).")
    return 0


def cmd_apps_remove(ctx: Context) -> int:
    try:
        removed = _store(ctx).remove_app(ctx.args.app)
    except ChannelSettingError as exc:
        raise CliError(str(exc)) from exc
    if not removed:
        raise CliError(f"{ctx.args.app} is not a chosen app.", 1)
    ctx.out(f"Notifications from {ctx.args.app} are no longer read.")
    return 0


def cmd_apps_list(ctx: Context) -> int:
    apps = _store(ctx).chosen_apps()
    if not apps:
        ctx.out("No app is chosen: `after-hours channels apps add APP` (see `apps seen`).")
    for app in apps:
        ctx.out(app)
    return 0


def cmd_apps_seen(ctx: Context) -> int:
    seen = _store(ctx).seen_apps()
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "app": s.app,
                    "last_seen_at": s.last_seen_at.isoformat(),
                    "times": s.times,
                    "chosen": s.chosen,
                }
                for s in seen
            ]
        )
        return 0
    if not seen:
        ctx.out(
            "No app seen yet: apps are noted while `after-hours channels on notifications` "
            "is on and the app or `after-hours watch` runs."
        )
    for s in seen:
        when = local_iso(s.last_seen_at, ctx.display_zone)[:16].replace("T", " ")
        ctx.out(f"{s.app}\t{when}\t{'chosen' if s.chosen else ''}".rstrip())
    return 0


# -- watch -------------------------------------------------------------------------------------


def event_printer(ctx: Context) -> Callable[[Any], None]:
    """One line per logged message, never its text; crises also on stderr with next steps."""
    lock = threading.Lock()

    def on_event(event: Any) -> None:
        c: Contact = event.contact
        when = local_iso(c.at, ctx.display_zone)
        line = f"{when}\t{c.client or '-'}\t{c.classification.value}\t{event.alert.value}"
        if event.crisis:
            line += "\t" + ", ".join(c.categories)
        with lock:
            ctx.out(line)
            ctx.stdout.flush()
            if event.crisis:
                ctx.stderr.write(
                    f"after-hours: possible crisis language in a message from "
                    f"{c.client or 'unknown'} (contact {c.id}). Your steps: `after-hours scripts "
                    "show crisis-script`; a reply: `after-hours scripts show crisis-reply`.\n"
                )
                ctx.stderr.flush()

    return on_event


def cmd_watch(ctx: Context) -> int:
    from after_hours.availability.cli.commands_mail import intake_handler
    from after_hours.availability.mail import MailStore

    store = _store(ctx)
    account = MailStore(ctx.profile.db, ctx.clock).account()
    live = [c for c in LIVE_CHANNELS if store.enabled(c)]
    if account is None and not live:
        raise CliError(
            "No channel is on: set up the mailbox with `after-hours mail add`, or turn on "
            "`after-hours channels on notifications` / `after-hours channels on kdeconnect`."
        )
    printer = event_printer(ctx)
    if ctx.args.once:
        return _watch_once(ctx, account, live)

    from after_hours.availability.channels.runner import LiveChannels

    lock = threading.Lock()

    def said(channel: str, state: str, detail: str) -> None:
        with lock:
            ctx.stderr.write(f"after-hours: {channel}: {detail or state}\n")
            ctx.stderr.flush()

    runner = LiveChannels(ctx.profile.home, ctx.clock, printer, on_status=said)
    stop = threading.Event()
    mail_watcher = None
    if account is not None:
        mail_watcher = _mail_watcher(ctx, account, intake_handler(ctx, printer))

    def stop_all() -> None:
        stop.set()
        if mail_watcher is not None:
            mail_watcher.stop()

    started = runner.start(live)
    if live and not started:
        ctx.stderr.write(
            "after-hours: app notifications and KDE Connect need Linux's D-Bus session bus; "
            "they are not watched here.\n"
        )
    try:
        with _stop_on_signals(stop_all):
            if mail_watcher is not None:
                from after_hours.availability.mail import MailError

                try:
                    mail_watcher.run()
                except MailError as exc:
                    raise CliError(str(exc)) from exc
            else:
                while not stop.wait(1.0):
                    pass
    finally:
        runner.stop()
    return 0


def _mail_watcher(ctx: Context, account: Any, handler: Any) -> Any:
    from after_hours.availability.cli.commands_mail import _passwords, cli_prompt
    from after_hours.availability.mail import MailStore
    from after_hours.availability.mail.watcher import MailWatcher, WatcherState, WatcherStatus

    store = _store(ctx)

    def status(s: WatcherStatus) -> None:
        store.set_status(ChannelName.MAIL.value, s.state.value, s.detail)
        if s.state in {WatcherState.WATCHING, WatcherState.WAITING}:
            ctx.stderr.write(f"after-hours: {s.detail}\n")
            ctx.stderr.flush()

    return MailWatcher(
        account,
        _passwords(cli_prompt(ctx)),
        MailStore(ctx.profile.db, ctx.clock),
        handler,
        clock=ctx.clock,
        on_status=None if ctx.args.once else status,
    )


def _watch_once(ctx: Context, account: Any, live: list[str]) -> int:
    """Mail has a backlog to catch up; notifications and SMS arrive only while watched."""
    from after_hours.availability.cli.commands_mail import intake_handler
    from after_hours.availability.mail import MailError

    status = 0
    if account is not None:
        watcher = _mail_watcher(ctx, account, intake_handler(ctx, event_printer(ctx)))
        try:
            result = watcher.run_once()
        except MailError as exc:
            raise CliError(str(exc)) from exc
        ctx.out(f"{result.handed_on} new message{'s' if result.handed_on != 1 else ''}.")
        status = 1 if result.failed else 0
    for channel in live:
        ctx.out(f"{channel}: read only while watching (run `after-hours watch` or the app).")
    return status


@contextmanager
def _stop_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    """Ctrl-C and SIGTERM end the watch cleanly (only the main thread can set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stop()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
