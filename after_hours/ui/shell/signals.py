"""SIGTERM and SIGINT quit the app the way the tray's Quit does: status 0, the store closed.

Python runs a signal handler only between bytecodes, and Qt's event loop is C++: a signal that
arrives while the loop waits would sit unhandled until the next Python slot. So the C-level
handler writes the signal number to a pipe (``signal.set_wakeup_fd``); a ``QSocketNotifier``
on the other end wakes the loop at once, with no polling timer, and the slot calls the app's
normal quit path. A logout (SIGTERM from the session) or Ctrl+C in a terminal then leaves no
WAL file behind and no lock held.

A pipe, not a socket pair: the ``socket`` module costs the first paint a few milliseconds and
POSIX accepts any non-blocking descriptor here. Windows accepts only a socket, so it keeps one.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """Call ``quit`` once when SIGTERM or SIGINT arrives; ``restore()`` puts things back.

    ``quit`` may be replaced once the app is built: a signal caught earlier is acted on when
    the event loop starts, by whatever ``quit`` is then.
    """

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quit = quit
        self._quitting = False
        self._reader, self._writer = _wakeup_pair()
        self._old_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._old_handlers: dict[int, Any] = {
            sig: signal.signal(sig, self._note) for sig in QUIT_SIGNALS
        }
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)

    def _note(self, signum: int, _frame: FrameType | None) -> None:
        """The Python-level handler: replacing the default keeps the process alive to quit."""

    def _on_wake(self) -> None:
        try:
            data = _read(self._reader)
        except BlockingIOError:
            return
        if not self._quitting and any(b in {int(s) for s in QUIT_SIGNALS} for b in data):
            self._quitting = True
            self.quit()

    def restore(self) -> None:
        """Give the signals back their previous handlers and close the pipe."""
        self._notifier.setEnabled(False)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_fd)
        _close(self._reader)
        _close(self._writer)


# The wake-up descriptors: a non-blocking pipe on POSIX, a socket pair on Windows (which
# accepts nothing else). Plain file descriptors either way, for set_wakeup_fd and the notifier.
_sockets: dict[int, Any] = {}


def _wakeup_pair() -> tuple[int, int]:
    if sys.platform != "win32":
        reader, writer = os.pipe()
        os.set_blocking(reader, False)
        os.set_blocking(writer, False)
        return reader, writer
    import socket

    pair = socket.socketpair()
    for sock in pair:
        sock.setblocking(False)
        _sockets[sock.fileno()] = sock
    return pair[0].fileno(), pair[1].fileno()


def _read(fd: int) -> bytes:
    sock = _sockets.get(fd)
    return bytes(sock.recv(64)) if sock is not None else os.read(fd, 64)


def _close(fd: int) -> None:
    sock = _sockets.pop(fd, None)
    if sock is not None:
        sock.close()
    else:
        os.close(fd)
