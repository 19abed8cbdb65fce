"""The ``after-hours`` command line: subcommands for scripting, tests and headless use.

Nothing here imports Qt. The entry point (``after_hours.ui.main``) passes in the two things that need it
(starting the window, rendering a PDF) as plain callables, so the direction stays ui -> domain.
Each ``commands_*.py`` module registers its own subcommands; the names, options and JSON keys
are the contract in the design brief.

The names below load on first use, so importing ``after_hours.availability.cli.options`` to
start the app does not import the dispatcher and the profile store behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from after_hours.availability.lazy_names import load_name

if TYPE_CHECKING:
    from after_hours.availability.cli.app import CliError, Context, Extensions, build_parser, run

__all__ = ["CliError", "Context", "Extensions", "build_parser", "run"]
_HOMES = dict.fromkeys(__all__, "app")


def __getattr__(name: str) -> Any:
    return load_name(__name__, _HOMES, globals(), name)
