"""``report``: the supervision summary as PDF, CSV or Markdown, de-identified by default."""

from __future__ import annotations

import argparse

from after_hours.availability.cli.app import CliError, Context
from after_hours.availability.i18n import _
from after_hours.availability.report.build import build_report
from after_hours.availability.report.export import ReportFormatError, check_output, write_report
from after_hours.availability.timeutil import parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser(
        "report",
        help=_("write a supervision summary for a period (.pdf, .csv or .md)"),
        description=" ".join(
            (
                _("Write a supervision summary."),
                _(
                    "Clients appear as Client A, B, ... unless --identify-clients is given; "
                    "notes are left out unless --include-notes is given."
                ),
                _(
                    "A .csv output writes two files: FILE.csv (contacts) and FILE-weekly.csv "
                    "(weeks)."
                ),
            )
        ),
    )
    r.add_argument(
        "--from", dest="start", required=True, metavar="D", help=_("first day (YYYY-MM-DD)")
    )
    r.add_argument("--to", dest="end", required=True, metavar="D", help=_("last day, included"))
    r.add_argument("--out", required=True, metavar="FILE", help=_("FILE.pdf, FILE.csv or FILE.md"))
    r.add_argument(
        "--identify-clients",
        action="store_true",
        help=_("show the pseudonyms you use instead of Client A, B, ..."),
    )
    r.add_argument(
        "--include-notes",
        action="store_true",
        help=_("include notes (pseudonyms in them replaced)"),
    )
    r.set_defaults(handler=cmd_report)


def cmd_report(ctx: Context) -> int:
    start, end = parse_date(ctx.args.start), parse_date(ctx.args.end)
    if end < start:
        raise CliError(
            _("The period ends ({end}) before it starts ({start}).").format(end=end, start=start)
        )
    try:
        check_output(ctx.args.out, ctx.extensions.render_pdf)
    except ReportFormatError as exc:
        raise CliError(str(exc)) from exc
    report = build_report(
        ctx.profile.db,
        ctx.clock,
        start,
        end,
        identify_clients=ctx.args.identify_clients,
        include_notes=ctx.args.include_notes,
    )
    try:
        written = write_report(report, ctx.args.out, render_pdf=ctx.extensions.render_pdf)
    except ReportFormatError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(
            _("Could not write {file}: {why}").format(file=ctx.args.out, why=exc.strerror or exc)
        ) from exc
    for path in written:
        ctx.out(str(path))
    return 0
