"""ISO weeks in the user's zone, and the zone's UTC offsets as SQL arithmetic.

SQLite knows nothing of IANA zones. A week (or a few months) holds at most a handful of DST
transitions, so the local time of a stored instant is ``ts + offset`` where the offset is a
``CASE`` over those transitions: exact, index-friendly, and computed without Python looping
over rows. Day numbers count local days since 1970-01-01 (day 0 was a Thursday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

EPOCH_DAY = date(1970, 1, 1)
_STEP = timedelta(hours=6)


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO week, identified by its Monday."""

    monday: date

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        return cls(day - timedelta(days=day.weekday()))

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """``2026-W47`` or any date inside the week (``2026-11-18``)."""
        raw = text.strip()
        if "W" in raw.upper():
            year, _, week = raw.upper().partition("-W")
            return cls(date.fromisocalendar(int(year), int(week), 1))
        return cls.containing(date.fromisoformat(raw))

    @property
    def label(self) -> str:
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def shift(self, weeks: int) -> IsoWeek:
        return IsoWeek(self.monday + timedelta(weeks=weeks))

    def bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """The week as UTC instants: local Monday 00:00 to the next local Monday 00:00."""
        return local_midnight(self.monday, tz), local_midnight(self.monday + timedelta(7), tz)

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """Local midnight starting ``day`` as a UTC instant."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def day_number(day: date) -> int:
    return (day - EPOCH_DAY).days


def from_day_number(number: int) -> date:
    return EPOCH_DAY + timedelta(days=number)


def offset_seconds(instant: datetime, tz: tzinfo) -> int:
    off = instant.astimezone(tz).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


def offset_breaks(tz: tzinfo, start: datetime, end: datetime) -> list[tuple[int, int]]:
    """``[(from_ts, offset), ...]``: the zone's UTC offset from each epoch second onwards.

    The first entry starts at ``start``; each later one at a transition (found to the second).
    """
    first = offset_seconds(start, tz)
    breaks = [(int(start.timestamp()), first)]
    t, current = start, first
    while t < end:
        nxt = min(t + _STEP, end)
        off = offset_seconds(nxt, tz)
        if off != current:
            lo, hi = int(t.timestamp()), int(nxt.timestamp())
            while hi - lo > 1:  # the first second with the new offset
                mid = (lo + hi) // 2
                if offset_seconds(datetime.fromtimestamp(mid, UTC), tz) == current:
                    lo = mid
                else:
                    hi = mid
            breaks.append((hi, off))
            current = off
        t = nxt
    return breaks


def offset_sql(breaks: list[tuple[int, int]], column: str = "ts") -> str:
    """A SQL expression for the local offset of ``column``, from :func:`offset_breaks`.

    Only integers generated here are interpolated, never user input.
    """
    if len(breaks) == 1:
        return str(int(breaks[0][1]))
    parts = [
        f"WHEN {column} < {int(breaks[i + 1][0])} THEN {int(off)}"
        for i, (_, off) in enumerate(breaks[:-1])
    ]
    return f"(CASE {' '.join(parts)} ELSE {int(breaks[-1][1])} END)"
