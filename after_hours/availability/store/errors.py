"""Environment errors (disk full, read-only, locked, corrupt, too new) as plain sentences.

qutebrowser's lesson: an error the user can act on gets a message; anything else is a bug and
should crash loudly in tests. ``translate_sqlite_error`` draws that line for SQLite.
"""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A problem with the profile's database the user can understand and act on."""


class ProfileTooNewError(StoreError):
    """The database was written by a newer After Hours; opening it could lose data."""


class ProfileLockedError(StoreError):
    """Another process holds the database for too long."""


class ProfileDamagedError(StoreError):
    """The database file is damaged or is not a database; a backup can replace it."""


def translate_sqlite_error(exc: sqlite3.Error, path: object) -> StoreError | None:
    """A plain message for environment errors, or None for errors that are bugs."""
    text = str(exc).lower()
    if "database or disk is full" in text or "disk i/o error" in text:
        return StoreError(
            f"The disk holding {path} is full or failing: nothing was saved. "
            "Free some space and try again; your earlier data is intact."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(f"After Hours cannot write to {path}: check the folder's permissions.")
    if "locked" in text or "busy" in text:
        return ProfileLockedError(
            f"The database {path} is busy in another After Hours process; try again in a moment."
        )
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return ProfileDamagedError(
            f"{path} is damaged or is not an After Hours database. "
            "Restore a backup with `after-hours restore`."
        )
    return None
