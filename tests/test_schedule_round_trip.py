"""The Schedule page round trip: draw a window, add and remove exceptions, save, reopen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import ExceptionKind, WindowKind
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages.schedule import ExceptionDialog, SchedulePage
from after_hours.ui.widgets.week_editor import GUTTER_W, HEADER_H
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return Services(profile, clock)


def _add_exception(page, monkeypatch, first: date, last: date, label: str) -> None:  # type: ignore[no-untyped-def]
    def exec_(dialog: ExceptionDialog) -> int:
        dialog.first.setDate(first)
        dialog.last.setDate(last)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ExceptionKind.UNAVAILABLE))
        dialog.label.setText(label)
        return 1

    monkeypatch.setattr(ExceptionDialog, "exec", exec_)
    page.add_exception()


def test_drawn_window_and_exceptions_survive_save_and_reopen(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = SchedulePage(services)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitExposed(page)
    grid = page.editor.grid
    before = page.editor.windows()
    # Draw Saturday 10:00-12:00 with the mouse, then make it on call with the keyboard.
    ppm = (grid.height() - HEADER_H) / (24 * 60)
    col = (grid.width() - GUTTER_W) / 7
    x = int(GUTTER_W + 5.5 * col)
    top, bottom = int(HEADER_H + 10 * 60 * ppm), int(HEADER_H + 12 * 60 * ppm)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, top))
    qtbot.mouseMove(grid, QPoint(x, bottom))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, bottom))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_O)
    drawn = page.editor.windows()
    assert len(drawn) == len(before) + 1
    saturday = [w for w in drawn if w.days == {5}]
    assert saturday and saturday[0].kind is WindowKind.ON_CALL

    _add_exception(page, monkeypatch, date(2026, 12, 24), date(2027, 1, 1), "Holidays")
    _add_exception(page, monkeypatch, date(2027, 2, 16), date(2027, 2, 16), "Dentist")
    assert page.exceptions_list.count() == 2
    page.exceptions_list.setCurrentRow(1)
    page.remove_exception()
    assert [page.exceptions_list.item(i).text() for i in range(page.exceptions_list.count())] == [
        "2026-12-24 to 2027-01-01: away (Holidays)"
    ]
    with qtbot.waitSignal(services.events.schedule_changed):
        assert page.save()

    again = SchedulePage(services)
    qtbot.addWidget(again)
    assert again.editor.windows() == drawn
    assert again.exceptions_list.count() == 1
    saved = services.schedules.current()
    assert saved is not None
    (holiday,) = saved.exceptions
    assert holiday.label == "Holidays" and holiday.kind is ExceptionKind.UNAVAILABLE
    assert holiday.start.date() == date(2026, 12, 24) and holiday.end.date() == date(2027, 1, 2)
    # During the holidays the schedule says away, even on a weekday in hours.
    at = datetime(2026, 12, 29, 15, 0, tzinfo=UTC)  # Tue 10:00 Toronto
    assert services.schedules.history().state_at(at).value == "after_hours"
