"""The SQL side of the indicators: per-week sums and per-day flags, straight from the index.

Every query is bounded by a ``ts`` range (the ``contacts_ts`` / ``contacts_class_ts`` indexes),
groups in SQLite, and returns one row per week or per day: ten years of contacts are never
loaded into Python. Local days and hours come from ``ts + offset`` (see ``weeks.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from after_hours.availability.burnout.indicators import (
    DISCONNECT_LOOKBACK_DAYS,
    EVENING_END,
    EVENING_START,
    NIGHT_END,
    NIGHT_START,
    QUICK_REPLY_SECONDS,
    DayFlags,
    WeekIndicators,
    days_since_disconnected,
    evenings,
    longest_run,
    night_keys,
    share_percent,
    weekend_days,
)
from after_hours.availability.burnout.weeks import (
    IsoWeek,
    day_number,
    from_day_number,
    local_midnight,
    offset_breaks,
    offset_sql,
)
from after_hours.availability.contacts.model import Channel, default_minutes_key

if TYPE_CHECKING:
    from sqlite_utils import Database

AH = "'after_hours'"
OC = "'on_call'"
# An after-hours message from the client (the same one when both are named) in the 15 minutes
# before the clinician's after-hours contact ``o``.
_QUICK_IN = f"""SELECT 1 FROM contacts i
    WHERE i.classification = {AH} AND i.direction = 'in'
      AND i.ts >= o.ts - {QUICK_REPLY_SECONDS} AND i.ts <= o.ts AND i.id != o.id
      AND (i.client IS NULL OR o.client IS NULL OR i.client = o.client)"""


def minutes_sql(defaults: Mapping[str, Any]) -> str:
    """``coalesce(minutes, <the channel's default>)`` as SQL (only integers interpolated)."""
    whens = " ".join(
        f"WHEN '{c.value}' THEN {int(defaults.get(default_minutes_key(c), 0) or 0)}"
        for c in Channel
    )
    return f"coalesce(minutes, CASE channel {whens} ELSE 0 END)"


def reference_day(week: IsoWeek, today: date) -> int:
    """The last complete day of ``week`` as of ``today`` (yesterday for the current week)."""
    return day_number(min(week.sunday, today - timedelta(days=1)))


def compute_weeks(
    db: Database,
    tz: tzinfo,
    first: IsoWeek,
    count: int,
    today: date,
    minute_defaults: Mapping[str, Any],
    *,
    days_in: tuple[date, date] | None = None,
) -> list[WeekIndicators]:
    """The indicators of ``count`` consecutive weeks starting with ``first``, oldest first.

    ``days_in`` (first and last local day, both included) counts only the contacts of those
    days: a report cuts the weeks at its period's edges with it, so a period ending on a
    Monday does not count the rest of that week (issue 17). The state indicators (days since
    a disconnected day) still look back as far as they need.
    """
    start, _ = first.bounds(tz)
    end, _ = first.shift(count).bounds(tz)
    if days_in is not None:
        start = max(start, local_midnight(days_in[0], tz))
        end = min(end, local_midnight(days_in[1] + timedelta(days=1), tz))
    day_lo = day_number(days_in[0]) if days_in else None
    day_hi = day_number(days_in[1]) if days_in else None
    lookback = local_midnight(first.monday - timedelta(days=DISCONNECT_LOOKBACK_DAYS), tz)
    breaks = offset_breaks(tz, lookback, end)
    off = offset_sql(breaks)
    off_o = offset_sql(breaks, "o.ts")
    m0 = day_number(first.monday)
    lo, hi, lb = int(start.timestamp()), int(end.timestamp()), int(lookback.timestamp())
    mins = minutes_sql(minute_defaults)

    sums: dict[int, tuple[int, ...]] = {}
    for row in db.execute(
        f"""SELECT ((ts + {off}) / 86400 - {m0}) / 7 AS w,
                   count(*),
                   sum(classification = {AH}),
                   sum(CASE WHEN classification = {AH} THEN {mins} ELSE 0 END),
                   sum(classification = {OC}),
                   sum(CASE WHEN classification = {OC} THEN {mins} ELSE 0 END),
                   sum(crisis),
                   sum(boundary)
            FROM contacts WHERE ts >= ? AND ts < ? GROUP BY w""",
        [lo, hi],
    ).fetchall():
        sums[int(row[0])] = tuple(int(v or 0) for v in row[1:])

    days: dict[int, DayFlags] = {}
    for day, ah, ev, late, early in db.execute(
        f"""SELECT day, max(c = {AH}),
                   max(c = {AH} AND hr >= {EVENING_START} AND hr < {EVENING_END}),
                   max(c = {AH} AND hr >= {NIGHT_START}),
                   max(c = {AH} AND hr < {NIGHT_END})
            FROM (SELECT classification AS c, (ts + {off}) / 86400 AS day,
                         ((ts + {off}) % 86400) / 3600 AS hr
                  FROM contacts
                  WHERE classification IN ({AH}, {OC}) AND ts >= ? AND ts < ?)
            GROUP BY day""",
        [lb, hi],
    ).fetchall():
        days[int(day)] = DayFlags(
            int(day), bool(ah), bool(ev), bool(late), bool(early), off_hours=True
        )

    quick: dict[int, int] = {
        int(w): int(n)
        for w, n in db.execute(
            f"""SELECT ((o.ts + {off_o}) / 86400 - {m0}) / 7 AS w, count(*)
                FROM contacts o
                WHERE o.classification = {AH} AND o.direction = 'out'
                  AND o.ts >= ? AND o.ts < ?
                  AND EXISTS ({_QUICK_IN})
                GROUP BY w""",
            [lo, hi],
        ).fetchall()
    }

    first_row = db.execute("SELECT min(ts) FROM contacts").fetchone()
    first_ts = int(first_row[0]) if first_row and first_row[0] is not None else None

    connected = set(days)
    result: list[WeekIndicators] = []
    for i in range(count):
        week = first.shift(i)
        _, w_end = week.bounds(tz)
        total, ah, ah_min, oc, oc_min, crisis, boundary = sums.get(i, (0,) * 7)
        week_days = [
            days[d]
            for d in range(m0 + 7 * i, m0 + 7 * i + 7)
            if d in days and (day_lo is None or day_lo <= d <= day_hi)  # type: ignore[operator]
        ]
        values: dict[str, float] = {
            "after_hours_contacts": ah,
            "after_hours_minutes": ah_min,
            "after_hours_share": share_percent(ah, total),
            "evenings": evenings(week_days),
            "nights": len(night_keys([d for d in week_days if d.after_hours])),
            "weekend_days": weekend_days(week_days),
            "days_since_disconnected": days_since_disconnected(
                connected, reference_day(week, today)
            ),
            "longest_run": longest_run(d.day for d in week_days if d.after_hours),
            "quick_replies": quick.get(i, 0),
            "crisis_contacts": crisis,
            "boundary_events": boundary,
            "on_call_contacts": oc,
            "on_call_minutes": oc_min,
            "total_contacts": total,
        }
        has_history = first_ts is not None and first_ts < int(w_end.timestamp())
        result.append(WeekIndicators(week, values, has_history))
    return result


def week_contact_ids(
    db: Database, tz: tzinfo, week: IsoWeek, today: date, disconnected_streak: int
) -> dict[str, list[int]]:
    """The contacts behind each indicator of one week, so every number can be traced."""
    start, end = week.bounds(tz)
    ref = reference_day(week, today)
    streak_start = local_midnight(from_day_number(ref - disconnected_streak + 1), tz)
    streak_end = local_midnight(from_day_number(ref + 1), tz)
    breaks = offset_breaks(tz, min(start, streak_start), max(end, streak_end))
    off = offset_sql(breaks)
    w_lo, w_hi = int(start.timestamp()), int(end.timestamp())
    in_week = db.execute(
        f"""SELECT id, ts, classification, direction, crisis, boundary, client,
                   (ts + {off}) / 86400 AS day, ((ts + {off}) % 86400) / 3600 AS hr
            FROM contacts WHERE ts >= ? AND ts < ? ORDER BY ts, id""",
        [w_lo, w_hi],
    ).fetchall()
    ah = [r for r in in_week if r[2] == "after_hours"]
    ids: dict[str, list[int]] = {
        "after_hours_contacts": [r[0] for r in ah],
        "after_hours_minutes": [r[0] for r in ah],
        "after_hours_share": [r[0] for r in ah],
        "evenings": [r[0] for r in ah if EVENING_START <= r[8] < EVENING_END],
        "nights": [r[0] for r in ah if r[8] >= NIGHT_START or r[8] < NIGHT_END],
        "weekend_days": [r[0] for r in ah if (r[7] + 3) % 7 >= 5],
        "crisis_contacts": [r[0] for r in in_week if r[4]],
        "boundary_events": [r[0] for r in in_week if r[5]],
        "on_call_contacts": [r[0] for r in in_week if r[2] == "on_call"],
        "on_call_minutes": [r[0] for r in in_week if r[2] == "on_call"],
        "total_contacts": [r[0] for r in in_week],
    }
    ah_days = sorted({r[7] for r in ah})
    best: list[int] = []
    run: list[int] = []
    for d in ah_days:
        run = [*run, d] if run and d == run[-1] + 1 else [d]
        if len(run) > len(best):
            best = run
    ids["longest_run"] = [r[0] for r in ah if r[7] in set(best)]
    # For the streak, one contact per day is the trace: the first off-hours contact each day.
    ids["days_since_disconnected"] = (
        [
            int(r[0])
            for r in db.execute(
                f"""SELECT min(id) FROM contacts
                    WHERE classification IN ({AH}, {OC}) AND ts >= ? AND ts < ?
                    GROUP BY (ts + {off}) / 86400 ORDER BY min(ts)""",
                [int(streak_start.timestamp()), int(streak_end.timestamp())],
            ).fetchall()
        ]
        if disconnected_streak
        else []
    )
    quick = [
        int(r[0])
        for r in db.execute(
            f"""SELECT o.id FROM contacts o
                WHERE o.classification = {AH} AND o.direction = 'out'
                  AND o.ts >= ? AND o.ts < ?
                  AND EXISTS ({_QUICK_IN}) ORDER BY o.ts, o.id""",
            [w_lo, w_hi],
        ).fetchall()
    ]
    ids["quick_replies"] = quick
    return ids
