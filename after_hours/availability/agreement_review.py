"""When a client's agreement is due for review, and whose are overdue, read from the table.

Today lists overdue reviews before the first paint. Building every :class:`Agreement` for it
meant importing the agreements module and the contact model behind it (about 9 ms at
start-up, docs/benchmarks.md); the answer needs two columns and one rule, which live here
and which :class:`after_hours.availability.agreements.Agreement` uses too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def review_date(discussed_on: date, review_weeks: int) -> date:
    """The day an agreement discussed on ``discussed_on`` is due for review."""
    return discussed_on + timedelta(weeks=review_weeks)


def overdue_reviews(db: Database, today: date) -> list[str]:
    """Clients whose agreement's review day is before ``today``, the longest overdue first.

    Clients due on the same day keep the table's client order.
    """
    rows = db.execute(
        "SELECT client, discussed_on, review_weeks FROM agreements ORDER BY client"
    ).fetchall()
    due = [
        (review_date(date.fromisoformat(on), int(weeks)), str(client)) for client, on, weeks in rows
    ]
    return [client for when, client in sorted(due, key=lambda d: d[0]) if when < today]
