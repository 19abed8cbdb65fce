"""The user's own crisis lines (a mobile crisis team, the nearest hospital), shown first.

A small list with Add and Remove over ``after_hours.availability.crisis`` user resources; it sits on the
Settings page because the crisis script points there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.crisis import add_user_resource, remove_user_resource, user_resources
from after_hours.availability.timeutil import utc_iso
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.services import Services


class OwnLineDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a crisis line of your own"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Mobile crisis team"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Number to call"))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Text option"))
        self.text.setPlaceholderText(self.tr("e.g. HELP to 12345 (optional)"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.error = QLabel()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("N&umber"), self.number)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class OwnLines(QWidget):
    """Lists, adds and removes the user's own lines for the profile's region."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your own crisis lines"))
        self.list.setMaximumHeight(90)
        self.list.setWordWrap(True)
        add = QPushButton(self.tr("Add &line..."))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove l&ine"))
        remove.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for r in user_resources(self.services.profile.db):
            text = fill(self.tr("text %1"), r.text) if r.text else ""
            ways = ", ".join(x for x in (r.number, text) if x)
            item = QListWidgetItem(fill(self.tr("%1: %2"), r.name, ways))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if self.list.count() == 0:
            empty = QListWidgetItem(
                self.tr(
                    "None yet: the crisis lines of your region are shown. Add a mobile "
                    "crisis team or your nearest emergency department here."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def add_line(self, name: str, number: str = "", text: str = "", notes: str = "") -> int:
        region = str(self.services.settings.get("profile.region"))
        rid = add_user_resource(
            self.services.profile.db,
            name=name,
            number=number,
            text=text,
            notes=notes,
            region=region,
            created_at=utc_iso(self.services.now()),
        )
        self.reload()
        return rid

    def add(self) -> None:
        dialog = OwnLineDialog(self)
        while dialog.exec():
            try:
                self.add_line(
                    dialog.name.text(),
                    dialog.number.text(),
                    dialog.text.text(),
                    dialog.notes.text(),
                )
                return
            except ValueError as exc:
                dialog.error.setText(str(exc))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            remove_user_resource(self.services.profile.db, int(item.data(Qt.ItemDataRole.UserRole)))
            self.reload()
