"""Which module holds which subcommand. Each module adds its parsers with ``register(sub)``.

Modules are imported only when needed: ``after-hours status`` loads the schedule commands and
nothing else, so scripted calls start fast. ``--help`` (or an unknown word) loads them all.
``tests/test_cli_registry.py`` checks this table against what the modules really register.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# In the order --help lists them.
MODULES: tuple[str, ...] = (
    "commands_schedule",
    "commands_store",
    "commands_reminders",
    "commands_contacts",
    "commands_burnout",
    "commands_agreements",
    "commands_crisis",
    "commands_demo",
    "commands_selfcheck",
    "commands_mail",
    "commands_channels",
    "commands_report",
)

COMMANDS: dict[str, str] = {
    "status": "commands_schedule",
    "schedule": "commands_schedule",
    "backup": "commands_store",
    "backups": "commands_store",
    "restore": "commands_store",
    "reminders": "commands_reminders",
    "log": "commands_contacts",
    "contacts": "commands_contacts",
    "risk": "commands_burnout",
    "clients": "commands_agreements",
    "triage": "commands_crisis",
    "resources": "commands_crisis",
    "scripts": "commands_crisis",
    "demo": "commands_demo",
    "selfcheck": "commands_selfcheck",
    "mail": "commands_mail",
    "senders": "commands_channels",
    "channels": "commands_channels",
    "watch": "commands_channels",
    "report": "commands_report",
}


def registrars(command: str | None = None) -> list[Registrar]:
    """The registrars for ``command``'s module, or for every module."""
    names = (COMMANDS[command],) if command in COMMANDS else MODULES
    return [
        importlib.import_module(f"after_hours.availability.cli.{name}").register for name in names
    ]
