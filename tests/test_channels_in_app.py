"""A Signal notification and a KDE Connect SMS, in the running app: the crisis panel opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest

from after_hours.availability.channels.senders import SenderMap
from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule import Schedule, Window
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.channels_bridge import ChannelsBridge
from after_hours.ui.shell.tray import TrayController
from tests.dbus_session import (  # noqa: F401  (fixtures)
    Bus,
    KdeConnectService,
    NotificationServer,
    fixture_notification_server,
    fixture_session_bus,
    notify_send,
)

CRISIS = "I can't do this anymore, I have the pills"


@pytest.fixture
def shell(
    qtbot,  # type: ignore[no-untyped-def]
    profile: Profile,
    clock: ManualClock,
    session_bus: Bus,
    notification_server: NotificationServer,
) -> Iterator[Shell]:
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    weekdays = Schedule("America/Toronto", (Window(frozenset(range(5)), time(9), time(17)),))
    ScheduleStore(profile.db, clock).save(weekdays, source="test")
    SenderMap(profile.db, clock).add("J.D.", "JD")
    SenderMap(profile.db, clock).add("514 555 0123", "SC")
    store = ChannelStore(profile.db, clock)
    store.add_app("Signal")
    store.set_enabled("notifications", True)
    store.set_enabled("kdeconnect", True)
    services = Services(profile, clock)
    app = Shell(
        services,
        tray=TrayController(services, tray_available=lambda: False),
        channels=ChannelsBridge(services, bus=session_bus.address),
    )
    yield app
    app.dispose()


def test_a_crisis_notification_from_signal_opens_the_panel_once(
    qtbot, shell: Shell, session_bus: Bus
) -> None:  # type: ignore[no-untyped-def]
    shell.start()
    qtbot.waitUntil(lambda: shell.channels.states.get("notifications") == "watching", timeout=5000)
    assert shell.channels.wait_ready()
    notify_send(session_bus, "Signal", "J.D.", CRISIS)
    qtbot.waitUntil(lambda: bool(shell.panels), timeout=5000)
    panel = shell.panels[-1]
    assert panel.header.text().startswith("Crisis language: message from JD, ")
    assert panel.header.text().endswith("23:40 (off hours)")  # Friday night, Toronto
    assert "have the pills" in panel.message.toPlainText()
    assert shell.services.contacts.count() == 1

    notify_send(session_bus, "Signal", "J.D.", CRISIS)  # the same again: no second contact
    notify_send(session_bus, "Signal", "J.D.", "Can we move Tuesday?")
    qtbot.waitUntil(lambda: bool(shell.window.banner_widgets()), timeout=5000)
    (banner,) = shell.window.banner_widgets()  # no tray in the test: the banner carries it
    assert "Message from JD on Signal, off hours" in banner.label.text()
    assert len(shell.panels) == 1 and shell.services.contacts.count() == 2


def test_a_crisis_text_through_kde_connect_opens_the_panel(
    qtbot, shell: Shell, session_bus: Bus, clock: ManualClock
) -> None:  # type: ignore[no-untyped-def]
    shell.start()
    qtbot.waitUntil(lambda: shell.channels.states.get("kdeconnect") == "no daemon", timeout=5000)
    phone = KdeConnectService(session_bus)
    try:
        qtbot.waitUntil(lambda: shell.channels.states.get("kdeconnect") == "watching", timeout=5000)
        phone.emit(
            "conversationCreated", body=CRISIS, address="+15145550123", at=clock.now(), uid=9
        )
        qtbot.waitUntil(lambda: bool(shell.panels), timeout=5000)
        assert shell.panels[-1].header.text().startswith("Crisis language: message from SC, ")
    finally:
        phone.close()
