"""The small interfaces through which reminders read data kept by other parts of the app.

Agreements, self-checks and the contact log live in their own modules; the planner only needs
one question answered by each, so it depends on these Protocols and the app passes adapters in.
The ``No*`` classes answer "nothing" for a profile (or a build) without that data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from after_hours.availability.reminders.model import DueReview


class ReviewSource(Protocol):
    """Agreements whose review is due."""

    def due_reviews(self, until: date) -> Sequence[DueReview]:
        """Every agreement with a review due on or before ``until`` and not yet done."""
        ...


class SelfCheckSource(Protocol):
    """When the user last completed the burnout self-check."""

    def last_completed(self) -> datetime | None:
        """The instant (UTC) of the latest completed self-check, or None if never."""
        ...


class ContactSource(Protocol):
    """After-hours contacts from the contact log."""

    def after_hours_count(self, start: datetime, end: datetime) -> int:
        """How many contacts classified ``after_hours`` happened in ``[start, end)``."""
        ...


class NoReviews:
    """No agreements (or no agreements module)."""

    def due_reviews(self, until: date) -> Sequence[DueReview]:
        return ()


class NoSelfChecks:
    """No self-check history."""

    def last_completed(self) -> datetime | None:
        return None


class NoContacts:
    """No contact log."""

    def after_hours_count(self, start: datetime, end: datetime) -> int:
        return 0
