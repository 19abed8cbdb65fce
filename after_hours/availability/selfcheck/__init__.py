"""The burnout self-check: the Copenhagen Burnout Inventory, its scoring and its history.

The self-check is the clinician's own questionnaire. Its answers (including "How often do you
think: 'I can't take it anymore'?") are never passed to the crisis detector: they describe the
person using the app, not a client's message.
"""

from after_hours.availability.selfcheck.questionnaire import (
    DefinitionError,
    Item,
    Questionnaire,
    ResponseSet,
    Scale,
    cbi,
)
from after_hours.availability.selfcheck.scoring import (
    CONVENTION_NOTE,
    AnswerError,
    Band,
    ScaleScore,
    Scores,
    band_for,
    band_label,
    closing_sentence,
    item_points,
    score,
    validate,
)
from after_hours.availability.selfcheck.store import (
    SCALE_COLUMNS,
    SelfCheck,
    SelfCheckStore,
    TrendPoint,
)

__all__ = [
    "CONVENTION_NOTE",
    "SCALE_COLUMNS",
    "AnswerError",
    "Band",
    "DefinitionError",
    "Item",
    "Questionnaire",
    "ResponseSet",
    "Scale",
    "ScaleScore",
    "Scores",
    "SelfCheck",
    "SelfCheckStore",
    "TrendPoint",
    "band_for",
    "band_label",
    "cbi",
    "closing_sentence",
    "item_points",
    "score",
    "validate",
]
