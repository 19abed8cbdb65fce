"""``.ics`` import and export: calendars as Google, Outlook and Apple write them.

Parsing and recurrence expansion are icalendar's and recurring-ical-events'; this module only
decides what each event *means* for availability (the rules of the design brief):

- a busy timed event is availability; an all-day event, or one Outlook marks out of office
  (``X-MICROSOFT-CDO-BUSYSTATUS:OOF``), is unavailability; a free event (``TRANSP:TRANSPARENT``
  or ``X-MICROSOFT-CDO-BUSYSTATUS:FREE``) and a cancelled one are ignored;
- a series that repeats every week for ever (``FREQ=WEEKLY`` with ``BYDAY``, or ``FREQ=DAILY``,
  no ``INTERVAL`` above 1, no ``COUNT``/``UNTIL``, at most 24 hours long, in the schedule's zone)
  becomes a weekly :class:`~after_hours.availability.schedule.Window`; on-call when its summary, categories
  or our own ``X-AFTER-HOURS-KIND`` say so ("On call", "Garde", "Astreinte"...);
  its ``EXDATE`` occurrences become ``unavailable`` exceptions, its ``RDATE`` occurrences and
  moved occurrences (``RECURRENCE-ID``) ``available`` ones;
- any other series (ending with ``UNTIL``/``COUNT``, every other week, monthly, in another
  zone than the schedule's, all-day or out of office) is expanded by recurring-ical-events over
  a bounded horizon, :data:`LOOK_BACK` before and :data:`LOOK_AHEAD` after the import, and each
  occurrence becomes an exception. Outside the horizon such a series is not represented: the
  schedule engine's exceptions are dated, and an ending series is, by definition, temporary;
- a single timed event is an ``available`` exception (exceptions have no on-call kind, so a
  one-off on-call shift counts as in hours).

The schedule's zone is the zone of the weekly series (Windows names such as
``Eastern Standard Time`` mapped to IANA), else the calendar's ``X-WR-TIMEZONE``, else the
zone of the other events, else ``default_zone`` (the user's). When the user's own zone keeps
the same clock as the one found (an Outlook user in Toronto, whose file says
``Eastern Standard Time``, i.e. America/New_York), the user's zone name is kept.

Export writes one weekly ``RRULE`` event per window and one event per exception (out of office
for ``unavailable``), with a ``VTIMEZONE`` for the zone, so that importing the file again gives
the same answers (``tests/test_ics_roundtrip.py``).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
import recurring_ical_events
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from after_hours.availability.calendars.understood import CalendarImport
from after_hours.availability.calendars.understood import Tally as _Tally
from after_hours.availability.clock import SystemClock
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    ScheduleHistory,
    ScheduleVersion,
    Window,
    WindowKind,
)
from after_hours.availability.schedule import (
    wall_to_utc as _wall_to_utc,
)
from after_hours.availability.schedule_codec import ScheduleFormatError

__all__ = [
    "LOOK_AHEAD",
    "LOOK_BACK",
    "read_ics",
    "read_ics_calendar",
    "write_ics",
    "write_ics_history",
]

# The horizon over which series that are not plain weekly windows are expanded.
LOOK_BACK = timedelta(days=366)
LOOK_AHEAD = timedelta(days=800)  # the schedule engine's own search horizon
# At most this many occurrences of one series are read. A damaged or hostile rule
# ("COUNT=99999999", "FREQ=SECONDLY") would otherwise be expanded into millions of events and
# exhaust the machine's memory before any error could be said. A work calendar's series stay
# far below it: every weekday for the whole horizon is about 830.
MAX_OCCURRENCES = 20_000

# Words that mark an on-call series in the summary or categories (English, French, German,
# Spanish/Italian), matched as whole words, case-insensitively.
_ON_CALL = re.compile(
    r"\b(on[\s-]?call|garde|astreinte|permanence|bereitschaft\w*|guardia|כוננות)\b", re.IGNORECASE
)
_BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_ICS_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Properties whose breakage makes an event unreadable (others are ignored if broken).
_NEEDED = {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"}
# The week the exported weekly series start in: early January has no DST change anywhere.
_EXPORT_ANCHOR = date(2024, 1, 1)  # a Monday
_PRODID = "-//After Hours//Schedule export//EN"
KIND_PROPERTY = "X-AFTER-HOURS-KIND"
LABEL_PROPERTY = "X-AFTER-HOURS-LABEL"  # the exact label, even empty (SUMMARY has a default)


# -- reading ------------------------------------------------------------------------------------


@dataclass
class _EventPlace:
    """Where one VEVENT is in the file, for error messages."""

    line: int
    summary: str = ""
    uid: str = ""
    props: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        name = f"'{self.summary}'" if self.summary else "without a summary"
        uid = f" (UID {self.uid})" if self.uid else ""
        return f"event {name}{uid} at line {self.line}"

    def line_of(self, prop: str) -> int:
        return self.props.get(prop, self.line)


def read_ics(
    data: bytes, *, source: str, default_zone: str, now: datetime | None = None
) -> Schedule:
    """The schedule the calendar puts in force at ``now`` (see :func:`read_ics_calendar`).

    Only that one version: a caller that saves what it reads wants the whole history
    :func:`read_ics_calendar` gives, so that a series means exactly its dates.
    """
    result = read_ics_calendar(data, source=source, default_zone=default_zone, now=now)
    anchor = (now or SystemClock().now()).astimezone(UTC)
    found = result.history().in_force(anchor)
    assert found is not None  # a calendar import always has at least one version
    return found


def read_ics_calendar(
    data: bytes, *, source: str, default_zone: str, now: datetime | None = None
) -> CalendarImport:
    """Read an iCalendar file into schedule versions and a summary, or raise an error.

    Raises :class:`ScheduleFormatError` naming what and where.

    ``now`` anchors the horizon over which irregular series are expanded (see the module
    docstring); without it, the file's latest ``DTSTAMP`` (its export time) is used.
    """
    places = _scan_structure(data, source)
    # icalendar caches zones built from VTIMEZONE blocks by TZID for the whole process, so a
    # second file with its own "Customized Time Zone" would get the first file's rules.
    # Choosing the (default) zoneinfo provider again empties that cache.
    icalendar.use_zoneinfo()  # type: ignore[no-untyped-call]
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:  # icalendar's parse errors
        raise ScheduleFormatError(f"{source}: not a readable iCalendar file ({exc}).") from exc
    except (AttributeError, TypeError, KeyError, IndexError) as exc:
        # icalendar trips over some broken structures instead of reporting them (a VTIMEZONE
        # with two TZID lines raises AttributeError); the fuzz suite in tests/reliability
        # keeps those files as examples. For the user it is the same: the file is damaged.
        raise ScheduleFormatError(
            f"{source}: not a readable iCalendar file (its structure is damaged: "
            f"{type(exc).__name__})."
        ) from exc
    events = list(calendar.walk("VEVENT"))
    if len(events) != len(places):  # pragma: no cover - both count BEGIN:VEVENT
        places = [_EventPlace(0) for _ in events]
    if not events:
        raise ScheduleFormatError(f"{source}: the calendar holds no events, so no hours to import.")
    for event, place in zip(events, places, strict=True):
        _check_event(event, place, source)
    reader = _Reader(calendar, events, places, source, default_zone)
    anchor = now or reader.latest_stamp() or SystemClock().now()
    return reader.build(anchor.astimezone(UTC))


def _scan_structure(data: bytes, source: str) -> list[_EventPlace]:
    """Check BEGIN/END nesting line by line and remember where each VEVENT is.

    icalendar reports a truncated file as "found no components"; this says which component
    was left open, and where.
    """
    text = data.decode("utf-8-sig", errors="replace")
    stack: list[tuple[str, int]] = []
    places: list[_EventPlace] = []
    current: _EventPlace | None = None
    seen_calendar = False
    last_line = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        if not raw.strip():
            continue
        last_line = number
        if raw[0] in " \t":  # a folded continuation line
            continue
        name, _, value = raw.partition(":")
        key = name.split(";", 1)[0].strip().upper()
        value = value.strip()
        if key == "BEGIN":
            component = value.upper()
            if not stack and component != "VCALENDAR":
                raise ScheduleFormatError(
                    f"{source}: line {number}: expected BEGIN:VCALENDAR, found BEGIN:{value}."
                )
            seen_calendar = True
            stack.append((component, number))
            if component == "VEVENT":
                current = _EventPlace(number)
                places.append(current)
        elif key == "END":
            component = value.upper()
            if not stack or stack[-1][0] != component:
                opened = f"BEGIN:{stack[-1][0]} at line {stack[-1][1]}" if stack else "nothing"
                raise ScheduleFormatError(
                    f"{source}: line {number}: END:{value} does not close {opened}."
                )
            stack.pop()
            if component == "VEVENT":
                current = None
        elif not seen_calendar:
            raise ScheduleFormatError(
                f"{source}: line {number}: not an iCalendar file (it should start with BEGIN:VCALENDAR)."
            )
        elif current is not None and stack and stack[-1][0] == "VEVENT":
            current.props.setdefault(key, number)
            if key == "SUMMARY":
                current.summary = _unescape(value)
            elif key == "UID":
                current.uid = value
    if not seen_calendar:
        raise ScheduleFormatError(f"{source}: the file is empty; expected an iCalendar file.")
    if stack:
        component, opened_at = stack[-1]
        inside = ""
        if any(name == "VEVENT" for name, _ in stack) and places:
            inside = f" ({places[-1].describe()})"
        raise ScheduleFormatError(
            f"{source}: the file ends at line {last_line} inside BEGIN:{component} from line "
            f"{opened_at}{inside}: it looks truncated. Export the calendar again."
        )
    return places


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape_text(value: str) -> str:
    """RFC 5545 TEXT unescaping: backslash-n is a newline; backslash, ; and , are literal."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _unescape(value: str) -> str:
    return value.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\\\", "\\")


def _check_event(event: Any, place: _EventPlace, source: str) -> None:
    for prop, message in getattr(event, "errors", []) or []:
        if str(prop).upper() in _NEEDED:
            raise ScheduleFormatError(
                f"{source}: line {place.line_of(str(prop).upper())}: {place.describe()}: "
                f"{prop} cannot be read ({message})."
            )
    if event.get("DTSTART") is None:
        raise ScheduleFormatError(f"{source}: {place.describe()} has no DTSTART (no start time).")
    for prop in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE"):
        if isinstance(event.get(prop), list):
            # RFC 5545 allows one of each; two (a hand edit, a bad merge) leave the time unknown.
            raise ScheduleFormatError(
                f"{source}: line {place.line_of(prop)}: {place.describe()}: {prop} appears "
                "more than once; an event has one."
            )
    for prop in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        value = event.get(prop)
        if value is not None:
            _check_zone(value, prop, place, source)
    for prop in ("EXDATE", "RDATE"):
        for item in _as_list(event.get(prop)):
            _check_zone(item, prop, place, source)


def _check_zone(value: Any, prop: str, place: _EventPlace, source: str) -> None:
    params = getattr(value, "params", {}) or {}
    tzid = params.get("TZID")
    dts: list[Any] = [d.dt for d in value.dts] if hasattr(value, "dts") else [value.dt]
    for dt in dts:
        first = dt[0] if isinstance(dt, tuple) else dt
        if tzid and isinstance(first, datetime) and first.tzinfo is None:
            raise ScheduleFormatError(
                f"{source}: line {place.line_of(prop)}: {place.describe()}: unknown time zone "
                f"{tzid!r} in {prop} (no VTIMEZONE block defines it, and it is neither an IANA "
                "nor a Windows zone name)."
            )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def zone_name_for_tzid(tzid: str) -> str | None:
    """The IANA name an iCalendar TZID stands for, if it names one (Windows names mapped)."""
    cleaned = tzid.strip().strip("/")
    candidates = [cleaned]
    if cleaned in WINDOWS_TO_OLSON:
        candidates.insert(0, WINDOWS_TO_OLSON[cleaned])
    if tzid.startswith("/"):  # "globally unique" ids such as /mozilla.org/20050126_1/Europe/Paris
        parts = cleaned.split("/")
        candidates.extend("/".join(parts[i:]) for i in range(1, len(parts)))
    for name in candidates:
        if not name or name.startswith(("+", "-")):
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return "UTC" if name in {"Etc/UTC", "Etc/GMT", "GMT", "Z", "UCT", "Zulu"} else name
    return None


Offsets = Callable[[datetime], "timedelta | None"]


def offsets_of(zone: tzinfo) -> Offsets:
    """A memoised "UTC offset of ``zone`` at an instant" (VTIMEZONE zones are slow to query)."""

    @functools.cache
    def offset(instant: datetime) -> timedelta | None:
        return instant.astimezone(zone).utcoffset()

    return offset


_SPAN = (datetime(2020, 1, 1, 12, tzinfo=UTC), datetime(2033, 1, 1, tzinfo=UTC))


def same_clock(
    a: tzinfo | Offsets, b: tzinfo | Offsets, span: tuple[datetime, datetime] = _SPAN
) -> bool:
    """Whether two zones (or memoised offsets) show the same time over ``span``.

    Weekly samples find any difference lasting a week; where either zone changes its offset
    between two samples, the exact instant of the change is found by bisection and the other
    zone is checked on both sides of it. Zones built from a VTIMEZONE block are slow to query
    (dateutil), hence no brute-force scan.
    """
    first = offsets_of(a) if isinstance(a, tzinfo) else a
    second = offsets_of(b) if isinstance(b, tzinfo) else b

    def change_in(zone: Offsets, lo: datetime, hi: datetime) -> datetime:
        before = zone(lo)
        while hi - lo > timedelta(seconds=1):
            mid = lo + (hi - lo) / 2
            if zone(mid) == before:
                lo = mid
            else:
                hi = mid
        return hi

    step = timedelta(days=7)
    prev, end = span
    if first(prev) != second(prev):
        return False
    while prev < end:
        here = prev + step
        if first(here) != second(here):
            return False
        for zone in (first, second):
            if zone(prev) != zone(here):
                moment = change_in(zone, prev, here)
                for t in (moment - timedelta(seconds=1), moment):
                    if first(t) != second(t):
                        return False
        prev = here
    return True


_REGIONS = (
    "Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/",
    "Indian/", "Pacific/",
)  # fmt: skip


def iana_equivalent(
    zone: tzinfo | Offsets, preferred: Iterable[str] = (), span: tuple[datetime, datetime] = _SPAN
) -> str | None:
    """An IANA zone keeping the same clock as ``zone`` (e.g. an Outlook "Customized Time Zone").

    The ``preferred`` names (the user's zone, the calendar's) are tried first, then the zones
    Windows names map to, then every other regional IANA zone, alphabetically; only those with
    the same offsets in each season of 2026 are compared fully.
    """
    offsets = offsets_of(zone) if isinstance(zone, tzinfo) else zone
    seasons = [datetime(2026, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)]
    wanted = [offsets(t) for t in seasons]
    names = [n for n in preferred if n]
    names += WINDOWS_TO_OLSON.values()  # a main city per Windows zone: New York, Sydney...
    names += sorted(n for n in available_timezones() if n.startswith(_REGIONS))
    for name in dict.fromkeys(names):
        try:
            candidate = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        if [t.astimezone(candidate).utcoffset() for t in seasons] != wanted:
            continue
        if same_clock(offsets, candidate, span):
            return name
    return None


@dataclass
class _Zone:
    """An event's zone: an IANA name when known, and the tzinfo icalendar built."""

    key: str  # IANA name, "custom:<TZID>", or "" for floating times
    tz: tzinfo | None


class _Reader:
    """Turns the events of one calendar into windows and exceptions."""

    def __init__(
        self,
        calendar: Any,
        events: list[Any],
        places: list[_EventPlace],
        source: str,
        default_zone: str,
    ) -> None:
        self.calendar = calendar
        self.events = events
        self.places = {id(e): p for e, p in zip(events, places, strict=True)}
        self.source = source
        self.default_zone = default_zone
        self._matches: dict[str, bool] = {}
        self._offset_cache: dict[str, Offsets] = {}
        # Zones are compared over the import's horizon (set in build()).
        self.span = _SPAN
        self.series: list[_Series] = []
        self.summary = _Tally()
        self.exceptions: list[ScheduleException] = []
        self.zone_name = ""
        self.tz: ZoneInfo = ZoneInfo("UTC")

    def latest_stamp(self) -> datetime | None:
        stamps = [
            e["DTSTAMP"].dt
            for e in self.events
            if e.get("DTSTAMP") is not None and isinstance(e["DTSTAMP"].dt, datetime)
        ]
        stamps = [s if s.tzinfo else s.replace(tzinfo=UTC) for s in stamps]
        return max(stamps) if stamps else None

    # -- zones --------------------------------------------------------------------------------

    def event_zone(self, event: Any) -> _Zone:
        value = event["DTSTART"]
        dt = value.dt
        if not isinstance(dt, datetime) or dt.tzinfo is None:
            return _Zone("", None)
        tzid = (value.params or {}).get("TZID")
        if tzid:
            name = zone_name_for_tzid(str(tzid))
            return _Zone(name or f"custom:{tzid}", dt.tzinfo)
        return _Zone("UTC", UTC)

    def pick_zone(self, busy: list[Any]) -> str:
        def named(events: Iterable[Any]) -> list[str]:
            keys = [self.event_zone(e).key for e in events]
            return [k for k in keys if k and k != "UTC" and not k.startswith("custom:")]

        series = [e for e in busy if e.get("RRULE") is not None and self._timed(e)]
        wr = self.calendar.get("X-WR-TIMEZONE")
        wr_name = zone_name_for_tzid(str(wr)) if wr else None
        for candidates in (named(series), [wr_name] if wr_name else [], named(busy)):
            if candidates:
                best = max(dict.fromkeys(candidates), key=candidates.count)
                return self._prefer_users_zone(best)
        # Only custom VTIMEZONE blocks ("Customized Time Zone"), UTC or floating times.
        custom = [z for z in (self.event_zone(e) for e in series or busy) if z.tz is not None]
        custom = [z for z in custom if z.key.startswith("custom:")]
        if custom:
            keys = [z.key for z in custom]
            most = max(dict.fromkeys(keys), key=keys.count)
            zone = next(z for z in custom if z.key == most)
            assert zone.tz is not None
            found = iana_equivalent(
                self._offsets(zone.key, zone.tz), [self.default_zone, wr_name or ""], self.span
            )
            if found:
                return found
        return self.default_zone

    def _prefer_users_zone(self, found: str) -> str:
        if found == self.default_zone:
            return found
        try:
            if same_clock(ZoneInfo(found), ZoneInfo(self.default_zone), self.span):
                return self.default_zone
        except (ZoneInfoNotFoundError, ValueError):
            pass
        return found

    def matches(self, zone: _Zone) -> bool:
        """Whether an event's wall-clock times can be read as the schedule's wall clock."""
        if not zone.key or zone.key == self.zone_name:
            return True
        if zone.key not in self._matches:
            other = zone.tz if zone.key.startswith("custom:") else ZoneInfo(zone.key)
            self._matches[zone.key] = other is not None and same_clock(
                self._offsets(zone.key, other), self._offsets(self.zone_name, self.tz), self.span
            )
        return self._matches[zone.key]

    def _offsets(self, key: str, zone: tzinfo) -> Offsets:
        if key not in self._offset_cache:
            self._offset_cache[key] = offsets_of(zone)
        return self._offset_cache[key]

    def wall(self, dt: datetime, zone: _Zone) -> datetime:
        """An event time as a naive wall-clock time in the schedule's zone."""
        if dt.tzinfo is None or self.matches(zone):
            return dt.replace(tzinfo=None)
        return dt.astimezone(self.tz).replace(tzinfo=None)

    # -- the whole calendar ---------------------------------------------------------------------

    def build(self, now: datetime) -> CalendarImport:
        busy = [e for e in self.events if not _ignored(e)]
        if not busy:
            raise ScheduleFormatError(
                f"{self.source}: every event is free (transparent) or cancelled, so there are "
                "no hours to import."
            )
        self.span = (now - LOOK_BACK, now + LOOK_AHEAD)
        self.zone_name = self.pick_zone(busy)
        self.tz = ZoneInfo(self.zone_name)
        groups: dict[str, list[Any]] = {}
        for index, event in enumerate(self.events):
            uid = str(event.get("UID") or f"no-uid-{index}")
            groups.setdefault(uid, []).append(event)
        lo, hi = now - LOOK_BACK, now + LOOK_AHEAD
        for members in groups.values():
            masters = [e for e in members if e.get("RECURRENCE-ID") is None]
            overrides = [e for e in members if e.get("RECURRENCE-ID") is not None]
            for master in masters:
                if _ignored(master):  # a free series: only its moved occurrences may count
                    self.summary.ignore(master)
                    for moved in overrides:
                        self._single(moved)
                    continue
                if self._as_window(master, overrides):
                    continue
                if master.get("RRULE") is not None or master.get("RDATE") is not None:
                    self.summary.expanded += 1
                    self._expand(master, overrides, lo, hi)
                else:
                    self.summary.count_single(self._single(master))
            if not masters:  # moved occurrences whose series is not in the file
                for event in overrides:
                    self._single(event)
        exceptions = tuple(
            sorted(dict.fromkeys(self.exceptions), key=lambda x: (x.start, x.end, x.kind.value))
        )
        versions = _versions(self.zone_name, self.series, exceptions)
        summary = self.summary.freeze(
            self.zone_name,
            tuple(v.effective_from for v in versions if v.effective_from is not None),
            (lo, hi),
        )
        return CalendarImport(versions, summary)

    # -- one series -----------------------------------------------------------------------------

    def _timed(self, event: Any) -> bool:
        return isinstance(event["DTSTART"].dt, datetime)

    def _wall_duration(self, event: Any) -> timedelta:
        """Start to end in wall-clock terms (a window is wall-clock time)."""
        start = event["DTSTART"].dt
        if event.get("DTEND") is not None:
            end = event["DTEND"].dt
            if isinstance(start, datetime) and isinstance(end, datetime):
                if end.tzinfo is not None and start.tzinfo is not None:
                    end = end.astimezone(start.tzinfo)
                return end.replace(tzinfo=None) - start.replace(tzinfo=None)
            if isinstance(start, datetime) or isinstance(end, datetime):
                return timedelta(0)
            return timedelta(days=(end - start).days)
        if event.get("DURATION") is not None:
            duration: timedelta = event["DURATION"].dt
            return duration
        return timedelta(days=1) if not isinstance(start, datetime) else timedelta(0)

    def _as_window(self, event: Any, overrides: list[Any]) -> bool:
        """Make a weekly window of a plain weekly series; False if it is not one."""
        rule = event.get("RRULE")
        if rule is None or _ignored(event) or not self._timed(event) or _out_of_office(event):
            return False
        if isinstance(rule, list):
            if len(rule) != 1:
                return False
            rule = rule[0]
        weekly = _weekly_days(rule, event["DTSTART"].dt)
        days = weekly[0] if weekly else None
        zone = self.event_zone(event)
        duration = self._wall_duration(event)
        if days is None or not self.matches(zone) or not timedelta(0) < duration <= timedelta(1):
            return False
        start = self.wall(event["DTSTART"].dt, zone)
        end = start + duration
        summary = _label(event)
        window = Window(frozenset(days), start.time(), end.time(), _window_kind(event), summary)
        first = _wall_to_utc(start.date(), start.time(), self.tz)
        last: datetime | None = None
        if weekly and weekly[1]:  # it ends (UNTIL or COUNT): its last occurrence says when
            occurrences = self._occurrences(event)
            if occurrences is not None:
                ends = [
                    _wall_to_utc(w.date(), w.time(), self.tz)
                    for w in (self.wall(o["DTEND"].dt, zone) for o in occurrences)
                ]
                if not ends:
                    self.summary.empty_series += 1
                    return True
                last = max(ends)
        self.series.append(_Series(window, first, last))
        self.summary.count_series(window.kind)
        for item in _as_list(event.get("EXDATE")):
            for excluded in _dates_of(item):
                first = self._occurrence_start(excluded, event, zone)
                self.exceptions.append(
                    ScheduleException(first, first + duration, ExceptionKind.UNAVAILABLE, summary)
                )
        for item in _as_list(event.get("RDATE")):
            for extra in _dates_of(item):
                if isinstance(extra, tuple):  # a PERIOD: start/end or start/duration
                    begin = self._occurrence_start(extra[0], event, zone)
                    tail = extra[1]
                    stop = (
                        begin + tail
                        if isinstance(tail, timedelta)
                        else self._occurrence_start(tail, event, zone)
                    )
                else:
                    begin = self._occurrence_start(extra, event, zone)
                    stop = begin + duration
                self._add(begin, stop, ExceptionKind.AVAILABLE, summary)
        for moved in overrides:
            original = self._occurrence_start(moved["RECURRENCE-ID"].dt, event, zone)
            self._add(original, original + duration, ExceptionKind.UNAVAILABLE, summary)
            self._single(moved)
        return True

    def _occurrence_start(self, value: date | datetime, event: Any, zone: _Zone) -> datetime:
        if isinstance(value, datetime):
            return self.wall(value, zone)
        return datetime.combine(value, self.wall(event["DTSTART"].dt, zone).time())

    def _sub_calendar(self, master: Any, overrides: Iterable[Any] = ()) -> Any:
        sub = icalendar.Calendar()
        for timezone in self.calendar.walk("VTIMEZONE"):
            sub.add_component(timezone)
        sub.add_component(master)
        for moved in overrides:
            sub.add_component(moved)
        return sub

    def _cannot_expand(self, master: Any, exc: Exception) -> ScheduleFormatError:
        place = self.places.get(id(master), _EventPlace(0))
        return ScheduleFormatError(
            f"{self.source}: line {place.line_of('RRULE')}: {place.describe()}: its "
            f"repetition cannot be expanded ({exc})."
        )

    def _too_many(self, master: Any, lo: datetime, hi: datetime, how: str) -> ScheduleFormatError:
        place = self.places.get(id(master), _EventPlace(0))
        return ScheduleFormatError(
            f"{self.source}: line {place.line_of('RRULE')}: {place.describe()}: {how} in the "
            f"{(hi - lo).days} days an import looks at. That is not a work schedule; remove or "
            "shorten that series and import again."
        )

    def _occurrences(self, master: Any) -> list[Any] | None:
        """Every occurrence of a series that ends (UNTIL or COUNT), by recurring-ical-events.

        None when it repeats more than :data:`MAX_OCCURRENCES` times: a weekly window that
        long ends centuries after the horizon, so within it the series does not end.
        """
        if any(
            isinstance(count, int) and count > MAX_OCCURRENCES
            for count in _rule_values(master, "COUNT")
        ):
            return None
        try:
            every = recurring_ical_events.of(self._sub_calendar(master)).all()
            first = list(islice(every, MAX_OCCURRENCES + 1))
        except Exception as exc:  # the library's errors for rules it cannot expand
            raise self._cannot_expand(master, exc) from exc
        return None if len(first) > MAX_OCCURRENCES else first

    def _expand(self, master: Any, overrides: list[Any], lo: datetime, hi: datetime) -> None:
        """Expand an irregular series over the horizon with recurring-ical-events."""
        for freq, every in (("SECONDLY", "every second"), ("MINUTELY", "every minute")):
            if freq in _rule_values(master, "FREQ"):
                raise self._too_many(master, lo, hi, f"it repeats {every}")
        sub = self._sub_calendar(master, overrides)
        occurrences: list[Any] = []
        try:
            # Read lazily and stop at the horizon's end, so a rule that repeats every second is
            # refused after MAX_OCCURRENCES, not expanded in full first.
            for occurrence in recurring_ical_events.of(sub).after(lo):
                if _starts_after(occurrence["DTSTART"].dt, hi):
                    break
                occurrences.append(occurrence)
                if len(occurrences) > MAX_OCCURRENCES:
                    raise self._too_many(
                        master, lo, hi, f"it repeats more than {MAX_OCCURRENCES:,} times"
                    )
        except ScheduleFormatError:
            raise
        except Exception as exc:  # the library's errors for rules it cannot expand
            raise self._cannot_expand(master, exc) from exc
        for occurrence in occurrences:
            self._single(occurrence)

    def _single(self, event: Any) -> ExceptionKind | None:
        """One occurrence: what it became (None: nothing).

        All-day or out of office is unavailable; busy timed is available, or on call when its
        words or our kind say so.
        """
        if _ignored(event):
            return None
        start = event["DTSTART"].dt
        summary = _label(event)
        duration = self._wall_duration(event)
        if duration <= timedelta(0):
            return None
        if not isinstance(start, datetime):
            first = datetime.combine(start, time(0))
            last = datetime.combine(start + timedelta(days=max(duration.days, 1)), time(0))
            self._add(first, last, ExceptionKind.UNAVAILABLE, summary)
            return ExceptionKind.UNAVAILABLE
        zone = self.event_zone(event)
        begin = self.wall(start, zone)
        if event.get("DTEND") is not None and isinstance(event["DTEND"].dt, datetime):
            end_dt = event["DTEND"].dt
            end_zone = zone if end_dt.tzinfo is start.tzinfo else self._zone_of_end(event)
            stop = self.wall(end_dt, end_zone)
        else:
            stop = begin + duration
        if _out_of_office(event):
            kind = ExceptionKind.UNAVAILABLE
        elif _window_kind(event) is WindowKind.ON_CALL:
            kind = ExceptionKind.ON_CALL
        else:
            kind = ExceptionKind.AVAILABLE
        self._add(begin, stop, kind, summary)
        return kind

    def _zone_of_end(self, event: Any) -> _Zone:
        value = event["DTEND"]
        tzid = (value.params or {}).get("TZID")
        if tzid:
            return _Zone(zone_name_for_tzid(str(tzid)) or f"custom:{tzid}", value.dt.tzinfo)
        return _Zone("UTC", UTC) if value.dt.tzinfo else _Zone("", None)

    def _add(self, start: datetime, end: datetime, kind: ExceptionKind, label: str) -> None:
        if end > start:
            self.exceptions.append(ScheduleException(start, end, kind, label))


@dataclass(frozen=True)
class _Series:
    """A weekly series: its window and the span from its first occurrence to its last."""

    window: Window
    first: datetime
    last: datetime | None


def _versions(
    zone: str, series: list[_Series], exceptions: tuple[ScheduleException, ...]
) -> tuple[ScheduleVersion, ...]:
    """Schedule versions in which each weekly series applies exactly on its own dates.

    A new version begins wherever a series starts or ends (a change of hours).
    """
    bounds = sorted({s.first for s in series} | {s.last for s in series if s.last is not None})
    versions: list[ScheduleVersion] = []
    previous: tuple[Window, ...] | None = None
    for lo in [None, *bounds]:
        if lo is None:
            active: tuple[Window, ...] = ()
        else:
            active = tuple(
                dict.fromkeys(
                    s.window for s in series if s.first <= lo and (s.last is None or lo < s.last)
                )
            )
        if active == previous:
            continue
        versions.append(ScheduleVersion(lo, Schedule(zone, active, exceptions)))
        previous = active
    # The first version (before any series starts) has no windows: a series is never in force
    # before its first occurrence, even though the first version reaches back in time.
    return tuple(versions)


def _label(event: Any) -> str:
    if event.get(LABEL_PROPERTY) is not None:
        # Unknown X- properties come back raw (still escaped): unescape as TEXT.
        return _unescape_text(event[LABEL_PROPERTY].to_ical().decode("utf-8"))
    return str(event.get("SUMMARY") or "").strip()


def _rule_values(event: Any, part: str) -> list[Any]:
    """The values of one part ("FREQ", "COUNT") across an event's RRULE lines, read as parsed."""
    rules = event.get("RRULE")
    values: list[Any] = []
    for rule in rules if isinstance(rules, list) else [rules]:
        if hasattr(rule, "get"):
            found = rule.get(part)
            values.extend(found if isinstance(found, list) else [found] if found else [])
    return values


def _starts_after(start: date | datetime, limit: datetime) -> bool:
    """Whether an occurrence starting at ``start`` begins after the aware instant ``limit``.

    iCalendar starts come as aware or floating datetimes or as dates; a floating time is read
    in the limit's zone, a date as its first instant (what recurring-ical-events does too).
    """
    if not isinstance(start, datetime):
        return start > limit.date()
    if start.tzinfo is None:
        return start > limit.replace(tzinfo=None)
    return start > limit


def _ignored(event: Any) -> bool:
    transp = str(event.get("TRANSP") or "").strip().upper()
    busy = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS") or "").strip().upper()
    status = str(event.get("STATUS") or "").strip().upper()
    return transp == "TRANSPARENT" or busy == "FREE" or status == "CANCELLED"


def _out_of_office(event: Any) -> bool:
    busy = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS") or "").strip().upper()
    return busy == "OOF" or str(event.get(KIND_PROPERTY) or "").strip().lower() == "unavailable"


def _window_kind(event: Any) -> WindowKind:
    ours = str(event.get(KIND_PROPERTY) or "").strip().lower()
    if ours in {k.value for k in WindowKind}:
        return WindowKind(ours)
    texts = [str(event.get("SUMMARY") or "")]
    for categories in _as_list(event.get("CATEGORIES")):
        texts.extend(str(c) for c in getattr(categories, "cats", [categories]))
    return WindowKind.ON_CALL if any(_ON_CALL.search(t) for t in texts) else WindowKind.REGULAR


def _weekly_days(rule: Any, start: datetime) -> tuple[set[int], bool] | None:
    """The weekdays of a rule that repeats every week, and whether it ends (UNTIL/COUNT).

    None when the rule is not a plain weekly one (every other week, monthly ordinals...).
    """
    parts = {str(k).upper(): v for k, v in rule.items()}
    freq = [str(f).upper() for f in parts.pop("FREQ", [])]
    interval = parts.pop("INTERVAL", [1])
    parts.pop("WKST", None)
    byday = parts.pop("BYDAY", None)
    ends = parts.pop("UNTIL", None) is not None
    ends = parts.pop("COUNT", None) is not None or ends
    if parts or freq not in (["WEEKLY"], ["DAILY"]) or int(interval[0]) != 1:
        return None  # BYMONTH, BYSETPOS, INTERVAL=2...: expanded instead
    if byday is None:
        return ({start.weekday()} if freq == ["WEEKLY"] else set(range(7))), ends
    days: set[int] = set()
    for item in byday:
        token = str(item).upper()
        if token not in _BYDAY:  # "1MO", "-1FR": monthly-style ordinals
            return None
        days.add(_BYDAY[token])
    return days, ends


def _dates_of(value: Any) -> Iterator[Any]:
    for item in getattr(value, "dts", [value]):
        yield item.dt


# -- writing ------------------------------------------------------------------------------------


def write_ics(schedule: Schedule, *, now: datetime | None = None) -> bytes:
    """The schedule as an iCalendar file any calendar app can import (and we can read back)."""
    return write_ics_history(ScheduleHistory.single(schedule), now=now)


def write_ics_history(history: ScheduleHistory, *, now: datetime | None = None) -> bytes:
    """All versions of the schedule as one calendar that reads back with the same answers.

    Each weekly window is a series from the first occurrence of the versions holding it to
    their last (``UNTIL``), so importing the file again gives the same answers on every date.

    A version boundary that falls inside an occurrence (hours changed mid-shift) writes that
    part as a one-off event; exceptions are written once, clipped to their versions. Versions
    in another zone than the newest are written in their own zone (read back, such series are
    expanded over the import's horizon).
    """
    stamp = (now or SystemClock().now()).astimezone(UTC)
    versions = history.versions
    if not versions:
        raise ScheduleFormatError("There is no schedule to export yet.")
    newest = versions[-1].schedule
    cal = icalendar.Calendar()
    cal.add("PRODID", _PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("X-WR-CALNAME", "After Hours")
    cal.add("X-WR-TIMEZONE", newest.timezone)
    bounds = [v.effective_from for v in versions[1:] if v.effective_from is not None]
    spans: list[tuple[datetime | None, datetime | None]] = [
        (versions[i].effective_from if i else None, bounds[i] if i < len(bounds) else None)
        for i in range(len(versions))
    ]
    zones = dict.fromkeys(v.schedule.timezone for v in versions)
    for name in zones:
        if name in {"UTC", "Etc/UTC"}:
            continue
        dates = [_EXPORT_ANCHOR, stamp.date()] + [b.date() for b in bounds]
        for v in versions:
            dates += [x.start.date() for x in v.schedule.exceptions]
            dates += [x.end.date() for x in v.schedule.exceptions]
        first = min(dates) - timedelta(days=366)
        last = max(dates) + timedelta(days=366 * 10)
        cal.add_component(icalendar.Timezone.from_tzid(name, first_date=first, last_date=last))

    # Windows: runs of consecutive versions holding the same window in the same zone.
    runs: list[tuple[Window, str, datetime | None, datetime | None]] = []
    open_runs: dict[tuple[Window, str], datetime | None] = {}
    for (lo, _hi), version in zip(spans, versions, strict=True):
        here = {(w, version.schedule.timezone) for w in version.schedule.windows}
        for key in [k for k in open_runs if k not in here]:
            runs.append((key[0], key[1], open_runs.pop(key), lo))
        for key in dict.fromkeys((w, version.schedule.timezone) for w in version.schedule.windows):
            open_runs.setdefault(key, lo)
    for (window, zone_name), lo in open_runs.items():
        runs.append((window, zone_name, lo, None))
    for window, zone_name, lo, hi in runs:
        for event in _window_events(window, Schedule(zone_name), lo, hi, stamp):
            cal.add_component(event)

    # Exceptions: each clipped to the versions it belongs to, adjacent pieces joined.
    pieces: list[tuple[str, ScheduleException]] = []
    for (lo, hi), version in zip(spans, versions, strict=True):
        schedule = version.schedule
        for exc in schedule.exceptions:
            clipped = _clip(exc, schedule.tz, lo, hi)
            if clipped is not None:
                pieces.append((schedule.timezone, clipped))
    joined: list[tuple[str, ScheduleException]] = []
    for zone_name, exc in sorted(
        dict.fromkeys(pieces), key=lambda p: (p[0], p[1].kind.value, p[1].label, p[1].start)
    ):
        if joined:
            prev_zone, prev = joined[-1]
            if (prev_zone, prev.kind, prev.label) == (zone_name, exc.kind, exc.label) and (
                prev.end == exc.start
            ):
                joined[-1] = (zone_name, replace(prev, end=exc.end))
                continue
        joined.append((zone_name, exc))
    for zone_name, exc in joined:
        cal.add_component(_exception_event(exc, Schedule(zone_name), stamp))
    data: bytes = cal.to_ical()
    return data


def _when(schedule: Schedule, value: datetime) -> Any:
    utc = schedule.timezone in {"UTC", "Etc/UTC"}
    return value.replace(tzinfo=UTC) if utc else value.replace(tzinfo=schedule.tz)


def _clip(
    exc: ScheduleException, tz: ZoneInfo, lo: datetime | None, hi: datetime | None
) -> ScheduleException | None:
    """The part of an exception inside [lo, hi), in wall-clock time (None if none)."""
    start = _wall_to_utc(exc.start.date(), exc.start.time(), tz)
    end = _wall_to_utc(exc.end.date(), exc.end.time(), tz)
    if (hi is not None and start >= hi) or (lo is not None and end <= lo) or end <= start:
        return None
    new_start = exc.start if lo is None or start >= lo else _utc_to_wall(lo, tz)
    new_end = exc.end if hi is None or end <= hi else _utc_to_wall(hi, tz)
    if new_end <= new_start:
        return None
    return replace(exc, start=new_start, end=new_end)


def _utc_to_wall(instant: datetime, tz: ZoneInfo) -> datetime:
    return instant.astimezone(tz).replace(tzinfo=None)


def _occurrence(window: Window, day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    end_day = day + timedelta(days=1) if window.crosses_midnight else day
    return _wall_to_utc(day, window.start, tz), _wall_to_utc(end_day, window.end, tz)


def _window_events(
    window: Window, schedule: Schedule, lo: datetime | None, hi: datetime | None, stamp: datetime
) -> list[Any]:
    """A weekly series for the whole occurrences in [lo, hi), one-offs for the cut ones."""
    tz = schedule.tz
    events: list[Any] = []
    kind = ExceptionKind.ON_CALL if window.kind is WindowKind.ON_CALL else ExceptionKind.AVAILABLE

    def piece(start: datetime, end: datetime) -> None:
        exc = ScheduleException(_utc_to_wall(start, tz), _utc_to_wall(end, tz), kind, window.label)
        events.append(_exception_event(exc, schedule, stamp))

    if lo is None:
        first_day = _EXPORT_ANCHOR + timedelta(days=min(window.days))
    else:
        day = lo.astimezone(tz).date() - timedelta(days=1)
        while True:
            if day.weekday() in window.days:
                s, e = _occurrence(window, day, tz)
                if s >= lo:
                    break
                if e > lo:  # the version starts inside this occurrence
                    piece(lo, min(e, hi) if hi is not None else e)
            day += timedelta(days=1)
        first_day = day
    until: datetime | None = None
    if hi is not None:
        day = hi.astimezone(tz).date() + timedelta(days=1)
        while day >= first_day:
            if day.weekday() in window.days:
                s, e = _occurrence(window, day, tz)
                if e <= hi:
                    break
                if s < hi and (lo is None or s >= lo):  # the version ends inside it
                    piece(s, hi)
            day -= timedelta(days=1)
        if day < first_day:
            return events  # no whole occurrence in the run
        until = _occurrence(window, day, tz)[0]
    start = datetime.combine(first_day, window.start)
    end = datetime.combine(first_day, window.end)
    if window.crosses_midnight:
        end += timedelta(days=1)
    event = icalendar.Event()
    default = "On call" if window.kind is WindowKind.ON_CALL else "Working hours"
    event.add("SUMMARY", window.label or default)
    event.add(
        "UID",
        _uid("window", window.kind.value, *window.day_names(), str(start), str(end), str(until)),
    )
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", _when(schedule, start))
    event.add("DTEND", _when(schedule, end))
    rule: dict[str, Any] = {"FREQ": "WEEKLY", "BYDAY": [_ICS_DAYS[d] for d in sorted(window.days)]}
    if until is not None:
        rule["UNTIL"] = until
    event.add("RRULE", rule)
    event.add("TRANSP", "OPAQUE")
    event.add("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY")
    if window.kind is WindowKind.ON_CALL:
        event.add("CATEGORIES", ["On call"])
    event.add(KIND_PROPERTY, window.kind.value)
    event.add(LABEL_PROPERTY, icalendar.vText(window.label))
    events.append(event)
    return events


def _exception_event(exc: ScheduleException, schedule: Schedule, stamp: datetime) -> Any:
    event = icalendar.Event()
    unavailable = exc.kind is ExceptionKind.UNAVAILABLE
    default = {
        ExceptionKind.UNAVAILABLE: "Unavailable",
        ExceptionKind.ON_CALL: "On call",
    }.get(exc.kind, "Available")
    event.add("SUMMARY", exc.label or default)
    event.add("UID", _uid("exception", exc.kind.value, str(exc.start), str(exc.end)))
    event.add("DTSTAMP", stamp)
    whole_days = exc.start.time() == time(0) and exc.end.time() == time(0)
    if unavailable and whole_days:
        # All-day: read as unavailability by every calendar and by us.
        event.add("DTSTART", exc.start.date())
        event.add("DTEND", exc.end.date())
    else:
        event.add("DTSTART", _when(schedule, exc.start))
        event.add("DTEND", _when(schedule, exc.end))
    event.add("TRANSP", "OPAQUE")
    event.add("X-MICROSOFT-CDO-BUSYSTATUS", "OOF" if unavailable else "BUSY")
    if exc.kind is ExceptionKind.ON_CALL:
        event.add("CATEGORIES", ["On call"])
    event.add(KIND_PROPERTY, exc.kind.value)
    event.add(LABEL_PROPERTY, icalendar.vText(exc.label))
    return event


def _uid(*parts: str) -> str:
    digest = hashlib.sha1("|".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{digest[:20]}@after-hours"
