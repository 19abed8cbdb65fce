"""sqlite-utils' ``Database`` for a profile, with an outermost ``atomic()`` that locks up front.

Kept apart from :mod:`after_hours.availability.store.profile` so opening a profile does not
import sqlite-utils (with click, dateutil and pluggy behind it): the app's first paint only
reads, and :class:`~after_hours.availability.store.lazy.LazyDatabase` loads this module on the
first write or table call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database


class ProfileDatabase(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` takes the write lock up front.

    A deferred ``BEGIN`` that reads and then writes fails at once with "database is locked"
    in WAL mode when another process committed in between (the busy timeout cannot help a
    stale snapshot). ``BEGIN IMMEDIATE`` waits for the lock instead, so two processes on one
    profile queue up rather than fail.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
