"""Properties of triage v2's layers on generated text.

Any Unicode and long messages never raise; stretched letters, accents and full-width letters read
like the plain word; a lone negated phrase is never a crisis; a match always names its rule; and
the levels are only crisis, possible and none.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.triage import triage
from after_hours.availability.triage.model import LEVELS
from after_hours.availability.triage.normalise import normalise, source_span

_WORDS = st.sampled_from(
    ["I", "want", "to", "really", "die", "tonight", "pills", "rope", "je", "veux", "mourir",
     "pas", "not", "never", "lol", "📞", "💊", "ok", "see", "you", "monday", "\n", ",", "."]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_gives_a_level_and_exact_spans(text: str) -> None:
    result = triage(text)
    assert result.level in LEVELS
    assert result.crisis == (result.level == "crisis")
    for m in result.matches:
        assert text[m.start : m.end] == m.phrase
        assert m.rule, m


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=200, max_size=800))
def test_long_messages_never_raise(words: list[str]) -> None:
    text = " ".join(words)
    result = triage(text)
    for m in result.matches:
        assert text[m.start : m.end] == m.phrase


_PLAIN_CRISIS = [
    "I want to die",
    "I'm going to kill myself",
    "je veux mourir",
    "j'ai pu le goût de vivre",
    "I took 30 pills",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_PLAIN_CRISIS), st.integers(min_value=3, max_value=9), st.data())
def test_stretched_letters_read_like_the_word(text: str, times: int, data: st.DataObject) -> None:
    """The common textism: a word's last letter stretched ("dieeee", "pillsss", "mourirrr")."""
    ends = [
        i
        for i, ch in enumerate(text)
        if ch.isalpha() and (i + 1 == len(text) or not text[i + 1].isalpha())
    ]
    i = data.draw(st.sampled_from(ends))
    stretched = text[:i] + text[i] * times + text[i + 1 :]
    assert triage(stretched).crisis, stretched


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "l", "é", "E", "ß", "ﬀ", "x", " ", "1", "_", "'"])
        | st.text(max_size=3)
    )
)
def test_normalised_text_never_holds_a_letter_three_times_running(pieces: list[str]) -> None:
    """Stretched letters are always shortened, whatever shortcut ``normalise`` takes first."""
    norm, _index = normalise("".join(pieces))
    for i in range(len(norm) - 2):
        run = norm[i : i + 3]
        assert not (run[0].isalpha() and run[0] == run[1] == run[2]), (norm, i)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_PLAIN_CRISIS))
def test_full_width_letters_read_like_plain_ones(text: str) -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    assert unicodedata.normalize("NFKC", wide) == text
    result = triage(wide)
    assert result.crisis
    for m in result.matches:
        assert wide[m.start : m.end] == m.phrase


_NEGATED_ALONE = [
    "I'm not going to kill myself",
    "I would never hurt myself",
    "I'm not suicidal",
    "je vais pas me tuer",
    "je ne veux pas mourir",
    "I don't want to die",
]
_CALM = ["", "Talk Monday?", "Just so you know.", "See you Thursday!", "merci, bonne soirée"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NEGATED_ALONE), st.sampled_from(_CALM), st.sampled_from(_CALM))
def test_a_lone_negated_phrase_is_never_a_crisis(phrase: str, before: str, after: str) -> None:
    text = " ".join(p for p in (before, phrase, after) if p)
    result = triage(text)
    assert not result.crisis, result
    assert result.level in ("possible", "none")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_normalised_spans_map_back_inside_the_text(text: str) -> None:
    norm, index = normalise(text)
    for start in range(len(norm)):
        s, e = source_span(index, start, start + 1)
        assert 0 <= s <= e <= len(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "é", "kill", "ß", "\n", "1"]) | st.text(max_size=3)),
    st.lists(st.sampled_from([" ", "  ", "\t", " \t ", "    "]), min_size=1),
)
def test_runs_of_spaces_and_tabs_read_as_one_space(words: list[str], gaps: list[str]) -> None:
    """Two spaces after each word is the same message.

    Rules that look some characters ahead ("not followed by *but* within 110 characters") must
    not read it differently.
    """
    single = " ".join(w for w in words if w)
    spaced = "".join(w + gaps[i % len(gaps)] for i, w in enumerate(w for w in words if w))
    assert normalise(spaced)[0].rstrip(" ") == normalise(single)[0].rstrip(" ")
    norm, index = normalise(spaced)
    assert "  " not in norm and "\t" not in norm
    for start in range(len(norm)):
        s, e = source_span(index, start, start + 1)
        assert 0 <= s <= e <= len(spaced)


def test_a_safety_statement_reads_the_same_with_double_spaces() -> None:
    # Found by test_case_and_spacing_do_not_change_the_verdict: the safety statement's "not
    # followed by die within 60 characters" reached the wish to die only with single spaces.
    text = "je vais pas me tuer, promis je vais pas me tuer, promis I just want to die"
    assert triage(text).crisis
    assert triage(text.replace(" ", "  ")).crisis
