"""Journey 3 from the mailbox, through a real Dovecot: the app opens the panel or notifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import SystemClock
from after_hours.availability.mail import (
    MailAccount,
    MailStore,
    PasswordStorage,
    Security,
    WatcherTiming,
)
from after_hours.availability.schedule import Schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.mail_bridge import MailBridge
from after_hours.ui.shell.tray import TrayController
from tests.imap_server import (  # noqa: F401  (fixtures)
    Mailbox,
    email_message,
    fixture_dovecot,
    fixture_mailbox,
)

pytestmark = pytest.mark.imap

CLIENT = "sam.client@client.example"
FAST = WatcherTiming(
    poll_interval=60.0, idle_tick=5.0, backoff_initial=0.2, backoff_max=1.0, socket_timeout=5.0
)


@pytest.fixture
def app_with_mailbox(qtbot, profile, mailbox: Mailbox):  # type: ignore[no-untyped-def]
    clock = SystemClock()  # the server stamps real arrival times
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    # No windows at all: every moment is off hours, whatever time the test runs.
    ScheduleStore(profile.db, clock).save(Schedule("America/Toronto"), source="test")
    store = MailStore(profile.db, clock)
    store.add_sender(CLIENT, "S.C.")
    store.add_account(
        MailAccount(
            host=mailbox.host,
            port=mailbox.server.imaps_port,
            user=mailbox.user,
            security=Security.TLS,
            cafile=str(mailbox.server.ca.ca_cert),
            password_storage=PasswordStorage.SESSION,
            created_at=datetime.now(UTC) - timedelta(minutes=1),
        )
    )
    services = Services(profile, clock)
    asked: list[str] = []
    answers = {"password": mailbox.password}

    def ask(account: MailAccount) -> str:
        asked.append(account.user)
        return answers["password"]

    shell = Shell(
        services,
        tray=TrayController(services, tray_available=lambda: False),
        mail=MailBridge(services, ask_password=ask, timing=FAST),
    )
    shell.asked = asked  # type: ignore[attr-defined]
    shell.answers = answers  # type: ignore[attr-defined]
    yield shell
    shell.dispose()


def test_a_crisis_email_opens_the_panel_and_an_ordinary_one_notifies(
    qtbot, app_with_mailbox, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    shell = app_with_mailbox
    seen: list[tuple[str, str]] = []
    shell.services.events.mail_status.connect(lambda s, d: seen.append((s, d)))
    shell.start()
    qtbot.waitUntil(lambda: shell.mail.state == "watching", timeout=10_000)
    assert shell.asked == [mailbox.user]  # asked once, on the GUI thread

    mailbox.deliver(
        email_message(f"Sam <{CLIENT}>", "I can't do this anymore. I want to kill myself tonight.")
    )
    qtbot.waitUntil(lambda: bool(shell.panels), timeout=5_000)
    panel = shell.panels[-1]
    assert panel.header.text().startswith("Crisis language: message from S.C., ")
    assert panel.header.text().endswith("(off hours)")
    assert "kill myself" in panel.message.toPlainText()
    contact = shell.services.contacts.query()[0]
    assert contact.source == "mail" and contact.crisis and "kill myself" in contact.phrases

    mailbox.deliver(email_message(f"Sam <{CLIENT}>", "Can we move Tuesday to 3pm?"))
    qtbot.waitUntil(lambda: bool(shell.window.banner_widgets()), timeout=5_000)
    (banner,) = shell.window.banner_widgets()  # no tray in the test: the banner carries it
    assert "Email from S.C., off hours" in banner.label.text()
    assert shell.services.contacts.count() == 2
    assert ("watching", shell.mail.detail) in seen
    # `after-hours channels` reads the app's live state from the profile.
    status = ChannelStore(shell.services.profile.db, shell.services.clock).status("mail")
    assert status is not None and status.state == "watching" and status.last_message_at


def test_a_wrong_password_is_said_in_a_banner_with_try_again(
    qtbot, app_with_mailbox, mailbox: Mailbox
) -> None:  # type: ignore[no-untyped-def]
    shell = app_with_mailbox
    shell.answers["password"] = "not-the-password"
    shell.start()
    qtbot.waitUntil(lambda: shell.mail.state == "failed", timeout=10_000)
    (banner,) = shell.window.banner_widgets()
    assert banner.label.text().startswith("The mailbox is not being watched: ")
    assert banner.action_button is not None and banner.action_button.text() == "Try again"
    shell.answers["password"] = mailbox.password
    banner.action_button.click()  # asked again: a deliberate retry
    qtbot.waitUntil(lambda: shell.mail.state == "watching", timeout=10_000)
    assert shell.asked == [mailbox.user, mailbox.user]
    qtbot.waitUntil(lambda: not shell.window.banner_widgets(), timeout=2_000)
