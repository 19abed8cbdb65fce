"""Run work just after the app's first paint, so the first frame waits on nothing it does not show.

A zero-delay ``QTimer`` is not enough: Qt runs due timers before it delivers the paint that
``show()`` posted, so work on such a timer still delays the first frame. This watches the
application's events for the first ``Paint`` (of any window: the main window, or the first-run
wizard), then runs the callbacks on the next turn of the event loop, once that paint is done.
A start that paints nothing (``--minimized``: only the tray icon) gets them after
``fallback_ms`` instead, so nothing that must run is left waiting on a paint that never comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

_PAINT = QEvent.Type.Paint
FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Fires its callbacks once: just after the first paint, or at the fallback time."""

    def __init__(
        self, app: QCoreApplication, callbacks: list[Callable[[], None]], fallback_ms: int
    ) -> None:
        super().__init__(app)
        self._app = app
        self._callbacks = callbacks
        app.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _PAINT:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint, not during it
        return False

    def _fire(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        self._app.removeEventFilter(self)
        for callback in callbacks:
            callback()
        self.deleteLater()


def after_first_paint(*callbacks: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Call ``callbacks`` in order once the app has painted its first frame (see above)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("after_first_paint needs a QApplication")
    _FirstPaint(app, list(callbacks), fallback_ms)
