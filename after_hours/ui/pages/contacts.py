"""Contacts: the whole log in a lazy table, filtered and sorted in SQL, edited with undo.

The table is a ``QTableView`` over :class:`after_hours.ui.widgets.contacts_model.ContactsModel`, which holds a few
pages of rows at a time, so ten years of contacts open as fast as ten. Filters: period,
client, channel, kind, off hours, crisis; the dashboard can also show exactly the contacts
behind one of its reasons (:meth:`ContactsPage.show_ids`). Add, edit and delete go
through a ``QUndoStack`` (Ctrl+Z, Ctrl+Shift+Z, and an Undo button on the status line).
CSV import is all or nothing: any problem is shown with its row and column and nothing is
logged.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.contacts import Channel, Contact, Kind
from after_hours.availability.contacts.csvio import (
    contacts_to_csv,
)
from after_hours.availability.contacts.log import DuplicateContactError
from after_hours.ui.base.labels import CHANNEL_LABELS, KIND_LABELS, channel_label, kind_label
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.contact import ContactDialog
from after_hours.ui.widgets.common import heading
from after_hours.ui.widgets.contact_undo import AddContact, DeleteContacts, EditContact
from after_hours.ui.widgets.contacts_model import ContactsModel, LogFilter

# (label, days back from today; None = everything)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ContactsPage", "All time"), None),
    (QT_TRANSLATE_NOOP("ContactsPage", "This week"), 0),
    (QT_TRANSLATE_NOOP("ContactsPage", "Last 4 weeks"), 28),
    (QT_TRANSLATE_NOOP("ContactsPage", "Last 12 weeks"), 84),
    (QT_TRANSLATE_NOOP("ContactsPage", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("ContactsPage", "Between dates"), -1),
)
BETWEEN = -1
# Deleting is undoable, so each deleted contact is held in memory: a bound keeps that small.
MAX_DELETE = 500


class ContactsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = ContactsModel(services, self)
        self.undo_stack = QUndoStack(self)

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in PERIODS:
            self.period.addItem(QCoreApplication.translate("ContactsPage", label), days)  # tr: noop
        today = services.now().astimezone(services.display_zone()).date()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in (
            (self.date_from, self.tr("From")),
            (self.date_to, self.tr("To (included)")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.apply_filters)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItem(self.tr("Any channel"), None)
        for ch in CHANNEL_LABELS:
            self.channel.addItem(channel_label(ch), ch)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What"))
        self.kind.addItem(self.tr("Anything"), None)
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.only_off = QCheckBox(self.tr("Only &off hours"))
        self.only_crisis = QCheckBox(self.tr("Only possible &crises"))
        self._fill_clients()
        for combo in (self.period, self.client, self.channel, self.kind):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.only_off, self.only_crisis):
            box.toggled.connect(self.apply_filters)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and column widths: nothing asks every row for its size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for col, width in enumerate((170, 90, 150, 110, 70, 90, 150)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(self._edit_index)

        # The quick-log reads a pasted message for crisis language; Add is for the log itself.
        quick = QPushButton(self.tr("&Log a message... (Ctrl+L)"))
        quick.setAccessibleName(self.tr("Log a contact with the quick-log"))
        quick.clicked.connect(services.events.quick_log_requested)
        add = self._button(self.tr("&Add..."), self.add_contact, self.tr("Add a contact"))
        self.edit_button = self._button(self.tr("&Edit..."), self.edit_selected, self.tr("Edit"))
        self.delete_button = self._button(
            self.tr("&Delete"), self.delete_selected, self.tr("Delete")
        )
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        more = QToolButton()
        more.setText(self.tr("CSV"))
        more.setAccessibleName(self.tr("Import or export CSV"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_action = QAction(self.tr("&Import contacts from CSV..."), self)
        self.import_action.triggered.connect(self.import_csv_dialog)
        self.export_action = QAction(self.tr("E&xport these contacts to CSV..."), self)
        self.export_action.triggered.connect(self.export_csv_dialog)
        more.addAction(self.import_action)
        more.addAction(self.export_action)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.setVisible(False)
        self.undo_stack.indexChanged.connect(self._undo_state)

        self.scope = QLabel()
        self.scope.setAccessibleName(self.tr("Showing"))
        self.scope.setWordWrap(True)
        self.show_all = QPushButton(self.tr("Show &all contacts"))
        self.show_all.clicked.connect(self.clear_ids)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.show_all)
        self.scope_row = QWidget()
        self.scope_row.setLayout(scope_row)
        scope_row.setContentsMargins(0, 0, 0, 0)
        self.scope_row.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Contacts")), 1)
        top.addWidget(quick)
        top.addWidget(add)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(more)
        # Two rows of filters (when, then who and what), so the page fits a 1024-px screen at 125%.
        filters = QVBoxLayout()
        when_row, what_row = QHBoxLayout(), QHBoxLayout()
        for w in (self.period, self.date_from, self.date_to, self.only_off, self.only_crisis):
            when_row.addWidget(w)
        when_row.addStretch(1)
        for w in (self.client, self.channel, self.kind):
            what_row.addWidget(w)
        what_row.addStretch(1)
        filters.addLayout(when_row)
        filters.addLayout(what_row)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("How many"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        star = QLabel(self.tr("* the channel's usual minutes (none were logged)"))
        star.setWordWrap(True)
        star.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bottom.addWidget(star, 1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.scope_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._ids: tuple[int, ...] | None = None
        services.events.contacts_changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_state)
        self._update_count()
        self._selection_state()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the log cannot sort in SQL (the note) keep the arrow where the order is."""
        from after_hours.ui.widgets.contacts_model import COLUMNS

        if COLUMNS[column][1] is None:
            key = self.model.order.lstrip("-")
            current = next(i for i, (_, k) in enumerate(COLUMNS) if k == key)
            descending = self.model.order.startswith("-")
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)

    def _button(self, text: str, slot: object, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.clicked.connect(slot)
        return b

    # -- filters -----------------------------------------------------------------------------

    def _fill_clients(self) -> None:
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(self.tr("Any client"), None)
        for name in self.services.contacts.clients():
            self.client.addItem(name, name)
        index = self.client.findData(current) if current else 0
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)

    def current_filter(self) -> LogFilter:
        start = end = None
        days = self.period.currentData()
        between = days == BETWEEN
        self.date_from.setVisible(between)
        self.date_to.setVisible(between)
        if between:
            display = self.services.display_zone()
            first = self.date_from.date().toPython()
            last = self.date_to.date().toPython()
            start = datetime.combine(first, datetime.min.time(), tzinfo=display)
            end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=display)
        elif days is not None:
            display = self.services.display_zone()
            today = self.services.now().astimezone(display).date()
            first = (
                today - timedelta(days=today.weekday())
                if days == 0
                else today - timedelta(days=days - 1)
            )
            start = datetime.combine(first, datetime.min.time(), tzinfo=display)
        channel = self.channel.currentData()
        kind = self.kind.currentData()
        return LogFilter(
            start=start,
            end=end,
            client=self.client.currentData(),
            channel=Channel(channel) if channel else None,
            kind=Kind(kind) if kind else None,
            after_hours=True if self.only_off.isChecked() else None,
            crisis=True if self.only_crisis.isChecked() else None,
            ids=self._ids,
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def show_ids(self, ids: tuple[int, ...] | list[int], why: str) -> None:
        """Show exactly these contacts (a dashboard reason's), every other filter cleared."""
        for combo in (self.period, self.client, self.channel, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.only_off, self.only_crisis):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._ids = tuple(ids)
        self.scope.setText(self.tr("The contacts behind: %s") % why)
        self.scope_row.setVisible(True)
        self.apply_filters()

    def clear_ids(self) -> None:
        self._ids = None
        self.scope_row.setVisible(False)
        self.apply_filters()

    def refresh(self) -> None:
        """After any change to the log (here, the quick-log, the mailbox): count again."""
        self._fill_clients()
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("1 contact") if n == 1 else self.tr("%d contacts") % n)
        self.count.setToolTip(self.tr("* minutes not logged: the channel's usual is counted"))

    # -- editing -----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Selected rows, read from the selection's ranges (never one index per row)."""
        rows: set[int] = set()
        for span in self.table.selectionModel().selection():
            rows.update(range(span.top(), span.bottom() + 1))
            if len(rows) > MAX_DELETE:
                break
        return sorted(rows)

    def selected_count(self) -> int:
        return sum(span.height() for span in self.table.selectionModel().selection())

    def selected_contacts(self) -> list[Contact]:
        found = [self.model.contact(r) for r in self.selected_rows()[:MAX_DELETE]]
        return [c for c in found if c is not None]

    def _selection_state(self) -> None:
        n = self.selected_count()
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)

    def _undo_state(self) -> None:
        can = self.undo_stack.canUndo()
        self.undo_button.setVisible(can)
        if can:
            self.status.setText(self.tr("Done: %s.") % self.undo_stack.undoText())
        else:
            self.status.setText("")

    def add_contact(self) -> None:
        dialog = ContactDialog(self.services, None, self)
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.undo_stack.push(AddContact(self.services, dialog.new_contact()))

    def _edit_index(self, index: QModelIndex) -> None:
        contact = self.model.contact(index.row())
        if contact is not None:
            self.edit(contact)

    def edit_selected(self) -> None:
        selected = self.selected_contacts()
        if len(selected) == 1:
            self.edit(selected[0])

    def edit(self, contact: Contact) -> None:
        dialog = ContactDialog(self.services, contact, self)
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            changes = dialog.changes()
            if changes:
                rows = self.selected_rows()
                self.undo_stack.push(EditContact(self.services, contact, changes))
                self.reselect(contact.id, rows[0] if rows else None)

    def reselect(self, contact_id: int, row: int | None) -> None:
        """Keep an edited contact selected when it stays on its row (the usual case)."""
        if row is None:
            return
        moved = self.model.contact(row)
        if moved is not None and moved.id == contact_id:
            self.table.selectRow(row)

    def delete_selected(self) -> None:
        n = self.selected_count()
        if n > MAX_DELETE:
            # Never a silent partial delete: say so, and delete nothing.
            self.status.setText(
                self.tr("%d contacts are selected; delete at most %d at a time.") % (n, MAX_DELETE)
            )
            return
        selected = self.selected_contacts()
        if selected:
            self.undo_stack.push(DeleteContacts(self.services, selected))

    # -- CSV ---------------------------------------------------------------------------------

    def import_csv_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("CSV or SMS Backup & Restore (*.csv *.xml);;All files (*)"),
        )
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> int | None:
        """Import a CSV or phone backup, all or nothing; problems are shown in a dialog."""
        from after_hours.availability.history.importer import ImportFileError
        from after_hours.ui.widgets.channels_import import import_contacts_file

        try:
            summary = import_contacts_file(self.services, path)
        except (ImportFileError, DuplicateContactError) as exc:
            self._problem(path, exc)
            return None
        self.undo_stack.clear()  # an import is not one of the page's undoable edits
        stored = len(summary.added)
        text = self.tr("Imported %d contacts from %s.") % (stored, path.name)
        if summary.already:
            text += " " + self.tr("%d were already in the log.") % summary.already
        if summary.not_clients:
            text += " " + self.tr("%d not from clients were skipped.") % summary.not_clients
        self.status.setText(text)
        return stored

    def _problem(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, UnicodeDecodeError):
            detail = self.tr("The file is not UTF-8 text; save it as UTF-8 CSV.")
        elif isinstance(exc, OSError):
            detail = str(exc.strerror or exc)
        else:
            detail = str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Nothing was imported"),
            self.tr("%s was not imported; the log is unchanged.") % path.name,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(detail)
        self.last_problem = box
        box.open()

    def export_csv_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), "contacts.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> int:
        """Write the contacts the current filter shows (in pages, never all at once)."""
        flt = self.model.log_filter
        count = self.model.rowCount()

        def pages() -> Iterator[Contact]:
            for offset in range(0, count, 1000):
                yield from self.services.contacts.query(
                    **flt.query_args(), ids=flt.ids, order="at", limit=1000, offset=offset
                )

        path.write_text(contacts_to_csv(pages(), self.services.display_zone()), encoding="utf-8")
        self.status.setText(self.tr("Exported %d contacts to %s.") % (count, path.name))
        return count
