"""Reminders in the app: a background scheduler whose jobs only emit a Qt signal.

Why a ``BackgroundScheduler`` and not APScheduler's ``QtScheduler``: jobs run on a worker thread
under either (so the GUI must be reached through a queued signal anyway), and ``QtScheduler``
cannot cancel its own timers in PySide6 (it keeps the ``None`` that ``QTimer.singleShot``
returns), so each wake-up leaves a timer behind. The background scheduler sleeps on a
``threading.Event`` until the next reminder: no Qt timer fires for it at all.

Qt timers and that event both stop during suspend, so this module adds the two wake-up paths of
``after_hours.availability.reminders.wake``: a 5-minute ``QTimer`` calling ``check_clocks`` (wall-clock jump,
zone change, stale plan), and logind's ``PrepareForSleep`` signal over D-Bus where there is a
system bus.

APScheduler itself starts only when a reminder ahead is near (``SCHEDULER_LEAD``, twice the
clock check's interval, so a check always falls between "near" and "due"): until then the plan
is made and shown without it, what is already due is shown directly, and an app idling in the tray does not hold APScheduler, asyncio,
ssl and importlib.metadata (about 8 MB; docs/benchmarks.md). Every re-derivation (start, edit,
snooze, wake) and every clock check looks again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from after_hours.availability.reminders import (
    SCHEDULER_OPTIONS,
    Reminder,
    ReminderScheduler,
    ReminderService,
)
from after_hours.availability.reminders.wake import INTERVAL

# APScheduler is started when the soonest planned reminder is this close (or overdue).
SCHEDULER_LEAD = 2 * INTERVAL

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class LogindSleepWatch(QObject):
    """Emits ``resumed`` when logind says the machine woke up (Linux with a system bus)."""

    resumed = Signal()

    def __init__(self, parent: QObject | None = None, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        self.available = bool(
            bus.isConnected()
            and bus.connect(*LOGIND, "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)"))
        )

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()


class ReminderCenter(QObject):
    """Owns the reminder jobs for the app and keeps the reminders waiting for an answer.

    ``notified`` fires once per reminder when it becomes due (the tray shows a message);
    ``changed`` whenever the waiting list changes (the banner and the tray menu redraw);
    ``open_requested`` when the user picks Open (the app shows the right page).
    """

    notified = Signal(object)
    changed = Signal()
    replanned = Signal()  # the upcoming reminders may have changed
    open_requested = Signal(object)
    _due = Signal(object)  # from the scheduler's worker thread to the GUI thread

    def __init__(
        self,
        service: ReminderService,
        scheduler: Any | None = None,
        parent: QObject | None = None,
        *,
        monotonic: Any = None,
        check_every: timedelta = INTERVAL,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._owns_scheduler = scheduler is None
        # None until a reminder is near (_ensure_scheduler); tests pass a stepped one.
        self.scheduler: Any | None = scheduler
        self._started = False
        self._waiting: dict[str, Reminder] = {}
        self._due.connect(self._show, Qt.ConnectionType.QueuedConnection)
        # The job callback only emits the signal: nothing else runs on the worker thread.
        self.jobs = ReminderScheduler(self.scheduler, service, self._due.emit, monotonic=monotonic)
        self._tick = QTimer(self)
        self._tick.setInterval(int(check_every.total_seconds() * 1000))
        self._tick.timeout.connect(self.check_clocks)
        self.sleep_watch = LogindSleepWatch(self)
        self.sleep_watch.resumed.connect(self._resumed)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._started = True
        self.jobs.start()
        self.replanned.emit()
        self._ensure_scheduler()
        self._tick.start()

    def stop(self) -> None:
        """Stop the clock check and the jobs (safe to call twice, or before ``start``)."""
        self._started = False
        self._tick.stop()
        scheduler = self.scheduler
        if scheduler is None:
            return
        if scheduler.running or not self._owns_scheduler:
            self.jobs.stop()
        if self._owns_scheduler and scheduler.running:
            scheduler.shutdown(wait=False)

    def _ensure_scheduler(self) -> None:
        """Start our own APScheduler once the soonest reminder still ahead is near.

        Until then, what is already due (an overdue to-do, the start of hours missed while the
        app was closed) is shown at once from here: APScheduler would only fire it
        immediately, and starting it for that alone kept about 8 MiB resident.
        """
        if self.scheduler is not None or not self._started:
            return
        self.jobs.fire_due()
        soonest = self.jobs.next_ahead()
        if soonest is None or soonest > self.service.clock.now() + SCHEDULER_LEAD:
            return
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(**SCHEDULER_OPTIONS)
        self.scheduler = scheduler
        self.jobs.attach(scheduler)
        scheduler.start()

    def rederive(self, reason: str = "edit") -> list[Reminder]:
        """Call after any edit of the schedule, agreements, settings or contacts."""
        plan = self.jobs.rederive(reason)
        self.replanned.emit()
        self._ensure_scheduler()
        return plan

    def planned(self) -> list[Reminder]:
        """The reminders scheduled next (the Today page lists them)."""
        return self.jobs.planned()

    @Slot()
    def _resumed(self) -> None:
        self.rederive("resume")

    @Slot()
    def check_clocks(self) -> None:
        self.jobs.check_clocks()
        self.replanned.emit()
        self._ensure_scheduler()

    # -- the waiting reminders ---------------------------------------------------------------

    def waiting(self) -> list[Reminder]:
        """Reminders shown and not yet answered, newest last."""
        return sorted(self._waiting.values(), key=lambda r: r.at)

    def open(self, reminder: Reminder) -> None:
        self._drop(reminder)
        self.open_requested.emit(reminder)

    def snooze(self, reminder: Reminder, delay: timedelta) -> None:
        self._drop(reminder)
        self.jobs.snooze(reminder, delay)
        self._ensure_scheduler()

    def dismiss(self, reminder: Reminder) -> None:
        self._drop(reminder)
        self.jobs.dismiss(reminder)

    def _drop(self, reminder: Reminder) -> None:
        if self._waiting.pop(reminder.job_id, None) is not None:
            self.changed.emit()

    @Slot(object)
    def _show(self, reminder: Reminder) -> None:
        self.service.mark_shown(reminder)
        # A newer reminder of a kind replaces the older one still waiting.
        for other in [r for r in self._waiting.values() if r.kind is reminder.kind]:
            del self._waiting[other.job_id]
        self._waiting[reminder.job_id] = reminder
        self.notified.emit(reminder)
        self.changed.emit()
