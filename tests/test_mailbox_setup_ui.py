"""The work mailbox set up, tested and removed entirely in the app, against a real Dovecot.

Settings' Channels group (the same widget is the wizard's mailbox page) with a real in-memory
keyring backend, or keyring's ``fail`` backend for a machine with no secure store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from after_hours.availability.clock import SystemClock
from after_hours.availability.mail import MailStore, PasswordStorage
from after_hours.availability.schedule import Schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.wizard import FirstRunWizard
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.mail_bridge import MailBridge
from after_hours.ui.shell.tray import TrayController
from after_hours.ui.widgets.channels_mailbox import MailboxSetup
from tests.imap_server import (  # noqa: F401  (fixtures)
    Mailbox,
    MemoryKeyring,
    fixture_dovecot,
    fixture_mailbox,
    fixture_memory_keyring,
    fixture_no_keyring,
)

pytestmark = pytest.mark.imap


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    clock = SystemClock()
    ScheduleStore(profile.db, clock).save(Schedule("America/Toronto"), source="test")
    return Services(profile, clock)


def fill(setup: MailboxSetup, mailbox: Mailbox, password: str) -> None:
    setup.host.setText(mailbox.host)
    setup.security.setCurrentIndex(setup.security.findData("tls"))
    setup.port.setValue(mailbox.server.imaps_port)
    setup.user.setText(mailbox.user)
    setup.password.setText(password)
    setup.cafile.setText(str(mailbox.server.ca.ca_cert))


def wait_done(qtbot, setup: MailboxSetup) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not setup.busy() and setup.test_button.isEnabled(), timeout=15_000)
    return setup.result.text()


def test_set_up_test_and_remove_the_mailbox_in_settings(
    qtbot, services, mailbox: Mailbox, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.pages.settings import SettingsPage

    page = SettingsPage(services)
    qtbot.addWidget(page)
    setup = page.channels.mailbox
    assert setup.state.text() == "No mailbox yet."
    assert setup.store_password.isEnabled() and setup.store_password.isChecked()

    fill(setup, mailbox, "not-the-password")
    assert setup.save()
    said = wait_done(qtbot, setup)
    assert said.endswith("Nothing was saved.")
    assert MailStore(services.profile.db, services.clock).account() is None

    fill(setup, mailbox, mailbox.password)
    assert setup.test()
    said = wait_done(qtbot, setup)
    assert (
        said.startswith("Connected. Folders: INBOX (0 messages).") and "Nothing was changed" in said
    )
    assert MailStore(services.profile.db, services.clock).account() is None  # a test saves nothing

    changed: list[bool] = []
    services.events.mailbox_changed.connect(lambda: changed.append(True))
    assert setup.save()
    said = wait_done(qtbot, setup)
    assert said.startswith("Saved.") and "The password is in the system keyring." in said
    account = MailStore(services.profile.db, services.clock).account()
    assert account is not None and account.user == mailbox.user
    assert account.password_storage is PasswordStorage.KEYRING
    assert list(memory_keyring.items.values()) == [mailbox.password]
    assert setup.password.text() == "" and changed == [True]
    assert f"{mailbox.user} at {account.address}" in setup.state.text()
    services.profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in Path(services.profile.home).rglob("*"):
        if path.is_file():
            assert mailbox.password.encode() not in path.read_bytes(), path

    # Test again with the stored password: nothing typed.
    assert setup.test()
    assert wait_done(qtbot, setup).startswith("Connected.")

    setup.sender_address.setText("Sam.Client@Client.example")
    setup.sender_pseudonym.setText("S.C.")
    assert setup.add_sender()
    assert [setup.senders.item(i).text() for i in range(setup.senders.count())] == [
        "sam.client@client.example → S.C."
    ]

    assert setup.remove()
    assert MailStore(services.profile.db, services.clock).account() is None
    assert memory_keyring.items == {}
    assert setup.state.text() == "No mailbox yet." and changed == [True, True]
    assert setup.senders.count() == 1  # the client addresses are kept


def test_with_no_secure_keyring_the_password_is_never_stored(
    qtbot, services, mailbox: Mailbox, no_keyring: None
) -> None:  # type: ignore[no-untyped-def]
    setup = MailboxSetup(services)
    qtbot.addWidget(setup)
    assert not setup.store_password.isEnabled() and not setup.store_password.isChecked()
    assert "never stored" in setup.keyring_note.text()
    fill(setup, mailbox, mailbox.password)
    assert setup.save()
    said = wait_done(qtbot, setup)
    assert "The password was not stored" in said
    account = MailStore(services.profile.db, services.clock).account()
    assert account is not None and account.password_storage is PasswordStorage.SESSION


def test_saving_in_the_running_app_starts_watching(
    qtbot, services, mailbox: Mailbox, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    shell = Shell(
        services,
        tray=TrayController(services, tray_available=lambda: False),
        mail=MailBridge(services, ask_password=lambda a: asked.append(a.user) or None),
    )
    try:
        shell.start()
        settings = shell.window.show_page("settings")
        setup = settings.channels.mailbox
        fill(setup, mailbox, mailbox.password)
        assert setup.save()
        assert wait_done(qtbot, setup).startswith("Saved.")
        qtbot.waitUntil(lambda: shell.mail.state == "watching", timeout=15_000)
        assert asked == []  # the keyring had it: nobody was asked again
        qtbot.waitUntil(lambda: "watching" in setup.state.text())
        assert setup.remove()
        qtbot.waitUntil(lambda: shell.mail.state == "stopped", timeout=15_000)
    finally:
        shell.dispose()


def test_the_wizard_sets_up_the_mailbox_with_the_same_widget(
    qtbot, services, mailbox: Mailbox, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    setup = wizard.mailbox.setup
    assert isinstance(setup, MailboxSetup)
    fill(setup, mailbox, mailbox.password)
    assert setup.save()
    assert wait_done(qtbot, setup).startswith("Saved.")
    assert MailStore(services.profile.db, services.clock).account() is not None
