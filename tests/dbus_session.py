"""A private D-Bus session bus for tests, with the services a desktop would have on it.

- :func:`start_bus` runs a real ``dbus-daemon --session`` (killed by the fixture after).
- :class:`NotificationServer` owns ``org.freedesktop.Notifications`` and answers ``Notify``
  as every desktop's notification server does (without one, ``notify-send`` fails and a
  monitor sees nothing).
- :class:`KdeConnectService` owns ``org.kde.kdeconnect``, exposes a device object with the
  ``org.kde.kdeconnect.device.conversations`` interface and emits ``conversationCreated`` /
  ``conversationUpdated`` with a message marshalled as kdeconnectd marshals one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from jeepney import (
    DBusAddress,
    MessageType,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from after_hours.availability.channels.kdeconnect import (
    DEVICE_PATH_PREFIX,
    INTERFACE,
    MESSAGE_SIGNATURE,
)


@dataclass
class Bus:
    address: str
    pid: int

    def env(self) -> dict[str, str]:
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}


def start_bus(tmp: Path) -> Bus:
    """``dbus-daemon --session --fork``: its address on stdout, its pid on fd 3."""
    pidfile = tmp / "dbus.pid"
    out = subprocess.run(
        [
            "sh",
            "-c",
            'exec dbus-daemon --session --fork --print-address=1 --print-pid=3 3>"$1"',
            "sh",
            str(pidfile),
        ],
        stdout=subprocess.PIPE,
        check=True,
        text=True,
        timeout=10,
    )
    return Bus(out.stdout.strip().splitlines()[0], int(pidfile.read_text().split()[0]))


def stop_bus(bus: Bus) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(bus.pid, signal.SIGTERM)


def _own(conn: DBusConnection, name: str) -> None:
    reply = conn.send_and_get_reply(message_bus.RequestName(name), timeout=5)
    assert reply.body[0] == 1, f"could not own {name}"


class _Service:
    """A thread answering method calls on one connection until stopped."""

    def __init__(self, bus: Bus, *names: str) -> None:
        self.conn = open_dbus_connection(bus.address)
        for name in names:  # before the thread starts reading the replies
            _own(self.conn, name)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is MessageType.method_call:
                self.answer(msg)

    def answer(self, msg: Any) -> None:
        self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.conn.close()


class NotificationServer(_Service):
    """Owns the notification services and answers as a desktop does.

    ``org.freedesktop.Notifications`` as every desktop, and ``org.gtk.Notifications`` as GNOME
    Shell.
    """

    def __init__(self, bus: Bus) -> None:
        self.count = 0
        super().__init__(bus, "org.freedesktop.Notifications", "org.gtk.Notifications")

    def answer(self, msg: Any) -> None:
        member = msg.header.fields.get(3)  # HeaderFields.member
        if member == "AddNotification":
            self.conn.send(new_method_return(msg))
        elif member == "Notify":
            self.count += 1
            self.conn.send(new_method_return(msg, "u", (self.count,)))
        elif member == "GetServerInformation":
            self.conn.send(new_method_return(msg, "ssss", ("test", "tests", "1", "1.2")))
        elif member == "GetCapabilities":
            self.conn.send(new_method_return(msg, "as", (["body"],)))
        else:
            super().answer(msg)


class KdeConnectService(_Service):
    """Owns ``org.kde.kdeconnect`` with one device whose conversations emit signals."""

    def __init__(self, bus: Bus, device: str = "a1b2c3d4e5f6") -> None:
        self.device = device
        self.path = DEVICE_PATH_PREFIX + device
        super().__init__(bus, "org.kde.kdeconnect")

    def answer(self, msg: Any) -> None:
        member = msg.header.fields.get(3)
        if member == "activeConversations":
            self.conn.send(new_method_return(msg, "av", ([],)))
        elif member == "devices":
            self.conn.send(new_method_return(msg, "as", ([self.device],)))
        else:
            super().answer(msg)

    def emit(
        self,
        signal_name: str,
        *,
        body: str,
        address: str,
        at: datetime,
        uid: int,
        type_: int = 1,
        thread_id: int = 7,
    ) -> None:
        """A message as kdeconnectd sends it: ``(isa(s)xiixiia(xsss))`` in a variant."""
        message = (
            1,  # event: text message
            body,
            [(address,)],
            int(at.timestamp() * 1000),
            type_,
            0,  # read
            thread_id,
            uid,
            -1,  # subID
            [],
        )
        where = DBusAddress(self.path, interface=INTERFACE)
        self.conn.send(new_signal(where, signal_name, "v", ((MESSAGE_SIGNATURE, message),)))


def notify_send(bus: Bus, app: str, summary: str, body: str) -> None:
    """The desktop's own tool, as an app's notification would arrive."""
    subprocess.run(["notify-send", "-a", app, summary, body], env=bus.env(), check=True, timeout=10)


def gtk_notify(bus: Bus, app_id: str, title: str, body: str) -> None:
    """What ``GApplication.send_notification`` sends to GNOME Shell."""
    conn = open_dbus_connection(bus.address)
    try:
        where = DBusAddress(
            "/org/gtk/Notifications", "org.gtk.Notifications", "org.gtk.Notifications"
        )
        call = new_method_call(
            where,
            "AddNotification",
            "ssa{sv}",
            (app_id, "sms-1", {"title": ("s", title), "body": ("s", body)}),
        )
        reply = conn.send_and_get_reply(call, timeout=5)
        assert reply.header.message_type is MessageType.method_return
    finally:
        conn.close()


@pytest.fixture(scope="module", name="session_bus")
def fixture_session_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bus]:
    bus = start_bus(tmp_path_factory.mktemp("dbus"))
    try:
        yield bus
    finally:
        stop_bus(bus)


@pytest.fixture(scope="module", name="notification_server")
def fixture_notification_server(session_bus: Bus) -> Iterator[NotificationServer]:
    server = NotificationServer(session_bus)
    try:
        yield server
    finally:
        server.close()
