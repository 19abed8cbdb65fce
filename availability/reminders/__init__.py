"""Reminders: window edges, time off, supervision, self-check, agreement reviews, wind-down.

- ``plan_reminders`` (``planner``): the pure plan from the schedule, settings and sources;
- ``ReminderService`` (``service``): the plan for a profile, snooze and dismiss;
- ``ReminderScheduler`` (``scheduler``): keeps an injected APScheduler's jobs equal to the plan;
- ``ClockWatch`` (``wake``): notices a sleep, a clock jump or a zone change.

See docs/reminders.md.
"""

from availability.reminders.config import PAUSED_INDEFINITELY, SESSION_WORD, ReminderConfig
from availability.reminders.model import DueReview, Reminder, ReminderKind, ReminderState
from availability.reminders.planner import GRACE, PlanContext, plan_reminders
from availability.reminders.scheduler import (
    JOB_OPTIONS,
    SCHEDULER_OPTIONS,
    ReminderScheduler,
)
from availability.reminders.service import SNOOZE_CHOICES, ReminderService
from availability.reminders.sources import ContactSource, ReviewSource, SelfCheckSource
from availability.reminders.wake import ClockEvent, ClockWatch

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
