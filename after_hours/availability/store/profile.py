"""The profile: one folder (0700) holding one SQLite database (0600), its settings and backups.

The database is opened in exactly one place, here. WAL lets the app and a CLI command share the
profile; ``synchronous=FULL`` because a lost last write here is a lost contact; a busy timeout
lets a second process wait for a write lock instead of failing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

import platformdirs

from after_hours.availability.i18n import _
from after_hours.availability.store.errors import (
    ProfileTooNewError,
    StoreError,
    translate_sqlite_error,
)
from after_hours.availability.store.lazy import LazyDatabase

if TYPE_CHECKING:
    from sqlite_utils import Database

APP_NAME = "after-hours"
DB_NAME = "after-hours.db"
HOME_ENV = "AFTER_HOURS_HOME"
BACKUP_DIR = "backups"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """``--home`` wins, then ``AFTER_HOURS_HOME``, then the platform's user data folder."""
    if home:
        return Path(home).expanduser().absolute()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


# The umask belongs to the whole process. Watchers open the profile from their own threads, so
# two overlapping private_umask() blocks could each save the other's 0o077 as "old" and leave
# it in force for good (every later file and folder of the process private, other programs'
# included). One lock makes the save-and-restore a unit.
_UMASK_LOCK = threading.RLock()


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside are readable by the user alone (Vorta's umask approach)."""
    with _UMASK_LOCK:
        old = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(old)


def ensure_private_dir(path: Path) -> None:
    with private_umask():
        path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)


def chmod_private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


# How many migrations this version knows (``len(known_names())``, checked by
# tests/test_startup_imports.py). ``upgrade`` stamps it into ``PRAGMA user_version``; a profile
# showing exactly this count, stamp and applied rows alike, needs no migration, so opening it
# does not import sqlite-utils and the migration list.
SCHEMA_VERSION = 11
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "after-hours"


@dataclass
class Profile:
    """An open profile. Services receive it (or its ``db``) through their constructors."""

    home: Path
    db: Database

    @property
    def db_path(self) -> Path:
        return self.home / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.home / BACKUP_DIR

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def secure_files(self) -> None:
        """Keep the database and its WAL side files at 0600 (SQLite creates them lazily)."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            chmod_private(Path(str(self.db_path) + suffix))


def open_profile(home: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Profile:
    """Open (creating if needed) the profile at ``home`` and bring its schema up to date.

    Raises :class:`ProfileTooNewError` for a database written by a newer version, and
    :class:`StoreError` with a plain sentence for disk, permission and corruption problems.
    """
    path = resolve_home(home)
    try:
        ensure_private_dir(path)
    except OSError as exc:
        raise StoreError(
            _("Cannot create the profile folder {path}: {why}.").format(path=path, why=exc.strerror)
        ) from exc
    db_path = path / DB_NAME
    try:
        with private_umask():
            conn = sqlite3.connect(str(db_path), timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            _enable_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        # sqlite-utils loads on the first write or table call (store/lazy.py).
        profile = Profile(path, cast("Database", LazyDatabase(conn)))
        if migrate and not schema_is_current(conn):
            upgrade(profile)
        profile.secure_files()
        return profile
    except sqlite3.Error as exc:
        friendly = translate_sqlite_error(exc, db_path)
        if friendly is not None:
            raise friendly from exc
        raise


def schema_is_current(conn: sqlite3.Connection) -> bool:
    """Whether every migration this version knows, and no other, has been applied.

    Read with the plain connection: the common case (nothing to do) then costs two small
    queries instead of importing sqlite-utils. Anything else, a fresh, older or newer profile,
    goes through :func:`upgrade`, which decides with sqlite-utils' own migration records.
    """
    try:
        stamp = conn.execute("PRAGMA user_version").fetchone()[0]
        if stamp != SCHEMA_VERSION:
            return False
        row = conn.execute(
            f"SELECT count(*) FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchone()
    except sqlite3.OperationalError:
        return False  # no migrations table yet: a new profile
    return bool(row[0] == SCHEMA_VERSION)


def _enable_wal(db: sqlite3.Connection, attempts: int = 8) -> None:
    """Switch a database to WAL once; tolerate another process doing it at the same moment.

    Changing the journal mode needs an exclusive lock, and SQLite can refuse it at once with
    "database is locked" (the busy handler does not cover it) when two processes open a new
    profile together, e.g. the app at login and a CLI command. WAL persists in the file, so
    most opens only read the mode; the rare race gets a few short, bounded retries.
    """
    for attempt in range(attempts):
        try:
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def schema_is_newer(db: Database) -> list[str]:
    """Names of applied migrations this version does not know: a newer app wrote them."""
    from after_hours.availability.store.migrations import known_names, migrations

    known = set(known_names())
    return [m.name for m in migrations.applied(db) if m.name not in known]


def upgrade(profile: Profile) -> list[str]:
    """Apply pending migrations under a write lock, backing up first. Returns what ran."""
    from after_hours.availability.store.migrations import known_names, migrations

    db = profile.db
    unknown = schema_is_newer(db)
    if unknown:
        raise ProfileTooNewError(
            _("{file} was written by a newer After Hours (it has {versions}).").format(
                file=profile.db_path, versions=", ".join(unknown)
            )
            + " "
            + _("Upgrade After Hours to open it; nothing was changed.")
        )
    pending = [m.name for m in migrations.pending(db)]
    if not pending:
        return []
    had_data = bool(migrations.applied(db))
    if had_data:
        backup(profile, reason="pre-migration")
    # One immediate transaction: two processes opening a fresh profile at once queue up, and
    # the second finds nothing pending.
    with db.atomic():
        pending = [m.name for m in migrations.pending(db)]
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(known_names())}")
    return pending


_STAMP = "%Y%m%dT%H%M%S%fZ"


def backup(
    profile: Profile, reason: str = "auto", keep: int = 10, now: datetime | None = None
) -> Path:
    """Copy the live database with SQLite's backup API (never a file copy of a WAL database).

    The copy is written under a hidden temporary name, flushed to disk and only then renamed
    into place: a backup cut off half way (a crash, a kill, a full disk) must never be listed,
    because ``restore`` without a file picks the newest and would bring back an empty or
    half-copied database. A kill storm found exactly that (tests/reliability/).
    """
    ensure_private_dir(profile.backup_dir)
    _sweep_partial(profile.backup_dir)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    target = profile.backup_dir / f"after-hours-{stamp}-{reason}.db"
    partial = profile.backup_dir / f".{target.name}.{os.getpid()}{_PARTIAL}"
    try:
        with private_umask():
            dest = sqlite3.connect(str(partial))
            try:
                profile.db.conn.backup(dest)
                # One self-contained file: no journal beside it, nothing left to replay.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        chmod_private(partial)
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(profile.backup_dir)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _rotate(profile.backup_dir, reason, keep)
    return target


_PARTIAL = ".partial"


def _sweep_partial(folder: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Remove copies left by a backup that was cut off (old enough not to be in progress)."""
    limit = time.time() - older_than.total_seconds()
    for path in folder.glob(f".after-hours-*{_PARTIAL}*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_if_due(
    profile: Profile, now: datetime, every: timedelta = timedelta(days=1), keep: int = 7
) -> Path | None:
    """The daily automatic backup: made when the newest one is older than ``every``.

    Called when the app starts and by the long-running watcher; keeps the last ``keep``.
    """
    stamps = []
    for path in profile.backup_dir.glob("after-hours-*-daily.db"):
        with contextlib.suppress(ValueError):
            stamp = path.name.removeprefix("after-hours-").split("-", 1)[0]
            stamps.append(datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC))
    if stamps and now - max(stamps) < every:
        return None
    return backup(profile, reason="daily", keep=keep, now=now)


def list_backups(profile: Profile) -> list[Path]:
    """Backups, newest first."""
    return backups_in(profile.home)


def backups_in(home: Path) -> list[Path]:
    """The backups of the profile at ``home``, newest first, without opening its database.

    ``restore`` must work when the live database is the thing that is broken.
    """
    folder = home / BACKUP_DIR
    if not folder.exists():
        return []
    return sorted(folder.glob("after-hours-*.db"), reverse=True)


def restore(profile: Profile, source: Path) -> None:
    """Replace the live database's content with a backup, after backing up the current one."""
    if not source.exists():
        raise StoreError(_("No backup at {file}.").format(file=source))
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            check = src.execute("PRAGMA integrity_check").fetchone()
            if not check or check[0] != "ok":
                raise StoreError(
                    _("{file} is damaged ({check}); the current data was kept.").format(
                        file=source, check=check
                    )
                )
            backup(profile, reason="pre-restore")
            src.backup(profile.db.conn)
        finally:
            src.close()
    except sqlite3.Error as exc:
        friendly = translate_sqlite_error(exc, source)
        raise (friendly or StoreError(f"Cannot restore {source}: {exc}")) from exc
    upgrade(profile)


def replace_damaged(home: Path, source: Path, now: datetime | None = None) -> Path:
    """Put a backup in place of a database that cannot be opened; returns where the old went.

    The damaged file is kept beside it (``after-hours.db.damaged-STAMP``, never deleted: it
    may still hold something a specialist can recover). Each step leaves either the damaged
    database or the restored one in place, never neither: the backup is copied to a temporary
    file first, the old WAL (which would otherwise be replayed onto the new file) is moved
    aside, and a rename puts the copy in place.
    """
    if not source.exists():
        raise StoreError(_("No backup at {file}.").format(file=source))
    db_path = home / DB_NAME
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    aside = home / f"{DB_NAME}.damaged-{stamp}"
    temp = home / f".{DB_NAME}.restoring"
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            check = src.execute("PRAGMA integrity_check").fetchone()
            if not check or check[0] != "ok":
                raise StoreError(
                    _("{file} is damaged too ({check}); nothing was changed.").format(
                        file=source, check=check
                    )
                )
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            with private_umask():
                dest = sqlite3.connect(str(temp))
                try:
                    src.backup(dest)
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
        finally:
            src.close()
        _fsync_file(temp)
        if db_path.exists():
            os.link(db_path, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
        os.replace(temp, db_path)
        _fsync_dir(home)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        friendly = translate_sqlite_error(exc, source)
        raise (friendly or StoreError(f"Cannot restore {source}: {exc}")) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreError(
            _("Cannot restore {file}: {why}.").format(file=source, why=exc.strerror or exc)
        ) from exc
    chmod_private(db_path)
    return aside


def _rotate(folder: Path, reason: str, keep: int) -> None:
    mine = sorted(folder.glob(f"after-hours-*-{reason}.db"), reverse=True)
    for old in mine[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
