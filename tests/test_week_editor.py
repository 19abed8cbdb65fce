"""The week editor: windows round-trip through blocks, and the grid edits by mouse and keyboard."""

from __future__ import annotations

from datetime import time

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt

from after_hours.availability.schedule import Window, WindowKind
from after_hours.ui.widgets.week_editor import GUTTER_W, HEADER_H, WeekEditor
from after_hours.ui.widgets.week_model import (
    blocks_from_windows,
    describe_window,
    windows_from_blocks,
)

quarter = st.integers(0, 95).map(lambda q: time(q // 4, q % 4 * 15))
windows = st.lists(
    st.builds(
        Window,
        st.frozensets(st.integers(0, 6), min_size=1),
        quarter,
        quarter,
        st.sampled_from(list(WindowKind)),
    ),
    max_size=6,
)


def canonical(ws: list[Window] | tuple[Window, ...]) -> set[tuple[int, time, time, WindowKind]]:
    return {(d, w.start, w.end, w.kind) for w in ws for d in w.days}


@given(windows)
def test_windows_survive_the_round_trip_through_blocks(ws: list[Window]) -> None:
    assert canonical(windows_from_blocks(blocks_from_windows(ws))) == canonical(ws)


def test_a_night_window_stays_one_window_across_midnight() -> None:
    night = Window(frozenset({0, 1, 2, 3}), time(22), time(2), WindowKind.ON_CALL)
    blocks = blocks_from_windows([night])
    assert [(b.start, b.end) for b in blocks] == [(1320, 1560)] * 4
    assert windows_from_blocks(blocks) == (night,)
    assert describe_window(night) == "Mon-Thu 22:00-02:00 (next day), on call"


def test_drag_adds_a_window_and_keys_resize_switch_and_delete(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = WeekEditor()
    qtbot.addWidget(editor)
    editor.resize(760, 560)
    editor.show()
    grid = editor.grid
    ppm = (grid.height() - HEADER_H) / (24 * 60)
    col = (grid.width() - GUTTER_W) / 7
    x = int(GUTTER_W + 2.5 * col)  # Wednesday
    top, bottom = int(HEADER_H + 9 * 60 * ppm), int(HEADER_H + 12 * 60 * ppm)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, top))
    qtbot.mouseMove(grid, QPoint(x, bottom))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, bottom))
    (w,) = editor.windows()
    assert w.days == {2} and abs(w.start.hour * 60 + w.start.minute - 540) <= 15
    assert abs(w.end.hour * 60 + w.end.minute - 720) <= 15
    assert editor.list.list.item(0).text().startswith("Wed")
    grid.setFocus()
    end_before = grid.blocks[0].end
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert grid.blocks[0].end == end_before + 30
    qtbot.keyClick(grid, Qt.Key.Key_O)
    assert editor.windows()[0].kind is WindowKind.ON_CALL
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert editor.windows() == ()
    assert "No windows yet" in editor.list.list.item(0).text()


def test_block_labels_shorten_to_fit_rather_than_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    """At 200% a column was too narrow and the label read "09:00-17" (issue 17)."""
    from PySide6.QtGui import QFontMetrics

    from after_hours.ui.widgets.week_editor import block_label

    m = QFontMetrics(qapp.font())
    nine, five = 9 * 60, 17 * 60
    full = m.horizontalAdvance("09:00-17:00")
    assert block_label(nine, five, m, full + 1) == "09:00-17:00"
    assert block_label(nine, five, m, full - 1) == "9-17"
    assert block_label(nine, 17 * 60 + 30, m, m.horizontalAdvance("9-17:30")) == "9-17:30"
    assert block_label(nine, five, m, m.horizontalAdvance("9")) == "9"
    assert block_label(nine, five, m, 0) == ""
