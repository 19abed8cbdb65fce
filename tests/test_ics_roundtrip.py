"""Export then import gives the same answers; and imports agree with the calendars themselves.

Two independent checks:
- a property test: any generated schedule, written with ``write_ics`` and read back with
  ``read_ics``, paints the same timeline (state by state, instant by instant) around its
  exceptions and around the DST changes of its zone;
- an oracle test: for each exporter fixture, the imported schedule's timeline is compared with
  the occurrences recurring-ical-events expands straight from the file over 2026.
"""

from __future__ import annotations

import bisect
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import recurring_ical_events
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from after_hours.availability.calendars.ics_format import read_ics, write_ics
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    State,
    Window,
    WindowKind,
)
from tests.helpers import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ZONES = [
    "America/Toronto",
    "Europe/London",
    "Asia/Jerusalem",
    "Australia/Sydney",
    "America/St_Johns",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "UTC",
]


def timeline(schedule: Schedule, start: datetime, end: datetime) -> list[tuple[Any, ...]]:
    return [(s.start, s.end, s.state) for s in schedule.segments(start, end)]


def transitions(zone: str, year: int = 2026) -> list[datetime]:
    """The instants the zone's offset changes in ``year``."""
    tz = Schedule(zone).tz
    out = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    prev = t.astimezone(tz).utcoffset()
    while t.year == year:
        t += timedelta(hours=1)
        off = t.astimezone(tz).utcoffset()
        if off != prev:
            out.append(t)
            prev = off
    return out


quarter_hours = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
# iCalendar TEXT carries newlines but no other control characters (a lone CR cannot be said).
label_chars = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n")
labels = st.one_of(st.just(""), st.text(label_chars, min_size=1, max_size=12))
windows = st.builds(
    Window,
    days=st.frozensets(st.integers(0, 6), min_size=1),
    start=quarter_hours,
    end=quarter_hours,
    kind=st.sampled_from(list(WindowKind)),
    label=labels,
)


@st.composite
def exceptions(draw: st.DrawFn) -> ScheduleException:
    whole = draw(st.booleans())
    day = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    kind = draw(st.sampled_from(list(ExceptionKind)))
    label = draw(labels)
    if whole:
        return ScheduleException.all_day(
            day, day + timedelta(days=draw(st.integers(0, 6))), kind, label
        )
    start = datetime.combine(day, draw(quarter_hours))
    length = timedelta(minutes=15 * draw(st.integers(1, 4 * 24 * 3)))
    return ScheduleException(start, start + length, kind, label)


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    zone = draw(st.sampled_from(ZONES))
    ws = draw(st.lists(windows, max_size=4))
    xs = draw(st.lists(exceptions(), min_size=0 if ws else 1, max_size=5))
    return Schedule(zone, tuple(ws), tuple(xs))


def _joined(exceptions: tuple[ScheduleException, ...]) -> list[ScheduleException]:
    """Exceptions of the same kind and label that touch or overlap, as one each."""
    out: list[ScheduleException] = []
    for x in sorted(exceptions, key=lambda e: (e.kind.value, e.label, e.start)):
        last = out[-1] if out else None
        if last and (last.kind, last.label) == (x.kind, x.label) and x.start <= last.end:
            out[-1] = ScheduleException(last.start, max(last.end, x.end), last.kind, last.label)
        else:
            out.append(x)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedules())
# Found by hypothesis: a whole day away and a quarter hour inside it, both "unavailable".
@example(
    Schedule(
        "America/Toronto",
        (),
        (
            ScheduleException(datetime(2026, 1, 1), datetime(2026, 1, 2)),
            ScheduleException(datetime(2026, 1, 1), datetime(2026, 1, 1, 0, 15)),
        ),
    )
)
def test_export_then_import_gives_the_same_timeline(schedule: Schedule) -> None:
    data = write_ics(schedule, now=NOW)
    back = read_ics(data, source="export.ics", default_zone="UTC", now=NOW)
    assert back.timezone == schedule.timezone
    assert set(back.windows) == set(schedule.windows)  # labels included
    # The import may join exceptions that touch and say the same (Jan 1-2 and Jan 2-3 "away"
    # come back as Jan 1-3): the same time off, maybe in fewer pieces, so both sides are joined.
    assert set(_joined(back.exceptions)) == set(_joined(schedule.exceptions))
    around = [x.start.replace(tzinfo=UTC) for x in schedule.exceptions]
    around += transitions(schedule.timezone)
    around.append(datetime(2026, 6, 1, tzinfo=UTC))
    for t in around:
        lo, hi = t - timedelta(days=4), t + timedelta(days=4)
        assert timeline(back, lo, hi) == timeline(schedule, lo, hi)


def test_the_export_is_a_valid_calendar_with_a_vtimezone() -> None:
    schedule = Schedule(
        "Australia/Sydney",
        (Window(frozenset({5}), time(20), time(8), WindowKind.ON_CALL),),
        (ScheduleException.all_day(date(2026, 4, 6), label="Easter Monday"),),
    )
    cal = icalendar.Calendar.from_ical(write_ics(schedule, now=NOW))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Australia/Sydney"]
    events = cal.walk("VEVENT")
    on_call, holiday = events
    assert on_call["RRULE"]["FREQ"] == ["WEEKLY"] and on_call["RRULE"]["BYDAY"] == ["SA"]
    assert on_call["DTSTART"].params["TZID"] == "Australia/Sydney"
    assert holiday["X-MICROSOFT-CDO-BUSYSTATUS"] == "OOF"
    assert holiday["DTSTART"].dt == date(2026, 4, 6)
    for event in events:
        assert event["DTSTAMP"].dt == NOW and event["UID"].endswith("@after-hours")


def test_cli_export_ics_then_import_gives_the_same_status(tmp_path: Path) -> None:
    clock = ManualClock(NOW)
    home, other = tmp_path / "a", tmp_path / "b"
    r = cli(home, "schedule", "import", str(FIXTURES / "apple-jerusalem.ics"), clock=clock)
    assert r.status == 0, r.err
    out = tmp_path / "exported.ics"
    assert cli(home, "schedule", "export", str(out), clock=clock).status == 0
    assert cli(other, "schedule", "import", str(out), clock=clock).status == 0
    for t in (
        "2026-03-26T23:59:59Z",
        "2026-03-27T00:00:00Z",
        "2026-10-24T23:30:00Z",
        "2026-03-20T08:00:00Z",
        "2026-04-05T08:00:00Z",
        "2026-10-25T07:00:00Z",
    ):
        assert (
            cli(home, "status", "--at", t, "--json").json()
            == cli(other, "status", "--at", t, "--json").json()
        )


# -- the oracle: occurrences straight from the file ----------------------------------------------


def _blocking(event: Any) -> bool:
    return not isinstance(event["DTSTART"].dt, datetime) or (
        str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "OOF"
    )


def _ignored(event: Any) -> bool:
    return (
        str(event.get("TRANSP", "")).upper() == "TRANSPARENT"
        or str(event.get("STATUS", "")).upper() == "CANCELLED"
    )


def oracle_spans(path: Path, zone: str, lo: datetime, hi: datetime) -> list[tuple[Any, ...]]:
    """(start, end, effect) of every occurrence: effect is off, regular or on-call."""
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    tz = Schedule(zone).tz
    series = {str(e["UID"]) for e in cal.walk("VEVENT") if e.get("RRULE") is not None}
    spans = []
    for occ in recurring_ical_events.of(cal).between(lo, hi):
        if _ignored(occ):
            continue
        s, e = occ["DTSTART"].dt, occ["DTEND"].dt
        if not isinstance(s, datetime):
            s = datetime.combine(s, time(0), tzinfo=tz)
            e = datetime.combine(e, time(0), tzinfo=tz)
        summary = " ".join(
            line
            for line in occ.to_ical().decode().splitlines()
            if line.startswith(("SUMMARY", "CATEGORIES"))
        )
        on_call = any(w in summary.lower() for w in ("on call", "on-call", "garde", "כוננות"))
        # Exceptions have no on-call kind: only a weekly series can be on call.
        is_single = str(occ["UID"]) not in series
        effect = (
            "off" if _blocking(occ) else ("on-call" if on_call and not is_single else "regular")
        )
        spans.append((s.astimezone(UTC), e.astimezone(UTC), effect))
    return sorted(spans)


def oracle_state(spans: list[tuple[Any, ...]], starts: list[datetime], t: datetime) -> State:
    i = bisect.bisect_right(starts, t)
    covering = {effect for s, e, effect in spans[max(0, i - 200) : i] if s <= t < e}
    if "off" in covering:
        return State.OFF
    if "regular" in covering:
        return State.IN_HOURS
    return State.ON_CALL if "on-call" in covering else State.OFF


@pytest.mark.parametrize(
    "name",
    [
        "google-toronto.ics",
        "outlook-toronto.ics",
        "outlook-london.ics",
        "apple-jerusalem.ics",
        "outlook-sydney.ics",
    ],
)
def test_imported_timeline_matches_the_calendars_own_occurrences(name: str) -> None:
    path = FIXTURES / name
    schedule = read_ics(path.read_bytes(), source=name, default_zone="UTC", now=NOW)
    lo, hi = datetime(2026, 1, 12, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    spans = oracle_spans(path, schedule.timezone, lo - timedelta(days=14), hi)
    starts = [s for s, _, _ in spans]
    checked = 0
    for seg in schedule.segments(lo, hi):
        probes = {seg.start, seg.start + (seg.end - seg.start) / 2, seg.end - timedelta(seconds=1)}
        for t in probes:
            assert oracle_state(spans, starts, t) is seg.state, (name, t, seg)
            checked += 1
    # And at every occurrence boundary, from the file's side.
    for s, e, _ in spans:
        for t in (s, e - timedelta(seconds=1)):
            if lo <= t < hi:
                engine = schedule.segments(t, t + timedelta(seconds=1))[0].state
                assert oracle_state(spans, starts, t) is engine, (name, t)
                checked += 1
    assert checked > 500


def test_our_kind_wins_over_words_in_the_summary() -> None:
    # A regular window whose label mentions on call stays regular after a round trip.
    schedule = Schedule(
        "Europe/London", (Window(frozenset({0}), time(9), time(10), label="On-call handover"),)
    )
    back = read_ics(write_ics(schedule, now=NOW), source="x.ics", default_zone="UTC", now=NOW)
    assert [(w.kind, w.label) for w in back.windows] == [(WindowKind.REGULAR, "On-call handover")]


@pytest.mark.parametrize("suffix", [".ics", ".ical", ".ICS"])
def test_files_dispatch_on_their_extension(tmp_path: Path, suffix: str) -> None:
    from after_hours.availability.calendars import dump_schedule, load_schedule

    schedule = Schedule("Asia/Jerusalem", (Window(frozenset({6}), time(8, 30), time(16, 30)),))
    path = tmp_path / f"hours{suffix}"
    dump_schedule(schedule, path, now=NOW)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    back = load_schedule(path, default_zone="UTC", now=NOW)
    assert back.windows == schedule.windows and back.timezone == "Asia/Jerusalem"
