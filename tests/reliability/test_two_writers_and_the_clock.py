"""Two writers on one profile, and a clock that jumps: nothing lost, nothing doubled, no burst.

The writers are real: the app's own ``Services`` logging in this process while ``after-hours``
commands run as separate processes on the same profile. The clock cases drive the real shell,
its reminder center and a real APScheduler with the test's clock, as the reminder tests do.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.contacts.model import Channel, NewContact
from after_hours.availability.intake import log_message
from after_hours.availability.reminders import ReminderKind
from after_hours.availability.schedule import Schedule, Window
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, open_profile
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.reminders_shell import ShellReminders
from after_hours.ui.shell.tray import TrayController
from tests.helpers import WEEKDAYS, office_hours
from tests.reminders_support import SteppedScheduler, clock_for_apscheduler, local, setup_profile
from tests.test_reminders_scheduler import Monotonic

START = datetime(2026, 3, 2, 8, tzinfo=UTC)


def _csv(path: Path, rows: int, tag: str, offset: int = 0) -> Path:
    lines = ["at,channel,client,minutes,note"]
    lines += [
        f"{(START + timedelta(minutes=7 * (offset + i))).isoformat()},sms,J.D.,3,{tag} {i}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _after_hours(home: Path, *args: str) -> subprocess.Popen[str]:
    """The real command, as its own process on the same profile."""
    return subprocess.Popen(
        [sys.executable, "-m", "after_hours.ui.main", "--home", str(home), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


LOGGER = """
import sys
from after_hours.availability.cli import run
for i in range(int(sys.argv[2])):
    at = f"2026-04-0{1 + i % 9}T2{i % 4}:{i % 60:02d}:00Z"
    if run(["--home", sys.argv[1], "log", "--channel", "phone", "--at", at, "--client", "K.L."]):
        sys.exit(1)
"""


def _rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    with open_profile(home) as profile:
        return [tuple(r) for r in profile.db.execute(sql)]


def test_the_app_and_two_commands_writing_at_once_lose_and_double_nothing(
    profile: Profile, home: Path, tmp_path: Path
) -> None:
    services = Services(profile, SystemClock())
    batch = _csv(tmp_path / "year.csv", 300, "imported")
    importer = _after_hours(home, "contacts", "import", str(batch))
    logger = subprocess.Popen(
        [sys.executable, "-c", LOGGER, str(home), "40"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    app_ids: list[int] = []
    n = 0
    # The app keeps logging (a quick-log with pasted text) until both commands are done.
    while importer.poll() is None or logger.poll() is None or n < 20:
        new = NewContact(START + timedelta(days=40, minutes=n), Channel.TEXT, client="A.B.")
        app_ids.append(log_message(services.contacts, new, "Are you around tonight?").contact.id)
        n += 1
    imp_out, imp_err = importer.communicate(timeout=60)
    log_out, log_err = logger.communicate(timeout=60)
    assert importer.returncode == 0, imp_err
    assert logger.returncode == 0, log_err
    assert imp_out.startswith("Imported 300 contact(s) from year.csv")
    cli_ids = [int(line) for line in log_out.split()]
    assert len(cli_ids) == 40
    stored = {int(r[0]) for r in _rows(home, "SELECT id FROM contacts")}
    assert set(app_ids) <= stored and set(cli_ids) <= stored
    assert len(stored) == len(app_ids) + 40 + 300
    imported = _rows(home, "SELECT count(*), count(DISTINCT note) FROM contacts WHERE note != ''")
    assert imported == [(300, 300)]
    assert _rows(home, "PRAGMA integrity_check") == [("ok",)]
    assert services.contacts.count() == len(stored)  # the app sees the others' writes


def test_two_imports_at_once_each_all_or_nothing_and_nothing_doubled(
    home: Path, tmp_path: Path
) -> None:
    open_profile(home).close()
    same = _csv(tmp_path / "phone.csv", 200, "phone")
    other = _csv(tmp_path / "laptop.csv", 150, "laptop", offset=1000)
    broken = _csv(tmp_path / "broken.csv", 120, "broken", offset=3000)
    broken.write_text(broken.read_text() + "not-a-date,sms,J.D.,3,bad\n", encoding="utf-8")
    procs = [_after_hours(home, "contacts", "import", str(p)) for p in (same, same, other, broken)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    first, second, third, fourth = results
    # The same file twice at once: one imports it, the other finds every row already there.
    outs = sorted([first[1], second[1]])
    assert outs[0].startswith("Imported 0 contact(s) from phone.csv")
    assert "200 were already in the log and were skipped." in outs[0]
    assert outs[1].startswith("Imported 200 contact(s) from phone.csv")
    assert first[0] == second[0] == 0
    assert third[0] == 0 and third[1].startswith("Imported 150 contact(s) from laptop.csv")
    assert fourth[0] == 2 and "broken.csv was not imported; nothing was changed." in fourth[2]
    assert "Row 122, column 'at'" in fourth[2]
    counts = dict(
        _rows(
            home, "SELECT substr(note, 1, instr(note, ' ') - 1), count(*) FROM contacts GROUP BY 1"
        )
    )
    assert counts == {"phone": 200, "laptop": 150}


# -- the clock ---------------------------------------------------------------------------------


@pytest.fixture
def running_app(
    qtbot, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Shell, ManualClock, SteppedScheduler, Monotonic]]:  # type: ignore[no-untyped-def]
    clock = ManualClock(local(2026, 11, 23, 16, 40))  # Monday, 20 minutes before 17:00
    monkeypatch.setenv("TZ", "America/Toronto")  # the laptop's own zone
    setup_profile(
        profile,
        clock,
        office_hours(),
        app__first_run_done=True,
        profile__timezone="",  # follow the system's zone, wherever the laptop is
        reminders__off_kinds=["self-check"],
        supervision__dates=["2026-11-24T16:45"],
    )
    services = Services(profile, clock)
    mono = Monotonic()
    with clock_for_apscheduler(monkeypatch, clock):
        scheduler = SteppedScheduler(timezone="UTC")
        scheduler.start()
        shell = Shell(services, tray=TrayController(services, tray_available=lambda: False))
        shell.reminders = ShellReminders(
            services,
            shell.window,
            shell.tray,
            shell.show_window,
            shell,
            scheduler=scheduler,
            monotonic=mono,
        )
        try:
            yield shell, clock, scheduler, mono
        finally:
            shell.dispose()
            scheduler.shutdown()


def test_an_evening_asleep_across_four_reminders_shows_each_kind_once_on_wake(  # type: ignore[no-untyped-def]
    qtbot, running_app
) -> None:
    shell, clock, scheduler, mono = running_app
    # Office hours and a short evening slot: 09:00-17:00 and 18:00-19:00 on weekdays.
    evening = Schedule(
        "America/Toronto",
        (Window(WEEKDAYS, time(9), time(17)), Window(WEEKDAYS, time(18), time(19))),
    )
    ScheduleStore(shell.services.profile.db, clock).save(evening, source="editor")
    shell.start()
    reminders = shell.reminders
    assert reminders is not None
    qtbot.waitUntil(lambda: bool(reminders.center.planned()), timeout=2000)
    shown: list[str] = []
    reminders.center.notified.connect(lambda r: shown.append(r.job_id))
    # Due while the lid is closed, 16:42 to 21:00: hours end (16:45), supervision prep
    # (16:45, for tomorrow 16:45), evening slot starts (17:50), evening slot ends (18:45).
    due = [r for r in reminders.center.planned() if r.at <= local(2026, 11, 23, 21)]
    assert sorted(r.kind.value for r in due) == [
        "supervision-prep",
        "window-end",
        "window-end",
        "window-start",
    ]
    clock.set(local(2026, 11, 23, 21))
    mono.advance(timedelta(seconds=3))  # the monotonic clock stood still during sleep
    scheduler.step()  # the scheduler's own timer comes back first, late
    reminders.center.check_clocks()  # then the 5-minute check notices the resume
    scheduler.step()
    QApplication.processEvents()  # due reminders reach the GUI thread through its queue
    waiting = reminders.center.waiting()
    kinds = [r.kind for r in waiting]
    assert len(kinds) == len(set(kinds)), kinds  # never two of one kind: no burst
    assert set(kinds) == {ReminderKind.WINDOW_END, ReminderKind.SUPERVISION_PREP}
    (window_end,) = [r for r in waiting if r.kind is ReminderKind.WINDOW_END]
    assert "19:00" in window_end.title  # the latest edge, worded for now, not 17:00's
    assert len(shown) == len(set(shown)) == len(waiting)  # one notification each
    assert reminders.banner.more.text() == "1 more waiting"
    # Nothing comes back on the following checks.
    for _ in range(3):
        clock.advance(timedelta(minutes=5))
        mono.advance(timedelta(minutes=5))
        reminders.center.check_clocks()
        scheduler.step()
        QApplication.processEvents()
    assert len(shown) == len(waiting)
    assert shell.services.contacts.count() == 0


def test_a_time_zone_change_while_running_moves_local_reminders_and_the_tray(  # type: ignore[no-untyped-def]
    qtbot, running_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell, clock, scheduler, mono = running_app
    clock.set(local(2026, 11, 23, 20, 45))  # an evening contact makes a wind-down reminder
    shell.services.contacts.log(
        NewContact(local(2026, 11, 23, 20, 30), Channel.TEXT, client="J.D.")
    )
    shell.start()
    reminders = shell.reminders
    assert reminders is not None
    qtbot.waitUntil(lambda: bool(reminders.center.planned()), timeout=2000)

    def planned() -> dict[ReminderKind, datetime]:
        return {r.kind: r.at for r in reminders.center.planned()}

    assert planned()[ReminderKind.WIND_DOWN] == local(2026, 11, 23, 21, 30)
    shell.tray.refresh()  # what its edge timer does at 17:00
    assert "Tue 09:00" in shell.tray.icon.toolTip()  # "back Tue 09:00", Toronto time
    window_start = planned()[ReminderKind.WINDOW_START]
    monkeypatch.setenv("TZ", "America/Vancouver")  # the laptop crossed the continent
    clock.advance(timedelta(minutes=5))
    mono.advance(timedelta(minutes=5))
    reminders.center.check_clocks()
    shell.services.events.settings_changed.emit()  # what the shell's own zone check emits
    # Wind-down follows the user's evening, wherever they are: 21:30 in Vancouver now.
    assert planned()[ReminderKind.WIND_DOWN] == datetime(2026, 11, 24, 5, 30, tzinfo=UTC)
    # Working hours stay in the schedule's zone: the same instant, shown in the new zone.
    assert planned()[ReminderKind.WINDOW_START] == window_start
    shell.tray.refresh()
    assert "Tue 06:00" in shell.tray.icon.toolTip()
    clock.set(datetime(2026, 11, 24, 5, 30, tzinfo=UTC))
    mono.advance(timedelta(hours=3))
    scheduler.step()
    QApplication.processEvents()
    assert [r.kind for r in reminders.center.waiting()] == [ReminderKind.WIND_DOWN]
