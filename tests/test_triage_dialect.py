"""The pattern dialect and the anchors the fast gate relies on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.triage.anchors import anchors_of, leading_strings, trie_regex
from after_hours.availability.triage.dialect import compile_pattern, expand, split_alternatives


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("kill myself", "KILL \t\n myself", True),
        ("can't go on", "cant go on", True),
        ("can't go on", "can’t go on", True),
        ("déprimé", "deprime", True),
        ("pensé", "PENSÈ", True),
        ("kms", "xkms", False),  # whole words only
        ("kms", "kms!", True),
        ("[é]", "e", False),  # inside a class, an accent means itself
    ],
)
def test_dialect(pattern: str, text: str, matches: bool) -> None:
    assert bool(compile_pattern(pattern).search(text)) is matches


def test_split_alternatives_only_at_the_top_level() -> None:
    assert split_alternatives("a|b(?:c|d)|[|]|e\\|f") == ["a", "b(?:c|d)", "[|]", "e\\|f"]


@pytest.mark.parametrize(
    ("pattern", "texts", "initial"),
    [
        ("kill myself", {"myself"}, True),
        # The parser factors the common prefix ("wan" + "t|na"); it is joined back.
        ("(?:want|wanna) to die", {"want", "wanna"}, True),
        ("(?:jk|j/k)(?:!|,| lol)", {"jk", "j/k"}, True),
        ("km+s+", {"km"}, True),
        ("my ?self", {"my"}, True),
        ("[1-9]\\d{2,} ?mg", {"mg"}, False),
        ("(?:i |just )?took all", {"took"}, True),
    ],
)
def test_anchors(pattern: str, texts: set[str], initial: bool) -> None:
    found = anchors_of(compile_pattern(pattern).pattern)
    assert found is not None
    assert found.texts == texts
    assert found.initial is initial


def test_no_anchor_for_patterns_without_fixed_text() -> None:
    assert anchors_of(expand("[a-z]+ ?[0-9]")) is None


def test_trie_regex_finds_the_longest_anchor_at_each_start() -> None:
    rx = re.compile(f"(?<!\\w)({trie_regex(['kil', 'kill', 'killing', 'kms'])})")
    assert [m.group(1) for m in rx.finditer("killing kil kms kill")] == [
        "killing",
        "kil",
        "kms",
        "kill",
    ]


@pytest.mark.parametrize(
    ("source", "leads"),
    [
        (r"(?:(?:want|wanna|need)[\s_]+die)(?!\w)", {"want", "wanna", "need"}),
        (r"j(?:e |'|)vais", {"je vais", "j'vais", "jvais"}),
        (r"[1-3]\d+ pills", {"1", "2", "3"}),
        (r"(?:ab|)c", {"abc", "c"}),
        (r"x(?:y|z)+q", {"xy", "xz"}),  # a repeat ends the strings: "xyzq" starts with "xy"
        (r"(?<=['’])vais", {"vais"}),  # a look-behind consumes nothing
        (r"a?b", {"ab", "b"}),
        (r"a*b", None),  # after "a...", what follows is unknown; "b" alone too
        (r"a?", None),  # the empty match: no string starts every match
        (r"[^a]b", None),
        (r"\wb", None),
        (r"(?i:ab)c", None),  # inline flags: "AB" matches too
    ],
)
def test_leading_strings_start_every_match(source: str, leads: set[str] | None) -> None:
    found = leading_strings(source)
    assert (None if found is None else set(found)) == leads


_ATOMS = st.sampled_from(
    ["a", "b", "ab", "ba", " ", "(?:a|b)", "(?:ab|b|)", "a?", "b*", "[ab]", "(?:a|ba)+",
     "[^a]", r"\w", "(?<=a)", "(?!b)", r"\b", "(?:a|bb){2}", "(?:b|a){1,2}"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ATOMS, min_size=1, max_size=5), st.text(alphabet="ab ", max_size=16))
def test_every_match_starts_with_a_leading_string(atoms: list[str], text: str) -> None:
    """Soundness, on random patterns: wherever the pattern matches, a leading string starts."""
    source = "".join(atoms)
    leads = leading_strings(source)
    if leads is None:
        return
    assert "" not in leads
    rx = re.compile(source)
    for start in range(len(text) + 1):
        if rx.match(text, start) is not None:
            assert any(text.startswith(lead, start) for lead in leads), (source, text, start)
