"""Parsing and formatting of instants and zones, shared by the CLI, importers and the UI.

Instants are stored in UTC and shown in the user's zone. A zone is always an IANA name
resolved through ``zoneinfo``; fixed offsets are refused because they are wrong half the year.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from after_hours.availability.i18n import _


class TimeInputError(ValueError):
    """A date, time or zone the user typed could not be understood."""


def zone(name: str) -> ZoneInfo:
    """Return the IANA zone called ``name``, or a plain error naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeInputError(
            _("Unknown time zone {name}: use an IANA name such as 'America/Toronto'").format(
                name=repr(name)
            )
        ) from exc


def system_zone_name() -> str:
    """The machine's IANA zone name, falling back to UTC when it cannot be told."""
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        try:
            ZoneInfo(tz_env)
            return tz_env
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            name = "/".join(parts[parts.index("zoneinfo") + 1 :])
            ZoneInfo(name)
            return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    timezone_file = Path("/etc/timezone")
    try:
        name = timezone_file.read_text(encoding="utf-8").strip()
        ZoneInfo(name)
        return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        return "UTC"


def parse_instant(text: str, default_zone: tzinfo | None = None) -> datetime:
    """Parse ISO 8601 with an offset or ``Z`` into an aware UTC datetime.

    A value without an offset is read in ``default_zone`` when one is given (the user's
    zone for typed input); otherwise it is refused, because guessing silently is worse.
    """
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError as exc:
        raise TimeInputError(
            _(
                "Not a date and time: {text} (expected ISO 8601, e.g. 2026-03-08T01:30:00-05:00)"
            ).format(text=repr(text))
        ) from exc
    if value.tzinfo is None:
        if default_zone is None:
            raise TimeInputError(
                _("{text} has no offset: add one (e.g. -05:00) or Z").format(text=repr(text))
            )
        value = value.replace(tzinfo=default_zone)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        # Year 9999 or 0001 is a typo or a broken export, never a contact; at the edges of
        # datetime's range the arithmetic that follows (UTC, weeks) would overflow.
        raise TimeInputError(
            _("{text} is outside the years {first} to {last}; check the date.").format(
                text=repr(text), first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return value.astimezone(UTC)


FIRST_YEAR = 1900
LAST_YEAR = 2199


def parse_date(text: str) -> date:
    """Parse a calendar date ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise TimeInputError(
            _("Not a date: {text} (expected YYYY-MM-DD)").format(text=repr(text))
        ) from exc


def parse_clock_time(text: str) -> time:
    """Parse a wall-clock time ``HH:MM`` (``24:00`` is read as midnight)."""
    raw = text.strip()
    if raw in {"24:00", "24:00:00"}:
        return time(0, 0)
    try:
        return time.fromisoformat(raw)
    except ValueError as exc:
        raise TimeInputError(
            _("Not a time of day: {text} (expected HH:MM)").format(text=repr(text))
        ) from exc


def utc_iso(instant: datetime) -> str:
    """The storage form of an instant: UTC, ISO 8601, second precision, ``Z`` suffix."""
    if instant.tzinfo is None:
        raise ValueError("refusing to store a naive datetime")
    return instant.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def from_utc_iso(text: str) -> datetime:
    """Read back an instant written by :func:`utc_iso`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def local_iso(instant: datetime, tz: tzinfo) -> str:
    """An instant as ISO 8601 in ``tz`` with its offset: exact, and readable by a person."""
    return instant.astimezone(tz).isoformat(timespec="seconds")
