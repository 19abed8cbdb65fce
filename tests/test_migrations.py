"""Every migration step keeps the data of every earlier step, and old profiles still open.

Generic on purpose: for each step in ``after_hours/availability/store/migrations.py`` a database is built up
to just before it (sqlite-utils' ``Migrations.apply(db, stop_before=...)``), every table is
filled with rows, then the profile is opened with the current code (which upgrades it) and
each row must still be there with the same values. A new step is covered without editing this
file. Two escape hatches, for a step that needs them:
- ``SAMPLE_ROWS``: realistic rows for a table whose CHECK constraints or foreign keys the
  generic filler cannot satisfy;
- ``INTENDED_LOSSES``: a column or table a step removes on purpose (``"table"`` or
  ``"table.column"``), keyed by the step's name.

``tests/fixtures/profiles/v*.db`` are databases written by released versions
(``scripts/make_profile_fixture.py``); each must open with the current code and keep its data.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database, Migrations

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import State
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings, list_backups, open_profile
from after_hours.availability.store.migrations import known_names, migrations
from after_hours.availability.store.profile import DB_NAME
from tests.helpers import cli

PROFILES = Path(__file__).parent / "fixtures" / "profiles"

SAMPLE_ROWS: dict[str, list[dict[str, Any]]] = {
    "settings": [
        {"key": "profile.name", "value": json.dumps("Sam")},
        {"key": "profile.region", "value": json.dumps("UK")},
        {"key": "app.first_run_done", "value": json.dumps(True)},
    ],
}
# A renamed column counts as a loss of its old name: list it here with its step.
INTENDED_LOSSES: dict[str, set[str]] = {
    # Moved whole into the general "senders" table (tests/test_channels_store.py checks it).
    "0011_channels": {"mail_senders"},
}

ROWS_PER_TABLE = 3


def user_tables(db: Database) -> list[str]:
    return [
        t
        for t in db.table_names()
        if not t.startswith(("_sqlite_migrations", "sqlite_")) and not t.endswith(("_fts",))
    ]


def generic_value(column: Any, row: int, db: Database, table: str) -> Any:
    """A plausible value for a column from its declared type and name."""
    for fk in db.table(table).foreign_keys:
        if fk.column == column.name:
            found = db.execute(
                f"SELECT [{fk.other_column}] FROM [{fk.other_table}] LIMIT 1 OFFSET ?",
                [row % max(1, db.table(fk.other_table).count)],
            ).fetchone()
            return found[0] if found else None
    kind = (column.type or "").upper()
    name = column.name.lower()
    if "INT" in kind:
        return row + 1
    if "REAL" in kind or "FLOA" in kind:
        return row + 0.5
    if "BLOB" in kind:
        return bytes([row, 1, 2])
    if name.endswith(("_at", "_from", "_on")) or name in {"at", "start", "end"}:
        return f"2026-0{row + 1}-1{row}T12:00:00Z"
    return f"{table}.{column.name} #{row}"


def fill(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Insert rows into every table; return what was inserted (as read back)."""
    ordered = sorted(user_tables(db), key=lambda t: len(db.table(t).foreign_keys))
    for table in ordered:
        rows = SAMPLE_ROWS.get(table)
        if rows is None:
            columns = [c for c in db.table(table).columns if not c.is_pk or c.type != "INTEGER"]
            rows = [
                {c.name: generic_value(c, i, db, table) for c in columns}
                for i in range(ROWS_PER_TABLE)
            ]
        try:
            with db.conn:
                db.table(table).insert_all(rows)
        except sqlite3.IntegrityError as exc:  # pragma: no cover - tells the author what to do
            pytest.fail(
                f"cannot fill table {table!r} generically ({exc}): add realistic rows for it to "
                "SAMPLE_ROWS in tests/test_migrations.py"
            )
    return {t: [dict(r) for r in db.table(t).rows] for t in ordered}


def steps() -> list[str]:
    return known_names()


def upgrade_problems(tmp_path: Path, step: str) -> list[str]:
    """Build a profile at "just before ``step``", fill it, open it; list what got lost."""
    home = tmp_path / "profile"
    home.mkdir(mode=0o700)
    db = Database(home / DB_NAME)
    migrations.apply(db, stop_before=step)
    applied = [m.name for m in migrations.applied(db)]
    assert applied == known_names()[: known_names().index(step)]
    before = fill(db)
    db.close()
    problems: list[str] = []
    with open_profile(home) as profile:
        assert [m.name for m in migrations.applied(profile.db)] == known_names()
        if applied:
            assert list_backups(profile), "a pre-migration backup is made before upgrading"
        losses = set().union(*(INTENDED_LOSSES.get(n, set()) for n in known_names()))
        for table, rows in before.items():
            if table in losses:
                continue
            if not profile.db.table(table).exists():
                problems.append(f"table {table} disappeared")
                continue
            now = [dict(r) for r in profile.db.table(table).rows]
            columns = {c.name for c in profile.db.table(table).columns}
            for gone in sorted(set(rows[0] if rows else {}) - columns):
                if f"{table}.{gone}" not in losses:
                    problems.append(f"column {table}.{gone} disappeared")
            for row in rows:
                kept = {
                    k: v for k, v in row.items() if k in columns and f"{table}.{k}" not in losses
                }
                if not any(kept.items() <= new.items() for new in now):
                    problems.append(f"{table}: row {row} was lost or changed")
    return problems


@pytest.mark.parametrize("step", steps())
def test_upgrading_from_each_earlier_step_keeps_every_row(tmp_path: Path, step: str) -> None:
    assert upgrade_problems(tmp_path, step) == []


def _add_step(monkeypatch: pytest.MonkeyPatch, name: str, fn: Any) -> None:
    monkeypatch.setattr(
        migrations, "_migrations", [*migrations._migrations, Migrations._Migration(name, fn)]
    )


def test_the_check_accepts_a_step_that_reshapes_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later step that adds a table and a column keeps the rows: the check passes."""

    def reshape(db: Database) -> None:
        db.table("settings").add_column("changed_at", str)
        db.table("schedule_versions").transform(column_order=["id", "timezone"])  # a table rebuild
        db.table("contacts_test").create({"id": int, "at": str}, pk="id")

    _add_step(monkeypatch, "9001_reshape", reshape)
    assert upgrade_problems(tmp_path, "9001_reshape") == []


def test_the_check_catches_a_step_that_loses_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So the generic test above can fail: a careless step is caught by name."""

    def careless(db: Database) -> None:
        db.execute("DELETE FROM settings WHERE key = 'profile.region'")
        db.execute("UPDATE schedule_versions SET timezone = 'UTC'")
        db.table("schedule_versions").transform(drop={"source"})

    _add_step(monkeypatch, "9002_careless", careless)
    problems = upgrade_problems(tmp_path, "9002_careless")
    assert any("settings" in p and "profile.region" in p for p in problems)
    assert any(p.startswith("schedule_versions") for p in problems)
    assert "column schedule_versions.source disappeared" in problems


def test_the_first_step_can_be_stopped_before_and_the_rest_applied(tmp_path: Path) -> None:
    """The mechanism the test above relies on: an empty database at "before step 1"."""
    db = Database(tmp_path / "x.db")
    migrations.apply(db, stop_before=known_names()[0])
    assert [m.name for m in migrations.applied(db)] == []
    assert user_tables(db) == []
    migrations.apply(db)
    assert [m.name for m in migrations.applied(db)] == known_names()


def fixtures() -> list[Path]:
    return sorted(PROFILES.glob("v*.db"))


def test_there_is_a_fixture_for_the_first_release() -> None:
    assert (PROFILES / "v0.1.0.db").exists()


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.name)
def test_a_profile_from_a_released_version_opens_and_keeps_its_data(
    tmp_path: Path, fixture: Path
) -> None:
    home = tmp_path / "profile"
    home.mkdir(mode=0o700)
    shutil.copy(fixture, home / DB_NAME)
    clock = ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))
    with open_profile(home) as profile:
        assert [m.name for m in migrations.applied(profile.db)] == known_names()
        assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        settings = Settings(profile.db)
        assert settings.get("profile.name") == "Sam Okafor"
        assert settings.get("profile.timezone") == "America/Toronto"
        history = ScheduleStore(profile.db, clock).history()
        assert len(history.versions) == 2
        # March 2026 is judged by the first version (on call Friday night, Good Friday off)...
        assert history.state_at(datetime(2026, 3, 14, 2, 0, tzinfo=UTC)) is State.ON_CALL
        assert history.state_at(datetime(2026, 4, 3, 15, 0, tzinfo=UTC)) is State.OFF
        # ...and November by the second (08:00 start, no on-call nights).
        assert history.state_at(datetime(2026, 11, 20, 13, 30, tzinfo=UTC)) is State.IN_HOURS
        assert history.state_at(datetime(2026, 11, 21, 4, 40, tzinfo=UTC)) is State.OFF
    r = cli(home, "status", "--at", "2026-11-20T08:30:00-05:00", "--json")
    assert r.status == 0, r.err
    assert r.json()["state"] == "in_hours"
