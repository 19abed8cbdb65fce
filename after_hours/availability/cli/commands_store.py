"""``backup``, ``restore`` and ``backups``: the profile's safety net."""

from __future__ import annotations

import argparse
from pathlib import Path

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.store import backup, list_backups, restore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="back up the database now (kept in the profile's backups/)")
    b.set_defaults(handler=cmd_backup)
    ls = sub.add_parser("backups", help="list backups, newest first")
    ls.set_defaults(handler=cmd_backups)
    r = sub.add_parser(
        "restore", help="restore the database from a backup (the current one is backed up first)"
    )
    r.add_argument("file", type=Path, nargs="?", help="a backup file; default the newest")
    r.set_defaults(handler=cmd_restore)


def cmd_backup(ctx: Context) -> int:
    ctx.out(str(backup(ctx.profile, reason="manual")))
    return 0


def cmd_backups(ctx: Context) -> int:
    for path in list_backups(ctx.profile):
        ctx.out(str(path))
    return 0


def cmd_restore(ctx: Context) -> int:
    source = ctx.args.file
    if source is None:
        found = list_backups(ctx.profile)
        if not found:
            raise CliError("There are no backups to restore from.")
        source = found[0]
    restore(ctx.profile, source)
    ctx.out(f"Restored from {source}.")
    return 0
