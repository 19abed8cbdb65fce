"""Whether any crisis could be waiting, answered by one indexed query and nothing else.

The tray and Today show a waiting crisis before the first paint. Answering fully means the
contact log, its model and the crisis queue (about 11 ms of imports at start-up,
docs/benchmarks.md); but a crisis can only be waiting if a contact triaged as a crisis was
logged in the last ``WAITING_DAYS``, and on most evenings none was. So that question is asked
first, of the table itself, with the same bounds the queue's own query uses; only a "yes"
takes the full path (:class:`after_hours.availability.crisis_queue.CrisisQueue`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# How far back an unhandled crisis still asks for attention.
WAITING_DAYS = 7


def waiting_since(now: datetime) -> datetime:
    """The oldest instant a crisis may have been logged at and still be waiting at ``now``."""
    return now - timedelta(days=WAITING_DAYS)


def recent_crisis_logged(db: Database, now: datetime) -> bool:
    """Whether any contact triaged as a crisis was logged since :func:`waiting_since`.

    A superset of the waiting crises (handled ones, outgoing ones and old imports still
    count here), so "no" is a sure "nothing waiting" and "yes" only means "look properly".
    The bounds are the contact log's (``ts`` is the contact's instant in whole epoch seconds).
    """
    if now.tzinfo is None:
        raise ValueError("crisis checks need an aware datetime")
    since = int(waiting_since(now).timestamp())
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM contacts WHERE crisis = 1 AND ts >= ?)", [since]
    ).fetchone()
    return bool(row[0])
