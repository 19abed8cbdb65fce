"""A schedule as plain data: the shape of the ``.toml`` format and of the stored JSON.

One codec serves the file format and the database so they cannot drift apart::

    timezone = "America/Toronto"
    [[window]]
    days = ["mon", "tue", "wed", "thu", "fri"]
    start = "09:00"
    end = "17:00"          # an end at or before the start crosses midnight
    kind = "regular"       # or "on-call"
    [[exception]]
    start = 2026-12-24     # a date (whole days, end inclusive) or a date-time (end exclusive)
    end = 2026-12-26
    kind = "unavailable"   # or "available", or "on-call" (a one-off on-call shift)
    label = "Holidays"
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from after_hours.availability.i18n import _
from after_hours.availability.schedule import (
    DAY_NAMES,
    ExceptionKind,
    Schedule,
    ScheduleException,
    Window,
    WindowKind,
)
from after_hours.availability.timeutil import TimeInputError, parse_clock_time, zone

_DAY_ALIASES = {
    **{name: i for i, name in enumerate(DAY_NAMES)},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
_WINDOW_KEYS = {"days", "start", "end", "kind", "label"}
_EXCEPTION_KEYS = {"start", "end", "kind", "label"}
_TOP_KEYS = {"timezone", "window", "exception", "format", "name"}


class ScheduleFormatError(ValueError):
    """A schedule document that cannot be read; the message names what and where."""


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """Plain data for TOML or JSON. Whole-day exceptions are written as dates."""
    doc: dict[str, Any] = {"timezone": schedule.timezone, "window": [], "exception": []}
    for w in schedule.windows:
        item: dict[str, Any] = {
            "days": w.day_names(),
            "start": w.start.strftime("%H:%M"),
            "end": w.end.strftime("%H:%M"),
            "kind": w.kind.value,
        }
        if w.label:
            item["label"] = w.label
        doc["window"].append(item)
    for x in schedule.exceptions:
        whole_days = x.start.time() == time(0) and x.end.time() == time(0)
        start: date | datetime = x.start.date() if whole_days else x.start
        end: date | datetime = (x.end - timedelta(days=1)).date() if whole_days else x.end
        entry: dict[str, Any] = {"start": start, "end": end, "kind": x.kind.value}
        if x.label:
            entry["label"] = x.label
        doc["exception"].append(entry)
    return doc


def schedule_to_json_ready(schedule: Schedule) -> dict[str, Any]:
    """Like :func:`schedule_to_dict`, with dates as ISO strings for JSON."""
    doc = schedule_to_dict(schedule)
    for x in doc["exception"]:
        x["start"] = x["start"].isoformat()
        x["end"] = x["end"].isoformat()
    return doc


def schedule_from_dict(doc: dict[str, Any]) -> Schedule:
    """Validate and build a schedule; every error names the entry and the field."""
    if not isinstance(doc, dict):
        raise ScheduleFormatError(_("A schedule must be a table of settings."))
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise ScheduleFormatError(
            _("Unknown setting(s) {names}: expected timezone, window, exception.").format(
                names=", ".join(sorted(unknown))
            )
        )
    tz_name = doc.get("timezone")
    if not isinstance(tz_name, str) or not tz_name:
        raise ScheduleFormatError(
            _("'timezone' is missing: give an IANA name such as \"America/Toronto\".")
        )
    try:
        zone(tz_name)
    except TimeInputError as exc:
        raise ScheduleFormatError(f"timezone: {exc}") from exc
    windows = tuple(_window(i, w) for i, w in enumerate(_list(doc, "window"), start=1))
    exceptions = tuple(_exception(i, x) for i, x in enumerate(_list(doc, "exception"), start=1))
    return Schedule(tz_name, windows, exceptions)


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ScheduleFormatError(_("'{key}' must be a list of [[{key}]] tables.").format(key=key))
    return value


def _window(index: int, item: Any) -> Window:
    where = _("window {n}").format(n=index)
    if not isinstance(item, dict):
        raise ScheduleFormatError(_("{where}: must be a table.").format(where=where))
    unknown = set(item) - _WINDOW_KEYS
    if unknown:
        raise ScheduleFormatError(
            _("{where}: unknown field(s) {names}.").format(
                where=where, names=", ".join(sorted(unknown))
            )
        )
    days_raw = item.get("days")
    if isinstance(days_raw, str):
        days_raw = [days_raw]
    if not isinstance(days_raw, list) or not days_raw:
        raise ScheduleFormatError(
            _('{where}: \'days\' must list weekdays, e.g. ["mon", "tue"].').format(where=where)
        )
    days: set[int] = set()
    for d in days_raw:
        key = str(d).strip().lower()
        if key not in _DAY_ALIASES:
            raise ScheduleFormatError(
                _("{where}: 'days' has {value}, not a weekday (mon..sun).").format(
                    where=where, value=repr(d)
                )
            )
        days.add(_DAY_ALIASES[key])
    start = _clock(where, "start", item.get("start"))
    end = _clock(where, "end", item.get("end"))
    kind_raw = str(item.get("kind", "regular")).strip().lower().replace("_", "-")
    if kind_raw == "oncall":
        kind_raw = "on-call"
    try:
        kind = WindowKind(kind_raw)
    except ValueError as exc:
        raise ScheduleFormatError(
            _('{where}: \'kind\' is {value}; use "regular" or "on-call".').format(
                where=where, value=repr(item.get("kind"))
            )
        ) from exc
    return Window(frozenset(days), start, end, kind, str(item.get("label", "")))


def _clock(where: str, field: str, value: Any) -> time:
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if not isinstance(value, str):
        raise ScheduleFormatError(
            _("{where}: '{field}' is missing; give a time like \"09:00\".").format(
                where=where, field=field
            )
        )
    try:
        return parse_clock_time(value)
    except TimeInputError as exc:
        raise ScheduleFormatError(f"{where}: '{field}': {exc}") from exc


def _exception(index: int, item: Any) -> ScheduleException:
    where = _("exception {n}").format(n=index)
    if not isinstance(item, dict):
        raise ScheduleFormatError(_("{where}: must be a table.").format(where=where))
    unknown = set(item) - _EXCEPTION_KEYS
    if unknown:
        raise ScheduleFormatError(
            _("{where}: unknown field(s) {names}.").format(
                where=where, names=", ".join(sorted(unknown))
            )
        )
    start = _moment(where, "start", item.get("start"))
    end = _moment(where, "end", item.get("end", item.get("start")))
    # A date end is inclusive: "start = 2026-12-24, end = 2026-12-26" is three whole days.
    start_dt = start if isinstance(start, datetime) else datetime.combine(start, time(0))
    end_dt = (
        end if isinstance(end, datetime) else datetime.combine(end + timedelta(days=1), time(0))
    )
    kind_raw = str(item.get("kind", "unavailable")).strip().lower()
    try:
        kind = ExceptionKind(kind_raw)
    except ValueError as exc:
        raise ScheduleFormatError(
            _('{where}: \'kind\' is {value}; use "unavailable", "available" or "on-call".').format(
                where=where, value=repr(item.get("kind"))
            )
        ) from exc
    try:
        return ScheduleException(start_dt, end_dt, kind, str(item.get("label", "")))
    except ValueError as exc:
        raise ScheduleFormatError(
            _("{where}: ends before it starts ({start} to {end}).").format(
                where=where, start=start, end=end
            )
        ) from exc


def _moment(where: str, field: str, value: Any) -> date | datetime:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ScheduleFormatError(
                _(
                    "{where}: '{field}' has an offset; exceptions are wall-clock times in the "
                    "schedule's zone."
                ).format(where=where, field=field)
            )
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            parsed = (
                datetime.fromisoformat(raw) if "T" in raw or " " in raw else date.fromisoformat(raw)
            )
        except ValueError:
            parsed = None
        if parsed is not None:
            return _moment(where, field, parsed)
        raise ScheduleFormatError(
            _("{where}: '{field}' is {value}; give a date (2026-12-24) or date-time.").format(
                where=where, field=field, value=repr(value)
            )
        )
    raise ScheduleFormatError(_("{where}: '{field}' is missing.").format(where=where, field=field))
