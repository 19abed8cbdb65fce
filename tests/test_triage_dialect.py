"""The pattern dialect and the anchors the fast gate relies on."""

from __future__ import annotations

import re

import pytest

from after_hours.availability.triage.anchors import anchors_of, trie_regex
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
