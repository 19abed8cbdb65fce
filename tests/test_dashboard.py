"""The dashboard on Today: the tiles say what the domain says; a reason opens its contacts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from after_hours.availability.burnout.risk import Level
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.clock import ManualClock
from after_hours.availability.demo import generate_demo
from after_hours.availability.store import Profile
from after_hours.ui.base.services import Services
from after_hours.ui.pages.contacts import ContactsPage
from after_hours.ui.pages.today import TodayPage
from after_hours.ui.shell.main_window import MainWindow
from after_hours.ui.widgets.dashboard import TILES, number_text

NOW = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # Wed 17:30 in Toronto


@pytest.fixture
def demo(profile: Profile) -> Services:
    clock = ManualClock(NOW)
    generate_demo(profile.db, clock)
    return Services(profile, clock)


def test_tiles_and_reasons_are_the_domain_figures(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    page = TodayPage(demo)
    qtbot.addWidget(page)
    assessment = BurnoutService(demo.profile.db, demo.clock).assess()
    panel = page.dashboard
    assert len(panel.tiles) == 8
    for spec in TILES:
        tile = panel.tiles[spec.indicator]
        assert tile.value.text() == number_text(assessment.current.values[spec.indicator])
        usual = assessment.baselines[spec.indicator]
        assert tile.usual.text() == (
            f"your usual: {number_text(usual)}" if usual is not None else "usual not known yet"
        )
    # The demo's last weeks are heavy: the level and every reason are shown, in words.
    assert assessment.level is not Level.LOW and assessment.reasons
    assert panel.level.text().startswith(assessment.level.value.capitalize())
    assert [r.reason.text for r in panel.reason_rows] == [r.text for r in assessment.reasons]
    assert "not a diagnosis" in panel.note.text()
    assert panel.chart.points() and len(panel.chart.points()) == 12
    # Today's own content is still there, above the dashboard.
    assert page.headline.text()


def test_a_reason_opens_the_log_filtered_to_its_contacts(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo)
    qtbot.addWidget(window)
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    rows = [r for r in today.dashboard.reason_rows if r.reason.contact_ids]
    assert rows
    row = rows[0]
    row.button.click()
    log = window.page("contacts")
    assert isinstance(log, ContactsPage)
    assert window.stack.currentWidget().isAncestorOf(log)
    model = log.model
    shown = {model.data(model.index(r, 0), 256) for r in range(model.rowCount())}  # UserRole
    assert shown == set(row.reason.contact_ids)
    assert row.reason.text in log.scope.text()
    log.clear_ids()
    assert model.rowCount() == demo.contacts.count()


def test_a_new_contact_updates_the_tiles(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.contacts import Channel, NewContact

    page = TodayPage(demo)
    qtbot.addWidget(page)
    before = float(page.dashboard.tiles["crisis_contacts"].value.text())
    demo.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True))
    demo.events.contacts_changed.emit()
    after = BurnoutService(demo.profile.db, demo.clock).assess()
    assert after.current.values["crisis_contacts"] == before + 1
    assert page.dashboard.tiles["crisis_contacts"].value.text() == number_text(before + 1)


def test_self_check_from_the_dashboard_and_its_history(qtbot, profile) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.selfcheck import SelfCheckStore, cbi

    services = Services(profile, ManualClock(NOW))
    page = TodayPage(services)
    qtbot.addWidget(page)
    panel = page.dashboard
    assert "No self-check yet: 19 questions" in panel.selfcheck.text()
    assert not panel.selfcheck_history.isEnabled() and panel.trend.isHidden()
    panel.take_selfcheck.click()  # the panel asks; the page opens the questionnaire
    dialog = page.selfcheck_dialog
    assert dialog is not None
    assert dialog.isVisible()
    store = SelfCheckStore(profile.db, services.clock)
    answers = {item.id: 2 for item in cbi().items}
    check = store.record(answers)
    dialog.saved.emit(check)  # what the dialog does once the answers are saved
    dialog.close()
    assert panel.selfcheck.text() == "Self-check scores (0-100); the latest on 25 Nov 2026."
    assert panel.selfcheck_history.isEnabled() and not panel.trend.isHidden()
    history = panel.open_selfcheck_history()
    from after_hours.ui.widgets.selfcheck_history import SelfCheckHistory

    (widget,) = history.findChildren(SelfCheckHistory)
    assert widget.table.rowCount() == 1
    history.close()


def test_the_not_a_diagnosis_line_stays_under_later_additions(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    page = TodayPage(demo)
    qtbot.addWidget(page)
    later = QLabel("Next reminders")  # what the reminders feature adds to Today's extra
    page.extra.addWidget(later)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    # Built just after the first paint, not in the constructor.
    qtbot.waitUntil(lambda: page._dashboard is not None)
    note = page.dashboard.note
    qtbot.waitUntil(note.isVisible)
    top_of_note = note.mapTo(page.scroll.widget(), note.rect().topLeft()).y()
    bottom_of_later = later.mapTo(page.scroll.widget(), later.rect().bottomLeft()).y()
    assert top_of_note > bottom_of_later
