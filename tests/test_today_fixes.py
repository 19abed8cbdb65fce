"""Today agrees with itself (issue 17, sections 3 and 5).

While a crisis waits the headline is the crisis, not "Available until 17:00"; a self-check
taken from a reminder banner shows on Today at once; the crisis scripts open from the window.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.selfcheck import SelfCheckStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import office_hours

TUESDAY_NOON = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)  # 12:00 in Toronto: in hours


@pytest.fixture
def shell(qtbot, profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    clock = ManualClock(TUESDAY_NOON)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    sh = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    yield sh
    sh.dispose()


def test_a_waiting_crisis_is_the_headline_not_the_availability(shell) -> None:  # type: ignore[no-untyped-def]
    today = shell.window.show_page("today")
    assert today.headline.text().startswith("Available until 17:00")
    shell.services.contacts.log(
        NewContact(TUESDAY_NOON, Channel.TEXT, client="J.D.", crisis=True, phrases=("end it",))
    )
    shell.services.events.contacts_changed.emit()
    assert "Available" not in today.headline.text()
    assert today.headline.text().startswith("Possible crisis waiting: J.D.")
    assert "Available until 17:00" in today.detail.text()  # still said, under it
    assert not today.open_crisis.isHidden()
    # The crisis button comes first in the Tab order, as it is first on the screen.
    chain, w = [], today.open_crisis
    for _ in range(6):
        chain.append(w)
        w = w.nextInFocusChain()
    assert today.open_crisis.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chain.index(today.open_crisis) < 1 and today.scripts_button not in chain[:1]


def test_a_pseudonym_in_the_headline_shows_as_typed_not_as_markup(shell) -> None:  # type: ignore[no-untyped-def]
    today = shell.window.show_page("today")
    shell.services.contacts.log(
        NewContact(TUESDAY_NOON, Channel.TEXT, client="<i>Z</i>", crisis=True, phrases=("x",))
    )
    shell.services.events.contacts_changed.emit()
    assert "<i>Z</i>" in today.headline.text()
    # Rich text would show an italic "Z" and hide the brackets the clinician typed.
    assert today.headline.textFormat() == Qt.TextFormat.PlainText
    assert today.detail.textFormat() == Qt.TextFormat.PlainText


def test_a_self_check_from_the_reminder_banner_refreshes_today(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.reminders import ReminderKind
    from after_hours.ui.shell.reminders_shell import ShellReminders

    shell.reminders = ShellReminders(
        shell.services, shell.window, shell.tray, shell.show_window, shell
    )
    today = shell.window.show_page("today")
    dashboard = today.dashboard
    before = dashboard.selfcheck.text()
    plan = shell.reminders.center.service.plan(timedelta(days=40))
    reminder = next(r for r in plan if r.kind is ReminderKind.SELF_CHECK)
    dialog = shell.reminders.open(reminder)
    assert dialog is not None
    dialog.set_answers({item_id: 4 for item_id in dialog.rows})
    dialog.save_button.click()
    assert SelfCheckStore(shell.services.profile.db, shell.services.clock).latest() is not None
    assert dashboard.selfcheck.text() != before


def test_crisis_scripts_open_from_the_window_by_button_and_ctrl_k(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.window.show()
    today = shell.window.show_page("today")
    today.scripts_button.click()
    first = shell.panels[-1]
    assert first.windowTitle() == "Crisis scripts"
    first.close()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    qtbot.keyClick(shell.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert shell.panels[-1] is not first and shell.panels[-1].isVisible()


def test_the_tab_order_on_today_follows_the_screen(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: Tab jumped around Today. Each Tab stop is below, or right of, the one before."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget

    shell.services.contacts.log(
        NewContact(TUESDAY_NOON, Channel.TEXT, client="J.D.", crisis=True, phrases=("end it",))
    )
    shell.window.show()
    today = shell.window.show_page("today")
    dashboard = today.dashboard  # built now, as after the first paint
    shell.services.events.contacts_changed.emit()
    qtbot.waitUntil(dashboard.take_selfcheck.isVisible)
    qtbot.waitUntil(lambda: not today.open_crisis.isHidden())
    stops: list[QWidget] = []
    w = today.open_crisis
    while w is not None and w not in stops:
        tab_stop = w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab_stop and today.isAncestorOf(w):
            stops.append(w)
        w = w.nextInFocusChain()
        if w is today.open_crisis:
            break
    assert stops[0] is today.open_crisis and len(stops) >= 4
    for wa, wb in itertools.pairwise(stops):
        a, b = wa.mapTo(today, QPoint(0, 0)), wb.mapTo(today, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < 12
        assert (same_row and b.x() > a.x()) or b.y() > a.y(), (
            wa.accessibleName(),
            wb.accessibleName(),
        )
