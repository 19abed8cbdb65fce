"""The labelled evaluation set: recall and false-positive rate, per language.

The figures are reported in docs/triage.md; this test keeps them from regressing.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from after_hours.availability.triage import triage

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
    assert result.level == "possible"
    assert not result.crisis
    assert any(m.negated for m in result.matches)


def _load(name: str) -> list[dict[str, str]]:
    path = Path(__file__).parent / "fixtures" / name
    messages: list[dict[str, str]] = tomllib.loads(path.read_text(encoding="utf-8"))["message"]
    return messages


HOLDOUT2 = _load("triage_holdout2.toml")
PROBE = _load("triage_probe.toml")


def _rates(messages: list[dict[str, str]], language: str) -> tuple[float, float]:
    crisis = [m for m in messages if m["lang"] == language and m["label"] == "crisis"]
    benign = [m for m in messages if m["lang"] == language and m["label"] == "benign"]
    # The rules alone: these floors guard the rule layer; the learned scorer has its own below.
    recall = sum(triage(m["text"], scorer=False).crisis for m in crisis) / len(crisis)
    fpr = sum(triage(m["text"], scorer=False).crisis for m in benign) / len(benign)
    return recall, fpr


def test_the_blind_rounds_are_big_enough_and_balanced() -> None:
    for language in ("en", "fr"):
        for rnd in ("A", "B"):
            labels = [m["label"] for m in HOLDOUT2 if m["lang"] == language and m["round"] == rnd]
            assert labels.count("crisis") >= 20
            assert labels.count("benign") >= 20


# Floors: (recall at least, false-positive rate at most), per language. A ratchet, not a goal:
# raise a floor when a change helps; never lower one to make a change pass.
# - Round A and the probe: development messages (the second pass was written from them), so
#   these floors guard against regressions only.
# - Round B: measured ONCE, at the end of the second pass, before and after (docs/triage.md);
#   never used to tune the lists. To tune on it, move it to triage_eval.toml and write a new round.
FLOORS: dict[tuple[str, str], dict[str, tuple[float, float]]] = {
    ("holdout2", "A"): {"en": (1.00, 0.0), "fr": (1.00, 0.0)},
    ("holdout2", "B"): {"en": (0.45, 0.0), "fr": (0.40, 0.0)},
    ("probe", ""): {"en": (0.80, 0.0), "fr": (0.69, 0.04)},
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("name", "rnd"), list(FLOORS))
def test_measured_figures_do_not_regress(name: str, rnd: str, language: str) -> None:
    messages = HOLDOUT2 if name == "holdout2" else PROBE
    if rnd:
        messages = [m for m in messages if m["round"] == rnd]
    recall, fpr = _rates(messages, language)
    floor_recall, ceiling_fpr = FLOORS[(name, rnd)][language]
    assert recall >= floor_recall
    assert fpr <= ceiling_fpr


DEV_V2 = _load("triage_dev_v2.toml")
BLIND_V2 = _load("triage_blind_v2.toml")


def _v2_rates(
    messages: list[dict[str, str]], language: str, *, scorer: bool = False
) -> tuple[float, float]:
    crisis = [m for m in messages if m["lang"] == language and m["label"] == "crisis"]
    everyday = [m for m in messages if m["lang"] == language and m["label"] == "everyday"]
    recall = sum(triage(m["text"], scorer=scorer).crisis for m in crisis) / len(crisis)
    fpr = sum(triage(m["text"], scorer=scorer).crisis for m in everyday) / len(everyday)
    return recall, fpr


# Floors for triage v2 (docs/triage.md, "Triage v2"): a ratchet, as above, for the rules alone.
# - dev v2: written with the v2 rules in view (development floor).
# - blind v2: frozen before any v2 rule change and never read while writing rules; measured only
#   through these aggregates (and `make eval-triage`). Baseline v1: recall 0.27 / 0.19, FPR
#   0.10 / 0.11 (English / French).
V2_FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "dev_v2": {"en": (0.97, 0.02), "fr": (0.97, 0.03)},
    # FPR ceilings lowered by the scope pass (docs/triage.md): 0.060 / 0.050 -> 0.040 / 0.0375,
    # and the French one by the second scope pass: 0.0375 -> 0.0125 (1 of 80).
    "blind_v2": {"en": (0.46, 0.04), "fr": (0.32, 0.0125)},
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", list(V2_FLOORS))
def test_v2_figures_do_not_regress(name: str, language: str) -> None:
    messages = DEV_V2 if name == "dev_v2" else BLIND_V2
    recall, fpr = _v2_rates(messages, language)
    floor_recall, ceiling_fpr = V2_FLOORS[name][language]
    # Aggregates only: the blind set's rows are never printed, even when this fails.
    assert recall >= floor_recall, f"{name} {language}: recall {recall:.3f}"
    assert fpr <= ceiling_fpr, f"{name} {language}: false-positive rate {fpr:.3f}"


# The detector as shipped (rules and the learned scorer; docs/triage.md, "The learned scorer").
# The scorer never saw either set. On the blind set it raises recall from 0.48 / 0.35 (English
# / French, rules alone) to the floors below, in both languages at the rules' own
# false-positive rate (44-writer scorer). On the development set, written against the rules,
# it adds a few false alarms. A retrained scorer must do at least as well; when a larger
# corpus moves them down (docs/triage.md, "The learned scorer"), the floors follow the shipped
# figures and the docs say so, with the figures before and after.
SHIPPED_FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "dev_v2": {"en": (1.0, 0.0364), "fr": (1.0, 0.0477)},
    "blind_v2": {"en": (0.94, 0.04), "fr": (0.925, 0.0125)},
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", list(SHIPPED_FLOORS))
def test_shipped_figures_do_not_regress(name: str, language: str) -> None:
    messages = DEV_V2 if name == "dev_v2" else BLIND_V2
    recall, fpr = _v2_rates(messages, language, scorer=True)
    floor_recall, ceiling_fpr = SHIPPED_FLOORS[name][language]
    assert recall >= floor_recall, f"{name} {language}: recall {recall:.3f}"
    assert fpr <= ceiling_fpr, f"{name} {language}: false-positive rate {fpr:.3f}"
