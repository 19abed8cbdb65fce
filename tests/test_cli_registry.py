"""The command table matches what the modules register, and a command loads only its module."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

from after_hours.availability.cli import registry


def test_every_registered_command_is_in_the_table_and_nothing_else() -> None:
    found: dict[str, str] = {}
    for name in registry.MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"after_hours.availability.cli.{name}").register(sub)
        for command in sub.choices:
            assert command not in found, f"{command} registered twice"
            found[command] = name
    assert found == registry.COMMANDS


def test_a_command_imports_only_its_own_module(home: Path) -> None:
    code = (
        "import sys; from after_hours.ui.main import main;"
        "rc = main(['--home', sys.argv[1], 'status', '--json']);"
        "print(sorted(m for m in sys.modules if m.startswith('after_hours.availability.cli.commands_')),"
        " file=sys.stderr); sys.exit(rc)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(home)], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().splitlines()[-1] == "['after_hours.availability.cli.commands_schedule']"


def test_help_lists_every_command() -> None:
    text = subprocess.run(
        [sys.executable, "-c", "from after_hours.ui.main import main; main(['--help'])"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    for command in registry.COMMANDS:
        assert command in text, command
