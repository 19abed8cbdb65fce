"""The schedule engine: "is the clinician available at instant t, and when does that change?"

A schedule is weekly wall-clock *windows* plus dated *exceptions*, in one IANA zone. Windows are
wall-clock times: 09:00 stays 09:00 in July and in January, so the engine expands each window on
each local date with ``zoneinfo`` and only then converts to UTC. A window whose end is at or
before its start crosses midnight (an equal start and end is a full 24 hours).

DST corner cases, decided once here:
- a wall time that does not exist (spring forward) is read with the offset in force before the
  gap, so 02:30 becomes 03:30 of the new offset: the window starts as soon as it can;
- a wall time that happens twice (fall back) is its first occurrence (``fold=0``);
- an occurrence that becomes empty or negative this way is dropped.

Precedence when spans overlap: an ``available`` exception beats an ``unavailable`` one (it is the
more deliberate entry: "I'm working this Saturday of my leave"), an ``on-call`` exception (a
one-off shift, "on call this Saturday of my leave") beats an ``unavailable`` one but not an
``available`` one, an ``unavailable`` exception beats every window, and a regular window beats an
on-call one.

Schedules are versioned: a :class:`ScheduleHistory` holds versions effective from an instant, so
a contact logged last March is judged by the hours in force last March. The first version also
reaches back to the beginning of time: contacts logged before any schedule existed are judged by
the first one the user gave.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from zoneinfo import ZoneInfo

from after_hours.availability.timeutil import zone as resolve_zone

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# How far ahead the engine looks for the next change. A schedule with no change within this
# horizon is treated as never changing (e.g. empty, or open all the time).
SEARCH_HORIZON = timedelta(days=800)
_CHUNK = timedelta(days=21)


class WindowKind(StrEnum):
    """A weekly window is regular working hours or on-call."""

    REGULAR = "regular"
    ON_CALL = "on-call"


class ExceptionKind(StrEnum):
    """A dated exception removes availability or adds it."""

    UNAVAILABLE = "unavailable"
    AVAILABLE = "available"
    ON_CALL = "on-call"  # a one-off on-call shift: on call, not in hours


class State(StrEnum):
    """What the schedule says about one instant."""

    IN_HOURS = "in_hours"
    ON_CALL = "on_call"
    OFF = "after_hours"

    @property
    def available(self) -> bool:
        return self is not State.OFF


@dataclass(frozen=True, slots=True)
class Window:
    """A weekly span, repeated on the given weekdays (0 = Monday), starting on that day."""

    days: frozenset[int]
    start: time
    end: time
    kind: WindowKind = WindowKind.REGULAR
    label: str = ""

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a window needs at least one day")
        if not all(0 <= d <= 6 for d in self.days):
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), got {sorted(self.days)}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("window times are wall-clock times, without a zone")

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def day_names(self) -> list[str]:
        return [DAY_NAMES[d] for d in sorted(self.days)]


@dataclass(frozen=True, slots=True)
class ScheduleException:
    """A dated span in the schedule's wall-clock time (naive datetimes; end exclusive)."""

    start: datetime
    end: datetime
    kind: ExceptionKind = ExceptionKind.UNAVAILABLE
    label: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("exception times are wall-clock times in the schedule's zone")
        if self.end <= self.start:
            raise ValueError(
                f"exception {self.label or ''!s} ends before it starts".replace("  ", " ")
            )

    @classmethod
    def all_day(
        cls,
        first: date,
        last: date | None = None,
        kind: ExceptionKind = ExceptionKind.UNAVAILABLE,
        label: str = "",
    ) -> ScheduleException:
        """Whole days from ``first`` to ``last`` inclusive."""
        last = last or first
        return cls(
            datetime.combine(first, time(0)),
            datetime.combine(last + timedelta(days=1), time(0)),
            kind,
            label,
        )


@dataclass(frozen=True, slots=True)
class Segment:
    """A maximal span of one state, in UTC (end exclusive)."""

    start: datetime
    end: datetime
    state: State
    label: str = ""


@dataclass(frozen=True)
class Schedule:
    """Windows, exceptions and the zone they are read in."""

    timezone: str
    windows: tuple[Window, ...] = ()
    exceptions: tuple[ScheduleException, ...] = ()

    def __post_init__(self) -> None:
        resolve_zone(self.timezone)  # fail early on a bad zone name

    @property
    def tz(self) -> ZoneInfo:
        return resolve_zone(self.timezone)

    # -- expansion ---------------------------------------------------------------------------

    def _window_spans(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[datetime, datetime, Window]]:
        tz = self.tz
        first = start.astimezone(tz).date() - timedelta(days=1)
        last = end.astimezone(tz).date()
        day = first
        while day <= last:
            weekday = day.weekday()
            for window in self.windows:
                if weekday not in window.days:
                    continue
                s = wall_to_utc(day, window.start, tz)
                end_day = day + timedelta(days=1) if window.crosses_midnight else day
                e = wall_to_utc(end_day, window.end, tz)
                if e > s and e > start and s < end:
                    yield s, e, window
            day += timedelta(days=1)

    def _exception_spans(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[datetime, datetime, ScheduleException]]:
        tz = self.tz
        for exc in self.exceptions:
            s = wall_to_utc(exc.start.date(), exc.start.time(), tz)
            e = wall_to_utc(exc.end.date(), exc.end.time(), tz)
            if e > s and e > start and s < end:
                yield s, e, exc

    def segments(self, start: datetime, end: datetime) -> list[Segment]:
        """The timeline between two instants as maximal same-state segments covering it all."""
        start, end = _aware(start), _aware(end)
        if end <= start:
            return []
        # Each span paints a state with a priority; the highest priority at an instant wins.
        spans: list[tuple[datetime, datetime, int, State, str]] = []
        for s, e, w in self._window_spans(start, end):
            is_regular = w.kind is WindowKind.REGULAR
            state = State.IN_HOURS if is_regular else State.ON_CALL
            spans.append((s, e, 1 if not is_regular else 2, state, w.label))
        for s, e, x in self._exception_spans(start, end):
            if x.kind is ExceptionKind.UNAVAILABLE:
                spans.append((s, e, 3, State.OFF, x.label))
            elif x.kind is ExceptionKind.ON_CALL:
                spans.append((s, e, 4, State.ON_CALL, x.label))
            else:
                spans.append((s, e, 5, State.IN_HOURS, x.label))
        return _paint(spans, start, end)


@dataclass(frozen=True)
class ScheduleVersion:
    """A schedule in force from ``effective_from`` (UTC) until the next version begins."""

    effective_from: datetime | None
    schedule: Schedule
    id: int | None = None


@dataclass(frozen=True)
class ScheduleHistory:
    """All versions of the schedule, oldest first; answers questions about any instant."""

    versions: tuple[ScheduleVersion, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        starts = [v.effective_from for v in self.versions[1:] if v.effective_from is not None]
        if len(starts) != len(self.versions[1:]):
            raise ValueError("only the first schedule version may apply from the beginning")
        if any(a >= b for a, b in pairwise(starts)):
            raise ValueError("schedule versions must be in increasing order of start")

    @classmethod
    def single(cls, schedule: Schedule) -> ScheduleHistory:
        return cls((ScheduleVersion(None, schedule),))

    def in_force(self, instant: datetime) -> Schedule | None:
        """The schedule judging ``instant`` (the first version also reaches back in time)."""
        if not self.versions:
            return None
        instant = _aware(instant)
        starts = [v.effective_from for v in self.versions[1:] if v.effective_from is not None]
        index = bisect.bisect_right(starts, instant)
        return self.versions[index].schedule

    def segments(self, start: datetime, end: datetime) -> list[Segment]:
        """Segments across version boundaries; each stretch is judged by its own version."""
        start, end = _aware(start), _aware(end)
        if not self.versions:
            return [Segment(start, end, State.OFF)] if end > start else []
        pieces: list[Segment] = []
        for i, version in enumerate(self.versions):
            v_start = version.effective_from if i > 0 and version.effective_from else None
            nxt = self.versions[i + 1].effective_from if i + 1 < len(self.versions) else None
            lo = max(start, v_start) if v_start else start
            hi = min(end, nxt) if nxt else end
            if hi > lo:
                pieces.extend(version.schedule.segments(lo, hi))
        return _merge(pieces)

    # -- the questions the rest of the app asks ---------------------------------------------

    def state_at(self, instant: datetime) -> State:
        return self.segment_at(instant).state

    def segment_at(self, instant: datetime) -> Segment:
        """The maximal segment containing ``instant``, extended as far as the horizon allows."""
        instant = _aware(instant)
        before = self._scan_back(instant)
        after = self._scan_forward(instant)
        return Segment(before, after, self._state_only(instant), self._label_at(instant))

    def next_change(self, instant: datetime) -> datetime | None:
        """The first instant after ``instant`` where the state differs, or None within the horizon."""
        instant = _aware(instant)
        end = self._scan_forward(instant)
        return None if end >= instant + SEARCH_HORIZON else end

    def next_available(self, instant: datetime) -> datetime | None:
        """The next start of regular hours after ``instant``, or None if in hours now or never."""
        instant = _aware(instant)
        if self._state_only(instant) is State.IN_HOURS:
            return None
        for seg in self._iter_forward(instant):
            if seg.state is State.IN_HOURS:
                return max(seg.start, instant)
        return None

    def next_window_end(self, instant: datetime) -> datetime | None:
        """When the current available stretch (in hours or on call) ends."""
        if not self._state_only(instant).available:
            return None
        return self.next_change(instant)

    # -- internals ---------------------------------------------------------------------------

    def _state_only(self, instant: datetime) -> State:
        segs = self.segments(instant, instant + timedelta(seconds=1))
        return segs[0].state if segs else State.OFF

    def _label_at(self, instant: datetime) -> str:
        segs = self.segments(instant, instant + timedelta(seconds=1))
        return segs[0].label if segs else ""

    def _iter_forward(self, instant: datetime) -> Iterator[Segment]:
        lo = instant
        limit = instant + SEARCH_HORIZON
        while lo < limit:
            hi = min(lo + _CHUNK, limit)
            yield from self.segments(lo, hi)
            lo = hi

    def _scan_forward(self, instant: datetime) -> datetime:
        state = self._state_only(instant)
        for seg in self._iter_forward(instant):
            if seg.state is not state:
                return seg.start
        return instant + SEARCH_HORIZON

    def _scan_back(self, instant: datetime) -> datetime:
        state = self._state_only(instant)
        hi = instant + timedelta(seconds=1)
        limit = instant - SEARCH_HORIZON
        while hi > limit:
            lo = max(hi - _CHUNK, limit)
            for seg in reversed(self.segments(lo, hi)):
                if seg.state is not state:
                    return seg.end
            hi = lo
        return limit


def weekly(
    timezone: str, windows: Iterable[Window], exceptions: Sequence[ScheduleException] = ()
) -> Schedule:
    """Convenience constructor used by tests, the wizard and the demo."""
    return Schedule(timezone, tuple(windows), tuple(exceptions))


# -- helpers ---------------------------------------------------------------------------------


def _aware(instant: datetime) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("the schedule engine needs aware datetimes (UTC or with a zone)")
    return instant.astimezone(UTC)


def wall_to_utc(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a local date, as a UTC instant (see the module docstring on DST).

    The one place where gaps and folds are decided: the calendar importer uses it too.
    """
    local = datetime.combine(day, wall, tzinfo=tz)
    as_utc = local.astimezone(UTC)
    # A wall time inside a spring-forward gap does not round-trip; zoneinfo then used the
    # offset from before the gap, which moves it forward past the gap: what we want.
    return as_utc


def _paint(
    spans: list[tuple[datetime, datetime, int, State, str]], start: datetime, end: datetime
) -> list[Segment]:
    """Resolve overlapping prioritised spans into a gap-free list of segments in [start, end)."""
    cuts = {start, end}
    for s, e, *_ in spans:
        if start < s < end:
            cuts.add(s)
        if start < e < end:
            cuts.add(e)
    points = sorted(cuts)
    out: list[Segment] = []
    for lo, hi in pairwise(points):
        best: tuple[int, State, str] = (0, State.OFF, "")
        for s, e, prio, state, label in spans:
            if s <= lo and e >= hi and prio > best[0]:
                best = (prio, state, label)
        out.append(Segment(lo, hi, best[1], best[2]))
    return _merge(out)


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in segments:
        if merged and merged[-1].state is seg.state and merged[-1].end == seg.start:
            prev = merged[-1]
            merged[-1] = Segment(prev.start, seg.end, seg.state, prev.label or seg.label)
        else:
            merged.append(seg)
    return merged
