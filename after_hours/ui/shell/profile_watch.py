"""Noticing what other processes write to the profile: the CLI, a headless ``watch``, an import.

The app and a CLI command share one SQLite database in WAL mode. A commit from another
connection appends to the ``-wal`` file, which a ``QFileSystemWatcher`` sees (inotify on
Linux, the platform's file notifications elsewhere) without any polling; the watcher then asks
SQLite's ``PRAGMA data_version``, which changes exactly when *another* connection committed,
so the app's own writes (and a checkpoint rewriting the main file) never count as news.

Chosen over a message on the single-instance socket because it needs nothing from the writer:
any process that commits (a CLI command, ``watch``, an import, another tool on the profile)
is noticed, and a writer that crashes after its commit is noticed too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

if TYPE_CHECKING:  # the first paint loads no sqlite-utils
    from sqlite_utils import Database

# Notifications come in bursts (a transaction writes several pages): read the version once.
# Long enough that the in-app mail watcher's own event (queued right after its commit, with the
# message text for the panel) is handled first.
SETTLE_MS = 100


class ProfileWatch(QObject):
    """Emits ``changed`` once per burst of commits made by other connections to the profile."""

    changed = Signal()

    def __init__(self, db: Database, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._db_path = db_path
        self._version = self.data_version()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._arm()

    def data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _files(self) -> list[str]:
        return [str(self._db_path), f"{self._db_path}-wal"]

    def _arm(self) -> None:
        """Watch the database, its WAL file and the folder (where a new WAL file appears).

        A watch ends when its file is replaced or removed (a WAL reset can recreate it), so
        this runs again after every notification.
        """
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [p for p in self._files() if Path(p).exists()]
        wanted.append(str(self._db_path.parent))
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _poke(self, _path: str) -> None:
        if not self._settle.isActive():
            self._settle.start()

    def check(self) -> bool:
        """Re-read ``data_version``; emit ``changed`` if another connection committed."""
        self._arm()
        version = self.data_version()
        if version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True

    def stop(self) -> None:
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
