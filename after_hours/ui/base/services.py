"""The one object every window, page and dialog receives: the profile, the clock, the services.

Passed through constructors, never looked up globally, so a test builds one with a temporary
profile and a ``ManualClock`` and drives the real widgets. Domain services are built lazily on
first use so the first window paints before anything it does not need is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from after_hours.availability.clock import Clock
from after_hours.availability.crisis_recent import recent_crisis_logged
from after_hours.availability.pause import Pause, current_pause
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.status import Status, compute_status
from after_hours.availability.store import Profile, Settings
from after_hours.availability.timeutil import zone
from after_hours.availability.tray_state import CrisisWaiting

if TYPE_CHECKING:  # built on first use, so start-up does not import them
    from after_hours.availability.agreements import AgreementStore
    from after_hours.availability.contacts import Contact
    from after_hours.availability.contacts.log import ContactLog
    from after_hours.availability.crisis_queue import CrisisQueue


class Events(QObject):
    """Change notices, so the tray, Today and other pages refresh when data changes."""

    schedule_changed = Signal()
    settings_changed = Signal()
    contacts_changed = Signal()
    # Any page may ask the shell for the quick-log dialog.
    quick_log_requested = Signal()
    # ... and for the crisis panel (the oldest crisis waiting, or the reference view).
    crisis_panel_requested = Signal()
    # A banner for the main window when a notification could not be shown (no tray):
    # title, text, and an optional action as (button label, callable) or None.
    notice = Signal(str, str, object)
    # Show the Contacts page filtered to exactly these contact ids (a dashboard reason's),
    # with the words saying why: (ids, why).
    contacts_requested = Signal(object, str)
    # The mailbox watcher's state ("watching", "waiting", "failed", ...) and a sentence.
    mail_status = Signal(str, str)
    # The mailbox was set up, changed or removed in the app: the watcher restarts.
    mailbox_changed = Signal()
    # Contacts were imported in the app: the shell opens the panel for a recent crisis.
    contacts_imported = Signal()
    # App notifications or KDE Connect were turned on or off, or apps chosen: listeners restart.
    channels_changed = Signal()
    # A live channel's state (docs/channels.md): channel, "watching"/"no daemon"/..., a sentence.
    channels_status = Signal(str, str, str)
    # A self-check was saved, from wherever it was opened (Today, a reminder banner).
    selfcheck_saved = Signal()


@dataclass(eq=False)
class Services:
    """Shared context for the desktop layer."""

    profile: Profile
    clock: Clock
    events: Events = field(default_factory=Events)

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.profile.db)

    @cached_property
    def schedules(self) -> ScheduleStore:
        return ScheduleStore(self.profile.db, self.clock)

    @cached_property
    def contacts(self) -> ContactLog:
        from after_hours.availability.contacts.log import ContactLog

        return ContactLog(self.profile.db, self.clock)

    @cached_property
    def agreements(self) -> AgreementStore:
        from after_hours.availability.agreements import AgreementStore

        return AgreementStore(self.profile.db, self.clock)

    @cached_property
    def crises(self) -> CrisisQueue:
        from after_hours.availability.crisis_queue import CrisisQueue

        return CrisisQueue(self.profile.db, self.contacts)

    def waiting_crises(self, now: datetime) -> list[Contact]:
        """The possible crises waiting at ``now``, oldest first (the crisis queue's answer).

        Asked of the contacts table first: with no crisis logged in the waiting days (most
        starts) the answer is known without the contact log and the queue, which the first
        paint then does without (crisis_recent.py).
        """
        if not recent_crisis_logged(self.profile.db, now):
            return []
        return self.crises.waiting(now)

    def crisis_waiting(self) -> CrisisWaiting | None:
        """The oldest possible crisis not yet marked as handled (for the tray and Today)."""
        waiting = self.waiting_crises(self.now())
        if not waiting:
            return None
        first = waiting[0]
        return CrisisWaiting(first.client or "", first.at, len(waiting), first.id)

    def now(self) -> datetime:
        return self.clock.now()

    def display_zone(self) -> tzinfo:
        return zone(self.settings.display_zone_name())

    def status(self, at: datetime | None = None) -> Status:
        """The schedule's answer now (or at ``at``), judged by the schedule in force then."""
        at = at or self.now()
        history = self.schedules.history()
        schedule = history.in_force(at)
        name = schedule.timezone if schedule else self.settings.display_zone_name()
        return compute_status(history, at, name)

    def pause(self) -> Pause | None:
        return current_pause(self.settings, self.now())
