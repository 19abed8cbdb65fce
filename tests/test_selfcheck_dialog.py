"""The self-check dialog and history, driven offscreen like a person would: keys and clicks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from after_hours.availability.clock import ManualClock
from after_hours.availability.selfcheck import SelfCheck, SelfCheckStore
from after_hours.availability.store import Profile
from after_hours.ui.dialogs.selfcheck import SelfCheckDialog
from after_hours.ui.widgets.selfcheck_history import SelfCheckHistory

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def store(profile: Profile, clock: ManualClock) -> SelfCheckStore:
    return SelfCheckStore(profile.db, clock)


@pytest.fixture
def dialog(qtbot: QtBot, store: SelfCheckStore, clock: ManualClock) -> SelfCheckDialog:
    d = SelfCheckDialog(store, clock)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    return d


def focused() -> QRadioButton:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QRadioButton), widget
    return widget


def test_answering_by_keyboard_and_mouse_saves_the_hand_scored_result(
    qtbot: QtBot, dialog: SelfCheckDialog, store: SelfCheckStore, clock: ManualClock
) -> None:
    rows = dialog.rows
    assert not dialog.save_button.isEnabled()  # nothing answered yet
    # Personal by keyboard: a digit chooses and moves on to the next question.
    rows["personal_1"].focus_answer()
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(focused(), digit)
    assert focused() is rows["personal_6"].buttons()[0]
    assert dialog.save_button.isEnabled()  # personal has 5 of 6 now
    # Arrow keys move between options, Space chooses; Delete clears again.
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert rows["personal_6"].value() == 2
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert rows["personal_6"].value() is None
    # Work by mouse: high degree, high degree, somewhat, and item 7 "Often" (reversed: 25).
    for item_id, option in (("work_1", 2), ("work_2", 2), ("work_3", 3), ("work_7", 2)):
        qtbot.mouseClick(rows[item_id].buttons()[option - 1], Qt.MouseButton.LeftButton)
    # Client: exactly half answered, with the Clear button used once on the way.
    for item_id, option in (("client_1", 1), ("client_2", 2), ("client_4", 5), ("client_5", 1)):
        qtbot.mouseClick(rows[item_id].buttons()[option - 1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows["client_5"].clear_button, Qt.MouseButton.LeftButton)
    assert rows["client_5"].value() is None
    assert "12 of 19 answered" in dialog.progress.text()

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    check = saved.args[0]
    assert isinstance(check, SelfCheck)
    stored = store.latest()
    assert stored is not None and stored.at == clock.now()
    # Hand-scored: personal (100+75+75+50+25)/5 = 65; work (75+75+50+25)/4 = 56.25;
    # client (100+75+0)/3 = 58.33.
    assert stored.scores["personal"].score == 65.0
    assert stored.scores["work"].score == 56.25
    assert stored.scores["client"].score == pytest.approx(175 / 3)
    assert stored.answers["work_7"] == 2 and stored.answers["personal_6"] is None
    # The results page shows the scores, bands and the convention.
    results = dialog.results
    assert results is not None and dialog.pages.currentWidget() is results
    assert results.check == check
    assert results.score_labels["personal"].text() == "65.0"
    assert results.score_labels["work"].text() == "56.2"
    assert "Moderate (50 to under 75)" in results.band_labels["client"].text()
    assert "3 of 6 answered" in results.band_labels["client"].text()
    note = results.convention.text()
    assert "convention" in note and "General Medical Council" in note
    assert "not a diagnosis" in note
    assert any("Kristensen" in label.text() for label in results.findChildren(QLabel))


def test_every_option_has_an_accessible_name_and_its_question(dialog: SelfCheckDialog) -> None:
    assert len(dialog.rows) == 19
    for row in dialog.rows.values():
        buttons = row.buttons()
        assert [b.accessibleName() for b in buttons] == list(row.item.options)
        assert {b.accessibleDescription() for b in buttons} == {row.item.text}
        assert row.accessibleName() == row.item.text


def test_tab_moves_from_question_to_question(qtbot: QtBot, dialog: SelfCheckDialog) -> None:
    dialog.rows["work_6"].focus_answer()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() in dialog.rows["work_7"].buttons()


def test_cancel_saves_nothing_and_a_too_thin_answer_cannot_be_saved(
    qtbot: QtBot, dialog: SelfCheckDialog, store: SelfCheckStore
) -> None:
    dialog.set_answers({"personal_1": 1, "personal_2": 1, "work_1": 1, "work_2": 1, "work_3": 1})
    assert not dialog.save_button.isEnabled()
    assert "Answer at least half" in dialog.progress.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert store.count() == 0


def test_history_lists_newest_first_and_draws_each_scale(
    qtbot: QtBot, store: SelfCheckStore
) -> None:
    t0 = datetime(2026, 9, 20, 23, 30, tzinfo=UTC)  # 19:30 in Toronto
    every = {f"personal_{n}": 4 for n in range(1, 7)} | {f"work_{n}": 3 for n in range(1, 8)}
    store.record(every, at=t0)  # personal 25, work (6x50 + reversed 50) = 50
    store.record(every | {f"client_{n}": 2 for n in range(1, 7)}, at=t0 + timedelta(days=30))
    store.record({f"personal_{n}": 1 for n in range(1, 7)}, at=t0 + timedelta(days=60))
    history = SelfCheckHistory(store, TORONTO)
    qtbot.addWidget(history)
    history.resize(700, 520)
    history.show()
    qtbot.waitExposed(history)
    table = history.table
    assert table.rowCount() == 3
    assert table.item(0, 0).text() == "2026-11-19 18:30"  # newest first, in the user's zone
    assert table.item(0, 1).text() == "100.0  (high)"
    assert table.item(0, 2).text() == "not scored"
    assert table.item(2, 1).text() == "25.0  (under 50)"
    assert table.item(2, 2).text() == "50.0  (moderate)"
    history.chart.grab()  # paint it
    plotted = history.chart.plotted
    assert [len(plotted[s]) for s in ("personal", "work", "client")] == [3, 2, 1]
    # Higher scores are drawn higher, later self-checks further right.
    p = plotted["personal"]
    assert p[0].x() < p[1].x() < p[2].x()
    assert p[2].y() < p[0].y()
    store.record({f"client_{n}": 5 for n in range(1, 7)}, at=t0 + timedelta(days=61))
    history.refresh()
    assert table.rowCount() == 4 and table.item(0, 3).text() == "0.0  (under 50)"


def test_an_empty_history_says_so(qtbot: QtBot, store: SelfCheckStore) -> None:
    history = SelfCheckHistory(store, TORONTO)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 0
    history.chart.grab()
    assert all(not v for v in history.chart.plotted.values())


def test_screenshots_render_with_content(qtbot: QtBot, tmp_path: Path) -> None:
    from scripts.selfcheck_screenshots import render

    for path in render(tmp_path):
        image = QImage(str(path))
        assert image.width() > 500 and image.height() > 400, path
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 20, path  # not a blank or single-colour grab


def test_close_on_the_results_closes_the_dialog(qtbot: QtBot, dialog: SelfCheckDialog) -> None:
    dialog.set_answers({f"client_{n}": 3 for n in range(1, 7)})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.results is not None
    assert dialog.results.closing.text().startswith("Worth keeping an eye on")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.results.close_button, Qt.MouseButton.LeftButton)


def test_following_the_keyboard_hint_answers_every_question(
    qtbot: QtBot, dialog: SelfCheckDialog
) -> None:
    """A digit answers and moves on, so the hint must not also say Tab (issue 17).

    Following "Tab moves to the next question" after each digit answered 12 of 19.
    """
    hint = dialog.keys_hint.text()
    assert "moves on to the next question by itself" in hint
    assert "Tab moves to the next question" not in hint
    qtbot.waitUntil(dialog.isActiveWindow)
    first = next(iter(dialog.rows.values()))
    first.focus_answer()
    for _ in dialog.rows:  # just what the hint says: one digit per question
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert all(v == 3 for v in dialog.answers().values())
