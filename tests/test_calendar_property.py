"""Property: the schedule engine and the calendar itself agree on every hour of two years.

Hypothesis writes calendars the way Google does (weekly series with a TZID, ending with UNTIL
in UTC or COUNT or never, starting on any date, one-off on-call shifts, out-of-office events),
in Toronto or Sydney. Each is imported (``read_ics_calendar``) and asked its state at every
hour of 2026-2027; the expected state comes straight from the file's occurrences as expanded
by recurring-ical-events, with the precedence the engine documents. The same calendar exported
with every version (``write_ics_history``) and imported again must answer the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from after_hours.availability.calendars.ics_format import read_ics_calendar, write_ics_history
from after_hours.availability.schedule import ScheduleHistory, State

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
LO, HI = datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
HOURS = int((HI - LO) / timedelta(hours=1))
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The engine's precedence, from the file's side: one-off regular hours beat a one-off on-call
# shift, which beats time off, which beats a weekly regular window, which beats weekly on-call.
PRIORITY = {
    ("single", "regular"): 5,
    ("single", "on-call"): 4,
    ("single", "off"): 3,
    ("series", "regular"): 2,
    ("series", "on-call"): 1,
}
STATE_OF = {5: State.IN_HOURS, 4: State.ON_CALL, 3: State.OFF, 2: State.IN_HOURS, 1: State.ON_CALL}


@dataclass(frozen=True)
class Series:
    days: frozenset[int]
    start: time
    hours: int
    on_call: bool
    first: date
    until: date | None
    count: int | None


@dataclass(frozen=True)
class OneOff:
    day: date
    start: time
    hours: int
    kind: str  # regular, on-call, off


def _first_matching(day: date, days: frozenset[int]) -> date:
    while day.weekday() not in days:
        day += timedelta(days=1)
    return day


@st.composite
def series(draw: Any) -> Series:
    days = frozenset(draw(st.sets(st.integers(0, 6), min_size=1, max_size=7)))
    start = time(draw(st.integers(5, 21)), draw(st.sampled_from([0, 30])))
    first = _first_matching(date(2025, 11, 1) + timedelta(days=draw(st.integers(0, 600))), days)
    ending = draw(st.sampled_from(["never", "until", "count"]))
    until = first + timedelta(days=draw(st.integers(0, 400))) if ending == "until" else None
    count = draw(st.integers(1, 150)) if ending == "count" else None
    return Series(days, start, draw(st.integers(1, 9)), draw(st.booleans()), first, until, count)


@st.composite
def one_offs(draw: Any) -> OneOff:
    return OneOff(
        date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 720))),
        time(draw(st.integers(5, 20))),
        draw(st.integers(1, 10)),
        draw(st.sampled_from(["regular", "on-call", "off"])),
    )


def google_calendar(zone: str, all_series: list[Series], singles: list[OneOff]) -> bytes:
    tz = icalendar.Timezone.from_tzid(zone, first_date=date(2024, 1, 1), last_date=date(2030, 1, 1))
    from zoneinfo import ZoneInfo

    z = ZoneInfo(zone)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"X-WR-TIMEZONE:{zone}",
        tz.to_ical().decode().strip(),
    ]
    for i, s in enumerate(all_series):
        begin = datetime.combine(s.first, s.start)
        end = begin + timedelta(hours=s.hours)
        rule = "FREQ=WEEKLY;WKST=SU;BYDAY=" + ",".join(DAYS[d] for d in sorted(s.days))
        if s.until is not None:  # Google: the end of the last day, local, written in UTC
            last = datetime.combine(s.until, time(23, 59, 59), tzinfo=z).astimezone(UTC)
            rule += f";UNTIL={last:%Y%m%dT%H%M%SZ}"
        if s.count is not None:
            rule += f";COUNT={s.count}"
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART;TZID={zone}:{begin:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}",
            f"RRULE:{rule}",
            "DTSTAMP:20260301T120000Z",
            f"UID:series{i}@google.com",
            f"SUMMARY:{'On call' if s.on_call else 'Clinic hours'}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    for i, o in enumerate(singles):
        begin = datetime.combine(o.day, o.start)
        end = begin + timedelta(hours=o.hours)
        summary = {"regular": "Extra clinic", "on-call": "On call shift", "off": "Training"}[o.kind]
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART;TZID={zone}:{begin:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}",
            "DTSTAMP:20260301T120000Z",
            f"UID:single{i}@google.com",
            f"SUMMARY:{summary}",
            "TRANSP:OPAQUE",
        ]
        if o.kind == "off":
            lines.append("X-MICROSOFT-CDO-BUSYSTATUS:OOF")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def expected_hours(data: bytes) -> list[State]:
    """The state at each hour, straight from recurring-ical-events' occurrences."""
    cal = icalendar.Calendar.from_ical(data)
    best = [0] * HOURS
    for occ in recurring_ical_events.of(cal).between(LO - timedelta(days=2), HI):
        uid = str(occ["UID"])
        if uid.startswith("series"):
            key = ("series", "on-call" if "On call" in str(occ["SUMMARY"]) else "regular")
        else:
            summary = str(occ["SUMMARY"])
            kind = (
                "on-call" if "On call" in summary else "off" if "Training" in summary else "regular"
            )
            key = ("single", kind)
        prio = PRIORITY[key]
        s = occ["DTSTART"].dt.astimezone(UTC)
        e = occ["DTEND"].dt.astimezone(UTC)
        first = max(0, -(-int((s - LO).total_seconds()) // 3600))
        last = min(HOURS, -(-int((e - LO).total_seconds()) // 3600))
        for k in range(first, last):
            best[k] = max(best[k], prio)
    return [STATE_OF.get(p, State.OFF) for p in best]


def engine_hours(history: ScheduleHistory) -> list[State]:
    out: list[State] = []
    segments = history.segments(LO, HI)
    i = 0
    for k in range(HOURS):
        t = LO + timedelta(hours=k)
        while segments[i].end <= t:
            i += 1
        out.append(segments[i].state)
    return out


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zone=st.sampled_from(["America/Toronto", "Australia/Sydney"]),
    all_series=st.lists(series(), min_size=1, max_size=3),
    singles=st.lists(one_offs(), max_size=3),
)
def test_status_and_the_calendar_agree_on_every_hour_of_two_years(
    zone: str, all_series: list[Series], singles: list[OneOff]
) -> None:
    data = google_calendar(zone, all_series, singles)
    imported = read_ics_calendar(data, source="g.ics", default_zone=zone, now=NOW)
    expected = expected_hours(data)
    got = engine_hours(imported.history())
    wrong = [LO + timedelta(hours=k) for k in range(HOURS) if got[k] is not expected[k]]
    assert not wrong, (wrong[:5], [got[(w - LO) // timedelta(hours=1)] for w in wrong[:5]])

    back = read_ics_calendar(
        write_ics_history(imported.history(), now=NOW), source="x.ics", default_zone="UTC", now=NOW
    )
    assert engine_hours(back.history()) == got
