"""Ten years of contacts (~250,000): how long the dashboard's indicators take.

Budget (design brief): dashboard indicators <= 50 ms. Run alone with
``python -m bench.bench_indicators`` (``--contacts N`` for a smaller run); ``run()`` returns
the figures for a bench runner.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Direction, Kind, NewContact
from after_hours.availability.demo import CLIENTS, demo_schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings, open_profile
from bench.result import Result

BUDGET_MS = 50.0
NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)


def _timed(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time in milliseconds (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def generate(n: int, seed: int = 1) -> list[NewContact]:
    """``n`` contacts at random instants over ten years ending at NOW.

    Uniform over the clock, so about three quarters fall outside office hours: a worst case
    for the after-hours queries (a real log has far fewer).
    """
    rng = random.Random(seed)
    span = 10 * 365 * 86400
    start = NOW - timedelta(seconds=span)
    channels = list(Channel)
    out = []
    for i in range(n):
        at = start + timedelta(seconds=rng.randrange(span))
        out.append(
            NewContact(
                at=at,
                channel=rng.choice(channels),
                kind=Kind.MESSAGE,
                direction=rng.choice((Direction.IN, Direction.OUT)),
                client=rng.choice(CLIENTS),
                minutes=rng.choice((None, 5, 10)),
                crisis=rng.random() < 0.001,
                source="import",
                source_id=f"bench:{i}",
            )
        )
    out.sort(key=lambda c: c.at)  # a log is written in time order
    return out


def measure(n: int = 250_000) -> dict[str, Any]:
    clock = ManualClock(NOW)
    with tempfile.TemporaryDirectory() as home, open_profile(home) as profile:
        db = profile.db
        first = (NOW - timedelta(days=3660)).date()
        ScheduleStore(db, clock).save(demo_schedule(first, NOW.date()), source="bench")
        Settings(db).set("profile.timezone", "America/Toronto")
        contacts = generate(n)
        t0 = time.perf_counter()
        ContactLog(db, clock).log_many(contacts)
        load_s = time.perf_counter() - t0
        service = BurnoutService(db, clock)
        log = ContactLog(db, clock)
        results = {
            "contacts": n,
            "log_many_s": round(load_s, 2),
            "risk_this_week_ms": _timed(lambda: service.assess()),
            "series_12_weeks_ms": _timed(lambda: service.weekly_series(12)),
            "series_52_weeks_ms": _timed(lambda: service.weekly_series(52), repeat=3),
            "log_count_ms": _timed(lambda: log.count(after_hours=True)),
            "log_page_ms": _timed(lambda: log.query(order="-at", limit=100, offset=n // 2)),
        }
    return results


def run(n: int = 250_000) -> list[Result]:
    """For ``python -m bench``: the figures against the design's 50 ms dashboard budget."""
    r = measure(n)
    note = f"{r['contacts']:,} contacts over 10 years"
    return [
        Result("log 250k contacts (classified)", r["log_many_s"], "s", note=note),
        Result("risk: this week", r["risk_this_week_ms"], "ms", target=BUDGET_MS, note=note),
        Result("series: 12 weeks", r["series_12_weeks_ms"], "ms", target=BUDGET_MS, note=note),
        Result("series: 52 weeks", r["series_52_weeks_ms"], "ms", note=note),
        Result("log: count after hours", r["log_count_ms"], "ms", note=note),
        Result("log: 100 rows at offset n/2", r["log_page_ms"], "ms", note=note),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=250_000)
    args = parser.parse_args(argv)
    r = measure(args.contacts)
    print(f"indicators over {r['contacts']:,} contacts (10 years)")
    print(f"  logging them all (classification included): {r['log_many_s']:.2f} s")
    for key in ("risk_this_week_ms", "series_12_weeks_ms", "series_52_weeks_ms"):
        ratio = r[key] / BUDGET_MS
        print(f"  {key:<22} {r[key]:8.1f} ms   {ratio:4.2f}x the 50 ms budget")
    print(f"  {'log_count_ms':<22} {r['log_count_ms']:8.1f} ms")
    print(f"  {'log_page_ms':<22} {r['log_page_ms']:8.1f} ms   (100 rows at offset n/2)")
    ok = r["risk_this_week_ms"] <= BUDGET_MS and r["series_12_weeks_ms"] <= BUDGET_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
