"""Schedule files: ``.toml`` (our own, readable) and ``.ics`` (what calendars export).

Every import is all-or-nothing: the file is read and validated completely into a
:class:`~availability.schedule.Schedule` before anything is saved, and a broken file raises
:class:`ScheduleFormatError` naming what and where.
"""

from __future__ import annotations

from pathlib import Path

from availability.schedule import Schedule
from availability.schedule_codec import ScheduleFormatError

__all__ = ["ScheduleFormatError", "dump_schedule", "load_schedule"]


def load_schedule(path: Path, *, default_zone: str = "UTC") -> Schedule:
    """Read a schedule from ``path``; the format follows the extension."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScheduleFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    suffix = path.suffix.lower()
    if suffix == ".toml":
        from availability.calendars.toml_format import read_toml

        return read_toml(data, source=path.name)
    raise ScheduleFormatError(
        f"{path.name}: unknown schedule format {suffix!r}; use .toml or .ics."
    )


def dump_schedule(schedule: Schedule, path: Path) -> None:
    """Write ``schedule`` to ``path`` in the format its extension names."""
    suffix = path.suffix.lower()
    if suffix == ".toml":
        from availability.calendars.toml_format import write_toml

        data = write_toml(schedule)
    else:
        raise ScheduleFormatError(
            f"{path.name}: unknown schedule format {suffix!r}; use .toml or .ics."
        )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
