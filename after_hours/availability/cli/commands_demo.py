"""``demo``: fill an empty profile with a realistic sample year."""

from __future__ import annotations

import argparse

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.demo import DemoError, generate_demo
from after_hours.availability.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help=_("fill an empty profile with a realistic sample year"))
    p.add_argument(
        "--seed", type=int, default=7, metavar="N", help=_("the same seed, the same year")
    )
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: Context) -> int:
    try:
        summary = generate_demo(ctx.profile.db, ctx.clock, seed=ctx.args.seed)
    except DemoError as exc:
        raise CliError(str(exc)) from exc
    ctx.out(
        _(
            "Filled the profile with a sample year ({first} to {last}): {contacts} contacts, "
            "{after_hours} after hours, {crisis} crisis contacts, {clients} clients, "
            "{agreements} agreements, {selfchecks} self-checks."
        ).format(
            first=summary.first_day,
            last=summary.last_day,
            contacts=summary.contacts,
            after_hours=summary.after_hours,
            crisis=summary.crisis,
            clients=summary.clients,
            agreements=summary.agreements,
            selfchecks=summary.selfchecks,
        )
    )
    ctx.out(_("Try `after-hours risk` and `after-hours clients`. Every client is made up."))
    return 0
