"""Contacts: the latest contacts, newest first, with a filter for off hours and crises.

A simple table over ``ContactLog.query`` (one page of rows, never the whole log); the full log
view with a lazy model, editing and undo replaces it by registering a page with the same key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from availability.contacts import Contact
from ui.icons import svg_icon
from ui.labels import CHANNEL_LABELS, CLASS_LABELS, KIND_LABELS
from ui.services import Services
from ui.widgets import heading

PAGE_SIZE = 200
COLUMNS = ("When", "Client", "Channel", "What", "Minutes", "Hours", "Crisis language")


class ContactsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.only_off = QCheckBox(self.tr("Only &off hours"))
        self.only_crisis = QCheckBox(self.tr("Only possible &crises"))
        for box in (self.only_off, self.only_crisis):
            box.toggled.connect(self.refresh)
        log_button = QPushButton(self.tr("&Log a contact..."))
        log_button.clicked.connect(services.events.quick_log_requested)
        self.count = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Contacts, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Contacts")), 1)
        top.addWidget(log_button)
        filters = QHBoxLayout()
        filters.addWidget(self.only_off)
        filters.addWidget(self.only_crisis)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        services.events.contacts_changed.connect(self.refresh)
        self.refresh()

    def filters(self) -> dict[str, bool | None]:
        return {
            "after_hours": True if self.only_off.isChecked() else None,
            "crisis": True if self.only_crisis.isChecked() else None,
        }

    def refresh(self) -> None:
        log = self.services.contacts
        flt = self.filters()
        rows = log.query(order="-at", limit=PAGE_SIZE, **flt)  # type: ignore[arg-type]
        total = log.count(**flt)  # type: ignore[arg-type]
        self.table.setRowCount(len(rows))
        for r, contact in enumerate(rows):
            for c, item in enumerate(self._items(contact)):
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if total > len(rows):
            self.count.setText(self.tr("The latest %d of %d") % (len(rows), total))
        else:
            self.count.setText(self.tr("%d contacts") % total)

    def _items(self, c: Contact) -> list[QTableWidgetItem]:
        display = self.services.display_zone()
        when = QTableWidgetItem(c.at.astimezone(display).strftime("%a %d %b %Y %H:%M"))
        when.setData(Qt.ItemDataRole.UserRole, c.id)
        channel = QTableWidgetItem(
            svg_icon(f"channel-{c.channel.value}.svg"), self.tr(CHANNEL_LABELS[c.channel])
        )
        crisis = QTableWidgetItem(", ".join(c.phrases))
        if c.phrases and not c.crisis:
            # Noted, not a crisis (negated, or a lone method or time word): shown calmly.
            crisis.setText(self.tr("noted: %s") % crisis.text())
            crisis.setForeground(self.palette().placeholderText())
        return [
            when,
            QTableWidgetItem(c.client or ""),
            channel,
            QTableWidgetItem(self.tr(KIND_LABELS[c.kind])),
            QTableWidgetItem(str(c.minutes_effective)),
            QTableWidgetItem(self.tr(CLASS_LABELS[c.classification]).capitalize()),
            crisis,
        ]
