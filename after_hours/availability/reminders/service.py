"""Reminders for one profile: the plan from the database, and the user's snooze and dismiss.

The CLI, the tray and the scheduler adapter all go through this class, so they never disagree
about what is due.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from after_hours.availability.clock import Clock
from after_hours.availability.reminders.config import ReminderConfig
from after_hours.availability.reminders.model import Reminder, ReminderKind
from after_hours.availability.reminders.planner import PlanContext, plan_reminders
from after_hours.availability.reminders.sources import (
    ContactSource,
    NoContacts,
    NoReviews,
    NoSelfChecks,
    ReviewSource,
    SelfCheckSource,
)
from after_hours.availability.reminders.state_store import ReminderStateStore
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database

# The snooze choices the notification offers.
SNOOZE_CHOICES = (timedelta(minutes=10), timedelta(hours=1))


class ReminderService:
    """Plans reminders from the profile and records what the user did with them."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        reviews: ReviewSource | None = None,
        self_checks: SelfCheckSource | None = None,
        contacts: ContactSource | None = None,
        zone_name: Callable[[], str] | None = None,
    ) -> None:
        self._db = db
        self.clock = clock
        self.reviews: ReviewSource = reviews or NoReviews()
        self.self_checks: SelfCheckSource = self_checks or NoSelfChecks()
        self.contacts: ContactSource = contacts or NoContacts()
        self.settings = Settings(db)
        # The user's current zone: their setting, else the system's (which changes on travel).
        self.zone_name = zone_name or self.settings.display_zone_name
        self.states = ReminderStateStore(db)

    def config(self) -> ReminderConfig:
        return ReminderConfig.from_settings(self.settings)

    def plan(self, horizon: timedelta = timedelta(days=7)) -> list[Reminder]:
        """Reminders due from now (missed ones included) to ``now + horizon``, soonest first."""
        context = PlanContext(
            history=ScheduleStore(self._db, self.clock).history(),
            config=self.config(),
            display_zone=self.zone_name(),
            states=self.states.load(),
            reviews=self.reviews,
            self_checks=self.self_checks,
            contacts=self.contacts,
        )
        return plan_reminders(self.clock.now(), horizon, context)

    def find(self, job_id: str, horizon: timedelta = timedelta(days=7)) -> Reminder | None:
        return next((r for r in self.plan(horizon) if r.job_id == job_id), None)

    def mark_shown(self, reminder: Reminder) -> None:
        """Record that the reminder reached the user, so it is not shown again."""
        self.states.mark_shown(reminder.job_id, reminder.kind, self.clock.now())

    def snooze(self, reminder: Reminder, delay: timedelta = SNOOZE_CHOICES[0]) -> datetime:
        """Show the reminder again after ``delay``; returns when."""
        if delay <= timedelta(0):
            raise ValueError("a snooze must move the reminder later")
        until = self.clock.now() + delay
        if until <= reminder.at:
            # The planner shows a reminder at the later of its time and its snooze, so this
            # would change nothing while claiming to: say so instead.
            raise ValueError(
                f"{reminder.title!r} is not due yet; it will show at its time, and can be "
                "snoozed then."
            )
        self.states.snooze(reminder.job_id, reminder.kind, until)
        return until

    def dismiss(self, reminder: Reminder) -> None:
        """Never show this reminder again (the next one of its kind still comes)."""
        self.states.dismiss(reminder.job_id, reminder.kind, self.clock.now())

    def paused(self) -> bool:
        return self.config().paused_at(self.clock.now())

    @staticmethod
    def kind_of(job_id: str) -> ReminderKind | None:
        """The kind encoded in a job id (``reminder:<kind>:...``)."""
        parts = job_id.split(":", 2)
        if len(parts) < 3 or parts[0] != "reminder":
            return None
        try:
            return ReminderKind(parts[1])
        except ValueError:
            return None
