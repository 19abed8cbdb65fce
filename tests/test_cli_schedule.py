"""``status`` and ``schedule import/export/show`` through the real CLI entry point."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from after_hours.availability.clock import ManualClock
from tests.helpers import cli

SCHEDULE = """\
timezone = "America/Toronto"

[[window]]
days = ["mon", "tue", "wed", "thu", "fri"]
start = "09:00"
end = "17:00"

[[window]]
days = ["mon", "tue", "wed", "thu"]
start = "22:00"
end = "02:00"
kind = "on-call"

[[exception]]
start = 2026-12-24
end = 2026-12-28
kind = "unavailable"
label = "Holidays"
"""


def imported(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "hours.toml"
    f.write_text(SCHEDULE)
    r = cli(home, "schedule", "import", str(f))
    assert r.status == 0, r.err
    assert "2 window(s) and 1 exception(s)" in r.out


def test_status_json_off_hours_friday_night(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    r = cli(home, "status", "--at", "2026-11-20T23:40:00-05:00", "--json")
    assert r.status == 0, r.err
    data = r.json()
    assert data["available"] is False
    assert data["window"] is None
    assert datetime.fromisoformat(data["next_available"]) == datetime(
        2026, 11, 23, 14, 0, tzinfo=UTC
    )
    assert datetime.fromisoformat(data["next_change"]) == datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
    assert data["timezone"] == "America/Toronto"


def test_status_json_on_call_window(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    data = cli(home, "status", "--at", "2026-11-19T23:00:00-05:00", "--json").json()
    assert data["available"] is True
    assert data["window"]["kind"] == "on-call"
    assert datetime.fromisoformat(data["window"]["start"]) == datetime(
        2026, 11, 20, 3, 0, tzinfo=UTC
    )
    assert datetime.fromisoformat(data["window"]["end"]) == datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
    assert datetime.fromisoformat(data["next_available"]) == datetime(
        2026, 11, 20, 14, 0, tzinfo=UTC
    )


def test_status_text_uses_the_clock(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    cli(home, "schedule", "show")  # exercise show on the same profile
    clock = ManualClock(datetime(2026, 11, 18, 15, 0, tzinfo=UTC))  # Wed 10:00 Toronto
    r = cli(home, "status", clock=clock)
    assert r.status == 0
    assert r.out.startswith("Available until")


def test_broken_schedule_names_the_problem_and_changes_nothing(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    bad = tmp_path / "bad.toml"
    bad.write_text(SCHEDULE.replace('start = "22:00"', 'start = "25:99"'))
    r = cli(home, "schedule", "import", str(bad))
    assert r.status == 2
    assert "window 2" in r.err and "start" in r.err and "Nothing was changed" in r.err
    shown = cli(home, "schedule", "show", "--json").json()
    assert shown["window"][1]["start"] == "22:00"


def test_export_then_import_gives_the_same_answers(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    out = tmp_path / "out.toml"
    assert cli(home, "schedule", "export", str(out)).status == 0
    other = tmp_path / "other"
    assert cli(other, "schedule", "import", str(out)).status == 0
    for t in ("2026-11-19T23:00:00-05:00", "2026-12-24T10:00:00-05:00", "2026-11-21T12:00:00Z"):
        assert (
            cli(home, "status", "--at", t, "--json").json()
            == cli(other, "status", "--at", t, "--json").json()
        )


def test_bad_instant_is_a_plain_error(home: Path) -> None:
    r = cli(home, "status", "--at", "next tuesday")
    assert r.status == 2
    assert "Not a date and time" in r.err


def test_status_without_a_schedule_says_so(home: Path) -> None:
    r = cli(home, "status")
    assert r.status == 0
    assert "No schedule yet" in r.out


def run_entry(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from after_hours.ui.main import main; sys.exit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_headless_subcommands_never_import_qt(home: Path) -> None:
    code = (
        "import sys; from after_hours.ui.main import main; rc = main(['--home', sys.argv[1], 'status', '--json']);"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', file=sys.stderr);"
        "sys.exit(rc)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(home)], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert "NOQT" in r.stderr


def test_no_display_gives_one_plain_sentence(home: Path) -> None:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    r = run_entry("--home", str(home), env=env)
    assert r.returncode == 1
    assert "no display found" in r.stderr
    assert "qt.qpa" not in r.stderr and "platform plugin" not in r.stderr


def test_starting_the_app_does_not_load_every_command(home: Path) -> None:
    """The common case, starting the app, skips building the subcommands' parsers."""
    code = (
        "import sys; from after_hours.availability.cli import Extensions, run;"
        "rc = run(['--home', sys.argv[1]], extensions=Extensions(start_gui=lambda a: 7));"
        "loaded = [m for m in sys.modules if m.startswith('after_hours.availability.cli.commands_')];"
        "print(rc, loaded)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(home)], capture_output=True, text=True, timeout=60
    )
    assert r.stdout.strip() == "7 []", r.stdout + r.stderr


def test_timed_exceptions_survive_a_toml_round_trip(home: Path, tmp_path: Path) -> None:
    """A leave afternoon (date-times, not whole days) exports as valid TOML and imports back."""
    f = tmp_path / "hours.toml"
    f.write_text(
        SCHEDULE
        + '\n[[exception]]\nstart = 2026-03-06T13:00:00\nend = 2026-03-06T17:00:00\nlabel = "Dentist"\n'
    )
    assert cli(home, "schedule", "import", str(f)).status == 0
    out = tmp_path / "out.toml"
    assert cli(home, "schedule", "export", str(out)).status == 0
    other = tmp_path / "other"
    r = cli(other, "schedule", "import", str(out))
    assert r.status == 0, r.err
    t = "2026-03-06T14:00:00-05:00"
    assert cli(other, "status", "--at", t, "--json").json()["available"] is False
    assert (
        cli(home, "schedule", "show", "--json").json()
        == cli(other, "schedule", "show", "--json").json()
    )
