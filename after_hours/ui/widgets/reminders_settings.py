"""Reminder settings: which reminders, how long before, and the supervision dates.

A group box for the Settings page. It writes through ``Settings`` and emits ``saved`` so the
app re-derives its reminder jobs at once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.clock import Clock
from after_hours.availability.reminders import ReminderKind
from after_hours.availability.reminders.supervision import (
    RecurrenceError,
    parse_wall,
    preset_rules,
    recurrence_text,
    split_recurrence,
    wall_text,
)
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone
from after_hours.ui.base.placeholders import fill

# One checkbox per line; the pre-off line covers both of its kinds.
KIND_LABELS: list[tuple[str, tuple[ReminderKind, ...]]] = [
    (
        QT_TRANSLATE_NOOP("RemindersSettings", "Before my hours end (set the auto-reply)"),
        (ReminderKind.WINDOW_END,),
    ),
    (QT_TRANSLATE_NOOP("RemindersSettings", "Before my hours start"), (ReminderKind.WINDOW_START,)),
    (
        QT_TRANSLATE_NOOP(
            "RemindersSettings", "Before a weekend or holiday (tell clients who to call)"
        ),
        (ReminderKind.PRE_WEEKEND, ReminderKind.PRE_HOLIDAY),
    ),
    (
        QT_TRANSLATE_NOOP("RemindersSettings", "Before supervision (export the period)"),
        (ReminderKind.SUPERVISION_PREP,),
    ),
    (QT_TRANSLATE_NOOP("RemindersSettings", "Monthly self-check"), (ReminderKind.SELF_CHECK,)),
    (
        QT_TRANSLATE_NOOP("RemindersSettings", "Agreement reviews due"),
        (ReminderKind.AGREEMENT_REVIEW,),
    ),
    (
        QT_TRANSLATE_NOOP(
            "RemindersSettings", "Wind down after an evening with after-hours contact"
        ),
        (ReminderKind.WIND_DOWN,),
    ),
]
NO_REPEAT = QT_TRANSLATE_NOOP("RemindersSettings", "Does not repeat")
# The repeats preset_rules() offers, by their rule; the monthly one by MONTHLY_LABELS.
REPEAT_LABELS = {
    "FREQ=WEEKLY": QT_TRANSLATE_NOOP("RemindersSettings", "Every week"),
    "FREQ=WEEKLY;INTERVAL=2": QT_TRANSLATE_NOOP("RemindersSettings", "Every 2 weeks"),
    "FREQ=WEEKLY;INTERVAL=4": QT_TRANSLATE_NOOP("RemindersSettings", "Every 4 weeks"),
}
MONTHLY_LABELS = (
    QT_TRANSLATE_NOOP("RemindersSettings", "Monthly, on the first %1"),
    QT_TRANSLATE_NOOP("RemindersSettings", "Monthly, on the second %1"),
    QT_TRANSLATE_NOOP("RemindersSettings", "Monthly, on the third %1"),
    QT_TRANSLATE_NOOP("RemindersSettings", "Monthly, on the fourth %1"),
    QT_TRANSLATE_NOOP("RemindersSettings", "Monthly, on the last %1"),
)


def repeat_label(rule: str, first: datetime, english: str) -> str:
    """A preset repeat in the interface's language ("Tous les mois, le premier jeudi")."""
    if rule in REPEAT_LABELS:
        return QCoreApplication.translate("RemindersSettings", REPEAT_LABELS[rule])  # tr: noop
    if rule.startswith("FREQ=MONTHLY"):
        nth = min((first.day - 1) // 7, 4)
        template = QCoreApplication.translate("RemindersSettings", MONTHLY_LABELS[nth])  # tr: noop
        return fill(template, QLocale().dayName(first.isoweekday()))
    return english


class ReminderSettingsBox(QGroupBox):
    """The ``reminders.*`` and ``supervision.*`` settings, saved together."""

    saved = Signal()

    def __init__(self, settings: Settings, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._settings = settings
        get = settings.get
        self.enabled = QCheckBox(self.tr("Show reminders"))
        self.enabled.setChecked(bool(get("reminders.enabled")))
        off = set(get("reminders.off_kinds") or [])
        self.kinds: list[tuple[QCheckBox, tuple[ReminderKind, ...]]] = []
        kinds_box = QVBoxLayout()
        for label, kinds in KIND_LABELS:
            box = QCheckBox(QCoreApplication.translate("RemindersSettings", label))  # tr: noop
            box.setChecked(not any(k.value in off for k in kinds))
            kinds_box.addWidget(box)
            self.kinds.append((box, kinds))
        self.end_lead = _minutes(get("reminders.window_end_lead_minutes"), 180)
        self.start_lead = _minutes(get("reminders.window_start_lead_minutes"), 180)
        self.pre_off_lead = _minutes(get("reminders.pre_off_lead_minutes"), 24 * 60)
        self.wind_down = QTimeEdit(QTime.fromString(str(get("reminders.wind_down_time")), "HH:mm"))
        self.wind_down.setDisplayFormat("HH:mm")

        self.dates = QListWidget()
        self.dates.setAccessibleName(self.tr("Supervision dates"))
        self.dates.addItems([str(d) for d in get("supervision.dates") or []])
        self.new_date = QDateTimeEdit()
        self.new_date.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.new_date.setCalendarPopup(True)
        self.new_date.setAccessibleName(self.tr("Supervision date and time"))
        add = QPushButton(self.tr("&Add date"))
        add.clicked.connect(self.add_date)
        remove = QPushButton(self.tr("Remove date"))
        remove.clicked.connect(self.remove_date)
        self.repeat = QComboBox()
        self.repeat.setAccessibleName(self.tr("Repeats"))
        first, rule = split_recurrence(str(get("supervision.recurrence") or ""))
        today = clock.now().astimezone(zone(settings.display_zone_name()))
        default = today.replace(tzinfo=None, hour=14, minute=0, second=0, microsecond=0)
        self.new_date.setDateTime(_qdatetime(first or default))
        self._fill_repeats(rule)
        self.new_date.dateTimeChanged.connect(lambda _: self._fill_repeats(self.repeat_rule()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save reminder settings"))
        save.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(kinds_box)
        form.addRow(self.tr("Minutes before my hours end"), self.end_lead)
        form.addRow(self.tr("Minutes before my hours start"), self.start_lead)
        form.addRow(self.tr("Minutes before time off"), self.pre_off_lead)
        form.addRow(self.tr("Wind-down reminder at"), self.wind_down)
        date_row = QHBoxLayout()
        date_row.addWidget(self.new_date, 1)
        date_row.addWidget(self.repeat)
        date_row.addWidget(add)
        form.addRow(self.tr("Supervision"), date_row)
        form.addRow("", self.dates)
        form.addRow("", remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(save)
        layout.addLayout(buttons)

    def _fill_repeats(self, selected: str) -> None:
        """Presets follow the chosen first session ("Monthly, on the first Thursday")."""
        first = _pydatetime(self.new_date.dateTime())
        self.repeat.blockSignals(True)
        self.repeat.clear()
        nothing = QCoreApplication.translate("RemindersSettings", NO_REPEAT)  # tr: noop
        self.repeat.addItem(nothing, "")
        for label, rule in preset_rules(first):
            self.repeat.addItem(repeat_label(rule, first, label), rule)
        known = [self.repeat.itemData(i) for i in range(self.repeat.count())]
        if selected and selected not in known:
            self.repeat.addItem(selected, selected)  # a rule typed on the command line
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(selected)))
        self.repeat.blockSignals(False)

    def repeat_rule(self) -> str:
        return str(self.repeat.currentData() or "")

    @Slot()
    def add_date(self) -> None:
        """Add the chosen date as a single supervision (a repeat is saved with Save)."""
        text = wall_text(_pydatetime(self.new_date.dateTime()))
        present = [self.dates.item(i).text() for i in range(self.dates.count())]
        if text not in present:
            self.dates.addItem(text)
            self.dates.sortItems()

    @Slot()
    def remove_date(self) -> None:
        for item in self.dates.selectedItems():
            self.dates.takeItem(self.dates.row(item))

    @Slot()
    def save(self) -> None:
        off = [k.value for box, kinds in self.kinds if not box.isChecked() for k in kinds]
        dates = [self.dates.item(i).text() for i in range(self.dates.count())]
        rule = self.repeat_rule()
        try:
            for d in dates:
                parse_wall(d)
            recurrence = (
                recurrence_text(rule, _pydatetime(self.new_date.dateTime())) if rule else ""
            )
        except RecurrenceError as exc:
            self.message.setText(str(exc))
            return
        self._settings.update(
            {
                "reminders.enabled": self.enabled.isChecked(),
                "reminders.off_kinds": off,
                "reminders.window_end_lead_minutes": self.end_lead.value(),
                "reminders.window_start_lead_minutes": self.start_lead.value(),
                "reminders.pre_off_lead_minutes": self.pre_off_lead.value(),
                "reminders.wind_down_time": self.wind_down.time().toString("HH:mm"),
                "supervision.dates": dates,
                "supervision.recurrence": recurrence,
            }
        )
        self.message.setText(self.tr("Saved. Reminders follow the new settings from now."))
        self.saved.emit()


def _minutes(value: object, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(" min")
    try:
        spin.setValue(int(float(str(value))))
    except ValueError:
        spin.setValue(0)
    return spin


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromString(value.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")


def _pydatetime(value: QDateTime) -> datetime:
    return datetime.strptime(value.toString("yyyy-MM-ddTHH:mm"), "%Y-%m-%dT%H:%M")
