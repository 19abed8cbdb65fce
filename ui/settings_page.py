"""Settings with part 2's groups: default minutes, thresholds, the backups list.

Registered over ``ui.views.settings:SettingsPage`` by key; the profile, region, zone, own
crisis lines, start at login and data folder stay where part 1 put them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.scroll_page import make_scrollable
from ui.services import Services
from ui.settings_groups import BackupsGroup, MinutesGroup, ThresholdsGroup
from ui.views.settings import SettingsPage


class FullSettingsPage(SettingsPage):
    def __init__(self, services: Services, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(services, parent, **kwargs)  # type: ignore[arg-type]
        # Reminders on or off, and their kinds, come from the reminders feature
        # (``ui.reminders_shell`` adds its box to ``self.extra`` once the page exists).
        self.minutes = MinutesGroup(services)
        self.thresholds = ThresholdsGroup(services)
        self.backups = BackupsGroup(services, with_backup_button=False)
        self.extra.addWidget(self.minutes)
        self.extra.addWidget(self.thresholds)
        self.extra.addWidget(self.backups)
        self.scroll = make_scrollable(self)

    def backup_now(self) -> None:
        super().backup_now()
        self.backups.refresh()
