"""Settings' Channels group: app notifications and KDE Connect chosen in the app, live state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.channels_group import ChannelsGroup

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update({"profile.timezone": "America/Toronto"})
    return Services(profile, ManualClock(NOW))


def test_apps_seen_are_offered_with_checkboxes_and_choices_are_kept(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    store = ChannelStore(services.profile.db, services.clock)
    store.note_seen("Signal")
    store.note_seen("Slack")
    store.add_app("Signal")
    group = ChannelsGroup(services)
    qtbot.addWidget(group)
    apps = group.notifications
    assert not apps.enabled.isChecked() and apps.state.text() == "Off."
    items = {apps.apps.item(i).data(Qt.ItemDataRole.UserRole): apps.apps.item(i) for i in range(2)}
    assert items["Signal"].checkState() == Qt.CheckState.Checked
    assert items["Slack"].checkState() == Qt.CheckState.Unchecked
    assert "last seen Fri 20 Nov 23:40" in items["Slack"].text()

    changed: list[bool] = []
    services.events.channels_changed.connect(lambda: changed.append(True))
    apps.enabled.setChecked(True)
    assert store.enabled("notifications") and changed == [True]
    items = {  # the list was refreshed: fresh items
        apps.apps.item(i).data(Qt.ItemDataRole.UserRole): apps.apps.item(i) for i in range(2)
    }
    items["Slack"].setCheckState(Qt.CheckState.Checked)
    items["Signal"].setCheckState(Qt.CheckState.Unchecked)
    assert store.chosen_apps() == ["Slack"]
    apps.new_app.setText("WhatsApp")
    assert apps.add_app()
    assert store.chosen_apps() == ["Slack", "WhatsApp"]
    assert "WhatsApp" in apps.checked_apps()
    apps.log_unknown.setChecked(True)
    assert store.logs_unknown("notifications")

    store.set_status("notifications", "watching")
    store.note_message("notifications", NOW)
    services.events.channels_status.emit("notifications", "watching", "")
    assert apps.state.text() == "Watching; last message Fri 23:40."


def test_kde_connect_is_turned_on_in_the_app_and_says_its_state(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    store = ChannelStore(services.profile.db, services.clock)
    group = ChannelsGroup(services)
    qtbot.addWidget(group)
    assert not group.kdeconnect_on.isChecked() and group.kdeconnect_state.text() == "Off."
    group.kdeconnect_on.setChecked(True)
    assert store.enabled("kdeconnect")
    store.set_status("kdeconnect", "no daemon", "kdeconnectd is not running")
    services.events.channels_status.emit("kdeconnect", "no daemon", "")
    assert group.kdeconnect_state.text() == "No daemon: kdeconnectd is not running."
