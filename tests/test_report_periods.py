"""The export's periods: last month, since the last supervision, custom."""

from __future__ import annotations

from datetime import date

from after_hours.availability.report.periods import (
    last_days,
    last_month,
    parse_last_supervision,
    since_last_supervision,
)


def test_last_month_is_the_previous_calendar_month() -> None:
    assert last_month(date(2026, 11, 25)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert last_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert last_month(date(2028, 3, 31)) == (date(2028, 2, 1), date(2028, 2, 29))


def test_since_last_supervision_starts_the_day_after() -> None:
    today = date(2026, 11, 25)
    assert since_last_supervision(None, today) is None
    assert since_last_supervision(date(2026, 10, 28), today) == (date(2026, 10, 29), today)
    assert since_last_supervision(today, today) == (today, today)


def test_custom_default_and_stored_setting() -> None:
    assert last_days(date(2026, 11, 25)) == (date(2026, 10, 27), date(2026, 11, 25))
    assert parse_last_supervision("2026-10-28") == date(2026, 10, 28)
    assert parse_last_supervision("") is None
    assert parse_last_supervision("yesterday") is None
