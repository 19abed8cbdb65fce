"""Schedule files: ``.toml`` (our own, readable) and ``.ics`` (what calendars export).

Every import is all-or-nothing: the file is read and validated completely into a
:class:`~after_hours.availability.schedule.Schedule` before anything is saved, and a broken file raises
:class:`ScheduleFormatError` naming what and where.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from after_hours.availability.i18n import _
from after_hours.availability.lazy_names import load_name
from after_hours.availability.schedule import Schedule, ScheduleHistory
from after_hours.availability.schedule_codec import ScheduleFormatError

__all__ = [
    "ICS_SUFFIXES",
    "CalendarImport",
    "ImportSummary",
    "ScheduleFormatError",
    "dump_schedule",
    "load_calendar",
    "load_schedule",
]

if TYPE_CHECKING:
    from after_hours.availability.calendars.understood import CalendarImport, ImportSummary

ICS_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


_HOMES = dict.fromkeys(("CalendarImport", "ImportSummary"), "understood")


def __getattr__(name: str) -> object:
    """``CalendarImport`` and ``ImportSummary``, imported on first use.

    The tray imports this package for one line about a calendar subscription
    (``calendars.subscription``), which needs neither.
    """
    return load_name(__name__, _HOMES, globals(), name)


def load_calendar(
    path: Path, *, default_zone: str = "UTC", now: datetime | None = None
) -> CalendarImport:
    """Read a schedule file completely: its versions in time and what was understood.

    An ``.ics`` file's weekly series apply exactly on their dates (a change of hours is a new
    version); a ``.toml`` file is one version for all time.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScheduleFormatError(
            _("Cannot read {file}: {why}.").format(file=path, why=exc.strerror or exc)
        ) from exc
    suffix = path.suffix.lower()
    if suffix in ICS_SUFFIXES:
        from after_hours.availability.calendars.ics_format import read_ics_calendar

        return read_ics_calendar(data, source=path.name, default_zone=default_zone, now=now)
    from after_hours.availability.calendars.understood import CalendarImport

    return CalendarImport.single(load_schedule(path, default_zone=default_zone, now=now))


def load_schedule(
    path: Path, *, default_zone: str = "UTC", now: datetime | None = None
) -> Schedule:
    """Read a schedule from ``path``; the format follows the extension.

    ``default_zone`` is the zone of an ``.ics`` file that names none; ``now`` anchors the
    horizon over which an ``.ics`` file's irregular series are expanded.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScheduleFormatError(
            _("Cannot read {file}: {why}.").format(file=path, why=exc.strerror or exc)
        ) from exc
    suffix = path.suffix.lower()
    if suffix == ".toml":
        from after_hours.availability.calendars.toml_format import read_toml

        return read_toml(data, source=path.name)
    if suffix in ICS_SUFFIXES:
        from after_hours.availability.calendars.ics_format import read_ics

        return read_ics(data, source=path.name, default_zone=default_zone, now=now)
    raise ScheduleFormatError(
        _("{name}: unknown schedule format {suffix}; use .toml or .ics.").format(
            name=path.name, suffix=repr(suffix)
        )
    )


def dump_schedule(
    schedule: Schedule,
    path: Path,
    *,
    now: datetime | None = None,
    history: ScheduleHistory | None = None,
) -> None:
    """Write ``schedule`` to ``path`` in the format its extension names.

    With ``history``, an ``.ics`` file holds every version instead (each weekly window a series
    with its dates), so that importing it again answers the same on every date.
    """
    suffix = path.suffix.lower()
    if suffix == ".toml":
        from after_hours.availability.calendars.toml_format import write_toml

        data = write_toml(schedule)
    elif suffix in ICS_SUFFIXES:
        from after_hours.availability.calendars.ics_format import write_ics, write_ics_history

        data = write_ics_history(history, now=now) if history else write_ics(schedule, now=now)
    else:
        raise ScheduleFormatError(
            _("{name}: unknown schedule format {suffix}; use .toml or .ics.").format(
                name=path.name, suffix=repr(suffix)
            )
        )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
