"""``backup``, ``restore`` and ``backups``: the profile's safety net."""

from __future__ import annotations

import argparse
from pathlib import Path

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _
from after_hours.availability.store import (
    ProfileDamagedError,
    backup,
    backups_in,
    open_profile,
    replace_damaged,
    resolve_home,
    restore,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser(
        "backup", help=_("back up the database now (kept in the profile's backups/)")
    )
    b.set_defaults(handler=cmd_backup)
    ls = sub.add_parser("backups", help=_("list backups, newest first"))
    ls.set_defaults(handler=cmd_backups)
    r = sub.add_parser(
        "restore", help=_("restore the database from a backup (the current one is backed up first)")
    )
    r.add_argument("file", type=Path, nargs="?", help=_("a backup file; default the newest"))
    r.set_defaults(handler=cmd_restore)


def cmd_backup(ctx: Context) -> int:
    ctx.out(str(backup(ctx.profile, reason="manual")))
    return 0


def cmd_backups(ctx: Context) -> int:
    # Without opening the database: this is what a user with a damaged one needs first.
    for path in backups_in(resolve_home(ctx.args.home)):
        ctx.out(str(path))
    return 0


def cmd_restore(ctx: Context) -> int:
    home = resolve_home(ctx.args.home)
    source = ctx.args.file
    if source is None:
        found = backups_in(home)
        if not found:
            raise CliError(_("There are no backups to restore from."))
        source = found[0]
    try:
        profile = ctx.profile
    except ProfileDamagedError:
        # The damaged-profile message sends the user here: restore must not need to open it.
        aside = replace_damaged(home, source)
        open_profile(home).close()  # brings the restored copy's schema up to date
        ctx.out(
            _("Restored from {source}. The damaged database was kept as {aside}.").format(
                source=source, aside=aside
            )
        )
        return 0
    restore(profile, source)
    ctx.out(_("Restored from {source}.").format(source=source))
    return 0
