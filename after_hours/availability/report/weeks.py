"""The weekly series: what Today's 12-week chart and a report's weekly table share.

The records (:class:`WeekRecord` in, :class:`WeekRow` out, over a :class:`Period`), the usual
band, and the series read from the profile (``recent_weeks``). They live apart from the rest
of the report (``model``, ``compose``, ``build``, which re-export them) so that the dashboard,
built on Today just after the first paint, holds neither the report's other classes nor its
composer (about 0.5 MiB an app idling on Today kept for nothing: docs/benchmarks.md, fifth
round of issue 18). The chart on screen and the chart in the PDF stay the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from after_hours.availability.burnout.indicators import WeekIndicators
from after_hours.availability.burnout.risk import Thresholds, assess
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.clock import Clock
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class WeekRecord:
    """One week of indicators from the burnout module, with its risk level and reasons."""

    week_start: date  # a Monday
    values: Mapping[str, float]
    baselines: Mapping[str, float | None] = field(default_factory=dict)
    level: str = "low"  # "low" | "elevated" | "high"
    reasons: tuple[str, ...] = ()
    reason_indicators: tuple[str, ...] = ()  # the indicator behind each reason, same order
    # The days counted when the period cuts this week (first, last, both included); None for
    # a whole week.
    days: tuple[date, date] | None = None


@dataclass(frozen=True)
class Period:
    """Whole days from ``start`` to ``end`` inclusive, in the user's zone."""

    start: date
    end: date
    zone: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]

    @property
    def label(self) -> str:
        return f"{_long_date(self.start)} to {_long_date(self.end)}"


def _long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


@dataclass(frozen=True)
class WeekRow:
    """One week of the series as shown: values, baselines, level and reasons."""

    week_start: date
    values: Mapping[str, float]
    baselines: Mapping[str, float | None]
    level: str
    reasons: tuple[str, ...]
    # The middle half (25th to 75th percentile) of the load indicator over the 8 weeks before:
    # the shaded "usual range" of the chart. None with fewer than 4 earlier weeks.
    band: tuple[float, float] | None = None
    reason_indicators: tuple[str, ...] = ()
    # The week was not over on the day the report was made: its figures are a partial count.
    partial: bool = False
    # The period cuts this week: only these days (first, last, both included) are counted.
    cut: tuple[date, date] | None = None


BAND_WEEKS = 8  # the same eight weeks the baseline is the median of
BAND_MIN_WEEKS = 4


def usual_band(earlier: Sequence[float]) -> tuple[float, float] | None:
    """The 25th and 75th percentiles of up to the last 8 earlier values, or None if under 4."""
    values = list(earlier)[-BAND_WEEKS:]
    if len(values) < BAND_MIN_WEEKS:
        return None
    q = quartiles(values)
    return (q[0], q[2])


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """``statistics.quantiles(values, n=4, method="inclusive")``, the same arithmetic.

    Written out because Today's chart draws the usual band, and ``statistics`` (with
    ``decimal`` and ``fractions``) is 0.4 MiB an app idling on Today would hold for it.
    ``tests/test_report_compose.py`` checks it against ``statistics`` on random data.
    """
    data = sorted(values)
    if len(data) < 2:
        raise ValueError("quartiles need at least two values")
    m = len(data) - 1
    out = []
    for i in (1, 2, 3):
        j, delta = divmod(i * m, 4)
        out.append((data[j] * (4 - delta) + data[j + 1] * delta) / 4)
    return (out[0], out[1], out[2])


def weekly_rows(
    weeks: Sequence[WeekRecord], period: Period, load: str | None, as_of: date | None = None
) -> tuple[WeekRow, ...]:
    """The weeks touching the period; earlier weeks given only feed the usual band."""
    last_day = as_of or date.max
    ordered = sorted(weeks, key=lambda w: w.week_start)
    rows = []
    for i, w in enumerate(ordered):
        if not period.start - timedelta(days=6) <= w.week_start <= period.end:
            continue
        band = None
        if load is not None:
            earlier = [float(e.values[load]) for e in ordered[:i] if load in e.values]
            band = usual_band(earlier)
        rows.append(
            WeekRow(
                w.week_start,
                dict(w.values),
                dict(w.baselines),
                w.level,
                tuple(w.reasons),
                band,
                tuple(w.reason_indicators),
                partial=w.week_start + timedelta(days=6) > last_day,
                cut=w.days,
            )
        )
    return tuple(rows)


def week_records(
    series: Sequence[WeekIndicators],
    baseline_weeks: int,
    thresholds: Thresholds,
    cuts: Mapping[IsoWeek, tuple[WeekIndicators, tuple[date, date]]] | None = None,
) -> list[WeekRecord]:
    """Each week assessed against the ``baseline_weeks`` before it, as ``risk`` does.

    A week in ``cuts`` is shown and assessed with only its days inside the period; the weeks
    before it still count whole in its baseline.
    """
    out = []
    for i, whole in enumerate(series):
        previous = series[max(0, i - baseline_weeks) : i]
        week, days = cuts[whole.week] if cuts and whole.week in cuts else (whole, None)
        a = assess(week, previous, thresholds)
        out.append(
            WeekRecord(
                week.week.monday,
                dict(week.values),
                dict(a.baselines),
                a.level.value,
                tuple(r.text for r in a.reasons),
                tuple(r.indicator for r in a.reasons),
                days,
            )
        )
    return out


def weekly_series_with_risk(
    db: Database,
    clock: Clock,
    first: IsoWeek,
    last: IsoWeek,
    period: tuple[date, date] | None = None,
) -> list[WeekRecord]:
    """Weeks ``first`` to ``last`` assessed like ``risk``, plus the baseline weeks before them.

    With a ``period`` (first and last day), the weeks it cuts count only its days: a report to
    30 November, a Monday, counted that whole week's contacts before (issue 17).
    """
    settings = Settings(db)
    baseline_weeks = int(settings.get("burnout.baseline_weeks"))
    span = (last.monday - first.monday).days // 7 + 1
    service = BurnoutService(db, clock)
    series = service.weekly_series(span + baseline_weeks, last)
    cuts: dict[IsoWeek, tuple[WeekIndicators, tuple[date, date]]] = {}
    if period is not None:
        start, end = period
        for week in {IsoWeek.containing(start), IsoWeek.containing(end)}:
            days = (max(start, week.monday), min(end, week.sunday))
            if days != (week.monday, week.sunday):
                cuts[week] = (service.week_cut(week, *days), days)
    return week_records(series, baseline_weeks, Thresholds.from_settings(settings.get), cuts)


def recent_weeks(db: Database, clock: Clock, weeks: int = 12) -> tuple[WeekRow, ...]:
    """The last ``weeks`` weeks (this one included) with level, baseline and usual band.

    What the dashboard's 12-week chart shows; the same rows as a report's, so the chart on
    screen and the chart in the PDF agree.
    """
    settings = Settings(db)
    tz = zone(settings.display_zone_name())
    today = clock.now().astimezone(tz).date()
    last = IsoWeek.containing(today)
    first = last.shift(-(weeks - 1))
    records = weekly_series_with_risk(db, clock, first, last)
    period = Period(first.monday, last.sunday, settings.display_zone_name())
    return weekly_rows(records, period, "after_hours_contacts", today)
