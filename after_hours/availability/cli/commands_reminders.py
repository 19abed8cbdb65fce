"""``reminders``: the upcoming reminders, soonest first (the same plan the tray uses).

``reminders supervision ...`` sets the supervision dates or recurrence the preparation
reminder follows; ``reminders snooze|dismiss ID`` answer a reminder without the app.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _, ngettext
from after_hours.availability.reminders import PAUSED_INDEFINITELY, ReminderService
from after_hours.availability.reminders.adapters import sources_for
from after_hours.availability.reminders.supervision import (
    RecurrenceError,
    occurrences,
    parse_wall,
    recurrence_text,
    wall_text,
)
from after_hours.availability.reminders.texts import when
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.timeutil import local_iso, zone


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reminders", help=_("list the upcoming reminders with their times"))
    p.add_argument("--json", action="store_true", help=_('a JSON list of {"kind", "at", "title"}'))
    p.add_argument(
        "--days", type=int, default=7, metavar="N", help=_("how far ahead to look (default 7)")
    )
    p.set_defaults(handler=cmd_reminders)
    rsub = p.add_subparsers(dest="reminders_command", metavar="ACTION")

    sup = rsub.add_parser("supervision", help=_("show or set your supervision dates"))
    sup.set_defaults(handler=cmd_supervision)
    ssub = sup.add_subparsers(dest="supervision_command", metavar="ACTION")
    add = ssub.add_parser(
        "add", help=_("add a supervision (wall-clock time, e.g. 2026-12-03T14:00)")
    )
    add.add_argument("when", metavar="T")
    add.set_defaults(handler=cmd_supervision_add)
    rm = ssub.add_parser("remove", help=_("remove a supervision date"))
    rm.add_argument("when", metavar="T")
    rm.set_defaults(handler=cmd_supervision_remove)
    rep = ssub.add_parser(
        "repeat", help=_("repeat supervision by a rule, e.g. FREQ=MONTHLY;BYDAY=1TH; 'off' to stop")
    )
    rep.add_argument("rule", metavar="RULE")
    rep.add_argument(
        "--from",
        dest="first",
        metavar="T",
        help=_("the first session (wall-clock); needed unless RULE is 'off'"),
    )
    rep.set_defaults(handler=cmd_supervision_repeat)

    sn = rsub.add_parser("snooze", help=_("show a reminder again later"))
    sn.add_argument("id", metavar="ID", help=_("the reminder's id (from --json)"))
    sn.add_argument("--minutes", type=int, default=10, metavar="N", help="default 10")
    sn.set_defaults(handler=cmd_snooze)
    dm = rsub.add_parser("dismiss", help=_("never show a reminder again"))
    dm.add_argument("id", metavar="ID")
    dm.set_defaults(handler=cmd_dismiss)


def _service(ctx: Context) -> ReminderService:
    return ReminderService(ctx.profile.db, ctx.clock, **sources_for(ctx.profile.db, ctx.clock))


def cmd_reminders(ctx: Context) -> int:
    days = ctx.args.days
    if days < 1 or days > 366:
        raise CliError(_("--days must be between 1 and 366."))
    service = _service(ctx)
    reminders = service.plan(timedelta(days=days))
    if ctx.args.json:
        ctx.print_json([r.to_json(ctx.display_zone) for r in reminders])
        return 0
    paused = service.config().paused_until
    if paused == PAUSED_INDEFINITELY:
        ctx.out(_("Reminders are paused until you resume monitoring."))
    elif paused is not None and not isinstance(paused, str) and paused > ctx.clock.now():
        ctx.out(
            _("Reminders are paused until {when}.").format(when=local_iso(paused, ctx.display_zone))
        )
    if not reminders:
        ctx.out(
            ngettext(
                "No reminders in the next {n} day.", "No reminders in the next {n} days.", days
            ).format(n=days)
        )
        return 0
    now = ctx.clock.now()
    for r in reminders:
        stamp = _("due now") if r.at <= now else when(r.at, now, ctx.display_zone)
        ctx.out(f"{stamp:>16}  {r.title}")
    return 0


def cmd_snooze(ctx: Context) -> int:
    if not 1 <= ctx.args.minutes <= 24 * 60:
        raise CliError(_("--minutes must be between 1 and 1440."))
    service = _service(ctx)
    reminder = service.find(ctx.args.id, timedelta(days=31))
    if reminder is None:
        raise CliError(
            _("No upcoming reminder has the id {id}: see `reminders --json`.").format(
                id=repr(ctx.args.id)
            )
        )
    try:
        until = service.snooze(reminder, timedelta(minutes=ctx.args.minutes))
    except ValueError as exc:
        raise CliError(_("Nothing snoozed: {why}").format(why=exc)) from exc
    ctx.out(_("Snoozed until {when}.").format(when=local_iso(until, ctx.display_zone)))
    return 0


def cmd_dismiss(ctx: Context) -> int:
    service = _service(ctx)
    reminder = service.find(ctx.args.id, timedelta(days=31))
    if reminder is None:
        raise CliError(
            _("No upcoming reminder has the id {id}: see `reminders --json`.").format(
                id=repr(ctx.args.id)
            )
        )
    service.dismiss(reminder)
    ctx.out(_("Dismissed."))
    return 0


def cmd_supervision(ctx: Context) -> int:
    settings = ctx.settings
    dates = list(settings.get("supervision.dates") or [])
    rule = str(settings.get("supervision.recurrence") or "")
    if not dates and not rule:
        ctx.out(
            _(
                "No supervision dates yet. Add one with "
                "`reminders supervision add 2026-12-03T14:00` or a rule with "
                "`reminders supervision repeat FREQ=MONTHLY;BYDAY=1TH --from T`."
            )
        )
        return 0
    schedule = ScheduleStore(ctx.profile.db, ctx.clock).current()
    tz = schedule.tz if schedule else zone(settings.display_zone_name())
    now = ctx.clock.now()
    try:
        walls = tuple(parse_wall(d) for d in dates)
        coming = [
            o for o in occurrences(walls, rule, now, now + timedelta(days=120), tz) if o >= now
        ]
    except RecurrenceError as exc:
        raise CliError(str(exc)) from exc
    if rule:
        ctx.out(_("Repeats: {rule}").format(rule=rule.replace("\n", " ")))
    for d in dates:
        ctx.out(_("Date: {date}").format(date=d))
    ctx.out(
        _("Next ({zone}): {dates}").format(
            zone=tz.key, dates=", ".join(local_iso(o, tz) for o in coming[:4]) or _("none")
        )
    )
    return 0


def cmd_supervision_add(ctx: Context) -> int:
    try:
        value = wall_text(parse_wall(ctx.args.when))
    except RecurrenceError as exc:
        raise CliError(str(exc)) from exc
    dates = sorted(set(ctx.settings.get("supervision.dates") or []) | {value})
    ctx.settings.set("supervision.dates", dates)
    ctx.out(_("Added supervision on {date}.").format(date=value))
    return 0


def cmd_supervision_remove(ctx: Context) -> int:
    try:
        value = wall_text(parse_wall(ctx.args.when))
    except RecurrenceError as exc:
        raise CliError(str(exc)) from exc
    dates = list(ctx.settings.get("supervision.dates") or [])
    kept = [d for d in dates if d != value and d != ctx.args.when]
    if len(kept) == len(dates):
        raise CliError(_("There is no supervision on {date}.").format(date=value))
    ctx.settings.set("supervision.dates", kept)
    ctx.out(_("Removed supervision on {date}.").format(date=value))
    return 0


def cmd_supervision_repeat(ctx: Context) -> int:
    if ctx.args.rule.strip().lower() == "off":
        ctx.settings.set("supervision.recurrence", "")
        ctx.out(_("Supervision no longer repeats."))
        return 0
    if not ctx.args.first:
        raise CliError(_("Give the first session with --from, e.g. --from 2026-11-05T14:00."))
    try:
        text = recurrence_text(ctx.args.rule, parse_wall(ctx.args.first))
    except RecurrenceError as exc:
        raise CliError(str(exc)) from exc
    ctx.settings.set("supervision.recurrence", text)
    ctx.out(_("Supervision repeats: {rule}").format(rule=text.replace("\n", " ")))
    return 0
