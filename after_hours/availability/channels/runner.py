"""The live channels running side by side: one thread per listener, each with its own database.

Used by ``after-hours watch`` and by the app (``after_hours.ui.shell.channels_bridge``). Only the
channels the clinician turned on start. Each thread opens the profile itself (SQLite
connections stay in their thread), logs what its listener hands on through
:class:`~after_hours.availability.channels.intake.ChannelIntake`, and writes its live state to
the profile so ``after-hours channels`` and the app can show it from any process.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from after_hours.availability.channels.senders import ChannelName
from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import Clock
from after_hours.availability.store import open_profile

# The intake (triage, contact log) and jeepney load in the listener threads, when one starts.
if TYPE_CHECKING:
    from after_hours.availability.channels.dbus import KdeConnectListener, NotificationMonitor
    from after_hours.availability.channels.intake import EventCallback

log = logging.getLogger(__name__)

LIVE = (ChannelName.NOTIFICATIONS.value, ChannelName.KDECONNECT.value)
StatusCallback = Callable[[str, str, str], None]  # channel, state, sentence


def dbus_available() -> bool:
    """Whether the D-Bus library is here (Linux installs it; other systems have no such bus)."""
    return importlib.util.find_spec("jeepney") is not None


class LiveChannels:
    """Starts and stops the listeners of the live channels that are on."""

    def __init__(
        self,
        home: Path,
        clock: Clock,
        on_event: EventCallback | None = None,
        *,
        bus: str = "SESSION",
        on_status: StatusCallback | None = None,
    ) -> None:
        self.home = home
        self.clock = clock
        self.bus = bus
        self._on_event = on_event
        self._on_status = on_status
        self.listeners: dict[str, NotificationMonitor | KdeConnectListener] = {}
        self._threads: list[threading.Thread] = []
        self._created: dict[str, threading.Event] = {}
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    def wanted(self) -> list[str]:
        """The live channels turned on in the profile."""
        with open_profile(self.home) as profile:
            store = ChannelStore(profile.db, self.clock)
            return [c for c in LIVE if store.enabled(c)]

    def start(self, channels: list[str] | None = None) -> list[str]:
        """Start a listener for each channel on; returns the channels now being listened to."""
        chosen = self.wanted() if channels is None else channels
        if chosen and not dbus_available():
            with open_profile(self.home) as profile:
                for channel in chosen:
                    ChannelStore(profile.db, self.clock).set_status(
                        channel, "unavailable", "This system has no D-Bus session bus to read."
                    )
            return []
        self._stopping.clear()
        for channel in chosen:
            if channel in self._created:
                continue
            self._created[channel] = threading.Event()
            thread = threading.Thread(
                target=self._run, args=(channel,), name=f"after-hours-{channel}", daemon=True
            )
            self._threads.append(thread)
            thread.start()
        return list(self._created)

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Wait until every started listener is subscribed (tests and the benchmark)."""
        for channel, created in list(self._created.items()):
            if not created.wait(timeout) or not self.listeners[channel].ready.wait(timeout):
                return False
        return True

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        with self._lock:
            for listener in self.listeners.values():
                listener.stop()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        self._created.clear()
        self.listeners.clear()

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    # -- the threads ---------------------------------------------------------------------------

    def _run(self, channel: str) -> None:
        from after_hours.availability.channels.dbus import KdeConnectListener, NotificationMonitor
        from after_hours.availability.channels.intake import ChannelIntake

        try:
            with open_profile(self.home) as profile:
                intake = ChannelIntake(profile.db, self.clock, self._on_event)

                def status(state: str, detail: str) -> None:
                    intake.store.set_status(channel, state, detail)
                    if self._on_status is not None:
                        self._on_status(channel, state, detail)

                listener: NotificationMonitor | KdeConnectListener
                if channel == ChannelName.NOTIFICATIONS.value:
                    listener = NotificationMonitor(intake.handle_notification, self.bus, status)
                else:
                    listener = KdeConnectListener(intake.handle_sms, self.bus, status)
                with self._lock:
                    self.listeners[channel] = listener
                    if self._stopping.is_set():
                        return
                self._created[channel].set()
                listener.run()
        except Exception:
            log.exception("Channels: the %s listener stopped on an unexpected error.", channel)
