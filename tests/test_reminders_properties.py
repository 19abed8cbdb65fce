"""Properties of the reminder plan over random weekly schedules, zones and instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.reminders import (
    GRACE,
    PlanContext,
    ReminderConfig,
    ReminderKind,
    plan_reminders,
)
from after_hours.availability.reminders.planner import add_months
from after_hours.availability.reminders.sources import NoContacts, NoReviews, NoSelfChecks
from after_hours.availability.schedule import Schedule, ScheduleHistory, Window, WindowKind

ZONES = ["America/Toronto", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC"]
quarter_hours = st.integers(0, 95).map(lambda q: time(q // 4, (q % 4) * 15))
windows = st.builds(
    Window,
    days=st.frozensets(st.integers(0, 6), min_size=1),
    start=quarter_hours,
    end=quarter_hours,
    kind=st.sampled_from(list(WindowKind)),
)
instants = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)
HORIZON = timedelta(days=3)
EDGE_KINDS = {
    ReminderKind.WINDOW_START,
    ReminderKind.WINDOW_END,
    ReminderKind.PRE_WEEKEND,
    ReminderKind.PRE_HOLIDAY,
}


def plan(schedule: Schedule, now: datetime) -> list:  # type: ignore[type-arg]
    ctx = PlanContext(
        history=ScheduleHistory.single(schedule),
        config=ReminderConfig(),
        display_zone=schedule.timezone,
        states={},
        reviews=NoReviews(),
        self_checks=NoSelfChecks(),
        contacts=NoContacts(),
    )
    return plan_reminders(now, HORIZON, ctx)


@settings(max_examples=40, deadline=None)
@given(st.lists(windows, min_size=1, max_size=3), st.sampled_from(ZONES), instants)
def test_plan_invariants(ws: list[Window], tz: str, now: datetime) -> None:
    schedule = Schedule(tz, tuple(ws))
    history = ScheduleHistory.single(schedule)
    reminders = plan(schedule, now)
    # Soonest first, one job per id, inside the window of interest.
    assert [r.at for r in reminders] == sorted(r.at for r in reminders)
    assert len({r.job_id for r in reminders}) == len(reminders)
    assert all(now - GRACE <= r.at <= now + HORIZON for r in reminders)
    # Missed ones: at most one per kind (never a burst on wake).
    missed = [r.kind for r in reminders if r.at <= now]
    assert len(missed) == len(set(missed))
    # Each edge reminder is about a real change of availability, with the configured lead.
    config = ReminderConfig()
    for r in reminders:
        if r.kind not in EDGE_KINDS:
            continue
        before = history.state_at(r.about - timedelta(seconds=1)).available
        after = history.state_at(r.about).available
        if r.kind is ReminderKind.WINDOW_START:
            assert (before, after) == (False, True)
            assert r.at == r.about - config.window_start_lead
        else:
            assert (before, after) == (True, False)
            lead = (
                config.window_end_lead if r.kind is ReminderKind.WINDOW_END else config.pre_off_lead
            )
            assert r.at == r.about - lead
    # Deriving again gives the same plan (jobs are replaced, never doubled).
    assert [(r.job_id, r.at, r.title) for r in plan(schedule, now)] == [
        (r.job_id, r.at, r.title) for r in reminders
    ]


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=0, max_value=240),
)
def test_add_months_is_relativedeltas_month_step(day: date, months: int) -> None:
    """The planner's own month step (no dateutil at start-up) matches relativedelta's."""
    from dateutil.relativedelta import relativedelta

    assert add_months(day, months) == day + relativedelta(months=months)


def test_days_in_month_is_that_of_the_calendar_module_for_every_month() -> None:
    """The planner does without ``calendar`` (and ``locale``, which it loads) at idle."""
    import calendar

    from after_hours.availability.reminders.planner import days_in_month

    for year in (*range(1890, 2210), 1, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
