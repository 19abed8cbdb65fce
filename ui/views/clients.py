"""Clients: every pseudonym with its agreement state, the ones needing attention first.

Straight from ``AgreementStore.overview``: overdue reviews, then clients with off-hours contact
but no agreement, then reviews due soon. Editing agreements and the printable handout come
with the fuller Clients page, which replaces this one through the page registry.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from availability.agreements import AgreementStore, ClientStatus, ReviewState
from ui.services import Services
from ui.widgets import heading, wrapped

COLUMNS = ("Client", "Agreement", "Channels", "Next review", "Contacts", "Off hours")


def state_text(s: ClientStatus) -> str:
    if s.state is ReviewState.OVERDUE:
        return f"Review overdue by {s.days_overdue} days"
    if s.state is ReviewState.MISSING:
        return "No agreement yet" + (" (has off-hours contact)" if s.off_hours_contacts else "")
    if s.state is ReviewState.DUE_SOON:
        return "Review due soon"
    return "Agreed"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class ClientsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Clients, those needing attention first"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = wrapped("")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Clients and agreements")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Agreements are set with `after-hours clients set`; "
                    "clients appear here once a contact or an agreement names them."
                )
            )
        )
        services.events.contacts_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        today = s.now().astimezone(s.display_zone()).date()
        rows = AgreementStore(s.profile.db, s.clock).overview(today)
        self.table.setRowCount(len(rows))
        for r, st in enumerate(rows):
            a = st.agreement
            values = [
                st.client,
                self.tr(state_text(st)),
                ", ".join(c.value.replace("_", " ") for c in a.channels) if a else "",
                a.next_review.isoformat() if a else "",
                str(st.contacts),
                str(st.off_hours_contacts),
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        overdue = sum(1 for st in rows if st.state is ReviewState.OVERDUE)
        missing = sum(1 for st in rows if st.state is ReviewState.MISSING and st.off_hours_contacts)
        self.summary.setText(
            self.tr("%s. %s overdue; %d with off-hours contact and no agreement.")
            % (
                _count(len(rows), "client", "clients"),
                _count(overdue, "review", "reviews"),
                missing,
            )
        )
