"""A mailbox and a keyring that misbehave, seen as the user sees them: the tray, the commands.

Each case runs against the real Dovecot of ``tests/imap_server.py`` (stopped, restarted, with a
wrong password, with a certificate nobody vouches for or one that has expired) and a real
keyring backend (the ``fail`` backend of a headless machine, or one that is locked). After
every case the password is looked for in every file of the profile, in the captured log, in
what the commands printed and in the environment: it must be in none of them.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QApplication

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
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.mail_bridge import MailBridge
from after_hours.ui.shell.tray import TrayController
from tests import imap_server
from tests.helpers import cli
from tests.imap_server import (  # noqa: F401  (fixtures)
    DovecotServer,
    Mailbox,
    MemoryKeyring,
    dovecot_binary,
    email_message,
    fixture_dovecot,
    fixture_mailbox,
    fixture_memory_keyring,
    fixture_no_keyring,
)

pytestmark = pytest.mark.imap

CLIENT = "sam.client@client.example"
# Short waits so a drop is noticed and retried within seconds; the doubling is what matters.
TIMING = WatcherTiming(
    poll_interval=60.0, idle_tick=5.0, backoff_initial=1.0, backoff_max=4.0, socket_timeout=5.0
)


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but locked: every read and write is refused.

    So a locked Secret Service collection answers when its unlock prompt is dismissed.
    """

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


# -- the password must be nowhere ------------------------------------------------------------


def assert_password_nowhere(password: str, home: Path, *texts: str) -> None:
    """Not in any profile file (database, WAL, backups), printed text, log, or environment."""
    secret = password.encode()
    files = [p for p in home.rglob("*") if p.is_file()]
    assert files, "the profile should hold a database"
    for path in files:
        assert secret not in path.read_bytes(), path
    for text in texts:
        assert password not in text
    assert all(password not in value for value in os.environ.values())


# -- an expired certificate, signed by the trusted test CA -------------------------------------


def expired_ca(ca: imap_server.TestCA, folder: Path) -> imap_server.TestCA:
    """The same trusted CA, but a server certificate that expired yesterday.

    openssl 3.0's ``x509 -req`` cannot back-date a certificate, so ``cryptography`` signs it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = serialization.load_pem_private_key((ca.ca_cert.parent / "ca.key").read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate(ca.ca_cert.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now - timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    (folder / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return imap_server.TestCA(ca.ca_cert, folder / "server.pem", folder / "server.key")


@pytest.fixture(scope="module")
def expired_dovecot(dovecot: DovecotServer) -> Iterator[DovecotServer]:
    """A second Dovecot whose certificate has expired (the CA is the one the app trusts)."""
    binary = dovecot_binary()
    assert binary is not None  # the session fixture skipped otherwise
    root = Path(tempfile.mkdtemp(prefix="after-hours-expired-"))
    os.chmod(root, 0o755)
    server = DovecotServer(root / "server", expired_ca(dovecot.ca, root / "ca"), binary=binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


# -- the app ---------------------------------------------------------------------------------


def _account(server: DovecotServer, user: str, **changes: Any) -> MailAccount:
    fields: dict[str, Any] = {
        "host": server.host,
        "port": server.imaps_port,
        "user": user,
        "security": Security.TLS,
        "cafile": str(server.ca.ca_cert),
        "password_storage": PasswordStorage.SESSION,
        "created_at": datetime.now(UTC) - timedelta(minutes=1),
    }
    fields.update(changes)
    return MailAccount(**fields)


class App:
    """The real Shell over a profile with one mailbox; records what the tray said."""

    def __init__(self, qtbot: Any, profile: Profile, account: MailAccount, answer: str) -> None:
        clock = SystemClock()
        Settings(profile.db).update({"profile.timezone": "UTC", "app.first_run_done": True})
        ScheduleStore(profile.db, clock).save(Schedule("UTC"), source="test")
        store = MailStore(profile.db, clock)
        store.add_sender(CLIENT, "S.C.")
        store.add_account(account)
        self.services = Services(profile, clock)
        self.asked: list[str] = []
        self.answer = answer
        self.tooltips: list[tuple[str, str]] = []
        self.shell = Shell(
            self.services,
            tray=TrayController(self.services, tray_available=lambda: False),
            mail=MailBridge(self.services, ask_password=self._ask, timing=TIMING),
        )
        # Connected after the tray's own slot, so each recorded tooltip is the updated one.
        self.services.events.mail_status.connect(self._record)
        self.qtbot = qtbot

    def _ask(self, account: MailAccount) -> str:
        self.asked.append(account.user)
        return self.answer

    def _record(self, state: str, _detail: str) -> None:
        self.tooltips.append((state, self.shell.tray.icon.toolTip()))

    def wait_state(self, state: str, timeout: int = 15_000) -> None:
        self.qtbot.waitUntil(lambda: self.shell.mail.state == state, timeout=timeout)

    def said(self, state: str) -> list[str]:
        return [tip for s, tip in self.tooltips if s == state]

    def watcher_ended(self) -> bool:
        thread = self.shell.mail._thread
        return thread is None or not thread.is_alive()


@pytest.fixture
def make_app(qtbot, profile: Profile) -> Iterator[Callable[..., App]]:  # type: ignore[no-untyped-def]
    apps: list[App] = []

    def make(account: MailAccount, answer: str) -> App:
        app = App(qtbot, profile, account, answer)
        apps.append(app)
        return app

    yield make
    for app in apps:
        # Stop the watcher thread first and let its queued signals land while the profile
        # is still open; only then take the shell down.
        app.shell.mail.stop()
        QApplication.processEvents()
        app.shell.dispose()
        QApplication.processEvents()


def test_a_server_that_drops_mid_idle_is_said_in_the_tray_retried_and_nothing_is_doubled(
    make_app: Callable[..., App],
    dovecot: DovecotServer,
    mailbox: Mailbox,
    home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    app = make_app(_account(dovecot, mailbox.user), mailbox.password)
    app.shell.start()
    app.wait_state("watching")
    mailbox.deliver(email_message(CLIENT, "before the drop"))
    app.qtbot.waitUntil(lambda: app.services.contacts.count() == 1, timeout=5_000)
    try:
        dovecot.stop()  # the server goes away while the watcher is in IDLE
        app.qtbot.waitUntil(lambda: len(app.said("waiting")) >= 2, timeout=20_000)
    finally:
        dovecot.start()
    app.wait_state("watching")
    waiting = app.said("waiting")
    assert all("\nMailbox: " in tip and "Trying again in" in tip for tip in waiting), waiting
    # Backoff: the delays grow (1 s, then 2 s), never a busy loop.
    assert "Trying again in 1 s." in waiting[0] and "Trying again in 2 s." in waiting[1]
    assert "Mailbox" not in app.shell.tray.icon.toolTip()  # all is well again: no line
    mailbox.deliver(email_message(CLIENT, "after the drop"))
    app.qtbot.waitUntil(lambda: app.services.contacts.count() == 2, timeout=10_000)
    sources = [c.source_id for c in app.services.contacts.query()]
    assert len(set(sources)) == 2  # the first message was not logged again on reconnect
    assert app.asked == [mailbox.user]  # asked once per session, not at each reconnect
    assert_password_nowhere(mailbox.password, home, caplog.text)


def test_a_wrong_password_is_said_in_the_tray_and_not_retried(
    make_app: Callable[..., App],
    dovecot: DovecotServer,
    mailbox: Mailbox,
    home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    app = make_app(_account(dovecot, mailbox.user), "not-the-password-42")
    app.shell.start()
    app.wait_state("failed")
    tip = app.shell.tray.icon.toolTip()
    assert "\nMailbox not watched: The server rejected the password for " in tip
    line = app.shell.tray.mail_action
    assert line.isVisible() and line.text().startswith("Mailbox not watched: The server")
    assert line.toolTip() == tip.split("\n")[-1]  # the whole sentence on hover
    line.trigger()  # the window, with its banner and "Try again"
    assert app.shell.window.isVisible()
    (banner,) = app.shell.window.banner_widgets()
    assert banner.label.text().startswith("The mailbox is not being watched: The server")
    app.qtbot.waitUntil(app.watcher_ended, timeout=5_000)
    assert app.said("waiting") == []  # retrying a wrong password could lock the account
    assert app.asked == [mailbox.user]
    assert_password_nowhere("not-the-password-42", home, caplog.text)
    assert_password_nowhere(mailbox.password, home, caplog.text)


@pytest.mark.parametrize("trouble", ["untrusted", "expired"])
def test_a_certificate_not_to_trust_is_said_in_the_tray_and_not_retried(
    make_app: Callable[..., App],
    dovecot: DovecotServer,
    expired_dovecot: DovecotServer,
    mailbox: Mailbox,
    home: Path,
    caplog: pytest.LogCaptureFixture,
    trouble: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    if trouble == "untrusted":  # the system's CAs do not know the test CA
        account = _account(dovecot, mailbox.user, cafile=None)
        why = "Certificate not trusted: unable to get local issuer certificate"
    else:
        expired_dovecot.add_user(mailbox.user, mailbox.password)
        account = _account(expired_dovecot, mailbox.user)
        why = "Certificate not trusted: certificate has expired"
    app = make_app(account, mailbox.password)
    app.shell.start()
    app.wait_state("failed")
    assert f"\nMailbox not watched: {why}" in app.shell.tray.icon.toolTip()
    app.qtbot.waitUntil(app.watcher_ended, timeout=5_000)
    assert app.said("waiting") == []
    assert app.services.contacts.count() == 0
    assert_password_nowhere(mailbox.password, home, caplog.text)


@pytest.mark.parametrize("backend", ["locked", "absent"])
def test_a_locked_or_absent_keyring_means_asking_once_and_writing_nothing(
    make_app: Callable[..., App],
    dovecot: DovecotServer,
    mailbox: Mailbox,
    home: Path,
    caplog: pytest.LogCaptureFixture,
    backend: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    previous = keyring.get_keyring()
    locked = LockedKeyring()
    keyring.set_keyring(locked if backend == "locked" else keyring.backends.fail.Keyring())
    try:
        account = _account(dovecot, mailbox.user, password_storage=PasswordStorage.KEYRING)
        app = make_app(account, mailbox.password)
        app.shell.start()
        app.wait_state("watching")
        mailbox.deliver(email_message(CLIENT, "hello"))
        app.qtbot.waitUntil(lambda: app.services.contacts.count() == 1, timeout=5_000)
        assert app.asked == [mailbox.user]  # the keyring could not help: asked, once
        assert locked.items == {}
        if backend == "locked":
            assert "The keyring could not be read (KeyringLocked)." in caplog.text
    finally:
        keyring.set_keyring(previous)
    assert_password_nowhere(mailbox.password, home, caplog.text)


# -- the commands ----------------------------------------------------------------------------


def _add(home: Path, server: DovecotServer, mailbox: Mailbox, *extra: str) -> None:
    done = cli(
        home, "mail", "add", "--host", server.host, "--port", str(server.imaps_port),
        "--user", mailbox.user, *extra, "--no-check", stdin=mailbox.password + "\n",
    )  # fmt: skip
    assert done.status == 0, done.err
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")


@pytest.mark.usefixtures("no_keyring")
def test_mail_test_and_watch_name_each_problem_and_keep_no_password(
    home: Path,
    dovecot: DovecotServer,
    expired_dovecot: DovecotServer,
    mailbox: Mailbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    outputs: list[str] = []

    def run(*args: str, password: str) -> tuple[int, str]:
        done = cli(home, *args, stdin=password + "\n")
        outputs.extend([done.out, done.err])
        return done.status, done.err

    _add(home, dovecot, mailbox, "--cafile", str(dovecot.ca.ca_cert))
    for command in (["mail", "test"], ["watch", "--once"], ["watch"]):
        status, err = run(*command, password="wrong-password-7")
        assert status == 2
        assert err == (
            f"after-hours: The server rejected the password for {mailbox.user} at {dovecot.host}.\n"
        )
    cli(home, "mail", "remove")
    _add(home, dovecot, mailbox)  # no --cafile: the system's CAs, which do not know ours
    status, err = run("mail", "test", password=mailbox.password)
    assert status == 2 and "Certificate not trusted: unable to get local issuer" in err
    cli(home, "mail", "remove")
    expired_dovecot.add_user(mailbox.user, mailbox.password)
    _add(home, expired_dovecot, mailbox, "--cafile", str(dovecot.ca.ca_cert))
    for command in (["mail", "test"], ["watch"]):
        status, err = run(*command, password=mailbox.password)
        assert status == 2 and "Certificate not trusted: certificate has expired" in err
    assert cli(home, "contacts", "--json").json() == []
    assert_password_nowhere(mailbox.password, home, caplog.text, *outputs)
    assert_password_nowhere("wrong-password-7", home, caplog.text, *outputs)


def test_watch_waits_with_growing_delays_while_the_server_is_down_then_carries_on(
    home: Path, dovecot: DovecotServer, mailbox: Mailbox
) -> None:
    """The headless watcher, as a real process: it says why it waits, and how long."""
    _add(home, dovecot, mailbox, "--cafile", str(dovecot.ca.ca_cert))
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # asked on stdin
        "AFTER_HOURS_HOME": "",
    }
    dovecot.stop()
    proc = subprocess.Popen(
        [sys.executable, "-m", "after_hours.ui.main", "--home", str(home), "watch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stderr is not None and proc.stdout is not None
    lines: list[str] = []
    try:
        proc.stdin.write(mailbox.password + "\n")
        proc.stdin.flush()
        while len([x for x in lines if "Trying again in" in x]) < 2:
            line = proc.stderr.readline()
            assert line, f"the watcher ended: {lines}"
            lines.append(line)
        environ = Path(f"/proc/{proc.pid}/environ").read_bytes()
        assert mailbox.password.encode() not in environ
        dovecot.start()
        while not any(x.startswith("after-hours: Watching INBOX") for x in lines):
            line = proc.stderr.readline()
            assert line, f"the watcher ended: {lines}"
            lines.append(line)
        mailbox.deliver(email_message(CLIENT, "while you were away"))
        logged = proc.stdout.readline()
        assert "\tS.C.\tafter_hours\t" in logged or "\tS.C.\t" in logged
    finally:
        if not dovecot._listening(dovecot.imaps_port):
            dovecot.start()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    waiting = [x for x in lines if "Trying again in" in x]
    assert waiting[0].startswith(f"after-hours: Cannot reach {dovecot.host}:{dovecot.imaps_port}")
    assert "Trying again in 2 s." in waiting[0] and "Trying again in 4 s." in waiting[1]
    assert proc.returncode == 0, err
    assert len(cli(home, "contacts", "--json").json()) == 1
    assert_password_nowhere(mailbox.password, home, "".join(lines), out, err)
