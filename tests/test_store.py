"""The profile store: permissions, migrations, refusal of newer databases, backups, concurrency."""

from __future__ import annotations

import multiprocessing
import sqlite3
import stat
from pathlib import Path

import pytest

from after_hours.availability.store import (
    ProfileTooNewError,
    Settings,
    StoreError,
    backup,
    list_backups,
    open_profile,
    restore,
)
from after_hours.availability.store.migrations import known_names, migrations


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_profile_is_private(home: Path) -> None:
    with open_profile(home) as p:
        Settings(p.db).set("profile.name", "Sam")
        p.secure_files()
        assert mode(home) == 0o700
        for f in home.iterdir():
            if f.is_file():
                assert mode(f) == 0o600, f


def test_wal_and_foreign_keys_are_on(profile) -> None:  # type: ignore[no-untyped-def]
    assert profile.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert profile.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert profile.db.execute("PRAGMA user_version").fetchone()[0] == len(known_names())


def test_reopening_applies_nothing_twice(home: Path) -> None:
    open_profile(home).close()
    with open_profile(home) as p:
        assert [m.name for m in migrations.applied(p.db)] == known_names()
        assert migrations.pending(p.db) == []


def test_database_from_a_newer_version_is_refused_and_untouched(home: Path) -> None:
    open_profile(home).close()
    conn = sqlite3.connect(home / "after-hours.db")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ("after-hours", "9999_from_the_future", "2030-01-01"),
    )
    conn.commit()
    conn.close()
    before = (home / "after-hours.db").read_bytes()
    with pytest.raises(ProfileTooNewError, match="newer After Hours"):
        open_profile(home)
    assert (home / "after-hours.db").read_bytes() == before


def test_settings_have_defaults_and_persist(home: Path) -> None:
    with open_profile(home) as p:
        s = Settings(p.db)
        assert s.get("profile.region") == "CA"
        s.set("profile.region", "UK")
        with pytest.raises(KeyError):
            s.set("no.such.key", 1)
    with open_profile(home) as p:
        assert Settings(p.db).get("profile.region") == "UK"


def test_backup_and_restore_round_trip(home: Path) -> None:
    with open_profile(home) as p:
        s = Settings(p.db)
        s.set("profile.name", "Before")
        made = backup(p, reason="manual")
        assert mode(made) == 0o600
        s.set("profile.name", "After")
        restore(p, made)
        assert Settings(p.db).get("profile.name") == "Before"
        # The state before the restore was itself backed up.
        assert any("pre-restore" in b.name for b in list_backups(p))


def test_restore_refuses_a_damaged_backup_and_keeps_data(home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with open_profile(home) as p:
        Settings(p.db).set("profile.name", "Kept")
        with pytest.raises(StoreError):
            restore(p, junk)
        assert Settings(p.db).get("profile.name") == "Kept"


def test_unwritable_folder_gives_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the profile folder"):
        open_profile(blocker / "profile")


def _writer(home: str, name: str, n: int) -> None:
    with open_profile(home) as p:
        for i in range(n):
            with p.db.atomic():
                p.db["settings"].upsert({"key": f"test.{name}.{i}", "value": "1"}, pk="key")


def test_two_processes_writing_at_once_keep_the_database_intact(home: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(home), n, 200)) for n in ("a", "b")]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    with open_profile(home) as p:
        assert p.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            p.db.execute("SELECT count(*) FROM settings WHERE key LIKE 'test.%'").fetchone()[0]
            == 400
        )


def test_daily_backup_is_made_once_a_day_and_rotated(home: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from after_hours.availability.store import backup_if_due

    now = datetime(2026, 11, 25, 9, tzinfo=UTC)
    with open_profile(home) as p:
        first = backup_if_due(p, now)
        assert first is not None and first.exists()
        assert backup_if_due(p, now + timedelta(hours=3)) is None  # not due yet
        # A day later each time, 9 more: only the newest 7 are kept.
        for day in range(1, 10):
            assert backup_if_due(p, now + timedelta(days=day)) is not None
        kept = sorted(b.name for b in p.backup_dir.glob("*-daily.db"))
        assert len(kept) == 7
        assert kept[-1].startswith("after-hours-20261204T09")  # the newest survived
