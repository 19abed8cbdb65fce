"""Keeps a subscribed calendar fresh while the app runs (docs/schedule.md, "Subscriptions").

A one-minute timer asks whether a refresh is due (the interval after a success, a growing
backoff after errors). Due times are wall-clock instants, so after the machine wakes the first
tick refreshes a calendar that fell due during sleep. The HTTPS request runs on a worker thread
(it may take up to 30 s); its answer comes back through a queued signal and is stored on the
GUI thread, where the database connection lives.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.calendars.feed_service import PendingRefresh

TICK_MS = 60_000  # never more often than once a minute


class CalendarSync(QObject):
    """Refreshes the subscription when due, one request at a time."""

    fetched = Signal(object, object)  # (PendingRefresh, Fetched | str), from the worker
    finished = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.fetched.connect(self._store, Qt.ConnectionType.QueuedConnection)
        self._busy = False
        self._stopped = False

    def start(self) -> None:
        self._stopped = False
        self.timer.start()
        QTimer.singleShot(0, self, self.tick)

    def stop(self) -> None:
        """No more ticks, and an answer still on its way is dropped (the profile may close)."""
        self._stopped = True
        self.timer.stop()

    def tick(self) -> bool:
        """Start a refresh if one is due; True when one was started."""
        if self._busy or self._stopped:
            return False
        if not self.services.settings.get("calendar.subscription"):
            return False  # nothing subscribed: no need to load the feed's machinery
        from after_hours.ui.widgets.calendar_subscription import calendar_feed

        feed = calendar_feed(self.services)
        state = feed.state()
        if state is None or not state.due(self.services.clock.now()):
            return False
        pending = feed.begin_refresh()
        self._busy = True
        threading.Thread(
            target=lambda: self.fetched.emit(pending, pending.run()),
            name="calendar-refresh",
            daemon=True,
        ).start()
        return True

    def _store(self, pending: PendingRefresh, result: object) -> None:
        self._busy = False
        from after_hours.ui.widgets.calendar_subscription import calendar_feed

        if self._stopped:
            return
        outcome = calendar_feed(self.services).finish_refresh(pending, result)  # type: ignore[arg-type]
        if outcome.changed:
            self.services.events.schedule_changed.emit()
        self.services.events.settings_changed.emit()
        self.finished.emit()
