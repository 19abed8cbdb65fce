"""Storage: the profile folder, its SQLite database, migrations, settings and backups."""

from after_hours.availability.store.errors import (
    ProfileDamagedError,
    ProfileLockedError,
    ProfileTooNewError,
    StoreError,
)
from after_hours.availability.store.profile import (
    Profile,
    backup,
    backup_if_due,
    backups_in,
    list_backups,
    open_profile,
    replace_damaged,
    resolve_home,
    restore,
)
from after_hours.availability.store.settings import Settings

__all__ = [
    "Profile",
    "ProfileDamagedError",
    "ProfileLockedError",
    "ProfileTooNewError",
    "Settings",
    "StoreError",
    "backup",
    "backup_if_due",
    "backups_in",
    "list_backups",
    "open_profile",
    "replace_damaged",
    "resolve_home",
    "restore",
]
