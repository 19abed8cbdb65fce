"""Pausing monitoring: one setting every alerting part of the app respects.

The tray menu pauses for an hour, until tomorrow morning, or indefinitely. Reminders and mail
alerts call :func:`monitoring_paused` before they interrupt the clinician. A pause never hides
anything: contacts are still logged and a crisis panel still opens from a quick-log, because
the clinician asked for that one. The setting ``monitoring.paused_until`` holds ``null``, a UTC
ISO instant, or ``"indefinitely"``; an instant in the past simply means "not paused".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from after_hours.availability.store.settings import Settings
from after_hours.availability.timeutil import from_utc_iso, utc_iso

SETTING = "monitoring.paused_until"
INDEFINITELY = "indefinitely"
# "Until tomorrow" ends at this wall-clock time on the next day in the user's zone: a pause
# taken in the evening lasts the night, and monitoring is back before a working day begins.
TOMORROW_AT = time(8, 0)


class PauseChoice(StrEnum):
    """The choices of the tray's Pause monitoring menu."""

    ONE_HOUR = "1h"
    UNTIL_TOMORROW = "tomorrow"
    INDEFINITELY = "indefinitely"


@dataclass(frozen=True)
class Pause:
    """An active pause: until an instant (UTC), or with no end."""

    until: datetime | None

    @property
    def indefinite(self) -> bool:
        return self.until is None


def pause_end(choice: PauseChoice, now: datetime, display: tzinfo) -> datetime | None:
    """When a pause chosen at ``now`` ends (None: indefinitely)."""
    if choice is PauseChoice.ONE_HOUR:
        return now + timedelta(hours=1)
    if choice is PauseChoice.UNTIL_TOMORROW:
        tomorrow = now.astimezone(display).date() + timedelta(days=1)
        return datetime.combine(tomorrow, TOMORROW_AT, tzinfo=display).astimezone(now.tzinfo)
    return None


def current_pause(settings: Settings, now: datetime) -> Pause | None:
    """The pause in force at ``now``, or None when monitoring is on."""
    raw = settings.get(SETTING)
    if not raw:
        return None
    if raw == INDEFINITELY:
        return Pause(None)
    try:
        until = from_utc_iso(str(raw))
    except ValueError:
        return None
    return Pause(until) if until > now else None


def monitoring_paused(settings: Settings, now: datetime) -> bool:
    """Whether reminders and alerts should stay quiet at ``now``."""
    return current_pause(settings, now) is not None


def pause_monitoring(
    settings: Settings, choice: PauseChoice, now: datetime, display: tzinfo
) -> Pause:
    """Store a pause chosen at ``now`` and return it."""
    until = pause_end(choice, now, display)
    settings.set(SETTING, INDEFINITELY if until is None else utc_iso(until))
    return Pause(until)


def resume_monitoring(settings: Settings) -> None:
    """End any pause."""
    settings.set(SETTING, None)
