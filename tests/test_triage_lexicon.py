"""The curated phrase files.

They load, every example fires, idioms stay quiet, and the fast anchor gate never hides a match
that running every pattern would find.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.triage import (
    CATEGORIES,
    LexiconError,
    build_lexicon,
    default_lexicon,
    triage,
)
from after_hours.availability.triage.negation import (
    any_negator_before,
    is_negated,
    negator_in_normalised,
)
from after_hours.availability.triage.normalise import normalise

LEX = default_lexicon()
EXAMPLES = [(r.id, r.category, ex) for r in LEX.rules for ex in r.examples]
FALSE_FRIENDS = [(f.id, ex) for f in LEX.false_friends for ex in f.examples]


def test_both_languages_and_every_category_are_covered() -> None:
    assert {r.language for r in LEX.rules} == {"en", "fr"}
    for language in ("en", "fr"):
        covered = {r.category for r in LEX.rules if r.language == language}
        assert covered == set(CATEGORIES), (language, set(CATEGORIES) - covered)
    assert len(EXAMPLES) >= 150


@pytest.mark.parametrize(("rule_id", "category", "example"), EXAMPLES)
def test_every_rule_example_is_flagged_with_its_category(
    rule_id: str, category: str, example: str
) -> None:
    result = triage(example)
    assert category in result.categories, (rule_id, example, result)
    assert any(m.rule.startswith(rule_id.split(".")[0]) for m in result.matches)


@pytest.mark.parametrize(("ff_id", "example"), FALSE_FRIENDS)
def test_false_friend_examples_are_not_a_crisis(ff_id: str, example: str) -> None:
    result = triage(example)
    assert not result.crisis, (ff_id, example, result)


def test_a_pattern_without_a_fixed_piece_of_text_is_refused() -> None:
    doc = """
language = "en"
[[rule]]
id = "x"
category = "means"
patterns = ["[a-z]+ ?[0-9]"]
"""
    with pytest.raises(LexiconError, match="no fixed piece of text"):
        build_lexicon([("bad.toml", doc)])


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ('language = "de"\n', "language must be one of"),
        (
            'language = "en"\n[[rule]]\nid = "x"\ncategory = "sadness"\npatterns = ["ab"]\n',
            "unknown category",
        ),
        ('language = "en"\n[[rule]]\nid = "x"\ncategory = "means"\n', "no patterns"),
        (
            'language = "en"\n[[rule]]\nid = "x"\ncategory = "means"\npatterns = ["ab"]\nweight = 3\n',
            "unknown keys",
        ),
        (
            'language = "en"\n[[rule]]\nid = "x"\ncategory = "means"\npatterns = ["(ab"]\n',
            "bad pattern",
        ),
    ],
)
def test_mistakes_in_a_phrase_file_are_named(doc: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        build_lexicon([("f.toml", doc)])


def test_each_rule_id_is_unique() -> None:
    ids = [r.id for r in LEX.rules]
    assert len(ids) == len(set(ids))


# Text built from the lexicon's own examples and idioms, glued with filler, varied in case: the
# gated path must agree with running every pattern.
_pieces = st.sampled_from(
    [ex for _, _, ex in EXAMPLES]
    + [ex for _, ex in FALSE_FRIENDS]
    + ["see you Tuesday", "merci", "lol", "💊", "800mg", "the", "self", ",", "\n", "KMS"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, min_size=1, max_size=4), st.text(max_size=12), st.booleans())
def test_the_anchor_gate_never_hides_a_match(pieces: list[str], noise: str, upper: bool) -> None:
    text = noise.join(pieces)
    if upper:
        text = text.upper()
    assert triage(text) == triage(text, exhaustive=True)


def test_an_ordinary_message_runs_only_a_few_patterns() -> None:
    """The speed guard that cannot flake: the gate picks a handful of the ~600 patterns."""
    text = (
        "Hi, I need to reschedule Tuesday's appointment, my son is sick. Sorry for the late notice!"
    )
    chosen = LEX.patterns_for_hits(LEX.hits(text.lower()))
    assert len(LEX.patterns) > 300
    # v2 grammar rules start on common words ("my", "need"), so the share is a little higher.
    assert len(chosen) <= len(LEX.patterns) // 15


_NEG_PIECES = st.sampled_from(
    ["I", "don't", "not", "never", "can't promise", "I won't", "je", "ne", "vais", "pas",
     "n'ai", "jamais", "but", "mais", ",", ".", "want", "to", "die", "me", "tuer", "NOT", "’"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEG_PIECES, max_size=14), st.sampled_from([" ", "  ", "_", "'"]))
def test_the_negation_shortcut_never_changes_the_answer(words: list[str], sep: str) -> None:
    """No negator word in the look-back means no language can call the phrase negated."""
    text = sep.join(words) + " die"
    start = len(text) - 3
    if not any_negator_before(text, start, LEX.negation.values()):
        assert not any(is_negated(text, start, r) for r in LEX.negation.values())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_NEG_PIECES | st.text(max_size=6), max_size=14),
    st.sampled_from([" ", "  ", "_", "'", "’", "-"]),
)
def test_the_merged_negator_question_agrees_on_normalised_text(words: list[str], sep: str) -> None:
    """The engine's fast first question answers as ``any_negator_before`` at every offset."""
    norm, _index = normalise(sep.join(words))
    merged = LEX.negator_words()
    for start in range(len(norm) + 1):
        assert negator_in_normalised(norm, start, merged) == any_negator_before(
            norm, start, LEX.negation.values()
        ), (norm, start)


def test_most_gated_patterns_are_skipped_by_their_required_words() -> None:
    """The speed guard that cannot flake: "want" wakes many patterns, few can match."""
    text = "i want to know if we can move the meeting, my week is busy"
    chosen = LEX.patterns_for_hits(LEX.hits(text))
    kept = [p for p in chosen if p.possible_in(text)]
    assert len(chosen) >= 10
    assert len(kept) <= len(chosen) // 2
