"""Every window and dialog fits a 1024x600 screen (and so 1366x768 at 125%) (issue 17).

At 1024x600 the wizard (760x640) hid Back/Next/Cancel, the Schedule page forced the window to
777 px, and the crisis panel opened at 900x780. A window's minimum size is what the user can
shrink it to; it must not exceed the screen, and neither may the size it opens at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from after_hours.ui.base.screen_fit import FRAME_ALLOWANCE
from tests.windows import WINDOWS, build, demo_shell

# A 1024x600 screen less the title bar and borders around the window.
SMALL = QSize(1024, 600) - FRAME_ALLOWANCE


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_window_fits_a_small_screen(qtbot, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    with demo_shell(tmp_path / "demo") as shell:
        window = build(shell, name)
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        layout = window.layout()
        if layout is not None:
            smallest = smallest.expandedTo(layout.totalMinimumSize())
        assert smallest.width() <= SMALL.width() and smallest.height() <= SMALL.height(), (
            f"{name} cannot shrink below {smallest.width()}x{smallest.height()}"
        )
        # And it opens inside its screen, whatever that screen is (800x800 offscreen).
        opened, room = window.size(), window.screen().availableGeometry().size()
        assert opened.width() <= room.width() and opened.height() <= room.height(), (
            f"{name} opens at {opened.width()}x{opened.height()} on a {room.width()}x{room.height()} screen"
        )
