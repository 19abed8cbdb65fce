"""SIGTERM (logout, ``kill``) and SIGINT (Ctrl+C) quit the app cleanly, like the tray's Quit.

The app runs as a real process on a fresh profile. The lock file appears only after the
signal handling is in place, so the test waits for it, checks every profile file is private
while the app runs, sends the signal, and expects status 0 with the store closed: SQLite
removes the WAL side files when the last connection closes, and the lock is released.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

LOCK = "app.lock"


def wait_for(paths: list[Path], proc: subprocess.Popen[str], timeout: float = 60.0) -> None:
    """Wait until ``paths`` exist (the lock, then the store), or fail if the app ended first."""
    deadline = time.monotonic() + timeout
    while not all(path.exists() for path in paths):
        if proc.poll() is not None:
            _out, err = proc.communicate()
            pytest.fail(f"the app ended with {proc.returncode} before opening its store: {err}")
        if time.monotonic() > deadline:
            pytest.fail("the app never opened its store")
        time.sleep(0.05)  # polling a file the app creates; not a timing assumption


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_quits_with_status_0_and_closes_the_store(tmp_path: Path, sig: int) -> None:
    home = tmp_path / "profile"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "after_hours", "--home", str(home), "--minimized"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for([home / LOCK, home / "after-hours.db"], proc)
        modes = {p.name: p.stat().st_mode & 0o777 for p in home.rglob("*") if p.is_file()}
        assert set(modes.values()) == {0o600}, modes
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    left = sorted(p.name for p in home.iterdir())
    assert left == ["after-hours.db"], left  # no -wal/-shm: closed; no app.lock: released
