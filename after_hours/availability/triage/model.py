"""What a triage verdict is made of: categories, matches and the result the app shows.

The detector surfaces language; it does not assess risk. A result says which phrases were found
and in which category, so the clinician can see *why* a message was flagged and judge it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from after_hours.availability.i18n import N_, _

# Order matters: it is the order categories are listed in a result (most urgent first).
CATEGORIES: tuple[str, ...] = (
    "imminent",
    "overdose",
    "plan_intent",
    "means",
    "active_ideation",
    "passive_ideation",
    "self_harm",
    "farewell",
    "third_party",
    "danger_from_others",
    "harm_to_others",
    "threat_to_clinician",
)

# The labels are marked for the catalogue here and translated where they are shown
# (:func:`category_label`), so a change of language needs no re-import.
CATEGORY_LABELS: dict[str, str] = {
    "imminent": N_("Happening now or imminent"),
    "overdose": N_("Overdose"),
    "plan_intent": N_("Plan or intent"),
    "means": N_("Means (method named)"),
    "active_ideation": N_("Active ideation (thoughts of suicide)"),
    "passive_ideation": N_("Passive ideation (wish to be dead, cannot go on)"),
    "self_harm": N_("Self-harm"),
    "farewell": N_("Farewell"),
    "third_party": N_("Someone else at risk"),
    "danger_from_others": N_("In danger from someone"),
    "harm_to_others": N_("May harm someone else"),
    "threat_to_clinician": N_("A threat to you (the clinician)"),
}


def category_label(category: str) -> str:
    """A category's label in the current language ("Passive ideation (...)"); unknown: as is."""
    label = CATEGORY_LABELS.get(category)
    return _(label) if label is not None else category


# What to do differs by category: a threat to the clinician calls for the clinician's own
# safety steps, not a crisis-line reply to the sender.
CLINICIAN_SAFETY = frozenset({"threat_to_clinician"})

# The three levels. ``possible`` was called ``noted`` before triage v2; the old name is not
# kept: nothing outside the app read it except ``triage --json``, whose documented contract
# now lists crisis/possible/none.
CRISIS = "crisis"
POSSIBLE = "possible"
NONE = "none"
LEVELS = (CRISIS, POSSIBLE, NONE)

_ORDER = {name: i for i, name in enumerate(CATEGORIES)}

STRONG = "strong"
CONTEXT = "context"


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a message.

    ``phrase`` is exactly ``text[start:end]`` of the message as written (case and spacing kept),
    so the UI can highlight it. ``negated`` is true when a negation governs the phrase
    ("I'm not going to hurt myself"); ``strength`` is ``strong`` (enough on its own) or
    ``context`` (a method or time word that matters alongside something else).
    """

    phrase: str
    category: str
    start: int
    end: int
    negated: bool = False
    strength: str = STRONG
    rule: str = ""
    language: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "phrase": self.phrase,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "negated": self.negated,
            "strength": self.strength,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class TriageResult:
    """The verdict on one text: crisis or not, the categories found, and the phrases behind them.

    ``level`` is ``crisis`` (show the crisis panel), ``possible`` (crisis language was found but
    only negated, past and resolved, or only a lone method or time word: a quieter prompt with
    the phrases, not the panel) or ``none``.
    """

    crisis: bool
    categories: tuple[str, ...]
    matches: tuple[Match, ...]
    level: str = "none"
    # The learned scorer's value (0-1) when its layer added to the verdict, else None.
    score: float | None = None

    @property
    def scored(self) -> bool:
        """The learned scorer, not a written rule, is behind (part of) this verdict."""
        return self.score is not None

    @property
    def possible(self) -> bool:
        """Anything found at all (crisis or the quieter ``possible``)."""
        return self.level != NONE

    @property
    def clinician_safety(self) -> bool:
        """A threat to the clinician was found: show safety steps, not a reply to the sender."""
        return any(m.category in CLINICIAN_SAFETY and not m.negated for m in self.matches)

    def to_json(self) -> dict[str, Any]:
        """The ``triage --json`` contract of the design brief, plus ``level`` and span keys."""
        out: dict[str, Any] = {
            "crisis": self.crisis,
            "level": self.level,
            "categories": list(self.categories),
            "matches": [m.to_json() for m in self.matches],
        }
        if self.score is not None:
            out["score"] = self.score
        return out


def _rank(name: str) -> int:
    return _ORDER.get(name, len(_ORDER))


def sort_categories(names: set[str]) -> tuple[str, ...]:
    """The categories, most urgent first (unknown names last)."""
    if len(names) < 2:
        return tuple(names)
    return tuple(sorted(names, key=_rank))
