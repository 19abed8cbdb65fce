"""Hostile ``.ics`` and ``.toml`` schedules: a schedule or a ScheduleFormatError, nothing else.

Through ``load_schedule`` (what the wizard, the Schedule page and the CLI call) and, for a
share of the cases, the real ``schedule import`` command, which must leave the profile's
schedule history exactly as it was when it refuses a file.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from after_hours.availability.calendars import ScheduleFormatError, load_schedule
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import Schedule
from after_hours.availability.store import open_profile
from tests.helpers import cli
from tests.reliability.fuzzing import fuzz

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "ics").glob("*.ics"))
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ICS_LINES = [
    b"BEGIN:VCALENDAR",
    b"END:VCALENDAR",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"BEGIN:VTIMEZONE",
    b"END:VTIMEZONE",
    b"DTSTART:20250106T080000Z",
    b"DTSTART;TZID=Nowhere/Land:20250106T080000",
    b"DTSTART;VALUE=DATE:20251224",
    b"DTEND:20250106T070000Z",
    b"RRULE:FREQ=WEEKLY;BYDAY=MO,TU;COUNT=99999999",
    b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=WEEKLY;UNTIL=garbage",
    b"EXDATE:notadate",
    b"RDATE;VALUE=PERIOD:20250106T080000Z/PT1H",
    b"DURATION:-P1D",
    b"X-MICROSOFT-CDO-BUSYSTATUS:OOF",
    b"TRANSP:TRANSPARENT",
    b"TZID:Eastern Standard Time",
    b" folded continuation",
    b"SUMMARY:\xff\xfe bad utf-8",
    b"\x00\x01\x02",
]


def _import(tmp: Path, name: str, data: bytes) -> Schedule | None:
    path = tmp / name
    path.write_bytes(data)
    try:
        return load_schedule(path, default_zone="America/Toronto", now=NOW)
    except ScheduleFormatError as exc:
        message = str(exc)
        assert name in message or "Cannot read" in message, message
        assert "Traceback" not in message
        return None


@st.composite
def mutated_ics(draw: st.DrawFn) -> bytes:
    """A real export from a calendar program, damaged the way files get damaged."""
    lines = draw(st.sampled_from(FIXTURES)).read_bytes().splitlines()
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["drop", "dup", "swap", "insert", "garble", "cut"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            lines = [b""]
        if action == "drop":
            del lines[at]
        elif action == "dup":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert":
            lines.insert(at, draw(st.sampled_from(ICS_LINES)))
        elif action == "garble":
            line = lines[at]
            pos = draw(st.integers(0, len(line)))
            lines[at] = line[:pos] + draw(st.binary(max_size=8)) + line[pos + 1 :]
        else:
            lines = lines[:at]
    return b"\r\n".join(lines)


@fuzz(60)
@given(data=mutated_ics())
@example(data=b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20250106T080000Z\r\nEND:VCALENDAR")
@example(data=FIXTURES[0].read_bytes()[:700])
# Found by this suite: two DTSTART lines in one event, two TZID lines in one VTIMEZONE.
@example(
    data=FIXTURES[0].read_bytes().replace(b"DTSTART;", b"DTSTART:20250106T080000Z\r\nDTSTART;", 1)
)
@example(data=FIXTURES[0].read_bytes().replace(b"TZID:", b"TZID:Asia/Jerusalem\r\nTZID:", 1))
def test_a_damaged_calendar_export_gives_a_schedule_or_a_clear_error(
    tmp_path: Path, data: bytes
) -> None:
    schedule = _import(tmp_path, "hours.ics", data)
    if schedule is not None:
        assert schedule.windows or schedule.exceptions


@fuzz(60)
@given(data=st.binary(max_size=2000))
@example(data=b"")
@example(data=b"\xef\xbb\xbf")
@example(data=b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
def test_random_bytes_named_ics_are_refused_clearly(tmp_path: Path, data: bytes) -> None:
    _import(tmp_path, "random.ics", data)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)  # a TOML basic string


_scalar = st.one_of(
    st.sampled_from(
        ["09:00", "17:00", "24:00", "25:61", "2026-12-24", "2026-12-24T09:00:00", "mon", "sun"]
    ),
    st.sampled_from(["regular", "on-call", "unavailable", "available", "America/Toronto"]),
    st.text(max_size=12),
    st.integers(-(2**40), 2**40),
    st.booleans(),
)
_field = st.sampled_from(["days", "start", "end", "kind", "label", "timezone", "extra"])
_table = st.dictionaries(_field, st.one_of(_scalar, st.lists(_scalar, max_size=4)), max_size=6)


@st.composite
def toml_schedules(draw: st.DrawFn) -> bytes:
    """Schedules a person might write by hand, with every field possibly wrong."""
    lines = []
    zone = draw(st.one_of(st.none(), _scalar))
    if zone is not None:
        lines.append(f"timezone = {_toml_value(zone)}")
    for section in ("window", "exception"):
        for table in draw(st.lists(_table, max_size=4)):
            lines.append(f"[[{section}]]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in table.items()]
    return "\n".join(lines).encode("utf-8")


@fuzz(120)
@given(data=toml_schedules())
@example(data=b'timezone = "America/Toronto"\n[[window]]\ndays = ["mon"]\nstart = "09:00"\n')
@example(data=b'timezone = "Mars/Olympus"\n')
@example(data=b'timezone = "UTC"\n[[exception]]\nstart = 5\nend = true\nkind = "available"\n')
def test_a_hand_written_toml_schedule_gives_a_schedule_or_a_clear_error(
    tmp_path: Path, data: bytes
) -> None:
    _import(tmp_path, "hours.toml", data)


@fuzz(40)
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_random_text_named_toml_is_refused_clearly(tmp_path: Path, data: bytes) -> None:
    _import(tmp_path, "random.toml", data)


@fuzz(25)
@given(data=st.one_of(mutated_ics(), toml_schedules()), suffix=st.sampled_from([".ics", ".toml"]))
def test_schedule_import_through_the_cli_changes_all_or_nothing(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    home = tmp_path / "profile"
    clock = ManualClock(NOW)
    good = FIXTURES[0]
    assert cli(home, "schedule", "import", str(good), clock=clock).status == 0
    with open_profile(home) as profile:
        before = list(profile.db.execute("SELECT * FROM schedule_versions ORDER BY id"))
    path = tmp_path / f"candidate{suffix}"
    path.write_bytes(data)
    done = cli(home, "schedule", "import", str(path), clock=clock)
    with open_profile(home) as profile:
        after = list(profile.db.execute("SELECT * FROM schedule_versions ORDER BY id"))
    if done.status == 0:
        assert "Imported" in done.out
        # A new version from today on (or today's version replaced): never more than one.
        assert len(after) in (len(before), len(before) + 1)
    else:
        assert done.status == 2
        assert done.err.startswith("after-hours: ") and "Nothing was changed" in done.err
        assert after == before
