"""Setting up the mailbox: check it, save it (password to the keyring or nowhere), remove it.

One service for ``after-hours mail add|test|remove`` and the app's Settings and first-run
wizard, so the check and the rules about where the password goes are written once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from after_hours.availability.mail.errors import MailConnectionError, MailError
from after_hours.availability.mail.model import MailAccount, PasswordStorage
from after_hours.availability.mail.secrets import Passwords
from after_hours.availability.mail.store import MailStore


@dataclass(frozen=True)
class CheckResult:
    """What a successful check found: each folder with its message count, and IDLE."""

    folders: list[str]
    idle: bool

    def sentence(self) -> str:
        how = "IDLE supported." if self.idle else "No IDLE: polling every 60 s."
        return f"Folders: {', '.join(self.folders)}. {how}"


def check_account(account: MailAccount, password: str) -> tuple[list[str], bool]:
    """Log in and open every folder read-only. Returns the folder summaries and IDLE support."""
    from after_hours.availability.mail.connection import (
        close_quietly,
        connect,
        examine,
        is_connection_problem,
        problem_sentence,
    )

    client = connect(account, password)
    try:
        summaries = []
        for folder in account.folders:
            info = examine(client, folder, account.host)
            summaries.append(f"{folder} ({info.exists} message{'s' if info.exists != 1 else ''})")
        return summaries, bool(client.has_capability("IDLE"))
    except Exception as exc:
        if isinstance(exc, MailError) or not is_connection_problem(exc):
            raise
        raise MailConnectionError(problem_sentence(exc, account.address)) from exc
    finally:
        close_quietly(client)


def check(account: MailAccount, password: str) -> CheckResult:
    """:func:`check_account` as a result object (raises ``MailError`` with a sentence)."""
    folders, idle = check_account(account, password)
    return CheckResult(folders, idle)


class AnotherMailboxError(ValueError):
    """A different mailbox is already set up; the app watches one."""


@dataclass(frozen=True)
class Saved:
    """The saved account, whether it replaced the earlier settings, and where the password is."""

    account: MailAccount
    updated: bool
    password_in: str  # "keyring" or "session"


def save_account(
    store: MailStore, passwords: Passwords, account: MailAccount, password: str
) -> Saved:
    """Save (or update) the mailbox and keep the password where the account says it may go.

    The password goes to the system keyring only when the account allows it and a secure
    keyring exists; otherwise it stays in this session's memory and the watcher asks once
    per session. It is never written to a file.
    """
    existing = store.account()
    if existing is not None and existing.key != account.key:
        raise AnotherMailboxError(
            f"A mailbox is already set up ({existing.user} at {existing.address}). Remove it first."
        )
    if existing is not None:
        if (
            existing.password_storage is PasswordStorage.KEYRING
            and account.password_storage is PasswordStorage.SESSION
        ):
            passwords.forget(existing)  # the user now wants it stored nowhere
        saved = store.update_account(
            replace(account, id=existing.id, created_at=existing.created_at)
        )
    else:
        saved = store.add_account(account)
    where = passwords.remember(saved, password)
    return Saved(saved, existing is not None, where)


def remove_account(store: MailStore, passwords: Passwords, account: MailAccount) -> None:
    """Forget the mailbox and its password everywhere it is kept (the sender map stays)."""
    passwords.forget(account)
    assert account.id is not None
    store.remove_account(account.id)
