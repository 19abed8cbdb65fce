"""Judging instants against the schedule history: in hours, on call or after hours.

One contact asks the engine about one second. Imports, the demo and ``recompute`` ask about
thousands, so :func:`classify_many` expands the timeline once per month-long chunk and looks
each instant up by bisection instead of expanding the week around every contact.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime, timedelta

from after_hours.availability.contacts.model import Classification
from after_hours.availability.schedule import ScheduleHistory, Segment

_CHUNK = timedelta(days=31)
_SECOND = timedelta(seconds=1)


def classify(history: ScheduleHistory, at: datetime) -> Classification:
    """The classification of one instant under the schedule version in force then."""
    segments = history.segments(at, at + _SECOND)
    if not segments:
        return Classification.AFTER_HOURS
    return Classification.from_state(segments[0].state)


def classify_many(history: ScheduleHistory, instants: Sequence[datetime]) -> list[Classification]:
    """The classification of each instant, in the order given."""
    if not instants:
        return []
    order = sorted(range(len(instants)), key=lambda i: instants[i])
    result: list[Classification] = [Classification.AFTER_HOURS] * len(instants)
    segments: list[Segment] = []
    starts: list[datetime] = []
    covered_until: datetime | None = None
    for i in order:
        at = instants[i]
        if covered_until is None or at >= covered_until or (starts and at < starts[0]):
            lo = at
            covered_until = at + _CHUNK
            segments = history.segments(lo, covered_until)
            starts = [s.start for s in segments]
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and segments[k].start <= at < segments[k].end:
            result[i] = Classification.from_state(segments[k].state)
        else:  # pragma: no cover - segments cover [lo, hi) without gaps
            result[i] = classify(history, at)
    return result
