"""Possible crises waiting for the clinician: which, and marking one as handled.

A contact triaged as a crisis stays "waiting" (the tray shows the crisis shape) until the
clinician marks it as handled with a short note of what they did. Only recent ones wait: a
crisis imported from last year's CSV is history, not an alarm. The note is appended to the
contact's own note so it shows in the log and the supervision report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from after_hours.availability.contacts import Contact, Direction, Source
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.crisis_recent import waiting_since
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# An imported crisis waits only if it was at most this old when it was imported: a message
# from last month's phone backup is history (the log and the report), not an alarm.
IMPORTED_WAITING = timedelta(hours=48)


@dataclass(frozen=True)
class Handled:
    contact_id: int
    handled_at: datetime
    note: str


class CrisisQueue:
    """Unhandled possible crises of one profile."""

    def __init__(self, db: Database, log: ContactLog) -> None:
        self._db = db
        self._log = log

    def handled_ids(self) -> set[int]:
        return {int(r[0]) for r in self._db.execute("SELECT contact_id FROM crisis_handled")}

    def waiting(self, now: datetime) -> list[Contact]:
        """Recent crisis contacts from clients not yet marked as handled, oldest first."""
        recent = self._log.query(start=waiting_since(now), crisis=True)
        done = self.handled_ids()
        return [
            c
            for c in recent
            if c.id not in done and c.direction is Direction.IN and not _history(c)
        ]

    def new_since(self, now: datetime, known: set[int]) -> list[Contact]:
        """Waiting crises not in ``known``: what another process logged since the app looked."""
        return [c for c in self.waiting(now) if c.id not in known]

    def handled(self, contact_id: int) -> Handled | None:
        row = self._db.execute(
            "SELECT contact_id, handled_at, note FROM crisis_handled WHERE contact_id = ?",
            [contact_id],
        ).fetchone()
        return Handled(int(row[0]), from_utc_iso(row[1]), row[2]) if row else None

    def mark_handled(self, contact_id: int, note: str, now: datetime) -> Handled:
        """Record that the clinician handled it, and what they did (kept in the contact's note)."""
        note = " ".join(note.split())
        contact = self._log.get(contact_id)
        with self._db.atomic():
            self._db.table("crisis_handled").upsert(
                {"contact_id": contact_id, "handled_at": utc_iso(now), "note": note},
                pk="contact_id",
            )
            if note:
                entry = f"Handled: {note}"
                combined = f"{contact.note}\n{entry}" if contact.note else entry
                self._log.edit(contact_id, note=combined)
        return Handled(contact_id, now, note)


def _history(c: Contact) -> bool:
    """An imported crisis that was already more than 48 hours old when it was imported."""
    if c.source != Source.IMPORT.value or c.created_at is None:
        return False
    return c.created_at - c.at > IMPORTED_WAITING
