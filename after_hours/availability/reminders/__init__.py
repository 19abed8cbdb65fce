"""Reminders: window edges, time off, supervision, self-check, agreement reviews, wind-down.

- ``plan_reminders`` (``planner``): the pure plan from the schedule, settings and sources;
- ``ReminderService`` (``service``): the plan for a profile, snooze and dismiss;
- ``ReminderScheduler`` (``scheduler``): keeps an injected APScheduler's jobs equal to the plan;
- ``ClockWatch`` (``wake``): notices a sleep, a clock jump or a zone change.

See docs/reminders.md.
"""

from after_hours.availability.reminders.config import (
    PAUSED_INDEFINITELY,
    SESSION_WORD,
    ReminderConfig,
)
from after_hours.availability.reminders.model import (
    DueReview,
    Reminder,
    ReminderKind,
    ReminderState,
)
from after_hours.availability.reminders.planner import GRACE, PlanContext, plan_reminders
from after_hours.availability.reminders.scheduler import (
    JOB_OPTIONS,
    SCHEDULER_OPTIONS,
    ReminderScheduler,
)
from after_hours.availability.reminders.service import SNOOZE_CHOICES, ReminderService
from after_hours.availability.reminders.sources import ContactSource, ReviewSource, SelfCheckSource
from after_hours.availability.reminders.wake import ClockEvent, ClockWatch

__all__ = [
    "GRACE",
    "JOB_OPTIONS",
    "PAUSED_INDEFINITELY",
    "SCHEDULER_OPTIONS",
    "SESSION_WORD",
    "SNOOZE_CHOICES",
    "ClockEvent",
    "ClockWatch",
    "ContactSource",
    "DueReview",
    "PlanContext",
    "Reminder",
    "ReminderConfig",
    "ReminderKind",
    "ReminderScheduler",
    "ReminderService",
    "ReminderState",
    "ReviewSource",
    "SelfCheckSource",
    "plan_reminders",
]
