"""One running app per profile: a ``QLockFile`` in the profile folder plus a local socket.

The first start takes the lock and listens on a Unix-domain socket whose name is a hash of the
profile path (so two profiles can run side by side, and the name carries no user path). A
second start fails to take the lock, connects, says "activate", and exits 0; the first brings
its window forward. A lock left by a crashed process is detected by QLockFile (it records the
pid and host) and taken over.

The lock is what makes the instance single, so it is taken first; the app listens just after
its first paint (``acquire(listen=False)`` then ``listen()``). A second start in that moment
finds the lock held and no server yet: it tries again for about a second
(``CONNECT_ATTEMPTS`` x ``RETRY_DELAY_S``) before giving up.

The socket is the standard library's, watched by a ``QSocketNotifier``, not QtNetwork's
``QLocalServer``: loading QtNetwork (with the Kerberos and GSSAPI libraries it links) kept
about 3 MiB resident in the idle app for one message per second start (docs/benchmarks.md).
The socket file is where ``QLocalServer`` put it (Qt's temporary folder, the same name), so a
start of either kind finds the other.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from after_hours.availability.store.profile import chmod_private, private_umask

if TYPE_CHECKING:
    import socket

    from PySide6.QtCore import QSocketNotifier

LOCK_NAME = "app.lock"
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
# A first instance that has the lock but is not yet listening gets this many tries.
CONNECT_ATTEMPTS = 5
RETRY_DELAY_S = 0.2
# How long the running app waits for a connected later start to say its line.
READ_TIMEOUT_S = 0.2


def server_name(home: Path) -> str:
    """A short, stable, per-user and per-profile name for the local socket.

    A 64-bit FNV-1a digest: it only has to tell profiles apart and keep the path out of the
    name. ``hashlib`` would load OpenSSL's libcrypto (3 MB resident) into an app that may
    never use it otherwise (no mailbox, no calendar subscription).
    """
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    key = f"{user}\0{home.resolve()}".encode()
    return f"after-hours-{_fnv1a_64(key):016x}"


def _fnv1a_64(data: bytes) -> int:
    """FNV-1a, 64 bits (the standard offset basis and prime)."""
    digest = 0xCBF29CE484222325
    for byte in data:
        digest = ((digest ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return digest


def server_path(home: Path) -> str:
    """Where the socket file lives: Qt's temporary folder, as ``QLocalServer`` placed it."""
    # Imported here: PySide builds a class's enum types when the class is first imported, and
    # the first paint needs neither class (the app listens just after it).
    from PySide6.QtCore import QDir

    return os.path.join(QDir.tempPath(), server_name(home))


def _read_message(sock: socket.socket) -> bytes:
    """What a later start wrote, up to its hang-up; it writes at once, so this never waits long.

    Read here rather than through a notifier per connection: a later start sends one short
    line and closes, and the wait is bounded by ``READ_TIMEOUT_S`` for a peer that does not.
    """
    sock.settimeout(READ_TIMEOUT_S)
    data = b""
    # A peer that times out or resets ends the read: what arrived before it is used.
    with contextlib.suppress(OSError):
        while ACTIVATE not in data and len(data) < 1024:
            chunk = sock.recv(256)
            if not chunk:
                break
            data += chunk
    return data


class SingleInstance(QObject):
    """Owns the lock and the server of the running instance; emits ``activated`` on hand-over."""

    activated = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self._lock = QLockFile(str(home / LOCK_NAME))
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self.primary = False

    @property
    def name(self) -> str:
        """The local socket's name (see :func:`server_name`)."""
        return server_name(self.home)

    def acquire(self, *, listen: bool = True) -> bool:
        """True if this process is now the running instance; False if it handed over.

        With ``listen=False`` the running instance takes the lock only; :meth:`listen` must
        follow (the app calls it just after its first paint).
        """
        self.home.mkdir(parents=True, exist_ok=True)
        # QLockFile creates the file 0666 minus the umask; every file in the profile is 0600.
        with private_umask():
            locked = self._lock.tryLock(100)
        if locked:
            chmod_private(self.home / LOCK_NAME)
            self.primary = True
            if listen:
                self.listen()
            return True
        self._hand_over()
        return False

    def listen(self) -> None:
        """Answer later starts' hand-over (once; only while this process holds the lock)."""
        if not self.primary or self._server is not None:
            return
        import socket

        path = server_path(self.home)
        # A socket file left by a crash would make bind() fail; we hold the lock, so it is stale.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with private_umask():  # only this user may connect (QLocalServer's UserAccess)
                server.bind(path)
            server.listen(8)
        except OSError:
            # No hand-over then (a later start finds the lock and gives up after its retries);
            # the running app itself is unaffected.
            server.close()
            return
        server.setblocking(False)
        self._server = server
        from PySide6.QtCore import QSocketNotifier

        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self._server is not None
        while True:
            try:
                sock, _address = self._server.accept()
            except OSError:  # nothing more waiting (or it gave up meanwhile)
                return
            with sock:
                if ACTIVATE in _read_message(sock):
                    self.activated.emit()

    def _hand_over(self) -> bool:
        import socket

        path = server_path(self.home)
        for attempt in range(CONNECT_ATTEMPTS):
            if attempt:
                time.sleep(RETRY_DELAY_S)  # the first may hold the lock and not listen yet
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(CONNECT_TIMEOUT_MS / 1000)
                try:
                    sock.connect(path)
                    sock.sendall(ACTIVATE)
                except OSError:
                    continue
                return True
        return False

    def release(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # it goes with this object
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(server_path(self.home))
        if self.primary:
            self._lock.unlock()
            self.primary = False
