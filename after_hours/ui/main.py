"""The ``after-hours`` entry point: subcommands run headless; no subcommand starts the app.

Qt is imported only when a window or a PDF is needed, so scripted subcommands start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from after_hours.ui.base.display import NO_DISPLAY_MESSAGE, has_display


def start_gui(args: argparse.Namespace) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY_MESSAGE + "\n")
        return 1
    from after_hours.ui.base.start_gc import pause_during_start, skip_at_exit

    pause_during_start()  # until just after the first paint (run_app settles it)
    from after_hours.ui.shell.app import run_app

    try:
        return run_app(
            home=args.home, exit_after_start=args.exit_after_start, minimized=args.minimized
        )
    finally:
        skip_at_exit()


def render_pdf(report: Any, out_path: str) -> None:
    """The CLI's PDF renderer: Qt is imported only when a PDF is asked for."""
    from after_hours.ui.printing.report_pdf import render_report_pdf

    render_report_pdf(report, out_path)


def main(argv: Sequence[str] | None = None) -> int:
    from after_hours.availability.cli.options import app_start_args

    # No subcommand: start the window without importing the command line's dispatcher and
    # the profile store behind it (the first paint needs neither; docs/benchmarks.md).
    args = app_start_args(sys.argv[1:] if argv is None else argv)
    if args is not None:
        return start_gui(args)
    from after_hours.availability.cli import Extensions, run

    return run(argv, extensions=Extensions(start_gui=start_gui, render_pdf=render_pdf))


if __name__ == "__main__":
    raise SystemExit(main())
