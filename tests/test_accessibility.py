"""Every control a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.wizard import FirstRunWizard
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import office_hours


def has_label_buddy(widget: QWidget) -> bool:
    """A form row's label (with a mnemonic buddy) names its field for screen readers."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.labelForField(widget) is not None:
            return True
        parent = parent.parentWidget()
    return any(
        isinstance(label, QLabel) and label.buddy() is widget
        for label in widget.window().findChildren(QLabel)
    )


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root):
            continue
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: named by its parent
        if isinstance(w, QAbstractButton):
            name = w.text() or w.accessibleName()
        elif isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox)):
            name = w.accessibleName() or ("labelled" if has_label_buddy(w) else "")
        else:
            continue
        if not name.strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.window()).__name__}")
    return missing


@pytest.fixture
def shell(qtbot, profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update({"profile.timezone": "America/Toronto", "app.first_run_done": True})
    clock = ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    sh = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    yield sh
    sh.dispose()


def test_every_page_dialog_and_panel_names_its_controls(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.window.show()
    for spec in shell.window.pages:
        page = shell.window.show_page(spec.key)
        assert unnamed_controls(page) == [], spec.key
    dialog = shell.quick_log()
    assert unnamed_controls(dialog) == []
    panel = shell.crisis_scripts()
    assert unnamed_controls(panel) == []


def test_the_wizard_names_its_controls(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(shell.services)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        assert unnamed_controls(wizard.currentPage()) == []
        wizard.next()
