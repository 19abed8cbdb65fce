"""The detector's behaviour on the messages the issue names.

Slang, negation, idioms, the JSON contract, and the crisis rule for context words.
"""

from __future__ import annotations

import json

import pytest

from after_hours.availability.triage import Match, triage, verdict


def test_the_issue_example_is_a_crisis_with_both_reasons() -> None:
    text = "I can't do this anymore, sorry for everything"
    result = triage(text)
    assert result.crisis
    assert result.level == "crisis"
    assert set(result.categories) == {"passive_ideation", "farewell"}
    phrases = {m.phrase for m in result.matches}
    assert phrases == {"can't do this anymore", "sorry for everything"}


@pytest.mark.parametrize(
    "text",
    [
        "kms",
        "gonna kms lol",
        "I want to unalive myself",
        "wanna die",
        "kil myself",
        "KILL  MYSELF",
        "sewer slide",
        "i want to kill my self",
        "je veux mourir",
        "JE VAIS ME TUER",
    ],
)
def test_slang_misspellings_case_and_spacing(text: str) -> None:
    assert triage(text).crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "I'm dying to tell you",
        "dead tired",
        "my phone is dying",
        "let's kill time at the mall",
        "you're killing it",
        "I'm bored to death",
        "mort de rire",
        "j'ai failli mourir de rire",
        "ça me tue",
        "je meurs de faim",
    ],
)
def test_idioms_stay_quiet(text: str) -> None:
    result = triage(text)
    assert not result.crisis
    assert result.level == "none", result


def test_negation_is_reported_and_possible() -> None:
    result = triage("I'm not going to hurt myself")
    assert not result.crisis
    assert result.level == "possible"
    (match,) = result.matches
    # The grammar rule may take the intent words in too ("going to hurt myself").
    assert match.negated and "hurt myself" in match.phrase and match.category == "self_harm"
    assert match.rule and match.to_json()["rule"] == match.rule


def test_a_negation_in_another_clause_does_not_hide_a_crisis() -> None:
    assert triage("I'm not okay, I want to die").crisis
    assert triage("I don't know, I just want to die").crisis
    assert triage("Not sleeping and I want to kill myself").crisis


def test_pseudo_negations_do_not_negate() -> None:
    for text in [
        "I can't stop thinking about killing myself",
        "no one would care if I killed myself",
        "je ne peux pas m'empêcher de penser à me tuer",
    ]:
        result = triage(text)
        assert result.crisis, text
        assert not all(m.negated for m in result.matches)


def test_a_negated_phrase_next_to_a_plain_one_is_still_a_crisis() -> None:
    result = triage("I'm not suicidal but I bought a rope")
    assert result.crisis
    assert {m.negated for m in result.matches} == {True, False}


def test_third_party_danger_and_harm_to_others() -> None:
    assert triage("my son wants to kill himself").categories == ("third_party",)
    assert "danger_from_others" in triage("he said he'll kill me").categories
    assert "harm_to_others" in triage("I'm going to hurt him").categories
    fr = triage("il va me tuer")
    assert fr.categories == ("danger_from_others",)


def test_one_method_word_is_noted_two_context_categories_are_a_crisis() -> None:
    # The rules' own verdict (the learned scorer is a layer on top, tested on its own).
    alone = triage("I have a bottle of tylenol", scorer=False)
    assert alone.level == "possible" and not alone.crisis
    together = triage("tylenol. tonight.", scorer=False)
    assert together.crisis
    assert set(together.categories) == {"means", "plan_intent"}


def test_verdict_rules_on_hand_made_matches() -> None:
    strong = Match("x", "self_harm", 0, 1)
    negated = Match("x", "self_harm", 0, 1, negated=True)
    means = Match("rope", "means", 0, 4, strength="context")
    plan = Match("tonight", "plan_intent", 5, 12, strength="context")
    assert verdict((strong,)).crisis
    assert verdict((negated,)).level == "possible"
    assert verdict((means,)).level == "possible"
    assert verdict((means, plan)).crisis
    assert verdict(()).level == "none"


def test_json_contract() -> None:
    text = "Sorry. I took all my pills 💊"
    result = triage(text)
    doc = json.loads(json.dumps(result.to_json()))
    assert doc["crisis"] is True
    assert doc["categories"] == list(result.categories)
    assert {"phrase", "category", "negated", "start", "end"} <= set(doc["matches"][0])
    for m in doc["matches"]:
        assert text[m["start"] : m["end"]] == m["phrase"]
    assert "overdose" in doc["categories"]


def test_empty_and_odd_text() -> None:
    assert triage("").level == "none"
    assert triage("\x00\ud800 İİİ kms").crisis  # lower() changes length: exact path
    assert triage("İ want to kill myself").matches[0].phrase == "kill myself"


def test_claims_made_in_the_docs() -> None:
    assert triage("I don't think I want to live").crisis
    # The rules read the place: no rule matches, so the panel never opens. The learned scorer
    # may still weigh "don't want" as a quiet `possible` (docs/triage.md, "The learned scorer").
    assert triage("I don't want to live in Toronto", scorer=False).level == "none"
    assert not triage("I don't want to live in Toronto").crisis
    assert triage("my mom is going to kill me").categories == ("danger_from_others",)
    assert not triage("My mom is going to kill me when she sees this grade lol").possible
    assert triage("gun show tonight").level == "possible"
    assert not triage("Can I take Advil before our session?").crisis


@pytest.mark.parametrize(
    "text",
    [
        "I can't promise I won't hurt myself",
        "I'm not sure I won't do something stupid tonight",
        "je peux pas te promettre que je vais pas me faire de mal",
    ],
)
def test_a_negation_that_is_itself_negated_is_a_crisis(text: str) -> None:
    result = triage(text)
    assert result.crisis
    assert not any(m.negated for m in result.matches), result
