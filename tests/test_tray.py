"""The tray icon offscreen: tooltip at a window edge, the menu, pausing, a late or absent tray."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.tray_state import TrayState
from after_hours.ui.base.services import Services
from after_hours.ui.shell.tray import TRAY_WAIT_S, TrayController
from tests.helpers import office_hours


@pytest.fixture
def make_tray(qtbot):  # type: ignore[no-untyped-def]
    """Build trays that are disposed of after the test (not at interpreter exit)."""
    made: list[TrayController] = []

    def make(services: Services, available) -> TrayController:  # type: ignore[no-untyped-def]
        tray = TrayController(services, tray_available=available)
        made.append(tray)
        return tray

    yield make
    for tray in made:
        tray.dispose()


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(datetime(2026, 11, 20, 21, 30, tzinfo=UTC))  # Fri 16:30 Toronto
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return Services(profile, clock)


def test_tooltip_changes_at_the_window_edge_when_the_timer_fires(
    qtbot, services, make_tray
) -> None:  # type: ignore[no-untyped-def]
    tray = make_tray(services, lambda: False)
    assert tray.icon.toolTip() == "Available until 17:00"
    # Armed once, for the edge 30 minutes away: no polling in between.
    assert tray.timer.isSingleShot() and tray.timer.isActive()
    assert tray.timer.interval() == 30 * 60 * 1000
    services.clock.advance(timedelta(minutes=30))
    tray.timer.timeout.emit()  # what the event loop does when the interval has passed
    assert tray.icon.toolTip() == "Off hours, back Mon 09:00"
    assert tray.view is not None and tray.view.state is TrayState.OFF_HOURS
    assert tray.status_action.text() == "Off hours, back Mon 09:00"
    assert tray.timer.interval() == 30 * 60 * 1000  # capped: survives clock jumps


def test_a_tiny_interval_fires_through_the_real_event_loop(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    services.clock.set(datetime(2026, 11, 20, 21, 59, 59, 900000, tzinfo=UTC))
    tray = make_tray(services, lambda: False)
    assert tray.icon.toolTip() == "Available until 17:00"
    assert tray.timer.interval() == 1000  # the floor: an edge this close fires once, at it
    services.clock.advance(timedelta(seconds=1))
    tray.timer.start(5)
    with qtbot.waitSignal(tray.timer.timeout, timeout=2000):
        pass
    assert tray.icon.toolTip() == "Off hours, back Mon 09:00"


def test_menu_has_the_journey_actions_and_pause_works(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    tray = make_tray(services, lambda: False)
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if a.text()]
    assert texts[1:] == [
        "Log a contact...",
        "Crisis scripts",
        "Pause monitoring",
        "Open After Hours",
        "Quit",
    ]
    pause_texts = [a.text().replace("&", "") for a in tray.pause_menu.actions() if a.text()]
    assert pause_texts == [
        "For 1 hour",
        "Until tomorrow morning",
        "Indefinitely",
        "Resume monitoring",
    ]
    assert not tray.resume_action.isEnabled()
    from after_hours.availability.pause import PauseChoice

    tray.pause_actions[PauseChoice.ONE_HOUR].trigger()
    assert tray.icon.toolTip() == "Monitoring paused until 17:30\nAvailable until 17:00"
    assert tray.view is not None and tray.view.state is TrayState.PAUSED
    assert services.settings.get("monitoring.paused_until") == "2026-11-20T22:30:00Z"
    assert tray.resume_action.isEnabled()
    tray.resume_action.trigger()
    assert tray.icon.toolTip() == "Available until 17:00"
    with qtbot.waitSignal(tray.quick_log_requested):
        tray.log_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()


def test_a_late_tray_is_waited_for_then_shown(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    available = {"now": False}
    tray = make_tray(services, lambda: available["now"])
    tray.attach()
    for _ in range(3):
        tray._try_attach()  # three seconds pass without a tray
    available["now"] = True
    with qtbot.waitSignal(tray.attached):
        tray._try_attach()
    assert tray.icon.isVisible()
    assert not tray._attach_timer.isActive()


def test_no_tray_is_reported_once_after_the_wait(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    tray = make_tray(services, lambda: False)
    seen = []
    tray.no_tray.connect(lambda: seen.append(1))
    tray.attach()
    assert tray._attach_timer.isActive() and tray._attach_timer.interval() == 1000
    for _ in range(TRAY_WAIT_S + 5):
        tray._try_attach()
        if not tray._attach_timer.isActive():
            break
    assert seen == [1]
    assert not tray.in_tray
    # Without a tray a notification becomes a banner notice, not lost.
    notices = []
    services.events.notice.connect(lambda t, x, a: notices.append((t, x, a)))
    assert tray.notify("Off-hours message", "From J.D.") is False
    assert notices == [("Off-hours message", "From J.D.", None)]


def test_a_restarted_panel_gets_the_icon_back(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    state = {"now": True}
    tray = make_tray(services, lambda: state["now"])
    tray.attach()
    assert tray._watch.interval() == 60_000  # never more often than once a minute
    state["now"] = False
    tray._check_tray()
    state["now"] = True
    with qtbot.waitSignal(tray.attached):
        tray._check_tray()
    assert tray.icon.isVisible()


def test_wall_clock_gap_is_treated_as_a_resume(qtbot, services, make_tray) -> None:  # type: ignore[no-untyped-def]
    tray = make_tray(services, lambda: True)
    tray.attach()
    tray._check_tray()
    assert tray.icon.toolTip() == "Available until 17:00"
    services.clock.advance(timedelta(minutes=1))
    tray._check_tray()  # an ordinary minute: nothing to do
    assert tray.icon.toolTip() == "Available until 17:00"
    # The laptop slept through the 17:00 edge; the edge timer never fired.
    services.clock.advance(timedelta(hours=3))
    tray._check_tray()
    assert tray.icon.toolTip() == "Off hours, back Mon 09:00"
