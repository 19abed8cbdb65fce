"""Contacts, Clients and Reports pages show what the domain says, and Today what needs attention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from after_hours.availability.agreements import Agreement
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages.clients import ClientsPage
from after_hours.ui.pages.contacts import ContactsPage
from after_hours.ui.pages.reports import ReportsPage
from after_hours.ui.pages.today import TodayPage
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 Toronto


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    s = Services(profile, clock)
    s.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True, phrases=("kms",)))
    s.contacts.log(NewContact(NOW - timedelta(days=2, hours=10), Channel.PHONE, client="A.B."))
    s.agreements.set(Agreement("A.B.", (Channel.PHONE,), date(2026, 1, 5), review_weeks=12))
    return s


def test_contacts_page_lists_newest_first_and_filters(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == 2

    def cell(row: int, col: int) -> str:
        return str(model.data(model.index(row, col)))

    assert cell(0, 1) == "J.D."
    assert cell(0, 0) == "Fri 20 Nov 2026 23:40"
    assert cell(0, 5) == "Off hours"
    assert cell(0, 6) == "kms"
    assert cell(1, 5) == "In hours"  # Wed 13:40
    page.only_crisis.setChecked(True)
    assert model.rowCount() == 1 and page.count.text() == "1 contact"
    (button,) = [b for b in page.findChildren(QPushButton) if "Log a message" in b.text()]
    with qtbot.waitSignal(services.events.quick_log_requested):
        button.click()


def test_clients_page_puts_overdue_and_missing_first(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(services)
    qtbot.addWidget(page)
    rows = [(page.table.item(r, 0).text(), page.table.item(r, 1).text()) for r in range(2)]
    assert rows == [
        ("A.B.", "Review overdue by 235 days"),
        ("J.D.", "No agreement, yet contact off hours"),
    ]
    summary = page.summary.text()
    assert "1 agreement review is overdue" in summary
    assert summary.endswith("1 client contacts you off hours without an agreement: J.D.")


def test_reports_page_shows_the_week_against_the_usual(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    labels = {
        page.table.item(r, 0).text(): page.table.item(r, 1).text()
        for r in range(page.table.rowCount())
    }
    assert labels["After-hours contacts"] == "1"
    assert labels["Crisis contacts"] == "1"
    assert page.level.text().split(":")[0] in {"Low", "Elevated", "High"}


def test_today_lists_what_needs_attention(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage(services)
    qtbot.addWidget(page)
    text = page.attention.text()
    assert "Possible crisis not yet marked as handled: J.D., 23:40" in text
    assert "Agreement review overdue: A.B." in text
    assert "Off-hours contact in the last 90 days but no agreement: J.D." in text


def test_today_names_only_recent_off_hours_clients_without_agreement(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    old = NOW - timedelta(days=100)
    services.contacts.log(NewContact(old, Channel.TEXT, client="Old client"))
    page = TodayPage(services)
    qtbot.addWidget(page)
    assert page.recent_off_hours_without_agreement(NOW) == ["J.D."]
