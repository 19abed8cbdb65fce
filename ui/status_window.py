"""A window showing the current status, refreshed exactly at each window edge (no polling)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from availability.clock import Clock
from availability.schedule_store import ScheduleStore
from availability.status import Status, compute_status
from availability.store import Profile, Settings
from availability.timeutil import zone
from ui.icons import state_icon

# Re-check at least this often even if no change is due (clock jumps, edits elsewhere).
MAX_WAIT = timedelta(minutes=30)
MIN_WAIT = timedelta(seconds=1)


class StatusWindow(QMainWindow):
    """The state icon, the headline ("Off hours, back Mon 09:00") and the next change."""

    def __init__(self, profile: Profile, clock: Clock) -> None:
        super().__init__()
        self._profile = profile
        self._clock = clock
        self.setWindowTitle(self.tr("After Hours"))
        self._icon = QLabel()
        self._icon.setAccessibleName(self.tr("Status icon"))
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Status"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._icon)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(460, 240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.status: Status | None = None
        self.refresh()

    def refresh(self) -> None:
        settings = Settings(self._profile.db)
        display = zone(settings.display_zone_name())
        store = ScheduleStore(self._profile.db, self._clock)
        history = store.history()
        now = self._clock.now()
        schedule = history.in_force(now)
        status = compute_status(
            history, now, schedule.timezone if schedule else settings.display_zone_name()
        )
        self.status = status
        self._icon.setPixmap(state_icon(status.state.value).pixmap(64, 64))
        self.headline.setText(status.headline(display))
        if schedule is None:
            self.detail.setText(
                self.tr(
                    "No schedule yet. Import your hours with `after-hours schedule import FILE`."
                )
            )
        else:
            self.detail.setText(self.tr("Schedule time zone: %s") % schedule.timezone)
        wait = MAX_WAIT
        if status.next_change is not None:
            wait = max(MIN_WAIT, min(MAX_WAIT, status.next_change - now))
        self._timer.start(int(wait.total_seconds() * 1000))
