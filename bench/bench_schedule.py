"""The schedule engine and the ``.ics`` importer on a realistic and a large calendar.

No target in the design brief; these figures show regressions. The large calendar is a work
calendar export: weekly clinic hours plus 2,000 one-off meetings over two years (each an
``available`` exception), the worst realistic case for the engine's exception scan.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from after_hours.availability.calendars.ics_format import read_ics
from after_hours.availability.schedule import ScheduleHistory
from after_hours.availability.status import compute_status
from bench.result import Result, median

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ics"
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def big_calendar(meetings: int = 2000) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//After Hours//bench//EN",
        "BEGIN:VEVENT",
        "UID:clinic",
        "DTSTAMP:20260101T000000Z",
        "SUMMARY:Clinic",
        "DTSTART;TZID=America/Toronto:20260105T090000",
        "DTEND;TZID=America/Toronto:20260105T170000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "END:VEVENT",
    ]
    rng = random.Random(7)
    for i in range(meetings):
        start = datetime(2025, 3, 1) + timedelta(
            days=rng.randrange(730), hours=rng.randrange(7, 20)
        )
        end = start + timedelta(minutes=rng.choice([30, 60, 90]))
        lines += [
            "BEGIN:VEVENT",
            f"UID:meeting-{i}",
            "DTSTAMP:20260101T000000Z",
            "SUMMARY:Meeting",
            f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode()


def _timed(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def run() -> list[Result]:
    files = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.glob("*.ics"))]

    def import_fixtures() -> None:
        for name, data in files:
            read_ics(data, source=name, default_zone="America/Toronto", now=NOW)

    big = big_calendar()
    schedule = read_ics(big, source="big.ics", default_zone="UTC", now=NOW)
    history = ScheduleHistory.single(schedule)
    instants = [NOW + timedelta(hours=7 * i) for i in range(20)]

    def statuses() -> None:
        for at in instants:
            compute_status(history, at, schedule.timezone)

    per_file = _timed(import_fixtures) / len(files)
    big_import = _timed(lambda: read_ics(big, source="big.ics", default_zone="UTC", now=NOW), 3)
    per_status = _timed(statuses, 3) / len(instants)
    return [
        Result(".ics import, exporter fixtures (per file)", per_file * 1000, "ms"),
        Result(".ics import, 2,000 meetings + weekly hours", big_import * 1000, "ms"),
        Result(
            "status on that calendar (per call)",
            per_status * 1000,
            "ms",
            note=f"{len(schedule.exceptions)} exceptions",
        ),
    ]
