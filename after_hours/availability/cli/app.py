"""Parser, shared context and dispatch for every subcommand."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cached_property
from typing import Any, TextIO

from after_hours.availability.cli.options import global_parser as _global_parser
from after_hours.availability.clock import Clock, SystemClock
from after_hours.availability.i18n import _, use_argparse_catalogue
from after_hours.availability.store import Profile, Settings, StoreError, open_profile
from after_hours.availability.store.errors import translate_sqlite_error
from after_hours.availability.timeutil import TimeInputError, parse_instant, zone


class CliError(Exception):
    """An error for the user: printed to stderr as one sentence, exit status 2 by default."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Extensions:
    """What only the UI layer can do, handed in by the entry point."""

    start_gui: Callable[[argparse.Namespace], int] | None = None
    # (report, out_path) -> None; given by ui so PDF rendering can use Qt.
    render_pdf: Callable[[Any, str], None] | None = None


@dataclass
class Context:
    """What a subcommand needs: the profile, a clock, streams. Built once per invocation."""

    args: argparse.Namespace
    clock: Clock = field(default_factory=SystemClock)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    extensions: Extensions = field(default_factory=Extensions)

    @cached_property
    def profile(self) -> Profile:
        return open_profile(self.args.home)

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.profile.db)

    @cached_property
    def display_zone(self) -> tzinfo:
        return zone(self.settings.display_zone_name())

    def instant(self, text: str | None) -> datetime:
        """``--at`` style input: ISO 8601; without an offset it is read in the user's zone."""
        if not text:
            return self.clock.now()
        return parse_instant(text, self.display_zone)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.stdout, indent=2, ensure_ascii=False, default=str)
        self.stdout.write("\n")

    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def close(self) -> None:
        if "profile" in self.__dict__:
            self.profile.close()


Handler = Callable[[Context], int]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for ``command`` alone (fast), or for every subcommand (``--help``)."""
    parser = _global_parser(add_help=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from after_hours.availability.cli import registry

    for register in registry.registrars(command):
        register(sub)
    return parser


def run(
    argv: Sequence[str] | None = None,
    *,
    clock: Clock | None = None,
    extensions: Extensions | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Parse ``argv`` and run one subcommand; returns the exit status."""
    ext = extensions or Extensions()
    # argparse's own words ("usage:", its errors) in the CLI's language, like ours.
    use_argparse_catalogue()
    # Starting the app is the common case and must be fast: without a subcommand, skip
    # importing every command module just to build their parsers.
    args, rest = _global_parser(add_help=False).parse_known_args(argv)
    if rest or ext.start_gui is None:
        # Only the invoked command's module is imported; "-h" or a typo loads them all.
        command = rest[0] if rest and not rest[0].startswith("-") else None
        parser = build_parser(command)
        args = parser.parse_args(argv)
    ctx = Context(
        args,
        clock=clock or SystemClock(),
        stdout=stdout or sys.stdout,
        stderr=stderr or sys.stderr,
        stdin=stdin or sys.stdin,
        extensions=ext,
    )
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            if ext.start_gui is None:
                build_parser().print_help(ctx.stdout)
                return 0
            return ext.start_gui(args)
        return handler(ctx)
    except CliError as exc:
        ctx.stderr.write(f"after-hours: {exc}\n")
        return exc.status
    except (StoreError, TimeInputError) as exc:
        ctx.stderr.write(f"after-hours: {exc}\n")
        return 2
    except sqlite3.Error as exc:
        # A write that fails half way through a command (the disk filled up during an
        # import): the transaction was rolled back; say so plainly. Other errors are bugs.
        profile = ctx.__dict__.get("profile")
        friendly = translate_sqlite_error(exc, profile.db_path if profile else _("the profile"))
        if friendly is None:
            raise
        ctx.stderr.write(f"after-hours: {friendly}\n")
        return 2
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()
