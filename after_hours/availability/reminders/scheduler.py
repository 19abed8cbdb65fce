"""The adapter between the reminder plan and an APScheduler 3.x scheduler.

The scheduler is injected (a ``BackgroundScheduler`` in the app, a stepped one in tests), so this
module never imports Qt. Each planned reminder becomes one date-triggered job whose id is the
reminder's stable job id, in a ``MemoryJobStore`` of its own: jobs are derived from the database
at start, after any edit (``rederive``), on wake and on a zone change, and never stored twice.

APScheduler's defaults would lose reminders: ``misfire_grace_time=1`` drops a job missed by more
than a second (a laptop that slept). So each job gets ``coalesce=True`` (one run, however late),
``misfire_grace_time`` = the planner's ``GRACE`` and ``max_instances=1``. Which missed reminder
deserves showing is decided by the planner (the most recent of each kind, if not stale); a job
that fires before the re-derivation after a wake is checked against the same rule here.

The scheduler may come later (``attach``): the app plans at start without one and starts
APScheduler only when a reminder is near (APScheduler brings asyncio, ssl and importlib.metadata
with it, megabytes an app idling in the tray need not hold; docs/benchmarks.md). Until then
the plan is kept and ``planned`` answers as usual; no job exists to fire.

Job callbacks run on a worker thread. ``on_due`` is called there: in the app it only emits a Qt
signal, and the GUI thread shows the notification and calls ``ReminderService.mark_shown``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from after_hours.availability.reminders.model import Reminder
from after_hours.availability.reminders.planner import GRACE
from after_hours.availability.reminders.service import ReminderService
from after_hours.availability.reminders.wake import ClockEvent, ClockWatch

JOBSTORE = "reminders"
JOB_OPTIONS: dict[str, Any] = {
    "coalesce": True,
    "misfire_grace_time": int(GRACE.total_seconds()),
    "max_instances": 1,
}
# For whoever builds the scheduler: the same policy as defaults, and UTC as its zone (our
# instants are UTC; the local zone is applied when reminders are planned, not here).
SCHEDULER_OPTIONS: dict[str, Any] = {"job_defaults": dict(JOB_OPTIONS), "timezone": "UTC"}
# Jobs are derived this far ahead; the plan is refreshed well before it runs out.
HORIZON = timedelta(days=2)
REFRESH = timedelta(hours=1)


class ReminderScheduler:
    """Keeps the scheduler's reminder jobs equal to the plan."""

    def __init__(
        self,
        scheduler: Any | None,
        service: ReminderService,
        on_due: Callable[[Reminder], None],
        *,
        monotonic: Callable[[], float] | None = None,
        horizon: timedelta = HORIZON,
    ) -> None:
        self._scheduler = scheduler
        self._service = service
        self._on_due = on_due
        self._horizon = horizon
        self._lock = threading.RLock()
        self._planned: dict[str, Reminder] = {}
        # Shown this session (id -> when due): a job that fires again before the consumer has
        # recorded it in the database is not shown twice.
        self._delivered: dict[str, datetime] = {}
        self._last_derived: datetime | None = None
        watch_args: dict[str, Any] = {}
        if monotonic is not None:
            watch_args["monotonic"] = monotonic
        self.watch = ClockWatch(service.clock.now, service.zone_name, **watch_args)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def scheduler(self) -> Any | None:
        """The APScheduler scheduler holding the jobs, or None until one is attached."""
        return self._scheduler

    def start(self) -> list[Reminder]:
        """Add the job store (once) and derive the jobs. Starting the scheduler is the owner's."""
        self._add_jobstore()
        return self.rederive("start")

    def attach(self, scheduler: Any) -> list[Reminder]:
        """Hand over the scheduler that was left out at start, and give it the planned jobs."""
        with self._lock:
            self._scheduler = scheduler
            self._add_jobstore()
            return self.rederive("attach")

    def _add_jobstore(self) -> None:
        if self._scheduler is None:
            return
        from apscheduler.jobstores.memory import MemoryJobStore

        with contextlib.suppress(ValueError):  # started before: the store is there
            self._scheduler.add_jobstore(MemoryJobStore(), JOBSTORE)

    def stop(self) -> None:
        """Remove every reminder job (the owner shuts the scheduler down)."""
        with self._lock:
            if self._scheduler is not None:
                self._scheduler.remove_all_jobs(jobstore=JOBSTORE)
            self._planned.clear()

    # -- re-derivation -----------------------------------------------------------------------

    def rederive(self, reason: str = "edit") -> list[Reminder]:
        """Make the jobs match the plan now, and return the plan.

        Call after any edit of the schedule, agreements, settings or contacts, and on wake.
        """
        with self._lock:
            now = self._service.clock.now()
            self._delivered = {
                k: at for k, at in self._delivered.items() if now - at <= timedelta(days=2)
            }
            plan = [r for r in self._service.plan(self._horizon) if r.job_id not in self._delivered]
            wanted = {r.job_id: r for r in plan}
            if self._scheduler is not None:
                self._schedule(self._scheduler, plan, wanted, reason)
            self._planned = wanted
            self._last_derived = now
            self.watch.reset()
            return plan

    def _schedule(
        self, scheduler: Any, plan: list[Reminder], wanted: dict[str, Reminder], reason: str
    ) -> None:
        """Make the scheduler's jobs equal to ``plan`` (under the lock)."""
        from apscheduler.triggers.date import DateTrigger

        for job in scheduler.get_jobs(jobstore=JOBSTORE):
            if job.id not in wanted:
                job.remove()
        for reminder in plan:
            scheduler.add_job(
                self._fire,
                trigger=DateTrigger(run_date=reminder.at),
                args=[reminder.job_id],
                id=reminder.job_id,
                name=f"{reminder.kind.value} ({reason})",
                jobstore=JOBSTORE,
                replace_existing=True,
                **JOB_OPTIONS,
            )

    def check_clocks(self) -> list[ClockEvent]:
        """The periodic check (every ``wake.INTERVAL``); returns what was detected.

        Re-derives after a sleep, a clock or zone change, or when the plan is older than
        ``REFRESH`` (so evening contacts logged elsewhere still bring the wind-down reminder).
        """
        events = self.watch.check()
        now = self._service.clock.now()
        stale = self._last_derived is None or now - self._last_derived >= REFRESH
        if events or stale:
            self.rederive(",".join(e.value for e in events) or "refresh")
        return events

    # -- what the user does with a shown reminder ---------------------------------------------

    def snooze(self, reminder: Reminder, delay: timedelta) -> datetime:
        """Snooze (see ``ReminderService.snooze``) and schedule the reminder again."""
        until = self._service.snooze(reminder, delay)
        with self._lock:
            self._delivered.pop(reminder.job_id, None)
        self.rederive("snooze")
        return until

    def dismiss(self, reminder: Reminder) -> None:
        """Dismiss for good (see ``ReminderService.dismiss``) and drop its job."""
        self._service.dismiss(reminder)
        self.rederive("dismiss")

    def planned(self) -> list[Reminder]:
        """The reminders currently scheduled, soonest first."""
        with self._lock:
            return sorted(self._planned.values(), key=lambda r: r.at)

    def fire_due(self) -> None:
        """Show what is due now, without a scheduler (the owner calls this before it has one).

        Each reminder goes through the same checks as a scheduler's job (expired, superseded
        by a later one of its kind, already shown), so a scheduler attached later changes
        nothing for it: an app started with only overdue reminders shows them and needs
        APScheduler only for what is ahead.
        """
        now = self._service.clock.now()
        for reminder in self.planned():
            if reminder.at <= now:
                self._fire(reminder.job_id)

    def next_ahead(self) -> datetime | None:
        """When the soonest reminder still to come is due (None when nothing is planned)."""
        now = self._service.clock.now()
        with self._lock:
            ahead = [r.at for r in self._planned.values() if r.at > now]
        return min(ahead, default=None)

    # -- firing (worker thread, or the owner's thread through fire_due) -----------------------

    def _fire(self, job_id: str) -> None:
        with self._lock:
            reminder = self._planned.get(job_id)
            if reminder is None or job_id in self._delivered:
                return
            now = self._service.clock.now()
            if reminder.at > now + timedelta(seconds=1):
                return  # a job from before a clock change, early by the wall clock
            if reminder.expires is not None and reminder.expires <= now:
                return
            if any(
                other.kind is reminder.kind and reminder.at < other.at <= now
                for other in self._planned.values()
            ):
                return  # a later one of the same kind is due too: only that one is shown
            self._delivered[job_id] = reminder.at
        self._on_due(reminder.as_of(now))
