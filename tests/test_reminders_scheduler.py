"""The APScheduler adapter: jobs follow the plan through edits, sleep, clock and zone changes.

APScheduler's own code decides what is due, coalesces and applies the misfire grace; it reads
the test's clock (``clock_for_apscheduler``) and runs only when the test calls ``step()``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.reminders import (
    JOB_OPTIONS,
    ClockEvent,
    ClockWatch,
    Reminder,
    ReminderKind,
    ReminderScheduler,
)
from after_hours.availability.reminders.scheduler import JOBSTORE
from after_hours.availability.schedule import Schedule, Window
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import WEEKDAYS, office_hours
from tests.reminders_support import (
    FakeContacts,
    SteppedScheduler,
    clock_for_apscheduler,
    local,
    service,
    setup_profile,
    wall,
)

THREE_WINDOWS = Schedule(
    "America/Toronto",
    (
        Window(WEEKDAYS, time(8), time(10)),
        Window(WEEKDAYS, time(12), time(14)),
        Window(WEEKDAYS, time(16), time(18)),
    ),
)


class Monotonic:
    """A monotonic clock that, like the real one, stops while the machine sleeps."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, delta: timedelta) -> None:
        self.value += delta.total_seconds()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(local(2026, 11, 23, 7))  # Monday 07:00 Toronto


@pytest.fixture
def scheduler(monkeypatch: pytest.MonkeyPatch, clock: ManualClock) -> Iterator[SteppedScheduler]:
    with clock_for_apscheduler(monkeypatch, clock):
        sched = SteppedScheduler(timezone=UTC)
        sched.start()
        try:
            yield sched
        finally:
            sched.shutdown()


def job_times(scheduler: SteppedScheduler) -> dict[str, datetime]:
    return {job.id: job.next_run_time for job in scheduler.get_jobs(jobstore=JOBSTORE)}


def test_jobs_mirror_the_plan_with_a_policy_that_keeps_missed_reminders(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    setup_profile(profile, clock, office_hours())
    shown: list[Reminder] = []
    reminders = ReminderScheduler(scheduler, service(profile, clock), shown.append)
    plan = reminders.start()
    assert job_times(scheduler) == {r.job_id: r.at for r in plan}
    job = scheduler.get_job("reminder:window-end:2026-11-23T17:00-05:00")
    assert job.next_run_time == local(2026, 11, 23, 16, 45)
    # Not APScheduler's default of 1 second, which would drop a reminder missed in sleep.
    assert (job.coalesce, job.misfire_grace_time, job.max_instances) == (True, 6 * 3600, 1)
    assert JOB_OPTIONS["misfire_grace_time"] == 6 * 3600
    clock.set(local(2026, 11, 23, 8, 50))
    scheduler.step()
    assert [r.job_id for r in shown] == ["reminder:window-start:2026-11-23T09:00-05:00"]
    scheduler.step()
    assert len(shown) == 1  # ran once, and the job is gone
    assert "reminder:window-start:2026-11-23T09:00-05:00" not in job_times(scheduler)


def test_sleep_through_several_reminders_shows_the_latest_of_each_kind_once(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    setup_profile(profile, clock, THREE_WINDOWS)
    shown: list[Reminder] = []
    mono = Monotonic()
    svc = service(profile, clock)
    reminders = ReminderScheduler(scheduler, svc, shown.append, monotonic=mono)
    reminders.start()
    scheduler.step()
    assert shown == []
    # The lid closes at 07:00 and opens at 17:30: the wall clock moved 10.5 h, the
    # monotonic clock (and so every timer) did not. Five reminders fell in the gap.
    clock.set(local(2026, 11, 23, 17, 30))
    mono.advance(timedelta(seconds=2))
    # The scheduler's own timer comes back first, late, and finds all five due.
    scheduler.step()
    assert [(r.kind, wall(r.at)[1]) for r in shown] == [(ReminderKind.WINDOW_START, time(15, 50))]
    assert shown[0].title == "Your hours started at 16:00: turn off your auto-reply"
    # Then the 5-minute check sees the jump, re-derives, and nothing is shown twice.
    assert reminders.check_clocks() == [ClockEvent.RESUME]
    scheduler.step()
    assert len(shown) == 1
    assert [r.job_id for r in reminders.planned()][:1] == [
        "reminder:window-end:2026-11-23T18:00-05:00"
    ]
    # The GUI records it as shown; a restart of the app does not bring it back either.
    svc.mark_shown(shown[0])
    again = ReminderScheduler(scheduler, svc, shown.append, monotonic=mono)
    again.start()
    scheduler.step()
    assert len(shown) == 1


def test_a_wake_detected_before_the_scheduler_catches_up_shows_one_of_each_kind(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    setup_profile(profile, clock, THREE_WINDOWS)
    shown: list[Reminder] = []
    mono = Monotonic()
    contacts = FakeContacts()
    reminders = ReminderScheduler(
        scheduler, service(profile, clock, contacts=contacts), shown.append, monotonic=mono
    )
    reminders.start()
    clock.set(local(2026, 11, 23, 11, 55))  # asleep 07:00-11:55
    assert reminders.check_clocks() == [ClockEvent.RESUME]
    scheduler.step()
    # 07:50 start (its window closed at 10:00: stale), 09:45 end (still true: off until 12:00),
    # 11:50 start (true). One of each kind, no burst.
    assert sorted((r.kind.value, wall(r.at)[1]) for r in shown) == [
        ("window-end", time(9, 45)),
        ("window-start", time(11, 50)),
    ]


def test_an_edit_rederives_the_jobs_under_the_same_ids(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    setup_profile(profile, clock, office_hours())
    reminders = ReminderScheduler(scheduler, service(profile, clock), lambda r: None)
    reminders.start()
    assert job_times(scheduler)["reminder:window-end:2026-11-23T17:00-05:00"] == local(
        2026, 11, 23, 16, 45
    )
    # The lead time changes: same job, new time.
    Settings(profile.db).set("reminders.window_end_lead_minutes", 30)
    reminders.rederive()
    assert job_times(scheduler)["reminder:window-end:2026-11-23T17:00-05:00"] == local(
        2026, 11, 23, 16, 30
    )
    # The hours change from today: the 17:00 job goes, an 18:00 one comes.
    later = Schedule("America/Toronto", (Window(WEEKDAYS, time(10), time(18)),))
    ScheduleStore(profile.db, clock).save(later, source="editor")
    reminders.rederive()
    jobs = job_times(scheduler)
    assert "reminder:window-end:2026-11-23T17:00-05:00" not in jobs
    assert jobs["reminder:window-end:2026-11-23T18:00-05:00"] == local(2026, 11, 23, 17, 30)
    assert jobs["reminder:window-start:2026-11-23T10:00-05:00"] == local(2026, 11, 23, 9, 50)
    # Pausing monitoring empties the scheduler.
    Settings(profile.db).set("monitoring.paused_until", "indefinitely")
    reminders.rederive()
    assert job_times(scheduler) == {}


def test_a_zone_change_moves_the_reminders_that_follow_local_time(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    clock.set(local(2026, 11, 23, 20, 45))
    setup_profile(profile, clock, office_hours(), profile__timezone="")
    here = {"zone": "America/Toronto"}
    contacts = FakeContacts(local(2026, 11, 23, 20, 30))
    mono = Monotonic()
    reminders = ReminderScheduler(
        scheduler,
        service(profile, clock, contacts=contacts, zone_name=lambda: here["zone"]),
        lambda r: None,
        monotonic=mono,
    )
    reminders.start()
    wind_id = "reminder:wind-down:2026-11-23"
    assert job_times(scheduler)[wind_id] == local(2026, 11, 23, 21, 30)
    here["zone"] = "America/Vancouver"
    clock.advance(timedelta(minutes=5))
    mono.advance(timedelta(minutes=5))
    assert reminders.check_clocks() == [ClockEvent.ZONE_CHANGE]
    assert job_times(scheduler)[wind_id] == datetime(2026, 11, 24, 5, 30, tzinfo=UTC)


def test_the_periodic_check_refreshes_a_stale_plan(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    clock.set(local(2026, 11, 23, 18))
    setup_profile(profile, clock, office_hours())
    contacts = FakeContacts()
    mono = Monotonic()
    shown: list[Reminder] = []
    reminders = ReminderScheduler(
        scheduler, service(profile, clock, contacts=contacts), shown.append, monotonic=mono
    )
    reminders.start()
    assert "reminder:wind-down:2026-11-23" not in job_times(scheduler)
    # A contact is logged somewhere that does not call rederive (the headless watcher).
    contacts.instants.append(local(2026, 11, 23, 18, 30))
    for _ in range(12):  # an hour of 5-minute checks
        clock.advance(timedelta(minutes=5))
        mono.advance(timedelta(minutes=5))
        assert reminders.check_clocks() == []
    assert "reminder:wind-down:2026-11-23" in job_times(scheduler)


def test_wall_clock_gap_is_treated_as_a_resume() -> None:
    wall = ManualClock(datetime(2026, 11, 23, 12, tzinfo=UTC))
    mono = Monotonic()
    watch = ClockWatch(wall.now, lambda: "America/Toronto", monotonic=mono)
    # Ordinary ticks: both clocks move together.
    for _ in range(3):
        wall.advance(timedelta(minutes=5))
        mono.advance(timedelta(minutes=5))
        assert watch.check() == []
    # Suspend on Linux or macOS: the monotonic clock stopped.
    wall.advance(timedelta(hours=3))
    mono.advance(timedelta(minutes=5))
    assert watch.check() == [ClockEvent.RESUME]
    # Windows: the monotonic clock counts sleep too, but the tick came hours late.
    wall.advance(timedelta(hours=2))
    mono.advance(timedelta(hours=2))
    assert watch.check() == [ClockEvent.RESUME]
    # A small drift (NTP) is not a resume.
    wall.advance(timedelta(minutes=5, seconds=40))
    mono.advance(timedelta(minutes=5))
    assert watch.check() == []
    # The clock set back an hour is caught too.
    wall.advance(timedelta(minutes=-55))
    mono.advance(timedelta(minutes=5))
    assert watch.check() == [ClockEvent.RESUME]


def test_snooze_brings_a_reminder_back_and_dismiss_ends_it(
    profile: Profile, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    clock.set(local(2026, 11, 23, 16, 40))
    setup_profile(profile, clock, office_hours())
    shown: list[Reminder] = []
    svc = service(profile, clock)
    reminders = ReminderScheduler(scheduler, svc, shown.append)
    reminders.start()
    clock.set(local(2026, 11, 23, 16, 45))
    scheduler.step()
    (first,) = shown
    svc.mark_shown(first)  # what the GUI does once it shows it
    reminders.snooze(first, timedelta(minutes=10))
    clock.set(local(2026, 11, 23, 16, 54))
    scheduler.step()
    assert len(shown) == 1
    clock.set(local(2026, 11, 23, 16, 55))
    scheduler.step()
    assert [r.title for r in shown[1:]] == ["Your hours end in 5 minutes: set your auto-reply"]
    svc.mark_shown(shown[1])
    reminders.snooze(shown[1], timedelta(hours=1))
    reminders.dismiss(shown[1])
    clock.set(local(2026, 11, 23, 18))
    scheduler.step()
    assert len(shown) == 2
    assert first.job_id not in job_times(scheduler)
