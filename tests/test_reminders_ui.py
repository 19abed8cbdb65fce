"""Reminders in Qt: due reminders reach the GUI thread, the banner and the tray menu act on them."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThread
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.reminders import ReminderKind, ReminderService
from after_hours.availability.reminders.scheduler import JOBSTORE, SCHEDULER_OPTIONS
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.icons import svg_icon
from after_hours.ui.shell.reminders import LogindSleepWatch, ReminderCenter
from after_hours.ui.shell.reminders_view import (
    ReminderBanner,
    ReminderTraySection,
    UpcomingReminders,
)
from tests.helpers import office_hours
from tests.reminders_support import (
    SteppedScheduler,
    clock_for_apscheduler,
    local,
    service,
    setup_profile,
)


@pytest.fixture
def stepped(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[SteppedScheduler, ManualClock]]:
    clock = ManualClock(local(2026, 11, 23, 16, 40))
    with clock_for_apscheduler(monkeypatch, clock):
        sched = SteppedScheduler(timezone="UTC")
        sched.start()
        yield sched, clock
        sched.shutdown()


def test_banner_and_tray_menu_offer_open_snooze_and_dismiss(
    qtbot, profile: Profile, stepped
) -> None:  # type: ignore[no-untyped-def]
    scheduler, clock = stepped
    setup_profile(profile, clock, office_hours())
    center = ReminderCenter(service(profile, clock), scheduler)
    banner = ReminderBanner(center)
    qtbot.addWidget(banner)
    tray = QSystemTrayIcon(svg_icon("app.svg"))
    menu = QMenu()
    qtbot.addWidget(menu)
    quit_action = menu.addAction("Quit")
    tray.setContextMenu(menu)
    section = ReminderTraySection(center, tray, menu)
    center.start()
    assert banner.isHidden()
    clock.set(local(2026, 11, 23, 16, 45))
    with qtbot.waitSignal(center.notified, timeout=2000) as blocker:
        scheduler.step()
    reminder = blocker.args[0]
    assert reminder.kind is ReminderKind.WINDOW_END
    assert section.last_notified == reminder
    # The banner shows it with its four actions.
    assert not banner.isHidden()
    assert banner.title.text() == "Your hours end in 15 minutes: set your auto-reply"
    assert [banner.open_button.text(), *(b.text() for b in banner.snooze_buttons)] == [
        "Open",
        "Snooze 10 min",
        "Snooze 1 h",
    ]
    assert banner.dismiss_button.text() == "Dismiss"
    # So does the tray menu, above its own items.
    (sub,) = section.submenus()
    assert menu.actions()[0] is sub.menuAction()
    assert menu.actions()[-1] is quit_action
    assert [a.text() for a in sub.actions()] == ["Open", "Snooze 10 min", "Snooze 1 h", "Dismiss"]
    # It was recorded as shown: a restart would not show it again.
    assert ReminderService(profile.db, clock).states.get(reminder.job_id).shown_at == clock.now()
    # Snooze 10 min from the banner: gone from view, back in ten minutes.
    banner.snooze_buttons[0].click()
    assert banner.isHidden()
    assert section.submenus() == []
    job = scheduler.get_job(reminder.job_id, jobstore=JOBSTORE)
    assert job.next_run_time == local(2026, 11, 23, 16, 55)
    clock.set(local(2026, 11, 23, 16, 55))
    with qtbot.waitSignal(center.notified, timeout=2000):
        scheduler.step()
    assert banner.title.text() == "Your hours end in 5 minutes: set your auto-reply"
    # Dismiss from the tray menu.
    section.submenus()[0].actions()[3].trigger()
    assert banner.isHidden()
    assert scheduler.get_job(reminder.job_id, jobstore=JOBSTORE) is None
    center.stop()


def test_open_asks_the_app_to_show_the_reminder(qtbot, profile: Profile, stepped) -> None:  # type: ignore[no-untyped-def]
    scheduler, clock = stepped
    setup_profile(profile, clock, office_hours(), supervision__dates=["2026-11-24T16:45"])
    center = ReminderCenter(service(profile, clock), scheduler)
    banner = ReminderBanner(center)
    qtbot.addWidget(banner)
    center.start()
    clock.set(local(2026, 11, 23, 16, 45))
    with qtbot.waitSignal(center.changed, timeout=2000):
        scheduler.step()
    # Two came due at once (window end, supervision): the banner shows one and counts the other.
    assert len(center.waiting()) == 2
    assert banner.more.text() == "1 more waiting"
    supervision = next(r for r in center.waiting() if r.kind is ReminderKind.SUPERVISION_PREP)
    with qtbot.waitSignal(center.open_requested, timeout=1000) as blocker:
        center.open(supervision)
    assert blocker.args[0].period is not None
    assert len(center.waiting()) == 1
    center.stop()


def test_a_real_background_scheduler_hands_reminders_to_the_gui_thread(
    qtbot, profile: Profile
) -> None:  # type: ignore[no-untyped-def]
    from apscheduler.schedulers.background import BackgroundScheduler

    # No schedule; a supervision 24 hours from now (to the minute): its preparation is due now.
    session = (datetime.now(UTC) + timedelta(hours=24)).replace(second=0, microsecond=0)
    Settings(profile.db).update(
        {"profile.timezone": "UTC", "supervision.dates": [session.strftime("%Y-%m-%dT%H:%M")]}
    )
    # A scheduler already running when the reminder comes due: its job fires on its worker
    # thread (the app's own center starts one only for reminders ahead; see the next tests).
    scheduler = BackgroundScheduler(**SCHEDULER_OPTIONS)
    center = ReminderCenter(ReminderService(profile.db, SystemClock()), scheduler)
    banner = ReminderBanner(center)
    qtbot.addWidget(banner)
    threads: list[QThread] = []
    center.notified.connect(lambda r: threads.append(QThread.currentThread()))
    center.start()
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
        assert banner.title.text().startswith("Supervision tomorrow")
        assert banner.open_button.text() == "Export summary"
        app = QApplication.instance()
        assert app is not None
        assert threads == [app.thread()]
    finally:
        center.stop()
        scheduler.shutdown(wait=False)


def test_a_reminder_already_due_at_start_is_shown_without_apscheduler(
    qtbot, profile: Profile
) -> None:  # type: ignore[no-untyped-def]
    """Overdue at start (the preparation for tomorrow's supervision): shown, no scheduler held."""
    session = (datetime.now(UTC) + timedelta(hours=24)).replace(second=0, microsecond=0)
    Settings(profile.db).update(
        {"profile.timezone": "UTC", "supervision.dates": [session.strftime("%Y-%m-%dT%H:%M")]}
    )
    center = ReminderCenter(ReminderService(profile.db, SystemClock()))
    banner = ReminderBanner(center)
    qtbot.addWidget(banner)
    center.start()
    try:
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
        assert banner.title.text().startswith("Supervision tomorrow")
        assert [r.kind for r in center.waiting()] == [ReminderKind.SUPERVISION_PREP]
        assert center.scheduler is None  # nothing ahead within the lead: no APScheduler
        center.check_clocks()  # the next check does not show it again
        qtbot.wait(50)
        assert len(center.waiting()) == 1
    finally:
        center.stop()


def test_apscheduler_starts_only_when_a_reminder_is_near(qtbot, profile: Profile) -> None:  # type: ignore[no-untyped-def]
    """Idle in the tray with nothing due soon, the app holds no scheduler; a check starts it."""
    clock = ManualClock(datetime.now(UTC).replace(second=0, microsecond=0))
    # A supervision 25 hours away: its preparation reminder is due in an hour.
    session = clock.now() + timedelta(hours=25)
    Settings(profile.db).update(
        {"profile.timezone": "UTC", "supervision.dates": [session.strftime("%Y-%m-%dT%H:%M")]}
    )
    center = ReminderCenter(ReminderService(profile.db, clock))
    center.start()
    try:
        planned = center.planned()
        assert [r.kind for r in planned] == [ReminderKind.SUPERVISION_PREP]
        assert center.scheduler is None  # planned and listed, but nothing to run yet
        clock.advance(timedelta(minutes=45))  # 15 minutes before: not near yet
        center.check_clocks()
        assert center.scheduler is None
        clock.advance(timedelta(minutes=6))  # 9 minutes before
        center.check_clocks()
        assert center.scheduler is not None and center.scheduler.running
        job = center.scheduler.get_job(planned[0].job_id, jobstore=JOBSTORE)
        assert job is not None
        assert job.next_run_time == planned[0].at
    finally:
        center.stop()
    assert center.scheduler is not None and not center.scheduler.running


def test_the_five_minute_check_runs_on_a_qt_timer(qtbot, profile: Profile, stepped) -> None:  # type: ignore[no-untyped-def]
    scheduler, clock = stepped
    setup_profile(profile, clock, office_hours())
    center = ReminderCenter(service(profile, clock), scheduler, check_every=timedelta(minutes=5))
    center.start()
    assert center._tick.isActive() and center._tick.interval() == 5 * 60 * 1000
    center.stop()
    assert not center._tick.isActive()


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A throwaway D-Bus daemon standing in for the system bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (scripts/ensure-system-packages.sh test)")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()


def test_logind_resume_signal_rederives(qtbot, private_bus: str) -> None:  # type: ignore[no-untyped-def]
    watcher_bus = QDBusConnection.connectToBus(private_bus, "after-hours-test-watcher")
    logind_bus = QDBusConnection.connectToBus(private_bus, "after-hours-test-logind")
    try:
        assert logind_bus.registerService("org.freedesktop.login1")
        watch = LogindSleepWatch(bus=watcher_bus)
        assert watch.available
        resumed: list[bool] = []
        watch.resumed.connect(lambda: resumed.append(True))

        def send(going_to_sleep: bool) -> None:
            msg = QDBusMessage.createSignal(
                "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
            )
            msg.setArguments([going_to_sleep])
            assert logind_bus.send(msg)

        send(True)  # going to sleep: nothing to do yet
        send(False)  # woke up
        qtbot.waitUntil(lambda: resumed == [True], timeout=3000)
    finally:
        QDBusConnection.disconnectFromBus("after-hours-test-watcher")
        QDBusConnection.disconnectFromBus("after-hours-test-logind")


def test_no_system_bus_means_no_logind_watch(qtbot) -> None:  # type: ignore[no-untyped-def]
    watch = LogindSleepWatch(bus=QDBusConnection.connectToBus("unix:path=/nonexistent", "x-none"))
    assert watch.available is False
    QDBusConnection.disconnectFromBus("x-none")


def test_upcoming_reminders_list_follows_the_plan(qtbot, profile: Profile, stepped) -> None:  # type: ignore[no-untyped-def]
    scheduler, clock = stepped
    setup_profile(profile, clock, office_hours())
    center = ReminderCenter(service(profile, clock), scheduler)
    upcoming = UpcomingReminders(center, Settings(profile.db), clock, limit=2)
    qtbot.addWidget(upcoming)
    assert upcoming.list.count() == 0 and not upcoming.empty.isHidden()
    center.start()
    assert [upcoming.list.item(i).text() for i in range(upcoming.list.count())] == [
        "16:45  Your hours end in 15 minutes: set your auto-reply",
        "tomorrow 08:50  Your hours start in 10 minutes: turn off your auto-reply",
    ]
    Settings(profile.db).set("reminders.off_kinds", ["window-end", "window-start"])
    center.rederive()
    assert upcoming.list.count() == 0 and not upcoming.empty.isHidden()
    center.stop()
