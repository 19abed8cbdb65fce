"""The Contacts page: a lazy model over the log (250,000 contacts), filters, undo, CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Kind, NewContact
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings, open_profile
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.contact import ContactDialog
from after_hours.ui.pages.contacts import ContactsPage
from after_hours.ui.widgets.contacts_model import MAX_PAGES, PAGE_SIZE
from bench.bench_indicators import NOW as BIG_NOW
from bench.bench_indicators import generate
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 Toronto
BIG = 250_000


@pytest.fixture(scope="module")
def big_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    """Ten years of contacts, logged through ``log_many`` as the benchmark does (~7 s)."""
    home = tmp_path_factory.mktemp("big")
    profile = open_profile(home)
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    ContactLog(profile.db, ManualClock(BIG_NOW)).log_many(generate(BIG))
    try:
        yield profile
    finally:
        profile.close()


@pytest.fixture
def services(profile: Profile) -> Services:
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    s = Services(profile, clock)
    s.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True, phrases=("kms",)))
    s.contacts.log(NewContact(NOW - timedelta(days=2, hours=10), Channel.PHONE, client="A.B."))
    s.contacts.log(NewContact(NOW - timedelta(days=40), Channel.EMAIL, client="A.B.", minutes=7))
    return s


def _texts(page: ContactsPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_scrolling_ten_years_holds_only_a_few_pages(qtbot, big_profile) -> None:  # type: ignore[no-untyped-def]
    services = Services(big_profile, ManualClock(BIG_NOW))
    page = ContactsPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    assert model.rowCount() == BIG
    assert page.count.text() == "250000 contacts"
    bar = page.table.verticalScrollBar()
    for step in range(0, 11):
        bar.setValue(bar.maximum() * step // 10)
        qtbot.wait(1)
        assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    bar.setValue(bar.maximum())
    page.table.viewport().repaint()
    last = page.table.rowAt(page.table.viewport().height() - 2)
    assert last == BIG - 1
    oldest = services.contacts.query(order="at", limit=1)[0]
    # The view itself asked for the last page when it painted the end of the log.
    qtbot.waitUntil(lambda: model.row_of(oldest.id) == BIG - 1)
    assert model.contact(BIG - 1) == oldest  # newest first: the oldest is at the end
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    assert model.pages_fetched < 40
    # Select everything and press Delete: refused in words, nothing deleted.
    page.table.selectAll()
    page.delete_button.click()
    assert "250000 contacts are selected; delete at most 500" in page.status.text()
    assert services.contacts.count() == BIG
    page.table.clearSelection()
    # Sorting is SQL too: by client, A first.
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == min(services.contacts.clients(), key=str.lower)
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE
    # The note cannot be sorted in SQL: clicking it leaves the order (and its arrow) alone.
    page.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.AscendingOrder)
    assert model.order == "client"
    assert page.table.horizontalHeader().sortIndicatorSection() == 1


def test_filters_are_sql_and_ids_show_exactly_those(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    assert _texts(page, 1) == ["J.D.", "A.B.", "A.B."]
    assert _texts(page, 0)[0] == "Fri 20 Nov 2026 23:40"
    assert _texts(page, 5) == ["Off hours", "In hours", "Off hours"]
    page.only_crisis.setChecked(True)
    assert _texts(page, 1) == ["J.D."] and page.count.text() == "1 contact"
    page.only_crisis.setChecked(False)
    page.client.setCurrentIndex(page.client.findData("A.B."))
    assert _texts(page, 2) == ["Phone call", "Email"]
    page.period.setCurrentIndex(page.period.findText("Last 4 weeks"))
    assert _texts(page, 2) == ["Phone call"]
    # Between two dates (both included, in the user's zone): the email, logged at 04:40 UTC
    # on 12 Oct, which is 00:40 on 12 Oct in Toronto (summer time), not 11 Oct.
    page.period.setCurrentIndex(page.period.findText("Between dates"))
    assert not page.date_from.isHidden() and not page.date_to.isHidden()
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 10, 12))
    assert _texts(page, 2) == ["Email"]
    page.date_to.setDate(QDate(2026, 10, 11))
    assert page.model.rowCount() == 0
    page.period.setCurrentIndex(page.period.findText("Last 4 weeks"))
    assert page.date_from.isHidden()
    ab_email = services.contacts.query(channel=Channel.EMAIL)[0]
    page.show_ids([ab_email.id], "1 boundary event")
    assert page.client.currentIndex() == 0 and page.period.currentIndex() == 0
    assert _texts(page, 4) == ["7"]
    assert "1 boundary event" in page.scope.text() and not page.scope_row.isHidden()
    page.clear_ids()
    assert page.model.rowCount() == 3


def test_add_edit_delete_with_undo_and_redo(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    log = services.contacts
    first = page.model.contact(0)
    assert first is not None

    def accept_with(edit):  # type: ignore[no-untyped-def]
        def exec_(dialog: ContactDialog) -> int:
            edit(dialog)
            return ContactDialog.DialogCode.Accepted

        monkeypatch.setattr(ContactDialog, "exec", exec_)

    accept_with(lambda d: d.client.setText("K.L."))
    page.table.selectRow(0)
    page.edit(first)
    assert page.selected_rows() == [0]  # still selected after the table reloads
    assert log.get(first.id).client == "K.L." and _texts(page, 1)[0] == "K.L."
    assert page.undo_button.isVisible() is False or page.undo_button.isVisibleTo(page)
    assert page.status.text() == "Done: edit a contact."
    page.undo_button.click()
    assert log.get(first.id).client == "J.D."
    page.undo_stack.redo()
    assert log.get(first.id).client == "K.L."
    # The keys (the offscreen platform has no active window, so check the wiring).
    assert page.undo_action in page.actions() and page.redo_action in page.actions()
    assert page.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in page.redo_action.shortcuts()
    page.undo_stack.undo()

    # Delete the selected row; undo brings it back with its id and classification.
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page.delete_button.click()
    assert log.count() == 2 and page.model.rowCount() == 2
    page.undo_action.trigger()
    back = log.get(first.id)
    assert back.classification == first.classification and back.crisis and back.client == "J.D."
    assert page.model.rowCount() == 3

    accept_with(
        lambda d: (d.client.setText("M.N."), d.kind.setCurrentIndex(d.kind.findData(Kind.GIFT)))
    )
    page.add_contact()
    assert log.count() == 3 + 1
    (added,) = log.query(client="M.N.")
    assert added.kind is Kind.GIFT and added.boundary
    page.undo_stack.undo()
    assert log.count() == 3
    page.redo_action.trigger()
    assert log.get(added.id).client == "M.N."


def test_csv_import_is_all_or_nothing_and_export_round_trips(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "at,channel,client\n2026-11-10 21:00,sms,Q.R.\n2026-11-11 21:00,pigeon,Q.R.\n",
        encoding="utf-8",
    )
    assert page.import_csv(bad) is None
    assert services.contacts.count() == 3
    box: QMessageBox = page.last_problem
    assert "Row 3, column 'channel'" in box.informativeText()
    assert "log is unchanged" in box.text()
    box.close()

    out = tmp_path / "out.csv"
    page.client.setCurrentIndex(page.client.findData("A.B."))
    assert page.export_csv(out) == 2
    assert out.read_text(encoding="utf-8").count("A.B.") == 2

    good = tmp_path / "good.csv"
    good.write_text(
        "at,channel,client\n2026-11-10 21:00,sms,Q.R.\n2026-11-11 21:00,call,Q.R.\n",
        encoding="utf-8",
    )
    assert page.import_csv(good) == 2
    assert services.contacts.count() == 5
    assert page.client.findData("Q.R.") > 0
    assert page.import_csv(good) == 0  # the same file twice logs nothing twice
    assert "2 were already in the log" in page.status.text()


def test_model_never_reads_every_row(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opening the page asks for one page of rows, with a limit, never the whole log."""
    calls: list[dict[str, object]] = []
    real = ContactLog.query

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ContactLog, "query", spy)
    page = ContactsPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.pages_fetched > 0)
    assert calls and all(c.get("limit") == PAGE_SIZE for c in calls)


def test_import_problem_on_unreadable_file(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    assert page.import_csv(tmp_path / "missing.csv") is None
    assert "not imported" in page.last_problem.text()
    page.last_problem.close()
