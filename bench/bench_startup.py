"""Start-up and idle memory against a bare PySide6 window, and the headless CLI's start-up.

The design brief's targets: start to first window and idle memory each <= 1.5x a bare
PySide6 window on the same machine. ``status --json`` never loads Qt, so it is compared with
a bare interpreter start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.procs import (
    after_hours_command,
    app_pages_command,
    bare_window_command,
    env,
    idle_together,
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


IDLE_S = float(os.environ.get("AFTER_HOURS_BENCH_IDLE_S", "60"))


def _profile(tmp: Path) -> Path:
    """The demo profile (a sample year, first run done, so the window opens on Today).

    Made once before timing, so runs measure a warm start, not a first run's migrations.
    """
    home = tmp / "profile"
    subprocess.run(
        [*after_hours_command(), "--home", str(home), "demo"],
        check=True,
        capture_output=True,
        env=env(),
        timeout=300,
    )
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
        # A copy of the profile for the page visitor: one app instance runs per profile.
        pages_home = Path(tmp) / "pages-profile"
        shutil.copytree(home, pages_home)
        (bare_rss, _, bare_parts), (app_rss, app_cpu, app_parts), (pages_rss, _, pages_parts) = (
            idle_together(
                [[*bare_window_command(), "--stay"], app, app_pages_command(pages_home)], IDLE_S
            )
        )
    idle = f"after {IDLE_S:g} s idle"
    return [
        Result("bare PySide6 window: start, paint, quit", bare_start, "s"),
        Result(
            "after-hours --exit-after-start",
            app_start,
            "s",
            baseline=bare_start,
            baseline_name="bare window",
            target=1.5,
            note="demo profile, opens on Today",
        ),
        Result(
            "after-hours status --json",
            status,
            "s",
            baseline=python_start,
            baseline_name="python -c pass",
            target=4.0,
            note="headless: no Qt imported",
        ),
        Result(f"bare PySide6 window: idle memory (RSS) {idle}", bare_rss, "MiB", note=bare_parts),
        Result(
            f"after-hours idle memory (RSS) on Today {idle}",
            app_rss,
            "MiB",
            baseline=bare_rss,
            baseline_name="bare window",
            target=1.5,
            note=app_parts,
        ),
        Result(
            f"after-hours idle memory (RSS), every page visited once, {idle}",
            pages_rss,
            "MiB",
            baseline=bare_rss,
            baseline_name="bare window",
            target=2.0,
            note=pages_parts,
        ),
        Result(
            "after-hours idle CPU (after start-up)",
            app_cpu,
            "%",
            target=0.5,
            note=f"percent of one core from 10 s to {IDLE_S:g} s; tray, reminders, status timer",
        ),
    ]
