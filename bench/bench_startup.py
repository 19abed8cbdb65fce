"""Start-up and idle memory against a bare PySide6 window, and the headless CLI's start-up.

The design brief's targets: start to first window and idle memory each <= 1.5x a bare
PySide6 window on the same machine. ``status --json`` never loads Qt, so it is compared with
a bare interpreter start.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.procs import (
    after_hours_command,
    bare_window_command,
    env,
    idle_cpu_percent,
    idle_rss,
    wall_times,
)
from bench.result import Result, median

SCHEDULE = b"""\
timezone = "America/Toronto"
[[window]]
days = ["mon", "tue", "wed", "thu", "fri"]
start = "09:00"
end = "17:00"
[[window]]
days = ["fri", "sat"]
start = "20:00"
end = "08:00"
kind = "on-call"
"""


def _profile(tmp: Path) -> Path:
    """A profile with a schedule, made once so runs measure a warm start, not a first run."""
    home = tmp / "profile"
    schedule = tmp / "hours.toml"
    schedule.write_bytes(SCHEDULE)
    subprocess.run(
        [*after_hours_command(), "--home", str(home), "schedule", "import", str(schedule)],
        check=True,
        capture_output=True,
        env=env(),
        timeout=120,
    )
    return home


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        home = _profile(Path(tmp))
        app = [*after_hours_command(), "--home", str(home)]
        bare, started = wall_times([bare_window_command(), [*app, "--exit-after-start"]])
        bare_start, app_start = median(bare), median(started)
        python, status_runs = wall_times(
            [[sys.executable, "-c", "pass"], [*app, "status", "--json"]]
        )
        python_start, status = median(python), median(status_runs)
        bare_rss = idle_rss([*bare_window_command(), "--stay"])
        app_rss = idle_rss(app)
        app_cpu = idle_cpu_percent(app)
    return [
        Result("bare PySide6 window: start, paint, quit", bare_start, "s"),
        Result(
            "after-hours --exit-after-start",
            app_start,
            "s",
            baseline=bare_start,
            baseline_name="bare window",
            target=1.5,
        ),
        Result(
            "after-hours status --json",
            status,
            "s",
            baseline=python_start,
            baseline_name="python -c pass",
            note="headless: no Qt imported",
        ),
        Result("bare PySide6 window: idle memory (RSS)", bare_rss, "MiB"),
        Result(
            "after-hours idle memory (RSS)",
            app_rss,
            "MiB",
            baseline=bare_rss,
            baseline_name="bare window",
            target=1.5,
        ),
        Result(
            "after-hours idle CPU (30 s, after start-up)",
            app_cpu,
            "%",
            target=0.5,
            note="percent of one core; tray, reminders and the status timer running",
        ),
    ]
