"""Supervision dates: a list the user typed, a recurrence, or both, as wall-clock times.

Recurrences are RFC 5545 text (``DTSTART:20261105T140000`` then ``RRULE:FREQ=MONTHLY;BYDAY=1TH``)
expanded by ``dateutil``, not by hand. Times are wall-clock in the zone the sessions happen in,
so "14:00 on the first Thursday" stays 14:00 across a DST change.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

# How far back to look for "the last supervision" when the period to export starts.
LOOKBACK = timedelta(days=400)
# The period to export when no earlier supervision is known: four weeks.
DEFAULT_PERIOD = timedelta(days=28)


class RecurrenceError(ValueError):
    """The supervision recurrence could not be read."""


def occurrences(
    dates: tuple[datetime, ...], recurrence: str, start: datetime, end: datetime, tz: ZoneInfo
) -> list[datetime]:
    """Supervision start instants (UTC) before ``end``, sorted and without duplicates.

    The list reaches back ``LOOKBACK`` before ``start`` so each session has a predecessor.
    """
    lo = (start - LOOKBACK).astimezone(tz).replace(tzinfo=None)
    hi = end.astimezone(tz).replace(tzinfo=None)
    walls = {d for d in dates if lo <= d < hi}
    if recurrence.strip():
        from dateutil.rrule import rrulestr  # only for a recurring supervision (0.6 MiB)

        try:
            rule = rrulestr(recurrence.strip(), ignoretz=True)
        except (ValueError, TypeError) as exc:
            raise RecurrenceError(f"The supervision recurrence is not valid: {exc}") from exc
        walls.update(rule.between(lo, hi, inc=True))
    instants = sorted({w.replace(tzinfo=tz).astimezone(UTC) for w in walls})
    return [i for i in instants if i < end]


def previous(instants: list[datetime], instant: datetime) -> datetime | None:
    """The supervision before ``instant`` in a sorted list, if any."""
    index = bisect.bisect_left(instants, instant)
    return instants[index - 1] if index > 0 else None


def parse_wall(text: str) -> datetime:
    """A supervision time as typed: ``YYYY-MM-DDTHH:MM`` (a bare date means 09:00)."""
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise RecurrenceError(
            f"Not a date and time: {text!r} (expected e.g. 2026-12-03T14:00)"
        ) from exc
    if value.tzinfo is not None:
        raise RecurrenceError(
            f"{text!r} has an offset: give the wall-clock time, it is read in your schedule's zone"
        )
    if len(raw) == 10:
        value = value.replace(hour=9)
    return value.replace(second=0, microsecond=0)


def wall_text(value: datetime) -> str:
    """The stored form of a supervision time: ``2026-12-03T14:00``."""
    return value.strftime("%Y-%m-%dT%H:%M")


def recurrence_text(rule: str, first: datetime) -> str:
    """The stored recurrence: ``DTSTART`` from ``first`` and the ``RRULE`` (checked here).

    ``rule`` is the RRULE value, with or without the ``RRULE:`` prefix, such as
    ``FREQ=MONTHLY;BYDAY=1TH`` (first Thursday) or ``FREQ=WEEKLY;INTERVAL=4``.
    """
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "\n" in body:
        raise RecurrenceError("Give one rule, such as FREQ=MONTHLY;BYDAY=1TH.")
    text = f"DTSTART:{first:%Y%m%dT%H%M%S}\nRRULE:{body}"
    from dateutil.rrule import rrulestr

    try:
        rule_set = rrulestr(text, ignoretz=True)
        upcoming = rule_set.after(first - timedelta(seconds=1), inc=True)
    except (ValueError, TypeError) as exc:
        raise RecurrenceError(f"The supervision recurrence is not valid: {exc}") from exc
    if upcoming is None:
        raise RecurrenceError("That rule gives no supervision date at all.")
    return text


_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ORDINALS = ("first", "second", "third", "fourth", "last")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def preset_rules(first: datetime) -> list[tuple[str, str]]:
    """The common repeats for a first session, as (label, RRULE): for the settings page.

    "Monthly" keeps the weekday: a first session on the first Thursday repeats on the first
    Thursday of each month (a fifth one counts as the last).
    """
    nth = (first.day - 1) // 7
    weekday = first.weekday()
    byday = f"-1{_BYDAY[weekday]}" if nth >= 4 else f"+{nth + 1}{_BYDAY[weekday]}"
    monthly_label = f"Monthly, on the {_ORDINALS[min(nth, 4)]} {_WEEKDAY_NAMES[weekday]}"
    return [
        ("Every week", "FREQ=WEEKLY"),
        ("Every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
        ("Every 4 weeks", "FREQ=WEEKLY;INTERVAL=4"),
        (monthly_label, f"FREQ=MONTHLY;BYDAY={byday}"),
    ]


def split_recurrence(text: str) -> tuple[datetime | None, str]:
    """A stored recurrence as (first session, RRULE value); (None, "") when there is none."""
    first: datetime | None = None
    rule = ""
    for line in text.strip().splitlines():
        key, _, value = line.partition(":")
        if key.strip().upper() == "DTSTART":
            try:
                first = datetime.strptime(value.strip()[:15], "%Y%m%dT%H%M%S")
            except ValueError:
                first = None
        elif key.strip().upper() == "RRULE":
            rule = value.strip()
    return first, rule
