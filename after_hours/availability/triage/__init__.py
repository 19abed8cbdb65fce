"""Triage: an explainable detector of crisis language in client messages (English, French).

It surfaces phrases and their categories so the clinician sees why a message looks worrying;
it does not assess risk or diagnose. ``triage(text)`` is the one entry point.
"""

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
