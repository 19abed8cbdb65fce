"""The schedule engine: named cases a clinician would recognise, around DST in four zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    ScheduleHistory,
    ScheduleVersion,
    State,
    Window,
    WindowKind,
)
from tests.helpers import WEEKDAYS, office_hours

TORONTO = ZoneInfo("America/Toronto")


def at(tz: str, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz), fold=fold)  # type: ignore[misc]


def history(schedule: Schedule) -> ScheduleHistory:
    return ScheduleHistory.single(schedule)


def test_inside_and_outside_office_hours() -> None:
    h = history(office_hours())
    assert h.state_at(at("America/Toronto", 2026, 11, 18, 10, 0)) is State.IN_HOURS
    assert h.state_at(at("America/Toronto", 2026, 11, 18, 8, 59)) is State.OFF
    # The end is exclusive: at 17:00 the clinician is off.
    assert h.state_at(at("America/Toronto", 2026, 11, 18, 17, 0)) is State.OFF
    assert h.state_at(at("America/Toronto", 2026, 11, 21, 12, 0)) is State.OFF  # Saturday


def test_friday_night_next_availability_is_monday_morning() -> None:
    h = history(office_hours())
    friday_night = at("America/Toronto", 2026, 11, 20, 23, 40)
    assert h.next_available(friday_night) == at("America/Toronto", 2026, 11, 23, 9, 0)
    assert h.next_change(friday_night) == at("America/Toronto", 2026, 11, 23, 9, 0)


def test_overnight_on_call_window_belongs_to_the_day_it_starts() -> None:
    h = history(office_hours(on_call=True))
    # Thursday 23:00 is on call (window starts Thursday 22:00, ends Friday 02:00).
    assert h.state_at(at("America/Toronto", 2026, 11, 19, 23, 0)) is State.ON_CALL
    assert h.state_at(at("America/Toronto", 2026, 11, 20, 1, 59)) is State.ON_CALL
    assert h.state_at(at("America/Toronto", 2026, 11, 20, 2, 0)) is State.OFF
    # Friday night has no on-call (Mon-Thu only), Sunday 23:00 neither.
    assert h.state_at(at("America/Toronto", 2026, 11, 20, 23, 0)) is State.OFF
    assert h.next_change(at("America/Toronto", 2026, 11, 19, 23, 0)) == at(
        "America/Toronto", 2026, 11, 20, 2, 0
    )


def test_regular_hours_win_over_overlapping_on_call() -> None:
    s = Schedule(
        "Europe/London",
        (
            Window(WEEKDAYS, time(9), time(17)),
            Window(WEEKDAYS, time(16), time(20), WindowKind.ON_CALL),
        ),
    )
    h = history(s)
    assert h.state_at(at("Europe/London", 2026, 6, 3, 16, 30)) is State.IN_HOURS
    assert h.next_change(at("Europe/London", 2026, 6, 3, 16, 30)) == at(
        "Europe/London", 2026, 6, 3, 17, 0
    )
    assert h.state_at(at("Europe/London", 2026, 6, 3, 17, 30)) is State.ON_CALL


def test_holiday_removes_hours_and_extra_day_adds_them() -> None:
    s = Schedule(
        "America/Toronto",
        office_hours().windows,
        (
            ScheduleException.all_day(date(2026, 12, 24), date(2026, 12, 28), label="Holidays"),
            ScheduleException(
                datetime(2026, 12, 27, 10),
                datetime(2026, 12, 27, 12),
                ExceptionKind.AVAILABLE,
                "Cover",
            ),
        ),
    )
    h = history(s)
    assert h.state_at(at("America/Toronto", 2026, 12, 24, 10, 0)) is State.OFF
    # Sunday 27th, 10-12: an available exception beats the holiday.
    assert h.state_at(at("America/Toronto", 2026, 12, 27, 11, 0)) is State.IN_HOURS
    # From the 24th, the next regular hours are the Sunday cover, then Tuesday 29th.
    assert h.next_available(at("America/Toronto", 2026, 12, 24, 8, 0)) == at(
        "America/Toronto", 2026, 12, 27, 10, 0
    )
    assert h.next_available(at("America/Toronto", 2026, 12, 27, 12, 0)) == at(
        "America/Toronto", 2026, 12, 29, 9, 0
    )


# -- DST: windows are wall-clock times ----------------------------------------------------

DST_CASES = [
    # zone, spring-forward Sunday, fall-back Sunday (2026)
    ("America/Toronto", date(2026, 3, 8), date(2026, 11, 1)),
    ("Europe/London", date(2026, 3, 29), date(2026, 10, 25)),
    ("Asia/Jerusalem", date(2026, 3, 27), date(2026, 10, 25)),  # Friday / Sunday in Israel
    ("Australia/Sydney", date(2026, 10, 4), date(2026, 4, 5)),
]


@pytest.mark.parametrize(("tz", "spring", "fall"), DST_CASES)
def test_nine_stays_nine_across_dst(tz: str, spring: date, fall: date) -> None:
    every_day = frozenset(range(7))
    h = history(Schedule(tz, (Window(every_day, time(9), time(17)),)))
    for day in (
        spring - timedelta(days=1),
        spring + timedelta(days=1),
        fall - timedelta(days=1),
        fall + timedelta(days=1),
    ):
        start = at(tz, day.year, day.month, day.day, 9, 0)
        assert h.state_at(start) is State.IN_HOURS
        assert h.state_at(start - timedelta(minutes=1)) is State.OFF
        assert h.next_change(start) == at(tz, day.year, day.month, day.day, 17, 0)


@pytest.mark.parametrize(("tz", "spring", "fall"), DST_CASES)
def test_overnight_window_across_the_change_night(tz: str, spring: date, fall: date) -> None:
    """A 22:00-06:00 on-call night is 7 hours long on spring night and 9 on fall-back night."""
    every_day = frozenset(range(7))
    h = history(Schedule(tz, (Window(every_day, time(22), time(6), WindowKind.ON_CALL),)))
    for change_day, hours in ((spring, 7), (fall, 9)):
        eve = change_day - timedelta(days=1)
        start = at(tz, eve.year, eve.month, eve.day, 22, 0)
        end = h.next_change(start)
        assert end == at(tz, change_day.year, change_day.month, change_day.day, 6, 0)
        assert end is not None
        assert end - start == timedelta(hours=hours)


def test_toronto_spring_forward_gap_start_moves_to_after_the_gap() -> None:
    # A window starting at 02:30 on 2026-03-08 (a time that does not exist) starts at 03:30 EDT.
    h = history(Schedule("America/Toronto", (Window(frozenset({6}), time(2, 30), time(5)),)))
    assert h.state_at(datetime(2026, 3, 8, 7, 29, tzinfo=UTC)) is State.OFF  # 03:29 EDT
    assert h.state_at(datetime(2026, 3, 8, 7, 30, tzinfo=UTC)) is State.IN_HOURS  # 03:30 EDT
    assert h.next_change(datetime(2026, 3, 8, 7, 30, tzinfo=UTC)) == at(
        "America/Toronto", 2026, 3, 8, 5, 0
    )


def test_toronto_fall_back_ambiguous_hour_uses_first_occurrence() -> None:
    # Window 01:30-03:00 on 2026-11-01: 01:30 happens twice; the window opens at the first.
    h = history(Schedule("America/Toronto", (Window(frozenset({6}), time(1, 30), time(3)),)))
    first = at("America/Toronto", 2026, 11, 1, 1, 30, fold=0)
    assert h.state_at(first) is State.IN_HOURS
    assert h.state_at(first - timedelta(minutes=1)) is State.OFF
    # It lasts 2.5 real hours (01:30 EDT to 03:00 EST).
    end = h.next_change(first)
    assert end is not None
    assert end - first == timedelta(hours=2, minutes=30)


# -- versions -------------------------------------------------------------------------------


def test_a_contact_last_march_is_judged_by_last_march_hours() -> None:
    old = office_hours()
    new = Schedule("America/Toronto", (Window(WEEKDAYS, time(12), time(20)),))
    change = at("America/Toronto", 2026, 6, 1, 0, 0)
    h = ScheduleHistory((ScheduleVersion(None, old), ScheduleVersion(change.astimezone(UTC), new)))
    march_evening = at("America/Toronto", 2026, 3, 11, 18, 0)
    july_evening = at("America/Toronto", 2026, 7, 8, 18, 0)
    assert h.state_at(march_evening) is State.OFF
    assert h.state_at(july_evening) is State.IN_HOURS
    assert h.in_force(march_evening) is old
    # The first version also covers the time before it was entered.
    assert h.in_force(at("America/Toronto", 2001, 1, 1, 10, 0)) is old


def test_next_change_crosses_a_version_boundary() -> None:
    old = Schedule("America/Toronto", ())
    new = office_hours()
    change = at("America/Toronto", 2026, 6, 3, 12, 0).astimezone(UTC)  # a Wednesday noon
    h = ScheduleHistory((ScheduleVersion(None, old), ScheduleVersion(change, new)))
    assert h.next_change(at("America/Toronto", 2026, 6, 1, 8, 0)) == change
    assert h.next_available(at("America/Toronto", 2026, 6, 1, 8, 0)) == change


def test_empty_schedule_never_changes() -> None:
    h = history(Schedule("Asia/Jerusalem"))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert h.state_at(now) is State.OFF
    assert h.next_change(now) is None
    assert h.next_available(now) is None


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        history(office_hours()).state_at(datetime(2026, 1, 1, 10))


def test_unknown_zone_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        Schedule("Mars/Olympus")
