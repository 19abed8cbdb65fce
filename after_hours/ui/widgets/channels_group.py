"""Settings' Channels group: every way messages arrive, each with its live state.

The work mailbox (set up, tested and removed here), app notifications (on or off, which apps),
KDE Connect (on or off, the phones its daemon knows) and phone history imports, each with its
live state. Each
part is its own widget module so Settings only places them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from after_hours.ui.base.services import Services
from after_hours.ui.widgets.channels_apps import AppNotifications
from after_hours.ui.widgets.channels_import import PhoneHistoryGroup
from after_hours.ui.widgets.channels_mailbox import MailboxSetup
from after_hours.ui.widgets.channels_phone import KdeConnectDevices

if TYPE_CHECKING:
    from after_hours.availability.channels.store import ChannelStore


class ChannelsGroup(QGroupBox):
    """The mailbox and imports; ``mailbox.changed`` asks the shell to restart the watcher."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Channels"))
        self.services = services
        self.mailbox = MailboxSetup(services)
        self.mailbox.changed.connect(services.events.mailbox_changed)
        self.phone_history = PhoneHistoryGroup(services)
        self.notifications = AppNotifications(services)
        self.notifications.changed.connect(services.events.channels_changed)
        self.kdeconnect = KdeConnectDevices()
        self.kdeconnect_on = QCheckBox(self.tr("Read texts your phone hands to KDE Connect"))
        self.kdeconnect_on.setAccessibleName(self.tr("KDE Connect texts on"))
        self.kdeconnect_on.setChecked(self._channels().enabled("kdeconnect"))
        self.kdeconnect_on.toggled.connect(self._set_kdeconnect)
        self.kdeconnect_state = QLabel()
        self.kdeconnect_state.setWordWrap(True)
        self.kdeconnect_state.setAccessibleName(self.tr("KDE Connect state"))
        self._show_kdeconnect_state()
        services.events.channels_status.connect(self._on_status)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Work mailbox</b>")))
        layout.addWidget(self.mailbox)
        layout.addWidget(QLabel(self.tr("<b>App notifications (Signal, WhatsApp, ...)</b>")))
        layout.addWidget(self.notifications)
        layout.addWidget(QLabel(self.tr("<b>Texts from your phone (KDE Connect)</b>")))
        layout.addWidget(self.kdeconnect_on)
        layout.addWidget(self.kdeconnect)
        layout.addWidget(self.kdeconnect_state)
        layout.addWidget(self.phone_history)

    def _channels(self) -> ChannelStore:
        from after_hours.availability.channels.store import ChannelStore

        return ChannelStore(self.services.profile.db, self.services.clock)

    def _set_kdeconnect(self, on: bool) -> None:
        self._channels().set_enabled("kdeconnect", on)
        self._show_kdeconnect_state()
        self.services.events.channels_changed.emit()

    def _show_kdeconnect_state(self) -> None:
        store = self._channels()
        status = store.status("kdeconnect")
        self.kdeconnect_state.setText(
            self.notifications.state_sentence(
                store.enabled("kdeconnect"),
                status.state if status else None,
                status.detail if status else "",
                status.last_message_at if status else None,
            )
        )

    def _on_status(self, channel: str, _state: str, _detail: str) -> None:
        if channel == "kdeconnect":
            self._show_kdeconnect_state()
