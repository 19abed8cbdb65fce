"""The list of subcommand modules. Each adds its parsers with a ``register(subparsers)``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from availability.cli import (
    commands_agreements,
    commands_burnout,
    commands_contacts,
    commands_crisis,
    commands_demo,
    commands_mail,
    commands_reminders,
    commands_report,
    commands_schedule,
    commands_selfcheck,
    commands_store,
)

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

REGISTRARS: list[Registrar] = [
    commands_schedule.register,
    commands_store.register,
    commands_reminders.register,
    commands_contacts.register,
    commands_burnout.register,
    commands_agreements.register,
    commands_crisis.register,
    commands_demo.register,
    commands_selfcheck.register,
    commands_mail.register,
    commands_report.register,
]
