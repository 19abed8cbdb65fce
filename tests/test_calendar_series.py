"""A calendar's weekly series apply exactly on their dates, at DST edges in both hemispheres.

Changes of hours, a series that starts in the future and a one-off on-call shift, imported
through the CLI and asked ``status --at T`` (Toronto springs forward on 8 March 2026, Sydney
falls back on 5 April 2026).

Expected instants were worked out by hand from the zone rules and are written with their
offsets.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from after_hours.availability.clock import ManualClock
from tests.helpers import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
IMPORTED = ManualClock(datetime(2026, 3, 1, 17, 0, tzinfo=UTC))

# Google, Toronto: Mon-Fri 08:00-16:00 until Friday 6 March, then Mon-Fri 10:00-18:00 from
# Monday 9 March (the day after clocks go forward); on call Tuesdays 18:00-22:00 from January
# 2027; a one-off on-call Saturday 14 March 09:00-13:00 EDT.
TORONTO = [
    ("2026-01-02T08:30-05:00", "after_hours"),  # before the first series starts
    ("2026-01-05T08:30-05:00", "in_hours"),  # its first day
    ("2026-03-02T08:30-05:00", "in_hours"),  # old hours
    ("2026-03-02T17:00-05:00", "after_hours"),  # the new hours have not begun
    ("2026-03-06T15:59-05:00", "in_hours"),  # the last day of the old hours
    ("2026-03-06T16:00-05:00", "after_hours"),
    ("2026-03-08T02:30-04:00", "after_hours"),  # the spring-forward night
    ("2026-03-09T08:30-04:00", "after_hours"),  # the old 08:00 start is gone
    ("2026-03-09T09:59-04:00", "after_hours"),
    ("2026-03-09T10:00-04:00", "in_hours"),  # the new start, in EDT
    ("2026-03-09T17:30-04:00", "in_hours"),
    ("2026-03-09T18:00-04:00", "after_hours"),
    ("2026-03-14T10:00-04:00", "on_call"),  # the one-off shift stays on call
    ("2026-03-14T13:00-04:00", "after_hours"),
    ("2026-11-02T17:30-05:00", "in_hours"),  # after fall back, still 10:00-18:00
    ("2026-12-29T19:00-05:00", "after_hours"),  # the on-call series has not started
    ("2027-01-05T19:00-05:00", "on_call"),  # ...and then it has
    ("2028-06-06T19:00-04:00", "on_call"),  # far beyond any expansion horizon
]

# Outlook, Sydney (Windows zone name): Mon-Fri 08:00-16:00 for 65 occurrences (last: Friday
# 3 April, AEDT), then Mon-Thu 09:00-17:00 from Monday 6 April (AEST, the day after clocks go
# back); out of office Thursday 9 April; a free lunch on Friday 10 April.
SYDNEY = [
    ("2026-01-02T10:00+11:00", "after_hours"),
    ("2026-01-05T08:00+11:00", "in_hours"),
    ("2026-04-03T08:30+11:00", "in_hours"),
    ("2026-04-03T16:30+11:00", "after_hours"),
    ("2026-04-05T02:30+11:00", "after_hours"),  # the repeated hour, first pass
    ("2026-04-05T02:30+10:00", "after_hours"),  # and second
    ("2026-04-06T08:30+10:00", "after_hours"),  # 08:00 belonged to the old hours
    ("2026-04-06T09:30+10:00", "in_hours"),
    ("2026-04-06T16:30+10:00", "in_hours"),
    ("2026-04-09T10:00+10:00", "after_hours"),  # out of office
    ("2026-04-10T10:00+10:00", "after_hours"),  # Fridays are no longer working days
    ("2026-10-05T16:30+11:00", "in_hours"),  # after spring forward, still 09:00-17:00
]


# Apple, Sydney: Mon/Wed/Fri 09:00-17:00 from 1 June until 1 October (AEST), then Tue/Thu
# 07:30-15:30 from 6 October (AEDT: clocks went forward on Sunday 4 October), except Thursday
# 8 October (EXDATE); a one-off on-call shift on Saturday 3 October, 18:00-23:00.
APPLE = [
    ("2026-05-29T10:00+10:00", "after_hours"),  # before the series starts
    ("2026-06-01T09:00+10:00", "in_hours"),
    ("2026-09-30T16:30+10:00", "in_hours"),  # the last Wednesday of the old hours
    ("2026-10-02T10:00+10:00", "after_hours"),  # Friday after UNTIL
    ("2026-10-03T19:00+10:00", "on_call"),  # the one-off shift, still on call
    ("2026-10-05T10:00+11:00", "after_hours"),  # Monday: no longer a working day
    ("2026-10-06T07:29+11:00", "after_hours"),
    ("2026-10-06T07:30+11:00", "in_hours"),  # the new start, in AEDT
    ("2026-10-08T10:00+11:00", "after_hours"),  # EXDATE
    ("2026-10-15T15:00+11:00", "in_hours"),
    ("2027-04-08T15:00+10:00", "in_hours"),  # after the next fall back
]


def status_at(home: Path, instant: str) -> str:
    r = cli(home, "status", "--at", instant, "--json")
    assert r.status == 0, r.err
    state: str = r.json()["state"]
    return state


@pytest.fixture(scope="module")
def toronto(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("toronto")
    r = cli(home, "schedule", "import", str(FIXTURES / "google-toronto-change.ics"), clock=IMPORTED)
    assert r.status == 0, r.err
    return home


@pytest.fixture(scope="module")
def sydney(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("sydney")
    r = cli(home, "schedule", "import", str(FIXTURES / "outlook-sydney-change.ics"), clock=IMPORTED)
    assert r.status == 0, r.err
    return home


@pytest.fixture(scope="module")
def apple(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("apple")
    r = cli(home, "schedule", "import", str(FIXTURES / "apple-sydney-change.ics"), clock=IMPORTED)
    assert r.status == 0, r.err
    return home


@pytest.mark.parametrize(("instant", "state"), APPLE)
def test_apple_change_of_hours_across_spring_forward_in_sydney(
    apple: Path, instant: str, state: str
) -> None:
    assert status_at(apple, instant) == state


@pytest.mark.parametrize(("instant", "state"), TORONTO)
def test_google_change_of_hours_across_spring_forward(
    toronto: Path, instant: str, state: str
) -> None:
    assert status_at(toronto, instant) == state


@pytest.mark.parametrize(("instant", "state"), SYDNEY)
def test_outlook_change_of_hours_across_fall_back(sydney: Path, instant: str, state: str) -> None:
    assert status_at(sydney, instant) == state


def test_import_says_what_it_understood(tmp_path: Path) -> None:
    r = cli(
        tmp_path, "schedule", "import", str(FIXTURES / "google-toronto-change.ics"), clock=IMPORTED
    )
    assert r.status == 0, r.err
    assert "2 weekly series became working hours; 1 weekly series became on-call" in r.out
    assert "2026-03-06, 2026-03-09, 2027-01-05" in r.out
    assert "1 one-off event became an on-call shift." in r.out
    assert "2 events ignored: marked free." in r.out


def test_a_later_import_applies_from_now_and_keeps_the_past(tmp_path: Path) -> None:
    # First a plain schedule (09:00-17:00), then the calendar imported on 1 March: contacts of
    # February keep the hours then in force, and the calendar's change on 9 March still happens.
    toml = tmp_path / "hours.toml"
    toml.write_text(
        'timezone = "America/Toronto"\n[[window]]\ndays = ["mon","tue","wed","thu","fri"]\n'
        'start = "09:00"\nend = "17:00"\n'
    )
    early = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    assert cli(tmp_path, "schedule", "import", str(toml), clock=early).status == 0
    r = cli(
        tmp_path, "schedule", "import", str(FIXTURES / "google-toronto-change.ics"), clock=IMPORTED
    )
    assert r.status == 0, r.err
    assert status_at(tmp_path, "2026-02-02T08:30-05:00") == "after_hours"  # old 09:00 start
    assert status_at(tmp_path, "2026-03-02T08:30-05:00") == "in_hours"  # the calendar's hours
    assert status_at(tmp_path, "2026-03-09T08:30-04:00") == "after_hours"
    assert status_at(tmp_path, "2026-03-09T17:30-04:00") == "in_hours"


def test_an_edit_by_hand_after_a_calendar_import_replaces_its_future_changes(
    tmp_path: Path,
) -> None:
    from after_hours.availability.schedule_store import ScheduleStore
    from after_hours.availability.store import open_profile
    from tests.helpers import office_hours

    r = cli(
        tmp_path, "schedule", "import", str(FIXTURES / "google-toronto-change.ics"), clock=IMPORTED
    )
    assert r.status == 0, r.err
    # The calendar holds a change still to come (on call from January 2027); the Schedule page
    # saves new hours now, which must not fail because of it.
    with open_profile(tmp_path) as profile:
        ScheduleStore(profile.db, IMPORTED).save(office_hours(), source="editor")
    assert status_at(tmp_path, "2027-01-05T19:00-05:00") == "after_hours"
    assert status_at(tmp_path, "2027-01-05T10:00-05:00") == "in_hours"
    assert status_at(tmp_path, "2026-02-02T08:30-05:00") == "in_hours"  # the past is kept
