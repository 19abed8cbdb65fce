"""Reminders in the running app: the shell's tray and window show them with their actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from after_hours.availability.clock import ManualClock
from after_hours.availability.reminders import ReminderKind
from after_hours.availability.reminders.scheduler import JOBSTORE
from after_hours.availability.store import Profile
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.reminders_shell import ShellReminders
from after_hours.ui.shell.tray import TrayController
from after_hours.ui.widgets.reminders_settings import ReminderSettingsBox
from tests.helpers import office_hours
from tests.reminders_support import SteppedScheduler, clock_for_apscheduler, local, setup_profile


@pytest.fixture
def app(
    qtbot, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Shell, ManualClock, SteppedScheduler]]:  # type: ignore[no-untyped-def]
    clock = ManualClock(local(2026, 11, 23, 16, 40))  # Monday, 20 minutes before 17:00
    setup_profile(
        profile,
        clock,
        office_hours(),
        app__first_run_done=True,
        supervision__dates=["2026-11-24T16:45"],
    )
    services = Services(profile, clock)
    with clock_for_apscheduler(monkeypatch, clock):
        scheduler = SteppedScheduler(timezone="UTC")
        scheduler.start()
        shell = Shell(services, tray=TrayController(services, tray_available=lambda: True))
        shell.reminders = ShellReminders(
            services, shell.window, shell.tray, shell.show_window, shell, scheduler=scheduler
        )
        try:
            yield shell, clock, scheduler
        finally:
            shell.dispose()
            scheduler.shutdown()


def test_a_due_reminder_shows_in_the_tray_and_the_window_with_its_actions(  # type: ignore[no-untyped-def]
    qtbot, app, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell, clock, scheduler = app
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    shell.services.settings.set("reminders.off_kinds", ["self-check"])
    shell.start()
    reminders = shell.reminders
    assert reminders is not None
    qtbot.waitUntil(lambda: bool(reminders.center.planned()), timeout=2000)
    assert shell.tray.in_tray
    # Today lists what is coming; Settings has the reminder group.
    assert reminders.upcoming is not None
    upcoming = [reminders.upcoming.list.item(i).text() for i in range(2)]
    assert upcoming == [
        "16:45  Supervision tomorrow 16:45: export your summary",
        "16:45  Your hours end in 15 minutes: set your auto-reply",
    ]
    shell.window.show_page("settings")
    assert isinstance(reminders.settings_box, ReminderSettingsBox)

    clock.set(local(2026, 11, 23, 16, 45))
    with qtbot.waitSignal(reminders.center.notified, timeout=2000):
        scheduler.step()
    banner = reminders.banner
    titles = sorted(r.title for r in reminders.center.waiting())
    assert titles == [
        "Supervision tomorrow 16:45: export your summary",
        "Your hours end in 15 minutes: set your auto-reply",
    ]
    # The window's banner: the newest reminder with Open, Snooze 10 min, Snooze 1 h, Dismiss.
    assert banner.isVisibleTo(shell.window)
    assert banner.title.text() in titles
    assert banner.more.text() == "1 more waiting"
    # The tray menu: one submenu per reminder, above the app's own items.
    subs = reminders.tray_section.submenus()
    assert len(subs) == 2
    assert shell.tray.menu.actions()[0] is subs[0].menuAction()
    window_end = next(s for s in subs if s.title().startswith("Your hours end"))
    assert [a.text() for a in window_end.actions()] == [
        "Open",
        "Snooze 10 min",
        "Snooze 1 h",
        "Dismiss",
    ]
    # Snooze 1 h from the tray: it leaves the banner and comes back at 17:45.
    window_end.actions()[2].trigger()
    assert [r.kind for r in reminders.center.waiting()] == [ReminderKind.SUPERVISION_PREP]
    job = scheduler.get_job("reminder:window-end:2026-11-23T17:00-05:00", jobstore=JOBSTORE)
    assert job.next_run_time == local(2026, 11, 23, 17, 45)
    # Open on the supervision reminder: the export dialog, with the period already chosen.
    (supervision,) = reminders.tray_section.submenus()
    assert supervision.actions()[0].text() == "Export summary"
    supervision.actions()[0].trigger()
    (dialog,) = reminders.dialogs
    assert dialog.isVisible()
    assert dialog.period() == (date(2026, 10, 27), date(2026, 11, 23))
    dialog.close()
    assert reminders.center.waiting() == []
    assert banner.isHidden()


def test_editing_the_schedule_rederives_and_a_tray_click_opens_today(  # type: ignore[no-untyped-def]
    qtbot, app, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell, clock, scheduler = app
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    shell.services.settings.set("reminders.off_kinds", ["self-check"])
    shell.start()
    reminders = shell.reminders
    assert reminders is not None
    qtbot.waitUntil(lambda: bool(reminders.center.planned()), timeout=2000)
    shell.services.settings.set("reminders.window_end_lead_minutes", 5)
    shell.services.events.settings_changed.emit()
    job = scheduler.get_job("reminder:window-end:2026-11-23T17:00-05:00", jobstore=JOBSTORE)
    assert job.next_run_time == local(2026, 11, 23, 16, 55)
    clock.set(local(2026, 11, 23, 16, 55))
    with qtbot.waitSignal(reminders.center.notified, timeout=2000):
        scheduler.step()
    # The tray message carries Open: clicking it brings the window to Today.
    shell.window.show_page("settings")
    shell.tray._on_message_clicked()
    assert shell.window.isVisible()
    assert shell.window.stack.currentWidget().layout().itemAt(0).widget() is shell.window.page(
        "today"
    )


def test_start_self_check_opens_the_questionnaire(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    shell, _clock, _scheduler = app
    shell.start()
    reminders = shell.reminders
    assert reminders is not None
    qtbot.waitUntil(lambda: bool(reminders.center.planned()), timeout=2000)
    plan = reminders.center.service.plan(timedelta(days=10))
    check = next(r for r in plan if r.kind is ReminderKind.SELF_CHECK)
    assert check.job_id == "reminder:self-check:2026-12-01"
    dialog = reminders.open(check)
    assert dialog is not None and dialog.windowTitle() == "Burnout self-check"
    dialog.close()
