"""A year of phone history: SMS Backup & Restore XML (5,000 messages, 1,000 calls) imported.

Target (issue 15): the import takes at most 5 s, and a second import of the same files adds
nothing. Run alone with ``python -m bench.bench_phone_import``; ``run()`` returns the figures
for ``python -m bench``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from after_hours.availability.channels.senders import SenderMap
from after_hours.availability.clock import ManualClock
from after_hours.availability.history.importer import import_file
from after_hours.availability.store import open_profile
from after_hours.availability.timeutil import zone
from bench.phone_backup_data import CLIENT_NUMBERS, NOW, a_year, write_calls, write_sms
from bench.result import Result

TARGET_S = 5.0
ZONE = "America/Toronto"


def measure(messages: int = 5000, calls: int = 1000) -> dict[str, Any]:
    clock = ManualClock(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sms, call_list = a_year(NOW, messages, calls)
        files = [
            write_sms(folder / "sms-2026.xml", sms),
            write_calls(folder / "calls-2026.xml", call_list),
        ]
        with open_profile(folder / "home") as profile:
            senders = SenderMap(profile.db, clock)
            for number, pseudonym in CLIENT_NUMBERS.items():
                senders.add(number, pseudonym)
            t0 = time.perf_counter()
            first = [import_file(f, profile.db, clock, zone(ZONE), ZONE) for f in files]
            first_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            second = [import_file(f, profile.db, clock, zone(ZONE), ZONE) for f in files]
            second_s = time.perf_counter() - t0
    return {
        "records": messages + calls,
        "first_s": first_s,
        "added": sum(len(s.added) for s in first),
        "skipped": sum(s.not_clients for s in first),
        "second_s": second_s,
        "second_added": sum(len(s.added) for s in second),
    }


def run() -> list[Result]:
    r = measure()
    note = f"{r['records']:,} records, {r['added']:,} from clients, {r['skipped']:,} skipped"
    return [
        Result(
            "phone backup import: a year", round(r["first_s"], 2), "s", target=TARGET_S, note=note
        ),
        Result(
            "phone backup import: again",
            round(r["second_s"], 2),
            "s",
            target=TARGET_S,
            note=f"added {r['second_added']} (must be 0)",
        ),
    ]


def main() -> int:
    r = measure()
    print(
        f"a year of phone history ({r['records']:,} records): {r['first_s']:.2f} s, "
        f"{r['added']:,} added, {r['skipped']:,} not clients; "
        f"again: {r['second_s']:.2f} s, {r['second_added']} added"
    )
    return 0 if r["first_s"] <= TARGET_S and r["second_added"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
