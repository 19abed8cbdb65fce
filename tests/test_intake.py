"""Logging a message with text: triaged, phrases kept, the text itself never stored."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Direction, NewContact
from after_hours.availability.intake import log_message
from after_hours.availability.schedule_store import ScheduleStore
from tests.helpers import cli, office_hours

FRIDAY_NIGHT = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto
WEDNESDAY_MORNING = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wed 10:00 in Toronto
CRISIS = (
    "Landlord Bartholomew came again. I can't do this anymore, sorry for everything. "
    "I have the pills ready tonight"
)


def setup(profile, clock: ManualClock) -> ContactLog:  # type: ignore[no-untyped-def]
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return ContactLog(profile.db, clock)


def test_crisis_text_after_hours_is_flagged_and_only_phrases_are_kept(profile, home: Path) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(FRIDAY_NIGHT)
    log = setup(profile, clock)
    result = log_message(
        log, NewContact(at=FRIDAY_NIGHT, channel=Channel.TEXT, client="J.D."), CRISIS
    )
    assert result.crisis and result.after_hours
    assert not result.wants_expectation_reply
    assert result.contact.phrases and all(p in CRISIS for p in result.contact.phrases)
    assert "pills" in " ".join(result.contact.phrases)
    assert set(result.contact.categories) == set(result.verdict.categories)  # type: ignore[union-attr]
    # Only the matched phrases are stored: the rest of the message is nowhere in the profile.
    assert not any("Bartholomew" in p for p in result.contact.phrases)
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for f in home.rglob("*"):
        if f.is_file():
            assert b"Bartholomew" not in f.read_bytes(), f


def test_ordinary_message_after_hours_offers_the_expectation_reply(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(FRIDAY_NIGHT)
    log = setup(profile, clock)
    result = log_message(
        log,
        NewContact(at=FRIDAY_NIGHT, channel=Channel.EMAIL),
        "Can we move Tuesday's session to 3pm?",
    )
    assert not result.crisis
    assert result.wants_expectation_reply
    assert result.contact.phrases == ()


def test_message_in_hours_raises_nothing(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(WEDNESDAY_MORNING)
    log = setup(profile, clock)
    result = log_message(
        log, NewContact(at=WEDNESDAY_MORNING, channel=Channel.TEXT), "See you at 2."
    )
    assert not result.off_hours and not result.wants_expectation_reply


def test_the_clinicians_own_words_are_not_triaged(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(FRIDAY_NIGHT)
    log = setup(profile, clock)
    out = NewContact(at=FRIDAY_NIGHT, channel=Channel.TEXT, direction=Direction.OUT)
    result = log_message(log, out, "If you want to kill yourself, call 988 now.")
    assert result.verdict is None and not result.crisis


def test_log_text_from_stdin_through_the_cli(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(FRIDAY_NIGHT)
    schedule = tmp_path / "h.toml"
    schedule.write_text(
        'timezone = "America/Toronto"\n[[window]]\ndays = ["mon","tue","wed","thu","fri"]\n'
        'start = "09:00"\nend = "17:00"\n'
    )
    assert cli(home, "schedule", "import", str(schedule), clock=clock).status == 0
    r = cli(
        home,
        "log",
        "--channel",
        "sms",
        "--client",
        "J.D.",
        "--text",
        "-",
        clock=clock,
        stdin=CRISIS,
    )
    assert r.status == 0, r.err
    contact_id = int(r.out.strip())
    assert "Possible crisis language" in r.err and "crisis-script" in r.err
    listed = cli(home, "contacts", "--json", clock=clock).json()
    mine = next(c for c in listed if c["id"] == contact_id)
    assert mine["crisis"] is True and mine["after_hours"] is True
    assert mine["channel"] == "text"
