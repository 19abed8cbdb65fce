"""The sources the reminders read from the rest of the profile, for one database.

Each adapter answers one question of ``after_hours.availability.reminders.sources`` from the module that
owns the data, so the planner never reads another area's tables itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.reminders.model import DueReview
from after_hours.availability.selfcheck.store import SelfCheckStore

if TYPE_CHECKING:
    from sqlite_utils import Database


class AgreementReviews:
    """Reviews due, from the client agreements (``discussed_on`` + ``review_weeks``)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._store = AgreementStore(db, clock)

    def due_reviews(self, until: date) -> Sequence[DueReview]:
        return [
            DueReview(agreement_id=a.client, client=a.client, due=a.next_review)
            for a in self._store.all()
            if a.next_review <= until
        ]


class LoggedContacts:
    """After-hours contacts from the contact log (as classified when they were logged)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._log = ContactLog(db, clock)

    def after_hours_count(self, start: datetime, end: datetime) -> int:
        return self._log.count(start=start, end=end, after_hours=True)


class CompletedSelfChecks:
    """The latest completed self-check (the Copenhagen Burnout Inventory)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._store = SelfCheckStore(db, clock)

    def last_completed(self) -> datetime | None:
        latest = self._store.latest()
        return latest.at if latest else None


def sources_for(db: Database, clock: Clock) -> dict[str, Any]:
    """Keyword arguments for ``ReminderService``: ``reviews``, ``self_checks``, ``contacts``."""
    return {
        "reviews": AgreementReviews(db, clock),
        "self_checks": CompletedSelfChecks(db, clock),
        "contacts": LoggedContacts(db, clock),
    }
