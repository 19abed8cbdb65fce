"""The D-Bus edge: the notification monitor and the KDE Connect listener (jeepney, blocking).

jeepney is pure Python, already installed on Linux with keyring's Secret Service backend, and
has blocking and asyncio APIs; nothing here needs a main loop. Each listener runs in the thread
that calls :meth:`run` until :meth:`stop`: it waits on its socket with a short timeout so a stop
is seen within :data:`TICK` seconds, and reconnects after :data:`RETRY` seconds if the bus goes.
This module is imported only when a listener starts (the CLI's ``watch``, the app after its
first paint), so jeepney never slows a start-up.

What each hands on is parsed values (``notify.Notification``, ``kdeconnect.SmsMessage``) and a
text-free id; the callbacks decide the rest (``channels.intake``).
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from jeepney import HeaderFields, MatchRule, Message, MessageType
from jeepney.bus_messages import Monitoring, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from after_hours.availability.channels.kdeconnect import (
    INTERFACE as CONVERSATIONS,
)
from after_hours.availability.channels.kdeconnect import (
    SERVICE as KDECONNECT,
)
from after_hours.availability.channels.kdeconnect import (
    SIGNALS,
    SmsMessage,
    SmsMessageError,
    device_of,
    parse_sms,
)
from after_hours.availability.channels.notify import (
    Notification,
    NotifyArgumentError,
    parse_gtk_notification,
    parse_notify,
)

log = logging.getLogger(__name__)

NOTIFICATIONS = "org.freedesktop.Notifications"
GTK_NOTIFICATIONS = "org.gtk.Notifications"  # GNotification on GNOME Shell
TICK = 0.25
RETRY = 5.0

StatusCallback = Callable[[str, str], None]  # state ("watching", "no daemon", ...), sentence


def _field(msg: Message, name: HeaderFields) -> Any:
    return msg.header.fields.get(name)


class _Listener(ABC):
    """A blocking loop on one connection, stoppable from another thread."""

    name = "listener"

    def __init__(self, bus: str = "SESSION", on_status: StatusCallback | None = None) -> None:
        self.bus = bus
        self._on_status = on_status
        self._stop = threading.Event()
        self.state = "stopped"
        self.ready = threading.Event()  # set once the listener is subscribed (tests, bench)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _status(self, state: str, detail: str) -> None:
        if state == self.state and state != "failed":
            return
        self.state = state
        if self._on_status is not None:
            try:
                self._on_status(state, detail)
            except Exception:
                log.exception("Channels: reporting the %s state failed.", self.name)

    def run(self) -> None:
        """Listen until :meth:`stop`, reconnecting when the bus is lost."""
        while not self._stop.is_set():
            try:
                conn = open_dbus_connection(self.bus)
            except Exception as exc:  # no bus, refused, bad address: all "not reachable"
                self._status("no bus", f"The session bus cannot be reached ({exc}).")
                self._stop.wait(RETRY)
                continue
            try:
                self._listen(conn)
            except (ConnectionError, OSError, EOFError) as exc:
                if not self._stop.is_set():
                    self._status("no bus", f"The session bus went away ({exc}).")
                    self._stop.wait(RETRY)
            except Exception as exc:
                log.exception("Channels: the %s stopped on an unexpected error.", self.name)
                self._status("failed", f"The {self.name} stopped on an unexpected error: {exc}")
                self._stop.wait(RETRY)
            finally:
                conn.close()
        self.ready.clear()
        self._status("stopped", "")

    @abstractmethod
    def _listen(self, conn: DBusConnection) -> None:
        """Subscribe on ``conn`` and hand on what arrives until stopped."""

    def _messages(self, conn: DBusConnection) -> Any:
        """Each message as it comes, until stopped."""
        while not self._stop.is_set():
            try:
                yield conn.receive(timeout=TICK)
            except TimeoutError:
                continue


NotificationCallback = Callable[[Notification, str], object]


class NotificationMonitor(_Listener):
    """Sees every ``Notify`` call on the session bus, as ``dbus-monitor`` does.

    The connection becomes a monitor (``BecomeMonitor``) with two match rules, so the bus
    copies it the ``org.freedesktop.Notifications.Notify`` calls and GNOME's
    ``org.gtk.Notifications.AddNotification`` calls and nothing else; a monitor cannot send,
    and changes nothing for the notification server or the apps.
    """

    name = "notification monitor"

    def __init__(
        self,
        on_notification: NotificationCallback,
        bus: str = "SESSION",
        on_status: StatusCallback | None = None,
    ) -> None:
        super().__init__(bus, on_status)
        self._on_notification = on_notification

    def _listen(self, conn: DBusConnection) -> None:
        rules = [
            MatchRule(type="method_call", interface=NOTIFICATIONS, member="Notify"),
            MatchRule(type="method_call", interface=GTK_NOTIFICATIONS, member="AddNotification"),
        ]
        reply = conn.send_and_get_reply(
            Monitoring().BecomeMonitor([r.serialise() for r in rules]), timeout=5
        )
        if reply.header.message_type is MessageType.error:
            self._status("failed", f"The bus refused to let us watch notifications: {reply.body}")
            self._stop.wait(RETRY)
            return
        self._status("watching", "Watching the desktop's notifications.")
        self.ready.set()
        for msg in self._messages(conn):
            if msg.header.message_type is not MessageType.method_call:
                continue
            call = (_field(msg, HeaderFields.interface), _field(msg, HeaderFields.member))
            if call not in ((NOTIFICATIONS, "Notify"), (GTK_NOTIFICATIONS, "AddNotification")):
                continue
            try:
                parse = parse_notify if call[1] == "Notify" else parse_gtk_notification
                note = parse(msg.body)
            except NotifyArgumentError as exc:
                log.warning("Channels: a Notify call was skipped: %s", exc)
                continue
            source_id = f"{_field(msg, HeaderFields.sender)}/{msg.header.serial}"
            try:
                self._on_notification(note, source_id)
            except Exception:
                log.exception("Channels: handling a notification failed.")


SmsCallback = Callable[[SmsMessage], object]


class KdeConnectListener(_Listener):
    """Hears KDE Connect's ``conversationCreated`` / ``conversationUpdated`` signals.

    It subscribes to the signals of every device at once (a match on the interface), and to
    ``NameOwnerChanged`` for ``org.kde.kdeconnect`` so its state follows the daemon: "watching"
    while ``kdeconnectd`` is on the bus, "no daemon" when it is not.
    """

    name = "KDE Connect listener"

    def __init__(
        self, on_sms: SmsCallback, bus: str = "SESSION", on_status: StatusCallback | None = None
    ) -> None:
        super().__init__(bus, on_status)
        self._on_sms = on_sms

    def _listen(self, conn: DBusConnection) -> None:
        owner_changes = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
        )
        owner_changes.add_arg_condition(0, KDECONNECT)
        for rule in (
            MatchRule(type="signal", sender=KDECONNECT, interface=CONVERSATIONS),
            owner_changes,
        ):
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        owned = conn.send_and_get_reply(message_bus.NameHasOwner(KDECONNECT), timeout=5)
        self._daemon(bool(owned.body[0]))
        self.ready.set()
        for msg in self._messages(conn):
            if msg.header.message_type is not MessageType.signal:
                continue
            member = _field(msg, HeaderFields.member)
            if member == "NameOwnerChanged":
                name, _old, new = msg.body
                if name == KDECONNECT:
                    self._daemon(bool(new))
                continue
            if _field(msg, HeaderFields.interface) != CONVERSATIONS or member not in SIGNALS:
                continue
            try:
                sms = parse_sms(device_of(str(_field(msg, HeaderFields.path))), msg.body)
            except SmsMessageError as exc:
                log.warning("Channels: a KDE Connect message was skipped: %s", exc)
                continue
            try:
                self._on_sms(sms)
            except Exception:
                log.exception("Channels: handling an SMS failed.")

    def _daemon(self, present: bool) -> None:
        if present:
            self._status("watching", "Watching KDE Connect for text messages.")
        else:
            self._status("no daemon", "KDE Connect is not running (no kdeconnectd on the bus).")
