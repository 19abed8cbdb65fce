"""Settings: profile, region, zone, own crisis lines, start at login, minutes, thresholds, backups.

One save model for the whole page (issue 17: there were three): every change applies as soon
as it is made, a typed field when you leave it or press Enter, and the line at the top says
what was saved. There is no Save button to forget. A zone that is not a zone is named there
and not saved. The reminders box is added to ``extra`` by the shell's reminders once the page
exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.autostart import Autostart, launch_command
from after_hours.availability.store import backup
from after_hours.ui.base.services import Services
from after_hours.ui.base.translations import language_combo
from after_hours.ui.widgets.channels_group import ChannelsGroup
from after_hours.ui.widgets.common import RegionCombo, ZoneCombo, heading, wrapped
from after_hours.ui.widgets.own_lines import OwnLines
from after_hours.ui.widgets.scroll_page import make_scrollable
from after_hours.ui.widgets.settings_groups import BackupsGroup, MinutesGroup, ThresholdsGroup


class SettingsPage(QWidget):
    """Every first-run choice can be changed here later."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
        command: Callable[[], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.autostart = autostart or Autostart()
        self._command = command or (lambda: launch_command(str(services.profile.home)))
        s = services.settings
        self.name = QLineEdit(str(s.get("profile.name")))
        self.name.setAccessibleName(self.tr("Your name"))
        self.region = RegionCombo(str(s.get("profile.region")))
        self.zone = ZoneCombo(s.display_zone_name())
        self.start_at_login = QCheckBox(self.tr("Start After Hours when I log in"))
        self.start_at_login.setAccessibleName(self.tr("Start at login"))
        self.start_at_login.setChecked(self.autostart.is_enabled())
        self.start_at_login.setToolTip(self.autostart.location())
        self.start_at_login.toggled.connect(self.set_start_at_login)
        self.language = language_combo(str(s.get("app.language") or ""), system=self.tr("System"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setToolTip(self.tr("Takes effect the next time After Hours starts"))
        self.reply_language = language_combo(
            str(s.get("crisis.language") or ""), system=self.tr("Same as the interface")
        )
        self.reply_language.setAccessibleName(self.tr("Language of replies to clients"))
        self.reply_language.setToolTip(
            self.tr("A client's agreement can name another language for that client")
        )
        self.on_call = QLineEdit(str(s.get("crisis.on_call_procedure")))
        self.on_call.setAccessibleName(self.tr("Your agency's on-call procedure"))
        self.on_call.setPlaceholderText(self.tr("e.g. call the on-call supervisor at 555-0100"))
        self.own_lines = OwnLines(services)
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Saved"))

        form = QFormLayout()
        form.addRow(self.tr("Your &name (used in replies)"), self.name)
        form.addRow(self.tr("&Region (crisis lines)"), self.region)
        form.addRow(self.tr("Time &zone"), self.zone)
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow(self.tr("Replies to clients &in"), self.reply_language)
        form.addRow(self.tr("Agency &on-call procedure"), self.on_call)
        form.addRow(self.tr("Your own crisis lines\n(shown first)"), self.own_lines)
        form.addRow("", self.start_at_login)

        backup_button = QPushButton(self.tr("&Back up now"))
        backup_button.clicked.connect(self.backup_now)
        buttons = QHBoxLayout()
        self.saved.setText(self.tr("Every change here is saved as you make it."))
        self.saved.setWordWrap(True)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(backup_button)
        self.name.editingFinished.connect(self.save)
        self.on_call.editingFinished.connect(self.save)
        self.region.currentIndexChanged.connect(self.save)
        self.language.currentIndexChanged.connect(self.save)
        self.reply_language.currentIndexChanged.connect(self.save)
        self.zone.activated.connect(self.save)
        zone_line = self.zone.lineEdit()
        if zone_line is not None:
            zone_line.editingFinished.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addLayout(buttons)  # the save line first: it says what each change did
        layout.addLayout(form)
        layout.addWidget(
            wrapped(
                self.tr("Your data stays on this computer, in %s (backups in its backups folder).")
                % services.profile.home
            )
        )
        self.extra = QVBoxLayout()  # the groups below, then the reminders box
        layout.addLayout(self.extra)
        layout.addStretch(1)
        self.minutes = MinutesGroup(services)
        self.thresholds = ThresholdsGroup(services)
        self.backups = BackupsGroup(services, with_backup_button=False)
        self.extra.addWidget(self.minutes)
        self.extra.addWidget(self.thresholds)
        self.extra.addWidget(self.backups)
        # Channels: the mailbox (set up here) and phone history imports.
        self.channels = ChannelsGroup(services)
        self.phone_history = self.channels.phone_history
        self.extra.insertWidget(0, self.channels)
        from after_hours.ui.widgets.calendar_subscription import CalendarGroup

        self.calendar = CalendarGroup(services)
        self.extra.addWidget(self.calendar)
        self.scroll = make_scrollable(self)

    def save(self) -> bool:
        """Apply the fields at the top; called as each one changes. False: a zone to fix."""
        zone = self.zone.zone()
        if zone is None:
            self.saved.setText(
                self.tr("“%s” is not a time zone: pick one from the list. Nothing else changed.")
                % self.zone.currentText().strip()
            )
            return False
        s = self.services.settings
        values = {
            "profile.name": self.name.text().strip(),
            "profile.region": self.region.region(),
            "profile.timezone": zone,
            "crisis.on_call_procedure": self.on_call.text().strip(),
            "app.language": str(self.language.currentData() or ""),
            "crisis.language": str(self.reply_language.currentData() or ""),
        }
        changed = {k: v for k, v in values.items() if s.get(k) != v}
        if not changed:
            return True
        s.update(changed)
        names = {
            "profile.name": self.tr("your name"),
            "profile.region": self.tr("region"),
            "profile.timezone": self.tr("time zone"),
            "crisis.on_call_procedure": self.tr("on-call procedure"),
            "app.language": self.tr("interface language (from the next start)"),
            "crisis.language": self.tr("language of replies"),
        }
        self.saved.setText(self.tr("Saved: %s.") % ", ".join(names[k] for k in changed))
        self.services.events.settings_changed.emit()
        return True

    def set_start_at_login(self, on: bool) -> None:
        try:
            if on:
                self.autostart.enable(self._command())
            else:
                self.autostart.disable()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Start at login"), str(exc))
            return
        self.services.settings.set("app.start_at_login", on)

    def backup_now(self) -> None:
        path = backup(self.services.profile, reason="manual")
        self.saved.setText(self.tr("Backed up to %s.") % path.name)
        self.backups.refresh()
