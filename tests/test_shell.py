"""The app shell: first run, the sidebar pages, no-tray behaviour, close and quit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages import PAGES
from after_hours.ui.shell.app import NO_TRAY_BANNER, Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import office_hours


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    return Services(profile, ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC)))


_made: list[Shell] = []


@pytest.fixture(autouse=True)
def _dispose_shells():  # type: ignore[no-untyped-def]
    yield
    while _made:
        _made.pop().dispose()


def make_shell(services: Services, qtbot, available: bool = False) -> Shell:  # type: ignore[no-untyped-def]
    tray = TrayController(services, tray_available=lambda: available)
    shell = Shell(services, tray=tray)
    _made.append(shell)
    return shell


def test_first_start_runs_the_wizard_then_opens_the_window(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(services, qtbot)
    shell.start()
    assert shell.wizard is not None and shell.wizard.isVisible()
    assert not shell.window.isVisible()
    shell.wizard.accept()
    assert shell.window.isVisible()
    assert services.settings.get("app.first_run_done") is True


def test_no_tray_is_said_once_and_the_window_stays_normal(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.settings.set("app.first_run_done", True)
    shell = make_shell(services, qtbot)
    shell.start(minimized=True)
    assert not shell.window.isVisible()
    shell.tray.no_tray.emit()  # what the tray does after waiting ~10 s
    assert shell.window.isVisible()
    assert [b.key for b in shell.window.banner_widgets()] == [NO_TRAY_BANNER]
    assert Settings(services.profile.db).get("app.no_tray_noted") is True
    second = make_shell(services, qtbot)
    second.tray.no_tray.emit()
    assert second.window.banner_widgets() == []  # remembered: not said twice
    # Without a tray, closing the window quits rather than leaving an invisible app.
    with qtbot.waitSignal(shell.window.quit_requested):
        shell.window.close()


def test_with_a_tray_closing_hides_to_the_tray(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.settings.set("app.first_run_done", True)
    shell = make_shell(services, qtbot, available=True)
    shell.start()
    assert shell.tray.in_tray and shell.window.isVisible()
    with qtbot.waitSignal(shell.window.close_to_tray):
        shell.window.close()
    assert not shell.window.isVisible()
    shell.tray.open_action.trigger()
    assert shell.window.isVisible()
    # The first close said the app keeps running (a tray notification); never again.
    assert shell.close_notes == ["After Hours is still running"]
    assert services.settings.get("app.close_to_tray_noted") is True
    shell.window.close()
    shell.tray.open_action.trigger()
    assert shell.close_notes == ["After Hours is still running"]


def test_a_waiting_crisis_is_the_first_tray_menu_item(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.contacts import Channel, NewContact

    services.settings.set("app.first_run_done", True)
    shell = make_shell(services, qtbot)
    menu = shell.tray.menu
    assert menu.actions()[0] is shell.tray.status_action
    services.contacts.log(
        NewContact(services.now(), Channel.TEXT, client="J.D.", crisis=True, phrases=("end it",))
    )
    services.events.contacts_changed.emit()
    first = menu.actions()[0]
    assert first is shell.tray.crisis_action and first.text().startswith("&Crisis panel: J.D.")
    assert first.font().bold()


def test_a_missed_notification_becomes_a_banner(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(services, qtbot)
    clicked = []
    shell.tray.notify(
        "Off-hours message", "J.D. wrote at 23:40", action=("Show reply", lambda: clicked.append(1))
    )
    (banner,) = shell.window.banner_widgets()
    assert banner.label.text() == "Off-hours message: J.D. wrote at 23:40"
    assert banner.action_button is not None and banner.action_button.text() == "Show reply"
    banner.action_button.click()
    assert clicked == [1]


def test_sidebar_has_the_sections_and_today_shows_the_status(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    Settings(services.profile.db).set("profile.timezone", "America/Toronto")
    ScheduleStore(services.profile.db, services.clock).save(office_hours(), source="test")
    shell = make_shell(services, qtbot)
    sidebar = shell.window.sidebar
    titles = [sidebar.item(i).text() for i in range(sidebar.count())]
    assert titles[0] == "Today" and titles[-1] == "Settings"
    assert {"Today", "Schedule", "Settings"} <= set(titles)
    today = shell.window.show_page("today")
    assert today.headline.text() == "Off hours, back Mon 09:00"  # type: ignore[attr-defined]
    assert "America/Toronto" in today.detail.text()  # type: ignore[attr-defined]
    week = today.week.text()  # type: ignore[attr-defined]
    assert week == "40 h of regular hours and 0 h on call."
    schedule = shell.window.show_page("schedule")
    assert len(schedule.editor.windows()) == 1  # type: ignore[attr-defined]


def test_each_sidebar_page_is_one_module_loaded_only_when_shown() -> None:
    """One module per page under ui/pages/, named by its key; drawing the sidebar loads none."""
    import subprocess
    import sys

    assert [p.key for p in PAGES] == [
        "today",
        "contacts",
        "clients",
        "schedule",
        "reports",
        "settings",
    ]
    for spec in PAGES:
        assert spec.factory.__qualname__.startswith(f"lazy(after_hours.ui.pages.{spec.key}:")
    probe = (
        "import sys; from after_hours.ui.pages import PAGES;"
        "print(sorted(m for m in sys.modules if m.startswith('after_hours.ui.pages.')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
