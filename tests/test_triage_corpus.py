"""The scorer's training corpus stays well formed and apart from the sets that measure it.

Why: the learned scorer is only worth its figures if it never read the messages it is judged
on. A writer's file added later could repeat a blind-set or development-set message by accident
(a common phrase, a copy-paste), and the blind figures would quietly stop meaning anything. The
README's table is how a reader knows who wrote what; it must list every file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from after_hours.availability.triage.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "triage_corpus"
FIXTURES = ROOT / "tests" / "fixtures"
MEASURING_SETS = [
    "triage_blind_v2.toml",
    "triage_dev_v2.toml",
    "triage_eval.toml",
    "triage_holdout2.toml",
    "triage_probe.toml",
]
CRISIS = {
    "passive_ideation",
    "active_ideation",
    "plan_means",
    "in_progress",
    "self_harm",
    "farewell",
    "voices",
    "harm_to_others",
    "danger_from_someone",
    "threat_to_clinician",
    "third_party",
}
NONE = {
    "everyday",
    "emotional_not_crisis",
    "hyperbole",
    "lookalike",
    "media",
    "negated",
    "past_resolved",
    "helpline_for_other",
    "professional",
}


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.tsv"))


def rows(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def key(text: str) -> str:
    """Two messages that differ only in case, accents, spacing or punctuation are the same."""
    return " ".join(re.findall(r"\w+", normalise(text)[0]))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_line_is_a_labelled_message(path: Path) -> None:
    for number, fields in enumerate(rows(path), start=1):
        assert len(fields) == 4, f"{path.name}:{number}: {len(fields)} fields, not 4"
        label, lang, category, text = fields
        assert lang in {"en", "fr"}, f"{path.name}:{number}: language {lang!r}"
        allowed = CRISIS if label == "crisis" else NONE if label == "none" else set()
        assert category in allowed, f"{path.name}:{number}: {label!r} / {category!r}"
        assert text.strip(), f"{path.name}:{number}: empty message"


def test_no_training_message_is_one_the_detector_is_measured_on() -> None:
    measured: dict[str, str] = {}
    for name in MEASURING_SETS:
        for message in tomllib.loads((FIXTURES / name).read_text(encoding="utf-8"))["message"]:
            measured[key(message["text"])] = name
    shared = [
        f"{path.name}:{number} repeats a message of {measured[key(fields[3])]}"
        for path in corpus_files()
        for number, fields in enumerate(rows(path), start=1)
        if key(fields[3]) in measured
    ]
    assert not shared, "\n".join(shared)


def test_the_readme_lists_every_writer_with_its_line_count() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+\.tsv)` \|.*\| (\d+) \|$", readme, re.MULTILINE))
    actual = {path.name: len(rows(path)) for path in corpus_files()}
    assert {name: int(count) for name, count in listed.items()} == actual
