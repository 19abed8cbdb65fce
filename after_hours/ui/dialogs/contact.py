"""Add or edit one contact in the log: every field, in the user's zone.

The quick-log is for the moment a message arrives; this form is for the log itself (a call
logged the next morning, a wrong client fixed). The page wraps the result in an undoable
command, so the dialog only builds values and never writes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from after_hours.availability.contacts import Channel, Contact, Direction, Kind, NewContact
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.contact_fields import channel_combo, client_field, kind_combo
from after_hours.ui.widgets.contact_undo import editable_values


class ContactDialog(QDialog):
    def __init__(
        self, services: Services, contact: Contact | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.original = contact
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))
        self._zone_name = services.settings.display_zone_name()
        self._qzone = QTimeZone(self._zone_name.encode())
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setTimeZone(self._qzone)
        self.channel = channel_combo()
        self.kind = kind_combo()
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.addItem(self.tr("From the client"), Direction.IN)
        self.direction.addItem(self.tr("From me"), Direction.OUT)
        self.client = client_field(services.contacts.clients(), self)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes spent"))
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("usual for the channel"))
        self.minutes.setSuffix(self.tr(" min"))
        self.crisis = QCheckBox(self.tr("Possible crisis"))
        self.crisis.setAccessibleName(self.tr("Possible crisis"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("no names or message text, please"))

        form = QFormLayout(self)
        form.addRow(self.tr("W&hen"), self.when)
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&What"), self.kind)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("Min&utes"), self.minutes)
        form.addRow("", self.crisis)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load(contact)
        self.resize(440, 0)

    def _load(self, c: Contact | None) -> None:
        at = c.at if c else self.services.now()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp()), self._qzone))
        if c is None:
            return
        self.channel.setCurrentIndex(self.channel.findData(c.channel))
        self.kind.setCurrentIndex(self.kind.findData(c.kind))
        self.direction.setCurrentIndex(self.direction.findData(c.direction))
        self.client.setText(c.client or "")
        self.minutes.setValue(c.minutes or 0)
        self.crisis.setChecked(c.crisis)
        self.note.setText(c.note)

    def values(self) -> dict[str, Any]:
        return {
            "at": datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC),
            "channel": Channel(self.channel.currentData()),
            "kind": Kind(self.kind.currentData()),
            "direction": Direction(self.direction.currentData()),
            "client": self.client.text().strip() or None,
            "minutes": self.minutes.value() or None,
            "crisis": self.crisis.isChecked(),
            "note": self.note.text(),
        }

    def new_contact(self) -> NewContact:
        return NewContact(**self.values(), zone=self._zone_name)

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the contact being edited."""
        assert self.original is not None
        before = editable_values(self.original)
        changed = {k: v for k, v in self.values().items() if before.get(k) != v}
        if "at" in changed and abs((changed["at"] - before["at"]).total_seconds()) < 60:
            del changed["at"]  # the editor shows minutes; an untouched time is not a change
        return changed
