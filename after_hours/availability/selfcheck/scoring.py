"""Scoring the self-check: a pure function from answers to scale scores.

An answer is the *option number* the person chose, 1 for the first listed option ("Always",
"To a very high degree") to 5 for the last ("Never/almost never", "To a very low degree"), or
``None`` for a skipped item. Following Kristensen et al. (2005):

- option 1..5 scores 100 / 75 / 50 / 25 / 0, except a reversed item (work item 7, "enough energy
  for family and friends"), where it scores 0 / 25 / 50 / 75 / 100;
- a scale's score is the mean of its answered items;
- a scale with fewer than half its items answered is unanswered (no score).

The bands (50 to under 75 moderate, 75 or more high) are a convention used by the UK GMC, not
cut-offs from the paper; they are labelled as such wherever they are shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from after_hours.availability.selfcheck.questionnaire import (
    Interpretation,
    Item,
    Questionnaire,
    cbi,
)

Answers = Mapping[str, int | None]


class AnswerError(ValueError):
    """An answer that does not fit the questionnaire; the message names the item."""

    def __init__(self, message: str, item_id: str | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id


class Band(StrEnum):
    """Conventional reading of a scale score (see the module docstring)."""

    LOWER = "lower"  # under 50
    MODERATE = "moderate"  # 50 to under 75
    HIGH = "high"  # 75 or more


def band_for(score: float | None, interpretation: Interpretation | None = None) -> Band | None:
    """The conventional band of a scale score, or ``None`` for an unanswered scale."""
    if score is None:
        return None
    interp = interpretation or cbi().interpretation
    if score >= interp.high_from:
        return Band.HIGH
    if score >= interp.moderate_from:
        return Band.MODERATE
    return Band.LOWER


@dataclass(frozen=True)
class ScaleScore:
    """One scale's result: the mean score, or ``None`` when too few items were answered."""

    scale_id: str
    name: str
    score: float | None
    answered: int
    items: int
    band: Band | None

    @property
    def scored(self) -> bool:
        return self.score is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "band": self.band.value if self.band else None,
            "answered": self.answered,
            "items": self.items,
        }


@dataclass(frozen=True)
class Scores:
    """The three scale scores of one self-check, in the questionnaire's order."""

    scales: tuple[ScaleScore, ...]

    def __getitem__(self, scale_id: str) -> ScaleScore:
        for scale in self.scales:
            if scale.scale_id == scale_id:
                return scale
        raise KeyError(scale_id)

    @property
    def any_scored(self) -> bool:
        return any(s.scored for s in self.scales)

    @property
    def highest_band(self) -> Band | None:
        order = [Band.LOWER, Band.MODERATE, Band.HIGH]
        bands = [s.band for s in self.scales if s.band is not None]
        return max(bands, key=order.index) if bands else None

    def to_json(self) -> dict[str, dict[str, Any]]:
        return {s.scale_id: s.to_json() for s in self.scales}


def item_points(item: Item, option: int, points: tuple[int, ...] | None = None) -> int:
    """Points for choosing option number ``option`` (1-based) on ``item``."""
    table = points or cbi().points
    if not 1 <= option <= len(table):
        raise AnswerError(
            f"{item.id}: {option} is not an option; choose 1 to {len(table)}.", item.id
        )
    value = table[option - 1]
    return table[0] + table[-1] - value if item.reversed else value


def validate(
    answers: Mapping[str, Any], questionnaire: Questionnaire | None = None
) -> dict[str, int | None]:
    """Check ids and values; return every item id mapped to its option number or ``None``.

    Raises :class:`AnswerError` naming the first unknown item or bad value.
    """
    q = questionnaire or cbi()
    known = set(q.item_ids)
    for key in answers:
        if key not in known:
            raise AnswerError(
                f"{key!r} is not a self-check item; items are {q.item_ids[0]} to "
                f"{q.item_ids[-1]} (personal_1-6, work_1-7, client_1-6).",
                str(key),
            )
    clean: dict[str, int | None] = {}
    for item in q.items:
        value = answers.get(item.id)
        if value is None:
            clean[item.id] = None
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnswerError(
                f"{item.id}: {value!r} is not an option number; use 1 to {q.option_count} "
                "or null to skip.",
                item.id,
            )
        if not 1 <= value <= q.option_count:
            raise AnswerError(
                f"{item.id}: {value} is not an option; choose 1 to {q.option_count} "
                f"(1 = {item.options[0]!r}, {q.option_count} = {item.options[-1]!r}).",
                item.id,
            )
        clean[item.id] = value
    return clean


def score(answers: Answers, questionnaire: Questionnaire | None = None) -> Scores:
    """Score a set of answers (option numbers, ``None`` or absent for skipped items)."""
    q = questionnaire or cbi()
    clean = validate(answers, q)
    results = []
    for scale in q.scales:
        values = [
            item_points(item, option, q.points)
            for item in scale.items
            if (option := clean[item.id]) is not None
        ]
        mean = sum(values) / len(values) if len(values) >= scale.min_answered else None
        results.append(
            ScaleScore(
                scale.id,
                scale.name,
                mean,
                len(values),
                len(scale.items),
                band_for(mean, q.interpretation),
            )
        )
    return Scores(tuple(results))


def band_label(band: Band | None) -> str:
    """Plain words for a band, with its range, for the CLI and reports."""
    if band is None:
        return "not scored (fewer than half its items answered)"
    return {
        Band.LOWER: "under 50",
        Band.MODERATE: "moderate (50 to under 75)",
        Band.HIGH: "high (75 or more)",
    }[band]


CONVENTION_NOTE = (
    "The bands are a convention (50 to under 75 moderate, 75 or more high, as used by the UK "
    "GMC); the inventory's authors set no cut-offs. This is a self-monitoring aid, not a diagnosis."
)


def closing_sentence(scores: Scores) -> str:
    """A calm sentence for the end of a self-check: what a colleague would say, no verdict."""
    band = scores.highest_band
    if band is Band.HIGH:
        return (
            "Some of this sounds heavy. It may help to talk it over with your supervisor or "
            "someone you trust, and to look at your after-hours load with them."
        )
    if band is Band.MODERATE:
        return (
            "Worth keeping an eye on: compare it with your next self-check and with your "
            "weekly after-hours figures."
        )
    if band is Band.LOWER:
        return "Thank you for checking in. Doing this about once a month shows the trend."
    return "Too few items were answered to score a scale; nothing to read into this one."
