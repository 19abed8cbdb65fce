"""``.ics`` import of Google, Outlook and Apple exports, checked at DST edges through the CLI.

The fixtures in ``tests/fixtures/ics/`` are written the way each application exports: Google
(IANA TZID, ``X-WR-TIMEZONE``, UTC single events, a split series ending with UNTIL, a moved
occurrence), Outlook (Windows zone names with their VTIMEZONE blocks, out-of-office days,
an every-other-week series) and Apple (RDATE, EXDATE, Hebrew summary). Expected instants were
computed by hand from the zone rules of 2026 and are written in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from after_hours.availability.calendars import load_calendar, load_schedule
from after_hours.availability.calendars.ics_format import read_ics, read_ics_calendar
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import ScheduleHistory, State, WindowKind
from tests.helpers import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
IMPORT_CLOCK = ManualClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def z(y: int, mo: int, d: int, h: int, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def import_fixture(home: Path, name: str) -> str:
    r = cli(home, "schedule", "import", str(FIXTURES / name), clock=IMPORT_CLOCK)
    assert r.status == 0, r.err
    return r.out


# (file, instant, state, window start, window end, next_available), instants in UTC.
DST_EDGES = [
    # America/Toronto, spring forward Sun 8 Mar 2026 02:00 EST -> 03:00 EDT. On call Sat
    # 20:00 to Sun 08:00: 11 hours that night; Monday 9 March is an EXDATE.
    (
        "google-toronto.ics",
        z(2026, 3, 8, 6, 59, 59),
        "on_call",
        z(2026, 3, 8, 1),
        z(2026, 3, 8, 12),
        z(2026, 3, 10, 13),
    ),
    (
        "google-toronto.ics",
        z(2026, 3, 8, 7),
        "on_call",
        z(2026, 3, 8, 1),
        z(2026, 3, 8, 12),
        z(2026, 3, 10, 13),
    ),
    ("google-toronto.ics", z(2026, 3, 8, 12), "after_hours", None, None, z(2026, 3, 10, 13)),
    # Fall back Sun 1 Nov 2026 02:00 EDT -> 01:00 EST: 01:30 happens twice, both on call.
    # Monday 2 Nov was moved to 12:00-20:00 (a RECURRENCE-ID override).
    (
        "google-toronto.ics",
        z(2026, 11, 1, 5, 30),
        "on_call",
        z(2026, 11, 1, 0),
        z(2026, 11, 1, 13),
        z(2026, 11, 2, 17),
    ),
    (
        "google-toronto.ics",
        z(2026, 11, 1, 6, 30),
        "on_call",
        z(2026, 11, 1, 0),
        z(2026, 11, 1, 13),
        z(2026, 11, 2, 17),
    ),
    ("google-toronto.ics", z(2026, 11, 2, 15), "after_hours", None, None, z(2026, 11, 2, 17)),
    (
        "google-toronto.ics",
        z(2026, 11, 2, 21),
        "in_hours",
        z(2026, 11, 2, 17),
        z(2026, 11, 3, 1),
        None,
    ),
    # A single Google event written in UTC: Saturday 7 March 10:00-14:00 EST.
    (
        "google-toronto.ics",
        z(2026, 3, 7, 16),
        "in_hours",
        z(2026, 3, 7, 15),
        z(2026, 3, 7, 19),
        None,
    ),
    # Outlook, "Eastern Standard Time": office hours 08:30-16:30, "Garde" Sat 19:00-Sun 07:00.
    (
        "outlook-toronto.ics",
        z(2026, 3, 8, 6, 30),
        "on_call",
        z(2026, 3, 8, 0),
        z(2026, 3, 8, 11),
        z(2026, 3, 9, 12, 30),
    ),
    (
        "outlook-toronto.ics",
        z(2026, 11, 1, 6, 30),
        "on_call",
        z(2026, 10, 31, 23),
        z(2026, 11, 1, 12),
        z(2026, 11, 2, 13, 30),
    ),
    ("outlook-toronto.ics", z(2026, 6, 30, 15), "after_hours", None, None, z(2026, 7, 3, 12, 30)),
    # Europe/London (Outlook "GMT Standard Time"), spring forward Sun 29 Mar 01:00 GMT -> 02:00
    # BST; on call Sat 21:00 to Sun 09:00; Monday 30 March is an EXDATE.
    (
        "outlook-london.ics",
        z(2026, 3, 29, 0, 59, 59),
        "on_call",
        z(2026, 3, 28, 21),
        z(2026, 3, 29, 8),
        z(2026, 3, 31, 8),
    ),
    (
        "outlook-london.ics",
        z(2026, 3, 29, 1),
        "on_call",
        z(2026, 3, 28, 21),
        z(2026, 3, 29, 8),
        z(2026, 3, 31, 8),
    ),
    # Fall back Sun 25 Oct 02:00 BST -> 01:00 GMT; then a week of annual leave (OOF, all day).
    (
        "outlook-london.ics",
        z(2026, 10, 25, 0, 30),
        "on_call",
        z(2026, 10, 24, 20),
        z(2026, 10, 25, 9),
        z(2026, 11, 2, 9),
    ),
    (
        "outlook-london.ics",
        z(2026, 10, 25, 1, 30),
        "on_call",
        z(2026, 10, 24, 20),
        z(2026, 10, 25, 9),
        z(2026, 11, 2, 9),
    ),
    # A timed out-of-office afternoon (dentist) and a free event that must not count.
    ("outlook-london.ics", z(2026, 3, 27, 14, 30), "after_hours", None, None, z(2026, 3, 31, 8)),
    ("outlook-london.ics", z(2026, 3, 20, 18), "after_hours", None, None, z(2026, 3, 23, 9)),
    # Every other Wednesday 17:00-18:30 until December (expanded, not a weekly window).
    (
        "outlook-london.ics",
        z(2026, 10, 21, 16, 30),
        "in_hours",
        z(2026, 10, 21, 8),
        z(2026, 10, 21, 17, 30),
        None,
    ),
    ("outlook-london.ics", z(2026, 10, 14, 16, 30), "after_hours", None, None, z(2026, 10, 15, 8)),
    # Asia/Jerusalem (Apple), spring forward Fri 27 Mar 02:00 IST -> 03:00 IDT; night on call
    # ("כוננות לילה") Thu and Sat 22:00 to 08:00.
    (
        "apple-jerusalem.ics",
        z(2026, 3, 26, 23, 59, 59),
        "on_call",
        z(2026, 3, 26, 20),
        z(2026, 3, 27, 5),
        z(2026, 3, 29, 5, 30),
    ),
    (
        "apple-jerusalem.ics",
        z(2026, 3, 27, 0),
        "on_call",
        z(2026, 3, 26, 20),
        z(2026, 3, 27, 5),
        z(2026, 3, 29, 5, 30),
    ),
    # Fall back Sun 25 Oct 02:00 IDT -> 01:00 IST; Sunday's clinic is an EXDATE.
    (
        "apple-jerusalem.ics",
        z(2026, 10, 24, 22, 30),
        "on_call",
        z(2026, 10, 24, 19),
        z(2026, 10, 25, 6),
        z(2026, 10, 26, 6, 30),
    ),
    (
        "apple-jerusalem.ics",
        z(2026, 10, 24, 23, 30),
        "on_call",
        z(2026, 10, 24, 19),
        z(2026, 10, 25, 6),
        z(2026, 10, 26, 6, 30),
    ),
    # An RDATE adds Friday 20 March 09:00-17:00; Pesach (all day, 1-9 April) removes the clinic.
    (
        "apple-jerusalem.ics",
        z(2026, 3, 20, 8),
        "in_hours",
        z(2026, 3, 20, 7),
        z(2026, 3, 20, 15),
        None,
    ),
    ("apple-jerusalem.ics", z(2026, 4, 5, 8), "after_hours", None, None, z(2026, 4, 12, 5, 30)),
    # Australia/Sydney (Outlook "AUS Eastern Standard Time"), fall back Sun 5 Apr 03:00 AEDT ->
    # 02:00 AEST: 02:30 twice, both on call; Easter Monday is out of office.
    (
        "outlook-sydney.ics",
        z(2026, 4, 4, 15, 30),
        "on_call",
        z(2026, 4, 4, 9),
        z(2026, 4, 4, 22),
        z(2026, 4, 6, 22),
    ),
    (
        "outlook-sydney.ics",
        z(2026, 4, 4, 16, 30),
        "on_call",
        z(2026, 4, 4, 9),
        z(2026, 4, 4, 22),
        z(2026, 4, 6, 22),
    ),
    # Spring forward Sun 4 Oct 02:00 AEST -> 03:00 AEDT.
    (
        "outlook-sydney.ics",
        z(2026, 10, 3, 15, 59, 59),
        "on_call",
        z(2026, 10, 3, 10),
        z(2026, 10, 3, 21),
        z(2026, 10, 4, 21),
    ),
    (
        "outlook-sydney.ics",
        z(2026, 10, 3, 16),
        "on_call",
        z(2026, 10, 3, 10),
        z(2026, 10, 3, 21),
        z(2026, 10, 4, 21),
    ),
]


@pytest.mark.parametrize(
    ("name", "at", "state", "start", "end", "next_available"),
    DST_EDGES,
    ids=[f"{row[0]}@{row[1]:%Y-%m-%dT%H:%M:%SZ}" for row in DST_EDGES],
)
def test_status_at_dst_edges_from_calendar_exports(
    tmp_path: Path,
    name: str,
    at: datetime,
    state: str,
    start: datetime | None,
    end: datetime | None,
    next_available: datetime | None,
) -> None:
    home = tmp_path / "p"
    import_fixture(home, name)
    r = cli(home, "status", "--at", at.isoformat(), "--json")
    assert r.status == 0, r.err
    data = r.json()
    assert data["state"] == state
    assert data["available"] is (state != "after_hours")
    if start is None:
        assert data["window"] is None
    else:
        assert utc(data["window"]["start"]) == start
        assert utc(data["window"]["end"]) == end
        assert data["window"]["kind"] == ("on-call" if state == "on_call" else "regular")
    got_next = data["next_available"]
    assert (utc(got_next) if got_next else None) == next_available


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("google-toronto.ics", "America/Toronto"),
        ("outlook-toronto.ics", "America/Toronto"),
        ("outlook-london.ics", "Europe/London"),
        ("apple-jerusalem.ics", "Asia/Jerusalem"),
        ("outlook-sydney.ics", "Australia/Sydney"),
    ],
)
def test_the_schedule_zone_comes_from_the_file(name: str, zone: str) -> None:
    # The user's own zone is Toronto: an Outlook "Eastern Standard Time" file keeps Toronto
    # (same clock as New York), a London file stays in London.
    schedule = load_schedule(
        FIXTURES / name, default_zone="America/Toronto", now=IMPORT_CLOCK.now()
    )
    assert schedule.timezone == zone


def test_windows_exceptions_and_kinds_of_the_google_export() -> None:
    schedule = load_schedule(
        FIXTURES / "google-toronto.ics", default_zone="UTC", now=IMPORT_CLOCK.now()
    )
    assert schedule.timezone == "America/Toronto"  # from the TZIDs, not the user's zone
    by_label = {w.label: w for w in schedule.windows}
    assert set(by_label) == {"Clinic hours", "On call"}
    clinic, on_call = by_label["Clinic hours"], by_label["On call"]
    assert clinic.kind is WindowKind.REGULAR and clinic.day_names() == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
    ]
    assert (clinic.start.hour, clinic.end.hour) == (9, 17)
    assert on_call.kind is WindowKind.ON_CALL and on_call.crosses_midnight
    labels = {x.label for x in schedule.exceptions}
    # Transparent ("Pay day") and cancelled ("Lunch with Priya") events are ignored.
    assert "Pay day" not in labels and "Lunch with Priya" not in labels
    assert {"Holidays", "Good Friday (clinic closed)", "Saturday catch-up clinic"} <= labels


def test_outlook_out_of_office_and_categories(tmp_path: Path) -> None:
    schedule = load_schedule(
        FIXTURES / "outlook-sydney.ics", default_zone="UTC", now=IMPORT_CLOCK.now()
    )
    # "After-hours phone" is on call because of its CATEGORIES:On call.
    kinds = {w.label: w.kind for w in schedule.windows}
    assert kinds == {"Clinic": WindowKind.REGULAR, "After-hours phone": WindowKind.ON_CALL}
    history = ScheduleHistory.single(schedule)
    assert history.state_at(z(2026, 12, 30, 0)) is State.OFF  # Christmas shutdown, a Wednesday
    assert history.state_at(z(2026, 12, 29, 23)) is State.OFF


def test_an_ending_series_judges_exactly_its_own_dates() -> None:
    # The old Google series (Mon-Thu 08:00-16:00 until 31 Dec 2025) still judges 2025...
    history = load_calendar(
        FIXTURES / "google-toronto.ics", default_zone="UTC", now=IMPORT_CLOCK.now()
    ).history()
    # ...from its first Monday, 6 January 2025, and not before it started...
    assert history.state_at(utc("2025-01-02T08:30:00-05:00")) is State.OFF
    assert history.state_at(utc("2025-01-06T08:30:00-05:00")) is State.IN_HOURS
    # ...even years before the import, outside any expansion horizon...
    assert history.state_at(utc("2025-03-03T08:30:00-05:00")) is State.IN_HOURS
    assert history.state_at(utc("2025-06-02T08:30:00-04:00")) is State.IN_HOURS
    # ...and not 2026, where 08:30 is before the new 09:00 start.
    assert history.state_at(utc("2026-06-01T08:30:00-04:00")) is State.OFF
    assert history.state_at(utc("2026-06-01T09:30:00-04:00")) is State.IN_HOURS


# -- broken files -------------------------------------------------------------------------------


def google_bytes() -> bytes:
    return (FIXTURES / "google-toronto.ics").read_bytes()


def read(data: bytes) -> None:
    read_ics(data, source="cal.ics", default_zone="UTC", now=IMPORT_CLOCK.now())


def test_a_truncated_file_names_the_open_event_and_line() -> None:
    data = google_bytes()
    cut = data[: data.index(b"SUMMARY:On call") + 20]
    with pytest.raises(ValueError, match=r"truncated") as info:
        read(cut)
    message = str(info.value)
    assert "cal.ics" in message and "BEGIN:VEVENT" in message
    assert "0d4m8x2w6r9t1y5u3i7o0p2a4s@google.com" in message  # the event's UID
    line = data[: data.index(b"DTSTART;TZID=America/Toronto:20260102T200000")].count(b"\n")
    assert f"from line {line}" in message  # the BEGIN:VEVENT just before it


def test_a_file_cut_inside_an_alarm_still_names_its_event() -> None:
    data = (FIXTURES / "apple-jerusalem.ics").read_bytes()
    with pytest.raises(ValueError, match=r"inside BEGIN:VALARM .*event 'Clinic' \(UID 4C1E6E9A"):
        read(data[: data.index(b"TRIGGER:-PT15M")])


def test_an_unknown_tzid_names_the_zone_the_event_and_the_line() -> None:
    data = google_bytes().replace(
        b"DTSTART;TZID=America/Toronto:20260102T200000",
        b"DTSTART;TZID=Mars/Olympus_Mons:20260102T200000",
    )
    line = data[: data.index(b"Mars/Olympus_Mons")].count(b"\n") + 1
    with pytest.raises(ValueError, match="Mars/Olympus_Mons") as info:
        read(data)
    assert "'On call'" in str(info.value) and f"line {line}" in str(info.value)


def test_a_calendar_without_events_is_refused() -> None:
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n"
    with pytest.raises(ValueError, match="no events"):
        read(data)


def test_a_calendar_of_free_events_only_is_refused() -> None:
    data = google_bytes().replace(b"TRANSP:OPAQUE", b"TRANSP:TRANSPARENT")
    with pytest.raises(ValueError, match="free"):
        read(data)


def test_a_broken_rrule_names_the_property_and_line() -> None:
    data = google_bytes().replace(
        b"RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=FR,SA", b"RRULE:FREQ=FORTNIGHTLY;BYDAY=FR,SA"
    )
    line = data[: data.index(b"FORTNIGHTLY")].count(b"\n") + 1
    with pytest.raises(ValueError, match=rf"line {line}: event 'On call'.*RRULE"):
        read(data)


def test_a_series_repeating_every_second_is_refused_without_expanding_it() -> None:
    # Found by the fuzz suite: expanded in full, such a rule took the test machine's memory
    # (16 GB) before any error could be said.
    data = google_bytes().replace(b"RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=FR,SA", b"RRULE:FREQ=SECONDLY")
    line = data[: data.index(b"FREQ=SECONDLY")].count(b"\n") + 1
    with pytest.raises(
        ValueError, match=rf"line {line}: event .On call.*repeats every second"
    ) as info:
        read(data)
    assert "cal.ics" in str(info.value) and "remove or shorten that series" in str(info.value)


def test_a_weekly_window_counted_past_any_horizon_stays_open() -> None:
    # COUNT=99999999 weekly ends in the year 1,900,000: within any horizon it does not end, and
    # the import must not list a hundred million occurrences to find that out.
    data = google_bytes().replace(
        b"RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20251231T045959Z;BYDAY=MO,TU,WE,TH",
        b"RRULE:FREQ=WEEKLY;WKST=SU;COUNT=99999999;BYDAY=MO,TU,WE,TH",
    )
    history = read_ics_calendar(
        data, source="cal.ics", default_zone="UTC", now=IMPORT_CLOCK.now()
    ).history()
    assert history.state_at(utc("2025-01-06T08:30:00-05:00")) is State.IN_HOURS
    # The old 08:00 start, which the UNTIL had ended, now goes on: Monday 3 June 2030.
    assert history.state_at(utc("2030-06-03T08:30:00-04:00")) is State.IN_HOURS


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, this is not a calendar\n", b"\xff\xfe\x00garbage", b"END:VCALENDAR\r\n"],
)
def test_not_a_calendar_at_all(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"cal\.ics"):
        read(data)


@pytest.mark.parametrize("breakage", ["truncated", "bad_tzid", "no_events"])
def test_a_broken_import_changes_nothing(tmp_path: Path, breakage: str) -> None:
    home = tmp_path / "p"
    import_fixture(home, "outlook-london.ics")
    before = cli(home, "schedule", "show", "--json").json()
    data = google_bytes()
    bad = {
        "truncated": data[: len(data) // 2],
        "bad_tzid": data.replace(b"TZID=America/Toronto:20260105", b"TZID=Nowhere/Land:20260105"),
        "no_events": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    }[breakage]
    path = tmp_path / "broken.ics"
    path.write_bytes(bad)
    r = cli(home, "schedule", "import", str(path), clock=IMPORT_CLOCK)
    assert r.status == 2
    assert "broken.ics" in r.err and "Nothing was changed" in r.err
    assert cli(home, "schedule", "show", "--json").json() == before


def test_import_reports_what_it_found(tmp_path: Path) -> None:
    out = import_fixture(tmp_path / "p", "apple-jerusalem.ics")
    assert "2 window(s) and 3 exception(s) in Asia/Jerusalem" in out


def customized(name: str, windows_name: str) -> bytes:
    """An Outlook file whose zone is only a VTIMEZONE block called "Customized Time Zone"."""
    return (FIXTURES / name).read_bytes().replace(windows_name.encode(), b"Customized Time Zone")


def test_outlook_customized_time_zone_is_recognised_by_its_rules() -> None:
    toronto = customized("outlook-toronto.ics", "Eastern Standard Time")
    sydney = customized("outlook-sydney.ics", "AUS Eastern Standard Time")
    # The user's own zone wins when it keeps the same clock...
    mine = read_ics(toronto, source="t.ics", default_zone="America/Toronto", now=IMPORT_CLOCK.now())
    assert mine.timezone == "America/Toronto" and len(mine.windows) == 2
    # ...otherwise the block's rules pick an IANA zone; two files with the same TZID but
    # different rules, read one after the other, each keep their own rules.
    s1 = read_ics(sydney, source="s.ics", default_zone="UTC", now=IMPORT_CLOCK.now())
    t1 = read_ics(toronto, source="t.ics", default_zone="UTC", now=IMPORT_CLOCK.now())
    s2 = read_ics(sydney, source="s.ics", default_zone="UTC", now=IMPORT_CLOCK.now())
    assert (s1.timezone, t1.timezone, s2.timezone) == (
        "Australia/Sydney",
        "America/New_York",
        "Australia/Sydney",
    )
    history = ScheduleHistory.single(s2)
    assert history.state_at(z(2026, 4, 4, 16, 30)) is State.ON_CALL  # 02:30 AEST, fall back


def test_same_clock_tells_equivalent_zones_apart() -> None:
    from zoneinfo import ZoneInfo

    from after_hours.availability.calendars.ics_format import same_clock

    same = [("America/Toronto", "America/New_York"), ("Europe/London", "Europe/Lisbon")]
    different = [
        ("America/Toronto", "America/Chicago"),
        ("Europe/London", "Europe/Paris"),
        ("Asia/Jerusalem", "Asia/Gaza"),  # same offsets, different change dates
        ("Australia/Sydney", "Australia/Brisbane"),
    ]
    for a, b in same:
        assert same_clock(ZoneInfo(a), ZoneInfo(b)), (a, b)
    for a, b in different:
        assert not same_clock(ZoneInfo(a), ZoneInfo(b)), (a, b)
