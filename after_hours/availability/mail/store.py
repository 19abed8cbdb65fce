"""The mail tables: the account, the sender map, the watcher's place in each folder, seen messages.

Everything the watcher remembers between runs is here, and none of it is a password or a
message's text: only addresses the user typed, pseudonyms, UIDs and Message-IDs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from after_hours.availability.channels.senders import SenderKind, SenderMap
from after_hours.availability.clock import Clock
from after_hours.availability.mail.addresses import normalise_address
from after_hours.availability.mail.model import (
    MailAccount,
    PasswordStorage,
    Security,
    UnknownSenders,
)
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Sender:
    """One entry of the sender map."""

    address: str
    pseudonym: str


@dataclass(frozen=True)
class FolderState:
    """How far the watcher has read a folder: UIDs up to ``last_uid`` are dealt with."""

    uidvalidity: int
    last_uid: int
    synced_at: datetime


class MailStore:
    """Typed access to the ``mail_*`` tables of a profile database."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- accounts -----------------------------------------------------------------------------

    def accounts(self) -> list[MailAccount]:
        # Plain SQL, not table().rows_where(): the app asks this at start-up, and a read needs
        # no sqlite-utils (store/lazy.py).
        cursor = self._db.execute("SELECT * FROM mail_accounts ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [_account(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def account(self) -> MailAccount | None:
        """The mailbox, when one is set up (the app watches one; the table allows more)."""
        found = self.accounts()
        return found[0] if found else None

    def add_account(self, account: MailAccount) -> MailAccount:
        created = account.created_at or self._clock.now()
        row: dict[str, Any] = {
            "host": account.host.strip(),
            "port": account.port,
            "security": account.security.value,
            "allow_unencrypted": int(account.allow_unencrypted),
            "user": account.user.strip(),
            "folders": json.dumps(list(account.folders)),
            "cafile": account.cafile,
            "unknown_senders": account.unknown_senders.value,
            "password_storage": account.password_storage.value,
            "created_at": utc_iso(created),
        }
        with self._db.atomic():
            pk = self._db.table("mail_accounts").insert(row).last_pk
        assert pk is not None
        return replace(account, id=int(pk), created_at=created)

    def update_account(self, account: MailAccount) -> MailAccount:
        """Change a saved account's settings; where the watcher got to is kept."""
        if account.id is None:
            raise ValueError("Only a saved account can be updated.")
        with self._db.atomic():
            self._db.table("mail_accounts").update(
                account.id,
                {
                    "host": account.host.strip(),
                    "port": account.port,
                    "security": account.security.value,
                    "allow_unencrypted": int(account.allow_unencrypted),
                    "user": account.user.strip(),
                    "folders": json.dumps(list(account.folders)),
                    "cafile": account.cafile,
                    "unknown_senders": account.unknown_senders.value,
                    "password_storage": account.password_storage.value,
                },
            )
        return account

    def remove_account(self, account_id: int) -> None:
        """Forget the account and the watcher's bookkeeping for it (the sender map stays)."""
        with self._db.atomic():
            for table in ("mail_seen", "mail_folder_state"):
                self._db.execute(f"DELETE FROM {table} WHERE account_id = ?", [account_id])
            self._db.execute("DELETE FROM mail_accounts WHERE id = ?", [account_id])

    # -- the sender map -----------------------------------------------------------------------

    # The map itself is the general one (``after_hours.availability.channels.senders``): these
    # are its email part, so `mail senders ...` keeps working beside `senders ...`.

    def _senders(self) -> SenderMap:
        return SenderMap(self._db, self._clock)

    def add_sender(self, address: str, pseudonym: str) -> Sender:
        """Map ``address`` to a client's pseudonym (replacing an earlier pseudonym)."""
        normal = normalise_address(address)
        if not pseudonym.strip():
            raise ValueError("The pseudonym is empty: give the name you use for this client.")
        entry = self._senders().add(normal, pseudonym)
        return Sender(entry.sender, entry.pseudonym)

    def remove_sender(self, address: str) -> bool:
        return self._senders().remove(normalise_address(address))

    def senders(self) -> list[Sender]:
        return [Sender(e.sender, e.pseudonym) for e in self._senders().entries(SenderKind.EMAIL)]

    def pseudonym_for(self, address: str) -> str | None:
        """The client's pseudonym for an address already normalised, or None."""
        return self._senders().pseudonym_for_key(address, "mail")

    # -- where the watcher got to -------------------------------------------------------------

    def folder_state(self, account_id: int, folder: str) -> FolderState | None:
        row = self._db.execute(
            "SELECT uidvalidity, last_uid, synced_at FROM mail_folder_state "
            "WHERE account_id = ? AND folder = ?",
            [account_id, folder],
        ).fetchone()
        if row is None:
            return None
        return FolderState(int(row[0]), int(row[1]), from_utc_iso(row[2]))

    def save_folder_state(
        self, account_id: int, folder: str, uidvalidity: int, last_uid: int, synced_at: datetime
    ) -> None:
        with self._db.atomic():
            self._db.table("mail_folder_state").upsert(
                {
                    "account_id": account_id,
                    "folder": folder,
                    "uidvalidity": uidvalidity,
                    "last_uid": last_uid,
                    "synced_at": utc_iso(synced_at),
                },
                pk=("account_id", "folder"),
            )

    # -- messages already handed on -----------------------------------------------------------

    def uid_seen(self, account_id: int, folder: str, uidvalidity: int, uid: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM mail_seen WHERE account_id = ? AND folder = ? AND uidvalidity = ? "
            "AND uid = ?",
            [account_id, folder, uidvalidity, uid],
        ).fetchone()
        return row is not None

    def message_id_seen(self, message_id: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM mail_seen WHERE message_id = ? LIMIT 1", [message_id]
        ).fetchone()
        return row is not None

    def mark_seen(
        self, account_id: int, folder: str, uidvalidity: int, uid: int, message_id: str
    ) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT OR IGNORE INTO mail_seen "
                "(account_id, folder, uidvalidity, uid, message_id, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [account_id, folder, uidvalidity, uid, message_id, utc_iso(self._clock.now())],
            )


def _account(row: dict[str, Any]) -> MailAccount:
    return MailAccount(
        id=int(row["id"]),
        host=str(row["host"]),
        port=int(row["port"]),
        security=Security(row["security"]),
        allow_unencrypted=bool(row["allow_unencrypted"]),
        user=str(row["user"]),
        folders=tuple(json.loads(row["folders"])),
        cafile=row["cafile"] or None,
        unknown_senders=UnknownSenders(row["unknown_senders"] or UnknownSenders.IGNORE),
        password_storage=PasswordStorage(row["password_storage"] or PasswordStorage.KEYRING),
        created_at=from_utc_iso(row["created_at"]),
    )
