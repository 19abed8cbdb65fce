"""``triage``, ``resources`` and ``scripts``: crisis language, lines and replies from the shell.

The same domain functions feed the crisis panel, so the CLI and the app never disagree.
"""

from __future__ import annotations

import argparse

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.crisis import (
    KINDS,
    Rendered,
    ReplyContext,
    Resource,
    add_user_resource,
    region_view,
    remove_user_resource,
    render,
)
from after_hours.availability.crisis.phrasing import Phrases
from after_hours.availability.crisis.resources import RegionView
from after_hours.availability.crisis.scripts import UnknownKindError
from after_hours.availability.i18n import _
from after_hours.availability.timeutil import utc_iso
from after_hours.availability.triage import TriageResult, triage
from after_hours.availability.triage.model import category_label
from after_hours.availability.triage.scorer import RULE_ID as SCORER_RULE


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = sub.add_parser(
        "triage",
        help=_("look for crisis language in a message read on stdin (surfaces, does not diagnose)"),
    )
    t.add_argument("--json", action="store_true", help=_("one JSON document on stdout"))
    t.add_argument("--region", metavar="R", help=_("region for the crisis lines (default: yours)"))
    t.set_defaults(handler=cmd_triage)

    r = sub.add_parser("resources", help=_("crisis lines and emergency numbers for your region"))
    r.add_argument("--region", metavar="R", help="CA, US, UK, IE, AU, NZ, IL (default: yours)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_resources)
    rsub = r.add_subparsers(dest="resources_command", metavar="ACTION")
    add = rsub.add_parser("add", help=_("add your own local line (shown first)"))
    add.add_argument("--name", required=True, help=_('e.g. "Mobile crisis team"'))
    add.add_argument("--number", default="", help=_("number to call"))
    add.add_argument("--text", default="", help=_('what to text and where, e.g. "HELLO to 12345"'))
    add.add_argument("--notes", default="", help=_("hours, address, anything useful"))
    add.add_argument(
        "--region",
        dest="entry_region",
        default="",
        metavar="R",
        help=_("show it only for this region (default: always)"),
    )
    add.set_defaults(handler=cmd_resources_add)
    rm = rsub.add_parser("remove", help=_("remove one of your own lines by its id"))
    rm.add_argument("id", type=int)
    rm.set_defaults(handler=cmd_resources_remove)

    s = sub.add_parser("scripts", help=_("show the crisis script or a reply, filled in for you"))
    ssub = s.add_subparsers(dest="scripts_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help=_("print one of: {kinds}").format(kinds=", ".join(KINDS)))
    show.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    show.add_argument("--region", metavar="R")
    show.add_argument(
        "--client",
        metavar="PSEUDONYM",
        help=_("render in this client's language (from their agreement)"),
    )
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_scripts_show)


# -- triage --------------------------------------------------------------------------------


def cmd_triage(ctx: Context) -> int:
    text = ctx.stdin.read()
    result = triage(text)
    if ctx.args.json:
        ctx.print_json(result.to_json())
        return 0
    _print_triage(ctx, result)
    return 0


def _print_triage(ctx: Context, result: TriageResult) -> None:
    if result.clinician_safety:
        ctx.out(_("A threat to you: this message holds threatening language."))
    elif result.crisis:
        ctx.out(_("Possible crisis: this message holds crisis language."))
    elif result.level == "possible":
        ctx.out(
            _(
                "Worth a look: crisis language appears, but negated, told as past, or as a lone "
                "method or time word."
            )
        )
    else:
        ctx.out(_("No crisis language found."))
    for m in result.matches:
        label = category_label(m.category)
        if m.negated:
            line = _('"{phrase}": {label} (negated)')
        elif m.rule == SCORER_RULE:
            line = _('"{phrase}": {label} (learned scorer, not a written rule)')
        else:
            line = _('"{phrase}": {label}')
        ctx.out("  " + line.format(phrase=m.phrase, label=label))
    if result.clinician_safety:
        ctx.out("")
        ctx.out(
            _("Your safety steps: `after-hours scripts show clinician-safety`.")
            + " "
            + _("Do not reply alone; tell your supervisor.")
        )
    if result.crisis and not _only_clinician(result):
        view = region_view(_region(ctx), ctx.profile.db)
        ctx.out("")
        _print_region(ctx, view)
        ctx.out("")
        ctx.out(
            _(
                "Your steps: `after-hours scripts show crisis-script`; reply: "
                "`after-hours scripts show crisis-reply`."
            )
        )
    if result.matches:
        ctx.out(
            _("After Hours surfaces phrases; it does not assess risk.")
            + " "
            + _("Use your judgement.")
        )


def _only_clinician(result: TriageResult) -> bool:
    """Every live match is a threat to the clinician: no crisis lines for the sender."""
    live = [m for m in result.matches if not m.negated]
    return bool(live) and all(m.category == "threat_to_clinician" for m in live)


# -- resources -----------------------------------------------------------------------------


def _region(ctx: Context) -> str:
    region = getattr(ctx.args, "region", None)
    return str(region or ctx.settings.get("profile.region") or "")


def _describe(r: Resource) -> str:
    """One line: "Kids Help Phone: call 1-800-668-6868, text CONNECT to 686868 (24/7)"."""
    out = f"{r.name}: {Phrases('en').ways(r)}"
    details = [d for d in (r.hours, ", ".join(r.languages)) if d]
    if details:
        out += f" ({'; '.join(details)})"
    return out


def _print_region(ctx: Context, view: RegionView) -> None:
    if view.user:
        ctx.out(_("Your own lines:"))
        for r in view.user:
            ctx.out(f"  [{r.id}] {_describe(r)}" + (f". {r.notes}" if r.notes else ""))
    if not view.known:
        ctx.out(
            _("No crisis lines are on file for {region}.").format(region=view.code)
            + " "
            + _(
                "Add your local emergency number and crisis line with "
                '`after-hours resources add --name "..." --number ...`.'
            )
        )
        return
    ctx.out(
        _("{region}, emergency: {numbers}").format(
            region=view.name, numbers=_(" or ").join(r.number for r in view.emergency)
        )
    )
    for r in view.emergency:
        if r.notes:
            ctx.out(f"  {r.number}: {r.notes}")
    ctx.out(_("Crisis lines:"))
    for r in view.lines:
        ctx.out(f"  {_describe(r)}")
        if r.notes:
            ctx.out(f"    {r.notes}")
        if r.unverified:
            ctx.out(f"    Not confirmed: {r.unverified}. Check before relying on it.")
    checked = sorted({r.verified.isoformat() for r in view.emergency + view.lines if r.verified})
    ctx.out(
        f"Numbers checked on {', '.join(checked)} against published sources; confirm them for "
        "your area. Sources: `after-hours resources --json`."
    )


def cmd_resources(ctx: Context) -> int:
    view = region_view(_region(ctx), ctx.profile.db)
    if ctx.args.json:
        ctx.print_json(
            {
                "region": view.code,
                "name": view.name,
                "known": view.known,
                "resources": [r.to_json() for r in view.resources],
                "prompt": None
                if view.known
                else f"No crisis lines are on file for {view.code}: add your local lines.",
            }
        )
        return 0
    _print_region(ctx, view)
    return 0


def cmd_resources_add(ctx: Context) -> int:
    try:
        new_id = add_user_resource(
            ctx.profile.db,
            name=ctx.args.name,
            number=ctx.args.number,
            text=ctx.args.text,
            notes=ctx.args.notes,
            region=ctx.args.entry_region,
            created_at=utc_iso(ctx.clock.now()),
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    ctx.out(str(new_id))
    return 0


def cmd_resources_remove(ctx: Context) -> int:
    if not remove_user_resource(ctx.profile.db, ctx.args.id):
        raise CliError(
            f"There is no line of yours with id {ctx.args.id}; see `after-hours resources`."
        )
    ctx.out(f"Removed {ctx.args.id}.")
    return 0


# -- scripts -------------------------------------------------------------------------------


def cmd_scripts_show(ctx: Context) -> int:
    reply_ctx = ReplyContext.build(
        ctx.profile.db, ctx.clock, ctx.args.region, client=ctx.args.client
    )
    try:
        rendered: Rendered = render(ctx.args.kind, reply_ctx)
    except UnknownKindError as exc:
        raise CliError(str(exc)) from exc
    if ctx.args.json:
        ctx.print_json(rendered.to_json())
        return 0
    ctx.out(rendered.title)
    ctx.out("")
    ctx.out(rendered.text)
    return 0
