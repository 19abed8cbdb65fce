"""A short kill storm in every test run: 60 SIGKILLs across the six kinds of write.

``make reliability`` runs the same harness with 1,000 kills and prints the figures; this one
keeps a regression (a backup written in place, a restore that is not one transaction) from
slipping in between those runs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STORM = Path(__file__).with_name("storm.py")


def test_a_short_storm_loses_nothing_and_leaves_every_profile_whole(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(STORM), "--kills", "60", "--json", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(done.stdout)
    operations = report["operations"]
    assert set(operations) == {
        "log",
        "contacts-import",
        "mail-intake",
        "backup",
        "migration",
        "restore",
    }
    for name, figures in operations.items():
        assert figures["kills"] == 10, (name, figures)
        for failure in (
            "lost_committed",
            "partial_imports",
            "doubled",
            "integrity_failures",
            "open_failures",
            "broken_backups_offered",
            "writer_errors",
        ):
            assert figures[failure] == 0, (name, failure, figures["notes"], report["seed"])
    # The kills landed among real writes: the looping writers reported successes before dying.
    for name in ("log", "contacts-import", "mail-intake", "backup"):
        assert operations[name]["reported_writes"] > 0, (name, done.stderr[-2000:])
    assert done.returncode == 0, done.stderr
