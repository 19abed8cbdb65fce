"""The report built from a real profile agrees with the domain's own indicators and risk."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.cli import Extensions, run
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import NewContact
from after_hours.availability.report.build import build_report
from after_hours.availability.report.compose import period_bounds
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.selfcheck.store import SelfCheckStore
from after_hours.availability.store import Profile, Settings
from after_hours.ui.main import render_pdf
from tests.helpers import cli, office_hours

TZ = ZoneInfo("America/Toronto")
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
PSEUDONYMS = ("Jordan D.", "Mx Quill", "R.T.", "Casey")


def fill(profile: Profile) -> ManualClock:
    """Office hours and ~3 months of varied contacts (seeded), in Toronto."""
    clock = ManualClock(NOW)
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    ScheduleStore(profile.db, ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).save(
        office_hours(), source="test"
    )
    AgreementStore(profile.db, clock).set(
        Agreement("R.T.", ("phone",), date(2026, 6, 1), review_weeks=12)
    )
    rnd = random.Random(7)
    news = []
    day = date(2026, 8, 1)
    while day <= date(2026, 11, 20):
        for _ in range(rnd.randint(0, 3)):
            hour = rnd.choice([8, 10, 12, 15, 19, 21, 23, 1])
            kind = rnd.choice(["message"] * 12 + ["call", "friend_request", "client_search"])
            news.append(
                NewContact(
                    at=datetime(day.year, day.month, day.day, hour, rnd.randint(0, 59), tzinfo=TZ),
                    channel=rnd.choice(["text", "email", "phone", "social_media"]),
                    kind=kind,
                    direction=rnd.choice(["in", "in", "out"]),
                    client=rnd.choice(PSEUDONYMS),
                    minutes=rnd.choice([None, 5, 20]),
                    crisis=rnd.random() < 0.03,
                    categories=("passive_ideation",),
                    note="Talked with Jordan D. about hours",
                )
            )
        day += timedelta(days=1)
    ContactLog(profile.db, clock).log_many(news)
    return clock


@pytest.fixture
def filled(profile: Profile) -> tuple[Profile, ManualClock]:
    return profile, fill(profile)


def test_weekly_figures_and_risk_match_the_burnout_service(filled) -> None:  # type: ignore[no-untyped-def]
    profile, clock = filled
    # Monday 5 Oct to Sunday 1 Nov: four whole ISO weeks.
    r = build_report(profile.db, clock, date(2026, 10, 5), date(2026, 11, 1))
    service = BurnoutService(profile.db, clock)
    assert [w.week_start for w in r.weeks] == [
        date(2026, 10, 5) + timedelta(weeks=i) for i in range(4)
    ]
    for w in r.weeks:
        a = service.assess(IsoWeek(w.week_start))
        assert dict(w.values) == a.current.values
        assert w.level == a.level.value
        assert w.reasons == tuple(x.text for x in a.reasons)
        assert dict(w.baselines) == a.baselines
    # Totals from the contacts agree with the sum of the weeks.
    weekly = {i.name: i.value for i in r.indicator_totals}
    assert r.totals.after_hours == weekly["after_hours_contacts"]
    assert r.totals.after_hours_minutes == weekly["after_hours_minutes"]
    assert r.totals.crisis == weekly["crisis_contacts"]
    assert r.totals.boundary == weekly["boundary_events"]
    assert r.totals.on_call == weekly["on_call_contacts"]
    assert r.totals.contacts == weekly["total_contacts"]
    lo, hi = period_bounds(r.period)
    log = ContactLog(profile.db, clock)
    assert r.totals.contacts == log.count(lo, hi) > 20
    assert r.totals.after_hours == log.count(lo, hi, after_hours=True)
    assert r.heat_map.total == r.totals.after_hours


def test_self_checks_in_the_period_come_from_the_store(filled) -> None:  # type: ignore[no-untyped-def]
    profile, clock = filled
    store = SelfCheckStore(profile.db, clock)
    store.record(
        {f"personal_{n}": 1 for n in range(1, 7)}, at=datetime(2026, 9, 30, 12, tzinfo=UTC)
    )
    store.record(
        {f"personal_{n}": 2 for n in range(1, 7)}, at=datetime(2026, 10, 14, 12, tzinfo=UTC)
    )
    store.record({f"work_{n}": 3 for n in range(1, 8)}, at=datetime(2026, 10, 28, 12, tzinfo=UTC))
    r = build_report(profile.db, clock, date(2026, 10, 1), date(2026, 10, 31))
    lo, hi = period_bounds(r.period)
    trend = store.trend(lo, hi)
    assert [p.taken_on for p in r.self_checks] == [date(2026, 10, 14), date(2026, 10, 28)]
    assert [dict(p.scores) for p in r.self_checks] == [
        {"personal": t.personal, "work": t.work, "client": t.client} for t in trend
    ]
    assert r.self_checks[0].scores["personal"] == 75.0  # "Often" on every personal item


def test_agreements_and_deidentification_from_the_profile(filled) -> None:  # type: ignore[no-untyped-def]
    profile, clock = filled
    r = build_report(profile.db, clock, date(2026, 10, 1), date(2026, 10, 31))
    labels = {c.client for c in r.contacts}
    assert labels <= {f"Client {x}" for x in "ABCD"}
    assert [o.due for o in r.agreements.overdue] == [date(2026, 8, 24)]
    assert len(r.agreements.without_agreement) == 3  # everyone but R.T.
    assert all(c.note == "" for c in r.contacts)
    noted = build_report(
        profile.db, clock, date(2026, 10, 1), date(2026, 10, 31), include_notes=True
    )
    named = build_report(
        profile.db, clock, date(2026, 10, 1), date(2026, 10, 31), identify_clients=True
    )
    jordan = next(
        c.client
        for c, n in zip(noted.contacts, named.contacts, strict=True)
        if n.client == "Jordan D."
    )
    # Every note named Jordan D.; each now names Jordan's letter, whoever the contact was with.
    assert {c.note for c in noted.contacts} == {f"Talked with {jordan} about hours"}
    # A crisis contact's own note is what was done about it; shown only with notes included.
    whole = build_report(profile.db, clock, date(2026, 8, 1), date(2026, 11, 20))
    assert whole.crises and all(c.has_note and c.what_was_done == "" for c in whole.crises)
    whole_noted = build_report(
        profile.db, clock, date(2026, 8, 1), date(2026, 11, 20), include_notes=True
    )
    assert {c.what_was_done[:17] for c in whole_noted.crises} == {"Talked with Clien"}


def test_cli_writes_each_format_and_no_pseudonym_leaks(filled, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile, clock = filled
    profile.close()
    period = ("--from", "2026-09-01", "--to", "2026-10-31")
    md = cli(home, "report", *period, "--out", str(tmp_path / "r.md"), clock=clock)
    assert md.status == 0, md.err
    assert md.out.strip() == str(tmp_path / "r.md")
    csv = cli(home, "report", *period, "--out", str(tmp_path / "r.csv"), clock=clock)
    assert csv.out.split() == [str(tmp_path / "r.csv"), str(tmp_path / "r-weekly.csv")]
    out, err = io.StringIO(), io.StringIO()
    status = run(
        ["--home", str(home), "report", *period, "--out", str(tmp_path / "r.pdf")],
        clock=clock,
        stdout=out,
        stderr=err,
        extensions=Extensions(render_pdf=render_pdf),
    )
    assert status == 0, err.getvalue()
    pdf = subprocess.run(
        ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1 Sep 2026 to 31 Oct 2026" in pdf and "Page 1 of" in pdf
    for text in (
        pdf,
        (tmp_path / "r.md").read_text(),
        (tmp_path / "r.csv").read_text(),
        (tmp_path / "r-weekly.csv").read_text(),
    ):
        for name in PSEUDONYMS:
            assert name not in text
    ident = cli(
        home, "report", *period, "--out", str(tmp_path / "i.md"), "--identify-clients", clock=clock
    )
    assert ident.status == 0 and "Jordan D." in (tmp_path / "i.md").read_text()


def test_cli_errors_are_plain_sentences(home: Path, tmp_path: Path) -> None:
    bad = cli(
        home,
        "report",
        "--from",
        "2026-10-31",
        "--to",
        "2026-10-01",
        "--out",
        str(tmp_path / "x.md"),
    )
    assert bad.status == 2 and "ends (2026-10-01) before it starts" in bad.err
    fmt = cli(
        home,
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        str(tmp_path / "x.docx"),
    )
    assert fmt.status == 2 and ".pdf, .csv or .md" in fmt.err
    pdf = cli(
        home,
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert pdf.status == 2 and "PDF export needs" in pdf.err and "Traceback" not in pdf.err


def test_pdf_from_the_command_line_with_no_display(filled, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile, _ = filled
    profile.close()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    out = tmp_path / "headless.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "after_hours", "--home", str(home), "report", "--from", "2026-10-01",
         "--to", "2026-10-31", "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1 Oct 2026 to 31 Oct 2026" in text


def test_recent_weeks_for_the_dashboard_chart_match_the_service(filled) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.report.build import recent_weeks
    from after_hours.ui.widgets.charts import load_points

    profile, clock = filled
    rows = recent_weeks(profile.db, clock)
    service = BurnoutService(profile.db, clock)
    assert len(rows) == 12
    assert rows[-1].week_start == date(2026, 11, 23) and rows[-1].partial
    assert not any(w.partial for w in rows[:-1])
    for w, s in zip(rows, service.weekly_series(12), strict=True):
        assert dict(w.values) == s.values
    assert rows[-2].level == service.assess(IsoWeek(rows[-2].week_start)).level.value
    points = load_points(rows)
    assert [p.value for p in points] == [w.values["after_hours_contacts"] for w in rows]
    assert points[-1].band is not None  # eight earlier weeks exist


def test_a_crisis_marked_handled_shows_its_handled_note(filled) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.crisis_queue import CrisisQueue
    from after_hours.availability.report import text as t

    profile, clock = filled
    log = ContactLog(profile.db, clock)
    crisis = log.query(crisis=True)[0]
    CrisisQueue(profile.db, log).mark_handled(crisis.id, "Sent the crisis reply to R.T.", NOW)
    day = crisis.at.astimezone(TZ).date()
    plain = build_report(profile.db, clock, day, day)
    (row,) = [c for c in plain.crises if c.at == crisis.at]
    assert row.handled and row.has_note and row.what_was_done == ""
    assert t.what_was_done(row) == "marked handled; a note was recorded (not included)"
    noted = build_report(profile.db, clock, day, day, include_notes=True)
    (row,) = [c for c in noted.crises if c.at == crisis.at]
    assert row.what_was_done.startswith("Sent the crisis reply to Client ")


def test_a_period_cut_mid_week_counts_only_its_own_days(filled) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: to a Monday, the last week counted the whole week (10 where 4 fell inside)."""
    profile, clock = filled
    # Wed 7 Oct to Mon 26 Oct: the first week cut to Wed-Sun, the last to the Monday alone.
    start, end = date(2026, 10, 7), date(2026, 10, 26)
    r = build_report(profile.db, clock, start, end)
    first, *middle, last = r.weeks
    assert first.cut == (start, date(2026, 10, 11)) and last.cut == (end, end)
    assert all(w.cut is None for w in middle)
    log = ContactLog(profile.db, clock)

    def after_hours_on(a: date, b: date) -> int:
        lo = datetime.combine(a, datetime.min.time(), TZ)
        hi = datetime.combine(b + timedelta(days=1), datetime.min.time(), TZ)
        return log.count(lo, hi, after_hours=True)

    assert last.values["after_hours_contacts"] == after_hours_on(end, end)
    assert first.values["after_hours_contacts"] == after_hours_on(start, date(2026, 10, 11))
    whole = BurnoutService(profile.db, clock).assess(IsoWeek(last.week_start)).current
    assert whole.values["after_hours_contacts"] > last.values["after_hours_contacts"]
    # The weeks now add up to the period's own totals.
    weekly = sum(w.values["after_hours_contacts"] for w in r.weeks)
    assert weekly == r.totals.after_hours
    # Every writer marks the cut weeks.
    from after_hours.availability.report.markdown import render_markdown

    md = render_markdown(r)
    assert "Mon 26 Oct 2026 (26 Oct only)" in md and "(7 to 11 Oct only)" in md


@pytest.mark.skipif(
    subprocess.run(["which", "pdfinfo"], capture_output=True).returncode != 0,
    reason="needs poppler-utils",
)
def test_the_report_pdf_follows_the_regions_paper(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the report was always A4 while the handout followed the region."""
    profile, clock = filled
    sizes = {}
    for region in ("CA", "UK"):
        Settings(profile.db).set("profile.region", region)
        r = build_report(profile.db, clock, date(2026, 10, 5), date(2026, 11, 1))
        out = tmp_path / f"{region}.pdf"
        render_pdf(r, str(out))
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
        sizes[region] = next(line for line in info.stdout.splitlines() if "Page size" in line)
    assert "612 x 792" in sizes["CA"] and "letter" in sizes["CA"].lower()
    assert "595" in sizes["UK"] and "A4" in sizes["UK"]
