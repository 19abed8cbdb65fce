"""The mouse wheel never changes a field that does not have keyboard focus.

Scrolling a page over a spin box used to change it, and Settings saves as it changes: a
clinician scrolling Settings moved "high after-hours minutes" from 300 to 272 without noticing.
One application-wide event filter covers every spin box, date/time edit, combo box and slider
in every window, present and future, so no page can forget it:

- On ``Polish`` such a field's focus policy drops from ``WheelFocus`` to ``StrongFocus``, so a
  wheel turn no longer gives it focus (Qt gives focus before any filter sees the wheel).
- A wheel event over such a field without focus is ignored and swallowed: Qt then passes it on
  to the parent, so the scroll area around the field scrolls as the user meant.

Scroll bars are sliders too, and keep the wheel: scrolling is what they are for.

The app installs the guard after its first paint, and only once a guarded field can be reached
(an application-wide Python filter makes PySide resolve the Python type of every object an
event reaches: before the first paint that cost tens of milliseconds, and in an app idling on
Today, which has no guarded field, 3.6 MiB of enum types; ``Shell.guard_the_wheel_when_needed``
says when). Installing it also drops the focus policy of every guarded field that already
exists, so when it is installed changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from after_hours.ui.base.qt_namespace import Qt

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def is_guarded(widget: QObject) -> bool:
    """Whether the wheel may change this widget's value (and so must wait for focus)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def _owner(obj: QObject) -> QWidget | None:
    """The guarded field an object belongs to: itself, or the field holding its line edit."""
    if is_guarded(obj):
        return obj  # type: ignore[return-value]
    parent = obj.parent()
    if parent is not None and is_guarded(parent):
        return parent  # type: ignore[return-value]
    return None


class WheelGuard(QObject):
    """The application-wide filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _POLISH:
            if is_guarded(watched):
                widget: QWidget = watched  # type: ignore[assignment]
                if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != _WHEEL:
            return False
        field = _owner(watched)
        if field is None or field.hasFocus():
            return False
        line = getattr(field, "lineEdit", None)
        inner = line() if callable(line) else None
        if inner is not None and inner.hasFocus():
            return False
        event.ignore()  # Qt hands an ignored wheel event on to the parent: the page scrolls
        return True


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Install the guard once on the application; later calls return the same guard."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        raise RuntimeError("install_wheel_guard needs a QApplication")
    existing = app.findChild(WheelGuard, "wheel-guard")
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheel-guard")
    app.installEventFilter(guard)
    for widget in QApplication.allWidgets():  # those polished before the guard was there
        if is_guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard
