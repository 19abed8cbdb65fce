"""What the dashboard, the CLI and the supervision report call: a week's risk, a series.

Weeks are ISO weeks in the user's display zone (``Settings.display_zone_name()``); "today"
comes from the injected clock.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from after_hours.availability.burnout.aggregate import compute_weeks, week_contact_ids
from after_hours.availability.burnout.indicators import WeekIndicators
from after_hours.availability.burnout.risk import RiskAssessment, Thresholds, assess
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.clock import Clock
from after_hours.availability.store.settings import DEFAULTS, Settings
from after_hours.availability.timeutil import zone

if TYPE_CHECKING:
    from sqlite_utils import Database


class BurnoutService:
    """Indicators, baselines and risk for one profile."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = Settings(db)

    def today(self) -> date:
        return self._clock.now().astimezone(zone(self._settings.display_zone_name())).date()

    def current_week(self) -> IsoWeek:
        return IsoWeek.containing(self.today())

    def _minute_defaults(self) -> dict[str, object]:
        return {k: self._settings.get(k) for k in DEFAULTS if k.startswith("contacts.minutes.")}

    def weekly_series(self, weeks: int = 12, last: IsoWeek | None = None) -> list[WeekIndicators]:
        """The indicators of the ``weeks`` weeks ending with ``last`` (default: this week)."""
        if weeks < 1:
            return []
        last = last or self.current_week()
        tz = zone(self._settings.display_zone_name())
        return compute_weeks(
            self._db, tz, last.shift(-(weeks - 1)), weeks, self.today(), self._minute_defaults()
        )

    def week_cut(self, week: IsoWeek, first: date, last: date) -> WeekIndicators:
        """One week's indicators counting only the days ``first`` to ``last`` (a report's edge)."""
        tz = zone(self._settings.display_zone_name())
        (cut,) = compute_weeks(
            self._db, tz, week, 1, self.today(), self._minute_defaults(), days_in=(first, last)
        )
        return cut

    def assess(self, week: IsoWeek | None = None) -> RiskAssessment:
        """The risk level of ``week`` (default: this week) with reasons and their contacts."""
        week = week or self.current_week()
        n_base = int(self._settings.get("burnout.baseline_weeks"))
        series = self.weekly_series(n_base + 1, week)
        current, previous = series[-1], series[:-1]
        tz = zone(self._settings.display_zone_name())
        ids = week_contact_ids(
            self._db,
            tz,
            week,
            self.today(),
            int(current.values["days_since_disconnected"]),
        )
        thresholds = Thresholds.from_settings(self._settings.get)
        return assess(current, previous, thresholds, ids)
