"""First run, driven through the real wizard offscreen, ends with a working schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import WindowKind
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.wizard import FirstRunWizard
from tests.helpers import cli


def test_wizard_to_a_working_schedule(qtbot, profile, home) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 11, 18, 15, 0, tzinfo=UTC))  # Wed 10:00 Toronto
    services = Services(profile, clock)
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.about.name, "Sam Rivera")
    wizard.about.region.setCurrentIndex(wizard.about.region.findData("UK"))
    wizard.about.zone.setEditText("Europe/Lon")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # not a zone yet
    wizard.about.zone.setEditText("Europe/London")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    # Default Mon-Fri 09:00-17:00; add on-call Mon 18:00-19:00 with the keyboard.
    grid = wizard.hours.editor.grid
    grid.setFocus()
    wizard.hours.editor.on_call.setChecked(True)
    grid.cursor_day, grid.cursor_min = 0, 18 * 60
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert [w.kind for w in wizard.hours.editor.windows()].count(WindowKind.ON_CALL) == 1
    wizard.next()
    assert wizard.currentPage() is wizard.mailbox
    wizard.button(QWizard.WizardButton.FinishButton).click()

    settings = Settings(profile.db)
    assert settings.get("app.first_run_done") is True
    assert settings.get("profile.name") == "Sam Rivera"
    assert settings.get("profile.region") == "UK"
    source = profile.db.execute("SELECT source FROM schedule_versions").fetchone()[0]
    assert source == "wizard"
    # The CLI, a different door into the same profile, now answers from the wizard's hours.
    at = "2026-11-23T18:30:00+00:00"  # Monday 18:30 in London: the on-call hour
    status = cli(home, "status", "--at", at, "--json").json()
    assert status["available"] is True and status["window"]["kind"] == "on-call"
    assert status["timezone"] == "Europe/London"
    off = cli(home, "status", "--at", "2026-11-21T12:00:00Z").out
    assert off.startswith("Off hours, back Mon 09:00")


def test_wizard_imports_a_toml_schedule(qtbot, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hours.toml"
    path.write_text(
        'timezone = "Australia/Sydney"\n\n[[window]]\ndays = ["tue", "thu"]\n'
        'start = "08:00"\nend = "12:00"\nkind = "regular"\n\n[[exception]]\n'
        'start = 2026-12-24\nend = 2026-12-28\nkind = "unavailable"\nlabel = "Holidays"\n'
    )
    wizard = FirstRunWizard(Services(profile, ManualClock(datetime(2026, 11, 18, tzinfo=UTC))))
    qtbot.addWidget(wizard)
    assert wizard.hours.import_path(path)
    schedule = wizard.schedule()
    assert schedule.timezone == "Australia/Sydney"
    assert [sorted(w.days) for w in schedule.windows] == [[1, 3]]
    assert schedule.exceptions[0].label == "Holidays"
    bad = tmp_path / "hours.txt"
    bad.write_text("x")
    assert not wizard.hours.import_path(bad)
    assert "unknown schedule format" in wizard.hours.note.text()


def test_wizard_imports_a_google_calendar_export(qtbot, profile) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    ics = Path(__file__).parent / "fixtures" / "ics" / "google-toronto.ics"
    wizard = FirstRunWizard(Services(profile, ManualClock(datetime(2026, 11, 18, tzinfo=UTC))))
    qtbot.addWidget(wizard)
    assert wizard.hours.import_path(ics), wizard.hours.note.text()
    schedule = wizard.schedule()
    assert schedule.timezone == "America/Toronto"
    assert schedule.windows  # the weekly events became windows in the grid
    assert wizard.hours.editor.list.list.count() == len(schedule.windows)


def test_a_utc_system_zone_is_accepted_and_a_wrong_zone_is_said(
    qtbot, profile, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Debian containers say ``Etc/UTC``: Next used to stay disabled with no word (issue 17)."""
    monkeypatch.setenv("TZ", "Etc/UTC")
    wizard = FirstRunWizard(Services(profile, ManualClock(datetime(2026, 11, 18, 15, tzinfo=UTC))))
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.about.zone.currentText() == "UTC"
    assert next_button.isEnabled()
    assert not wizard.about.zone_problem.isVisible()
    wizard.about.zone.setEditText("Toronto, I think")
    assert not next_button.isEnabled()
    assert wizard.about.zone_problem.isVisible()
    assert "“Toronto, I think” is not a time zone" in wizard.about.zone_problem.text()
    wizard.about.zone.setEditText("US/Eastern")  # a legacy name the zone database still knows
    assert next_button.isEnabled() and not wizard.about.zone_problem.isVisible()


def test_after_demo_no_wizard_and_a_wizard_keeps_hours_on_file(qtbot, home, profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 11, 18, 15, tzinfo=UTC))
    assert cli(home, "demo", clock=clock).status == 0
    settings = Settings(profile.db)
    assert settings.get("app.first_run_done") is True  # the app opens on the demo, no wizard
    # Even when the wizard is run over hours on file, Finish keeps them as they are.
    services = Services(profile, clock)
    before = services.schedules.current()
    versions = profile.db.execute("SELECT count(*) FROM schedule_versions").fetchone()[0]
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert services.schedules.current() == before
    assert profile.db.execute("SELECT count(*) FROM schedule_versions").fetchone()[0] == versions
