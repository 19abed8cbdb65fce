"""Settings groups added in part 2: risk thresholds, default minutes, backups.

Each group writes through ``Settings`` (or ``after_hours.availability.store`` for backups) as soon as a
value changes and announces it with ``Events.settings_changed``, so the dashboard re-judges
the week at once. Thresholds show their defaults next to them and reset in one click: they are
heuristics, not validated cut-offs (docs/burnout.md), so the user may tune them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.burnout.risk import JUDGED
from after_hours.availability.contacts.model import default_minutes_key
from after_hours.availability.store import StoreError, backup, list_backups, restore
from after_hours.availability.store.settings import DEFAULTS
from after_hours.ui.base.labels import CHANNEL_LABELS, channel_label, indicator_label
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.services import Services

# Whole settings of the rule itself (not per indicator), with their words.
RULE_KEYS = (
    (
        "burnout.baseline_weeks",
        QT_TRANSLATE_NOOP("SettingsGroups", "Weeks in your usual (median of)"),
        1,
        52,
    ),
    (
        "burnout.elevated_reasons_for_high",
        QT_TRANSLATE_NOOP("SettingsGroups", "Elevated reasons that make a week high"),
        1,
        11,
    ),
    (
        "burnout.after_hours_share.min_contacts",
        QT_TRANSLATE_NOOP("SettingsGroups", "Contacts before the share counts"),
        1,
        500,
    ),
)


def _default_text(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


class ThresholdsGroup(QGroupBox):
    """Elevated and high per indicator, with the default beside each, and a reset."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risk level thresholds"), parent)
        self.services = services
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>A week with at least...</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>elevated</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>high</b>")), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>default</b>")), 0, 3)
        row = 1
        for name in JUDGED:
            label = indicator_label(name)
            grid.addWidget(QLabel(label[0].upper() + label[1:]), row, 0)
            for col, level, said in (
                (1, "elevated", self.tr("%1: elevated")),
                (2, "high", self.tr("%1: high")),
            ):
                key = f"burnout.{name}.{level}"
                spin = self._spin(key, 0, 10_000)
                spin.setAccessibleName(fill(said, label))
                grid.addWidget(spin, row, col)
            default = f"{DEFAULTS[f'burnout.{name}.elevated']} / {DEFAULTS[f'burnout.{name}.high']}"
            grid.addWidget(self._muted(default), row, 3)
            row += 1
        factor = QDoubleSpinBox()
        factor.setMaximumWidth(110)
        factor.setRange(1.0, 10.0)
        factor.setSingleStep(0.5)
        factor.setDecimals(1)
        self._bind("burnout.baseline_factor", factor)
        factor.setAccessibleName(self.tr("Times your usual that counts as elevated"))
        grid.addWidget(QLabel(self.tr("Times your usual that counts as elevated")), row, 0)
        grid.addWidget(factor, row, 1)
        grid.addWidget(self._muted(_default_text(DEFAULTS["burnout.baseline_factor"])), row, 3)
        row += 1
        for key, label, low, high in RULE_KEYS:
            spin = self._spin(key, low, high)
            said = QCoreApplication.translate("SettingsGroups", label)  # tr: noop
            spin.setAccessibleName(said)
            grid.addWidget(QLabel(said), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(self._muted(_default_text(DEFAULTS[key])), row, 3)
            row += 1
        grid.setColumnStretch(4, 1)  # the slack goes to the right, not between the fields
        reset = QPushButton(self.tr("Reset &thresholds to the defaults"))
        reset.clicked.connect(self.reset)
        note = QLabel(
            self.tr(
                "These are starting points, not validated cut-offs: no study gives a number of "
                "after-hours contacts that means burnout. Tune them to your own work."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _spin(self, key: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setMaximumWidth(110)
        spin.setRange(low, high)
        self._bind(key, spin)
        return spin

    def _bind(self, key: str, spin: QSpinBox | QDoubleSpinBox) -> None:
        # Typing "300" saves 300 on Enter or leaving the field, not 3, then 30, then 300.
        spin.setKeyboardTracking(False)
        spin.setValue(self.services.settings.get(key))
        spin.setProperty("key", key)
        spin.valueChanged.connect(self._changed)
        self.spins[key] = spin

    def _changed(self) -> None:
        spin = self.sender()
        key = str(spin.property("key"))
        value = spin.value()  # type: ignore[attr-defined]
        self.services.settings.set(key, value if isinstance(DEFAULTS[key], float) else int(value))
        self.services.events.settings_changed.emit()

    def reset(self) -> None:
        values = {key: DEFAULTS[key] for key in self.spins}
        self.services.settings.update(values)
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(values[key])  # type: ignore[arg-type]
            spin.blockSignals(False)
        self.services.events.settings_changed.emit()


class MinutesGroup(QGroupBox):
    """Minutes counted for a contact logged without any, per channel."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Minutes counted when none are logged"), parent)
        self.services = services
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        for i, channel in enumerate(CHANNEL_LABELS):
            label = channel_label(channel)
            key = default_minutes_key(channel)
            spin = QSpinBox()
            spin.setMaximumWidth(110)
            spin.setRange(0, 240)
            spin.setSuffix(self.tr(" min"))
            spin.setKeyboardTracking(False)
            spin.setValue(int(services.settings.get(key)))
            spin.setAccessibleName(self.tr("Minutes for %s") % label)
            spin.setToolTip(self.tr("Default: %s min") % DEFAULTS[key])
            spin.setProperty("key", key)
            spin.valueChanged.connect(self._changed)
            self.spins[key] = spin
            grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)

    def _changed(self) -> None:
        spin = self.sender()
        self.services.settings.set(str(spin.property("key")), int(spin.value()))  # type: ignore[attr-defined]
        self.services.events.settings_changed.emit()


BACKUP_REASONS = {
    "manual": "made by you",
    "daily": "daily",
    "pre-restore": "what was there before a restore",
    "pre-migration": "before an upgrade",
}


class BackupsGroup(QGroupBox):
    """Back up now, the backups on file, and restore one after a confirmation."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, with_backup_button: bool = True
    ) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.services = services
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setMaximumHeight(140)
        self.status = QLabel()
        self.status.setWordWrap(True)
        now = QPushButton(self.tr("Back &up now"))
        now.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup..."))
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._selection)
        buttons = QHBoxLayout()
        if with_backup_button:
            buttons.addWidget(now)
        else:
            now.deleteLater()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A backup is made every day the app runs; the last 7 are kept."))
        )
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def label(self, path: Path) -> str:
        """A backup in words, in the user's zone: "Thu 3 Dec 2026 09:41, made by you".

        The list showed raw file names with UTC stamps (issue 17).
        """
        stem = path.stem.removeprefix("after-hours-")
        stamp, _, reason = stem.partition("-")
        try:
            at = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            return path.name
        local = at.astimezone(self.services.display_zone())
        why = BACKUP_REASONS.get(reason, reason.replace("-", " "))
        return f"{local:%a} {local.day} {local:%b %Y %H:%M}, {why}"

    def refresh(self) -> None:
        self.list.clear()
        for path in list_backups(self.services.profile):
            item = QListWidgetItem(self.label(path))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count() == 0:
            empty = QListWidgetItem(self.tr("No backups yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._selection()

    def _selection(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def back_up(self) -> Path:
        path = backup(self.services.profile, reason="manual")
        self.status.setText(self.tr("Backed up to %s.") % path.name)
        self.refresh()
        return path

    def confirm(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace everything in the app with %s? What you have now is backed up first, "
                "so this can be undone by restoring that backup."
            )
            % name,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        items = self.list.selectedItems()
        if not items:
            return False
        path = Path(items[0].data(Qt.ItemDataRole.UserRole))
        if not self.confirm(path.name):
            return False
        try:
            restore(self.services.profile, path)
        except StoreError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(self.tr("Restored %s.") % path.name)
        ev = self.services.events
        for signal in (ev.settings_changed, ev.schedule_changed, ev.contacts_changed):
            signal.emit()
        self.refresh()
        return True
