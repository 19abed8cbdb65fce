"""The ``.toml`` schedule format (see :mod:`after_hours.availability.schedule_codec` for its shape)."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from typing import Any

from after_hours.availability.i18n import _
from after_hours.availability.schedule import Schedule
from after_hours.availability.schedule_codec import (
    ScheduleFormatError,
    schedule_from_dict,
    schedule_to_dict,
)


def read_toml(data: bytes, *, source: str = "schedule.toml") -> Schedule:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ScheduleFormatError(
            _("{source}: not UTF-8 text (byte {n}).").format(source=source, n=exc.start)
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleFormatError(f"{source}: {exc}") from exc
    try:
        return schedule_from_dict(doc)
    except ScheduleFormatError as exc:
        raise ScheduleFormatError(f"{source}: {exc}") from exc


def write_toml(schedule: Schedule) -> bytes:
    doc = schedule_to_dict(schedule)
    lines = [
        "# After Hours schedule. Times are wall-clock times in the zone below;",
        "# an end at or before its start crosses midnight.",
        f"timezone = {_value(doc['timezone'])}",
    ]
    for section in ("window", "exception"):
        for item in doc[section]:
            lines.append("")
            lines.append(f"[[{section}]]")
            lines.extend(f"{key} = {_value(value)}" for key, value in item.items())
    return ("\n".join(lines) + "\n").encode("utf-8")


def _value(value: Any) -> str:
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")  # TOML 1.0 local date-times need seconds
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} to TOML")
