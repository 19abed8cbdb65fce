"""KDE Connect's devices, read from a daemon on a real private session bus (dbus-daemon).

The test service owns ``org.kde.kdeconnect`` and answers ``deviceNames(bb)`` as kdeconnectd
does: a map of device id to name, all paired devices or only the reachable ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_hours.availability.kdeconnect_devices import PATH, SERVICE, Device, list_devices

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")

PAIRED = {"a1b2": "Pixel 8", "c3d4": "Old Galaxy"}
REACHABLE = {"a1b2": "Pixel 8"}


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private session bus; its address (the test process's own bus is left alone)."""
    out = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    try:
        yield address
    finally:
        os.kill(pid, 15)


def serve_kdeconnect(address: str, ready: threading.Event, stop: threading.Event) -> None:
    from jeepney import HeaderFields, MessageType, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=address) as conn:
        conn.send_and_get_reply(message_bus.RequestName(SERVICE))
        ready.set()
        while not stop.is_set():
            try:
                msg = conn.receive(timeout=0.2)
            except TimeoutError:
                continue
            fields = msg.header.fields
            if msg.header.message_type is not MessageType.method_call:
                continue
            if (
                fields.get(HeaderFields.member) == "deviceNames"
                and fields.get(HeaderFields.path) == PATH
            ):
                only_reachable, _only_paired = msg.body
                names = REACHABLE if only_reachable else PAIRED
                conn.send(new_method_return(msg, "a{ss}", (names,)))


def test_devices_come_from_the_daemon_reachable_first(session_bus: str) -> None:
    ready, stop = threading.Event(), threading.Event()
    server = threading.Thread(target=serve_kdeconnect, args=(session_bus, ready, stop))
    server.start()
    try:
        assert ready.wait(5)
        assert list_devices(bus=session_bus) == [
            Device("a1b2", "Pixel 8", True),
            Device("c3d4", "Old Galaxy", False),
        ]
    finally:
        stop.set()
        server.join(5)


def test_no_daemon_on_the_bus_is_said_as_none(session_bus: str) -> None:
    assert list_devices(bus=session_bus, timeout=2) is None


def test_no_bus_at_all_is_none_too(tmp_path: Path) -> None:
    assert list_devices(bus=f"unix:path={tmp_path / 'nothing'}") is None


def test_settings_shows_the_phones_or_no_daemon(qtbot, session_bus: str) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.widgets.channels_phone import KdeConnectDevices

    widget = KdeConnectDevices(bus=session_bus)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.busy() and widget.again.isEnabled(), timeout=10_000)
    assert widget.state.text().startswith("No daemon")

    ready, stop = threading.Event(), threading.Event()
    server = threading.Thread(target=serve_kdeconnect, args=(session_bus, ready, stop))
    server.start()
    try:
        assert ready.wait(5)
        widget.again.click()
        qtbot.waitUntil(lambda: widget.state.text().startswith("Paired phones"), timeout=10_000)
        assert (
            widget.state.text() == "Paired phones: Pixel 8 (reachable), Old Galaxy (not reachable)."
        )
    finally:
        stop.set()
        server.join(5)
