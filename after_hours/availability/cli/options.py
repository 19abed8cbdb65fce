"""The options every invocation shares (``--home``, ``--exit-after-start``...), kept light.

Starting the app is the common case: the entry point parses these alone, and only when no
subcommand follows does it start the window, without importing the command modules, the
context or the profile store (see docs/benchmarks.md, "what was moved").
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from after_hours.availability import __version__
from after_hours.availability.i18n import _


def global_parser(add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="after-hours",
        description=" ".join(
            (
                _(
                    "After Hours: availability windows, an out-of-hours contact log, burnout "
                    "indicators and crisis-referral scripts."
                ),
                _("With no command, starts the app."),
            )
        ),
        add_help=add_help,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"after-hours {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=_(
            "profile folder (database, settings, backups); default $AFTER_HOURS_HOME or the "
            "platform's user data folder"
        ),
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help=_("start the app, paint the first window and quit (smoke tests, benchmarks)"),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=_("start in the tray without showing the window (used by start at login)"),
    )
    return parser


def app_start_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The shared options when ``argv`` names no subcommand (start the app), else None."""
    args, rest = global_parser(add_help=False).parse_known_args(argv)
    return None if rest else args
