"""The mouse wheel changes no field that lacks focus, on any page (issue 17, section 1).

Scrolling Settings over a threshold spin box once moved "high" after-hours minutes from 300 to
272, saved at once. Real wheel events are sent to every spin box, combo box, date edit and
slider of every page of the running shell.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QSpinBox,
    QWidget,
)

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.ui.base.services import Services
from after_hours.ui.pages import PAGES
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


@pytest.fixture
def shell(qtbot, profile):  # type: ignore[no-untyped-def]
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    services.settings.set("app.first_run_done", True)
    s = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    yield s
    s.dispose()


def wheel(widget: QWidget, steps: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    return widget.text()  # type: ignore[attr-defined]


def test_scrolling_settings_leaves_every_threshold_and_the_saved_settings_alone(
    qtbot, shell
) -> None:  # type: ignore[no-untyped-def]
    page = shell.window.show_page("settings")
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    settings = shell.services.settings
    high = page.thresholds.spins["burnout.after_hours_minutes.high"]
    before = settings.get("burnout.after_hours_minutes.high")
    wheel(high)
    assert high.value() == before
    assert settings.get("burnout.after_hours_minutes.high") == before
    # Once the user has clicked into it, the wheel is theirs to use: the guard is not a lock.
    high.setFocus()
    qtbot.waitUntil(high.hasFocus)
    wheel(high, steps=-1)
    assert high.value() == before - 1
    assert high.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn gives no focus


@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_no_field_on_any_page_moves_under_the_wheel_without_focus(shell, key: str) -> None:  # type: ignore[no-untyped-def]
    page = shell.window.show_page(key)
    shell.window.show()
    fields = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractSpinBox | QComboBox | QAbstractSlider)
        and not isinstance(w, QScrollBar)
        and w.isVisibleTo(page)
        and w.isEnabled()
    ]
    if key == "settings":
        assert sum(isinstance(w, QSpinBox) for w in fields) > 10
    for field in fields:
        field.clearFocus()
        before = value(field)
        for steps in (-2, 2):
            wheel(field, steps)
        assert value(field) == before, f"{key}: {field.accessibleName() or field}"


def test_a_guard_installed_after_the_fields_are_shown_still_guards_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app installs the guard just after its first paint: fields shown before it count too."""
    from after_hours.ui.base.wheel_guard import WheelGuard, install_wheel_guard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    earlier = app.findChild(WheelGuard, "wheel-guard")  # another test's shell installed one
    if earlier is not None:
        app.removeEventFilter(earlier)
        earlier.setParent(None)
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    assert spin.focusPolicy() == Qt.FocusPolicy.WheelFocus  # polished with no guard around
    install_wheel_guard(app)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    spin.clearFocus()
    wheel(spin)
    assert spin.value() == 50


def _no_guard_yet(app: QApplication) -> None:
    """Take away a guard another test's shell installed on the shared application."""
    from after_hours.ui.base.wheel_guard import WheelGuard

    earlier = app.findChild(WheelGuard, "wheel-guard")
    if earlier is not None:
        app.removeEventFilter(earlier)
        earlier.setParent(None)


@pytest.fixture
def idle_shell(qtbot, profile):  # type: ignore[no-untyped-def]
    """The shell as ``run_app`` starts it: on Today, the guard left for when it is needed."""
    from after_hours.ui.base.wheel_guard import WheelGuard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _no_guard_yet(app)
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    services.settings.set("app.first_run_done", True)
    s = Shell(
        services,
        tray=TrayController(services, tray_available=lambda: False),
        wheel_guard_after_paint=True,
    )
    s.window.show_page("today")
    s.window.show()
    s.window.activateWindow()
    qtbot.waitUntil(s.window.isActiveWindow)
    s.guard_the_wheel_when_needed()
    assert app.findChild(WheelGuard, "wheel-guard") is None  # Today has no field to guard
    yield s
    s.dispose()


def test_the_guard_comes_with_the_first_other_page(qtbot, idle_shell) -> None:  # type: ignore[no-untyped-def]
    """An app idling on Today holds no guard (3.6 MiB); showing Settings brings it first."""
    page = idle_shell.window.show_page("settings")
    high = page.thresholds.spins["burnout.after_hours_minutes.high"]
    before = high.value()
    wheel(high)
    assert high.value() == before
    assert high.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_guard_comes_with_a_dialog_opened_from_today(qtbot, idle_shell) -> None:  # type: ignore[no-untyped-def]
    """A dialog takes the keyboard focus as it shows: the guard is installed before any wheel."""
    from after_hours.ui.base.wheel_guard import WheelGuard

    app = QApplication.instance()
    today = idle_shell.window.show_page("today")
    dialog = today.open_selfcheck()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: app.findChild(WheelGuard, "wheel-guard") is not None)
    spin = QSpinBox(dialog)  # a field in it: guarded like any other
    spin.setRange(0, 100)
    spin.setValue(50)
    spin.show()
    qtbot.waitExposed(spin)
    spin.clearFocus()
    wheel(spin)
    assert spin.value() == 50
    dialog.close()


def test_the_guard_comes_with_the_quick_log(qtbot, idle_shell) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.base.wheel_guard import WheelGuard

    dialog = idle_shell.quick_log()
    assert QApplication.instance().findChild(WheelGuard, "wheel-guard") is not None
    dialog.channel.clearFocus()
    before = dialog.channel.currentIndex()
    wheel(dialog.channel, -2)
    assert dialog.channel.currentIndex() == before
    dialog.close()
