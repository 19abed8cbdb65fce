"""A walk over every interactive widget of every page and dialog (issue 17, done-when).

Each one must have a name a screen reader can say (its own accessible name, its text, or the
form label that is its buddy) and be reachable from the keyboard (a focus policy with Tab).
The windows are the catalogue in ``tests/windows.py``, the same list the size test and the
screenshot script use, so a new dialog added there is walked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.test_accessibility import has_label_buddy
from tests.windows import WINDOWS, build, demo_shell

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def name_of(w: QWidget) -> str:
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return w.text()
    if isinstance(w, QTabBar):
        return "tabs: " + ", ".join(w.tabText(i) for i in range(w.count()))
    return "labelled" if has_label_buddy(w) else ""


def reachable(w: QWidget) -> bool:
    """By Tab; a radio button also through its group (Tab reaches one, arrows the rest)."""
    if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(w, QRadioButton):
        group = w.group()
        mates = (
            group.buttons() if group is not None else w.parentWidget().findChildren(QRadioButton)
        )
        return any(m.focusPolicy() & Qt.FocusPolicy.TabFocus for m in mates if m is not w)
    return False


def problems(window: QWidget) -> list[str]:
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, (QScrollBar, QHeaderView)):
            continue
        if not w.isVisibleTo(window) or not w.isEnabled():
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or type(parent).__name__ in (
            "QCalendarWidget",
            "QWizard",
        ):
            continue  # the parts of a compound widget are named and focused through it
        label = w.objectName() or w.accessibleName() or getattr(w, "text", str)()
        what = f"{type(w).__name__} {label!r}"
        if not name_of(w).strip():
            found.append(f"no accessible name: {what}")
        if not reachable(w):
            found.append(f"not reachable by Tab: {what}")
    return found


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_interactive_widget_is_named_and_reachable(qtbot, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    with demo_shell(tmp_path / "demo") as shell:
        window = build(shell, name)
        assert problems(window) == []


def test_scroll_areas_are_no_blind_tab_stop_and_the_sidebar_and_grid_show_focus(
    qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the sidebar, the scroll areas and the week grid showed no focus ring."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QScrollArea

    with demo_shell(tmp_path / "demo") as shell:
        for key in ("today", "settings", "reports", "schedule"):
            page = build(shell, f"page-{key}")
            for area in page.findChildren(QScrollArea):
                if area.isVisibleTo(page) and area.widget() is not None:
                    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus, key
        window = shell.window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        highlight = window.palette().highlight().color()

        def ring(widget: QWidget) -> bool:
            image: QImage = widget.grab().toImage()
            edge = [image.pixelColor(image.width() // 2, y) for y in (0, 1, 2)]
            return any(abs(c.hue() - highlight.hue()) < 10 and c.saturation() > 60 for c in edge)

        window.sidebar.setFocus()
        qtbot.waitUntil(window.sidebar.hasFocus)
        assert ring(window.sidebar)
        grid = window.page("schedule").editor.grid  # type: ignore[union-attr]
        grid.setFocus()
        qtbot.waitUntil(grid.hasFocus)
        assert ring(grid)
        window.sidebar.setFocus()
        qtbot.waitUntil(window.sidebar.hasFocus)
        assert not ring(grid)
