"""How a due reminder looks: a tray message with a menu of actions, and a banner in the window.

``QSystemTrayIcon.showMessage`` cannot carry buttons, so the actions (Open, Snooze 10 min,
Snooze 1 h, Dismiss) live in a submenu at the top of the tray menu and in the window's banner,
which is also how reminders reach a desktop without a tray.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.clock import Clock
from after_hours.availability.reminders import SNOOZE_CHOICES, Reminder, ReminderKind
from after_hours.availability.reminders.texts import when
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone
from after_hours.ui.shell.reminders import ReminderCenter

# Marked for the catalogue under "Reminders" and translated where shown (snooze_label,
# open_label): self.tr(SNOOZE_LABELS[...]) looked in the widget's own context and found nothing.
SNOOZE_LABELS = {
    timedelta(minutes=10): QT_TRANSLATE_NOOP("Reminders", "Snooze 10 min"),
    timedelta(hours=1): QT_TRANSLATE_NOOP("Reminders", "Snooze 1 h"),
}
OPEN_LABELS = {
    ReminderKind.SUPERVISION_PREP: QT_TRANSLATE_NOOP("Reminders", "Export summary"),
    ReminderKind.SELF_CHECK: QT_TRANSLATE_NOOP("Reminders", "Start self-check"),
    ReminderKind.AGREEMENT_REVIEW: QT_TRANSLATE_NOOP("Reminders", "Open agreements"),
}
# Seconds a tray message stays up (the desktop may shorten it).
MESSAGE_SECONDS = 20


def open_label(reminder: Reminder) -> str:
    """What Open does for this kind, in a word or two, in the interface's language."""
    label = OPEN_LABELS.get(reminder.kind)
    if label is None:
        return QCoreApplication.translate("Reminders", "Open")
    return QCoreApplication.translate("Reminders", label)  # tr: noop


def snooze_label(delay: timedelta) -> str:
    """The snooze button's words ("Snooze 10 min") in the interface's language."""
    return QCoreApplication.translate("Reminders", SNOOZE_LABELS[delay])  # tr: noop


class ReminderBanner(QFrame):
    """The newest waiting reminder at the top of the window, with its actions."""

    def __init__(self, center: ReminderCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._center = center
        self.reminder: Reminder | None = None
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reminder"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.more = QLabel()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._act("open"))
        self.snooze_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        for delay in SNOOZE_CHOICES:
            button = QPushButton(snooze_label(delay))
            button.clicked.connect(lambda _=False, d=delay: self._act("snooze", d))
            buttons.addWidget(button)
            self.snooze_buttons.append(button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self._act("dismiss"))
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        center.changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        waiting = self._center.waiting()
        self.reminder = waiting[-1] if waiting else None
        if self.reminder is None:
            self.hide()
            return
        self.title.setText(self.reminder.title)
        self.body.setText(self.reminder.body)
        self.open_button.setText(open_label(self.reminder))
        others = len(waiting) - 1
        self.more.setText(self.tr("%n more waiting", "", others) if others else "")
        self.show()

    def _act(self, action: str, delay: timedelta | None = None) -> None:
        reminder = self.reminder
        if reminder is None:
            return
        if action == "open":
            self._center.open(reminder)
        elif action == "snooze" and delay is not None:
            self._center.snooze(reminder, delay)
        else:
            self._center.dismiss(reminder)


class ReminderTraySection(QObject):
    """Tray messages for due reminders, and their actions at the top of the tray menu."""

    def __init__(
        self,
        center: ReminderCenter,
        tray: QSystemTrayIcon,
        menu: QMenu,
        *,
        notify: Callable[[Reminder], None] | None = None,
    ) -> None:
        """Attach to ``tray`` and its ``menu``.

        ``notify`` replaces the plain tray message (the app passes its tray's ``notify``, which
        owns the message's click); the menu actions are added either way.
        """
        super().__init__(tray)
        self._center = center
        self._tray = tray
        self._menu = menu
        self._submenus: list[QMenu] = []
        self._separator: QAction | None = None
        self.last_notified: Reminder | None = None
        self._custom_notify = notify
        center.notified.connect(self._notify)
        center.changed.connect(self.rebuild)
        if notify is None:
            tray.messageClicked.connect(self._message_clicked)
        self.rebuild()

    def submenus(self) -> list[QMenu]:
        return list(self._submenus)

    @Slot(object)
    def _notify(self, reminder: Reminder) -> None:
        self.last_notified = reminder
        if self._custom_notify is not None:
            self._custom_notify(reminder)
            return
        self._tray.showMessage(
            reminder.title,
            reminder.body,
            QSystemTrayIcon.MessageIcon.Information,
            MESSAGE_SECONDS * 1000,
        )

    @Slot()
    def _message_clicked(self) -> None:
        if self.last_notified is not None:
            self._center.open(self.last_notified)

    @Slot()
    def rebuild(self) -> None:
        for sub in self._submenus:
            self._menu.removeAction(sub.menuAction())
            sub.deleteLater()
        self._submenus = []
        if self._separator is not None:
            self._menu.removeAction(self._separator)
            self._separator = None
        waiting = list(reversed(self._center.waiting()))
        if not waiting:
            return
        first = self._menu.actions()[0] if self._menu.actions() else None
        for reminder in waiting:
            sub = QMenu(reminder.title, self._menu)
            self._fill(sub, reminder)
            if first is not None:
                self._menu.insertMenu(first, sub)
            else:
                self._menu.addMenu(sub)
            self._submenus.append(sub)
        if first is not None:
            self._separator = self._menu.insertSeparator(first)

    def _fill(self, sub: QMenu, reminder: Reminder) -> None:
        center = self._center
        sub.addAction(open_label(reminder)).triggered.connect(lambda: center.open(reminder))
        for delay in SNOOZE_CHOICES:
            sub.addAction(snooze_label(delay)).triggered.connect(
                lambda _=False, d=delay: center.snooze(reminder, d)
            )
        sub.addAction(self.tr("Dismiss")).triggered.connect(lambda: center.dismiss(reminder))


class UpcomingReminders(QWidget):
    """The next reminders, soonest first (for the Today page)."""

    def __init__(
        self,
        center: ReminderCenter,
        settings: Settings,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        limit: int = 5,
    ) -> None:
        super().__init__(parent)
        self._center = center
        self._settings = settings
        self._clock = clock
        self._limit = limit
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Next reminders"))
        self.empty = QLabel(self.tr("No reminders coming up."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        center.replanned.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        now = self._clock.now()
        display = zone(self._settings.display_zone_name())
        upcoming = [r for r in self._center.planned() if r.at > now][: self._limit]
        self.list.clear()
        for r in upcoming:
            self.list.addItem(f"{when(r.at, now, display)}  {r.title}")
        self.list.setVisible(bool(upcoming))
        self.empty.setVisible(not upcoming)
