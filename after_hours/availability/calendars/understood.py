"""What an import understood: the schedule versions a calendar gives, and a summary in words.

The user must be able to check an import before it replaces their hours ("12 events ignored:
marked free"), so the importer counts what each event became and this module says it. Pure
data and sentences: the CLI prints them, the app shows them in a confirm dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from after_hours.availability.i18n import _, ngettext
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleHistory,
    ScheduleVersion,
    WindowKind,
)


@dataclass(frozen=True)
class ImportSummary:
    """Counts of what the calendar's events became, and the dates its hours change."""

    zone: str
    hours_series: int = 0
    on_call_series: int = 0
    hours_one_offs: int = 0
    on_call_one_offs: int = 0
    time_off: int = 0
    expanded: int = 0
    ignored_free: int = 0
    ignored_cancelled: int = 0
    empty_series: int = 0
    changes: tuple[datetime, ...] = ()
    horizon: tuple[datetime, datetime] | None = None

    @property
    def ignored(self) -> int:
        return self.ignored_free + self.ignored_cancelled + self.empty_series

    def lines(self) -> list[str]:
        """The summary as sentences, most important first (dates of changes in the zone)."""
        out: list[str] = []
        hours = ngettext(
            "{n} weekly series became working hours",
            "{n} weekly series became working hours",
            self.hours_series,
        ).format(n=self.hours_series)
        on_call = ngettext(
            "{n} weekly series became on-call",
            "{n} weekly series became on-call",
            self.on_call_series,
        ).format(n=self.on_call_series)
        if self.hours_series and self.on_call_series:
            out.append(
                _("{hours}; {on_call} (in {zone}).").format(
                    hours=hours, on_call=on_call, zone=self.zone
                )
            )
        elif self.hours_series or self.on_call_series:
            out.append(
                _("{series} (in {zone}).").format(
                    series=hours if self.hours_series else on_call, zone=self.zone
                )
            )
        if self.changes:
            from zoneinfo import ZoneInfo

            tz = ZoneInfo(self.zone)
            days = sorted({c.astimezone(tz).strftime("%Y-%m-%d") for c in self.changes})
            shown = ", ".join(days[:6])
            if len(days) > 6:
                more = len(days) - 6
                shown = ngettext("{dates} and {n} more", "{dates} and {n} more", more).format(
                    dates=shown, n=more
                )
            out.append(
                _(
                    "Hours start or change on {dates} (each series applies only on its dates)."
                ).format(dates=shown)
            )
        if self.hours_one_offs:
            out.append(
                ngettext(
                    "{n} one-off event became extra hours.",
                    "{n} one-off events became extra hours.",
                    self.hours_one_offs,
                ).format(n=self.hours_one_offs)
            )
        if self.on_call_one_offs:
            out.append(
                ngettext(
                    "{n} one-off event became an on-call shift.",
                    "{n} one-off events became on-call shifts.",
                    self.on_call_one_offs,
                ).format(n=self.on_call_one_offs)
            )
        if self.time_off:
            out.append(
                ngettext(
                    "{n} event became time off (all-day or out of office).",
                    "{n} events became time off (all-day or out of office).",
                    self.time_off,
                ).format(n=self.time_off)
            )
        if self.expanded:
            if self.horizon:
                out.append(
                    ngettext(
                        "{n} irregular series was expanded into dated entries"
                        " between {start} and {end}.",
                        "{n} irregular series were expanded into dated entries"
                        " between {start} and {end}.",
                        self.expanded,
                    ).format(
                        n=self.expanded,
                        start=f"{self.horizon[0]:%Y-%m-%d}",
                        end=f"{self.horizon[1]:%Y-%m-%d}",
                    )
                )
            else:
                out.append(
                    ngettext(
                        "{n} irregular series was expanded into dated entries.",
                        "{n} irregular series were expanded into dated entries.",
                        self.expanded,
                    ).format(n=self.expanded)
                )
        if self.ignored_free:
            out.append(
                ngettext(
                    "{n} event ignored: marked free.",
                    "{n} events ignored: marked free.",
                    self.ignored_free,
                ).format(n=self.ignored_free)
            )
        if self.ignored_cancelled:
            out.append(
                ngettext(
                    "{n} event ignored: cancelled.",
                    "{n} events ignored: cancelled.",
                    self.ignored_cancelled,
                ).format(n=self.ignored_cancelled)
            )
        if self.empty_series:
            out.append(
                ngettext(
                    "{n} series ignored: no occurrence at all.",
                    "{n} series ignored: no occurrence at all.",
                    self.empty_series,
                ).format(n=self.empty_series)
            )
        return out

    def text(self) -> str:
        return "\n".join(self.lines())

    def to_json(self) -> dict[str, Any]:
        return {
            "zone": self.zone,
            "hours_series": self.hours_series,
            "on_call_series": self.on_call_series,
            "hours_one_offs": self.hours_one_offs,
            "on_call_one_offs": self.on_call_one_offs,
            "time_off": self.time_off,
            "expanded": self.expanded,
            "ignored_free": self.ignored_free,
            "ignored_cancelled": self.ignored_cancelled,
            "changes": [c.isoformat() for c in self.changes],
            "lines": self.lines(),
        }


@dataclass
class Tally:
    """The importer's running counts (mutable while reading; frozen into an ImportSummary)."""

    hours_series: int = 0
    on_call_series: int = 0
    hours_one_offs: int = 0
    on_call_one_offs: int = 0
    time_off: int = 0
    expanded: int = 0
    ignored_free: int = 0
    ignored_cancelled: int = 0
    empty_series: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def count_series(self, kind: WindowKind) -> None:
        if kind is WindowKind.ON_CALL:
            self.on_call_series += 1
        else:
            self.hours_series += 1

    def count_single(self, kind: ExceptionKind | None) -> None:
        if kind is ExceptionKind.AVAILABLE:
            self.hours_one_offs += 1
        elif kind is ExceptionKind.ON_CALL:
            self.on_call_one_offs += 1
        elif kind is ExceptionKind.UNAVAILABLE:
            self.time_off += 1

    def ignore(self, event: Any) -> None:
        status = str(event.get("STATUS") or "").strip().upper()
        if status == "CANCELLED":
            self.ignored_cancelled += 1
        else:
            self.ignored_free += 1

    def freeze(
        self, zone: str, changes: tuple[datetime, ...], horizon: tuple[datetime, datetime]
    ) -> ImportSummary:
        return ImportSummary(
            zone,
            self.hours_series,
            self.on_call_series,
            self.hours_one_offs,
            self.on_call_one_offs,
            self.time_off,
            self.expanded,
            self.ignored_free,
            self.ignored_cancelled,
            self.empty_series,
            changes,
            horizon if self.expanded else None,
        )


@dataclass(frozen=True)
class CalendarImport:
    """A calendar read completely: its schedule versions (oldest first) and what was understood.

    The first version has ``effective_from=None`` (it reaches back in time); each later one
    starts where a weekly series starts or ends.
    """

    versions: tuple[ScheduleVersion, ...]
    summary: ImportSummary

    def history(self) -> ScheduleHistory:
        return ScheduleHistory(self.versions)

    @classmethod
    def single(cls, schedule: Schedule) -> CalendarImport:
        """A file that has no dates of its own (our ``.toml``): one version for all time."""
        summary = ImportSummary(
            schedule.timezone,
            hours_series=sum(1 for w in schedule.windows if w.kind is WindowKind.REGULAR),
            on_call_series=sum(1 for w in schedule.windows if w.kind is WindowKind.ON_CALL),
        )
        return cls((ScheduleVersion(None, schedule),), summary)

    def from_instant(self, cut: datetime) -> tuple[ScheduleVersion, ...]:
        """The versions that apply from ``cut`` on: the one in force then starts at ``cut``."""
        history = self.history()
        current = history.in_force(cut)
        assert current is not None
        later = tuple(
            v for v in self.versions if v.effective_from is not None and v.effective_from > cut
        )
        return (ScheduleVersion(cut, current), *later)
