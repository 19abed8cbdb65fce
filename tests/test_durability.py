"""A process killed in the middle of writing loses no committed contact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from after_hours.availability.clock import SystemClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.store import open_profile

WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from after_hours.availability.clock import SystemClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, NewContact
from after_hours.availability.store import open_profile

profile = open_profile(sys.argv[1])
log = ContactLog(profile.db, SystemClock())
start = datetime(2026, 1, 5, 9, tzinfo=UTC)
i = 0
while True:  # until killed
    contact = log.log(NewContact(start + timedelta(minutes=i), Channel.TEXT, client="J.D."))
    print(contact.id, flush=True)  # printed only after the commit returned
    i += 1
"""


def test_killed_writer_keeps_every_committed_contact(tmp_path: Path) -> None:
    home = tmp_path / "p"
    open_profile(home).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "AFTER_HOURS_HOME"},
    )
    assert proc.stdout is not None
    committed = []
    try:
        while len(committed) < 150:
            line = proc.stdout.readline()
            assert line, "the writer stopped early"
            committed.append(int(line))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    with open_profile(home) as p:
        assert p.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {c.id for c in ContactLog(p.db, SystemClock()).query()}
    assert set(committed) <= stored
