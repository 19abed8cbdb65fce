"""One running app per profile: a ``QLockFile`` in the profile folder plus a local socket.

The first start takes the lock and listens on a local server whose name is a hash of the
profile path (so two profiles can run side by side, and the name carries no user path). A
second start fails to take the lock, connects, says "activate", and exits 0; the first brings
its window forward. A lock left by a crashed process is detected by QLockFile (it records the
pid and host) and taken over.

The lock is what makes the instance single, so it is taken first; listening needs QtNetwork,
which the first paint does without, so the app listens just after it (``acquire(listen=False)``
then ``listen()``). A second start in that moment finds the lock held and no server yet: it
tries again for about a second (``CONNECT_ATTEMPTS`` x ``RETRY_DELAY_S``) before giving up.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from after_hours.availability.store.profile import chmod_private, private_umask

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "app.lock"
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
# A first instance that has the lock but is not yet listening gets this many tries.
CONNECT_ATTEMPTS = 5
RETRY_DELAY_S = 0.2


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


class SingleInstance(QObject):
    """Owns the lock and the server of the running instance; emits ``activated`` on hand-over."""

    activated = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self._lock = QLockFile(str(home / LOCK_NAME))
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []
        self._buffer = b""
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
        from PySide6.QtNetwork import QLocalServer

        # A socket file left by a crash would make listen() fail; we hold the lock, so it is stale.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.name)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._clients.append(sock)
            sock.readyRead.connect(self._on_ready_read)
            sock.disconnected.connect(self._on_disconnected)
            if sock.bytesAvailable():
                self._read(sock)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        sock = self.sender()
        if isinstance(sock, QLocalSocket) and sock in self._clients:
            self._clients.remove(sock)
            sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        self._buffer += bytes(sock.readAll().data())
        if ACTIVATE in self._buffer:
            self._buffer = b""
            self.activated.emit()

    def _hand_over(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        for attempt in range(CONNECT_ATTEMPTS):
            if attempt:
                time.sleep(RETRY_DELAY_S)  # the first may hold the lock and not listen yet
            sock = QLocalSocket()
            sock.connectToServer(self.name)
            if sock.waitForConnected(CONNECT_TIMEOUT_MS):
                sock.write(ACTIVATE)
                sock.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                sock.disconnectFromServer()
                return True
        return False

    def release(self) -> None:
        for sock in self._clients:
            sock.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self.primary:
            self._lock.unlock()
            self.primary = False
