"""CSV export: two tidy files written together, contacts and weekly indicators.

``report.csv`` holds one row per contact in the period; ``report-weekly.csv`` (beside it) holds
one row per week. Two plain files rather than a zip: a supervisor opens either in a spreadsheet
with no unpacking, and each file has one kind of row, so it stays tidy. The ``note`` column is
present only when notes were included, so a de-identified export has no free-text column at all.
"""

from __future__ import annotations

import csv
from pathlib import Path

from after_hours.availability.report.model import Report

CONTACT_COLUMNS = (
    "at",
    "date",
    "weekday",
    "hour",
    "client",
    "channel",
    "kind",
    "direction",
    "minutes",
    "classification",
    "after_hours",
    "crisis",
    "categories",
    "boundary",
)


def weekly_path(path: Path) -> Path:
    """Where the weekly file goes: ``report.csv`` -> ``report-weekly.csv``."""
    return path.with_name(f"{path.stem}-weekly{path.suffix or '.csv'}")


def contact_columns(report: Report) -> tuple[str, ...]:
    return (*CONTACT_COLUMNS, "note") if report.include_notes else CONTACT_COLUMNS


def weekly_columns(report: Report) -> tuple[str, ...]:
    names = [d.name for d in report.indicators]
    return (
        "week_start",
        *names,
        *(f"{n}_baseline" for n in names),
        "level",
        "reasons",
        "days_counted",  # "2026-11-30..2026-11-30" when the period cuts the week, else "all"
    )


def _flag(value: bool) -> str:
    return "true" if value else "false"


def write_contacts_csv(report: Report, path: Path) -> None:
    columns = contact_columns(report)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for c in report.contacts:
            row = [
                c.at.isoformat(timespec="seconds"),
                c.at.date().isoformat(),
                c.at.strftime("%a"),
                c.at.hour,
                c.client,
                c.channel,
                c.kind,
                c.direction,
                c.minutes,
                c.classification,
                _flag(c.classification == "after_hours"),
                _flag(c.crisis),
                ";".join(c.categories),
                _flag(c.boundary),
            ]
            if report.include_notes:
                row.append(c.note)
            w.writerow(row)


def _cell(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def write_weekly_csv(report: Report, path: Path) -> None:
    names = [d.name for d in report.indicators]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(weekly_columns(report))
        for week in report.weeks:
            w.writerow(
                [
                    week.week_start.isoformat(),
                    *(_cell(week.values.get(n)) for n in names),
                    *(_cell(week.baselines.get(n)) for n in names),
                    week.level,
                    "; ".join(week.reasons),
                    f"{week.cut[0].isoformat()}..{week.cut[1].isoformat()}" if week.cut else "all",
                ]
            )


def write_csv(report: Report, path: Path | str) -> list[Path]:
    """Write both files; returns their paths, contacts first."""
    contacts = Path(path)
    weekly = weekly_path(contacts)
    write_contacts_csv(report, contacts)
    write_weekly_csv(report, weekly)
    return [contacts, weekly]
