"""The profile's light single-row write (``upsert_row``) leaves what sqlite-utils' upsert leaves.

An idle app writes one row when it shows a reminder or notes a desktop without a tray; that
write runs without importing sqlite-utils (docs/benchmarks.md, issue 18, fourth round). These
tests hold it to sqlite-utils' own ``upsert(record, pk=...)`` on the same schema: the same rows,
the same errors, committed when it returns, and sqlite-utils itself for anything unusual.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.store.database import ProfileDatabase
from after_hours.availability.store.lazy import LazyDatabase, upsert_row

SCHEMA = (
    'CREATE TABLE "pairs" (key TEXT PRIMARY KEY, "val""ue" TEXT, n INTEGER, '
    "x REAL, must TEXT NOT NULL DEFAULT '')"
)
COLUMNS = ('val"ue', "n", "x", "must")

values = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
)
records = st.fixed_dictionaries(
    {"key": st.sampled_from(["a", "b", "é", 'q"uote'])},
    optional={c: values for c in COLUMNS},
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute(SCHEMA)
    conn.commit()
    return conn


def _rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute('SELECT * FROM "pairs" ORDER BY key').fetchall()


def _apply(write: Any, record: dict[str, Any]) -> str | None:
    """The write's outcome: None, or the kind of error it raised."""
    try:
        write(record)
    except sqlite3.Error as exc:
        return type(exc).__name__
    return None


@settings(max_examples=60, deadline=None)
@given(st.lists(records, min_size=1, max_size=6))
def test_the_light_write_leaves_the_rows_sqlite_utils_leaves(
    tmp_path_factory: pytest.TempPathFactory, batch: list[dict[str, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("upsert")
    lazy = LazyDatabase(_connect(folder / "light.db"))
    reference = ProfileDatabase(_connect(folder / "reference.db"))
    for record in batch:
        light = _apply(lambda r: lazy.upsert_row("pairs", r, "key"), record)
        heavy = _apply(lambda r: reference.table("pairs").upsert(r, pk="key"), record)
        assert light == heavy, record
        assert not lazy.conn.in_transaction  # committed or rolled back, never left open
    assert _rows(lazy.conn) == _rows(reference.conn)
    assert not lazy.loaded  # sqlite-utils' database was never built for these


def test_the_row_is_committed_when_the_write_returns(tmp_path: Path) -> None:
    """A process killed right after the call keeps the row: another connection already sees it."""
    lazy = LazyDatabase(_connect(tmp_path / "p.db"))
    upsert_row(lazy, "pairs", {"key": "a", "n": 1}, "key")
    upsert_row(lazy, "pairs", {"key": "a", 'val"ue': "kept"}, "key")
    other = sqlite3.connect(str(tmp_path / "p.db"))
    assert other.execute('SELECT key, "val""ue", n FROM pairs').fetchall() == [("a", "kept", 1)]
    assert not lazy.loaded


def test_inside_a_transaction_the_write_is_sqlite_utils_and_rolls_back_with_it(
    tmp_path: Path,
) -> None:
    lazy = LazyDatabase(_connect(tmp_path / "p.db"))
    with pytest.raises(RuntimeError), lazy.atomic():
        upsert_row(lazy, "pairs", {"key": "a", "n": 1}, "key")
        raise RuntimeError("the caller's transaction fails after the write")
    assert lazy.loaded
    assert _rows(lazy.conn) == []


def test_what_sqlite_utils_converts_or_creates_goes_through_sqlite_utils(tmp_path: Path) -> None:
    """A dict or a date is stored as sqlite-utils stores it; a missing table is created by it."""
    lazy = LazyDatabase(_connect(tmp_path / "light.db"))
    reference = ProfileDatabase(_connect(tmp_path / "reference.db"))
    for db in (lazy, reference):
        upsert_row(db, "pairs", {"key": "a", 'val"ue': {"b": [1, 2]}}, "key")
        upsert_row(db, "new", {"id": "x", "day": date(2026, 12, 3)}, "id")
    for table in ("pairs", "new"):
        assert (
            lazy.execute(f"SELECT * FROM {table}").fetchall()
            == reference.execute(f"SELECT * FROM {table}").fetchall()
        )
    assert lazy.execute("SELECT * FROM new").fetchall() == [("x", "2026-12-03")]


def test_a_missing_column_is_refused_as_sqlite_utils_refuses_it(tmp_path: Path) -> None:
    lazy = LazyDatabase(_connect(tmp_path / "light.db"))
    reference = ProfileDatabase(_connect(tmp_path / "reference.db"))
    with pytest.raises(sqlite3.OperationalError) as light:
        upsert_row(lazy, "pairs", {"key": "a", "nope": 1}, "key")
    with pytest.raises(sqlite3.OperationalError) as heavy:
        reference.table("pairs").upsert({"key": "a", "nope": 1}, pk="key")
    assert str(light.value) == str(heavy.value)
    assert not lazy.conn.in_transaction
    assert _rows(lazy.conn) == []
