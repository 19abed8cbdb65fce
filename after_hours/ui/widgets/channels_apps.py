"""Settings' app notifications part: on or off, which apps are client channels, live state.

The choices are ``ChannelStore``'s (the same as ``after-hours channels apps add|remove``); the
list offers the apps seen sending notifications, each with a checkbox. ``changed`` asks the
shell to restart the listeners so a choice applies at once.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.ui.base.dates import day_month_time, day_time
from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.channels.store import ChannelStore

CHANNEL = "notifications"


class AppNotifications(QWidget):
    """The on/off box, the apps list with checkboxes, an Add field and the live state."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.enabled = QCheckBox(self.tr("Read notifications from the apps ticked below"))
        self.enabled.setAccessibleName(self.tr("App notifications on"))
        self.log_unknown = QCheckBox(
            self.tr("Also log messages from senders who are not in the sender map, as unknown")
        )
        self.log_unknown.setAccessibleName(self.tr("Log unknown senders"))
        what = QLabel(
            self.tr(
                "Read: the app's name, the sender and the text of each notification from the "
                "apps you tick. The text is checked for crisis language and then discarded; the "
                "list keeps app names and when they last sent a notification, nothing else."
            )
        )
        what.setWordWrap(True)
        self.apps = QListWidget()
        self.apps.setMaximumHeight(110)
        self.apps.setAccessibleName(self.tr("Apps seen sending notifications"))
        self.new_app = QLineEdit()
        self.new_app.setPlaceholderText(self.tr("an app's name as it sends it, e.g. Signal"))
        self.new_app.setAccessibleName(self.tr("App to add"))
        add = QPushButton(self.tr("Add app"))
        add.clicked.connect(self.add_app)
        row = QHBoxLayout()
        row.addWidget(self.new_app, 1)
        row.addWidget(add)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("App notifications state"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(what)
        layout.addWidget(self.apps)
        layout.addLayout(row)
        layout.addWidget(self.log_unknown)
        layout.addWidget(self.state)
        self.refresh()
        self.enabled.toggled.connect(self._set_enabled)
        self.log_unknown.toggled.connect(self._set_unknown)
        self.apps.itemChanged.connect(self._app_toggled)
        services.events.channels_status.connect(self._on_status)

    def _store(self) -> ChannelStore:
        from after_hours.availability.channels.store import ChannelStore

        return ChannelStore(self.services.profile.db, self.services.clock)

    def refresh(self) -> None:
        store = self._store()
        for box, value in (
            (self.enabled, store.enabled(CHANNEL)),
            (self.log_unknown, store.logs_unknown(CHANNEL)),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.apps.blockSignals(True)
        self.apps.clear()
        seen = store.seen_apps()
        names = {s.app.casefold() for s in seen}
        rows = [(s.app, s.chosen, s.last_seen_at) for s in seen]
        rows += [(a, True, None) for a in store.chosen_apps() if a.casefold() not in names]
        for app, chosen, last in rows:
            label = app
            if last is not None:
                local = last.astimezone(self.services.display_zone())
                label += self.tr(" (last seen %s)") % day_month_time(local)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, app)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.apps.addItem(item)
        self.apps.blockSignals(False)
        status = store.status(CHANNEL)
        self.state.setText(
            self.state_sentence(
                store.enabled(CHANNEL),
                status.state if status else None,
                status.detail if status else "",
                status.last_message_at if status else None,
            )
        )

    def state_sentence(
        self, on: bool, state: str | None, detail: str, last: datetime | None
    ) -> str:
        """Off, or the listener's state and "last message Fri 23:40" in the user's zone."""
        if not on:
            return self.tr("Off.")
        text = (state or self.tr("starting")).capitalize()
        if detail:
            text += f": {detail}"
        if last is not None:
            local = last.astimezone(self.services.display_zone())
            text += self.tr("; last message %s") % day_time(local)
        return text + "."

    def checked_apps(self) -> list[str]:
        return [
            str(self.apps.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.apps.count())
            if self.apps.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _set_enabled(self, on: bool) -> None:
        self._store().set_enabled(CHANNEL, on)
        self.refresh()
        self.changed.emit()

    def _set_unknown(self, on: bool) -> None:
        self._store().set_unknown_senders(CHANNEL, "log" if on else "ignore")
        self.changed.emit()

    def _app_toggled(self, item: QListWidgetItem) -> None:
        app = str(item.data(Qt.ItemDataRole.UserRole))
        store = self._store()
        if item.checkState() == Qt.CheckState.Checked:
            store.add_app(app)
        else:
            store.remove_app(app)
        self.changed.emit()

    def add_app(self) -> bool:
        from after_hours.availability.channels.store import ChannelSettingError

        try:
            self._store().add_app(self.new_app.text())
        except ChannelSettingError as exc:
            self.state.setText(str(exc))
            return False
        self.new_app.clear()
        self.refresh()
        self.changed.emit()
        return True

    def _on_status(self, channel: str, _state: str, _detail: str) -> None:
        if channel == CHANNEL:
            self.refresh()
