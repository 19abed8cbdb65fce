"""Make ``tests/fixtures/profiles/v<VERSION>.db``: a profile database as this release writes it.

Run once per release, before any later migration step exists, and commit the file:

    .venv/bin/python scripts/make_profile_fixture.py

``tests/test_migrations.py`` opens every fixture with the current code, so a profile made by
any released version keeps opening (and keeps its data) in every later one. The content is
fixed (a Toronto schedule with an on-call window and a holiday, then a second version from
June 2026, and a few settings) so the tests can check it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from after_hours.availability import __version__  # noqa: E402
from after_hours.availability.calendars.toml_format import read_toml  # noqa: E402
from after_hours.availability.clock import ManualClock  # noqa: E402
from after_hours.availability.schedule_store import ScheduleStore  # noqa: E402
from after_hours.availability.store import Settings, open_profile  # noqa: E402

FIRST = b"""\
timezone = "America/Toronto"

[[window]]
days = ["mon", "tue", "wed", "thu", "fri"]
start = "09:00"
end = "17:00"

[[window]]
days = ["fri", "sat"]
start = "20:00"
end = "08:00"
kind = "on-call"
label = "On call"

[[exception]]
start = 2026-04-03
end = 2026-04-03
kind = "unavailable"
label = "Good Friday"
"""

# From June 2026 the clinic opens at 08:00 and the on-call nights stop.
SECOND = b"""\
timezone = "America/Toronto"

[[window]]
days = ["mon", "tue", "wed", "thu", "fri"]
start = "08:00"
end = "17:00"
"""

SETTINGS = {
    "profile.name": "Sam Okafor",
    "profile.region": "CA",
    "profile.timezone": "America/Toronto",
    "app.first_run_done": True,
}


def build(target: Path) -> None:
    clock = ManualClock(datetime(2026, 1, 10, 15, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        profile = open_profile(Path(tmp) / "profile")
        try:
            Settings(profile.db).update(SETTINGS)
            store = ScheduleStore(profile.db, clock)
            store.save(read_toml(FIRST), source="import:hours.toml")
            store.save(
                read_toml(SECOND),
                source="editor",
                effective_from=datetime(2026, 6, 1, 4, 0, tzinfo=UTC),
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            # VACUUM INTO writes one self-contained file (no -wal side file), in DELETE mode.
            profile.db.execute("VACUUM INTO ?", [str(target)])
        finally:
            profile.close()
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / "tests" / "fixtures" / "profiles" / f"v{__version__}.db"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    build(args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
