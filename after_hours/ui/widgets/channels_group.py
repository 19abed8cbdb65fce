"""Settings' Channels group: every way messages arrive, each with its live state.

Today: the work mailbox (set up, tested and removed here), the phones KDE Connect knows, and
phone history imports. Each
part is its own widget module so Settings only places them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from after_hours.ui.base.services import Services
from after_hours.ui.widgets.channels_import import PhoneHistoryGroup
from after_hours.ui.widgets.channels_mailbox import MailboxSetup
from after_hours.ui.widgets.channels_phone import KdeConnectDevices


class ChannelsGroup(QGroupBox):
    """The mailbox and imports; ``mailbox.changed`` asks the shell to restart the watcher."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Channels"))
        self.mailbox = MailboxSetup(services)
        self.mailbox.changed.connect(services.events.mailbox_changed)
        self.phone_history = PhoneHistoryGroup(services)
        self.kdeconnect = KdeConnectDevices()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Work mailbox</b>")))
        layout.addWidget(self.mailbox)
        layout.addWidget(QLabel(self.tr("<b>Texts from your phone (KDE Connect)</b>")))
        layout.addWidget(self.kdeconnect)
        layout.addWidget(self.phone_history)
