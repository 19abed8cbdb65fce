"""Start at login: the XDG file written and removed; Windows and macOS entries checked as text."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from configparser import ConfigParser
from pathlib import Path

import pytest

from after_hours.availability.autostart import (
    APP_ID,
    Autostart,
    desktop_entry,
    launch_agent_plist,
    launch_command,
    windows_run_value,
)

CMD = ["/opt/After Hours/after-hours", "--home", "/home/sam/my profile", "--minimized"]


def test_linux_toggle_writes_and_removes_the_desktop_file(tmp_path: Path) -> None:
    auto = Autostart("linux", config_home=tmp_path)
    assert not auto.is_enabled()
    auto.enable(CMD)
    path = tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert auto.is_enabled() and path.exists()
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text())
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == (
        '"/opt/After Hours/after-hours" --home "/home/sam/my profile" --minimized'
    )
    auto.disable()
    assert not auto.is_enabled() and not path.exists()
    auto.disable()  # idempotent


def test_the_written_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-utils is not installed")
    Autostart("linux", config_home=tmp_path).enable(CMD)
    path = tmp_path / "autostart" / f"{APP_ID}.desktop"
    r = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_percent_signs_are_escaped_for_the_exec_key() -> None:
    assert "Exec=/x/100%%/after-hours --minimized" in desktop_entry(
        ["/x/100%/after-hours", "--minimized"]
    )


def test_windows_run_value_quotes_every_argument() -> None:
    value = windows_run_value([r"C:\Program Files\After Hours\after-hours.exe", "--minimized"])
    assert value == r'"C:\Program Files\After Hours\after-hours.exe" "--minimized"'
    assert "CurrentVersion\\Run" in Autostart("win32").location()


def test_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    data = plistlib.loads(launch_agent_plist(CMD))
    assert data == {
        "Label": APP_ID,
        "ProgramArguments": CMD,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    auto = Autostart("darwin", user_home=tmp_path)
    auto.enable(CMD)
    assert (tmp_path / "Library/LaunchAgents" / f"{APP_ID}.plist").exists()
    assert auto.is_enabled()


def test_launch_command_starts_hidden_in_the_tray() -> None:
    cmd = launch_command("/p")
    assert cmd[-3:] == ["--home", "/p", "--minimized"]
