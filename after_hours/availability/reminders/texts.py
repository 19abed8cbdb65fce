"""The words of each reminder, in a colleague's voice: what is coming, and one thing to do.

Kept apart from the planner so the wording can be read (and translated) in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def when(instant: datetime, now: datetime, tz: tzinfo) -> str:
    """Say when briefly: "17:00" today, "tomorrow 09:00", "Mon 09:00", "Mon 4 Jan 09:00"."""
    local = instant.astimezone(tz)
    days = (local.date() - now.astimezone(tz).date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return f"tomorrow {clock}"
    if 1 < days < 7:
        return f"{_WEEKDAYS[local.weekday()]} {clock}"
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {local.strftime('%b')} {clock}"


def day(value: date) -> str:
    """A day as "Thu 3 Dec"."""
    return f"{_WEEKDAYS[value.weekday()]} {value.day} {value.strftime('%b')}"


def duration(delta: timedelta) -> str:
    """A duration as "15 minutes", "1 hour" or "1 hour 30 minutes"."""
    minutes = max(0, round(delta.total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours != 1 else ""))
    if rest or not hours:
        parts.append(f"{rest} minute" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def window_end(
    edge: datetime, at: datetime, on_call: bool, back: datetime | None, tz: tzinfo
) -> tuple[str, str]:
    what, verb = ("Your on-call", "ends") if on_call else ("Your hours", "end")
    if at < edge:
        title = f"{what} {verb} in {duration(edge - at)}: set your auto-reply"
    else:
        title = f"{what} ended at {edge.astimezone(tz):%H:%M}: set your auto-reply"
    body = "So clients know when to expect an answer"
    body += f": you're back {when(back, at, tz)}." if back else "."
    return title, body


def window_start(
    edge: datetime, at: datetime, on_call: bool, until: datetime | None, tz: tzinfo
) -> tuple[str, str]:
    what, verb = ("Your on-call", "starts") if on_call else ("Your hours", "start")
    if at < edge:
        title = f"{what} {verb} in {duration(edge - at)}: turn off your auto-reply"
    else:
        title = f"{what} started at {edge.astimezone(tz):%H:%M}: turn off your auto-reply"
    body = (
        f"You're {'on call' if on_call else 'available'} until {when(until, at, tz)}."
        if until
        else "Welcome back."
    )
    return title, body


def pre_off(
    start: datetime, end: datetime | None, at: datetime, tomorrow_off: bool, label: str, tz: tzinfo
) -> tuple[str, str]:
    ask = "set your auto-reply and tell clients who to call"
    named = f" ({label})" if label else ""
    if tomorrow_off:
        title = f"Tomorrow you're off{named}: {ask}"
    else:
        title = f"You're off from {when(start, at, tz)}{named}: {ask}"
    body = "Your auto-reply can give your return"
    body += f" ({when(end, at, tz)})" if end else ""
    body += " and the crisis line, so nobody waits on you for something urgent."
    return title, body


def supervision(
    session: datetime, at: datetime, first: date, last: date, tz: tzinfo, has_previous: bool
) -> tuple[str, str]:
    title = f"Supervision {when(session, at, tz)}: export your summary"
    since = "since your last supervision" if has_previous else "the four weeks before it"
    body = (
        f"Export {day(first)} to {day(last)} ({since}) to bring along; clients are shown as "
        "Client A, B..."
    )
    return title, body


def self_check(last: datetime | None, tz: tzinfo) -> tuple[str, str]:
    title = "Time for your monthly self-check"
    body = (
        "The Copenhagen Burnout Inventory: 19 short questions about how worn out you have "
        "felt lately. It takes a few minutes and stays on this computer."
    )
    if last is not None:
        body += f" Your last one was on {day(last.astimezone(tz).date())}."
    return title, body


def agreement_review(clients: Sequence[str], due: date) -> tuple[str, str]:
    shown = list(clients[:3])
    names = ", ".join(shown)
    if len(clients) > 3:
        names += f" and {len(clients) - 3} more"
    plural = "s" if len(clients) != 1 else ""
    title = f"Agreement review{plural} due: {names}"
    body = (
        "Go over channels, response times and the crisis plan together, then note the date "
        f"you discussed it (due {day(due)})."
    )
    return title, body


def wind_down(count: int, back: datetime | None, at: datetime, tz: tzinfo) -> tuple[str, str]:
    contacts = "1 contact" if count == 1 else f"{count} contacts"
    title = "Time to wind down"
    body = f"You had {contacts} after hours this evening. Note anything to follow up"
    body += f" when you're back ({when(back, at, tz)})" if back else " later"
    body += ", then let it rest for tonight."
    return title, body
