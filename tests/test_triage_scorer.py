"""The learned scorer: its layer in the verdict, its explanations, its weights file, its training.

The scorer's accuracy is measured by ``make eval-triage`` on sets it never saw; these tests check
what a clinician relies on whatever the weights are: a scored flag names the words behind it,
a sentence the rules understood as negated is never raised to a crisis, the shipped file loads,
and training is repeatable.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.triage import triage
from after_hours.availability.triage.normalise import normalise
from after_hours.availability.triage.scorer import (
    RULE_ID,
    Scorer,
    ScorerError,
    default_scorer,
    features,
    tokens,
)

ROOT = Path(__file__).resolve().parent.parent


def toy(weights: dict[str, float], *, bias: float = -4.0) -> Scorer:
    """A scorer with weights written here, so a test does not depend on what training found."""
    return Scorer.from_json(
        {
            "bias": bias,
            "weights": weights,
            "crisis_threshold": 0.8,
            "possible_threshold": 0.5,
            "category_bias": {"means": 0.0, "farewell": 0.0},
            "category_weights": {"rope": {"means": 2.0}, "goodbye": {"farewell": 2.0}},
        }
    )


def test_a_scored_crisis_names_the_words_that_drove_it() -> None:
    scorer = toy({"rope": 3.0, "garage": 2.5, "the": 0.01})
    text = "The ROPE is still in the garage."
    result = triage(text, scorer=scorer)
    assert result.level == "crisis"
    assert result.scored and result.score is not None and result.score >= 0.8
    scored = [m for m in result.matches if m.rule == RULE_ID]
    shown = " / ".join(m.phrase for m in scored)
    assert "ROPE" in shown and "garage" in shown
    assert "still" not in shown  # a word that added nothing is not offered as a reason
    for m in scored:
        assert text[m.start : m.end] == m.phrase
    assert "means" in result.categories
    assert result.to_json()["score"] == result.score


def test_a_score_between_the_thresholds_is_possible_not_crisis() -> None:
    scorer = toy({"zzrope": 4.0})
    text = "saw the zzrope at the shop"
    assert triage(text, scorer=False).level == "none"
    result = triage(text, scorer=scorer)
    assert result.level == "possible"
    assert not result.crisis


def test_the_reasons_are_whole_runs_of_words_in_reading_order() -> None:
    scorer = toy({"better": 2.0, "off": 2.0, "zzdog": 1.5, "meh": -1.0})
    text = "meh they would be better off, zzdog"
    result = triage(text, scorer=scorer)
    phrases = [m.phrase for m in result.matches if m.rule == RULE_ID]
    assert phrases == ["better off", "zzdog"]


def test_low_scores_change_nothing() -> None:
    scorer = toy({"zzrope": 1.0})
    assert triage("zzrope", scorer=scorer).level == "none"
    assert triage("zzrope", scorer=scorer).score is None


def test_what_the_rules_held_back_as_negated_stays_below_crisis() -> None:
    scorer = toy({"kill": 5.0, "myself": 5.0})
    text = "I'm not going to kill myself, I promise"
    assert triage(text, scorer=False).level == "possible"
    assert triage(text, scorer=scorer).level == "possible"


def test_a_negated_phrase_is_not_offered_again_as_the_scorers_finding() -> None:
    # The panel would show "kill myself" twice: once as negated, once as if the model had
    # found a crisis phrase the rules missed.
    scorer = toy({"kill": 2.0, "myself": 2.0, "zzbridge": 1.0}, bias=-5.0)
    result = triage("I'm not going to kill myself", scorer=scorer)
    assert result.level == "possible"
    assert result.matches == triage("I'm not going to kill myself", scorer=False).matches
    assert all(m.negated for m in result.matches)
    # Words of its own beyond the negated phrase are still shown, once it is sure enough.
    sure = toy({"kill": 3.0, "myself": 3.0, "zzbridge": 6.0}, bias=-5.0)
    result = triage("I'm not going to kill myself, zzbridge", scorer=sure)
    assert result.level == "possible"  # held back as negated: never the panel
    scored = [m.phrase for m in result.matches if m.rule == RULE_ID]
    assert scored == ["zzbridge"]


def test_an_idiom_alone_is_not_raised_by_a_middling_score() -> None:
    # "bored to death" is an idiom the rules know; a score in the possible band on what is
    # left ("I'm") is the bag of words reacting to a short message, not a finding.
    middling = toy({"bored": 2.0, "death": 2.0}, bias=-4.5)
    assert triage("I'm bored to death", scorer=False).level == "none"
    assert triage("I'm bored to death", scorer=middling).level == "none"
    # A sure score still prompts quietly (the rules' idioms are broad), never the panel.
    sure = toy({"bored": 5.0, "death": 5.0}, bias=-4.5)
    result = triage("I'm bored to death", scorer=sure)
    assert result.level == "possible"


def test_an_idiom_that_overruled_a_crisis_phrase_leaves_the_scorer_its_say() -> None:
    # The rules read "il va me tuer si je pars" as hyperbole ("ma mère va me tuer si...");
    # when the scorer disagrees, the clinician gets the quiet prompt.
    text = "Il a dit qu'il va me tuer si je pars"
    assert triage(text, scorer=False).level == "none"
    scorer = toy({"tuer": 2.5, "pars": 2.0}, bias=-4.0)
    assert triage(text, scorer=scorer).level == "possible"


def test_a_rules_crisis_the_scorer_agrees_with_is_left_as_the_rules_said() -> None:
    scorer = toy({"@crisis": 8.0})
    result = triage("I want to die", scorer=scorer)
    assert result.crisis
    assert not result.scored
    assert result == triage("I want to die", scorer=False)


def test_the_scorer_never_lowers_a_rules_crisis() -> None:
    text = "I want to die zzfiction"
    assert triage(text, scorer=False).crisis
    result = triage(text, scorer=toy({"@crisis": -30.0, "zzfiction": -30.0}))
    assert result.crisis
    assert result == triage(text, scorer=False)


def test_plain_crisis_sentences_stay_crises_with_the_shipped_scorer() -> None:
    for text in (
        "I'm not okay, I want to die",
        "i want to kill myself tonight",
        "je veux mourir",
        "j'ai pris toutes mes pilules",
    ):
        assert triage(text).crisis, text


def test_the_shipped_weights_load_and_make_sense() -> None:
    scorer = default_scorer()
    assert 0.0 < scorer.possible_threshold <= scorer.crisis_threshold < 1.0
    assert len(scorer.weights) > 1000
    assert scorer.trained_on


def test_damaged_weights_say_so() -> None:
    with pytest.raises(ScorerError, match="damaged"):
        Scorer.from_json({"bias": 0.0})
    with pytest.raises(ScorerError):
        Scorer.from_json({"bias": "x", "weights": {}})


def test_features_are_words_stems_and_pairs() -> None:
    norm, _ = normalise("J'veux pu être là")
    words = [t for t, _s, _e in tokens(norm)]
    assert words == ["j", "'", "veux", "pu", "etre", "la"]
    assert "veux pu" in features(words)
    norm, _ = normalise("pendaison")
    assert "~penda" in features([t for t, _s, _e in tokens(norm)])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_a_verdict_whose_phrases_are_in_it(text: str) -> None:
    result = triage(text)
    assert result.level in {"crisis", "possible", "none"}
    for m in result.matches:
        assert text[m.start : m.end] == m.phrase


# -- training ------------------------------------------------------------------------------


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    crisis = [
        "the rope is ready in the garage",
        "counted the pills again tonight",
        "this is my last message, take care of the cat",
        "j'ai la corde dans le garage",
        "i want it all to stop forever",
        "gave my guitar away today, wont need it",
    ]
    calm = [
        "see you tuesday at the office",
        "bought rope for the tent, camping this weekend",
        "the pills for my headache worked",
        "on se voit mardi au bureau",
        "my cat knocked over the plant again",
        "gave my old guitar to my nephew, he loves it",
    ]
    for n, writer in enumerate(("a", "b")):
        lines = [f"crisis\ten\tplan_means\t{t}" for t in crisis[n::2]]
        lines += [f"none\ten\teveryday\t{t}" for t in calm[n::2]]
        lines += [f"crisis\tfr\tfarewell\t{t} {n}" for t in crisis] + [
            f"none\tfr\teveryday\t{t} {n}" for t in calm
        ]
        (folder / f"{writer}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _train(corpus: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "train_triage_scorer.py"),
            "--corpus",
            str(corpus),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_training_is_repeatable_and_writes_weights_the_app_reads(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert _train(corpus, first).returncode == 0
    assert _train(corpus, second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    scorer = Scorer.from_json(json.loads(first.read_text(encoding="utf-8")))
    assert (
        scorer.score(normalise("the rope is ready in the garage")[0]).value
        > scorer.score(normalise("see you tuesday at the office")[0]).value
    )


def test_a_malformed_corpus_line_is_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "w.tsv").write_text("crisis\ten\tplan_means\tok\nnot a line\n", encoding="utf-8")
    done = _train(corpus, tmp_path / "out.json")
    assert done.returncode != 0
    assert "w.tsv:2" in done.stderr
    assert not (tmp_path / "out.json").exists()


def test_the_crisis_panel_marks_what_the_scorer_found() -> None:
    from after_hours.ui.dialogs.crisis_content import shown_matches

    result = triage("saw the zzrope at the zzgarage", scorer=toy({"zzrope": 3.0, "zzgarage": 3.0}))
    shown = shown_matches(result)
    assert shown and all(m.scored for m in shown)
    assert not any(m.scored for m in shown_matches(triage("I want to die")))
