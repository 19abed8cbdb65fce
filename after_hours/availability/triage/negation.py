"""Is a matched phrase negated ("I'm not going to hurt myself", "je ne vais pas me tuer")?

A NegEx-style look back: the few words before the phrase, within its own clause, are checked
for a negator. Pseudo-negations that do not negate ("I can't stop thinking about...", "not
sure", "no one would care") are removed first. The window is short and stops at punctuation
and at words such as "but", "and", "mais", because a wrongly negated phrase is a missed crisis:
when the grammar is unclear, the phrase counts as not negated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from after_hours.availability.triage.lexicon import Negation, NegatorWords

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LOOK_BACK = 80


def any_negator_before(text: str, start: int, rules: Iterable[Negation]) -> bool:
    """Whether any word in the look-back of ``start`` is a negator in one of the languages.

    A cheap first question for ``is_negated``, asked once for all languages: without such a
    word no phrase can be negated, and most phrases have none before them.
    """
    rules = tuple(rules)
    for word in _WORD.findall(text[max(0, start - _LOOK_BACK) : start]):
        word = word.lower().replace("’", "'")
        for r in rules:
            if word in r.negators or word.endswith(r.suffixes) or word.startswith(r.prefixes):
                return True
    return False


def negator_in_normalised(norm: str, start: int, merged: NegatorWords) -> bool:
    """``any_negator_before`` for text that went through ``normalise``, in a few C calls.

    Normalised text is already case-folded with straight apostrophes, so the per-word
    ``lower()``/``replace`` of ``any_negator_before`` changes nothing a negator test can see,
    and the languages' word sets are one set (``merged``): the words of the look-back are tested
    in one ``isdisjoint``, and the affix tests ("n't", "n'") only run when an affix occurs in
    the look-back at all. The engine asks this for every phrase found; a property test checks
    it always agrees with ``any_negator_before``.
    """
    before = norm[max(0, start - _LOOK_BACK) : start]
    words = _WORD.findall(before)
    if not merged.words.isdisjoint(words):
        return True
    suffixes, prefixes = merged.suffixes, merged.prefixes
    for affix in (*suffixes, *prefixes):
        if affix in before:
            break
    else:
        return False
    return any(word.endswith(suffixes) or word.startswith(prefixes) for word in words)


def is_negated(text: str, start: int, rules: Negation) -> bool:
    """True when a negator governs the phrase starting at ``start``."""
    before = text[max(0, start - _LOOK_BACK) : start]
    negators, suffixes, prefixes = rules.negators, rules.suffixes, rules.prefixes
    # Most phrases have no negator anywhere before them: say so before the slower passes
    # (pseudo-negations, clause breaks). Those only remove whole words, so the words checked
    # at the end are among these: this skips work (a third of a message's time went here)
    # without changing the answer.
    for word in _WORD.findall(before):
        word = word.lower().replace("’", "'")
        if word in negators or word.endswith(suffixes) or word.startswith(prefixes):
            break
    else:
        return False
    # Negations that reach over a clause word ("it's not that I want to die") become their
    # negator word alone, so the clause break at "I" / « je » inside them is not cut.
    if rules.reaching is not None:
        before = rules.reaching.sub(lambda m: _negator_of(m.group(0), negators), before)
    # Pseudo-negations first: "can't promise I won't" spans the clause break at "I".
    if rules.pseudo is not None:
        before = rules.pseudo.sub(" ", before)
    last = None
    for last in rules.terminators.finditer(before):  # noqa: B007 - we want the final one
        pass
    if last is not None:
        before = before[last.end() :]
    if not before:
        return False
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before)][-rules.window :]
    for word in words:
        if word in negators:
            return True
        # str.endswith/startswith take a tuple: one C call instead of a generator.
        if word.endswith(suffixes):  # "didn't", "shouldn't"
            return True
        if word.startswith(prefixes):  # "n'ai", "n'est"
            return True
    return False


def _negator_of(phrase: str, negators: frozenset[str]) -> str:
    """The negator word of a reaching negation, spaced so it stays a word of its own."""
    for word in _WORD.findall(phrase):
        if word.lower().replace("’", "'") in negators:
            return f" {word} "
    return " "
