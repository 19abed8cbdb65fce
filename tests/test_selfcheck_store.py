"""Self-checks kept over time: record, history, latest, trend, migration, and no triage."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.selfcheck import AnswerError, SelfCheckStore
from after_hours.availability.store import Profile, open_profile

ROOT = Path(__file__).resolve().parent.parent
ALL_OFTEN = {f"personal_{n}": 2 for n in range(1, 7)}  # personal 75.0


def test_record_keeps_instant_answers_and_scores(profile: Profile, clock: ManualClock) -> None:
    store = SelfCheckStore(profile.db, clock)
    check = store.record({**ALL_OFTEN, "work_1": 1})
    assert check.at == clock.now()
    assert check.scores["personal"].score == 75.0
    assert check.scores["work"].score is None  # 1 of 7 answered
    row = profile.db.execute("SELECT at, personal, work, client FROM selfchecks").fetchone()
    assert row == ("2026-11-21T04:40:00Z", 75.0, None, None)
    again = store.latest()
    assert again is not None
    assert again.id == check.id and again.at == check.at
    assert again.answers["work_1"] == 1 and again.answers["work_2"] is None
    assert again.scores == check.scores


def test_history_is_ordered_and_bounded_by_instants(profile: Profile, clock: ManualClock) -> None:
    store = SelfCheckStore(profile.db, clock)
    t0 = datetime(2026, 9, 1, 12, tzinfo=UTC)
    for month in range(3):
        store.record(
            {f"personal_{n}": 1 + month for n in range(1, 7)}, at=t0 + timedelta(30 * month)
        )
    assert [c.scores["personal"].score for c in store.history()] == [100.0, 75.0, 50.0]
    middle = store.history(t0 + timedelta(days=1), t0 + timedelta(days=31))
    assert [c.scores["personal"].score for c in middle] == [75.0]
    latest = store.latest()
    assert latest is not None and latest.at == t0 + timedelta(days=60)
    trend = store.trend()
    assert [(p.at, p.value("personal"), p.work, p.client) for p in trend] == [
        (t0, 100.0, None, None),
        (t0 + timedelta(days=30), 75.0, None, None),
        (t0 + timedelta(days=60), 50.0, None, None),
    ]
    assert store.trend(start=t0 + timedelta(days=59))[0].personal == 50.0


def test_an_instant_in_another_zone_is_stored_in_utc(profile: Profile, clock: ManualClock) -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2026, 7, 1, 21, 30, tzinfo=ZoneInfo("America/Toronto"))
    SelfCheckStore(profile.db, clock).record(ALL_OFTEN, at=local)
    assert profile.db.execute("SELECT at FROM selfchecks").fetchone()[0] == "2026-07-02T01:30:00Z"


def test_a_self_check_with_no_scorable_scale_is_not_saved(
    profile: Profile, clock: ManualClock
) -> None:
    store = SelfCheckStore(profile.db, clock)
    with pytest.raises(AnswerError, match="Nothing to save"):
        store.record({"personal_1": 1, "work_1": 1})
    with pytest.raises(AnswerError, match="not a self-check item"):
        store.record({"energy": 1})
    assert store.count() == 0 and store.latest() is None


def test_self_checks_survive_reopening_and_the_step_upgrades_an_older_profile(home: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 1, tzinfo=UTC))
    with open_profile(home) as p:
        # Make this profile look like one from before the self-check existed.
        p.db.execute("DROP TABLE selfchecks")
        p.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_selfchecks'")
        p.db.conn.commit()
    with open_profile(home) as p:
        assert p.db.table("selfchecks").exists()
        SelfCheckStore(p.db, clock).record(ALL_OFTEN)
    with open_profile(home) as p:
        assert SelfCheckStore(p.db, clock).count() == 1


def test_i_cant_take_it_anymore_is_the_clinicians_own_answer_and_nothing_triages_it(
    profile: Profile, clock: ManualClock
) -> None:
    """Answering "Always" to personal item 4 stores a self-check and nothing else."""
    SelfCheckStore(profile.db, clock).record({**ALL_OFTEN, "personal_4": 1})
    tables = [r[0] for r in profile.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    with_rows = {
        t
        for t in tables
        if not t.startswith(("_sqlite", "sqlite_"))
        and profile.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
    }
    assert with_rows == {"selfchecks"}


def test_no_self_check_module_imports_the_crisis_detector_or_the_contact_log() -> None:
    files = [
        *sorted((ROOT / "after_hours" / "availability" / "selfcheck").glob("*.py")),
        ROOT / "after_hours" / "availability" / "cli" / "commands_selfcheck.py",
        *sorted((ROOT / "after_hours" / "ui").rglob("selfcheck*.py")),
    ]
    assert len(files) >= 5
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
            for name in names:
                assert not any(w in name for w in ("triage", "crisis", "contacts")), (path, name)
