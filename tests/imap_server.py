"""A real Dovecot IMAP server on loopback, for the mail watcher's integration tests.

Everything lives in a temporary folder: a test CA and a server certificate made with openssl
(subjectAltName ``localhost`` and ``127.0.0.1``), a ``passwd-file`` user, the Maildir homes,
the pid file and the log. The server listens on free high ports for implicit TLS (imaps) and
for plain IMAP with STARTTLS. ``stop()`` and ``start()`` can be called again to simulate a
server restart. Messages are delivered with APPEND from a separate imapclient connection, the
way another mail client would, so IDLE sees them arrive.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import keyring
import pytest
from imapclient import IMAPClient
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

USER = "clinician@example.org"
PASSWORD = "correct-horse-battery-4471"


def dovecot_binary() -> str | None:
    """The dovecot executable, looking in sbin folders a non-root PATH may miss."""
    found = shutil.which("dovecot")
    if found:
        return found
    for folder in ("/usr/sbin", "/usr/local/sbin", "/sbin"):
        candidate = Path(folder) / "dovecot"
        if candidate.exists():
            return str(candidate)
    return None


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@dataclass(frozen=True)
class TestCA:
    """A certificate authority and a server certificate it signed (EC keys: fast to make)."""

    ca_cert: Path
    server_cert: Path
    server_key: Path

    @classmethod
    def create(cls, folder: Path) -> TestCA:
        folder.mkdir(parents=True, exist_ok=True)
        ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
        _openssl(
            "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=After Hours Test CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            cwd=folder,
        )  # fmt: skip
        _openssl(
            "req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
            cwd=folder,
        )  # fmt: skip
        (folder / "server.ext").write_text(
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
            "basicConstraints=CA:FALSE\n"
            "keyUsage=digitalSignature,keyEncipherment\n"
            "extendedKeyUsage=serverAuth\n",
            encoding="utf-8",
        )
        _openssl(
            "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
            cwd=folder,
        )  # fmt: skip
        return cls(folder / "ca.pem", folder / "server.pem", folder / "server.key")


class DovecotServer:
    """A standalone Dovecot, started with ``dovecot -c FILE`` and stopped with ``... stop``."""

    host = "127.0.0.1"

    def __init__(self, root: Path, ca: TestCA, *, binary: str, tls: bool = True) -> None:
        self.root = root
        self.ca = ca
        self.binary = binary
        self.tls = tls  # False: no TLS at all, so no STARTTLS offered and no imaps port
        self.imaps_port = free_port()
        self.imap_port = free_port()
        self.config = root / "dovecot.conf"
        self.log = root / "dovecot.log"
        self._write_config()

    # -- configuration ------------------------------------------------------------------------

    def _write_config(self) -> None:
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        # The mail processes run as nobody and must be able to create the Maildir home.
        os.chmod(self.root / "home", 0o777)
        os.chmod(self.root, 0o755)
        # One passwd-file per user: Dovecot reads a new file at once, whereas a file changed
        # twice within a second can look unchanged to it.
        self.users = self.root / "users"
        self.users.mkdir(exist_ok=True)
        self.add_user(USER, PASSWORD)
        for path in (self.ca.server_cert, self.ca.server_key):
            os.chmod(path, 0o644)
        tls_settings = "ssl = no"
        if self.tls:
            tls_settings = (
                f"ssl = yes\nssl_cert = <{self.ca.server_cert}\nssl_key = <{self.ca.server_key}"
            )
        non_root = anvil_chroot = ""
        if os.geteuid() != 0:
            anvil_chroot = "chroot ="
            non_root = """
default_login_user = nobody
default_internal_user = nobody
service imap-login {
  chroot =
}
service stats {
  unix_listener stats-writer {
    group = nogroup
  }
}
service imap-hibernate {
  unix_listener imap-hibernate {
    group = nogroup
  }
}
service dict {
  unix_listener dict {
    group = nogroup
  }
}
service dict-async {
  unix_listener dict-async {
    group = nogroup
  }
}
"""
        self.config.write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log}
info_log_path = {self.log}
protocols = imap
listen = 127.0.0.1
{tls_settings}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = {self.root}/users/%u
}}
userdb {{
  driver = passwd-file
  args = {self.root}/users/%u
  default_fields = uid=nobody gid=nogroup home={self.root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port if self.tls else 0}
    ssl = {"yes" if self.tls else "no"}
  }}
}}
# No growing delay after the wrong-password tests (Dovecot's per-IP auth penalty).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
  {anvil_chroot}
}}
{non_root}
""",
            encoding="utf-8",
        )

    def add_user(self, user: str, password: str) -> None:
        """A new mailbox; Dovecot re-reads the passwd-file when it changes, no restart."""
        path = self.users / user
        path.write_text(f"{user}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
        path.chmod(0o644)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        # The daemon forks and keeps its inherited descriptors: never give it our pipes.
        with open(self.root / "start.err", "wb") as err:
            done = subprocess.run(
                [self.binary, "-c", str(self.config)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, timeout=30,
            )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(
                f"dovecot did not start: {(self.root / 'start.err').read_text(errors='replace')}"
            )
        if self.tls:
            self._wait_listening(self.imaps_port)
        self._wait_listening(self.imap_port)

    def stop(self) -> None:
        """Stop the server; client connections are dropped as a real restart drops them."""
        self._kick_everyone()
        subprocess.run(
            [self.binary, "-c", str(self.config), "stop"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=30,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (
            self._listening(self.imaps_port) or (self.root / "run" / "master.pid").exists()
        ):
            time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def _kick_everyone(self) -> None:
        self.kick("*")

    def kick(self, user: str) -> None:
        """Disconnect ``user``'s sessions, as a server ending an expired session does."""
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                [doveadm, "-c", str(self.config), "kick", user],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                timeout=10,
            )  # fmt: skip

    def _listening(self, port: int) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((self.host, port), 0.2):
            return True
        return False

    def _wait_listening(self, port: int) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._listening(port):
                return
            time.sleep(0.02)
        log = self.log.read_text(errors="replace") if self.log.exists() else "(no log)"
        raise RuntimeError(f"Dovecot did not listen on {port}:\n{log}")

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca.ca_cert))


@dataclass
class Mailbox:
    """One user's mailbox on the test server, used from a second client like another program."""

    server: DovecotServer
    user: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    def client(self) -> IMAPClient:
        s = self.server
        c = IMAPClient(s.host, s.imaps_port, ssl=True, ssl_context=s.ssl_context(), timeout=10)
        c.login(self.user, self.password)
        return c

    def deliver(self, message: bytes | EmailMessage, folder: str = "INBOX") -> None:
        """APPEND one message, as a delivery would make it appear (INTERNALDATE from Date)."""
        raw = message.as_bytes() if isinstance(message, EmailMessage) else message
        arrived = None
        if isinstance(message, EmailMessage) and message["Date"]:
            arrived = message["Date"].datetime
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw, msg_time=arrived)

    def create_folder(self, folder: str) -> None:
        with self.client() as c:
            c.create_folder(folder)

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """The flags of every message in ``folder``, by UID."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search()
            found = c.fetch(uids, ["FLAGS"]) if uids else {}
            return {uid: tuple(data[b"FLAGS"]) for uid, data in found.items()}

    def count(self, folder: str = "INBOX") -> int:
        with self.client() as c:
            return int(c.select_folder(folder, readonly=True)[b"EXISTS"])


def email_message(
    sender: str,
    body: str,
    *,
    subject: str = "Hello",
    when: datetime | None = None,
    message_id: str | None = None,
    html: str | None = None,
) -> EmailMessage:
    """A realistic message: From, To, Date, Message-ID, a text part and an optional HTML one."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = USER
    msg["Subject"] = subject
    if when is not None:
        msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or make_msgid(domain="client.example")
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


# -- fixtures: test modules import the ``fixture_*`` functions; tests ask for the short names ----


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict: what the OS keyring would hold."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not stored")
        del self.items[(service, username)]


@pytest.fixture(name="memory_keyring")
def fixture_memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring installed with ``keyring.set_keyring`` (restored afterwards)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(name="no_keyring")
def fixture_no_keyring() -> Iterator[None]:
    """The headless-Linux situation: keyring's ``fail`` backend, which raises on every call."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="module", name="dovecot")
def fixture_dovecot() -> Iterator[DovecotServer]:
    """One Dovecot per test module (each test gets its own mailbox through ``mailbox``).

    Per module rather than per session: over a whole run (1,500 tests, some of which stop and
    restart the server or leave watchers reconnecting) a single long-lived server began to
    refuse new logins with "Temporary authentication failure". A fresh one per module starts in
    well under a second and keeps each file's tests independent of the others.
    """
    binary = dovecot_binary()
    if binary is None:
        pytest.skip(
            "Dovecot is not installed: `apt-get install dovecot-imapd openssl` "
            "(`make test` installs it through scripts/ensure-system-packages.sh test)"
        )
    # Not under pytest's tmp folder: that is 0700, and Dovecot's mail processes run as nobody.
    root = Path(tempfile.mkdtemp(prefix="after-hours-dovecot-"))
    os.chmod(root, 0o755)
    server = DovecotServer(root / "server", TestCA.create(root / "ca"), binary=binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


_mailbox_numbers = itertools.count(1)


@pytest.fixture(name="mailbox")
def fixture_mailbox(dovecot: DovecotServer) -> Mailbox:
    """A fresh, empty mailbox with its own user and random password."""
    user = f"clinician{next(_mailbox_numbers)}@example.org"
    password = f"pw-{secrets.token_urlsafe(18)}"
    dovecot.add_user(user, password)
    return Mailbox(dovecot, user, password)
