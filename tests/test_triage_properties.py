"""Properties of the detector on any text.

It never crashes, its spans are exact, and case and spacing do not change the verdict.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.triage import default_lexicon, triage

LEX = default_lexicon()
_SAMPLES = [ex for r in LEX.rules for ex in r.examples] + [
    ex for f in LEX.false_friends for ex in f.examples
]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_are_exact(text: str) -> None:
    result = triage(text)
    assert result.crisis in (True, False)
    for m in result.matches:
        assert text[m.start : m.end] == m.phrase
        assert m.phrase


_RULE_EXAMPLES = [ex for r in LEX.rules for ex in r.examples]
_mixed = st.builds(
    lambda pieces, sep: sep.join(pieces),
    st.lists(st.sampled_from(_SAMPLES), min_size=1, max_size=3),
    st.sampled_from([" ", ". ", ", ", "\n", " lol ", " et "]),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_RULE_EXAMPLES), min_size=1, max_size=3),
    st.sampled_from([" ", ". ", "\n", " lol "]),
)
def test_spans_are_exact_on_crisis_text(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    result = triage(text)
    assert result.matches
    for m in result.matches:
        assert text[m.start : m.end] == m.phrase


def _recase(text: str, flips: list[bool]) -> str:
    out = []
    for ch, flip in zip(text, flips + [False] * len(text), strict=False):
        swapped = ch.upper() if ch.islower() else ch.lower()
        out.append(swapped if flip and len(swapped) == 1 else ch)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(_mixed, st.lists(st.booleans(), max_size=200), st.sampled_from(["  ", "\t", " \t ", "   "]))
def test_case_and_spacing_do_not_change_the_verdict(
    text: str, flips: list[bool], space: str
) -> None:
    """Extra spaces and tabs change nothing (a line break ends a clause, see docs/triage.md)."""
    base = triage(text)
    recased = triage(_recase(text, flips))
    respaced = triage(re.sub(r" ", space, text))
    for other in (recased, respaced):
        assert other.crisis == base.crisis
        assert other.categories == base.categories
        assert [m.negated for m in other.matches] == [m.negated for m in base.matches]
