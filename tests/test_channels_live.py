"""Notifications and KDE Connect SMS through a real session bus, to a logged contact.

A real ``dbus-daemon --session``, a notification server answering ``Notify`` as a desktop's
does, ``notify-send`` under real app names, and a KDE Connect test service emitting its
conversations signals with kdeconnectd's marshalling. The clock is Friday 23:40 in Toronto.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest

from after_hours.availability.channels.intake import ChannelEvent
from after_hours.availability.channels.runner import LiveChannels
from after_hours.availability.channels.senders import SenderMap
from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.schedule import Schedule, Window
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.dbus_session import (  # noqa: F401  (fixtures)
    Bus,
    KdeConnectService,
    NotificationServer,
    fixture_notification_server,
    fixture_session_bus,
    gtk_notify,
    notify_send,
)

CRISIS = "I can't do this anymore, I have the pills"


def set_up(profile: Profile, clock: ManualClock) -> None:
    Settings(profile.db).update({"profile.timezone": "America/Toronto", "profile.region": "CA"})
    weekdays = Schedule("America/Toronto", (Window(frozenset(range(5)), time(9), time(17)),))
    ScheduleStore(profile.db, clock).save(weekdays, source="test")
    senders = SenderMap(profile.db, clock)
    senders.add("J.D.", "JD", "notifications")
    senders.add("(514) 555-0123", "SC")
    store = ChannelStore(profile.db, clock)
    store.add_app("Signal")
    store.set_enabled("notifications", True)
    store.set_enabled("kdeconnect", True)


STATES: queue.Queue[tuple[str, str]] = queue.Queue()


def note_state(channel: str, state: str, _detail: str) -> None:
    STATES.put((channel, state))


def wait_state(channel: str, state: str) -> None:
    """Wait for the listener to report ``state`` (each report is a queue item: no polling)."""
    while STATES.get(timeout=5) != (channel, state):
        pass


@pytest.fixture
def live(
    profile: Profile, clock: ManualClock, session_bus: Bus, notification_server: NotificationServer
) -> Iterator[tuple[LiveChannels, queue.Queue[ChannelEvent]]]:
    set_up(profile, clock)
    events: queue.Queue[ChannelEvent] = queue.Queue()
    while not STATES.empty():
        STATES.get_nowait()
    channels = LiveChannels(
        profile.home, clock, events.put, bus=session_bus.address, on_status=note_state
    )
    assert channels.start() == ["notifications", "kdeconnect"]
    assert channels.wait_ready()
    yield channels, events
    channels.stop()


def profile_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.glob("after-hours.db*"))


def test_a_crisis_from_signal_is_logged_once_as_an_after_hours_crisis_without_its_text(
    live: tuple[LiveChannels, queue.Queue[ChannelEvent]], profile: Profile, session_bus: Bus
) -> None:
    _channels, events = live
    notify_send(session_bus, "Signal", "J.D.", CRISIS)
    event = events.get(timeout=5)
    assert event.crisis and event.after_hours and event.app == "Signal"
    assert event.contact.client == "JD" and event.contact.channel.value == "messaging_app"

    notify_send(session_bus, "Signal", "J.D.", CRISIS)  # the same notification again
    notify_send(session_bus, "Signal", "J.D.", "Can we talk Monday?")  # then another
    later = events.get(timeout=5)
    assert not later.crisis and later.contact.client == "JD"
    assert events.empty()

    contacts = ContactLog(profile.db, ManualClock(event.contact.at)).query()
    assert len(contacts) == 2
    crisis = [c for c in contacts if c.crisis]
    assert len(crisis) == 1 and crisis[0].classification.value == "after_hours"
    assert crisis[0].phrases  # only the matched phrases are kept...
    stored = profile_bytes(profile.home)
    assert CRISIS.encode() not in stored and b"Can we talk Monday" not in stored  # ...not the text
    status = ChannelStore(profile.db, ManualClock(event.contact.at)).status("notifications")
    assert status is not None and status.state == "watching" and status.last_message_at


def test_unknown_senders_are_ignored_or_logged_as_the_user_chose(
    live: tuple[LiveChannels, queue.Queue[ChannelEvent]],
    profile: Profile,
    clock: ManualClock,
    session_bus: Bus,
) -> None:
    _channels, events = live
    notify_send(session_bus, "Signal", "Someone Else", "are you there?")
    notify_send(session_bus, "Signal", "J.D.", "marker one")
    assert events.get(timeout=5).contact.client == "JD"
    assert events.empty()  # the stranger was ignored

    ChannelStore(profile.db, clock).set_unknown_senders("notifications", "log")
    notify_send(session_bus, "Signal", "Someone Else", "hello? are you still up?")
    logged = events.get(timeout=5)
    assert logged.contact.client == "unknown"


def test_an_app_not_chosen_is_ignored_but_offered_among_the_apps_seen(
    live: tuple[LiveChannels, queue.Queue[ChannelEvent]],
    profile: Profile,
    clock: ManualClock,
    session_bus: Bus,
) -> None:
    _channels, events = live
    notify_send(session_bus, "WhatsApp", "J.D.", CRISIS)
    notify_send(session_bus, "Signal", "J.D.", "marker two")
    assert events.get(timeout=5).contact.client == "JD"
    assert events.empty()
    seen = {s.app: s for s in ChannelStore(profile.db, clock).seen_apps()}
    assert set(seen) == {"WhatsApp", "Signal"}
    assert seen["Signal"].chosen and not seen["WhatsApp"].chosen
    assert CRISIS.encode() not in profile_bytes(profile.home)


def test_a_kde_connect_sms_from_a_client_is_logged_once_and_sent_ones_are_not_triaged(
    live: tuple[LiveChannels, queue.Queue[ChannelEvent]],
    profile: Profile,
    clock: ManualClock,
    session_bus: Bus,
) -> None:
    _channels, events = live
    status = ChannelStore(profile.db, clock).status("kdeconnect")
    assert status is not None and status.state == "no daemon"
    phone = KdeConnectService(session_bus)
    try:
        wait_state("kdeconnect", "watching")  # the listener follows the daemon onto the bus
        status = ChannelStore(profile.db, clock).status("kdeconnect")
        assert status is not None and status.state == "watching"

        at = clock.now()
        phone.emit("conversationCreated", body=CRISIS, address="+1 514-555-0123", at=at, uid=501)
        event = events.get(timeout=5)
        assert event.crisis and event.after_hours and event.contact.client == "SC"
        assert event.contact.channel.value == "text" and event.contact.source == "kdeconnect"

        phone.emit("conversationUpdated", body=CRISIS, address="+1 514-555-0123", at=at, uid=501)
        phone.emit(
            "conversationUpdated", body=CRISIS, address="5145550123", at=at, uid=502, type_=2
        )
        phone.emit("conversationUpdated", body="ok", address="514 555 0123", at=at, uid=503)
        assert events.get(timeout=5).contact.source_id == f"{phone.device}/503"
        assert events.empty()
        crises = [c for c in ContactLog(profile.db, clock).query() if c.crisis]
        assert len(crises) == 1
        assert CRISIS.encode() not in profile_bytes(profile.home)
    finally:
        phone.close()
    wait_state("kdeconnect", "no daemon")  # and notices it leave


def test_gnome_notifications_are_read_too(
    live: tuple[LiveChannels, queue.Queue[ChannelEvent]],
    profile: Profile,
    clock: ManualClock,
    session_bus: Bus,
) -> None:
    """GSConnect and other GNotification apps call org.gtk.Notifications on GNOME Shell."""
    _channels, events = live
    gsconnect = "org.gnome.Shell.Extensions.GSConnect"
    ChannelStore(profile.db, clock).add_app(gsconnect)
    gtk_notify(session_bus, gsconnect, "J.D.", CRISIS)
    event = events.get(timeout=5)
    assert event.crisis and event.app == gsconnect and event.contact.client == "JD"
