"""``risk``: this week's indicators against your usual, the level and its reasons."""

from __future__ import annotations

import argparse

from after_hours.availability.burnout.indicators import INDICATORS, number_json
from after_hours.availability.burnout.risk import DISCLAIMER
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import N_, _
from after_hours.availability.reminders.texts import day

# The level as a word in the week's line (the JSON keeps the value itself).
_LEVEL_WORDS = {"low": N_("low"), "elevated": N_("elevated"), "high": N_("high")}

# The indicators' labels (defined in English in burnout.indicators), marked here for the
# catalogue so the table below shows them in the user's language.
_LABELS = (
    N_("after-hours contacts"),
    N_("after-hours minutes"),
    N_("share of contacts after hours (%)"),
    N_("evenings touched"),
    N_("nights touched"),
    N_("weekend days touched"),
    N_("days since a disconnected day"),
    N_("longest run of days with after-hours contact"),
    N_("quick after-hours replies"),
    N_("crisis contacts"),
    N_("boundary events"),
    N_("on-call contacts"),
    N_("on-call minutes"),
    N_("all contacts"),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "risk", help=_("this week's after-hours indicators, your usual, and the risk level")
    )
    p.add_argument("--week", metavar="D", help=_("a date in the week (or 2026-W47); default now"))
    p.add_argument(
        "--weeks",
        metavar="N",
        type=int,
        help=_("instead, the indicators of the last N weeks (the dashboard's chart)"),
    )
    p.add_argument("--json", action="store_true", help=_("one JSON document on stdout"))
    p.set_defaults(handler=cmd_risk)


def _week(ctx: Context) -> IsoWeek | None:
    if not ctx.args.week:
        return None
    try:
        return IsoWeek.parse(ctx.args.week)
    except ValueError as exc:
        raise CliError(
            _("Not a date or ISO week: {value} (try 2026-11-18 or 2026-W47).").format(
                value=repr(ctx.args.week)
            )
        ) from exc


def cmd_risk(ctx: Context) -> int:
    service = BurnoutService(ctx.profile.db, ctx.clock)
    week = _week(ctx)
    if ctx.args.weeks is not None:
        if not 1 <= ctx.args.weeks <= 520:
            raise CliError(_("--weeks must be between 1 and 520."))
        series = service.weekly_series(ctx.args.weeks, week)
        if ctx.args.json:
            ctx.print_json([w.to_json() for w in series])
            return 0
        names = [
            "after_hours_contacts",
            "after_hours_minutes",
            "evenings",
            "nights",
            "weekend_days",
            "days_since_disconnected",
        ]
        header = _("week")
        ctx.out(f"{header:<10}" + "  ".join(f"{n[:12]:>12}" for n in names))
        for w in series:
            ctx.out(f"{w.week.label}  " + "  ".join(f"{number_json(w[n])!s:>12}" for n in names))
        return 0
    result = service.assess(week)
    if ctx.args.json:
        ctx.print_json(result.to_json())
        return 0
    ctx.out(
        _("Week {week} (from {monday} {year}): {level}").format(
            week=result.week.label,
            monday=day(result.week.monday),
            year=result.week.monday.year,
            level=_(_LEVEL_WORDS[result.level.value]),
        )
    )
    if result.reasons:
        for r in result.reasons:
            ids = ", ".join(str(i) for i in r.contact_ids[:12])
            more = "..." if len(r.contact_ids) > 12 else ""
            if ids:
                ctx.out(_("  - {reason} (contacts {ids})").format(reason=r.text, ids=ids + more))
            else:
                ctx.out(f"  - {r.text}")
    else:
        ctx.out(_("  Nothing stands out against your thresholds or your usual weeks."))
    ctx.out("")
    for ind in INDICATORS:
        value = result.current.values.get(ind.name)
        usual = result.baselines.get(ind.name)
        usual_text = "-" if usual is None else str(number_json(usual))
        ctx.out(
            _("  {label} {value}   usual {usual}").format(
                label=f"{_(ind.label):<46}", value=f"{number_json(value)!s:>6}", usual=usual_text
            )
        )
    ctx.out("")
    ctx.out(_(DISCLAIMER))
    return 0
