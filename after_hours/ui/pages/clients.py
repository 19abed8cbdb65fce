"""Clients and agreements: overdue reviews first, off-hours contact without an agreement called out.

The order is ``AgreementStore.overview`` (overdue, most overdue first; then no agreement, most
off-hours contact first; then due soon; then the rest). Agreements are edited in a dialog;
contacts logged afterwards by a channel outside the agreement count as boundary events. The
handout prints to a one-page PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.agreements import AgreementStore, ClientStatus, ReviewState
from after_hours.ui.base.dates import full_date
from after_hours.ui.base.labels import channel_label
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.agreement import AgreementDialog
from after_hours.ui.widgets.common import heading, wrapped

COLUMNS = (
    QT_TRANSLATE_NOOP("ClientsPage", "Client"),
    QT_TRANSLATE_NOOP("ClientsPage", "Needs"),
    QT_TRANSLATE_NOOP("ClientsPage", "Channels agreed"),
    QT_TRANSLATE_NOOP("ClientsPage", "Reply within"),
    QT_TRANSLATE_NOOP("ClientsPage", "Next review"),
    QT_TRANSLATE_NOOP("ClientsPage", "Off hours"),
)


class ClientsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[ClientStatus] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Clients, those needing attention first"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ClientsPage", c) for c in COLUMNS]  # tr: noop
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a client; the full list is in the tooltip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.summary = wrapped("")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.edit_button = QPushButton(self.tr("&Agreement..."))
        self.edit_button.setAccessibleName(self.tr("Set or edit the agreement"))
        self.edit_button.clicked.connect(self.edit_selected)
        new = QPushButton(self.tr("&New client..."))
        new.setAccessibleName(self.tr("New agreement for a new client"))
        new.clicked.connect(self.new_agreement)
        self.delete_button = QPushButton(self.tr("&Remove agreement"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.handout_button = QPushButton(self.tr("Client &handout (PDF)..."))
        self.handout_button.setAccessibleName(self.tr("Print the client handout to PDF"))
        self.handout_button.clicked.connect(self.handout_dialog)
        # Where the last handout went: saying nothing left people hunting for the file.
        self.saved_label = wrapped("")
        self.saved_label.setAccessibleName(self.tr("Handout saved"))
        self.saved_label.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.handout_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Clients and agreements")))
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Clients appear here once a contact or an agreement names them (pseudonyms "
                    "only). A contact by a channel outside the agreement counts as a boundary "
                    "event on the dashboard."
                )
            )
        )
        services.events.contacts_changed.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_state)
        self.refresh()

    def today(self):  # type: ignore[no-untyped-def]
        s = self.services
        return s.now().astimezone(s.display_zone()).date()

    def refresh(self) -> None:
        s = self.services
        self.rows = AgreementStore(s.profile.db, s.clock).overview(self.today())
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, st in enumerate(self.rows):
            a = st.agreement
            values = [
                st.client,
                self.state_text(st),
                ", ".join(channel_label(c) for c in a.channels) if a else "",
                self.tr("%d h") % a.response_hours if a and a.response_hours else "",
                full_date(a.next_review) if a else "",
                str(st.off_hours_contacts),
            ]
            attention = st.state is ReviewState.OVERDUE or (
                st.state is ReviewState.MISSING and st.off_hours_contacts > 0
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, st.client)
                if c == 2 and v:
                    item.setToolTip(v)
                if attention and c == 1:
                    item.setFont(bold)
                if c == 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if st.state is ReviewState.OK and c == 1:
                    item.setForeground(QBrush(self.palette().placeholderText()))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        overdue = [st.client for st in self.rows if st.state is ReviewState.OVERDUE]
        missing = [
            st.client
            for st in self.rows
            if st.state is ReviewState.MISSING and st.off_hours_contacts
        ]
        parts = [self.count_text(len(self.rows))]
        if overdue:
            parts.append(self.overdue_text(len(overdue)))
        if missing:
            parts.append(fill(self.missing_text(len(missing)), self.names(missing)))
        if not overdue and not missing:
            parts.append(self.tr("Nothing overdue."))
        self.summary.setText(" ".join(parts))
        self._selection_state()

    # Each count says its English singular as a sentence of its own, so English never reads
    # "1 clients"; the plural sentence carries Qt's numerus forms for French (0 and 1 alike).
    def count_text(self, n: int) -> str:
        return self.tr("1 client.") if n == 1 else self.tr("%n clients.", "", n)

    def overdue_text(self, n: int) -> str:
        if n == 1:
            return self.tr("1 agreement review is overdue.")
        return self.tr("%n agreement reviews are overdue.", "", n)

    def missing_text(self, n: int) -> str:
        if n == 1:
            return self.tr("1 client contacts you off hours without an agreement: %1")
        return self.tr("%n clients contact you off hours without an agreement: %1", "", n)

    def state_text(self, s: ClientStatus) -> str:
        """What a client's agreement needs, in the interface's language."""
        if s.state is ReviewState.OVERDUE:
            # English's singular is its own sentence; French's numerus forms cover the rest.
            days = s.days_overdue
            if days == 1:
                return self.tr("Review overdue by 1 day")
            return self.tr("Review overdue by %n days", "", days)
        if s.state is ReviewState.MISSING:
            if s.off_hours_contacts:
                return self.tr("No agreement, yet contact off hours")
            return self.tr("No agreement yet")
        if s.state is ReviewState.DUE_SOON:
            return self.tr("Review due soon")
        return self.tr("Agreed")

    def names(self, names: list[str], most: int = 6) -> str:
        """Say "A.B., J.D. and 3 more" (pseudonyms often end with a full stop already)."""
        shown = ", ".join(names[:most])
        if len(names) <= most:
            return shown
        more = len(names) - most
        return fill(self.tr("%1 and %n more", "", more), shown)

    def selected(self) -> ClientStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_state(self) -> None:
        st = self.selected()
        self.edit_button.setEnabled(st is not None)
        self.delete_button.setEnabled(st is not None and st.agreement is not None)

    def edit_selected(self) -> None:
        st = self.selected()
        if st is not None:
            self.edit(st.client)

    def new_agreement(self) -> None:
        self.edit("")

    def edit(self, client: str) -> AgreementDialog:
        store = AgreementStore(self.services.profile.db, self.services.clock)
        existing = store.get(client) if client else None
        dialog = AgreementDialog(self.today(), existing, client, self)
        dialog.accepted.connect(self._save_from_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_from_dialog(self) -> None:
        agreement = self.dialog.result_agreement
        if agreement is None:
            return
        s = self.services
        AgreementStore(s.profile.db, s.clock).set(agreement)
        # Like the hours, an agreement judges contacts logged from now on; past contacts keep
        # their boundary flag unless the user re-judges them (``after-hours contacts recompute``).
        s.events.contacts_changed.emit()

    def delete_selected(self) -> None:
        st = self.selected()
        if st is None or st.agreement is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the agreement?"),
            self.tr("Remove the agreement with %s? Their contacts stay in the log.") % st.client,
        )
        if answer == QMessageBox.StandardButton.Yes:
            s = self.services
            AgreementStore(s.profile.db, s.clock).delete(st.client)
            s.events.contacts_changed.emit()

    def handout_dialog(self) -> None:
        st = self.selected()
        client = st.client if st else None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the client handout"),
            "handout.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.write_handout(Path(name), client)

    def write_handout(self, path: Path, client: str | None) -> Path:
        """Print the handout and say where it went (or why it could not be written)."""
        from after_hours.ui.printing.handout import write_handout_pdf

        try:
            written = write_handout_pdf(self.services, path, client)
        except OSError as exc:
            self.saved_label.setText(self.tr("The handout could not be saved: %s") % exc)
            self.saved_label.setVisible(True)
            raise
        self.saved_label.setText(self.tr("Handout saved to %s") % written.resolve())
        self.saved_label.setVisible(True)
        return written
