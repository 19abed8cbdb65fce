"""Is a matched phrase negated ("I'm not going to hurt myself", "je ne vais pas me tuer")?

A NegEx-style look back: the few words before the phrase, within its own clause, are checked
for a negator. Pseudo-negations that do not negate ("I can't stop thinking about...", "not
sure", "no one would care") are removed first. The window is short and stops at punctuation
and at words such as "but", "and", "mais", because a wrongly negated phrase is a missed crisis:
when the grammar is unclear, the phrase counts as not negated.
"""

from __future__ import annotations

import re

from after_hours.availability.triage.lexicon import Negation

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LOOK_BACK = 80


def is_negated(text: str, start: int, rules: Negation) -> bool:
    """True when a negator governs the phrase starting at ``start``."""
    before = text[max(0, start - _LOOK_BACK) : start]
    # Pseudo-negations first: "can't promise I won't" spans the clause break at "I".
    if rules.pseudo is not None:
        before = rules.pseudo.sub(" ", before)
    last = None
    for last in rules.terminators.finditer(before):  # noqa: B007 - we want the final one
        pass
    if last is not None:
        before = before[last.end() :]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before)][-rules.window :]
    for word in words:
        if word in rules.negators:
            return True
        if any(word.endswith(x) for x in rules.suffixes):  # "didn't", "shouldn't"
            return True
        if any(word.startswith(x) for x in rules.prefixes):  # "n'ai", "n'est"
            return True
    return False
