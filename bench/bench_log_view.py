"""Ten years of contacts (250,000) in the Contacts page: open it, scroll to the end.

Target: open + scroll <= 200 ms (the log must feel like a list, not a report). The profile
is filled through ``ContactLog.log_many`` as in ``bench_indicators``. Run alone with
``python -m bench.bench_log_view``; ``run()`` returns :class:`bench.result.Result` rows.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.demo import demo_schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings, open_profile
from bench.bench_indicators import NOW, generate
from bench.result import Result, median

TARGET_MS = 200.0


@contextmanager
def big_profile(n: int = 250_000) -> Iterator[Profile]:
    """A temporary profile with the demo hours and ``n`` contacts over ten years."""
    clock = ManualClock(NOW)
    with tempfile.TemporaryDirectory() as home, open_profile(home) as profile:
        first = NOW.date().replace(year=NOW.year - 10)
        ScheduleStore(profile.db, clock).save(demo_schedule(first, NOW.date()), source="bench")
        Settings(profile.db).set("profile.timezone", "America/Toronto")
        ContactLog(profile.db, clock).log_many(generate(n))
        yield profile


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def open_and_scroll(profile: Profile) -> tuple[float, float, int]:
    """Seconds to build and paint the page, seconds to scroll to the end, rows held."""
    from PySide6.QtWidgets import QApplication

    from after_hours.ui.base.services import Services
    from after_hours.ui.pages.contacts import ContactsPage

    _app()
    t0 = time.perf_counter()
    page = ContactsPage(Services(profile, ManualClock(NOW)))
    page.resize(1100, 700)
    page.show()
    QApplication.processEvents()
    page.table.viewport().repaint()
    opened = time.perf_counter() - t0
    t1 = time.perf_counter()
    bar = page.table.verticalScrollBar()
    for step in range(1, 11):
        bar.setValue(bar.maximum() * step // 10)
        page.table.viewport().repaint()
    QApplication.processEvents()
    scrolled = time.perf_counter() - t1
    held = page.model.cached_rows()
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return opened, scrolled, held


def run(n: int = 250_000) -> list[Result]:
    with big_profile(n) as profile:
        open_and_scroll(profile)  # warm-up: imports, SQLite page cache
        samples = [open_and_scroll(profile) for _ in range(3)]
    opened = median([s[0] for s in samples]) * 1000
    scrolled = median([s[1] for s in samples]) * 1000
    held = max(s[2] for s in samples)
    return [
        Result(
            f"Contacts page, open + scroll to the end ({n:,} contacts)",
            opened + scrolled,
            "ms",
            target=TARGET_MS,
            note=f"open {opened:.0f} ms, 10 scroll steps {scrolled:.0f} ms, {held} rows held",
        )
    ]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 250_000
    for r in run(n):
        print(" ".join(r.row()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
