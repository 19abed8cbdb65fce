"""Anchors: a fixed piece of text every match of a pattern must contain.

Running hundreds of patterns over every message is slow (about 10,000 messages a second for one
big alternation). Instead each pattern's anchor, found from the parsed pattern, goes into one
trie-shaped expression; a message is scanned once and only the patterns whose anchors occur are
run. Anchors that start a word are preferred, because the gate then only tries word starts.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# The regex parser. It is private to ``re`` (the public ``sre_parse`` alias warns since 3.11) but
# stable across 3.11-3.13; the lexicon tests would fail at once if it changed.
sre_parse: Any = importlib.import_module("re._parser")
sre_c: Any = importlib.import_module("re._constants")


@dataclass(frozen=True, slots=True)
class Anchors:
    """Strings one of which every match contains; ``initial`` when each starts a word."""

    texts: frozenset[str]
    initial: bool


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


def _is_space_item(op: Any, av: Any) -> bool:
    """The dialect's SPACE: a repeat (at least once) of a class holding whitespace."""
    if op not in _REPEATS or av[0] < 1 or len(av[2]) != 1:
        return False
    inner_op, inner_av = av[2][0]
    return inner_op is sre_c.IN and (sre_c.CATEGORY, sre_c.CATEGORY_SPACE) in inner_av


def _ends_in_space(sub: Any) -> bool:
    items = list(sub)
    if not items:
        return False
    if items[0][0] is sre_c.ASSERT and items[0][1][0] == -1:
        # "(?<=['’])": just after an elided word ("d'", "qu'"): what follows starts a word.
        return True
    op, av = items[-1]
    if _is_space_item(op, av):
        return True
    if op is sre_c.SUBPATTERN:
        return _ends_in_space(av[-1])
    if op is sre_c.BRANCH:
        return all(_ends_in_space(b) for b in av[1])
    return False


def _anchor_candidates(sub: Any, at_start: bool) -> list[Anchors]:
    """Anchor sets for the parsed sequence ``sub``; ``at_start``: a word starts here."""
    cands: list[Anchors] = []
    run: list[str] = []
    run_initial = False

    def flush() -> None:
        nonlocal run_initial
        if run:
            cands.append(Anchors(frozenset({"".join(run).lower()}), run_initial))
            run.clear()
        run_initial = False

    for op, av in sub:
        if op is sre_c.LITERAL:
            if not run:
                run_initial = at_start
            run.append(chr(av))
            at_start = False
            continue
        if op is sre_c.AT:  # zero-width (\b, ^): neighbours stay adjacent
            continue
        if op is sre_c.ASSERT_NOT and av[0] == -1:  # (?<!\w): a word starts here
            flush()
            at_start = True
            continue
        if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is sre_c.LITERAL:
            # "c+" matches c...c: the first c ends the run, the last c starts the next one.
            ch = chr(av[2][0][1])
            if not run:
                run_initial = at_start
            run.append(ch)
            flush()
            run.append(ch)
            at_start = False
            continue
        # A literal run just before an alternation: the parser factors a shared first letter
        # out of "jk|j/k" ("j" + "k|/k"), leaving only one-letter pieces. Each branch's own
        # leading letters joined to the run give a usable anchor again ("jk", "j/k").
        before, before_initial = "".join(run), run_initial
        flush()
        if op is sre_c.BRANCH and before:
            joined = {(before + _leading_literals(b)).lower() for b in av[1]}
            cands.append(Anchors(frozenset(joined), before_initial))
        if op is sre_c.SUBPATTERN:
            cands.extend(_anchor_candidates(av[-1], at_start))
            at_start = _ends_in_space(av[-1])
        elif op is sre_c.BRANCH:
            per_branch = [_best(_anchor_candidates(b, at_start)) for b in av[1]]
            if all(p is not None for p in per_branch):
                chosen = [p for p in per_branch if p is not None]
                cands.append(
                    Anchors(
                        frozenset().union(*[p.texts for p in chosen]),
                        all(p.initial for p in chosen),
                    )
                )
            at_start = all(_ends_in_space(b) for b in av[1])
        elif op in _REPEATS:
            if _is_space_item(op, av):
                at_start = True
            elif av[0] >= 1:
                cands.extend(_anchor_candidates(av[2], at_start))
                at_start = _ends_in_space(av[2])
            else:
                # Optional: what follows starts a word if it did before, and after the item.
                at_start = at_start and _ends_in_space(av[2])
        else:
            at_start = False
    flush()
    return cands


def _leading_literals(sub: Any) -> str:
    """The literal characters a parsed sequence starts with (every match starts with them)."""
    out: list[str] = []
    for op, av in sub:
        if op is not sre_c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _score(anchors: Anchors) -> tuple[bool, int, int]:
    return (anchors.initial, min(len(a) for a in anchors.texts), -len(anchors.texts))


def _usable(anchor: str) -> bool:
    return len(anchor) >= 2 or (len(anchor) == 1 and not anchor.isalnum() and not anchor.isspace())


def _best(cands: Sequence[Anchors]) -> Anchors | None:
    good = [c for c in cands if c.texts and all(_usable(a) for a in c.texts)]
    return max(good, key=_score) if good else None


def best_anchors(cands: Sequence[Anchors | None]) -> Anchors | None:
    """The best of several anchor sets (each enough alone): word-initial, long, few."""
    return _best([c for c in cands if c is not None])


def anchors_of(regex_source: str) -> Anchors | None:
    """The best anchors of a compiled pattern's source, or None when it has none usable."""
    return _best(_anchor_candidates(sre_parse.parse(regex_source), False))


def required_texts(regex_source: str, most: int = 8) -> list[tuple[str, ...]]:
    """Every small anchor set of a pattern: a match holds one string of *each* set.

    The parsed top-level sequence is required item by item, so each candidate it yields is
    required too. Used as a cheap substring check before a pattern runs; sets larger than
    ``most`` are left out (checking them would cost as much as the regex).
    """
    cands = _anchor_candidates(sre_parse.parse(regex_source), False)
    return [
        tuple(sorted(c.texts))
        for c in cands
        if c.texts
        and len(c.texts) <= most
        and all(_usable(a) and a.casefold() == a for a in c.texts)
    ]


def trie_regex(words: Iterable[str]) -> str:
    """One alternation shaped as a trie, so the engine never tries hundreds of branches."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # Greedy: the longest anchor at a position wins, and every shorter anchor that
            # matched there is one of its prefixes (``Lexicon.by_anchor`` includes those).
            return f"(?:{body})?"
        return body

    return build(trie)
