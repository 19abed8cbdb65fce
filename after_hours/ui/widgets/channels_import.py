"""Settings' "Phone history" group: import an SMS Backup & Restore XML or a CSV, see the counts.

The import itself is ``after_hours.availability.history.importer.import_file``, the same code
as ``after-hours contacts import`` and the Contacts page: one transaction, clients only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout

from after_hours.availability.timeutil import zone
from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.history.importer import ImportSummary


class PhoneHistoryGroup(QGroupBox):
    """A button for the file dialog and a label with what the last import did."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Phone history"))
        self.services = services
        intro = QLabel(
            self.tr(
                "Import a phone's messages and calls (Android “SMS Backup & Restore” .xml) or "
                "a CSV. Only clients in your sender map are imported; message texts are checked "
                "for crisis language and then discarded."
            )
        )
        intro.setWordWrap(True)
        self.button = QPushButton(self.tr("Import a backup or CSV…"))
        self.button.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.button)
        layout.addWidget(self.summary)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import phone history"),
            "",
            self.tr("SMS Backup & Restore or CSV (*.xml *.csv);;All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> bool:
        """Import ``path``, all or nothing, and show the summary (or why nothing changed)."""
        from after_hours.availability.contacts.log import DuplicateContactError
        from after_hours.availability.history.importer import ImportFileError

        try:
            summary = import_contacts_file(self.services, path)
        except (ImportFileError, DuplicateContactError) as exc:
            self.summary.setText(str(exc))
            return False
        self.summary.setText(summary.sentence(path.name))
        return True


def import_contacts_file(services: Services, path: Path) -> ImportSummary:
    """Import a CSV or phone backup into the log, all or nothing, and tell every page.

    Shared by the Contacts page and the Settings group, which differ only in how they show the
    outcome. Raises the importer's own errors; nothing is stored then.
    """
    from after_hours.availability.history.importer import import_file

    name = services.settings.display_zone_name()
    summary = import_file(path, services.profile.db, services.clock, zone(name), name)
    services.events.contacts_changed.emit()
    services.events.contacts_imported.emit()
    return summary
