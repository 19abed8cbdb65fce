"""Small helpers shared by tests: running the CLI in-process and building schedules."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
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


_LANGUAGE_VARIABLES = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "AFTER_HOURS_HOME"}


def run_app(
    home: Path, *args: str, stdin: str | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m after_hours --home HOME ARGS`` in a fresh process.

    The caller's language variables are dropped and ``env`` added, so a test says exactly
    which language the command sees (a developer's machine may be in French).
    """
    clean = {k: v for k, v in os.environ.items() if k not in _LANGUAGE_VARIABLES}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "after_hours", "--home", str(home), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=clean,
        timeout=timeout,
    )
