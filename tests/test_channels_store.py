"""The channels' tables: the mail sender map moved whole, the bounded apps seen, repeats."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from after_hours.availability.channels.intake import ChannelIntake, RepeatFilter, Skip
from after_hours.availability.channels.notify import Notification
from after_hours.availability.channels.senders import SenderKind, SenderMap
from after_hours.availability.channels.store import SEEN_LIMIT, ChannelStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.mail import MailStore
from after_hours.availability.store import Profile, open_profile
from after_hours.availability.store.migrations import migrations
from after_hours.availability.store.profile import DB_NAME


def test_upgrading_moves_every_mail_sender_into_the_one_map(
    tmp_path: Path, clock: ManualClock
) -> None:
    home = tmp_path / "profile"
    home.mkdir(mode=0o700)
    db = Database(home / DB_NAME)
    migrations.apply(db, stop_before="0011_channels")
    db.table("mail_senders").insert_all(
        [
            {
                "address": "sam@client.example",
                "pseudonym": "S.C.",
                "added_at": "2026-01-01T00:00:00Z",
            },
            {
                "address": "jo@client.example",
                "pseudonym": "J.O.",
                "added_at": "2026-01-02T00:00:00Z",
            },
        ]
    )
    db.close()
    with open_profile(home) as profile:
        assert not profile.db.table("mail_senders").exists()
        entries = SenderMap(profile.db, clock).entries()
        assert {(e.sender, e.kind, e.pseudonym, e.channel) for e in entries} == {
            ("sam@client.example", SenderKind.EMAIL, "S.C.", None),
            ("jo@client.example", SenderKind.EMAIL, "J.O.", None),
        }
        # The mail watcher finds them where it always did.
        assert MailStore(profile.db, clock).pseudonym_for("sam@client.example") == "S.C."


def test_a_sender_limited_to_one_channel_is_a_stranger_elsewhere(
    profile: Profile, clock: ManualClock
) -> None:
    senders = SenderMap(profile.db, clock)
    senders.add("Sam", "S1", "notifications")
    senders.add("+1 514 555 0123", "S2")
    assert senders.lookup("sam", "notifications") == "S1"
    assert senders.lookup("Sam", "kdeconnect") is None
    assert senders.lookup("514-555-0123", "kdeconnect") == "S2"
    assert senders.lookup("514-555-0123", "notifications") == "S2"


def test_the_apps_seen_list_keeps_only_the_most_recent_names(
    profile: Profile, clock: ManualClock
) -> None:
    store = ChannelStore(profile.db, clock)
    for i in range(SEEN_LIMIT + 5):
        clock.advance(timedelta(seconds=1))
        store.note_seen(f"App {i}")
    store.note_seen("App 7")  # seen again: back to the top
    seen = store.seen_apps()
    assert len(seen) == SEEN_LIMIT
    assert seen[0].app == "App 7" and seen[0].times == 2
    assert "App 0" not in {s.app for s in seen}


def test_a_repeat_is_forgotten_after_the_window(clock: ManualClock) -> None:
    repeats = RepeatFilter(clock, timedelta(minutes=10))
    assert not repeats.repeat("Signal", "J.D.", "hello")
    assert repeats.repeat("Signal", "J.D.", "hello")
    assert not repeats.repeat("Signal", "J.D.", "hello again")
    clock.advance(timedelta(minutes=11))
    assert not repeats.repeat("Signal", "J.D.", "hello")


def test_a_reposted_notification_is_not_a_new_message(profile: Profile, clock: ManualClock) -> None:
    SenderMap(profile.db, clock).add("J.D.", "JD")
    ChannelStore(profile.db, clock).add_app("signal")
    intake = ChannelIntake(profile.db, clock)
    first = Notification("Signal", 0, "", "J.D.", "are you up?")
    assert intake.handle_notification(first, ":1.5/2") is not None
    again = Notification("Signal", 17, "", "J.D.", "are you up? (2 messages)")
    assert intake.handle_notification(again, ":1.5/3") is None
    assert intake.last_skip is Skip.REPOST
    # The same call seen by a second process (same bus serial) is logged once.
    other = ChannelIntake(profile.db, clock)
    assert other.handle_notification(first, ":1.5/2") is None and other.last_skip is Skip.LOGGED
