"""Settings' Channels group: every way messages arrive, each with its live state.

Today: the work mailbox (set up, tested and removed here) and phone history imports. Each
part is its own widget module so Settings only places them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from after_hours.ui.base.services import Services
from after_hours.ui.widgets.channels_import import PhoneHistoryGroup
from after_hours.ui.widgets.channels_mailbox import MailboxSetup


class ChannelsGroup(QGroupBox):
    """The mailbox and imports; ``mailbox.changed`` asks the shell to restart the watcher."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Channels"))
        self.mailbox = MailboxSetup(services)
        self.mailbox.changed.connect(services.events.mailbox_changed)
        self.phone_history = PhoneHistoryGroup(services)
        title = QLabel(self.tr("<b>Work mailbox</b>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.mailbox)
        layout.addWidget(self.phone_history)
