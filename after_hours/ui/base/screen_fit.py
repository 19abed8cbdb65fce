"""Open a window at a comfortable size, but never larger than the screen it opens on.

Windows used to ``resize()`` to fixed sizes (the crisis panel 900x780, the wizard 760x640),
which at 1024x600 put their buttons off-screen and at 200% on 1366x800 opened the main window
at 1960x1400. :func:`fit_to_screen` caps the preferred size at the screen's available area,
less room for the window frame, so the whole window, buttons included, is always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders the window manager adds around a window's client area.
FRAME_ALLOWANCE = QSize(16, 48)


def available_size(widget: QWidget) -> QSize:
    """The client area a window can have on its screen (or the primary one)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1024, 600) - FRAME_ALLOWANCE
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` x ``height``, capped at what its screen can show."""
    room = available_size(widget)
    size = QSize(min(width, room.width()), min(height, room.height()))
    size = size.expandedTo(widget.minimumSize())
    widget.resize(size)
    return size
