"""The questionnaire as data: scales, items, response options, loaded from ``cbi.toml``.

The wording lives in ``after_hours/resources/selfcheck/cbi.toml`` so that the CLI, the dialog and the
charts show exactly the same published text, and so that the instrument is never retyped in
code. Loading checks the file's shape and fails loudly: a broken definition is a bug, not a
user error.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from after_hours.availability.i18n import current_language
from after_hours.availability.resources import resource_text

RESOURCE = ("selfcheck", "cbi.toml")


class DefinitionError(ValueError):
    """The questionnaire file does not have the shape the scoring relies on."""


@dataclass(frozen=True)
class ResponseSet:
    """The five response options of one kind: frequency (F) or degree (D)."""

    key: str
    kind: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One question. ``reversed`` items score the first option lowest."""

    id: str
    scale_id: str
    number: int  # 1-based position within its scale, as in the paper
    text: str
    responses: ResponseSet
    reversed: bool = False

    @property
    def options(self) -> tuple[str, ...]:
        return self.responses.labels


@dataclass(frozen=True)
class Scale:
    id: str
    name: str
    about: str
    items: tuple[Item, ...]

    @property
    def min_answered(self) -> int:
        """The fewest answered items that still give a score (half, rounded up)."""
        return (len(self.items) + 1) // 2


@dataclass(frozen=True)
class Interpretation:
    """Conventional bands; the instrument's authors set none."""

    source: str
    moderate_from: float
    high_from: float


@dataclass(frozen=True)
class Questionnaire:
    id: str
    name: str
    short_name: str
    version: str
    citation: str
    licence: str
    points: tuple[int, ...]
    scales: tuple[Scale, ...]
    interpretation: Interpretation
    # Shown beside the questions when the wording is not a validated version of the instrument.
    translation_note: str = ""

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for scale in self.scales for item in scale.items)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def scale(self, scale_id: str) -> Scale:
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def option_count(self) -> int:
        return len(self.points)


def parse_questionnaire(text: str) -> Questionnaire:
    """Build a :class:`Questionnaire` from the TOML text, checking its shape."""
    data = tomllib.loads(text)
    try:
        inst = data["instrument"]
        points = tuple(int(p) for p in data["scoring"]["points"])
        interp = data["interpretation"]
        response_sets = {
            key: ResponseSet(key, str(value["kind"]), tuple(str(x) for x in value["labels"]))
            for key, value in data["responses"].items()
        }
        scales = tuple(_scale(raw, response_sets) for raw in data["scale"])
        questionnaire = Questionnaire(
            id=str(inst["id"]),
            name=str(inst["name"]),
            short_name=str(inst["short_name"]),
            version=str(inst["version"]),
            citation=str(inst["citation"]),
            licence=str(inst["licence"]),
            translation_note=str(inst.get("translation_note", "")),
            points=points,
            scales=scales,
            interpretation=Interpretation(
                str(interp["source"]), float(interp["moderate_from"]), float(interp["high_from"])
            ),
        )
    except KeyError as exc:
        raise DefinitionError(f"questionnaire definition lacks {exc}") from exc
    _check(questionnaire)
    return questionnaire


def _scale(raw: dict[str, Any], response_sets: dict[str, ResponseSet]) -> Scale:
    scale_id = str(raw["id"])
    items = []
    for number, item in enumerate(raw["item"], start=1):
        key = str(item["responses"])
        if key not in response_sets:
            raise DefinitionError(f"item {item['id']} uses unknown responses {key!r}")
        items.append(
            Item(
                id=str(item["id"]),
                scale_id=scale_id,
                number=number,
                text=str(item["text"]),
                responses=response_sets[key],
                reversed=bool(item.get("reversed", False)),
            )
        )
    return Scale(scale_id, str(raw["name"]), str(raw["about"]), tuple(items))


def _check(q: Questionnaire) -> None:
    ids = q.item_ids
    if len(set(ids)) != len(ids):
        raise DefinitionError("questionnaire item ids are not unique")
    if len({s.id for s in q.scales}) != len(q.scales):
        raise DefinitionError("questionnaire scale ids are not unique")
    for item in q.items:
        if len(item.options) != len(q.points):
            raise DefinitionError(
                f"item {item.id} has {len(item.options)} options, not {len(q.points)}"
            )
    if any(not s.items for s in q.scales):
        raise DefinitionError("a scale has no items")


def cbi(language: str | None = None) -> Questionnaire:
    """The Copenhagen Burnout Inventory in ``language`` (default: the interface's).

    French is a working translation (``cbi.fr.toml`` says so); item ids and scoring are the
    same in every language, so stored answers score alike whichever language asked them.
    """
    return _cbi(language or current_language())


@cache
def _cbi(language: str) -> Questionnaire:
    name = RESOURCE[1] if language == "en" else f"cbi.{language}.toml"
    try:
        return parse_questionnaire(resource_text(RESOURCE[0], name))
    except FileNotFoundError:
        return parse_questionnaire(resource_text(*RESOURCE))
