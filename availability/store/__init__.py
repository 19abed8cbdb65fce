"""Storage: the profile folder, its SQLite database, migrations, settings and backups."""

from availability.store.errors import ProfileLockedError, ProfileTooNewError, StoreError
from availability.store.profile import (
    Profile,
    backup,
    backup_if_due,
    list_backups,
    open_profile,
    resolve_home,
    restore,
)
from availability.store.settings import Settings

__all__ = [
    "Profile",
    "ProfileLockedError",
    "ProfileTooNewError",
    "Settings",
    "StoreError",
    "backup",
    "backup_if_due",
    "list_backups",
    "open_profile",
    "resolve_home",
    "restore",
]
