"""What the user did with each reminder (shown, snoozed, dismissed), keyed by its job id.

This is the only reminder data written to the database: the reminders themselves are derived
from the schedule and settings every time, so nothing is stored twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from after_hours.availability.reminders.model import ReminderKind, ReminderState
from after_hours.availability.store.lazy import upsert_row
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# Rows older than this are pruned: job ids embed their date, so old ones never come back.
KEEP = timedelta(days=400)


class ReminderStateStore:
    """Reads and writes ``reminder_state``."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> dict[str, ReminderState]:
        rows = self._db.execute(
            "SELECT job_id, shown_at, snoozed_until, dismissed_at FROM reminder_state"
        ).fetchall()
        return {
            job_id: ReminderState(_read(shown), _read(snoozed), _read(dismissed))
            for job_id, shown, snoozed, dismissed in rows
        }

    def get(self, job_id: str) -> ReminderState:
        return self.load().get(job_id, ReminderState())

    def mark_shown(self, job_id: str, kind: ReminderKind, at: datetime) -> None:
        self._upsert(job_id, kind, shown_at=utc_iso(at))

    def snooze(self, job_id: str, kind: ReminderKind, until: datetime) -> None:
        self._upsert(job_id, kind, snoozed_until=utc_iso(until))

    def dismiss(self, job_id: str, kind: ReminderKind, at: datetime) -> None:
        self._upsert(job_id, kind, dismissed_at=utc_iso(at))

    def prune(self, now: datetime) -> int:
        """Forget rows about reminders long past (by when they were last touched)."""
        cutoff = utc_iso(now - KEEP)
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM reminder_state WHERE max(coalesce(shown_at, ''), "
                "coalesce(snoozed_until, ''), coalesce(dismissed_at, '')) < ?",
                [cutoff],
            )
            return int(cursor.rowcount)

    def _upsert(self, job_id: str, kind: ReminderKind, **values: str) -> None:
        # One row, committed at once: the write an idle app makes when it shows a reminder,
        # without loading sqlite-utils for it (store/lazy.py).
        upsert_row(
            self._db, "reminder_state", {"job_id": job_id, "kind": kind.value, **values}, "job_id"
        )


def _read(value: str | None) -> datetime | None:
    return from_utc_iso(value) if value else None
