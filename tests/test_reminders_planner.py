"""The reminder plan, kind by kind, on a real profile with a manual clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.reminders import DueReview, Reminder, ReminderKind
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    Window,
    WindowKind,
)
from after_hours.availability.store import Profile
from tests.helpers import WEEKDAYS, office_hours
from tests.reminders_support import (
    FakeContacts,
    FakeReviews,
    FakeSelfChecks,
    local,
    service,
    setup_profile,
    wall,
)


def of_kind(plan: list[Reminder], kind: ReminderKind) -> list[Reminder]:
    return [r for r in plan if r.kind is kind]


def test_window_end_fires_lead_minutes_before_the_end_of_hours(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))  # Monday 08:00 Toronto
    setup_profile(profile, clock, office_hours())
    plan = service(profile, clock).plan(timedelta(hours=20))
    assert [(r.kind, wall(r.at)[1]) for r in plan] == [
        (ReminderKind.WINDOW_START, time(8, 50)),
        (ReminderKind.WINDOW_END, time(16, 45)),
    ]
    end = plan[1]
    assert end.title == "Your hours end in 15 minutes: set your auto-reply"
    assert "you're back tomorrow 09:00" in end.body
    assert end.job_id == "reminder:window-end:2026-11-23T17:00-05:00"
    assert plan[0].title == "Your hours start in 10 minutes: turn off your auto-reply"


def test_lead_times_come_from_settings(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    setup_profile(
        profile,
        clock,
        office_hours(),
        reminders__window_end_lead_minutes=30,
        reminders__window_start_lead_minutes=0,
    )
    plan = service(profile, clock).plan(timedelta(hours=20))
    assert [wall(r.at)[1] for r in plan] == [time(9), time(16, 30)]
    assert plan[1].title.startswith("Your hours end in 30 minutes")
    # The id is tied to the edge, not the lead: changing the lead keeps the same job.
    assert plan[1].job_id == "reminder:window-end:2026-11-23T17:00-05:00"


def test_a_lunch_break_gets_no_reminders_but_a_longer_gap_does(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    windows = (
        Window(WEEKDAYS, time(9), time(12)),
        Window(WEEKDAYS, time(12, 30), time(15)),
        Window(WEEKDAYS, time(17), time(19)),
    )
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    plan = service(profile, clock).plan(timedelta(hours=14))
    edges = [(r.kind.value, wall(r.at)[1]) for r in plan]
    assert edges == [
        ("window-start", time(8, 50)),
        ("window-end", time(14, 45)),
        ("window-start", time(16, 50)),
        ("window-end", time(18, 45)),
    ]


def test_on_call_is_named_and_a_switch_from_hours_to_on_call_is_not_an_edge(
    profile: Profile,
) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    windows = (
        Window(WEEKDAYS, time(9), time(17)),
        Window(WEEKDAYS, time(17), time(21), WindowKind.ON_CALL),
    )
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    plan = service(profile, clock).plan(timedelta(hours=20))
    ends = of_kind(plan, ReminderKind.WINDOW_END)
    assert [wall(r.at)[1] for r in ends] == [time(20, 45)]
    assert ends[0].title.startswith("Your on-call ends in 15 minutes")


def test_friday_gets_a_pre_weekend_reminder_instead_of_the_plain_one(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 20, 12))  # Friday noon
    setup_profile(profile, clock, office_hours())
    plan = [r for r in service(profile, clock).plan(timedelta(hours=12)) if r.at > clock.now()]
    assert [r.kind for r in plan] == [ReminderKind.PRE_WEEKEND]
    reminder = plan[0]
    assert wall(reminder.at)[1] == time(16)
    assert reminder.title == (
        "Tomorrow you're off: set your auto-reply and tell clients who to call"
    )
    assert "Mon 09:00" in reminder.body
    assert "crisis line" in reminder.body


def test_a_holiday_gets_a_pre_holiday_reminder_with_its_name(profile: Profile) -> None:
    clock = ManualClock(local(2026, 12, 23, 8))  # Wednesday
    holiday = ScheduleException.all_day(
        date(2026, 12, 24), date(2026, 12, 25), ExceptionKind.UNAVAILABLE, "Christmas"
    )
    schedule = Schedule("America/Toronto", office_hours().windows, (holiday,))
    setup_profile(profile, clock, schedule)
    plan = service(profile, clock).plan(timedelta(hours=14))
    kinds = [r.kind for r in plan]
    assert ReminderKind.WINDOW_END not in kinds
    holiday_reminders = of_kind(plan, ReminderKind.PRE_HOLIDAY)
    assert len(holiday_reminders) == 1
    assert wall(holiday_reminders[0].at) == (date(2026, 12, 23), time(16))
    assert holiday_reminders[0].title.startswith("Tomorrow you're off (Christmas):")
    assert "(Mon 09:00)" in holiday_reminders[0].body


def test_spring_forward_keeps_wall_clock_starts_and_real_minute_leads(profile: Profile) -> None:
    # 2027-03-14: Toronto jumps from 02:00 EST to 03:00 EDT.
    clock = ManualClock(local(2027, 3, 13, 12))  # Saturday noon
    windows = (
        Window(WEEKDAYS, time(9), time(17)),
        # Saturday night on call until 03:00 Sunday, across the gap.
        Window(frozenset({5}), time(22), time(3), WindowKind.ON_CALL),
    )
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    plan = service(profile, clock).plan(timedelta(days=2))
    starts = of_kind(plan, ReminderKind.WINDOW_START)
    assert [r.at for r in starts] == [
        datetime(2027, 3, 14, 2, 50, tzinfo=UTC),  # Sat 21:50 EST
        datetime(2027, 3, 15, 12, 50, tzinfo=UTC),  # Mon 08:50 EDT (13:50 UTC last week)
    ]
    # Off from Sunday 03:00 to Monday: a pre-weekend reminder an hour (of real time) before.
    # 03:00 EDT is 07:00 UTC; sixty real minutes earlier is 01:00 EST.
    assert not of_kind(plan, ReminderKind.WINDOW_END)
    (pre,) = of_kind(plan, ReminderKind.PRE_WEEKEND)
    assert pre.at == datetime(2027, 3, 14, 6, 0, tzinfo=UTC)
    assert pre.job_id == "reminder:pre-weekend:2027-03-14T03:00-04:00"


def test_fall_back_keeps_wall_clock_times_for_edges_and_wind_down(profile: Profile) -> None:
    # 2026-11-01: Toronto falls back from 02:00 EDT to 01:00 EST.
    clock = ManualClock(local(2026, 10, 31, 20))  # Saturday 20:00 EDT
    windows = (
        Window(WEEKDAYS, time(9), time(17)),
        Window(frozenset({5}), time(22), time(2), WindowKind.ON_CALL),
    )
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    contacts = FakeContacts(local(2026, 10, 31, 19), local(2026, 11, 1, 19))
    svc = service(profile, clock, contacts=contacts)
    plan = svc.plan(timedelta(days=2, hours=14))
    # The on-call night lasts five real hours; its end is 02:00 EST = 07:00 UTC.
    assert of_kind(plan, ReminderKind.WINDOW_START)[0].at == datetime(
        2026, 11, 1, 1, 50, tzinfo=UTC
    )
    (pre,) = of_kind(plan, ReminderKind.PRE_WEEKEND)
    assert pre.at == datetime(2026, 11, 1, 6, 0, tzinfo=UTC)  # 01:00 EST, the second 01:00
    assert pre.job_id == "reminder:pre-weekend:2026-11-01T02:00-05:00"
    # Monday 08:50 is now EST: 13:50 UTC, where Friday's was 12:50 UTC.
    assert datetime(2026, 11, 2, 13, 50, tzinfo=UTC) in [
        r.at for r in of_kind(plan, ReminderKind.WINDOW_START)
    ]
    # Wind-down at 21:30 wall time each evening: 01:30 UTC before the change, 02:30 after.
    clock.set(local(2026, 11, 1, 20))
    winds = of_kind(svc.plan(timedelta(hours=3)), ReminderKind.WIND_DOWN)
    assert [r.at for r in winds] == [datetime(2026, 11, 2, 2, 30, tzinfo=UTC)]
    clock.set(local(2026, 10, 31, 20))
    winds = of_kind(svc.plan(timedelta(hours=3)), ReminderKind.WIND_DOWN)
    assert [r.at for r in winds] == [datetime(2026, 11, 1, 1, 30, tzinfo=UTC)]


def test_supervision_prep_offers_the_period_since_the_last_supervision(profile: Profile) -> None:
    clock = ManualClock(local(2026, 12, 1, 12))
    setup_profile(
        profile,
        clock,
        office_hours(),
        supervision__dates=["2026-11-05T14:00", "2026-12-03T14:00"],
    )
    plan = of_kind(service(profile, clock).plan(timedelta(days=7)), ReminderKind.SUPERVISION_PREP)
    assert len(plan) == 1
    prep = plan[0]
    assert prep.at == local(2026, 12, 2, 14)
    assert prep.title == "Supervision tomorrow 14:00: export your summary"
    assert prep.period == (date(2026, 11, 6), date(2026, 12, 2))
    assert "Export Fri 6 Nov to Wed 2 Dec (since your last supervision)" in prep.body
    assert prep.to_json(local(2026, 1, 1).tzinfo or UTC)["period"] == {
        "from": "2026-11-06",
        "to": "2026-12-02",
    }


def test_supervision_recurrence_follows_the_rule_and_wall_clock(profile: Profile) -> None:
    clock = ManualClock(local(2027, 2, 28, 12))
    setup_profile(
        profile,
        clock,
        office_hours(),
        supervision__recurrence="DTSTART:20261105T140000\nRRULE:FREQ=MONTHLY;BYDAY=1TH",
        supervision__prep_lead_hours=48,
    )
    plan = of_kind(service(profile, clock).plan(timedelta(days=40)), ReminderKind.SUPERVISION_PREP)
    # First Thursdays: 4 Mar (EST) and 1 Apr (EDT), both at 14:00 wall time.
    assert [r.about for r in plan] == [local(2027, 3, 4, 14), local(2027, 4, 1, 14)]
    assert [r.at for r in plan] == [local(2027, 3, 2, 14), local(2027, 3, 30, 14)]
    assert plan[0].period == (date(2027, 2, 5), date(2027, 3, 3))
    assert plan[1].period == (date(2027, 3, 5), date(2027, 3, 31))


def test_first_supervision_exports_the_previous_four_weeks(profile: Profile) -> None:
    clock = ManualClock(local(2026, 12, 1, 12))
    setup_profile(profile, clock, office_hours(), supervision__dates=["2026-12-03"])
    (prep,) = of_kind(
        service(profile, clock).plan(timedelta(days=7)), ReminderKind.SUPERVISION_PREP
    )
    assert prep.about == local(2026, 12, 3, 9)  # a bare date means 09:00
    assert prep.period == (date(2026, 11, 5), date(2026, 12, 2))
    assert "Export Thu 5 Nov to Wed 2 Dec (the four weeks before it)" in prep.body


def test_monthly_self_check_is_due_a_month_after_the_last_one_in_working_hours(
    profile: Profile,
) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    setup_profile(profile, clock, office_hours())
    last = local(2026, 10, 23, 19)
    plan = service(profile, clock, self_checks=FakeSelfChecks(last)).plan(timedelta(days=2))
    (check,) = of_kind(plan, ReminderKind.SELF_CHECK)
    assert check.at == local(2026, 11, 23, 10)
    assert check.title == "Time for your monthly self-check"
    assert "Copenhagen Burnout Inventory" in check.body
    assert "Fri 23 Oct" in check.body
    # A recent self-check means nothing this week.
    recent = FakeSelfChecks(local(2026, 11, 10, 12))
    assert not of_kind(
        service(profile, clock, self_checks=recent).plan(timedelta(days=7)),
        ReminderKind.SELF_CHECK,
    )


def test_an_overdue_self_check_waits_for_working_hours_and_shows_once(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 22, 12))  # Sunday
    setup_profile(profile, clock, office_hours())
    svc = service(profile, clock, self_checks=FakeSelfChecks(local(2026, 9, 10, 12)))
    checks = of_kind(svc.plan(timedelta(days=3)), ReminderKind.SELF_CHECK)
    # Due 10 Oct and 10 Nov: only the latest, at Monday's opening, not on Sunday.
    assert [(r.job_id, r.at) for r in checks] == [
        ("reminder:self-check:2026-11-10", local(2026, 11, 23, 9))
    ]
    svc.mark_shown(checks[0])
    assert not of_kind(svc.plan(timedelta(days=3)), ReminderKind.SELF_CHECK)


def test_agreement_reviews_due_are_gathered_in_one_reminder(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 11))  # Monday, in hours
    setup_profile(profile, clock, office_hours())
    reviews = FakeReviews(
        [
            DueReview("1", "J.D.", date(2026, 11, 2)),
            DueReview("2", "Client 14", date(2026, 11, 16)),
            DueReview("3", "R.K.", date(2026, 11, 25)),
        ]
    )
    svc = service(profile, clock, reviews=reviews)
    plan = of_kind(svc.plan(timedelta(days=7)), ReminderKind.AGREEMENT_REVIEW)
    assert [(r.at, r.subjects) for r in plan] == [
        (clock.now(), ("J.D.", "Client 14")),  # overdue: now, in working hours
        (local(2026, 11, 25, 10), ("J.D.", "Client 14", "R.K.")),
    ]
    assert plan[0].title == "Agreement reviews due: J.D., Client 14"
    svc.dismiss(plan[0])
    again = of_kind(svc.plan(timedelta(days=7)), ReminderKind.AGREEMENT_REVIEW)
    assert [r.job_id for r in again] == ["reminder:agreement-review:2026-11-25"]


def test_wind_down_after_an_evening_with_after_hours_contact(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 20))
    setup_profile(profile, clock, office_hours())
    quiet = service(profile, clock, contacts=FakeContacts(local(2026, 11, 23, 15)))
    assert not of_kind(quiet.plan(timedelta(hours=4)), ReminderKind.WIND_DOWN)
    busy = service(
        profile,
        clock,
        contacts=FakeContacts(local(2026, 11, 23, 18, 30), local(2026, 11, 23, 19, 40)),
    )
    (wind,) = of_kind(busy.plan(timedelta(hours=4)), ReminderKind.WIND_DOWN)
    assert wind.at == local(2026, 11, 23, 21, 30)
    assert wind.title == "Time to wind down"
    assert "You had 2 contacts after hours this evening" in wind.body
    assert "(tomorrow 09:00)" in wind.body
    assert wind.job_id == "reminder:wind-down:2026-11-23"


def test_reminders_wait_for_the_end_of_a_session(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    windows = (
        Window(WEEKDAYS, time(9), time(17)),
        Window(frozenset({0}), time(9, 30), time(11), label="Client sessions"),
    )
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    svc = service(profile, clock, self_checks=FakeSelfChecks(local(2026, 10, 23, 12)))
    (check,) = of_kind(svc.plan(timedelta(days=1)), ReminderKind.SELF_CHECK)
    assert check.at == local(2026, 11, 23, 11)  # 10:00 falls in the session
    # A window without "session" in its label does not silence anything.
    clock2 = ManualClock(local(2026, 11, 24, 8))
    (tuesday,) = of_kind(
        service(profile, clock2, self_checks=FakeSelfChecks(local(2026, 10, 24, 12))).plan(
            timedelta(days=1)
        ),
        ReminderKind.SELF_CHECK,
    )
    assert tuesday.at == local(2026, 11, 24, 10)


def test_pausing_monitoring_pauses_reminders(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    setup_profile(profile, clock, office_hours(), monitoring__paused_until="2026-11-23T17:00:00Z")
    plan = service(profile, clock).plan(timedelta(hours=20))
    assert [r.kind for r in plan] == [ReminderKind.WINDOW_END]  # 08:50 was in the pause
    setup_profile(profile, clock, None, monitoring__paused_until="indefinitely")
    assert service(profile, clock).plan(timedelta(days=7)) == []
    setup_profile(profile, clock, None, monitoring__paused_until=None)
    assert len(service(profile, clock).plan(timedelta(hours=20))) == 2


def test_a_kind_can_be_turned_off(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    setup_profile(profile, clock, office_hours(), reminders__off_kinds=["window-start"])
    plan = service(profile, clock).plan(timedelta(hours=20))
    assert [r.kind for r in plan] == [ReminderKind.WINDOW_END]


def test_snooze_moves_a_reminder_and_dismiss_drops_it(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 16, 45))
    setup_profile(profile, clock, office_hours())
    svc = service(profile, clock)
    (due,) = [r for r in svc.plan(timedelta(hours=1)) if r.at == clock.now()]
    svc.mark_shown(due)
    assert due.job_id not in [r.job_id for r in svc.plan(timedelta(hours=1))]
    svc.snooze(due, timedelta(minutes=10))
    (again,) = of_kind(svc.plan(timedelta(hours=1)), ReminderKind.WINDOW_END)
    assert again.job_id == due.job_id
    assert again.at == local(2026, 11, 23, 16, 55)
    assert again.title == "Your hours end in 5 minutes: set your auto-reply"
    clock.set(again.at)
    svc.mark_shown(again)
    svc.snooze(again, timedelta(hours=1))
    (later,) = of_kind(svc.plan(timedelta(hours=2)), ReminderKind.WINDOW_END)
    assert later.at == local(2026, 11, 23, 17, 55)
    assert later.title == "Your hours ended at 17:00: set your auto-reply"
    svc.dismiss(later)
    assert not of_kind(svc.plan(timedelta(hours=2)), ReminderKind.WINDOW_END)


def test_snoozing_a_reminder_not_yet_due_is_refused_not_faked(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 5, 2))
    setup_profile(profile, clock, office_hours())
    svc = service(profile, clock)
    (start,) = of_kind(svc.plan(timedelta(hours=6)), ReminderKind.WINDOW_START)
    assert start.at > clock.now() + timedelta(minutes=30)
    with pytest.raises(ValueError, match="not due yet"):
        svc.snooze(start, timedelta(minutes=30))
    (still,) = of_kind(svc.plan(timedelta(hours=6)), ReminderKind.WINDOW_START)
    assert still.at == start.at


def test_a_laptop_asleep_through_several_reminders_gets_the_latest_of_each_kind(
    profile: Profile,
) -> None:
    windows = (
        Window(WEEKDAYS, time(8), time(10)),
        Window(WEEKDAYS, time(12), time(14)),
        Window(WEEKDAYS, time(16), time(18)),
    )
    clock = ManualClock(local(2026, 11, 23, 7))
    setup_profile(profile, clock, Schedule("America/Toronto", windows))
    svc = service(profile, clock)
    before = svc.plan(timedelta(hours=11))
    assert len(before) == 6
    clock.set(local(2026, 11, 23, 17, 30))  # woke up; nothing was shown
    due = [r for r in svc.plan(timedelta(hours=1)) if r.at <= clock.now()]
    # Three window-starts and two window-ends were missed: one start is still true (the
    # 16:00 window is open); the last end went stale when that window opened.
    assert [(r.kind, wall(r.at)[1]) for r in due] == [(ReminderKind.WINDOW_START, time(15, 50))]
    assert due[0].title == "Your hours started at 16:00: turn off your auto-reply"


def test_missed_by_more_than_the_grace_is_dropped(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 16))
    setup_profile(profile, clock, office_hours())
    svc = service(profile, clock)
    clock.set(local(2026, 11, 23, 23, 50))  # 7 hours after 16:45, window closed long ago
    assert [r for r in svc.plan(timedelta(hours=1)) if r.at <= clock.now()] == []


def test_wind_down_follows_the_zone_the_user_is_in(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 20, 45))
    setup_profile(profile, clock, office_hours(), profile__timezone="")
    here = {"zone": "America/Toronto"}
    contacts = FakeContacts(local(2026, 11, 23, 20, 30))  # 17:30 in Vancouver
    svc = service(profile, clock, contacts=contacts, zone_name=lambda: here["zone"])
    plan = svc.plan(timedelta(hours=14))
    (wind,) = of_kind(plan, ReminderKind.WIND_DOWN)
    assert wind.at == local(2026, 11, 23, 21, 30)
    edges = [(r.job_id, r.at) for r in plan if r.kind is ReminderKind.WINDOW_START]
    assert edges == [("reminder:window-start:2026-11-24T09:00-05:00", local(2026, 11, 24, 8, 50))]
    here["zone"] = "America/Vancouver"  # flew west
    moved = svc.plan(timedelta(hours=14))
    (wind2,) = of_kind(moved, ReminderKind.WIND_DOWN)
    assert wind2.at == datetime(2026, 11, 24, 5, 30, tzinfo=UTC)  # 21:30 in Vancouver
    # Work hours stay in the schedule's zone, with the same ids; only the words change zone.
    assert [(r.job_id, r.at) for r in moved if r.kind is ReminderKind.WINDOW_START] == edges
    start = of_kind(moved, ReminderKind.WINDOW_START)[0]
    assert "until 14:00" in start.body  # 17:00 in Toronto, read in Vancouver


def test_no_schedule_means_only_the_dated_reminders(profile: Profile) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    setup_profile(profile, clock, None, supervision__dates=["2026-11-25T14:00"])
    plan = service(profile, clock, self_checks=FakeSelfChecks(None)).plan(timedelta(days=9))
    assert [r.kind for r in plan] == [ReminderKind.SUPERVISION_PREP, ReminderKind.SELF_CHECK]
    # Never done: the 1st of next month (not today: no nag on the first day), at 10:00.
    assert plan[1].at == local(2026, 12, 1, 10)
    assert plan[1].job_id == "reminder:self-check:2026-12-01"


def test_supervision_presets_keep_the_weekday_of_the_first_session() -> None:
    from after_hours.availability.reminders.supervision import (
        preset_rules,
        recurrence_text,
        split_recurrence,
    )

    first = datetime(2026, 11, 5, 14)  # the first Thursday of November
    presets = dict(preset_rules(first))
    assert presets["Monthly, on the first Thursday"] == "FREQ=MONTHLY;BYDAY=+1TH"
    assert dict(preset_rules(datetime(2026, 10, 29, 14)))["Monthly, on the last Thursday"] == (
        "FREQ=MONTHLY;BYDAY=-1TH"
    )
    text = recurrence_text(presets["Every 4 weeks"], first)
    assert split_recurrence(text) == (first, "FREQ=WEEKLY;INTERVAL=4")
    assert split_recurrence("") == (None, "")
