"""A year of demo data rendered to a supervision PDF: the design target is under 2 s.

Run alone with ``python -m bench.bench_report [--pdf COPY.pdf]``; ``run()`` gives the
``bench.result.Result`` for ``python -m bench``.
The profile is filled once by ``after-hours demo`` (not timed), then the report is built from
the database and drawn to PDF (timed, best of 3, so a cold font cache does not count).
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from after_hours.availability.clock import Clock
from bench.result import Result

TARGET_SECONDS = 2.0


def has_demo() -> bool:
    from after_hours.availability.cli.app import build_parser

    return "demo" in build_parser().format_help()


def seeded_year(home: Path, clock: Clock) -> None:
    """Until ``after-hours demo`` exists: a seeded year of office hours and varied contacts."""
    import random
    from datetime import UTC, datetime, time

    from after_hours.availability.contacts.log import ContactLog
    from after_hours.availability.contacts.model import NewContact
    from after_hours.availability.schedule import Schedule, Window
    from after_hours.availability.schedule_store import ScheduleStore
    from after_hours.availability.store import Settings, open_profile
    from after_hours.availability.timeutil import zone

    rnd = random.Random(2026)
    with open_profile(home) as profile:
        Settings(profile.db).set("profile.timezone", "America/Toronto")
        tz = zone("America/Toronto")
        ScheduleStore(profile.db, clock).save(
            Schedule("America/Toronto", (Window(frozenset(range(5)), time(9), time(17)),)),
            source="demo",
        )
        today = clock.now().astimezone(tz).date()
        news = []
        for back in range(400, 0, -1):
            day = today - timedelta(days=back)
            for _ in range(rnd.randint(1, 8)):
                hour = rnd.choice([8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 0, 6])
                kind = rnd.choice(["message"] * 20 + ["call"] * 4 + ["friend_request", "gift"])
                news.append(
                    NewContact(
                        at=datetime.combine(day, time(hour, rnd.randint(0, 59)), tz).astimezone(
                            UTC
                        ),
                        channel=rnd.choice(["text", "email", "phone", "messaging_app"]),
                        kind=kind,
                        direction=rnd.choice(["in", "in", "out"]),
                        client=f"Client {rnd.randint(1, 25)}",
                        crisis=rnd.random() < 0.01,
                        categories=("passive_ideation",),
                    )
                )
        ContactLog(profile.db, clock).log_many(news)


def measure(repeats: int = 3, keep: Path | None = None) -> dict[str, float]:
    from after_hours.availability.cli import run as cli_run
    from after_hours.availability.clock import SystemClock
    from after_hours.availability.report.build import build_report
    from after_hours.availability.store import Settings, open_profile
    from after_hours.availability.timeutil import zone
    from after_hours.ui.printing.report_pdf import render_report_pdf

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "profile"
        clock = SystemClock()
        if has_demo():
            status = cli_run(["--home", str(home), "demo"], stdout=io.StringIO())
            if status != 0:
                raise RuntimeError(f"after-hours demo failed with status {status}")
        else:
            seeded_year(home, clock)
        profile = open_profile(home)
        try:
            today = clock.now().astimezone(zone(Settings(profile.db).display_zone_name())).date()
            start, end = today - timedelta(days=364), today
            contacts = profile.db.execute("SELECT count(*) FROM contacts").fetchone()[0]
            build, render = [], []
            out = Path(tmp) / "year.pdf"
            for _ in range(repeats):
                t0 = time.perf_counter()
                report = build_report(profile.db, clock, start, end)
                t1 = time.perf_counter()
                render_report_pdf(report, str(out))
                t2 = time.perf_counter()
                build.append(t1 - t0)
                render.append(t2 - t1)
            total = min(b + r for b, r in zip(build, render, strict=True))
            if keep is not None:
                keep.write_bytes(out.read_bytes())
            return {
                "contacts": float(contacts),
                "build_s": min(build),
                "render_s": min(render),
                "total_s": total,
                "first_s": build[0] + render[0],
                "target_ratio": total / TARGET_SECONDS,
                "pdf_kb": out.stat().st_size / 1024,
            }
        finally:
            profile.close()


def run() -> list[Result]:
    """For ``python -m bench``: the year's PDF against the 2 s target."""
    r = measure()
    return [
        Result(
            "report: a year to PDF",
            r["total_s"],
            "s",
            target=TARGET_SECONDS,
            note=f"{r['contacts']:.0f} contacts; build {r['build_s']:.2f} s, draw {r['render_s']:.2f} s; "
            f"first run {r['first_s']:.2f} s",
        )
    ]


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pdf", type=Path, help="keep a copy of the rendered PDF here")
    r = measure(keep=parser.parse_args(argv).pdf)
    print(
        f"report: a year of demo data ({r['contacts']:.0f} contacts) to PDF in "
        f"{r['total_s']:.2f} s (build {r['build_s']:.2f} s, draw {r['render_s']:.2f} s, "
        f"{r['pdf_kb']:.0f} KB; first run {r['first_s']:.2f} s); "
        f"{r['target_ratio']:.2f}x the 2 s target"
    )


if __name__ == "__main__":
    main()
