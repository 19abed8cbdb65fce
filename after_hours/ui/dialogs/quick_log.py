"""Quick-log: channel, client, optional pasted message, optional minutes, when. Keyboard only.

Enter saves from any field (Shift+Enter makes a new line in the message); Esc cancels. The
pasted text is triaged by :func:`after_hours.availability.intake.log_message` and then dropped: only matched
phrases are stored. The dialog hands the text, in memory, to whoever opens the crisis panel,
so the phrases can be shown in context once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from after_hours.availability.contacts import Channel, ContactInputError, Kind, NewContact
from after_hours.availability.intake import IntakeResult, log_message
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.contact_fields import channel_combo, client_field, kind_combo


class _EnterSaves(QObject):
    """In the message box, Enter saves and Shift+Enter breaks the line."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._dialog.accept()
                return True
        return False


# A clock a few minutes fast is not the future.
FUTURE_SLACK = timedelta(minutes=5)


class QuickLogDialog(QDialog):
    """Emits ``logged(intake, text)`` after saving; ``text`` is only held in memory."""

    logged = Signal(object, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Log a contact"))
        self.channel = channel_combo()
        self.kind = kind_combo()
        self.client = client_field(services.contacts.clients(), self)
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(self.tr("Message text (optional)"))
        self.message.setPlaceholderText(
            self.tr(
                "Paste the message to check it for crisis language. It is not stored: only "
                "matched phrases are kept."
            )
        )
        self.message.setTabChangesFocus(True)
        self.message.installEventFilter(_EnterSaves(self))
        self.message.setMinimumHeight(90)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes spent (optional)"))
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("usual for the channel"))
        self.minutes.setSuffix(self.tr(" min"))
        zone = services.settings.display_zone_name()
        self._qzone = QTimeZone(zone.encode())
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        # Digits only, so a typed date is taken: "ddd d MMM" refused anything typed whose
        # weekday did not match (issue 17). The weekday is said beside it instead.
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setTimeZone(self._qzone)
        self.reset_when()
        # Until the user changes it, "when" means the moment Save is pressed, not when the
        # dialog opened (it may sit open while the clinician reads the message).
        self.when_edited = False
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.weekday = QLabel()
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self._show_weekday()
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.weekday)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout(self)
        # The client first, with the focus: typing initials into the channel box picked a
        # channel instead (issue 17).
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Message"), self.message)
        form.addRow(self.tr("&What"), self.kind)
        form.addRow(self.tr("Min&utes"), self.minutes)
        # A row holding a layout gets no buddy by itself: without one the label showed its
        # "&" ("W&hen") and Alt+H did nothing.
        when_label = QLabel(self.tr("W&hen"))
        when_label.setBuddy(self.when)
        form.addRow(when_label, when_row)
        hint = QLabel(self.tr("Enter saves · Shift+Enter starts a new line · Esc cancels"))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(hint)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.client.setFocus()  # top to bottom: the pseudonym, then Tab to the channel
        self.intake: IntakeResult | None = None
        self.resize(460, 0)

    def _on_when_changed(self) -> None:
        self.when_edited = True
        self._show_weekday()

    def _show_weekday(self) -> None:
        # In the interface's language ("vendredi"): QDateTime.toString alone names it in English.
        local = self.when.dateTime().toTimeZone(self._qzone)
        self.weekday.setText(QLocale().toString(local, "dddd"))

    def reset_when(self) -> None:
        """Now, in the user's zone (the default)."""
        now = self.services.now()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()), self._qzone))

    def at(self) -> datetime:
        if not self.when_edited:
            return self.services.now()
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def new_contact(self) -> NewContact:
        minutes = self.minutes.value() or None
        return NewContact(
            at=self.at(),
            channel=Channel(self.channel.currentData()),
            kind=Kind(self.kind.currentData()),
            client=self.client.text(),
            minutes=minutes,
            zone=self.services.settings.display_zone_name(),
        )

    def accept(self) -> None:
        """Save, then close; a value the log refuses is shown in place, nothing is lost."""
        text = self.message.toPlainText()
        at = self.at()
        if at > self.services.now() + FUTURE_SLACK:
            # A contact is logged when it happened: a future time is nearly always a typo.
            self.error.setText(
                self.tr("%s is in the future: check the date and time.")
                % self.when.dateTime().toString("dddd yyyy-MM-dd HH:mm")
            )
            self.error.setVisible(True)
            self.when.setFocus()
            return
        try:
            intake = log_message(self.services.contacts, self.new_contact(), text)
        except (ContactInputError, ValueError) as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.intake = intake
        self.message.clear()
        super().accept()
        self.services.events.contacts_changed.emit()
        self.logged.emit(intake, text)
