"""The current status in words and data: what the tray, the window and ``status`` all show.

One function computes it so the tooltip, the Today banner and the CLI never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from after_hours.availability.i18n import N_, _
from after_hours.availability.schedule import ScheduleHistory, State
from after_hours.availability.timeutil import local_iso

# Short day and month names, translated where used (strftime would follow the C locale).
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


@dataclass(frozen=True)
class Status:
    """The schedule's answer at one instant."""

    at: datetime
    state: State
    window_start: datetime | None
    window_end: datetime | None
    next_available: datetime | None
    next_change: datetime | None
    timezone: str
    label: str = ""

    @property
    def available(self) -> bool:
        return self.state.available

    @property
    def window_kind(self) -> str | None:
        if self.state is State.IN_HOURS:
            return "regular"
        if self.state is State.ON_CALL:
            return "on-call"
        return None

    def to_json(self, display: tzinfo) -> dict[str, Any]:
        """The ``status --json`` contract of the design brief (times in the display zone)."""

        def iso(value: datetime | None) -> str | None:
            return local_iso(value, display) if value else None

        window = None
        if self.available:
            window = {
                "start": iso(self.window_start),
                "end": iso(self.window_end),
                "kind": self.window_kind,
            }
        return {
            "available": self.available,
            "state": self.state.value,
            "window": window,
            "next_available": iso(self.next_available),
            "next_change": iso(self.next_change),
            "timezone": self.timezone,
        }

    def headline(self, display: tzinfo) -> str:
        """The tooltip sentence: "Available until 17:00", "Off hours, back Mon 09:00"."""
        if self.state is State.IN_HOURS:
            return (
                _("Available until {when}").format(
                    when=short_when(self.window_end, self.at, display)
                )
                if self.window_end
                else _("Available")
            )
        if self.state is State.ON_CALL:
            return (
                _("On call until {when}").format(when=short_when(self.window_end, self.at, display))
                if self.window_end
                else _("On call")
            )
        if self.next_available:
            return _("Off hours, back {when}").format(
                when=short_when(self.next_available, self.at, display, weekday=True)
            )
        return _("Off hours")


def compute_status(history: ScheduleHistory, at: datetime, timezone: str) -> Status:
    """Everything the status views need, from one pass over the schedule."""
    segment = history.segment_at(at)
    available = segment.state.available
    horizon_hit = segment.end - at >= timedelta(days=700)
    return Status(
        at=at,
        state=segment.state,
        window_start=segment.start if available else None,
        window_end=None if horizon_hit else segment.end,
        next_available=history.next_available(at),
        next_change=None if horizon_hit else segment.end,
        timezone=timezone,
        label=segment.label,
    )


def short_when(
    instant: datetime | None, now: datetime, display: tzinfo, *, weekday: bool = False
) -> str:
    """Say when briefly: "17:00" today, "Mon 09:00" within a week, "12 Jan 09:00" beyond."""
    if instant is None:
        return ""
    local = instant.astimezone(display)
    today = now.astimezone(display).date()
    clock = local.strftime("%H:%M")
    days = (local.date() - today).days
    if days == 0 and not weekday:
        return clock
    if days == 0:
        return _("today {time}").format(time=clock)
    if 0 < days < 7:
        return _("{weekday} {time}").format(weekday=_(WEEKDAYS[local.weekday()]), time=clock)
    return _("{day} {month} {time}").format(
        day=local.day, month=_(MONTHS[local.month - 1]), time=clock
    )
