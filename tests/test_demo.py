"""``demo`` fills a believable year: deterministic, with a burnout-like autumn the risk shows."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime
from pathlib import Path

from after_hours.availability.clock import ManualClock
from tests.helpers import cli

NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)  # a Wednesday in late November


def test_demo_then_risk_shows_an_autumn_rise_with_reasons(home: Path) -> None:
    clock = ManualClock(NOW)
    r = cli(home, "demo", "--seed", "7", clock=clock)
    assert r.status == 0, r.err
    assert "25 clients" in r.out and "4 crisis contacts" in r.out

    series = cli(home, "risk", "--weeks", "52", "--json", clock=clock).json()
    assert len(series) == 52
    ah = [w["indicators"]["after_hours_contacts"] for w in series]
    spring, autumn = statistics.median(ah[4:30]), statistics.median(ah[-9:-1])
    assert autumn >= 4 * max(spring, 1)
    evenings = [w["indicators"]["evenings"] for w in series]
    assert statistics.median(evenings[-9:-1]) > statistics.median(evenings[4:30])

    current = cli(home, "risk", "--json", clock=clock).json()
    assert current["week"] == "2026-W48"
    assert current["level"] in ("elevated", "high")
    assert current["reasons"]

    last_full = cli(home, "risk", "--week", "2026-11-18", "--json", clock=clock).json()
    assert last_full["level"] == "high"
    text = " ".join(last_full["reasons"])
    assert "evenings this week: " in text and "Your usual: " in text
    assert all(d["contact_ids"] for d in last_full["reason_details"])
    ah_now = last_full["indicators"]["after_hours_contacts"]
    assert ah_now["value"] > ah_now["baseline"] > 4

    spring_week = cli(home, "risk", "--week", "2026-04-15", "--json", clock=clock).json()
    assert spring_week["level"] in ("low", "elevated")

    clients = cli(home, "clients", "--json", clock=clock).json()
    assert len(clients) == 25
    states = [c["state"] for c in clients]
    assert "overdue" in states and "missing" in states
    assert states.index("overdue") < states.index("missing")

    contacts = cli(home, "contacts", "--json", clock=clock).json()
    crises = [c for c in contacts if c["crisis"]]
    assert len(crises) == 4 and all(c["phrases"] for c in crises)
    assert any("can't go on" in c["phrases"] for c in crises)
    assert any(c["kind"] == "friend_request" for c in contacts)
    assert max(c["at"] for c in contacts) <= "2026-11-25T17:00:00Z"

    again = cli(home, "demo", clock=clock)
    assert again.status == 2 and "already has contacts" in again.err


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    clock = ManualClock(NOW)
    runs = []
    for name, seed in (("a", "3"), ("b", "3"), ("c", "4")):
        assert cli(tmp_path / name, "demo", "--seed", seed, clock=clock).status == 0
        runs.append(cli(tmp_path / name, "contacts", "--json", clock=clock).json())
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]


def test_demo_self_checks_rise_toward_autumn(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from after_hours.availability.clock import ManualClock
    from after_hours.availability.demo import generate_demo
    from after_hours.availability.selfcheck import SelfCheckStore
    from after_hours.availability.store import open_profile

    clock = ManualClock(datetime(2026, 11, 25, 12, tzinfo=UTC))
    with open_profile(tmp_path / "p") as p:
        summary = generate_demo(p.db, clock, seed=3)
        history = SelfCheckStore(p.db, clock).history()
        assert summary.selfchecks == len(history) == 12
        first, last = history[0].scores["personal"].score, history[-1].scores["personal"].score
        assert first is not None and last is not None
        assert last > first + 25


def test_demo_crises_carry_what_the_detector_would_say() -> None:
    """The sample crises are categorised as triage categorises their phrases."""
    from after_hours.availability.demo import CRISES
    from after_hours.availability.triage import triage

    for *_, phrases, categories in CRISES:
        verdict = triage(". ".join(phrases))
        assert verdict.crisis, phrases
        assert set(categories) == set(verdict.categories), phrases
