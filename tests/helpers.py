"""Small helpers shared by tests: running the CLI in-process and building schedules."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

from after_hours.availability.cli import run
from after_hours.availability.clock import Clock
from after_hours.availability.schedule import Schedule, Window, WindowKind

WEEKDAYS = frozenset(range(5))


@dataclass
class CliResult:
    status: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(home: Path, *args: str, clock: Clock | None = None, stdin: str = "") -> CliResult:
    out, err = io.StringIO(), io.StringIO()
    status = run(
        ["--home", str(home), *args], clock=clock, stdout=out, stderr=err, stdin=io.StringIO(stdin)
    )
    return CliResult(status, out.getvalue(), err.getvalue())


def office_hours(tz: str = "America/Toronto", *, on_call: bool = False) -> Schedule:
    """Mon-Fri 09:00-17:00, optionally with on-call Mon-Thu 22:00-02:00."""
    windows = [Window(WEEKDAYS, time(9), time(17))]
    if on_call:
        windows.append(Window(frozenset(range(4)), time(22), time(2), WindowKind.ON_CALL))
    return Schedule(tz, tuple(windows))
