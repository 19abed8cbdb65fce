"""The profile's database handle: plain reads at once, sqlite-utils on first real use.

Importing sqlite-utils costs about as much as a bare PySide6 window takes to paint, and the
app's first paint only reads (the schedule in force, the settings, a waiting crisis). So an
open profile hands out a :class:`LazyDatabase`: a read (``SELECT``, ``PRAGMA``, ``WITH``) runs
on the stdlib connection directly, which is exactly what sqlite-utils' ``execute`` does for a
statement that opens no transaction; anything else (a write, ``table()``, ``atomic()``...)
builds the real :class:`~after_hours.availability.store.database.ProfileDatabase` over the same
connection first and goes through it. One connection, one transaction state: what a read sees
does not depend on whether sqlite-utils is loaded yet.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# Statements that never open a transaction in sqlite3's default (legacy) transaction mode, so
# sqlite-utils' execute() would run them exactly as the plain connection does.
_READS = ("select", "pragma", "with")
# Values sqlite-utils hands to SQLite unchanged (it turns dicts, lists, dates... into text).
_PLAIN = (str, int, float, type(None))


class LazyDatabase:
    """A stand-in for the profile's ``Database`` that loads sqlite-utils only when needed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._real: Database | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the sqlite-utils database has been built (tests and the bench read it)."""
        return self._real is not None

    def real(self) -> Database:
        """The sqlite-utils database over this connection, built once, on any thread."""
        real = self._real
        if real is None:
            with self._lock:
                if self._real is None:
                    from after_hours.availability.store.database import ProfileDatabase

                    # No sqlite-utils plugins: third-party code has no business on this
                    # database, and scanning entry points for them costs ~16 ms.
                    self._real = ProfileDatabase(self.conn, execute_plugins=False)
                real = self._real
        return real

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        if self._real is None and sql.lstrip()[:6].lower().startswith(_READS):
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        return self.real().execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def upsert_row(self, table: str, record: Mapping[str, Any], pk: str) -> None:
        """Insert or update one row by its primary key, committed when this returns.

        The same statement and transaction sqlite-utils' ``table(t).upsert(record, pk=pk)``
        runs on this profile (``INSERT ... ON CONFLICT(pk) DO UPDATE SET`` every other column
        to the new value, inside ``BEGIN IMMEDIATE`` ... ``COMMIT``), without importing it: an
        app idling on Today writes one row when it shows a reminder or notes that the desktop
        has no tray, and sqlite-utils costs about 6 MiB to hold (docs/benchmarks.md, issue 18,
        fourth round). Anything off that narrow path goes through sqlite-utils itself: it is
        already loaded, a transaction is open (a savepoint's rules are sqlite-utils'), a value
        is not plain (sqlite-utils converts dicts, lists, dates...), the key is missing, or
        SQLite refuses the statement (a missing table or column: sqlite-utils' own handling
        and messages apply, after this attempt is rolled back).
        """
        if (
            self._real is not None
            or self.conn.in_transaction
            or record.get(pk) is None
            or not all(isinstance(v, _PLAIN) for v in record.values())
        ):
            _upsert_through_sqlite_utils(self.real(), table, record, pk)
            return
        columns = list(record)
        others = [c for c in columns if c != pk]
        update = (
            "DO UPDATE SET " + ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in others)
            if others
            else "DO NOTHING"
        )
        sql = (
            f"INSERT INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT({_quote(pk)}) {update}"
        )
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(sql, [record[c] for c in columns])
        except sqlite3.OperationalError:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            _upsert_through_sqlite_utils(self.real(), table, record, pk)
            return
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def __getitem__(self, name: str) -> Any:
        return self.real()[name]

    def __getattr__(self, name: str) -> Any:
        # Only called for what this class does not define: table(), atomic(), query()...
        if name.startswith("__") or name in ("_real", "_lock", "conn"):
            raise AttributeError(name)
        return getattr(self.real(), name)


def _quote(name: str) -> str:
    """An SQL identifier in double quotes, as sqlite-utils quotes table and column names."""
    return '"' + name.replace('"', '""') + '"'


def _upsert_through_sqlite_utils(
    db: Database, table: str, record: Mapping[str, Any], pk: str
) -> None:
    db.table(table).upsert(dict(record), pk=pk)


def upsert_row(db: Database, table: str, record: Mapping[str, Any], pk: str) -> None:
    """One row by its primary key: the lazy handle's light write, else sqlite-utils' upsert.

    For the stores' single-row writes (a setting, a reminder's state). Either way the row is
    committed when this returns (or, inside a caller's ``atomic()``, with it).
    """
    handle: object = db
    if isinstance(handle, LazyDatabase):
        handle.upsert_row(table, record, pk)
    else:
        _upsert_through_sqlite_utils(db, table, record, pk)


def load_writer() -> None:
    """Import sqlite-utils and the profile's database class without touching any connection.

    For a worker thread that warms up while the GUI thread owns the profile's connection (the
    quick-log dialog): building the database runs a statement on the connection, and the GUI
    thread may be using or closing it at that moment. Python's sqlite3 does not guard a
    connection closed on one thread while another executes on it (a crash, not an error), so
    the worker only pays the import and the GUI thread builds the database on its first write,
    which then costs one ``PRAGMA``.
    """
    import after_hours.availability.store.database  # noqa: F401


def prepare_writes(db: Database) -> None:
    """Load sqlite-utils now when ``db`` is a profile's lazy handle (no-op otherwise).

    For a writer that waits for something to arrive (the mailbox watcher): the import is paid
    when it starts, not on the first message's way to the screen. Only on the thread that owns
    ``db``'s connection (see :func:`load_writer`).
    """
    handle: object = db
    if isinstance(handle, LazyDatabase):
        handle.real()
