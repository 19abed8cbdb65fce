"""``reminders``: the upcoming reminders, soonest first (the same plan the tray uses)."""

from __future__ import annotations

import argparse
from datetime import timedelta

from availability.cli.app import CliError, Context
from availability.reminders import PAUSED_INDEFINITELY, ReminderService
from availability.reminders.adapters import sources_for
from availability.reminders.texts import when
from availability.timeutil import local_iso


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reminders", help="list the upcoming reminders with their times")
    p.add_argument("--json", action="store_true", help='a JSON list of {"kind", "at", "title"}')
    p.add_argument(
        "--days", type=int, default=7, metavar="N", help="how far ahead to look (default 7)"
    )
    p.set_defaults(handler=cmd_reminders)


def cmd_reminders(ctx: Context) -> int:
    days = ctx.args.days
    if days < 1 or days > 366:
        raise CliError("--days must be between 1 and 366.")
    service = ReminderService(ctx.profile.db, ctx.clock, **sources_for(ctx.profile.db, ctx.clock))
    reminders = service.plan(timedelta(days=days))
    if ctx.args.json:
        ctx.print_json([r.to_json(ctx.display_zone) for r in reminders])
        return 0
    paused = service.config().paused_until
    if paused == PAUSED_INDEFINITELY:
        ctx.out("Reminders are paused until you resume monitoring.")
    elif paused is not None and not isinstance(paused, str) and paused > ctx.clock.now():
        ctx.out(f"Reminders are paused until {local_iso(paused, ctx.display_zone)}.")
    if not reminders:
        ctx.out(f"No reminders in the next {days} days.")
        return 0
    now = ctx.clock.now()
    for r in reminders:
        stamp = "due now" if r.at <= now else when(r.at, now, ctx.display_zone)
        ctx.out(f"{stamp:>16}  {r.title}")
    return 0
