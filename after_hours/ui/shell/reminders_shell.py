"""Reminders wired into the running app: jobs, tray, the window's banner, pages and dialogs.

The shell builds one ``ShellReminders`` after the first window is painted (APScheduler is
imported then, not at start-up). It re-derives the reminders whenever the schedule, the
settings or the contacts change, and routes each reminder's Open to where the work is done:
the export dialog with the supervision period filled in, the self-check, the Clients page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from after_hours.availability.reminders import Reminder, ReminderKind, ReminderService
from after_hours.availability.reminders.adapters import sources_for
from after_hours.ui.base.services import Services
from after_hours.ui.shell.main_window import MainWindow
from after_hours.ui.shell.reminders import ReminderCenter
from after_hours.ui.shell.reminders_view import (
    ReminderBanner,
    ReminderTraySection,
    UpcomingReminders,
    open_label,
)
from after_hours.ui.shell.tray import TrayController
from after_hours.ui.widgets.common import heading

if TYPE_CHECKING:
    # The Settings page's box loads with that page: an app idling on Today never holds it.
    from after_hours.ui.widgets.reminders_settings import ReminderSettingsBox


class ShellReminders(QObject):
    """One per running app."""

    def __init__(
        self,
        services: Services,
        window: MainWindow,
        tray: TrayController,
        show_window: Callable[[], None],
        parent: QObject | None = None,
        *,
        scheduler: Any = None,
        monotonic: Any = None,
        check_every: timedelta | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.window = window
        self.tray = tray
        self._show_window = show_window
        db, clock = services.profile.db, services.clock
        service = ReminderService(db, clock, **sources_for(db, clock))
        extra: dict[str, Any] = {} if check_every is None else {"check_every": check_every}
        self.center = ReminderCenter(service, scheduler, self, monotonic=monotonic, **extra)
        self.banner = ReminderBanner(self.center)
        window.banners.insertWidget(0, self.banner)
        self.tray_section = ReminderTraySection(
            self.center, tray.icon, tray.menu, notify=self._notify
        )
        self.dialogs: list[QWidget] = []
        events = services.events
        for signal in (events.schedule_changed, events.settings_changed, events.contacts_changed):
            signal.connect(self._edited)
        self.center.open_requested.connect(self.open)
        # Pages are built lazily: add our parts to Today and Settings once they exist.
        window.sidebar.currentRowChanged.connect(self._page_shown)
        self.upcoming: UpcomingReminders | None = None
        self.settings_box: ReminderSettingsBox | None = None
        self._augment_pages()

    def start(self) -> None:
        self.center.start()

    def stop(self) -> None:
        self.center.stop()

    @Slot()
    def _edited(self) -> None:
        self.center.rederive("edit")

    def _notify(self, reminder: Reminder) -> None:
        """A tray message whose click does Open; with no tray, the window's banner shows it."""
        if self.tray.in_tray and QSystemTrayIcon.supportsMessages():
            center = self.center
            self.tray.notify(
                reminder.title,
                reminder.body,
                action=(open_label(reminder), lambda: center.open(reminder)),
            )

    @Slot(object)
    def open(self, reminder: Reminder) -> QWidget | None:
        """Take the user to where the reminder's work is done; returns the dialog, if any."""
        db, clock = self.services.profile.db, self.services.clock
        self._show_window()
        if reminder.kind is ReminderKind.SUPERVISION_PREP and reminder.period is not None:
            from after_hours.ui.dialogs.export import export_dialog_for

            dialog = export_dialog_for(db, clock, parent=self.window)
            first, last = reminder.period
            dialog.custom_start.setDate(QDate(first.year, first.month, first.day))
            dialog.custom_end.setDate(QDate(last.year, last.month, last.day))
            return self._keep(dialog)
        if reminder.kind is ReminderKind.SELF_CHECK:
            from after_hours.availability.selfcheck.store import SelfCheckStore
            from after_hours.ui.dialogs.selfcheck import SelfCheckDialog

            check = SelfCheckDialog(SelfCheckStore(db, clock), clock, parent=self.window)
            check.saved.connect(self._selfcheck_saved)
            return self._keep(check)
        if reminder.kind is ReminderKind.AGREEMENT_REVIEW:
            self.window.show_page("clients")
            return None
        self.window.show_page("today")
        return None

    def _selfcheck_saved(self, _check: object) -> None:
        """Re-plan the next self-check and tell every page (Today went stale without it)."""
        self.center.rederive("self-check")
        self.services.events.selfcheck_saved.emit()

    def _keep(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        return dialog

    @Slot(int)
    def _page_shown(self, _row: int) -> None:
        self._augment_pages()

    def _augment_pages(self) -> None:
        today = self.window.page("today")
        if self.upcoming is None and today is not None and hasattr(today, "extra"):
            s = self.services
            self.upcoming = UpcomingReminders(self.center, s.settings, s.clock)
            today.extra.addWidget(heading(self.tr("Next reminders"), 1.15))
            today.extra.addWidget(self.upcoming)
        settings = self.window.page("settings")
        if self.settings_box is None and settings is not None and hasattr(settings, "extra"):
            from after_hours.ui.widgets.reminders_settings import ReminderSettingsBox

            box = ReminderSettingsBox(self.services.settings, self.services.clock)
            box.saved.connect(self.services.events.settings_changed)
            settings.extra.addWidget(box)
            self.settings_box = box
