"""The reminder settings box writes the settings the planner reads, and asks for a re-derive."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime

from after_hours.availability.reminders import ReminderConfig, ReminderKind
from after_hours.availability.store import Profile, Settings
from after_hours.ui.widgets.reminders_settings import ReminderSettingsBox, _qdatetime


def test_settings_box_saves_kinds_leads_and_supervision(qtbot, profile: Profile, clock) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(profile.db)
    box = ReminderSettingsBox(settings, clock)
    qtbot.addWidget(box)
    assert box.end_lead.value() == 15 and box.start_lead.value() == 10
    box.end_lead.setValue(30)
    box.wind_down.setTime(QTime(22, 0))
    wind_down_box = next(b for b, kinds in box.kinds if ReminderKind.WIND_DOWN in kinds)
    wind_down_box.setChecked(False)
    box.new_date.setDateTime(_qdatetime(datetime(2026, 12, 3, 14, 0)))
    box.add_date()
    box.add_date()  # twice: kept once
    labels = [box.repeat.itemText(i) for i in range(box.repeat.count())]
    assert labels == [
        "Does not repeat",
        "Every week",
        "Every 2 weeks",
        "Every 4 weeks",
        "Monthly, on the first Thursday",
    ]
    box.repeat.setCurrentIndex(4)
    with qtbot.waitSignal(box.saved, timeout=1000):
        box.save()
    config = ReminderConfig.from_settings(settings)
    assert config.window_end_lead.total_seconds() == 30 * 60
    assert config.wind_down_time.hour == 22
    assert config.off_kinds == frozenset({ReminderKind.WIND_DOWN})
    assert config.supervision_dates == (datetime(2026, 12, 3, 14, 0),)
    assert config.supervision_recurrence == (
        "DTSTART:20261203T140000\nRRULE:FREQ=MONTHLY;BYDAY=+1TH"
    )
    # Opened again, it shows what was saved.
    again = ReminderSettingsBox(settings, clock)
    qtbot.addWidget(again)
    assert again.repeat.currentText() == "Monthly, on the first Thursday"
    assert again.dates.count() == 1
    again.dates.setCurrentRow(0)
    again.remove_date()
    again.repeat.setCurrentIndex(0)
    again.save()
    config = ReminderConfig.from_settings(settings)
    assert config.supervision_dates == () and config.supervision_recurrence == ""
