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
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# Statements that never open a transaction in sqlite3's default (legacy) transaction mode, so
# sqlite-utils' execute() would run them exactly as the plain connection does.
_READS = ("select", "pragma", "with")


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

    def __getitem__(self, name: str) -> Any:
        return self.real()[name]

    def __getattr__(self, name: str) -> Any:
        # Only called for what this class does not define: table(), atomic(), query()...
        if name.startswith("__") or name in ("_real", "_lock", "conn"):
            raise AttributeError(name)
        return getattr(self.real(), name)


def prepare_writes(db: Database) -> None:
    """Load sqlite-utils now when ``db`` is a profile's lazy handle (no-op otherwise).

    For a writer that waits for something to arrive (the mailbox watcher): the import is paid
    when it starts, not on the first message's way to the screen.
    """
    handle: object = db
    if isinstance(handle, LazyDatabase):
        handle.real()
