"""Reminder settings: the defaults, and reading them from the profile's ``Settings``.

Every key has its default in ``after_hours.availability.store.settings.DEFAULTS``; this module turns the raw
JSON values into typed ones once, so the planner never parses strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from after_hours.availability.reminders.model import ReminderKind
from after_hours.availability.reminders.supervision import RecurrenceError, parse_wall
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import TimeInputError, parse_clock_time, parse_instant

# The value of ``monitoring.paused_until`` that means "until I resume".
PAUSED_INDEFINITELY = "indefinitely"

# A window label containing this word (any case) marks client sessions: reminders stay quiet
# during them and wait for the session to end.
SESSION_WORD = "session"


@dataclass(frozen=True)
class ReminderConfig:
    """The reminder settings, typed. Defaults match ``DEFAULTS`` in the settings module."""

    enabled: bool = True
    off_kinds: frozenset[ReminderKind] = frozenset()
    window_start_lead: timedelta = timedelta(minutes=10)
    window_end_lead: timedelta = timedelta(minutes=15)
    # An off stretch shorter than this (a lunch break) gets no end or start reminder.
    short_break: timedelta = timedelta(minutes=60)
    # An off stretch at least this long (a weekend, a holiday) gets a pre-weekend or pre-holiday
    # reminder instead of the plain end-of-hours one. 24 h is the EU Working Time Directive's
    # minimum weekly rest (2003/88/EC).
    pre_off_min: timedelta = timedelta(hours=24)
    pre_off_lead: timedelta = timedelta(minutes=60)
    # Self-check and agreement reviews are shown in working hours, from this time of day.
    admin_time: time = time(10, 0)
    self_check_every_months: int = 1
    # The wind-down reminder, after an evening with after-hours contact (the user's local time).
    wind_down_time: time = time(21, 30)
    evening_starts: time = time(17, 0)
    supervision_dates: tuple[datetime, ...] = ()  # naive wall-clock times
    supervision_recurrence: str = ""  # RFC 5545 text: "DTSTART:...\nRRULE:..."
    supervision_lead: timedelta = timedelta(hours=24)
    # None: not paused; an aware UTC datetime: paused until then; PAUSED_INDEFINITELY.
    paused_until: datetime | str | None = field(default=None)

    def wants(self, kind: ReminderKind) -> bool:
        return self.enabled and kind not in self.off_kinds

    def paused_at(self, instant: datetime) -> bool:
        """Whether monitoring (and so reminders) is paused at ``instant``."""
        if self.paused_until is None:
            return False
        if self.paused_until == PAUSED_INDEFINITELY:
            return True
        assert isinstance(self.paused_until, datetime)
        return instant < self.paused_until

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderConfig:
        """Read the ``reminders.*``, ``supervision.*`` and ``monitoring.paused_until`` keys."""
        get = settings.get
        off: set[ReminderKind] = set()
        for token in get("reminders.off_kinds") or ():
            try:
                off.add(ReminderKind(str(token)))
            except ValueError:
                continue  # a kind from a newer version: ignore rather than fail
        return cls(
            enabled=bool(get("reminders.enabled")),
            off_kinds=frozenset(off),
            window_start_lead=_minutes(get("reminders.window_start_lead_minutes"), 10),
            window_end_lead=_minutes(get("reminders.window_end_lead_minutes"), 15),
            short_break=_minutes(get("reminders.short_break_minutes"), 60),
            pre_off_min=timedelta(hours=float(get("reminders.pre_off_min_hours") or 24)),
            pre_off_lead=_minutes(get("reminders.pre_off_lead_minutes"), 60),
            admin_time=_clock(get("reminders.admin_time"), time(10, 0)),
            self_check_every_months=max(1, int(get("reminders.self_check_every_months") or 1)),
            wind_down_time=_clock(get("reminders.wind_down_time"), time(21, 30)),
            evening_starts=_clock(get("reminders.evening_starts"), time(17, 0)),
            supervision_dates=tuple(
                sorted(w for w in map(_wall, get("supervision.dates") or ()) if w is not None)
            ),
            supervision_recurrence=str(get("supervision.recurrence") or ""),
            supervision_lead=timedelta(hours=float(get("supervision.prep_lead_hours") or 24)),
            paused_until=parse_paused_until(get("monitoring.paused_until")),
        )


def parse_paused_until(value: Any) -> datetime | str | None:
    """``monitoring.paused_until``: null, an ISO instant, or ``"indefinitely"``."""
    if value in (None, ""):
        return None
    if value == PAUSED_INDEFINITELY:
        return PAUSED_INDEFINITELY
    try:
        return parse_instant(str(value))
    except TimeInputError:
        # An unreadable value must not silence reminders forever, nor crash the tray.
        return None


def _minutes(value: Any, default: int) -> timedelta:
    try:
        return timedelta(minutes=max(0.0, float(value)))
    except (TypeError, ValueError):
        return timedelta(minutes=default)


def _clock(value: Any, default: time) -> time:
    try:
        return parse_clock_time(str(value))
    except TimeInputError:
        return default


def _wall(value: Any) -> datetime | None:
    """A stored supervision time, or None if it cannot be read (skipped, not fatal)."""
    try:
        return parse_wall(str(value))
    except RecurrenceError:
        return None
