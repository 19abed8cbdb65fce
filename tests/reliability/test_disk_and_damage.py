"""A full disk and a damaged profile: a plain sentence, nothing lost, and a way back.

The full disk is real: a 2 MB tmpfs mounted for the test (root only; skipped otherwise, with
the reason). The damaged profiles are real files overwritten the ways files get damaged.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import open_profile
from tests.helpers import cli

CLOCK = ManualClock(datetime(2026, 11, 20, 12, tzinfo=UTC))
FULL = "is full or failing: nothing was saved. Free some space and try again"
DAMAGED = (
    "is damaged or is not an After Hours database. Restore a backup with `after-hours restore`."
)


def _log(home: Path, n: int) -> list[int]:
    ids = []
    for i in range(n):
        at = (datetime(2026, 11, 2, 20, tzinfo=UTC) + timedelta(hours=i)).isoformat()
        done = cli(home, "log", "--channel", "text", "--at", at, clock=CLOCK)
        assert done.status == 0, done.err
        ids.append(int(done.out))
    return ids


def _ids(home: Path) -> list[int]:
    return [c["id"] for c in cli(home, "contacts", "--json", clock=CLOCK).json()]


# -- a damaged profile ---------------------------------------------------------------------


def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


def _zeroed_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def _text_file(db: Path) -> None:
    db.write_text("Dear diary, today I overwrote a database with a note.\n" * 50)


@pytest.mark.parametrize("damage", [_garbage, _zeroed_header, _text_file])
def test_a_damaged_profile_is_named_and_restore_brings_the_last_backup_back(
    home: Path, damage: object
) -> None:
    kept = _log(home, 5)
    assert cli(home, "backup", clock=CLOCK).status == 0
    with open_profile(home) as profile:
        profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(home / "after-hours.db")  # type: ignore[operator]
    for command in (["status"], ["contacts"], ["log", "--channel", "text"]):
        done = cli(home, *command, clock=CLOCK)
        assert done.status == 2
        assert done.err.strip().endswith(DAMAGED), done.err
    listed = cli(home, "backups", clock=CLOCK)  # without opening the damaged database
    assert listed.status == 0 and listed.out.count("\n") == 1
    done = cli(home, "restore", clock=CLOCK)
    assert done.status == 0, done.err
    assert "The damaged database was kept as " in done.out
    assert _ids(home) == kept
    aside = list(home.glob("after-hours.db.damaged-*"))
    assert len(aside) == 1 and aside[0].stat().st_size > 0  # never deleted
    with open_profile(home) as profile:
        assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert cli(home, "log", "--channel", "text", clock=CLOCK).status == 0


def test_restore_refuses_a_damaged_backup_over_a_damaged_profile(home: Path) -> None:
    _log(home, 2)
    assert cli(home, "backup", clock=CLOCK).status == 0
    (backup_file,) = list((home / "backups").glob("*.db"))
    _garbage(backup_file)
    _garbage(home / "after-hours.db")
    done = cli(home, "restore", clock=CLOCK)
    assert done.status == 2
    assert "is damaged too" in done.err or "is damaged or is not" in done.err
    assert not list(home.glob("after-hours.db.damaged-*"))  # nothing was moved


# -- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB filesystem (tmpfs), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a 2 MB tmpfs")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave: int, name: str = "filler") -> Path:
    """Take all the free space but ``leave`` bytes."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    filler = disk / name
    with filler.open("wb") as out:
        out.write(b"\0" * max(free - leave, 0))
    return filler


def _csv(path: Path, rows: int) -> Path:
    lines = ["at,channel,client,minutes,note"]
    start = datetime(2025, 1, 6, 8, tzinfo=UTC)
    lines += [
        f"{(start + timedelta(minutes=9 * i)).isoformat()},sms,J.D.,3,{'a longer note ' * 20}{i}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_full_disk_is_said_plainly_loses_nothing_and_imports_all_or_nothing(
    small_disk: Path, tmp_path: Path
) -> None:
    home = small_disk / "profile"
    kept = _log(home, 10)
    big = _csv(tmp_path / "year.csv", 4000)  # about 1.3 MB: more than will be free
    filler = _fill(small_disk, leave=160_000)
    done = cli(home, "contacts", "import", str(big), clock=CLOCK)
    assert done.status == 2
    assert FULL in done.err and "Traceback" not in done.err
    assert _ids(home) == kept  # not one row of the import, nothing earlier lost
    backup = cli(home, "backup", clock=CLOCK)
    if backup.status != 0:  # no room for a copy: said, and no half copy left to restore from
        assert FULL in backup.err
        assert cli(home, "backups", clock=CLOCK).out == ""
        assert not [p for p in (home / "backups").iterdir()]
    _fill(small_disk, leave=0, name="filler-rest")
    while True:  # the last few pages go to single contacts until even that fails
        done = cli(home, "log", "--channel", "text", clock=CLOCK)
        if done.status != 0:
            break
        kept.append(int(done.out))
    assert FULL in done.err
    filler.unlink()
    for extra in small_disk.glob("filler*"):
        extra.unlink()
    with open_profile(home) as profile:
        assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _ids(home) == kept
    smaller = _csv(tmp_path / "month.csv", 300)
    done = cli(home, "contacts", "import", str(smaller), clock=CLOCK)
    assert done.status == 0 and done.out.startswith("Imported 300 contact(s)"), done.err
    assert len(_ids(home)) == len(kept) + 300
    assert sqlite3.connect(home / "after-hours.db").execute("PRAGMA quick_check").fetchone() == (
        "ok",
    )
