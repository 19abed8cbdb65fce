"""First run: about you (name, region, zone), weekly hours, the work mailbox. Under two minutes.

Every answer has a sensible default (the system's zone, Mon-Fri 09:00-17:00), so a clinician
in a hurry presses Enter three times and has a working schedule; every step can be changed
later in Settings and on the Schedule page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from after_hours.availability.calendars import ScheduleFormatError, load_schedule
from after_hours.availability.schedule import Schedule, ScheduleException, Window
from after_hours.availability.timeutil import system_zone_name
from after_hours.ui.base.labels import schedule_file_filter
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.channels_mailbox import MailboxSetup
from after_hours.ui.widgets.common import RegionCombo, ZoneCombo, wrapped
from after_hours.ui.widgets.week_editor import WeekEditor

DEFAULT_HOURS = (Window(frozenset(range(5)), time(9), time(17)),)


class AboutYouPage(QWizardPage):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("About you"))
        self.setSubTitle(
            self.tr("Your name goes into the replies you send; the region chooses crisis lines.")
        )
        s = services.settings
        self.name = QLineEdit(str(s.get("profile.name")))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Sam Rivera, MSW"))
        self.region = RegionCombo(str(s.get("profile.region")))
        self.zone = ZoneCombo(str(s.get("profile.timezone") or system_zone_name()))
        self.zone.currentTextChanged.connect(self._zone_edited)
        # Said beside the field, never a silently disabled Next (issue 17).
        self.zone_problem = wrapped("")
        self.zone_problem.setObjectName("zone-problem")
        self.zone_problem.setAccessibleName(self.tr("Time zone problem"))
        form = QFormLayout(self)
        form.addRow(
            wrapped(
                self.tr(
                    "Welcome. Three short steps, about two minutes: who you are, your working "
                    "hours, and (if you like) your work mailbox. Everything stays on this "
                    "computer, and every answer can be changed later in Settings."
                )
            )
        )
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("Time &zone"), self.zone)
        form.addRow("", self.zone_problem)
        form.addRow(
            wrapped(
                self.tr(
                    "Your hours are kept in this zone: 09:00 stays 09:00 across daylight-saving "
                    "changes."
                )
            )
        )

        self._zone_edited()

    def _zone_edited(self) -> None:
        if self.zone.zone() is None:
            typed = self.zone.currentText().strip()
            self.zone_problem.setText(
                self.tr("“%s” is not a time zone: type a city and pick it from the list.") % typed
                if typed
                else self.tr("Type your city and pick your time zone from the list to go on.")
            )
            self.zone_problem.show()
        else:
            self.zone_problem.clear()
            self.zone_problem.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.zone.zone() is not None


class HoursPage(QWizardPage):
    def __init__(
        self,
        about: AboutYouPage,
        existing: Schedule | None = None,
        use_calendar: Callable[[], Schedule | None] | None = None,
    ) -> None:
        super().__init__()
        self.about = about
        self._use_calendar = use_calendar
        self.existing = existing
        self.setTitle(self.tr("Your working hours"))
        self.setSubTitle(
            self.tr(
                "Drag to add or resize; hatched windows are on call. Outside them you are off "
                "hours. Or import your calendar."
            )
        )
        self.editor = WeekEditor()
        # Hours already on file (the demo, a CLI import) are the starting point, never replaced
        # by the 9-5 default behind the user's back.
        self.editor.set_windows(existing.windows if existing else DEFAULT_HOURS)
        self.exceptions: tuple[ScheduleException, ...] = existing.exceptions if existing else ()
        self.note = wrapped("")
        imp = QPushButton(self.tr("&Import .ics or .toml..."))
        imp.clicked.connect(self._import)
        clear = QPushButton(self.tr("C&lear"))
        clear.clicked.connect(self.clear)
        preset = QPushButton(self.tr("Mon-Fri &9-5"))
        preset.clicked.connect(self.office_hours)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        for b in (preset, clear, imp):
            row.addWidget(b)
        if use_calendar is not None:  # subscribe: hours kept in sync with the calendar
            calendar = QPushButton(self.tr("Use my &calendar..."))
            calendar.clicked.connect(self.use_calendar)
            row.addWidget(calendar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)

    def use_calendar(self) -> bool:
        schedule = self._use_calendar() if self._use_calendar else None
        if schedule is None:
            return False
        self.editor.set_windows(schedule.windows)
        self.exceptions = schedule.exceptions
        self.about.zone.set_zone(schedule.timezone)
        self.note.setText(self.tr("Hours from your calendar, kept in sync with it."))
        return True

    def clear(self) -> None:
        self.editor.set_windows([])

    def office_hours(self) -> None:
        self.editor.set_windows(DEFAULT_HOURS)

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import hours"), "", schedule_file_filter()
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        try:
            schedule = load_schedule(path, default_zone=self.about.zone.zone() or "UTC")
        except ScheduleFormatError as exc:
            self.note.setText(str(exc))
            return False
        self.editor.set_windows(schedule.windows)
        self.exceptions = schedule.exceptions
        self.about.zone.set_zone(schedule.timezone)
        self.note.setText(
            self.tr("Imported %s (%d exceptions, zone %s).")
            % (path.name, len(schedule.exceptions), schedule.timezone)
        )
        return True


class MailboxPage(QWizardPage):
    """The work mailbox, set up here with the same widget as Settings (optional: Next skips)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Work mailbox (optional)"))
        self.setSubTitle(
            self.tr(
                "After Hours can watch a work mailbox: each client message is logged, crisis "
                "language opens the crisis panel, and off hours a reply that sets expectations "
                "is ready. Skip this with Next; Settings has it too."
            )
        )
        self.setup = MailboxSetup(services)
        self.setup.changed.connect(services.events.mailbox_changed)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.setup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)


class FirstRunWizard(QWizard):
    """Saves through ``Settings`` and ``ScheduleStore.save(..., source="wizard")`` on Finish."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Welcome to After Hours"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.about = AboutYouPage(services)
        self.existing = services.schedules.current()
        self.hours = HoursPage(self.about, self.existing, self.use_calendar)
        self.mailbox = MailboxPage(services)
        for page in (self.about, self.hours, self.mailbox):
            self.addPage(page)
        fit_to_screen(self, 760, 600)

    def use_calendar(self) -> Schedule | None:
        """The "use my calendar" dialog (the Settings group); the hours in force after it."""
        from after_hours.ui.widgets.calendar_subscription import CalendarGroup

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Use my calendar"))
        group = CalendarGroup(self.services, dialog)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        group.subscribed.connect(dialog.accept)
        box = QVBoxLayout(dialog)
        box.addWidget(group)
        box.addWidget(close)
        self.calendar_dialog = dialog
        dialog.exec()
        if group.feed.state() is None:
            return None
        self.existing = self.services.schedules.current()  # stored already: keep as is
        return self.existing

    def schedule(self) -> Schedule:
        zone = self.about.zone.zone() or system_zone_name()
        return Schedule(zone, self.hours.editor.windows(), self.hours.exceptions)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        s = self.services
        schedule = self.schedule()
        with s.profile.db.atomic():
            if schedule != self.existing:  # unchanged hours keep their history as it is
                s.schedules.save(schedule, source="wizard")
            s.settings.update(
                {
                    "profile.name": self.about.name.text().strip(),
                    "profile.region": self.about.region.region(),
                    "profile.timezone": schedule.timezone,
                    "app.first_run_done": True,
                }
            )
        s.events.schedule_changed.emit()
        s.events.settings_changed.emit()
