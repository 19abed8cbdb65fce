"""Run work just after the app's first paint, so the first frame waits on nothing it does not show.

A zero-delay ``QTimer`` is not enough: Qt runs due timers before it delivers the paint that
``show()`` posted, so work on such a timer still delays the first frame. This watches the
window being shown (the main window, or the first-run wizard) for its first ``Paint``, then
runs the callbacks on the next turn of the event loop, once that paint is done. A start that
paints nothing (``--minimized``: only the tray icon) gets them after ``fallback_ms`` instead,
so nothing that must run is left waiting on a paint that never comes.

The filter sits on that one window, not on the application: an application-wide Python event
filter sees every event of every object, and PySide resolves each unfamiliar object's Python
type on the way, building hundreds of enum types (about 50 ms before the first paint here).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINT = QEvent.Type.Paint
FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Fires its callbacks once: just after the first paint, or at the fallback time."""

    def __init__(
        self, window: QWidget, callbacks: list[Callable[[], object]], fallback_ms: int
    ) -> None:
        # Owned by the application: the window may go (a wizard closes) before it fires.
        super().__init__(QCoreApplication.instance())
        self._window = window
        self._callbacks = callbacks
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _PAINT and self._callbacks:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint, not during it
        return False

    def _fire(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        if not callbacks:
            return
        if shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
        for callback in callbacks:
            callback()
        self.deleteLater()


def after_first_paint(
    window: QWidget, *callbacks: Callable[[], object], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call ``callbacks`` in order once ``window`` has painted (see above)."""
    _FirstPaint(window, list(callbacks), fallback_ms)
