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
from after_hours.availability.i18n import N_, _, ngettext
from after_hours.availability.timeutil import TimeInputError, parse_date

_STATE_TEXT = {
    ReviewState.OVERDUE: N_("review overdue"),
    ReviewState.MISSING: N_("no agreement"),
    ReviewState.DUE_SOON: N_("review due soon"),
    ReviewState.OK: N_("ok"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "clients", help=_("clients with no agreement or an overdue review first; set agreements")
    )
    c.add_argument("--json", action="store_true", help=_("one JSON list on stdout"))
    c.set_defaults(handler=cmd_clients)
    csub = c.add_subparsers(dest="clients_command", metavar="ACTION")
    s = csub.add_parser("set", help=_("record (or replace) a client's communication agreement"))
    s.add_argument("client", metavar="PSEUDONYM")
    s.add_argument(
        "--channels",
        required=True,
        metavar="LIST",
        help=_("channels allowed, comma-separated (e.g. phone,email); empty for none"),
    )
    s.add_argument("--response-hours", type=int, metavar="N", help=_("response time promised"))
    s.add_argument(
        "--crisis-plan", default="", metavar="TEXT", help=_("what the client does in a crisis")
    )
    s.add_argument("--discussed", metavar="D", help=_("date it was discussed (default today)"))
    s.add_argument(
        "--review-weeks", type=int, default=12, metavar="N", help=_("review every N weeks")
    )
    s.add_argument(
        "--language",
        metavar="LANG",
        help=_("the client's language for replies and the handout: en or fr (default: yours)"),
    )
    s.set_defaults(handler=cmd_clients_set)
    r = csub.add_parser("remove", help=_("remove a client's agreement"))
    r.add_argument("client", metavar="PSEUDONYM")
    r.set_defaults(handler=cmd_clients_remove)


def cmd_clients(ctx: Context) -> int:
    today = ctx.clock.now().astimezone(ctx.display_zone).date()
    overview = AgreementStore(ctx.profile.db, ctx.clock).overview(today)
    if ctx.args.json:
        ctx.print_json([s.to_json() for s in overview])
        return 0
    if not overview:
        ctx.out(_("No clients yet: they appear when you log a contact or set an agreement."))
        return 0
    for s in overview:
        state = _(_STATE_TEXT[s.state])
        if s.state is ReviewState.OVERDUE:
            state = ngettext(
                "review overdue by {n} day", "review overdue by {n} days", s.days_overdue
            ).format(n=s.days_overdue)
        line = f"{s.client:<14} {state:<28} " + _("{off_hours} off-hours of {contacts}").format(
            off_hours=f"{s.off_hours_contacts:>4}", contacts=f"{s.contacts:>4}"
        )
        if s.agreement:
            a = s.agreement
            chans = ", ".join(c.value for c in a.channels) or _("none")
            if a.language:
                line += _(
                    "   channels: {channels}; next review {date}; language {language}"
                ).format(channels=chans, date=a.next_review.isoformat(), language=a.language)
            else:
                line += _("   channels: {channels}; next review {date}").format(
                    channels=chans, date=a.next_review.isoformat()
                )
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
        raise CliError(
            _("{problem}. Nothing was changed.").format(problem=f"{exc}".rstrip("."))
        ) from exc
    AgreementStore(ctx.profile.db, ctx.clock).set(agreement)
    ctx.out(
        _(
            "Saved the agreement with {client}; next review {date}. Contacts from now on "
            "through other channels are flagged as boundary events."
        ).format(client=agreement.client, date=agreement.next_review.isoformat())
    )
    return 0


def cmd_clients_remove(ctx: Context) -> int:
    if not AgreementStore(ctx.profile.db, ctx.clock).delete(ctx.args.client):
        raise CliError(_("There is no agreement with {client}.").format(client=ctx.args.client))
    ctx.out(_("Removed the agreement with {client}.").format(client=ctx.args.client))
    return 0
