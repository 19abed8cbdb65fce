"""``clients``: who has a communication agreement, whose review is due, and ``clients set``."""

from __future__ import annotations

import argparse

from after_hours.availability.agreements import (
    Agreement,
    AgreementError,
    AgreementStore,
    ReviewState,
    parse_channels,
)
from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.contacts.model import ContactInputError
from after_hours.availability.timeutil import TimeInputError, parse_date

_STATE_TEXT = {
    ReviewState.OVERDUE: "review overdue",
    ReviewState.MISSING: "no agreement",
    ReviewState.DUE_SOON: "review due soon",
    ReviewState.OK: "ok",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "clients", help="clients with no agreement or an overdue review first; set agreements"
    )
    c.add_argument("--json", action="store_true", help="one JSON list on stdout")
    c.set_defaults(handler=cmd_clients)
    csub = c.add_subparsers(dest="clients_command", metavar="ACTION")
    s = csub.add_parser("set", help="record (or replace) a client's communication agreement")
    s.add_argument("client", metavar="PSEUDONYM")
    s.add_argument(
        "--channels",
        required=True,
        metavar="LIST",
        help="channels allowed, comma-separated (e.g. phone,email); empty for none",
    )
    s.add_argument("--response-hours", type=int, metavar="N", help="response time promised")
    s.add_argument(
        "--crisis-plan", default="", metavar="TEXT", help="what the client does in a crisis"
    )
    s.add_argument("--discussed", metavar="D", help="date it was discussed (default today)")
    s.add_argument("--review-weeks", type=int, default=12, metavar="N", help="review every N weeks")
    s.add_argument(
        "--language",
        metavar="LANG",
        help="the client's language for replies and the handout: en or fr (default: yours)",
    )
    s.set_defaults(handler=cmd_clients_set)
    r = csub.add_parser("remove", help="remove a client's agreement")
    r.add_argument("client", metavar="PSEUDONYM")
    r.set_defaults(handler=cmd_clients_remove)


def cmd_clients(ctx: Context) -> int:
    today = ctx.clock.now().astimezone(ctx.display_zone).date()
    overview = AgreementStore(ctx.profile.db, ctx.clock).overview(today)
    if ctx.args.json:
        ctx.print_json([s.to_json() for s in overview])
        return 0
    if not overview:
        ctx.out("No clients yet: they appear when you log a contact or set an agreement.")
        return 0
    for s in overview:
        state = _STATE_TEXT[s.state]
        if s.state is ReviewState.OVERDUE:
            state += f" by {s.days_overdue} day(s)"
        line = f"{s.client:<14} {state:<28} {s.off_hours_contacts:>4} off-hours of {s.contacts:>4}"
        if s.agreement:
            a = s.agreement
            chans = ", ".join(c.value for c in a.channels) or "none"
            line += f"   channels: {chans}; next review {a.next_review.isoformat()}"
            if a.language:
                line += f"; language {a.language}"
        ctx.out(line)
    return 0


def cmd_clients_set(ctx: Context) -> int:
    a = ctx.args
    try:
        channels = parse_channels(a.channels)
        discussed = (
            parse_date(a.discussed)
            if a.discussed
            else ctx.clock.now().astimezone(ctx.display_zone).date()
        )
        agreement = Agreement(
            client=a.client,
            channels=channels,
            discussed_on=discussed,
            review_weeks=a.review_weeks,
            response_hours=a.response_hours,
            crisis_plan=" ".join(a.crisis_plan.split()),
            language=a.language or "",
        )
    except (ContactInputError, AgreementError, TimeInputError) as exc:
        raise CliError(f"{exc}".rstrip(".") + ". Nothing was changed.") from exc
    AgreementStore(ctx.profile.db, ctx.clock).set(agreement)
    ctx.out(
        f"Saved the agreement with {agreement.client}; next review "
        f"{agreement.next_review.isoformat()}. Contacts from now on through other channels "
        "are flagged as boundary events."
    )
    return 0


def cmd_clients_remove(ctx: Context) -> int:
    if not AgreementStore(ctx.profile.db, ctx.clock).delete(ctx.args.client):
        raise CliError(f"There is no agreement with {ctx.args.client}.")
    ctx.out(f"Removed the agreement with {ctx.args.client}.")
    return 0
