"""The ``triage``, ``resources`` and ``scripts`` commands, run in-process as a user would."""

from __future__ import annotations

from pathlib import Path

from after_hours.availability.clock import ManualClock
from tests.helpers import cli


def test_triage_json_contract(home: Path) -> None:
    r = cli(home, "triage", "--json", stdin="I can't do this anymore, sorry for everything\n")
    assert r.status == 0, r.err
    doc = r.json()
    assert doc["crisis"] is True
    assert doc["categories"] == ["passive_ideation", "farewell"]
    assert [m["phrase"] for m in doc["matches"]] == [
        "can't do this anymore",
        "sorry for everything",
    ]
    assert all({"phrase", "category"} <= set(m) for m in doc["matches"])


def test_triage_text_shows_phrases_and_the_regions_lines(home: Path) -> None:
    r = cli(home, "triage", "--region", "AU", stdin="i wanna kms tonight")
    assert r.status == 0, r.err
    assert r.out.startswith("Possible crisis")
    assert '"kms": Active ideation' in r.out
    assert "Australia, emergency: 000" in r.out
    assert "Lifeline: call 13 11 14, text 0477 13 11 14, chat online" in r.out
    assert "does not assess risk" in r.out


def test_triage_of_a_benign_or_negated_message(home: Path) -> None:
    benign = cli(home, "triage", stdin="Can we move Tuesday? This traffic is killing me")
    assert benign.out.strip() == "No crisis language found."
    negated = cli(home, "triage", "--json", stdin="I'm not going to hurt myself")
    assert negated.json()["crisis"] is False
    assert negated.json()["level"] == "possible"
    assert negated.json()["matches"][0]["negated"] is True


def test_resources_add_list_remove(home: Path) -> None:
    added = cli(
        home,
        "resources",
        "add",
        "--name",
        "Mobile crisis team",
        "--number",
        "555-0100",
        "--notes",
        "Evenings",
    )
    assert added.status == 0, added.err
    entry_id = added.out.strip()
    shown = cli(home, "resources", "--region", "NZ", "--json").json()
    assert shown["known"] is True
    assert shown["resources"][0]["name"] == "Mobile crisis team"
    assert shown["resources"][0]["user"] is True
    assert [r["number"] for r in shown["resources"][1:]] == ["111", "1737"]
    assert all(r["source"] and r["verified"] == "2026-11-24" for r in shown["resources"][1:])
    text = cli(home, "resources", "--region", "NZ").out
    assert text.splitlines()[0] == "Your own lines:"
    assert "checked on 2026-11-24" in text
    assert cli(home, "resources", "remove", entry_id).status == 0
    missing = cli(home, "resources", "remove", entry_id)
    assert missing.status == 2 and "no line of yours" in missing.err


def test_resources_for_a_region_not_on_file_prompts_and_invents_nothing(home: Path) -> None:
    doc = cli(home, "resources", "--region", "DE", "--json").json()
    assert doc["known"] is False and doc["resources"] == []
    assert "add your local lines" in doc["prompt"]
    text = cli(home, "resources", "--region", "DE").out
    assert "No crisis lines are on file for DE" in text
    bad = cli(home, "resources", "add", "--name", "Team")
    assert bad.status == 2 and "number" in bad.err


def test_scripts_show(home: Path, clock: ManualClock) -> None:
    cli(home, "schedule", "import", str(_schedule(home)), clock=clock)
    r = cli(home, "scripts", "show", "crisis-reply", "--json", clock=clock)
    assert r.status == 0, r.err
    doc = r.json()
    assert doc["kind"] == "crisis-reply" and doc["steps"] == []
    assert "call 911" in doc["text"]
    script = cli(home, "scripts", "show", "crisis-script", clock=clock)
    assert script.out.splitlines()[0] == "Your steps"
    assert "1. Read the message for immediate danger" in script.out
    unknown = cli(home, "scripts", "show", "poem")
    assert unknown.status == 2 and "choose one of" in unknown.err


def _schedule(home: Path) -> Path:
    path = home.parent / "hours.toml"
    path.write_text(
        'timezone = "America/Toronto"\n[[window]]\ndays = ["mon", "tue", "wed", "thu", "fri"]\n'
        'start = "09:00"\nend = "17:00"\n',
        encoding="utf-8",
    )
    return path


def test_a_threat_to_the_clinician_points_to_safety_steps_not_crisis_lines(home: Path) -> None:
    r = cli(home, "triage", "--region", "CA", stdin="I know where you live. You'll regret it.")
    assert r.status == 0, r.err
    assert r.out.startswith("A threat to you")
    assert "A threat to you (the clinician)" in r.out
    assert "scripts show clinician-safety" in r.out
    assert "Crisis lines" not in r.out  # no crisis-line reply to the sender
    doc = cli(home, "triage", "--json", stdin="je sais où tu restes").json()
    assert doc["categories"] == ["threat_to_clinician"]
    assert doc["matches"][0]["rule"].startswith("fr.")


def test_clinician_safety_steps_render(home: Path) -> None:
    en = cli(home, "scripts", "show", "clinician-safety", "--json")
    assert en.status == 0, en.err
    steps = en.json()["steps"]
    assert steps[0].startswith("If you are in danger now") and "911" in steps[0]
    assert any("supervisor" in s for s in steps)


def test_a_sideways_farewell_is_flagged_and_the_scorers_words_are_marked(home: Path) -> None:
    text = "everyone would be better off, I sorted out who gets the dog\n"
    r = cli(home, "triage", stdin=text)
    assert r.out.startswith("Possible crisis"), r.out
    assert "(learned scorer, not a written rule)" in r.out
    doc = cli(home, "triage", "--json", stdin=text).json()
    assert 0.0 < doc["score"] <= 1.0
    scored = [m for m in doc["matches"] if m["rule"] == "scorer"]
    assert scored and all(m["phrase"] in text for m in scored)
