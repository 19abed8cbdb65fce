"""Weekly indicators on hand-computed weeks, the baseline and the risk reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from after_hours.availability.burnout.indicators import (
    DayFlags,
    WeekIndicators,
    baseline,
    days_since_disconnected,
    longest_run,
    night_keys,
)
from after_hours.availability.burnout.risk import Level, Thresholds, assess
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek, day_number, offset_breaks, offset_sql
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Direction, Kind, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from after_hours.availability.store.settings import DEFAULTS
from tests.helpers import cli, office_hours

TOR = ZoneInfo("America/Toronto")
W47 = IsoWeek(date(2026, 11, 16))


def t(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TOR)


@pytest.fixture
def setup(profile: Profile) -> tuple[ContactLog, BurnoutService]:
    clock = ManualClock(datetime(2026, 11, 25, 12, tzinfo=UTC))  # Wed of the next week
    ScheduleStore(profile.db, clock).save(office_hours(on_call=True), source="test")
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    return ContactLog(profile.db, clock), BurnoutService(profile.db, clock)


def log_week_47(log: ContactLog) -> dict[int, int]:
    rows = {
        1: NewContact(t(16, 10), Channel.EMAIL, client="A"),
        2: NewContact(t(16, 19, 30), Channel.TEXT, client="A"),
        3: NewContact(t(16, 19, 40), Channel.TEXT, client="A", direction=Direction.OUT),
        4: NewContact(t(16, 23), Channel.PHONE, Kind.CALL, client="B"),  # on call
        5: NewContact(t(17, 20), Channel.TEXT, client="B"),
        6: NewContact(t(17, 20, 30), Channel.TEXT, client="B", direction=Direction.OUT),
        7: NewContact(t(20, 23, 40), Channel.TEXT, client="A", crisis=True),
        8: NewContact(t(21, 1), Channel.MESSAGING_APP, client="A"),
        9: NewContact(t(21, 11), Channel.SOCIAL_MEDIA, Kind.FRIEND_REQUEST, client="C"),
        10: NewContact(t(22, 18, 30), Channel.EMAIL, client="A", minutes=20),
        11: NewContact(t(18, 12), Channel.PHONE, Kind.CALL, client="B"),
    }
    return {n: log.log(c).id for n, c in rows.items()}


def test_every_indicator_on_a_hand_computed_week(
    setup: tuple[ContactLog, BurnoutService],
) -> None:
    log, service = setup
    ids = log_week_47(log)
    (week,) = service.weekly_series(1, W47)
    assert week.values == {
        "after_hours_contacts": 8,  # 2, 3, 5, 6, 7, 8, 9, 10
        "after_hours_minutes": 41,  # seven at 3 minutes by default, one of 20
        "after_hours_share": 73,  # 8 of 11
        "evenings": 3,  # Mon, Tue, Sun
        "nights": 1,  # Fri 23:40 and Sat 01:00 are the same night
        "weekend_days": 2,
        "days_since_disconnected": 3,  # Fri, Sat, Sun; Thu was free
        "longest_run": 3,  # Fri-Sat-Sun (Mon-Tue is 2)
        "quick_replies": 1,  # 3 answers 2 within 10 minutes; 6 came after 30
        "crisis_contacts": 1,
        "boundary_events": 1,
        "on_call_contacts": 1,
        "on_call_minutes": 10,
        "total_contacts": 11,
    }
    result = service.assess(W47)
    details = {r.indicator: set(r.contact_ids) for r in result.reasons}
    assert details["crisis_contacts"] == {ids[7]}
    assert details["weekend_days"] == {ids[8], ids[9], ids[10]}
    assert details["evenings"] == {ids[2], ids[3], ids[5], ids[6], ids[10]}
    assert "crisis contact this week" in " ".join(result.to_json()["reasons"])


def test_the_week_is_read_in_the_user_zone_across_dst(
    setup: tuple[ContactLog, BurnoutService],
) -> None:
    log, service = setup
    # Sun 1 Nov 2026, 23:30 EST (clocks went back that morning): 04:30 UTC on Monday.
    c = log.log(NewContact(t(1, 23, 30), Channel.TEXT))
    w44, w45 = service.weekly_series(2, IsoWeek(date(2026, 11, 2)))
    assert (w44["nights"], w44["weekend_days"], w44["after_hours_contacts"]) == (1, 1, 1)
    assert w45["after_hours_contacts"] == 0
    assert c.at == datetime(2026, 11, 2, 4, 30, tzinfo=UTC)


def test_offset_sql_switches_at_the_transition_second() -> None:
    start = datetime(2026, 3, 7, tzinfo=UTC)
    breaks = offset_breaks(TOR, start, start + timedelta(days=3))
    switch = int(datetime(2026, 3, 8, 7, 0, tzinfo=UTC).timestamp())  # 02:00 EST
    assert breaks == [(int(start.timestamp()), -5 * 3600), (switch, -4 * 3600)]
    assert offset_sql(breaks) == f"(CASE WHEN ts < {switch} THEN -18000 ELSE -14400 END)"


def test_pure_helpers() -> None:
    assert longest_run([]) == 0
    assert longest_run([5, 6, 7, 9, 10]) == 3
    assert days_since_disconnected({8, 9, 10}, 10) == 3
    assert days_since_disconnected(set(), 10) == 0
    assert days_since_disconnected(set(range(0, 500)), 400, lookback=120) == 120
    assert night_keys([DayFlags(10, True, late=True), DayFlags(11, True, early=True)]) == {10}
    weeks = [WeekIndicators(W47.shift(-i), {"x": v}) for i, v in enumerate([1, 3, 2, 1])]
    assert baseline(weeks, "x") == 1.5
    assert baseline(weeks[:3], "x") is None  # fewer than 4 weeks: no usual yet
    weeks[0].has_history = False
    assert baseline(weeks, "x") is None


def test_baseline_is_the_median_of_the_previous_8_weeks_with_reasons(
    setup: tuple[ContactLog, BurnoutService],
) -> None:
    log, service = setup
    # Eight earlier weeks with one evening each (two in one of them), then four this week.
    for back, count in zip(range(1, 9), [1, 1, 2, 1, 1, 1, 1, 1], strict=True):
        monday = W47.shift(-back).monday
        for d in range(count):
            log.log(
                NewContact(
                    datetime.combine(monday + timedelta(d), datetime.min.time(), TOR)
                    + timedelta(hours=19),
                    Channel.TEXT,
                )
            )
    evening_ids = [log.log(NewContact(t(16 + d, 20), Channel.TEXT)).id for d in range(4)]
    result = service.assess(W47)
    data = result.to_json()
    assert data["indicators"]["evenings"] == {"value": 4, "baseline": 1}
    assert (
        "4 evenings this week: above your elevated threshold (3). Your usual: 1."
        in (data["reasons"])
    )
    (ev,) = [r for r in data["reason_details"] if r["indicator"] == "evenings"]
    assert ev["contact_ids"] == evening_ids and ev["level"] == "elevated"
    assert data["level"] in ("elevated", "high")


def thresholds() -> Thresholds:
    return Thresholds.from_settings(DEFAULTS.__getitem__)


def week(**values: float) -> WeekIndicators:
    base = {name: 0.0 for name in ("evenings", "nights", "total_contacts")}
    return WeekIndicators(W47, {**base, **values})


def test_risk_levels_and_plain_reasons() -> None:
    quiet = [week(evenings=1) for _ in range(8)]
    low = assess(week(evenings=1), quiet, thresholds())
    assert (low.level, low.reasons) == (Level.LOW, [])
    # Below the threshold (3) but three times the usual and 2 more: a reason of its own.
    rising = assess(week(evenings=2), [week(evenings=0) for _ in range(8)], thresholds())
    assert rising.level is Level.ELEVATED
    assert [r.text for r in rising.reasons] == [
        "2 evenings this week: well above your usual. Your usual: 0."
    ]
    high = assess(week(evenings=5), quiet, thresholds())
    assert high.level is Level.HIGH
    assert (
        high.reasons[0].text == "5 evenings this week: at your high threshold (5). Your usual: 1."
    )
    many = assess(week(evenings=3, nights=2, longest_run=4, quick_replies=3), quiet, thresholds())
    assert many.level is Level.HIGH and all(r.level is Level.ELEVATED for r in many.reasons)
    fresh = assess(week(nights=2), [], thresholds())
    assert fresh.reasons[0].text.endswith("Not enough weeks yet to know your usual.")
    # A share from three contacts says little and is not judged.
    tiny = assess(week(after_hours_share=67, total_contacts=3), quiet, thresholds())
    assert tiny.level is Level.LOW


def test_more_than_usual_in_a_quiet_stretch_is_not_a_reason_until_it_matters() -> None:
    """Twice the usual, but far below the threshold: 5 minutes or 3 texts stay quiet."""
    quiet = [week(after_hours_minutes=2, after_hours_contacts=1) for _ in range(8)]
    small = assess(week(after_hours_minutes=5, after_hours_contacts=3), quiet, thresholds())
    assert (small.level, small.reasons) == (Level.LOW, [])
    # Half the elevated threshold (120 min, 10 contacts) and well above usual: a reason.
    bigger = assess(week(after_hours_minutes=70, after_hours_contacts=6), quiet, thresholds())
    assert {r.indicator for r in bigger.reasons} == {"after_hours_minutes", "after_hours_contacts"}


def test_thresholds_are_editable(
    setup: tuple[ContactLog, BurnoutService], profile: Profile
) -> None:
    log, service = setup
    log_week_47(log)
    assert "evenings" in {r.indicator for r in service.assess(W47).reasons}  # 3 >= 3
    Settings(profile.db).set("burnout.evenings.elevated", 4)
    Settings(profile.db).set("burnout.baseline_factor", 100.0)
    assert "evenings" not in {r.indicator for r in service.assess(W47).reasons}


def test_risk_cli_json_contract(home: Path, tmp_path: Path) -> None:
    from tests.test_cli_schedule import imported

    imported(home, tmp_path)
    clock = ManualClock(datetime(2026, 11, 25, 12, tzinfo=UTC))
    for at in ("2026-11-16T19:00-05:00", "2026-11-17T19:00-05:00", "2026-11-18T23:30-05:00"):
        assert cli(home, "log", "--channel", "text", "--at", at, clock=clock).status == 0
    r = cli(home, "risk", "--week", "2026-11-18", "--json", clock=clock)
    assert r.status == 0, r.err
    data = r.json()
    assert data["week"] == "2026-W47"
    assert data["level"] in ("low", "elevated", "high")
    assert isinstance(data["reasons"], list)
    assert set(data["indicators"]["evenings"]) == {"value", "baseline"}
    series = cli(home, "risk", "--weeks", "3", "--json", clock=clock).json()
    assert [w["week"] for w in series] == ["2026-W46", "2026-W47", "2026-W48"]
    text = cli(home, "risk", "--week", "2026-W47", clock=clock).out
    assert "not a diagnosis" in text
    assert cli(home, "risk", "--week", "someday", clock=clock).status == 2


def test_day_numbers() -> None:
    assert day_number(date(1970, 1, 1)) == 0
    assert (day_number(date(2026, 11, 16)) + 3) % 7 == 0  # a Monday


def test_indicator_queries_use_indexes_never_a_full_scan(
    setup: tuple[ContactLog, BurnoutService], profile: Profile
) -> None:
    log, service = setup
    log_week_47(log)
    seen: list[str] = []
    profile.db.conn.set_trace_callback(seen.append)
    try:
        service.assess(W47)
    finally:
        profile.db.conn.set_trace_callback(None)
    queries = [q for q in seen if "FROM contacts" in q and q.lstrip().upper().startswith("SELECT")]
    assert len(queries) >= 5
    for sql in queries:
        plan = " | ".join(r[3] for r in profile.db.execute("EXPLAIN QUERY PLAN " + sql))
        if "min(ts)" in sql:
            continue  # answered from the index's first entry
        assert "SCAN contacts" not in plan.replace("SCAN contacts USING", ""), (sql, plan)
        assert "USING" in plan, plan


def test_the_benchmark_runs_on_a_small_log() -> None:
    from bench.bench_indicators import measure, run

    result = measure(2_000)
    assert result["contacts"] == 2_000
    assert result["risk_this_week_ms"] > 0
    rows = {r.name: r for r in run(2_000)}
    assert rows["risk: this week"].target == 50 and rows["risk: this week"].value > 0


def test_a_reason_names_what_it_reached_even_below_a_heavy_usual() -> None:
    """Issue 17: "10 ... your usual is 23.5 (elevated)" read as a rise; it was a threshold."""
    heavy = [week(after_hours_contacts=23.5) for _ in range(8)]
    result = assess(week(after_hours_contacts=10), heavy, thresholds())
    (reason,) = result.reasons
    assert reason.text == (
        "10 after-hours contacts this week: at your elevated threshold (10). Your usual: 23.5."
    )
    quiet = [week(after_hours_minutes=25) for _ in range(8)]
    doubled = assess(week(after_hours_minutes=75), quiet, thresholds())
    assert doubled.reasons[0].text == (
        "75 minutes on after-hours contacts this week: well above your usual (3 times it). "
        "Your usual: 25."
    )
    share = assess(week(after_hours_share=80, total_contacts=20), heavy, thresholds())
    assert "above your high threshold (" in share.reasons[0].text
    assert share.reasons[0].text.count("%") == 2  # the share and its threshold
