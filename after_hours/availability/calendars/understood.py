"""What an import understood: the schedule versions a calendar gives, and a summary in words.

The user must be able to check an import before it replaces their hours ("12 events ignored:
marked free"), so the importer counts what each event became and this module says it. Pure
data and sentences: the CLI prints them, the app shows them in a confirm dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleHistory,
    ScheduleVersion,
    WindowKind,
)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


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
        if self.hours_series or self.on_call_series:
            parts = []
            if self.hours_series:
                parts.append(_plural(self.hours_series, "weekly series", "weekly series"))
            text = " and ".join(parts)
            if self.hours_series:
                text += " became working hours"
            if self.on_call_series:
                on_call = _plural(self.on_call_series, "weekly series", "weekly series")
                text = f"{text}; {on_call} became on-call" if text else f"{on_call} became on-call"
            out.append(text[0].upper() + text[1:] + f" (in {self.zone}).")
        if self.changes:
            from zoneinfo import ZoneInfo

            tz = ZoneInfo(self.zone)
            days = sorted({c.astimezone(tz).strftime("%Y-%m-%d") for c in self.changes})
            shown = ", ".join(days[:6]) + (f" and {len(days) - 6} more" if len(days) > 6 else "")
            out.append(f"Hours start or change on {shown} (each series applies only on its dates).")
        if self.hours_one_offs:
            out.append(
                _plural(self.hours_one_offs, "one-off event", "one-off events")
                + " became extra hours."
            )
        if self.on_call_one_offs:
            out.append(
                _plural(self.on_call_one_offs, "one-off event", "one-off events")
                + (
                    " became an on-call shift."
                    if self.on_call_one_offs == 1
                    else " became on-call shifts."
                )
            )
        if self.time_off:
            out.append(
                _plural(self.time_off, "event", "events")
                + " became time off (all-day or out of office)."
            )
        if self.expanded:
            span = ""
            if self.horizon:
                span = f" between {self.horizon[0]:%Y-%m-%d} and {self.horizon[1]:%Y-%m-%d}"
            out.append(
                _plural(self.expanded, "irregular series was", "irregular series were")
                + f" expanded into dated entries{span}."
            )
        if self.ignored_free:
            out.append(_plural(self.ignored_free, "event", "events") + " ignored: marked free.")
        if self.ignored_cancelled:
            out.append(_plural(self.ignored_cancelled, "event", "events") + " ignored: cancelled.")
        if self.empty_series:
            out.append(
                _plural(self.empty_series, "series", "series") + " ignored: no occurrence at all."
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
