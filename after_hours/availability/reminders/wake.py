"""Noticing that the machine slept, that the clock was set, or that the time zone changed.

Timers (Qt's and Python's) run on a monotonic clock that stops during suspend, so a reminder
timer set before a sleep fires late by the whole sleep. Vorta met this as missed backups and
added a resume check; this is the same idea, without Qt: call ``check()`` from a timer every
``INTERVAL``. A resume is either

- the wall clock moving more than ``JUMP`` further than the monotonic clock between two checks
  (suspend on Linux and macOS, or the clock being set), or
- the check itself coming more than ``JUMP`` late by the wall clock (Windows, where the
  monotonic clock keeps counting during sleep).

A zone change (travel, or the user picking another zone) is reported too, so reminders
that follow the user's local time can be re-derived. logind's ``PrepareForSleep`` signal, where
the UI can listen for it, is a faster path to the same re-derivation.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

INTERVAL = timedelta(minutes=5)
JUMP = timedelta(minutes=10)


class ClockEvent(StrEnum):
    """Why the reminders should be re-derived."""

    RESUME = "resume"
    ZONE_CHANGE = "zone-change"


class ClockWatch:
    """Compares wall time, monotonic time and the zone name between calls to ``check``."""

    def __init__(
        self,
        wall: Callable[[], datetime],
        zone_name: Callable[[], str],
        monotonic: Callable[[], float] = time.monotonic,
        interval: timedelta = INTERVAL,
        jump: timedelta = JUMP,
    ) -> None:
        self._wall = wall
        self._zone_name = zone_name
        self._monotonic = monotonic
        self.interval = interval
        self.jump = jump
        self.reset()

    def reset(self) -> None:
        """Take the current readings as the reference (after a re-derivation)."""
        self._last_wall = self._wall()
        self._last_mono = self._monotonic()
        self._last_zone = self._zone_name()

    def check(self) -> list[ClockEvent]:
        """What changed since the last check (empty if nothing)."""
        wall, mono, zone_name = self._wall(), self._monotonic(), self._zone_name()
        wall_gap = wall - self._last_wall
        mono_gap = timedelta(seconds=mono - self._last_mono)
        events: list[ClockEvent] = []
        if abs(wall_gap - mono_gap) > self.jump or wall_gap > self.interval + self.jump:
            events.append(ClockEvent.RESUME)
        if zone_name != self._last_zone:
            events.append(ClockEvent.ZONE_CHANGE)
        self._last_wall, self._last_mono, self._last_zone = wall, mono, zone_name
        return events
