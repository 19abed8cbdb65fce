"""The periods the export offers: last month, since the last supervision, or custom."""

from __future__ import annotations

from datetime import date, timedelta

# Settings key holding the date of the last supervision (ISO date, or "" when never recorded).
LAST_SUPERVISION_KEY = "supervision.last_date"
CUSTOM_DEFAULT_DAYS = 30


def last_month(today: date) -> tuple[date, date]:
    """The whole previous calendar month."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def since_last_supervision(last: date | None, today: date) -> tuple[date, date] | None:
    """From the day after the last supervision to today; None when none is recorded.

    A supervision recorded for today (or a future date) gives just today, so the period is never
    empty.
    """
    if last is None:
        return None
    start = min(last + timedelta(days=1), today)
    return start, today


def last_days(today: date, days: int = CUSTOM_DEFAULT_DAYS) -> tuple[date, date]:
    """The ``days`` days up to and including today (the custom period's starting point)."""
    return today - timedelta(days=days - 1), today


def parse_last_supervision(value: object) -> date | None:
    """The stored setting as a date; anything unreadable counts as "never"."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
