"""What the tray shows, decided without Qt: the state, its icon, the tooltip, the next re-check.

``after_hours/ui/shell/tray.py`` only draws this. Precedence: a crisis waiting for acknowledgement outranks a
pause, which outranks the schedule's own state, because the most urgent thing must be what the
clinician sees first. Every state has its own shape (a check, a moon, a phone, two bars, a
triangle), never colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from after_hours.availability.i18n import _
from after_hours.availability.pause import Pause
from after_hours.availability.schedule import State
from after_hours.availability.status import MONTHS, WEEKDAYS, Status, short_when

# The tray re-checks exactly at the next window edge, but never later than this, so an edited
# schedule, a changed system clock or a resume from sleep is picked up within half an hour.
MAX_WAIT = timedelta(minutes=30)
# A re-check is never armed sooner than this after the previous one, except for an edge that
# is genuinely that close (then it fires once, at the edge, and the next edge is hours away).
MIN_WAIT = timedelta(seconds=1)


class TrayState(StrEnum):
    """The five tray states of the design brief."""

    AVAILABLE = "available"
    ON_CALL = "on_call"
    OFF_HOURS = "off_hours"
    PAUSED = "paused"
    CRISIS = "crisis"


ICON_FILES: dict[TrayState, str] = {
    TrayState.AVAILABLE: "state-available.svg",
    TrayState.ON_CALL: "state-on-call.svg",
    TrayState.OFF_HOURS: "state-off.svg",
    TrayState.PAUSED: "state-paused.svg",
    TrayState.CRISIS: "state-crisis.svg",
}

_FROM_SCHEDULE = {
    State.IN_HOURS: TrayState.AVAILABLE,
    State.ON_CALL: TrayState.ON_CALL,
    State.OFF: TrayState.OFF_HOURS,
}


@dataclass(frozen=True)
class CrisisWaiting:
    """The oldest possible crisis not yet marked as handled, for the tooltip."""

    client: str
    at: datetime
    count: int = 1
    contact_id: int | None = None


@dataclass(frozen=True)
class TrayView:
    """Everything the tray icon shows, plus when to look again."""

    state: TrayState
    tooltip: str
    headline: str
    recheck_in: timedelta

    @property
    def icon_file(self) -> str:
        return ICON_FILES[self.state]


def pause_text(pause: Pause, now: datetime, display: tzinfo) -> str:
    """Say "Monitoring paused until 18:00", "... until Thu 08:00", or "Monitoring paused"."""
    if pause.until is None:
        return _("Monitoring paused")
    return _("Monitoring paused until {when}").format(when=short_when(pause.until, now, display))


def crisis_text(crisis: CrisisWaiting, now: datetime, display: tzinfo) -> str:
    """Say "Possible crisis waiting: J.D., Fri 23:40" (and how many more)."""
    when = past_when(crisis.at, now, display)
    who = crisis.client or _("a client")
    if crisis.count > 1:
        return _("Possible crisis waiting: {who}, {when} (+{more} more)").format(
            who=who, when=when, more=crisis.count - 1
        )
    return _("Possible crisis waiting: {who}, {when}").format(who=who, when=when)


def past_when(instant: datetime, now: datetime, display: tzinfo) -> str:
    """A recent past instant briefly: "23:40" today, "Fri 23:40" this past week, else the date."""
    local = instant.astimezone(display)
    days = (now.astimezone(display).date() - local.date()).days
    if days == 0:
        return local.strftime("%H:%M")
    if 0 < days < 7:
        return _("{weekday} {time}").format(
            weekday=_(WEEKDAYS[local.weekday()]), time=local.strftime("%H:%M")
        )
    return _("{day} {month} {time}").format(
        day=local.day, month=_(MONTHS[local.month - 1]), time=local.strftime("%H:%M")
    )


def tray_view(
    status: Status,
    display: tzinfo,
    *,
    pause: Pause | None = None,
    crisis: CrisisWaiting | None = None,
) -> TrayView:
    """The tray's state, tooltip and next re-check for ``status`` (computed at ``status.at``)."""
    now = status.at
    headline = status.headline(display)
    lines = [headline]
    state = _FROM_SCHEDULE[status.state]
    if pause is not None:
        state = TrayState.PAUSED
        lines.insert(0, pause_text(pause, now, display))
    if crisis is not None:
        state = TrayState.CRISIS
        lines.insert(0, crisis_text(crisis, now, display))
    edges = [status.next_change]
    if pause is not None:
        edges.append(pause.until)
    return TrayView(state, "\n".join(lines), lines[0], wait_until(now, edges))


def wait_until(now: datetime, edges: list[datetime | None]) -> timedelta:
    """Time to the nearest future edge, between :data:`MIN_WAIT` and :data:`MAX_WAIT`."""
    future = [e - now for e in edges if e is not None and e > now]
    wait = min(future, default=MAX_WAIT)
    return max(MIN_WAIT, min(MAX_WAIT, wait))


def mail_problem_line(state: str, detail: str) -> str:
    """The tray's line about the mailbox watcher: empty while all is well.

    ``state`` is a :class:`~after_hours.availability.mail.watcher.WatcherState` value and
    ``detail`` the watcher's sentence (it never holds a password). Waiting is said as such,
    so "Trying again in 8 s" reads as a passing problem; failed needs the user.
    """
    if state == "failed":
        if detail:
            return _("Mailbox not watched: {detail}").format(detail=detail)
        return _("Mailbox not watched.")
    if state == "waiting":
        return (
            _("Mailbox: {detail}").format(detail=detail) if detail else _("Mailbox: reconnecting.")
        )
    return ""
