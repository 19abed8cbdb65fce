"""The Schedule and Settings pages: edit, save, import, export; start at login; settings."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from after_hours.availability.autostart import APP_ID, Autostart
from after_hours.availability.calendars import load_schedule
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import Window, WindowKind
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages.schedule import SchedulePage
from after_hours.ui.pages.settings import SettingsPage
from tests.helpers import office_hours


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))  # Fri 23:40 Toronto
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return Services(profile, clock)


def test_adding_friday_night_on_call_changes_the_status(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = SchedulePage(services)
    qtbot.addWidget(page)
    assert services.status().headline(services.display_zone()) == "Off hours, back Mon 09:00"
    night = Window(frozenset({4}), time(22), time(2), WindowKind.ON_CALL)
    page.editor.set_windows([*page.editor.windows(), night])
    with qtbot.waitSignal(services.events.schedule_changed):
        assert page.save()
    assert services.status().headline(services.display_zone()) == "On call until Sat 02:00"
    # A new version from now: the contact-judging history keeps the old hours before it.
    assert len(services.schedules.history().versions) == 2


def test_import_then_export_round_trips(qtbot, services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.toml"
    src.write_text(
        'timezone = "Europe/Dublin"\n\n[[window]]\ndays = ["mon"]\nstart = "10:00"\n'
        'end = "14:00"\nkind = "regular"\n'
    )
    page = SchedulePage(services)
    qtbot.addWidget(page)
    assert page.import_path(src)
    assert page.zone.zone() == "Europe/Dublin"
    assert "check it, then Save" in page.state.text()
    out = tmp_path / "out.toml"
    monkeypatch.setattr(
        "after_hours.ui.pages.schedule.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), "")
    )
    page.export_file()
    again = load_schedule(out)
    assert again.timezone == "Europe/Dublin" and again.windows == page.editor.windows()


def test_start_at_login_checkbox_writes_the_autostart_entry(
    qtbot, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    auto = Autostart("linux", config_home=tmp_path)
    page = SettingsPage(
        services, autostart=auto, command=lambda: ["/usr/bin/after-hours", "--minimized"]
    )
    qtbot.addWidget(page)
    assert not page.start_at_login.isChecked()
    page.start_at_login.setChecked(True)
    entry = tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert "Exec=/usr/bin/after-hours --minimized" in entry.read_text()
    assert services.settings.get("app.start_at_login") is True
    page.start_at_login.setChecked(False)
    assert not entry.exists()


def test_settings_save_name_region_and_zone(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(services, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(page)
    page.name.setText("Sam Rivera")
    page.region.setCurrentIndex(page.region.findData("NZ"))
    page.zone.set_zone("Pacific/Auckland")
    with qtbot.waitSignal(services.events.settings_changed):
        assert page.save()
    s = services.settings
    assert (s.get("profile.name"), s.get("profile.region"), s.display_zone_name()) == (
        "Sam Rivera",
        "NZ",
        "Pacific/Auckland",
    )
    page.zone.setEditText("Mars/Olympus")
    assert not page.save()
    assert page.saved.text().startswith("“Mars/Olympus” is not a time zone")
    assert s.display_zone_name() == "Pacific/Auckland"


def test_settings_apply_as_they_change_with_no_save_button(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One save model (issue 17): fields apply when left, like the thresholds and lines."""
    from PySide6.QtWidgets import QPushButton

    page = SettingsPage(services, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(page)
    texts = [b.text().replace("&", "") for b in page.findChildren(QPushButton)]
    assert "Save settings" not in texts
    with qtbot.waitSignal(services.events.settings_changed):
        page.region.setCurrentIndex(page.region.findData("UK"))
    assert services.settings.get("profile.region") == "UK"
    assert page.saved.text() == "Saved: region."
    page.name.setText("Sam Rivera")
    page.name.editingFinished.emit()
    assert services.settings.get("profile.name") == "Sam Rivera"
    assert page.saved.text() == "Saved: your name."


def test_own_lines_and_on_call_procedure_reach_the_crisis_panel(
    qtbot, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.dialogs.crisis_content import build_content

    page = SettingsPage(services, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(page)
    page.on_call.setText("call the on-call supervisor at 555-0100")
    assert page.save()
    page.own_lines.add_line("Mobile crisis team", number="555-0199")
    assert page.own_lines.list.item(0).text() == "Mobile crisis team: 555-0199"
    content = build_content(services)
    assert content.lines[0].name == "Mobile crisis team"  # the user's own first
    assert any("555-0100" in step for step in content.steps)
    page.own_lines.list.setCurrentRow(0)
    page.own_lines.remove()
    assert page.own_lines.list.count() == 1
    assert page.own_lines.list.item(0).text().startswith("None yet")
    assert (
        services.profile.db.execute("SELECT count(*) FROM crisis_user_resources").fetchone()[0] == 0
    )


def test_unsaved_schedule_edits_are_shown_until_saved(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: editing the week showed nothing until Save, and nothing if you left."""
    from datetime import time

    from after_hours.availability.schedule import Window
    from after_hours.ui.pages.schedule import SchedulePage

    page = SchedulePage(services)
    qtbot.addWidget(page)
    assert not page.unsaved and page.save_button.text() == "&Save hours"
    page.editor.set_windows([*page.editor.windows(), Window(frozenset({5}), time(10), time(12))])
    page.editor.changed.emit()
    assert page.unsaved
    assert page.state.text() == "Unsaved changes: Save hours to keep them."
    assert page.save_button.text() == "&Save hours *"
    assert page.save()
    assert not page.unsaved and page.save_button.text() == "&Save hours"
