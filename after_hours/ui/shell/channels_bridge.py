"""The live channels inside the app: their listener threads, their events on the GUI thread.

``after_hours.availability.channels`` listens to the desktop's notifications and to KDE
Connect on the session bus and logs each client message through the shared intake. Its
threads have their own database connections; towards Qt they only emit signals, which Qt
queues to the GUI thread, where the shell opens the crisis panel or shows a notification.
The runner (and jeepney, which only its threads import) loads when :meth:`start` is first
called, after the window's first paint, so start-up does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.channels.runner import LiveChannels


class ChannelsBridge(QObject):
    """Starts and stops the listeners of the channels that are on; re-emits on the GUI thread."""

    event = Signal(object)  # after_hours.availability.channels.intake.ChannelEvent
    status_changed = Signal(str, str, str)  # channel, state, a sentence for people

    def __init__(
        self, services: Services, parent: QObject | None = None, *, bus: str = "SESSION"
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.runner: LiveChannels | None = None
        self.states: dict[str, str] = {}
        self.status_changed.connect(self._remember)

    def start(self) -> list[str]:
        """Listen to each channel that is on; returns the channels listened to."""
        # The settings ``ChannelStore.enabled`` reads, read here without importing the channels'
        # store and senders (0.7 MiB an idle app with no channel on would hold for nothing).
        settings = self.services.settings
        wanted = [
            c
            for c in ("notifications", "kdeconnect")
            if settings.get(f"channels.{c}.enabled") is True
        ]
        if not wanted:
            return []  # nothing on (the default): the runner is not even imported
        from after_hours.availability.channels.runner import LiveChannels

        if self.runner is None:
            self.runner = LiveChannels(
                self.services.profile.home,
                self.services.clock,
                self.event.emit,
                bus=self.bus,
                on_status=self.status_changed.emit,
            )
        return self.runner.start(wanted)

    def restart(self) -> list[str]:
        """After the channel settings changed: stop every listener, start those now on."""
        self.stop()
        return self.start()

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Whether every listener is subscribed (tests and the benchmark wait on this)."""
        return self.runner is not None and self.runner.wait_ready(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        if self.runner is not None:
            self.runner.stop(timeout)

    def _remember(self, channel: str, state: str, _detail: str) -> None:
        self.states[channel] = state
