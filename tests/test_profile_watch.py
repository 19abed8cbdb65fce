"""Whichever process logs a message, the open app shows it (issue 15, section 6).

A real second process runs the CLI's ``log`` (and ``contacts import``) on the profile while a
real Shell is open on Today: the crisis panel opens, the tray turns to the crisis shape, Today's
headline and crisis tile and the contact log follow, with no sleeping and no polling.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.channels.senders import SenderMap
from after_hours.availability.clock import SystemClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule import Schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.tray_state import TrayState
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from bench.phone_backup_data import Sms, write_sms

CRISIS = "I can't do this anymore, I have the pills"


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The installed command, in its own process, as a user types it in a terminal."""
    env = {**os.environ, "AFTER_HOURS_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "after_hours.ui.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def shell(qtbot, profile):  # type: ignore[no-untyped-def]
    clock = SystemClock()  # the other process logs at its own "now"
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    # No windows at all: every moment is off hours, whatever time the test runs.
    ScheduleStore(profile.db, clock).save(Schedule("America/Toronto"), source="test")
    services = Services(profile, clock)
    sh = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    sh.start()
    # The watch starts just after the first paint, with the mailbox watcher.
    qtbot.waitUntil(lambda: sh.profile_watch is not None)
    yield sh
    sh.dispose()


def test_a_crisis_logged_by_the_cli_opens_the_panel_in_the_running_app(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    today = shell.window.show_page("today")
    today.dashboard  # noqa: B018 - build the dashboard now, as the first paint would
    assert today.dashboard.tiles["crisis_contacts"].value.text() == "0"
    assert shell.tray.view.state is not TrayState.CRISIS
    assert not shell.panels

    done = run_cli(
        shell.services.profile.home,
        "log",
        "--channel",
        "text",
        "--client",
        "JD",
        "--text",
        "-",
        stdin=CRISIS,
    )
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: bool(shell.panels), timeout=5_000)
    panel = shell.panels[-1]
    assert panel.isVisible()
    assert "JD" in panel.header.text() and "(off hours)" in panel.header.text()
    qtbot.waitUntil(lambda: today.dashboard.tiles["crisis_contacts"].value.text() == "1")
    assert today.headline.text().startswith("Possible crisis waiting: JD")
    assert shell.tray.view.state is TrayState.CRISIS
    contacts = shell.window.show_page("contacts")
    assert contacts.model.rowCount() == 1

    # An ordinary message from another process refreshes the views but opens no panel.
    done = run_cli(
        shell.services.profile.home,
        "log",
        "--channel",
        "text",
        "--client",
        "JD",
        "--text",
        "Can we move Tuesday?",
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 2, timeout=5_000)
    assert len([p for p in shell.panels if p.isVisible()]) == 1


def test_a_crisis_the_app_logged_itself_does_not_open_twice(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    contact = shell.services.contacts.log(
        NewContact(now, Channel.TEXT, client="JD", crisis=True, phrases=("end it",))
    )
    shell.open_crisis_panel(contact)
    # The app's own commit leaves data_version alone: nothing new for the watch.
    assert shell.profile_watch.check() is False
    shell.after_external_change()
    assert len(shell.panels) == 1


def test_an_import_in_another_process_shows_only_recent_crises(qtbot, shell, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home = shell.services.profile.home
    SenderMap(shell.services.profile.db, shell.services.clock).add("+16135550101", "JD")
    now = datetime.now(UTC)
    path = write_sms(
        tmp_path / "sms.xml",
        [
            Sms("+16135550101", now - timedelta(days=30), 1, CRISIS),
            Sms("+16135550101", now - timedelta(hours=3), 1, CRISIS),
        ],
    )
    done = run_cli(home, "contacts", "import", str(path))
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: bool(shell.panels), timeout=5_000)
    assert len(shell.panels) == 1  # the month-old crisis is history, not an alarm
    shown = shell.panels[0].content.contact_id
    assert shell.services.contacts.get(shown).at > now - timedelta(hours=4)


def test_an_import_in_the_app_opens_the_panel_for_a_recent_crisis(qtbot, shell, tmp_path) -> None:  # type: ignore[no-untyped-def]
    SenderMap(shell.services.profile.db, shell.services.clock).add("+16135550101", "JD")
    now = datetime.now(UTC)
    path = write_sms(
        tmp_path / "sms.xml",
        [
            Sms("+16135550101", now - timedelta(days=30), 1, CRISIS),
            Sms("+16135550101", now - timedelta(hours=3), 1, CRISIS),
        ],
    )
    settings = shell.window.show_page("settings")
    assert settings.phone_history.import_path(path)
    assert len(shell.panels) == 1  # the month-old one is history
    assert shell.services.contacts.get(shell.panels[0].content.contact_id).at > now - timedelta(
        hours=4
    )
