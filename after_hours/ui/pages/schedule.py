"""Schedule: the weekly windows in the week editor, the exceptions, the zone, import and export.

Saving adds a new schedule version from now (``ScheduleStore.save``), so contacts already
logged keep the hours that were in force when they happened.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.calendars import ScheduleFormatError, dump_schedule, load_schedule
from after_hours.availability.schedule import ExceptionKind, Schedule, ScheduleException
from after_hours.ui.base.labels import schedule_file_filter
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.common import ZoneCombo, heading, wrapped
from after_hours.ui.widgets.week_editor import WeekEditor


def describe_exception(x: ScheduleException) -> str:
    """Say "2026-12-21 to 2026-12-24: away (Holidays)" in the interface's language."""
    last = x.end - timedelta(minutes=1)
    whole_days = x.start.time() == x.end.time() == x.start.time().replace(hour=0, minute=0)
    to = QCoreApplication.translate("SchedulePage", "%1 to %2")
    if whole_days:
        span = x.start.date().isoformat()
        if last.date() != x.start.date():
            span = fill(to, span, last.date().isoformat())
    else:
        span = fill(to, f"{x.start:%Y-%m-%d %H:%M}", f"{x.end:%Y-%m-%d %H:%M}")
    if x.kind is ExceptionKind.UNAVAILABLE:
        kind = QCoreApplication.translate("SchedulePage", "away")
    elif x.kind is ExceptionKind.ON_CALL:
        kind = QCoreApplication.translate("SchedulePage", "on call")
    else:
        kind = QCoreApplication.translate("SchedulePage", "working")
    if x.label:
        return fill(QCoreApplication.translate("SchedulePage", "%1: %2 (%3)"), span, kind, x.label)
    return fill(QCoreApplication.translate("SchedulePage", "%1: %2"), span, kind)


class ExceptionDialog(QDialog):
    """Whole days away (holiday, leave) or extra working days."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exception"))
        form = QFormLayout(self)
        self.first = QDateEdit(QDate(today))
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("First day"))
        self.last = QDateEdit(QDate(today))
        self.last.setCalendarPopup(True)
        self.last.setAccessibleName(self.tr("Last day"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Away (holiday, leave)"), ExceptionKind.UNAVAILABLE)
        self.kind.addItem(self.tr("Working (extra day)"), ExceptionKind.AVAILABLE)
        self.kind.addItem(self.tr("On call (one-off shift)"), ExceptionKind.ON_CALL)
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setPlaceholderText(self.tr("e.g. Holidays"))
        form.addRow(self.tr("&First day"), self.first)
        form.addRow(self.tr("&Last day"), self.last)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("La&bel"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def exception(self) -> ScheduleException:
        first = self.first.date().toPython()
        last = max(first, self.last.date().toPython())
        return ScheduleException.all_day(
            first, last, ExceptionKind(self.kind.currentData()), self.label.text().strip()
        )


class SchedulePage(QWidget):
    """Edit, import and export the schedule in force."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editor = WeekEditor()
        self.zone = ZoneCombo(services.settings.display_zone_name())
        self.exceptions_list = QListWidget()
        self.exceptions_list.setAccessibleName(self.tr("Exceptions"))
        self.exceptions_list.setMaximumHeight(90)
        self.exceptions: list[ScheduleException] = []
        self.state = QLabel()
        self.state.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Weekly hours")), 1)
        zone_label = QLabel(self.tr("Time &zone:"))
        zone_label.setBuddy(self.zone)
        top.addWidget(zone_label)
        top.addWidget(self.zone)

        exc_buttons = QVBoxLayout()
        add_exc = QPushButton(self.tr("Add &exception..."))
        add_exc.clicked.connect(self.add_exception)
        del_exc = QPushButton(self.tr("Remo&ve exception"))
        del_exc.clicked.connect(self.remove_exception)
        exc_buttons.addWidget(add_exc)
        exc_buttons.addWidget(del_exc)
        exc_buttons.addStretch(1)
        exc_row = QHBoxLayout()
        exc_row.addWidget(self.exceptions_list, 1)
        exc_row.addLayout(exc_buttons)

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save hours"))
        self.save_button.clicked.connect(self.save)
        imp = QPushButton(self.tr("&Import..."))
        imp.clicked.connect(self.import_file)
        exp = QPushButton(self.tr("E&xport..."))
        exp.clicked.connect(self.export_file)
        actions.addWidget(self.state, 1)
        actions.addWidget(imp)
        actions.addWidget(exp)
        actions.addWidget(self.save_button)

        # Grid and exceptions scroll; the zone row and Import/Export/Save stay in view, so a
        # reminder banner or a 600-px screen never pushes the buttons off-screen (issue 17).
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(
            wrapped(
                self.tr(
                    "Drag on the grid to add a window, drag its edge to resize, right-click to "
                    "switch or delete. The list under the grid does the same by keyboard."
                )
            )
        )
        body.addWidget(self.editor, 1)
        body.addWidget(heading(self.tr("Exceptions: holidays, leave, extra days"), 1.1))
        body.addLayout(exc_row)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(actions)
        self._saved: Schedule | None = None
        self.load()
        self.editor.changed.connect(self._edited)
        self.zone.currentTextChanged.connect(self._edited)

    @property
    def unsaved(self) -> bool:
        """Whether what is shown differs from the hours on file."""
        return self.current_schedule() != self._saved

    def _edited(self) -> None:
        """Say so when the shown hours are not the saved ones (they were lost without a word)."""
        if self.unsaved:
            self.state.setText(self.tr("Unsaved changes: Save hours to keep them."))
            self.save_button.setDefault(True)
        self.save_button.setText(
            self.tr("&Save hours *") if self.unsaved else self.tr("&Save hours")
        )

    def load(self) -> None:
        schedule = self.services.schedules.current()
        if schedule is None:
            self.editor.set_windows([])
            self.exceptions = []
            self.state.setText(self.tr("No hours saved yet."))
        else:
            self.editor.set_windows(schedule.windows)
            self.exceptions = list(schedule.exceptions)
            self.zone.set_zone(schedule.timezone)
            self.state.setText(self.tr("Showing the hours in force now."))
        self._saved = schedule
        self._show_exceptions()

    def _show_exceptions(self) -> None:
        self.exceptions.sort(key=lambda x: x.start)  # in date order, as a person reads them
        self.exceptions_list.clear()
        for x in self.exceptions:
            self.exceptions_list.addItem(describe_exception(x))

    def current_schedule(self) -> Schedule | None:
        zone = self.zone.zone()
        if zone is None:
            return None
        return Schedule(zone, self.editor.windows(), tuple(self.exceptions))

    def add_exception(self) -> None:
        today = self.services.now().astimezone(self.services.display_zone()).date()
        dialog = ExceptionDialog(today, self)
        if dialog.exec():
            self.exceptions.append(dialog.exception())
            self._show_exceptions()
            self._edited()

    def remove_exception(self) -> None:
        row = self.exceptions_list.currentRow()
        if 0 <= row < len(self.exceptions):
            del self.exceptions[row]
            self._show_exceptions()
            self._edited()

    def save(self) -> bool:
        schedule = self.current_schedule()
        if schedule is None:
            QMessageBox.warning(
                self, self.tr("Schedule"), self.tr("Choose a time zone from the list first.")
            )
            return False
        self.services.schedules.save(schedule, source="editor")
        self._saved = schedule
        self._edited()
        self.state.setText(self.tr("Saved. New contacts are judged by these hours."))
        self.services.events.schedule_changed.emit()
        return True

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import hours"), "", schedule_file_filter()
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Load a file into the editor (not saved until Save), or explain what is wrong."""
        try:
            schedule = load_schedule(path, default_zone=self.services.settings.display_zone_name())
        except ScheduleFormatError as exc:
            QMessageBox.warning(
                self, self.tr("Import hours"), f"{exc} " + self.tr("Nothing was changed.")
            )
            return False
        self.editor.set_windows(schedule.windows)
        self.exceptions = list(schedule.exceptions)
        self.zone.set_zone(schedule.timezone)
        self._show_exceptions()
        self._edited()
        self.state.setText(self.tr("Imported %s: check it, then Save.") % path.name)
        return True

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export hours"), "schedule.toml", schedule_file_filter()
        )
        schedule = self.current_schedule()
        if not name or schedule is None:
            return
        try:
            dump_schedule(schedule, Path(name))
        except (ScheduleFormatError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export hours"), str(exc))
            return
        self.state.setText(self.tr("Wrote %s.") % name)
