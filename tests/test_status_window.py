"""The minimal status window shows the schedule's answer and re-arms itself at the next edge."""

from __future__ import annotations

from datetime import UTC, datetime

from availability.clock import ManualClock
from availability.schedule_store import ScheduleStore
from availability.store import Settings
from tests.helpers import office_hours
from ui.status_window import StatusWindow


def test_window_headline_follows_the_clock(qtbot, profile) -> None:  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(datetime(2026, 11, 18, 15, 0, tzinfo=UTC))  # Wed 10:00 Toronto
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    w = StatusWindow(profile, clock)
    qtbot.addWidget(w)
    assert w.headline.text() == "Available until 17:00"
    # The timer waits until the window's end (7 h), never polling faster.
    assert w._timer.isActive() and w._timer.interval() == 30 * 60 * 1000
    clock.set(datetime(2026, 11, 20, 22, 1, tzinfo=UTC))  # Fri 17:01
    w.refresh()
    assert w.headline.text() == "Off hours, back Mon 09:00"
