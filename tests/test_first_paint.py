"""Work deferred to just after the first paint runs after it, and runs even with no paint."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel

from after_hours.ui.base.first_paint import after_first_paint


class CountingLabel(QLabel):
    """A window that counts its paints."""

    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_the_callbacks_run_in_order_once_the_window_has_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = CountingLabel("Available until 17:00")
    qtbot.addWidget(window)
    seen: list[tuple[str, int]] = []
    window.show()
    after_first_paint(
        window,
        lambda: seen.append(("first", window.paints)),
        lambda: seen.append(("second", window.paints)),
        fallback_ms=60_000,  # the paint, not the fallback, must trigger them
    )
    assert seen == []  # not during start-up itself
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert [name for name, _ in seen] == ["first", "second"]
    assert all(paints >= 1 for _, paints in seen)


def test_a_start_that_paints_nothing_still_runs_them_after_the_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = CountingLabel("in the tray only")  # --minimized: never shown
    qtbot.addWidget(window)
    seen: list[int] = []
    after_first_paint(window, lambda: seen.append(window.paints), fallback_ms=50)
    qtbot.waitUntil(lambda: seen == [0], timeout=10_000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.paints >= 1, timeout=10_000)
    assert seen == [0]  # once only
