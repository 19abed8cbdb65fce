"""The labelled evaluation set: recall and false-positive rate, per language.

The figures are reported in docs/triage.md; this test keeps them from regressing.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from availability.triage import triage

EVAL = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "triage_eval.toml").read_text(encoding="utf-8")
)["message"]


def _measure(language: str) -> tuple[float, float, list[str]]:
    crisis = [m for m in EVAL if m["lang"] == language and m["label"] == "crisis"]
    benign = [m for m in EVAL if m["lang"] == language and m["label"] == "benign"]
    missed = [m["text"] for m in crisis if not triage(m["text"]).crisis]
    false_alarms = [m["text"] for m in benign if triage(m["text"]).crisis]
    recall = 1 - len(missed) / len(crisis)
    fpr = len(false_alarms) / len(benign)
    return recall, fpr, missed + false_alarms


def test_the_set_is_big_enough_and_balanced() -> None:
    assert len(EVAL) >= 150
    for language in ("en", "fr"):
        labels = [m["label"] for m in EVAL if m["lang"] == language]
        assert labels.count("crisis") >= 35
        assert labels.count("benign") >= 35
    assert {m["label"] for m in EVAL} == {"crisis", "benign", "negated"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_recall_and_false_positive_rate(language: str) -> None:
    recall, fpr, wrong = _measure(language)
    assert recall >= 0.97, wrong
    assert fpr <= 0.08, wrong


@pytest.mark.parametrize(
    "message", [m for m in EVAL if m["label"] == "negated"], ids=lambda m: m["text"][:30]
)
def test_negated_crisis_language_is_noted_not_raised(message: dict[str, str]) -> None:
    result = triage(message["text"])
    assert result.level == "noted"
    assert not result.crisis
    assert any(m.negated for m in result.matches)
