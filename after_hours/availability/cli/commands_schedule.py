"""``status`` and ``schedule import|export|show``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from after_hours.availability.calendars import ScheduleFormatError, dump_schedule, load_calendar
from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _
from after_hours.availability.schedule_codec import schedule_to_json_ready
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.status import compute_status
from after_hours.availability.timeutil import local_iso, parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("status", help=_("am I available now (or at --at T), and until when?"))
    p.add_argument("--at", metavar="T", help="ISO 8601 instant, e.g. 2026-03-08T01:30-05:00")
    p.add_argument("--json", action="store_true", help=_("one JSON document on stdout"))
    p.set_defaults(handler=cmd_status)

    s = sub.add_parser("schedule", help=_("import, export or show the weekly schedule"))
    ssub = s.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    imp = ssub.add_parser("import", help=_("replace the schedule from a .toml or .ics file"))
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--from",
        dest="effective",
        metavar="D",
        help=_("date the new hours start (default: now); earlier contacts keep the old hours"),
    )
    imp.set_defaults(handler=cmd_schedule_import)
    exp = ssub.add_parser(
        "export",
        help=_(
            "write the schedule to .ics (every version, with its dates) or .toml (in force now)"
        ),
    )
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=cmd_schedule_export)
    show = ssub.add_parser("show", help=_("print the schedule in force"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_schedule_show)
    _register_subscription(ssub)


def _register_subscription(ssub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The subscription actions (handlers in ``commands_subscription``, loaded on use)."""
    sub = ssub.add_parser(
        "subscribe",
        help=_("keep the hours in sync with a calendar's secret iCal / published ICS address"),
    )
    sub.add_argument(
        "url",
        metavar="URL",
        help=_(
            "https:// or webcal:// address; '-' reads it from stdin (kept out of shell history)"
        ),
    )
    sub.add_argument(
        "--every",
        type=float,
        default=6.0,
        metavar="HOURS",
        help=_("refresh interval in hours (default 6)"),
    )
    sub.add_argument(
        "--cafile", type=Path, metavar="F", help=_("trust this CA (self-hosted server)")
    )
    sub.set_defaults(handler=_subscription("cmd_subscribe"))
    show = ssub.add_parser("subscription", help=_("show the calendar subscription and its health"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_subscription("cmd_subscription"))
    ref = ssub.add_parser("refresh", help=_("fetch the subscribed calendar now"))
    ref.set_defaults(handler=_subscription("cmd_refresh"))
    un = ssub.add_parser("unsubscribe", help=_("forget the calendar address (the hours stay)"))
    un.set_defaults(handler=_subscription("cmd_unsubscribe"))


def _subscription(name: str) -> Callable[[Context], int]:
    def handler(ctx: Context) -> int:
        from after_hours.availability.cli import commands_subscription

        command: Callable[[Context], int] = getattr(commands_subscription, name)
        return command(ctx)

    return handler


def cmd_status(ctx: Context) -> int:
    at = ctx.instant(ctx.args.at)
    history = ScheduleStore(ctx.profile.db, ctx.clock).history()
    schedule = history.in_force(at)
    zone_name = schedule.timezone if schedule else ctx.settings.display_zone_name()
    status = compute_status(history, at, zone_name)
    if ctx.args.json:
        ctx.print_json(status.to_json(ctx.display_zone))
        return 0
    ctx.out(status.headline(ctx.display_zone))
    if schedule is None:
        ctx.out(_("No schedule yet: import one with `after-hours schedule import FILE`."))
    elif status.next_change:
        ctx.out(
            _("Next change: {when}").format(when=local_iso(status.next_change, ctx.display_zone))
        )
    return 0


def cmd_schedule_import(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:
        calendar = load_calendar(
            path, default_zone=ctx.settings.display_zone_name(), now=ctx.clock.now()
        )
    except ScheduleFormatError as exc:
        raise CliError(_("{problem} Nothing was changed.").format(problem=exc)) from exc
    effective = None
    if ctx.args.effective:
        from datetime import datetime, time

        day = parse_date(ctx.args.effective)
        zone = calendar.versions[-1].schedule.tz
        effective = datetime.combine(day, time(0), tzinfo=zone)
    store = ScheduleStore(ctx.profile.db, ctx.clock)
    try:
        store.save_calendar(calendar, source=f"import:{path.name}", effective_from=effective)
    except ValueError as exc:
        raise CliError(_("{problem}. Nothing was changed.").format(problem=exc)) from exc
    windows = {w for v in calendar.versions for w in v.schedule.windows}
    last = calendar.versions[-1].schedule
    ctx.out(
        _(
            "Imported {windows} window(s) and {exceptions} exception(s) in {zone} from {file}."
        ).format(
            windows=len(windows),
            exceptions=len(last.exceptions),
            zone=last.timezone,
            file=path.name,
        )
    )
    for line in calendar.summary.lines():
        ctx.out(line)
    return 0


def cmd_schedule_export(ctx: Context) -> int:
    store = ScheduleStore(ctx.profile.db, ctx.clock)
    schedule = store.current()
    if schedule is None:
        raise CliError(_("There is no schedule to export yet."))
    try:
        # An .ics file holds every version (series with their dates); a .toml file, the
        # hours in force now.
        dump_schedule(schedule, ctx.args.file, now=ctx.clock.now(), history=store.history())
    except ScheduleFormatError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(
            _("Cannot write {file}: {why}.").format(file=ctx.args.file, why=exc.strerror or exc)
        ) from exc
    ctx.out(_("Wrote {file}.").format(file=ctx.args.file))
    return 0


def cmd_schedule_show(ctx: Context) -> int:
    schedule = ScheduleStore(ctx.profile.db, ctx.clock).current()
    if schedule is None:
        raise CliError(
            _("There is no schedule yet: import one with `after-hours schedule import FILE`."), 1
        )
    if ctx.args.json:
        ctx.print_json(schedule_to_json_ready(schedule))
        return 0
    from after_hours.availability.calendars.toml_format import write_toml

    ctx.stdout.write(write_toml(schedule).decode("utf-8"))
    return 0
