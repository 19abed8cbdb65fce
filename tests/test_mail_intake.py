"""Phase two: a message from the mailbox becomes a contact, triaged, and an alert for the app."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Classification
from after_hours.availability.mail import IncomingMessage
from after_hours.availability.mail.intake import Alert, MailEvent, MailIntake
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import cli, office_hours
from tests.imap_server import (  # noqa: F401  (fixtures)
    Mailbox,
    email_message,
    fixture_dovecot,
    fixture_mailbox,
)
from tests.test_mail_imap import (  # noqa: F401  (fixtures)
    CLIENT,
    Recorder,
    Running,
    fixture_run_watcher,
    fixture_store,
)

TORONTO = ZoneInfo("America/Toronto")
FRIDAY_NIGHT = datetime(2026, 11, 20, 23, 40, tzinfo=TORONTO)
WEDNESDAY_MORNING = datetime(2026, 11, 18, 10, 0, tzinfo=TORONTO)
TUESDAY_EVENING = datetime(2026, 11, 17, 19, 30, tzinfo=TORONTO)
CRISIS = (
    "Landlord Bartholomew came again. I can't do this anymore, sorry for everything. "
    "I have the pills ready tonight"
)


def message(text: str, at: datetime, message_id: str = "<m1@client.example>") -> IncomingMessage:
    return IncomingMessage(
        account=1,
        folder="INBOX",
        uid=7,
        uidvalidity=1,
        message_id=message_id,
        sender=CLIENT,
        client="S.C.",
        arrived_at=at.astimezone(UTC),
        text=text,
    )


@pytest.fixture
def hours(profile: Profile, clock: ManualClock) -> Profile:
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return profile


def test_a_crisis_message_after_hours_is_logged_with_phrases_only(
    hours: Profile, clock: ManualClock, home: Path
) -> None:
    events: list[MailEvent] = []
    intake = MailIntake(hours.db, clock, events.append)
    event = intake.handle(message(CRISIS, FRIDAY_NIGHT))
    assert event is not None and events == [event]
    assert event.crisis and event.after_hours and event.alert is Alert.CRISIS
    c = event.contact
    assert (c.channel, c.source, c.source_id, c.client) == (
        Channel.EMAIL,
        "mail",
        "<m1@client.example>",
        "S.C.",
    )
    assert c.at == FRIDAY_NIGHT.astimezone(UTC)
    assert c.classification is Classification.AFTER_HOURS
    assert c.phrases and all(p in CRISIS for p in c.phrases)
    assert not any("Bartholomew" in p for p in c.phrases)
    hours.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for f in (p for p in home.rglob("*") if p.is_file()):
        assert b"Bartholomew" not in f.read_bytes(), f


def test_the_same_message_id_is_logged_once(hours: Profile, clock: ManualClock) -> None:
    intake = MailIntake(hours.db, clock)
    assert intake.handle(message("hello", FRIDAY_NIGHT)) is not None
    assert intake.handle(message("hello again", FRIDAY_NIGHT)) is None
    assert len(ContactLog(hours.db, clock).query()) == 1


@pytest.mark.parametrize(
    ("at", "alert", "classification"),
    [
        (WEDNESDAY_MORNING, Alert.NONE, Classification.IN_HOURS),
        (TUESDAY_EVENING, Alert.NOTIFY, Classification.AFTER_HOURS),
    ],
)
def test_ordinary_messages_alert_only_off_hours(
    hours: Profile,
    clock: ManualClock,
    at: datetime,
    alert: Alert,
    classification: Classification,
) -> None:
    event = MailIntake(hours.db, clock).handle(message("See you on Monday?", at))
    assert event is not None
    assert (event.alert, event.contact.classification, event.crisis) == (
        alert,
        classification,
        False,
    )


def test_crisis_language_inside_hours_still_opens_the_panel(
    hours: Profile, clock: ManualClock
) -> None:
    event = MailIntake(hours.db, clock).handle(message(CRISIS, WEDNESDAY_MORNING))
    assert event is not None
    assert event.alert is Alert.CRISIS and not event.off_hours


def test_a_failing_alert_does_not_lose_or_repeat_the_contact(
    hours: Profile, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_event: MailEvent) -> None:
        raise RuntimeError("tray gone")

    intake = MailIntake(hours.db, clock, broken)
    intake(message(CRISIS, FRIDAY_NIGHT))  # the handler form: never raises for the alert
    assert len(ContactLog(hours.db, clock).query(crisis=True)) == 1
    assert "raising the alert" in caplog.text
    assert "Bartholomew" not in caplog.text


# -- through IDLE on a real server ------------------------------------------------------------


@pytest.mark.imap
@pytest.mark.parametrize(
    ("at", "text", "alert"),
    [(FRIDAY_NIGHT, CRISIS, Alert.CRISIS), (WEDNESDAY_MORNING, "Running late Monday.", Alert.NONE)],
    ids=["crisis-after-hours", "inside-hours"],
)
def test_through_idle_a_message_is_logged_and_flagged_within_two_seconds(
    hours: Profile,
    mailbox: Mailbox,
    run_watcher: Callable[..., Running],
    at: datetime,
    text: str,
    alert: Alert,
) -> None:
    events: list[MailEvent] = []

    def make(profile: Profile, rec: Recorder) -> MailIntake:
        def on_event(event: MailEvent) -> None:
            events.append(event)
            rec(message(event.contact.source_id or "", at))  # wakes the test's wait

        return MailIntake(profile.db, SystemClock(), on_event)

    running = run_watcher(mailbox, make_handler=make)
    sent = time.monotonic()
    # APPEND keeps the Date as the arrival time (INTERNALDATE), as a delivery at `at` would.
    mailbox.deliver(email_message(CLIENT, text, subject="tonight", when=at))
    assert running.recorder.wait_messages(1, timeout=2.0), "not logged within 2 s"
    assert time.monotonic() - sent < 2.0
    running.stop()
    assert running.error is None
    [event] = events
    assert event.alert is alert
    assert event.crisis is (alert is Alert.CRISIS)
    assert event.off_hours is (alert is Alert.CRISIS)
    logged = ContactLog(hours.db, SystemClock()).query()
    assert [(c.id, c.at, c.channel, c.client, c.crisis) for c in logged] == [
        (event.contact.id, at.astimezone(UTC), Channel.EMAIL, "S.C.", alert is Alert.CRISIS)
    ]


@pytest.mark.imap
def test_watch_once_logs_contacts_and_points_to_the_crisis_script(
    home: Path, hours: Profile, mailbox: Mailbox
) -> None:
    from tests.test_mail_cli import add_args

    Settings(hours.db).set("profile.timezone", "America/Toronto")  # times shown in Toronto
    assert cli(home, *add_args(mailbox), stdin=mailbox.password + "\n").status == 0
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")
    # A first pass marks where the inbox stands; what arrives after it is new.
    assert cli(home, "watch", "--once", stdin=mailbox.password + "\n").status == 0
    mailbox.deliver(email_message(CLIENT, CRISIS, when=FRIDAY_NIGHT))
    mailbox.deliver(email_message(CLIENT, "Running late Monday.", when=WEDNESDAY_MORNING))
    r = cli(home, "watch", "--once", stdin=mailbox.password + "\n", clock=SystemClock())
    assert r.status == 0, r.err
    lines = sorted(r.out.splitlines())
    assert lines[0] == "2 new messages."
    assert lines[1].startswith("2026-11-18T10:00:00-05:00\tS.C.\tin_hours\tnone")
    assert lines[2].startswith("2026-11-20T23:40:00-05:00\tS.C.\tafter_hours\tcrisis\t")
    assert "crisis-script" in r.err
    assert "Bartholomew" not in r.out + r.err
    contacts = cli(home, "contacts", "--json").json()
    assert sorted(c["crisis"] for c in contacts) == [False, True]
    assert all(c["channel"] == "email" and c["source"] == "mail" for c in contacts)
