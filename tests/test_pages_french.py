"""The Contacts and Clients pages, the schedule list and the file dialogs speak French under French.

Real pages built offscreen with the French translators installed, as the app installs them;
the same pages in English keep their English words and dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from after_hours.availability.agreements import Agreement
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule import ExceptionKind, ScheduleException, Window, WindowKind
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.labels import schedule_file_filter
from after_hours.ui.base.services import Services
from after_hours.ui.pages.clients import ClientsPage
from after_hours.ui.pages.contacts import ContactsPage
from after_hours.ui.pages.schedule import describe_exception
from after_hours.ui.widgets.week_model import describe_window
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 20 Nov 23:40 in Toronto
TODAY = date(2026, 11, 20)


@pytest.fixture
def services(profile: Profile) -> Services:
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "profile.name": "Sam"}
    )
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    s = Services(profile, clock)
    # V.L.: discussed 40 weeks ago, reviewed every 12 weeks: overdue since 8 May (196 days).
    s.agreements.set(Agreement("V.L.", (Channel.TEXT,), TODAY - timedelta(weeks=40)))
    s.agreements.set(Agreement("L.A.", (Channel.PHONE,), TODAY - timedelta(weeks=13)))
    s.contacts.log(NewContact(NOW, Channel.TEXT, client="N.A."))
    s.contacts.log(NewContact(NOW - timedelta(days=1), Channel.TEXT, client="M.I."))
    return s


def _headers(page: ClientsPage) -> list[str]:
    return [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]


def _column(page: ClientsPage, col: int) -> list[str]:
    return [page.table.item(r, col).text() for r in range(page.table.rowCount())]


def _model_headers(page: ContactsPage) -> list[str]:
    model = page.table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_the_clients_page_in_french(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(services)
    qtbot.addWidget(page)
    assert _headers(page) == [
        "Client",
        "À faire",
        "Moyens convenus",
        "Délai de réponse",
        "Prochaine révision",
        "Hors des heures",
    ]
    assert _column(page, 1)[:4] == [
        "Révision en retard de 196 jours",
        "Révision en retard de 7 jours",
        "Sans entente, contacts hors des heures",
        "Sans entente, contacts hors des heures",
    ]
    assert _column(page, 4)[:2] == ["8 mai 2026", "13 nov. 2026"]
    assert page.summary.text() == (
        "4 clients. 2 révisions d'entente sont en retard. "
        "2 clients vous joignent hors des heures sans entente : M.I., N.A."
    )
    names = [f"{c}.{c}." for c in "ABCDEFGH"]
    assert page.names(names[:7]).endswith("F.F. et 1 autre")
    assert page.names(names).endswith("F.F. et 2 autres")


def test_one_overdue_review_is_singular_in_both_languages(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    services.agreements.set(Agreement("V.L.", (Channel.TEXT,), TODAY - timedelta(weeks=2)))
    services.agreements.set(
        Agreement("L.A.", (Channel.PHONE,), TODAY - timedelta(weeks=12, days=1))
    )
    page = ClientsPage(services)
    qtbot.addWidget(page)
    assert _column(page, 1)[0] == "Révision en retard de 1 jour"
    assert "1 révision d'entente est en retard." in page.summary.text()


def test_the_contacts_page_in_french(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    page = ContactsPage(services)
    qtbot.addWidget(page)
    assert _model_headers(page) == [
        "Quand",
        "Client",
        "Moyen",
        "Quoi",
        "Minutes",
        "Heures",
        "Langage de crise",
        "Note",
    ]
    assert [page.period.itemText(i) for i in range(page.period.count())] == [
        "Depuis le début",
        "Cette semaine",
        "4 dernières semaines",
        "12 dernières semaines",
        "12 derniers mois",
        "Entre deux dates",
    ]
    model = page.table.model()
    first = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert first == "ven. 20 nov. 2026 23:40"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole) == "jeu. 19 nov. 2026 23:40"


def test_the_schedule_words_and_file_filter_in_french(french_ui) -> None:  # type: ignore[no-untyped-def]
    assert schedule_file_filter().startswith("Horaires (*.toml *.ics);;")
    night = Window(frozenset({0, 1, 2, 3}), time(22), time(2), WindowKind.ON_CALL)
    assert describe_window(night) == "lun.-jeu. 22:00-02:00 (le lendemain), de garde"
    office = Window(frozenset({0, 2}), time(9), time(17), label="Clinique")
    assert describe_window(office) == "lun., mer. 09:00-17:00, heures régulières (Clinique)"
    holidays = ScheduleException(datetime(2026, 12, 24), datetime(2027, 1, 2), label="Fêtes")
    assert describe_exception(holidays) == "du 2026-12-24 au 2027-01-01 : absent·e (Fêtes)"
    shift = ScheduleException(datetime(2027, 2, 16), datetime(2027, 2, 17), ExceptionKind.ON_CALL)
    assert describe_exception(shift) == "2027-02-16 : de garde"


def test_english_is_unchanged(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    clients = ClientsPage(services)
    qtbot.addWidget(clients)
    assert _headers(clients)[:3] == ["Client", "Needs", "Channels agreed"]
    assert _column(clients, 1)[0] == "Review overdue by 196 days"
    assert _column(clients, 4)[0] == "8 May 2026"
    assert clients.names([f"{c}.{c}." for c in "ABCDEFG"]).endswith("F.F. and 1 more")
    contacts = ContactsPage(services)
    qtbot.addWidget(contacts)
    assert _model_headers(contacts)[0] == "When"
    assert contacts.period.itemText(0) == "All time"
    model = contacts.table.model()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Fri 20 Nov 2026 23:40"
    assert schedule_file_filter().startswith("Schedules (")


def test_every_indicator_has_its_words_on_the_pages() -> None:
    """A new indicator without an entry would show its key, untranslated, on Reports."""
    from after_hours.availability.burnout.indicators import INDICATORS
    from after_hours.ui.base.labels import INDICATOR_LABELS

    assert {i.name: i.label for i in INDICATORS} == INDICATOR_LABELS


def test_figures_use_the_interfaces_decimal_mark(french_ui) -> None:  # type: ignore[no-untyped-def]
    """Reports' and Today's figures agree with the domain's reasons: "27,5" in French."""
    from after_hours.ui.base.dates import decimal_text

    assert [decimal_text(v) for v in (27.5, 4.0, 27.96, 1200, None)] == [
        "27,5",
        "4",
        "28",
        "1200",
        "–",
    ]


def test_figures_in_english_keep_their_point() -> None:
    from after_hours.ui.base.dates import decimal_text

    assert [decimal_text(v) for v in (27.5, 4.0, 1200)] == ["27.5", "4", "1200"]


def test_self_check_scores_use_the_interfaces_decimal_mark(french_ui) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.base.dates import score_text

    assert (score_text(75), score_text(66.66)) == ("75,0", "66,7")
