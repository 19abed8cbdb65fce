"""Property-based tests of the schedule engine's invariants, for any zone and any windows."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    ScheduleHistory,
    State,
    Window,
    WindowKind,
)

ZONES = sorted(
    z
    for z in available_timezones()
    if "/" in z and not z.startswith(("Etc/", "SystemV/", "posixrules"))
)

times = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
windows = st.builds(
    Window,
    days=st.frozensets(st.integers(0, 6), min_size=1),
    start=times,
    end=times,
    kind=st.sampled_from(list(WindowKind)),
)
instants = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@st.composite
def exceptions(draw: st.DrawFn) -> ScheduleException:
    start = draw(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)))
    length = draw(st.integers(30, 60 * 24 * 10))
    kind = draw(st.sampled_from(list(ExceptionKind)))
    return ScheduleException(
        start.replace(second=0, microsecond=0),
        start.replace(second=0, microsecond=0) + timedelta(minutes=length),
        kind,
    )


schedules = st.builds(
    Schedule,
    timezone=st.sampled_from(ZONES),
    windows=st.lists(windows, max_size=4).map(tuple),
    exceptions=st.lists(exceptions(), max_size=2).map(tuple),
)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(schedules, instants)
def test_next_change_is_a_real_change_and_nothing_changes_before_it(
    s: Schedule, t: datetime
) -> None:
    h = ScheduleHistory.single(s)
    state = h.state_at(t)
    change = h.next_change(t)
    if change is None:
        return
    assert change > t
    assert h.state_at(change) is not state
    # Sample the stretch in between: the state holds throughout.
    step = (change - t) / 7
    for i in range(7):
        assert h.state_at(t + step * i) is state


@FAST
@given(schedules, instants)
def test_next_available_is_the_first_moment_in_hours(s: Schedule, t: datetime) -> None:
    h = ScheduleHistory.single(s)
    nxt = h.next_available(t)
    if h.state_at(t) is State.IN_HOURS:
        assert nxt is None
        return
    if nxt is None:
        return
    assert nxt > t
    assert h.state_at(nxt) is State.IN_HOURS
    segments = h.segments(t, nxt)
    assert all(seg.state is not State.IN_HOURS for seg in segments)


@FAST
@given(schedules, instants, st.integers(1, 60 * 24 * 9))
def test_segments_tile_the_range_without_gaps(s: Schedule, t: datetime, minutes: int) -> None:
    end = t + timedelta(minutes=minutes)
    segs = ScheduleHistory.single(s).segments(t, end)
    assert segs[0].start == t
    assert segs[-1].end == end
    for a, b in pairwise(segs):
        assert a.end == b.start
        assert a.state is not b.state  # maximal: neighbours differ


@FAST
@given(
    st.sampled_from(ZONES),
    st.dates(min_value=datetime(2024, 1, 1).date(), max_value=datetime(2028, 12, 31).date()),
    st.integers(0, 23),
)
def test_a_window_opens_at_its_wall_clock_time_on_any_date(
    zone: str, day: object, hour: int
) -> None:
    """09:00 stays 09:00: at the local start time the window is open on any date.

    A minute before, it is closed, unless that wall time does not exist that day (a DST gap).
    """
    tz = ZoneInfo(zone)
    w = Window(frozenset({day.weekday()}), time(hour), time((hour + 2) % 24))  # type: ignore[attr-defined]
    h = ScheduleHistory.single(Schedule(zone, (w,)))
    local = datetime.combine(day, time(hour), tzinfo=tz)  # type: ignore[arg-type]
    round_trip = local.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        return  # a wall time that does not exist that day
    assert h.state_at(local) is State.IN_HOURS
    previous = local.astimezone(UTC) - timedelta(minutes=1)
    if previous.astimezone(tz).hour == (hour - 1) % 24 and hour != 0:
        assert h.state_at(previous) is State.OFF
