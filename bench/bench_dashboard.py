"""Ten years of contacts (250,000): how long Today with the dashboard takes to build and paint.

The indicators come from SQL (``BurnoutService``), the chart from ``recent_weeks``; the page
should open "instantly". Target: <= 200 ms for build + first paint (the design brief's budget
for opening a page). Run alone with ``python -m bench.bench_dashboard``.
"""

from __future__ import annotations

import sys
import time

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import Profile
from bench.bench_indicators import NOW
from bench.bench_log_view import _app, big_profile
from bench.result import Result, median

TARGET_MS = 200.0


def build_once(profile: Profile) -> float:
    """Seconds to build the page and paint it once."""
    from PySide6.QtWidgets import QApplication

    from after_hours.ui.base.services import Services
    from after_hours.ui.pages.today import TodayPage

    _app()
    t0 = time.perf_counter()
    page = TodayPage(Services(profile, ManualClock(NOW)))
    page.resize(1000, 900)
    page.show()
    QApplication.processEvents()
    page.repaint()
    panel = page.dashboard  # built just after the first paint: include it
    assert panel.assessment is not None
    QApplication.processEvents()
    page.repaint()
    elapsed = time.perf_counter() - t0
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return elapsed


def run(n: int = 250_000) -> list[Result]:
    with big_profile(n) as profile:
        build_once(profile)  # warm-up: imports, SQLite page cache
        ms = median([build_once(profile) for _ in range(3)]) * 1000
    return [
        Result(
            f"Today with the dashboard, build + paint ({n:,} contacts)",
            ms,
            "ms",
            target=TARGET_MS,
        )
    ]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 250_000
    for r in run(n):
        print(" ".join(r.row()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
