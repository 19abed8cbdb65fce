"""``after-hours reminders [--json]``: the contract of the design brief."""

from __future__ import annotations

from pathlib import Path

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import open_profile
from tests.helpers import cli
from tests.reminders_support import local

SCHEDULE = """
timezone = "America/Toronto"
[[window]]
days = ["mon", "tue", "wed", "thu", "fri"]
start = "09:00"
end = "17:00"
"""


def prepare(home: Path, tmp_path: Path, clock: ManualClock) -> None:
    toml = tmp_path / "hours.toml"
    toml.write_text(SCHEDULE, encoding="utf-8")
    assert cli(home, "schedule", "import", str(toml), clock=clock).status == 0
    with open_profile(home) as profile:
        from after_hours.availability.store import Settings

        Settings(profile.db).update(
            {"profile.timezone": "America/Toronto", "reminders.off_kinds": ["self-check"]}
        )


def test_reminders_json_lists_kind_at_title_soonest_first(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(local(2026, 11, 20, 8))  # Friday 08:00
    prepare(home, tmp_path, clock)
    result = cli(home, "reminders", "--json", "--days", "4", clock=clock)
    assert result.status == 0, result.err
    items = result.json()
    assert [(i["kind"], i["at"]) for i in items] == [
        ("window-start", "2026-11-20T08:50:00-05:00"),
        ("pre-weekend", "2026-11-20T16:00:00-05:00"),
        ("window-start", "2026-11-23T08:50:00-05:00"),
        ("window-end", "2026-11-23T16:45:00-05:00"),
    ]
    assert items[1]["title"] == (
        "Tomorrow you're off: set your auto-reply and tell clients who to call"
    )
    assert all({"kind", "at", "title"} <= set(i) for i in items)


def test_reminders_text_and_pause(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    prepare(home, tmp_path, clock)
    result = cli(home, "reminders", "--days", "1", clock=clock)
    assert result.status == 0
    assert result.out.splitlines() == [
        "           08:50  Your hours start in 10 minutes: turn off your auto-reply",
        "           16:45  Your hours end in 15 minutes: set your auto-reply",
    ]
    with open_profile(home) as profile:
        from after_hours.availability.store import Settings

        Settings(profile.db).set("monitoring.paused_until", "indefinitely")
    paused = cli(home, "reminders", clock=clock)
    assert paused.out.splitlines() == [
        "Reminders are paused until you resume monitoring.",
        "No reminders in the next 7 days.",
    ]
    assert cli(home, "reminders", "--json", clock=clock).json() == []


def test_reminders_refuses_a_silly_range(home: Path) -> None:
    result = cli(home, "reminders", "--days", "0")
    assert result.status == 2
    assert "--days must be between 1 and 366" in result.err


def test_logged_evening_contacts_and_agreements_feed_the_reminders(
    home: Path, tmp_path: Path
) -> None:
    clock = ManualClock(local(2026, 11, 23, 20))  # Monday 20:00
    prepare(home, tmp_path, clock)
    agreed = cli(
        home,
        "clients",
        "set",
        "J.D.",
        "--channels",
        "phone,email",
        "--discussed",
        "2026-08-31",
        "--review-weeks",
        "13",
        clock=clock,
    )
    assert agreed.status == 0, agreed.err
    before = {i["kind"] for i in cli(home, "reminders", "--json", clock=clock).json()}
    assert "wind-down" not in before
    logged = cli(
        home,
        "log",
        "--channel",
        "text",
        "--client",
        "J.D.",
        "--at",
        "2026-11-23T19:10",
        clock=clock,
    )
    assert logged.status == 0, logged.err
    items = cli(home, "reminders", "--json", "--days", "7", clock=clock).json()
    wind = [i for i in items if i["kind"] == "wind-down"]
    assert [(i["at"], i["title"]) for i in wind] == [
        ("2026-11-23T21:30:00-05:00", "Time to wind down")
    ]
    assert "1 contact after hours" in wind[0]["body"]
    # 31 Aug + 13 weeks = 30 Nov: the review reminder comes that Monday at 10:00.
    reviews = [i for i in items if i["kind"] == "agreement-review"]
    assert [(i["at"], i["title"], i["clients"]) for i in reviews] == [
        ("2026-11-30T10:00:00-05:00", "Agreement review due: J.D.", ["J.D."])
    ]


def test_supervision_dates_and_recurrence_from_the_cli(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(local(2026, 11, 30, 12))
    prepare(home, tmp_path, clock)
    assert "No supervision dates yet" in cli(home, "reminders", "supervision", clock=clock).out
    assert cli(home, "reminders", "supervision", "add", "2026-12-03T14:00", clock=clock).status == 0
    items = cli(home, "reminders", "--json", clock=clock).json()
    (prep,) = [i for i in items if i["kind"] == "supervision-prep"]
    assert prep["at"] == "2026-12-02T14:00:00-05:00"
    # No earlier supervision known: the four weeks before.
    assert prep["period"] == {"from": "2026-11-05", "to": "2026-12-02"}
    bad = cli(
        home, "reminders", "supervision", "repeat", "FREQ=SOMETIMES", "--from", "2026-11-05T14:00"
    )
    assert bad.status == 2 and "not valid" in bad.err
    ok = cli(
        home,
        "reminders",
        "supervision",
        "repeat",
        "FREQ=MONTHLY;BYDAY=1TH",
        "--from",
        "2026-11-05T14:00",
        clock=clock,
    )
    assert ok.status == 0, ok.err
    assert (
        cli(home, "reminders", "supervision", "remove", "2026-12-03T14:00", clock=clock).status == 0
    )
    shown = cli(home, "reminders", "supervision", clock=clock).out
    assert "Repeats: DTSTART:20261105T140000 RRULE:FREQ=MONTHLY;BYDAY=1TH" in shown
    assert "2026-12-03T14:00:00-05:00, 2027-01-07T14:00:00-05:00" in shown
    # The December session still comes from the rule; its period starts after November's.
    items = cli(home, "reminders", "--json", clock=clock).json()
    (prep,) = [i for i in items if i["kind"] == "supervision-prep"]
    assert prep["period"] == {"from": "2026-11-06", "to": "2026-12-02"}


def test_snooze_and_dismiss_from_the_cli(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    prepare(home, tmp_path, clock)
    first = cli(home, "reminders", "--json", clock=clock).json()[0]
    assert first["id"] == "reminder:window-start:2026-11-23T09:00-05:00"
    snoozed = cli(home, "reminders", "snooze", first["id"], "--minutes", "60", clock=clock)
    assert snoozed.out.strip() == "Snoozed until 2026-11-23T09:00:00-05:00."
    again = cli(home, "reminders", "--json", clock=clock).json()[0]
    assert (again["id"], again["at"]) == (first["id"], "2026-11-23T09:00:00-05:00")
    assert cli(home, "reminders", "dismiss", first["id"], clock=clock).status == 0
    assert first["id"] not in [
        i["id"] for i in cli(home, "reminders", "--json", clock=clock).json()
    ]
    missing = cli(home, "reminders", "dismiss", "reminder:nothing", clock=clock)
    assert missing.status == 2 and "No upcoming reminder" in missing.err


def test_a_completed_self_check_moves_the_next_one_a_month_on(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(local(2026, 11, 23, 8))
    prepare(home, tmp_path, clock)
    with open_profile(home) as profile:
        from after_hours.availability.store import Settings

        Settings(profile.db).set("reminders.off_kinds", [])
    # Never done: the 1st of next month, in working hours.
    items = cli(home, "reminders", "--json", "--days", "40", clock=clock).json()
    assert [(i["id"], i["at"]) for i in items if i["kind"] == "self-check"][:1] == [
        ("reminder:self-check:2026-12-01", "2026-12-01T10:00:00-05:00")
    ]
    answers = tmp_path / "answers.json"
    answers.write_text('{"personal_1": 2, "personal_2": 3, "personal_3": 3}', encoding="utf-8")
    done = cli(home, "selfcheck", "--answers", str(answers), clock=clock)
    assert done.status == 0, done.err
    items = cli(home, "reminders", "--json", "--days", "40", clock=clock).json()
    checks = [(i["id"], i["at"]) for i in items if i["kind"] == "self-check"]
    assert checks == [("reminder:self-check:2026-12-23", "2026-12-23T10:00:00-05:00")]
