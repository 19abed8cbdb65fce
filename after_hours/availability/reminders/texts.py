"""The words of each reminder, in a colleague's voice: what is coming, and one thing to do.

Kept apart from the planner so the wording can be read (and translated) in one place. Each
sentence is one translatable string with named placeholders (``after_hours.availability.i18n``),
never pieces glued together, so a translation can order its words freely.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

from after_hours.availability.i18n import _, ngettext
from after_hours.availability.status import MONTHS, WEEKDAYS


def when(instant: datetime, now: datetime, tz: tzinfo) -> str:
    """Say when briefly: "17:00" today, "tomorrow 09:00", "Mon 09:00", "Mon 4 Jan 09:00"."""
    local = instant.astimezone(tz)
    days = (local.date() - now.astimezone(tz).date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return clock
    if days == 1:
        return _("tomorrow {time}").format(time=clock)
    if 1 < days < 7:
        return _("{weekday} {time}").format(weekday=_(WEEKDAYS[local.weekday()]), time=clock)
    return _("{weekday} {day} {month} {time}").format(
        weekday=_(WEEKDAYS[local.weekday()]),
        day=local.day,
        month=_(MONTHS[local.month - 1]),
        time=clock,
    )


def day(value: date) -> str:
    """A day as "Thu 3 Dec"."""
    return _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS[value.weekday()]), day=value.day, month=_(MONTHS[value.month - 1])
    )


def duration(delta: timedelta) -> str:
    """A duration as "15 minutes", "1 hour" or "1 hour 30 minutes"."""
    minutes = max(0, round(delta.total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("{n} hour", "{n} hours", hours).format(n=hours))
    if rest or not hours:
        parts.append(ngettext("{n} minute", "{n} minutes", rest).format(n=rest))
    return " ".join(parts)


def window_end(
    edge: datetime, at: datetime, on_call: bool, back: datetime | None, tz: tzinfo
) -> tuple[str, str]:
    if at < edge:
        left = duration(edge - at)
        title = (
            _("Your on-call ends in {duration}: set your auto-reply")
            if on_call
            else _("Your hours end in {duration}: set your auto-reply")
        ).format(duration=left)
    else:
        ended = f"{edge.astimezone(tz):%H:%M}"
        title = (
            _("Your on-call ended at {time}: set your auto-reply")
            if on_call
            else _("Your hours ended at {time}: set your auto-reply")
        ).format(time=ended)
    if back:
        body = _("So clients know when to expect an answer: you're back {when}.").format(
            when=when(back, at, tz)
        )
    else:
        body = _("So clients know when to expect an answer.")
    return title, body


def window_start(
    edge: datetime, at: datetime, on_call: bool, until: datetime | None, tz: tzinfo
) -> tuple[str, str]:
    if at < edge:
        title = (
            _("Your on-call starts in {duration}: turn off your auto-reply")
            if on_call
            else _("Your hours start in {duration}: turn off your auto-reply")
        ).format(duration=duration(edge - at))
    else:
        title = (
            _("Your on-call started at {time}: turn off your auto-reply")
            if on_call
            else _("Your hours started at {time}: turn off your auto-reply")
        ).format(time=f"{edge.astimezone(tz):%H:%M}")
    if until:
        body = (
            _("You're on call until {when}.") if on_call else _("You're available until {when}.")
        ).format(when=when(until, at, tz))
    else:
        body = _("Welcome back.")
    return title, body


def pre_off(
    start: datetime, end: datetime | None, at: datetime, tomorrow_off: bool, label: str, tz: tzinfo
) -> tuple[str, str]:
    named = _(" ({label})").format(label=label) if label else ""
    if tomorrow_off:
        title = _(
            "Tomorrow you're off{label}: set your auto-reply and tell clients who to call"
        ).format(label=named)
    else:
        title = _(
            "You're off from {when}{label}: set your auto-reply and tell clients who to call"
        ).format(when=when(start, at, tz), label=named)
    if end:
        body = _(
            "Your auto-reply can give your return ({when}) and the crisis line, so nobody waits "
            "on you for something urgent."
        ).format(when=when(end, at, tz))
    else:
        body = _(
            "Your auto-reply can give your return and the crisis line, so nobody waits on you "
            "for something urgent."
        )
    return title, body


def supervision(
    session: datetime, at: datetime, first: date, last: date, tz: tzinfo, has_previous: bool
) -> tuple[str, str]:
    title = _("Supervision {when}: export your summary").format(when=when(session, at, tz))
    since = _("since your last supervision") if has_previous else _("the four weeks before it")
    body = _(
        "Export {first} to {last} ({since}) to bring along; clients are shown as Client A, B..."
    ).format(first=day(first), last=day(last), since=since)
    return title, body


def self_check(last: datetime | None, tz: tzinfo) -> tuple[str, str]:
    title = _("Time for your monthly self-check")
    body = _(
        "The Copenhagen Burnout Inventory: 19 short questions about how worn out you have "
        "felt lately. It takes a few minutes and stays on this computer."
    )
    if last is not None:
        body += " " + _("Your last one was on {day}.").format(day=day(last.astimezone(tz).date()))
    return title, body


def agreement_review(clients: Sequence[str], due: date) -> tuple[str, str]:
    names = ", ".join(clients[:3])
    if len(clients) > 3:
        names = _("{names} and {more} more").format(names=names, more=len(clients) - 3)
    title = ngettext(
        "Agreement review due: {names}", "Agreement reviews due: {names}", len(clients)
    ).format(names=names)
    body = _(
        "Go over channels, response times and the crisis plan together, then note the date "
        "you discussed it (due {day})."
    ).format(day=day(due))
    return title, body


def wind_down(count: int, back: datetime | None, at: datetime, tz: tzinfo) -> tuple[str, str]:
    title = _("Time to wind down")
    if back:
        body = ngettext(
            "You had {n} contact after hours this evening. Note anything to follow up when "
            "you're back ({when}), then let it rest for tonight.",
            "You had {n} contacts after hours this evening. Note anything to follow up when "
            "you're back ({when}), then let it rest for tonight.",
            count,
        ).format(n=count, when=when(back, at, tz))
    else:
        body = ngettext(
            "You had {n} contact after hours this evening. Note anything to follow up later, "
            "then let it rest for tonight.",
            "You had {n} contacts after hours this evening. Note anything to follow up later, "
            "then let it rest for tonight.",
            count,
        ).format(n=count)
    return title, body
