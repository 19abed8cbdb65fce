"""Triage: an explainable detector of crisis language in client messages (English, French).

It surfaces phrases and their categories so the clinician sees why a message looks worrying;
it does not assess risk or diagnose. ``triage(text)`` is the one entry point.
"""

from typing import TYPE_CHECKING, Any

from after_hours.availability.lazy_names import load_name

if TYPE_CHECKING:
    from after_hours.availability.triage.engine import triage, verdict
    from after_hours.availability.triage.lexicon import (
        Lexicon,
        LexiconError,
        build_lexicon,
        default_lexicon,
    )
    from after_hours.availability.triage.model import (
        CATEGORIES,
        CATEGORY_LABELS,
        Match,
        TriageResult,
        category_label,
    )

# Each name loads its module on first use (PEP 562): importing ``triage.model`` for a category
# label (Today's chart) or ``triage.derived`` (the idle cache check) must not load the engine,
# the phrase lists' code and the regex parser with them (docs/benchmarks.md, fifth round).
_HOMES = {
    "triage": "engine",
    "verdict": "engine",
    "Lexicon": "lexicon",
    "LexiconError": "lexicon",
    "build_lexicon": "lexicon",
    "default_lexicon": "lexicon",
    "CATEGORIES": "model",
    "CATEGORY_LABELS": "model",
    "Match": "model",
    "TriageResult": "model",
    "category_label": "model",
}


def __getattr__(name: str) -> Any:
    return load_name(__name__, _HOMES, globals(), name)


__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "Lexicon",
    "LexiconError",
    "Match",
    "TriageResult",
    "build_lexicon",
    "category_label",
    "default_lexicon",
    "triage",
    "verdict",
]
