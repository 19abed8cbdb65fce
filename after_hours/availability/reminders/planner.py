"""The reminder plan: every reminder due between now and a horizon, derived from the database.

A pure function of its inputs (the schedule history, the settings, what the user did with each
reminder, and three small sources), so the CLI, the tray and the tests all get the same answer,
and a scheduler can throw its jobs away and re-derive them at any time.

Rules, decided once here:
- **Window edges** are where availability (regular hours or on call) starts or stops. A change
  between regular hours and on-call is not an edge. An off stretch shorter than
  ``short_break`` (lunch) gets no reminder; one of at least ``pre_off_min`` (a weekend, leave)
  gets a pre-weekend or pre-holiday reminder instead of the plain end-of-hours one.
- **Missed reminders** (the laptop slept, the app was closed): of each kind only the most recent
  is kept, and only if it is less than ``GRACE`` late and not stale (a window-end reminder is
  stale once the next window has started). So a wake-up shows one of each kind, never a burst.
- **To-dos** (self-check, agreement reviews) never go stale: a missed one moves to the next
  moment in regular hours, and only the latest due occurrence is kept.
- **Sessions**: a reminder falling inside a window whose label contains "session" waits for the
  session's end.
- **Pause**: while monitoring is paused, no reminder is planned; missed ones are not caught up.
- **Snooze** moves a reminder later; **dismiss** drops it for good. Both are keyed by job id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from after_hours.availability.reminders import texts
from after_hours.availability.reminders.config import SESSION_WORD, ReminderConfig
from after_hours.availability.reminders.model import Reminder, ReminderKind, ReminderState
from after_hours.availability.reminders.sources import ContactSource, ReviewSource, SelfCheckSource
from after_hours.availability.reminders.supervision import RecurrenceError, occurrences, previous
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleHistory,
    ScheduleVersion,
    Segment,
    State,
)
from after_hours.availability.timeutil import zone

# A missed reminder more than this late is dropped (also the scheduler's misfire grace).
GRACE = timedelta(hours=6)
# How far back candidates are derived: covers the grace and most snoozes.
LOOKBACK = timedelta(hours=24)
# Extra span read around the plan so an off stretch cut by the range is still measured right.
_PAD = timedelta(days=2)

Render = Callable[[datetime], tuple[str, str]]


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb).

    What ``dateutil``'s ``relativedelta(months=...)`` does for a date; the planner runs at
    every start, and dateutil with six kept 0.8 MiB resident for these three lines.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without ``calendar`` (which loads ``locale``).

    The day before the first of the next month; December's next month is January.
    """
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


@dataclass(frozen=True)
class PlanContext:
    """Everything the plan depends on. Built from the database by ``ReminderService``."""

    history: ScheduleHistory
    config: ReminderConfig
    display_zone: str
    states: Mapping[str, ReminderState]
    reviews: ReviewSource
    self_checks: SelfCheckSource
    contacts: ContactSource


@dataclass(frozen=True)
class _Candidate:
    kind: ReminderKind
    at: datetime
    job_id: str
    about: datetime
    render: Render
    expires: datetime | None = None
    period: tuple[date, date] | None = None
    subjects: tuple[str, ...] = ()


def plan_reminders(now: datetime, horizon: timedelta, ctx: PlanContext) -> list[Reminder]:
    """Reminders to show from ``now - GRACE`` (missed ones) to ``now + horizon``, soonest first."""
    now = now.astimezone(UTC)
    if not ctx.config.enabled:
        return []
    return _Planner(now, horizon, ctx).run()


class _Planner:
    def __init__(self, now: datetime, horizon: timedelta, ctx: PlanContext) -> None:
        self.now = now
        self.start = now - LOOKBACK
        self.end = now + horizon
        self.ctx = ctx
        self.cfg = ctx.config
        self.history = ctx.history
        self.display = zone(ctx.display_zone)
        in_force = ctx.history.in_force(now)
        # The zone the work happens in (ids and working-hours times); the display zone when no
        # schedule exists yet.
        self.work = in_force.tz if in_force else self.display
        self._sessions: list[Segment] | None = None

    # -- assembling --------------------------------------------------------------------------

    def run(self) -> list[Reminder]:
        candidates = [
            *self.window_edges(),
            *self.supervision(),
            *self.wind_down(),
            *self.self_check(),
            *self.reviews(),
        ]
        kept: list[Reminder] = []
        for cand in candidates:
            reminder = self.finish(cand)
            if reminder is not None:
                kept.append(reminder)
        # Of the missed ones, the most recent of each kind only.
        latest_due: dict[ReminderKind, datetime] = {}
        for r in kept:
            if r.at <= self.now and r.at > latest_due.get(r.kind, datetime.min.replace(tzinfo=UTC)):
                latest_due[r.kind] = r.at
        kept = [r for r in kept if r.at > self.now or r.at == latest_due[r.kind]]
        # Two of one kind due at the very same instant: keep the first id only.
        seen: set[tuple[ReminderKind, datetime]] = set()
        unique = []
        for r in sorted(kept, key=lambda r: (r.at, r.kind.value, r.job_id)):
            if r.at <= self.now and (r.kind, r.at) in seen:
                continue
            seen.add((r.kind, r.at))
            unique.append(r)
        return unique

    def finish(self, cand: _Candidate) -> Reminder | None:
        if not self.cfg.wants(cand.kind):
            return None
        state = self.ctx.states.get(cand.job_id, ReminderState())
        if not state.pending:
            return None
        at = cand.at
        if state.snoozed and state.snoozed_until is not None:
            at = max(at, state.snoozed_until)
        at = self.after_sessions(at)
        if cand.expires is not None and at >= cand.expires and at > self.now:
            return None  # deferred past the point where it means anything
        if self.cfg.paused_at(at):
            return None
        if at < self.now:
            if self.now - at > GRACE:
                return None
            if cand.expires is not None and cand.expires <= self.now:
                return None
        if at > self.end:
            return None
        # A missed reminder is worded for the moment it is shown ("Your hours ended at 17:00").
        title, body = cand.render(max(at, self.now))
        return Reminder(
            kind=cand.kind,
            at=at,
            title=title,
            body=body,
            job_id=cand.job_id,
            about=cand.about,
            expires=cand.expires,
            period=cand.period,
            subjects=cand.subjects,
            reword=cand.render,
        )

    # -- window edges ------------------------------------------------------------------------

    def window_edges(self) -> list[_Candidate]:
        lo, hi = self.start - _PAD, self.end + _PAD
        runs = _availability_runs(self.history.segments(lo, hi))
        out: list[_Candidate] = []
        for i, run in enumerate(runs):
            if run.available:
                continue
            start_is_edge, end_is_edge = i > 0, i < len(runs) - 1
            length = run.end - run.start
            if start_is_edge and end_is_edge and length < self.cfg.short_break:
                continue  # a lunch break, not the end of the day
            back = run.end if end_is_edge else self.history.next_available(run.start)
            if start_is_edge:
                before = runs[i - 1]
                if not end_is_edge or length >= self.cfg.pre_off_min:
                    out.append(self._pre_off(run.start, back))
                else:
                    out.append(self._window_end(run.start, back, before.last is State.ON_CALL))
            if end_is_edge:
                after = runs[i + 1]
                until = after.end if i + 1 < len(runs) - 1 else None
                out.append(self._window_start(run.end, until, after.first is State.ON_CALL))
        return out

    def _window_end(self, edge: datetime, back: datetime | None, on_call: bool) -> _Candidate:
        display = self.display
        return _Candidate(
            ReminderKind.WINDOW_END,
            edge - self.cfg.window_end_lead,
            f"reminder:window-end:{self._stamp(edge)}",
            edge,
            lambda at: texts.window_end(edge, at, on_call, back, display),
            expires=back,
        )

    def _window_start(self, edge: datetime, until: datetime | None, on_call: bool) -> _Candidate:
        display = self.display
        return _Candidate(
            ReminderKind.WINDOW_START,
            edge - self.cfg.window_start_lead,
            f"reminder:window-start:{self._stamp(edge)}",
            edge,
            lambda at: texts.window_start(edge, at, on_call, until, display),
            expires=until or edge + GRACE,
        )

    def _pre_off(self, start: datetime, back: datetime | None) -> _Candidate:
        label = self._holiday_label(start, back or start + timedelta(days=1))
        kind = ReminderKind.PRE_HOLIDAY if label is not None else ReminderKind.PRE_WEEKEND
        display = self.display
        first_day = start.astimezone(display).date() + timedelta(days=1)
        day_start = _wall(first_day, time(0), display)
        day_end = _wall(first_day + timedelta(days=1), time(0), display)
        tomorrow_off = start <= day_start and (back is None or back >= day_end)
        return _Candidate(
            kind,
            start - self.cfg.pre_off_lead,
            f"reminder:{kind.value}:{self._stamp(start)}",
            start,
            lambda at: texts.pre_off(start, back, at, tomorrow_off, label or "", display),
            expires=back,
        )

    def _holiday_label(self, start: datetime, end: datetime) -> str | None:
        """The label of an ``unavailable`` exception overlapping ``[start, end)``, if any."""
        schedule = self.history.in_force(start)
        if schedule is None:
            return None
        tz = schedule.tz
        for exc in schedule.exceptions:
            if exc.kind is not ExceptionKind.UNAVAILABLE:
                continue
            s = exc.start.replace(tzinfo=tz).astimezone(UTC)
            e = exc.end.replace(tzinfo=tz).astimezone(UTC)
            if s < end and e > start:
                return exc.label.strip()
        return None

    # -- supervision -------------------------------------------------------------------------

    def supervision(self) -> list[_Candidate]:
        cfg = self.cfg
        if not cfg.supervision_dates and not cfg.supervision_recurrence.strip():
            return []
        try:
            sessions = occurrences(
                cfg.supervision_dates,
                cfg.supervision_recurrence,
                self.start,
                self.end + cfg.supervision_lead,
                self.work,
            )
        except RecurrenceError:
            sessions = occurrences(
                cfg.supervision_dates, "", self.start, self.end + cfg.supervision_lead, self.work
            )
        out = []
        for session in sessions:
            if session < self.start:
                continue
            prev = previous(sessions, session)
            local = session.astimezone(self.work).date()
            # From the day after the last supervision (the export dialog's "since the last
            # supervision"), or four weeks for the first one, to the day before this one.
            first = (
                prev.astimezone(self.work).date() + timedelta(days=1)
                if prev
                else (session.astimezone(self.work) - timedelta(days=28)).date()
            )
            last = max(first, local - timedelta(days=1))
            display = self.display
            out.append(
                _Candidate(
                    ReminderKind.SUPERVISION_PREP,
                    session - cfg.supervision_lead,
                    f"reminder:supervision-prep:{self._stamp(session)}",
                    session,
                    _render_supervision(session, first, last, display, prev is not None),
                    expires=session,
                    period=(first, last),
                )
            )
        return out

    # -- wind-down ---------------------------------------------------------------------------

    def wind_down(self) -> list[_Candidate]:
        cfg, tz = self.cfg, self.display
        out = []
        day = self.start.astimezone(tz).date() - timedelta(days=1)
        last = self.end.astimezone(tz).date()
        while day <= last:
            evening = _wall(day, cfg.evening_starts, tz)
            next_day = day + timedelta(days=1)
            at = _wall(
                next_day if cfg.wind_down_time <= cfg.evening_starts else day,
                cfg.wind_down_time,
                tz,
            )
            count_until = min(at, self.now)
            if self.start <= at <= self.end and count_until > evening:
                count = self.ctx.contacts.after_hours_count(evening, count_until)
                if count > 0:
                    back = self.history.next_available(at) if self.history.versions else None
                    out.append(
                        _Candidate(
                            ReminderKind.WIND_DOWN,
                            at,
                            f"reminder:wind-down:{day.isoformat()}",
                            at,
                            _render_wind_down(count, back, tz),
                        )
                    )
            day = next_day
        return out

    # -- to-dos in working hours --------------------------------------------------------------

    def self_check(self) -> list[_Candidate]:
        last = self.ctx.self_checks.last_completed()
        today = self.now.astimezone(self.work).date()
        end_day = self.end.astimezone(self.work).date()
        every = self.cfg.self_check_every_months
        dues: list[date] = []
        if last is not None:
            base = last.astimezone(self.work).date()
            k = 1
            while (due := add_months(base, k * every)) <= end_day:
                dues.append(due)
                k += 1
        else:
            # Never done: the 1st of each month, from next month (no nag on the first day).
            month = add_months(today.replace(day=1), 1)
            while month <= end_day:
                dues.append(month)
                month = add_months(month, 1)
        display = self.display
        return [
            _Candidate(
                ReminderKind.SELF_CHECK,
                self.work_slot(due),
                f"reminder:self-check:{due.isoformat()}",
                _wall(due, time(0), self.work),
                lambda at: texts.self_check(last, display),
            )
            for due in _latest_past_and_future(dues, today)
        ]

    def reviews(self) -> list[_Candidate]:
        today = self.now.astimezone(self.work).date()
        end_day = self.end.astimezone(self.work).date()
        items = sorted(self.ctx.reviews.due_reviews(end_day), key=lambda r: (r.due, r.client))
        out = []
        for due in _latest_past_and_future(sorted({r.due for r in items}), today):
            clients = tuple(dict.fromkeys(r.client for r in items if r.due <= due))
            out.append(
                _Candidate(
                    ReminderKind.AGREEMENT_REVIEW,
                    self.work_slot(due),
                    f"reminder:agreement-review:{due.isoformat()}",
                    _wall(due, time(0), self.work),
                    _render_review(clients, due),
                    subjects=clients,
                )
            )
        return out

    def work_slot(self, day: date) -> datetime:
        """The first moment in regular hours from ``admin_time`` on ``day``, and not before now.

        With no schedule at all, simply ``admin_time`` (or now, if that has passed).
        """
        t = max(self.now, _wall(day, self.cfg.admin_time, self.work))
        if not self.history.versions:
            return t
        if _state(self.history, t) is State.IN_HOURS:
            return t
        return self.history.next_available(t) or t

    # -- sessions ----------------------------------------------------------------------------

    def after_sessions(self, at: datetime) -> datetime:
        """``at``, or the end of the session it falls in."""
        for seg in self.sessions():
            if seg.start <= at < seg.end:
                return seg.end
        return at

    def sessions(self) -> list[Segment]:
        if self._sessions is None:
            versions = tuple(
                ScheduleVersion(v.effective_from, _sessions_only(v.schedule), v.id)
                for v in self.history.versions
            )
            history = ScheduleHistory(versions)
            self._sessions = [
                s for s in history.segments(self.start, self.end + _PAD) if s.state is not State.OFF
            ]
        return self._sessions

    def _stamp(self, instant: datetime) -> str:
        """An instant as it appears in job ids: wall time with offset in the work zone."""
        return instant.astimezone(self.work).isoformat(timespec="minutes")


# -- helpers ---------------------------------------------------------------------------------


def _render_supervision(
    session: datetime, first: date, last: date, tz: ZoneInfo, has_previous: bool
) -> Render:
    return lambda at: texts.supervision(session, at, first, last, tz, has_previous)


def _render_wind_down(count: int, back: datetime | None, tz: ZoneInfo) -> Render:
    return lambda at: texts.wind_down(count, back, at, tz)


def _render_review(clients: tuple[str, ...], due: date) -> Render:
    return lambda at: texts.agreement_review(clients, due)


@dataclass(frozen=True)
class _Run:
    """A maximal stretch of availability (regular or on call) or of none."""

    start: datetime
    end: datetime
    available: bool
    first: State
    last: State


def _availability_runs(segments: list[Segment]) -> list[_Run]:
    runs: list[_Run] = []
    for seg in segments:
        avail = seg.state.available
        if runs and runs[-1].available == avail and runs[-1].end == seg.start:
            runs[-1] = replace(runs[-1], end=seg.end, last=seg.state)
        else:
            runs.append(_Run(seg.start, seg.end, avail, seg.state, seg.state))
    return runs


def _sessions_only(schedule: Schedule) -> Schedule:
    """The windows labelled as sessions, still cancelled by unavailable exceptions."""
    windows = tuple(w for w in schedule.windows if SESSION_WORD in w.label.lower())
    exceptions = tuple(
        x
        for x in schedule.exceptions
        if x.kind is ExceptionKind.UNAVAILABLE or SESSION_WORD in x.label.lower()
    )
    return Schedule(schedule.timezone, windows, exceptions)


def _latest_past_and_future(dues: list[date], today: date) -> list[date]:
    """The latest due date up to today (older ones are covered by it) and every later one."""
    past = [d for d in dues if d <= today]
    return ([max(past)] if past else []) + [d for d in dues if d > today]


def _state(history: ScheduleHistory, instant: datetime) -> State:
    segs = history.segments(instant, instant + timedelta(seconds=1))
    return segs[0].state if segs else State.OFF


def _wall(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a local date, as UTC.

    A time in a spring-forward gap moves forward, as in the schedule engine.
    """
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)
