"""The weekly indicators: what they are, and the pure arithmetic over per-day figures.

SQL (``aggregate.py``) reduces the rows to per-week sums and per-day flags; the functions here
turn day flags into evenings, nights, weekend days, runs and "days since a disconnected day".
They take plain numbers, so they are tested without a database.

Definitions (all in the user's display zone; docs/burnout.md explains the choices):
- *after hours*: classified ``after_hours`` when logged. On-call contacts are counted apart.
- *evening*: a day with an after-hours contact between 18:00 and 22:00.
- *night*: 22:00 to 06:00; a contact after midnight belongs to the night that began the day
  before. Each such night breaks the 11 consecutive hours of daily rest.
- *weekend day*: a Saturday or Sunday with an after-hours contact.
- *longest run*: the most consecutive days in the week with an after-hours contact.
- *days since a disconnected day*: counted back from the last complete day; a disconnected day
  has no contact logged outside regular hours (after hours or on call).
- *quick reply*: an ``out`` contact after hours within 15 minutes of an ``in`` contact after
  hours (from the same client when both are named).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.i18n import N_

EVENING_START, EVENING_END = 18, 22
NIGHT_START, NIGHT_END = 22, 6
QUICK_REPLY_SECONDS = 15 * 60
# How far back "days since a disconnected day" looks; a longer streak shows as this many.
DISCONNECT_LOOKBACK_DAYS = 120
# The baseline needs this many weeks of history before it is shown.
MIN_BASELINE_WEEKS = 4


@dataclass(frozen=True)
class Indicator:
    """An indicator's name (JSON key), label and unit for text."""

    name: str
    label: str
    # Thresholds and baseline reasons apply (on-call load and totals are shown, not judged).
    judged: bool = True


INDICATORS: tuple[Indicator, ...] = (
    Indicator("after_hours_contacts", N_("after-hours contacts")),
    Indicator("after_hours_minutes", N_("after-hours minutes")),
    Indicator("after_hours_share", N_("share of contacts after hours (%)")),
    Indicator("evenings", N_("evenings touched")),
    Indicator("nights", N_("nights touched")),
    Indicator("weekend_days", N_("weekend days touched")),
    Indicator("days_since_disconnected", N_("days since a disconnected day")),
    Indicator("longest_run", N_("longest run of days with after-hours contact")),
    Indicator("quick_replies", N_("quick after-hours replies")),
    Indicator("crisis_contacts", N_("crisis contacts")),
    Indicator("boundary_events", N_("boundary events")),
    Indicator("on_call_contacts", N_("on-call contacts"), judged=False),
    Indicator("on_call_minutes", N_("on-call minutes"), judged=False),
    Indicator("total_contacts", N_("all contacts"), judged=False),
)
INDICATOR_NAMES = tuple(i.name for i in INDICATORS)


@dataclass(frozen=True)
class DayFlags:
    """What one local day held: after-hours contact at all, in the evening, late, early."""

    day: int  # local day number (days since 1970-01-01)
    after_hours: bool = False
    evening: bool = False
    late: bool = False  # 22:00-24:00
    early: bool = False  # 00:00-06:00
    off_hours: bool = False  # any contact outside regular hours (after hours or on call)


@dataclass
class WeekIndicators:
    """One week's figures. ``values`` is keyed by :data:`INDICATOR_NAMES`."""

    week: IsoWeek
    values: dict[str, float] = field(default_factory=dict)
    # Whether the week is at or after the first logged contact (used for the baseline).
    has_history: bool = True

    def __getitem__(self, name: str) -> float:
        return self.values[name]

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week.label,
            "week_start": self.week.monday.isoformat(),
            "indicators": {k: _num(v) for k, v in self.values.items()},
        }


def share_percent(part: int, total: int) -> int:
    """``part`` as a whole percentage of ``total`` (0 when there is nothing)."""
    return round(100 * part / total) if total else 0


def weekday_of(day: int) -> int:
    """0 = Monday for a local day number (1970-01-01 was a Thursday)."""
    return (day + 3) % 7


def evenings(days: Iterable[DayFlags]) -> int:
    return sum(1 for d in days if d.evening)


def weekend_days(days: Iterable[DayFlags]) -> int:
    return sum(1 for d in days if d.after_hours and weekday_of(d.day) >= 5)


def night_keys(days: Iterable[DayFlags]) -> set[int]:
    """The nights touched, each named by the day its evening belongs to."""
    keys: set[int] = set()
    for d in days:
        if d.late:
            keys.add(d.day)
        if d.early:
            keys.add(d.day - 1)
    return keys


def longest_run(day_numbers: Iterable[int]) -> int:
    """The most consecutive days among ``day_numbers``."""
    best = run = 0
    previous: int | None = None
    for day in sorted(set(day_numbers)):
        run = run + 1 if previous is not None and day == previous + 1 else 1
        best = max(best, run)
        previous = day
    return best


def days_since_disconnected(
    connected: set[int], reference: int, lookback: int = DISCONNECT_LOOKBACK_DAYS
) -> int:
    """Days from the last day *not* in ``connected`` up to ``reference`` (0 if it is one)."""
    for back in range(lookback + 1):
        if reference - back not in connected:
            return back
    return lookback


def median(values: Sequence[float]) -> float | None:
    return _median(values) if values else None


def baseline(history: Sequence[WeekIndicators], name: str) -> float | None:
    """The median of ``name`` over the given previous weeks that have history."""
    usable = [w.values[name] for w in history if w.has_history and name in w.values]
    if len(usable) < MIN_BASELINE_WEEKS:
        return None
    return median(usable)


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 1)


def number_json(value: float | None) -> float | int | None:
    """Whole numbers as ints in JSON, halves (medians) as one decimal."""
    return _num(value)


def day_range(week: IsoWeek) -> tuple[date, date]:
    return week.monday, week.sunday


def _median(values: Sequence[float]) -> float:
    """``statistics.median``, without importing ``statistics``.

    With ``decimal`` and ``fractions`` it is 0.4 MiB an app idling on Today would hold for
    this one line.
    """
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return float((ordered[mid - 1] + ordered[mid]) / 2)
