"""The ``after-hours`` command line: subcommands for scripting, tests and headless use.

Nothing here imports Qt. The entry point (``after_hours.ui.main``) passes in the two things that need it
(starting the window, rendering a PDF) as plain callables, so the direction stays ui -> domain.
Each ``commands_*.py`` module registers its own subcommands; the names, options and JSON keys
are the contract in the design brief.
"""

from after_hours.availability.cli.app import CliError, Context, Extensions, build_parser, run

__all__ = ["CliError", "Context", "Extensions", "build_parser", "run"]
