"""What a reminder is: a plain record the planner makes, the scheduler times and the UI shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from after_hours.availability.timeutil import local_iso


class ReminderKind(StrEnum):
    """The kinds of reminder; the values are the tokens of ``reminders --json``."""

    WINDOW_START = "window-start"
    WINDOW_END = "window-end"
    PRE_WEEKEND = "pre-weekend"
    PRE_HOLIDAY = "pre-holiday"
    SUPERVISION_PREP = "supervision-prep"
    SELF_CHECK = "self-check"
    AGREEMENT_REVIEW = "agreement-review"
    WIND_DOWN = "wind-down"

    @property
    def catches_up(self) -> bool:
        """Whether a missed one is still worth showing, later.

        A to-do (self-check, review) moves to the next working moment; a nudge tied to an
        instant (a window edge) goes stale instead.
        """
        return self in (ReminderKind.SELF_CHECK, ReminderKind.AGREEMENT_REVIEW)


@dataclass(frozen=True)
class Reminder:
    """One reminder to show at ``at`` (UTC).

    ``job_id`` is derived from what the reminder is about (a window edge, a supervision date, a
    due date), never from when it is shown, so re-deriving the plan after an edit, a wake-up or a
    snooze finds the same id: the scheduler replaces the job instead of adding a second one,
    and a dismissal sticks.
    """

    kind: ReminderKind
    at: datetime
    title: str
    body: str
    job_id: str
    # The event the reminder is about: the window edge, the supervision, the due day.
    about: datetime
    # A missed reminder is not shown once this has passed (None: it never goes stale).
    expires: datetime | None = None
    # Supervision preparation: the period to export (first and last local day, inclusive).
    period: tuple[date, date] | None = None
    # Agreement reviews: the pseudonyms of the clients concerned.
    subjects: tuple[str, ...] = field(default=())
    # Words for another moment: a reminder shown late says "ended at 17:00", not "ends in 15".
    reword: Callable[[datetime], tuple[str, str]] | None = field(
        default=None, compare=False, repr=False
    )

    def as_of(self, now: datetime) -> Reminder:
        """The same reminder, worded for being shown at ``now`` (if that is later)."""
        if self.reword is None or now <= self.at:
            return self
        title, body = self.reword(now)
        return replace(self, title=title, body=body)

    def to_json(self, display: tzinfo) -> dict[str, Any]:
        """The ``reminders --json`` item.

        ``kind``, ``at`` and ``title`` are the contract; ``id``, ``body``, ``period`` (supervision)
        and ``clients`` (reviews) are extras.
        """
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "at": local_iso(self.at, display),
            "title": self.title,
            "id": self.job_id,
            "body": self.body,
        }
        if self.period is not None:
            data["period"] = {"from": self.period[0].isoformat(), "to": self.period[1].isoformat()}
        if self.subjects:
            data["clients"] = list(self.subjects)
        return data


@dataclass(frozen=True)
class ReminderState:
    """What the user did with one reminder id (stored in ``reminder_state``)."""

    shown_at: datetime | None = None
    snoozed_until: datetime | None = None
    dismissed_at: datetime | None = None

    @property
    def snoozed(self) -> bool:
        """Snoozed and not yet shown again since."""
        if self.snoozed_until is None:
            return False
        return self.shown_at is None or self.snoozed_until > self.shown_at

    @property
    def pending(self) -> bool:
        """Still to be shown: not dismissed, and never shown or snoozed since it was."""
        if self.dismissed_at is not None:
            return False
        return self.shown_at is None or self.snoozed


@dataclass(frozen=True)
class DueReview:
    """An agreement whose review is due (from the agreements, through a ``ReviewSource``)."""

    agreement_id: str
    client: str
    due: date
