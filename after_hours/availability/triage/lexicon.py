r"""The curated phrase lists: loaded once from ``after_hours/resources/triage/*.toml`` and compiled.

The lists are data, reviewed by people, not code. Each file holds one language's rules (a
category, regular-expression patterns in a small friendly dialect, examples, notes), its false
friends (idioms that must stay quiet) and its negation words.

Patterns are written in a small dialect (``after_hours.availability.triage.dialect``): spaces, apostrophes,
accents and case are loose, and matches are whole words.

Speed: each pattern's *anchor* (``after_hours.availability.triage.anchors``) goes into one gate expression,
and only the patterns whose anchors occur in a message are run. A pattern with no usable anchor
is refused at load time, so a rule can never be silently skipped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from after_hours.availability.resources import resource, resource_text
from after_hours.availability.triage.anchors import anchors_of, trie_regex
from after_hours.availability.triage.dialect import (
    FLAGS,
    compile_pattern,
    expand,
    lower_literals,
    split_alternatives,
)
from after_hours.availability.triage.model import CATEGORIES, CONTEXT, STRONG

LANGUAGES = ("en", "fr")
FALSE_FRIEND = "false_friend"


class LexiconError(ValueError):
    """A phrase file that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One curated rule: a category and the patterns that express it in one language."""

    id: str
    language: str
    category: str
    patterns: tuple[str, ...]
    strength: str = STRONG
    whole_word: bool = True
    examples: tuple[str, ...] = ()
    notes: str = ""
    negated: bool = False


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """One pattern, compiled twice.

    ``fast`` runs on the lower-cased message without ``IGNORECASE`` and without the leading
    word-boundary look-behind (which would stop the regex engine's own quick scan); the engine
    checks the boundary itself. ``exact`` is the plain form, used on the rare message whose
    lower-case form has a different length (so spans would not line up).
    """

    rule: Rule
    source: str
    fast: re.Pattern[str]
    exact: re.Pattern[str]
    anchors: frozenset[str]


@dataclass(frozen=True, slots=True)
class Negation:
    """Negation words for one language (NegEx style: negators, pseudo-negations, terminators)."""

    negators: frozenset[str]
    pseudo: re.Pattern[str] | None
    terminators: re.Pattern[str]
    window: int = 5
    suffixes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """All rules of all languages, compiled, with the gate that picks which ones to run."""

    rules: list[Rule] = field(default_factory=list)
    patterns: list[CompiledPattern] = field(default_factory=list)
    # Idioms ("dying to tell you"): rules whose matches silence overlapping crisis matches.
    false_friends: list[Rule] = field(default_factory=list)
    negation: dict[str, Negation] = field(default_factory=dict)
    gate: re.Pattern[str] = field(default_factory=lambda: re.compile(r"(?!)"))
    loose_gate: re.Pattern[str] | None = None
    gate_exact: re.Pattern[str] = field(default_factory=lambda: re.compile(r"(?!)"))
    loose_gate_exact: re.Pattern[str] | None = None
    # anchor text (lower case) -> indices into ``patterns`` of every pattern it can start
    by_anchor: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def hits(self, text: str, *, exact: bool = False) -> set[str]:
        """The anchors present in ``text`` (lower-cased unless ``exact``)."""
        gate, loose = (
            (self.gate_exact, self.loose_gate_exact) if exact else (self.gate, self.loose_gate)
        )
        found = {m.group(1) for m in gate.finditer(text)}
        if loose is not None:
            found.update(m.group(1) for m in loose.finditer(text))
        return found

    def patterns_for_hits(self, hits: Iterable[str]) -> list[CompiledPattern]:
        """The patterns to run given the gate's hits; an unknown hit runs everything (safe)."""
        chosen: set[int] = set()
        for hit in hits:
            found = self.by_anchor.get(hit.lower())
            if found is None:
                return list(self.patterns)
            chosen.update(found)
        return [self.patterns[i] for i in sorted(chosen)]


# -- loading --------------------------------------------------------------------------------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return tuple(value)


def parse_lexicon_file(text: str, name: str) -> tuple[list[Rule], list[Rule], Negation]:
    """Read one language file. Errors name the file and the rule, for the reviewer."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: {exc}") from exc
    language = doc.get("language")
    if language not in LANGUAGES:
        raise LexiconError(f"{name}: language must be one of {LANGUAGES}, got {language!r}")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(doc.get("rule", [])):
        where = f"{name} rule #{i + 1} ({raw.get('id', 'no id')})"
        rid = raw.get("id")
        if not isinstance(rid, str) or not rid:
            raise LexiconError(f"{where}: every rule needs an id")
        if rid in seen:
            raise LexiconError(f"{where}: duplicate id")
        seen.add(rid)
        category = raw.get("category")
        if category not in CATEGORIES:
            raise LexiconError(f"{where}: unknown category {category!r}")
        strength = raw.get("strength", STRONG)
        if strength not in (STRONG, CONTEXT):
            raise LexiconError(f"{where}: strength is 'strong' or 'context'")
        patterns = _strings(raw.get("patterns"), where)
        if not patterns:
            raise LexiconError(f"{where}: no patterns")
        unknown = set(raw) - {"id", "category", "strength", "patterns", "examples", "notes"}
        unknown -= {"whole_word", "negated"}
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        rules.append(
            Rule(
                id=rid,
                language=language,
                category=category,
                patterns=patterns,
                strength=strength,
                whole_word=bool(raw.get("whole_word", True)),
                examples=_strings(raw.get("examples"), where),
                notes=str(raw.get("notes", "")),
                negated=bool(raw.get("negated", False)),
            )
        )
    friends: list[Rule] = []
    for i, raw in enumerate(doc.get("false_friend", [])):
        where = f"{name} false_friend #{i + 1}"
        pats = _strings(raw.get("patterns"), where)
        if not pats:
            raise LexiconError(f"{where}: no patterns")
        friends.append(
            Rule(
                id=str(raw.get("id", f"{language}.ff{i + 1}")),
                language=language,
                category=FALSE_FRIEND,
                patterns=pats,
                examples=_strings(raw.get("examples"), where),
                notes=str(raw.get("notes", "")),
            )
        )
    neg = doc.get("negation", {})
    negators = frozenset(w.lower() for w in _strings(neg.get("negators"), f"{name} negation"))
    # Longest first: an alternation takes the first branch that matches, and "not sure i
    # won't" must win over "not sure i".
    pseudo_list = tuple(
        sorted(_strings(neg.get("pseudo"), f"{name} negation"), key=len, reverse=True)
    )
    terms = _strings(neg.get("terminators"), f"{name} negation")
    negation = Negation(
        negators=negators,
        pseudo=compile_pattern("|".join(f"(?:{p})" for p in pseudo_list)) if pseudo_list else None,
        terminators=re.compile(
            r"[.!?;:,()\n]|" + "|".join(rf"(?<!\w){expand(t)}(?!\w)" for t in terms), FLAGS
        )
        if terms
        else re.compile(r"[.!?;:,()\n]"),
        window=int(neg.get("window", 5)),
        suffixes=tuple(_strings(neg.get("suffixes"), f"{name} negation")),
        prefixes=tuple(_strings(neg.get("prefixes"), f"{name} negation")),
    )
    return rules, friends, negation


def build_lexicon(files: Sequence[tuple[str, str]]) -> Lexicon:
    """Compile rules from ``(name, toml text)`` pairs into a ready :class:`Lexicon`."""
    lex = Lexicon()
    for name, text in files:
        rules, friends, negation = parse_lexicon_file(text, name)
        lex.rules.extend(rules)
        lex.false_friends.extend(friends)
        lex.negation[rules[0].language if rules else name] = negation
    initial: dict[str, set[int]] = {}
    loose: dict[str, set[int]] = {}
    # False friends go through the same gate: one pass finds crisis phrases and idioms alike.
    for rule in [*lex.rules, *lex.false_friends]:
        # Each top-level alternative is its own pattern, with its own anchor: the regex
        # parser factors out common prefixes ("od|overdose" -> "o" + ...), hiding anchors.
        sources = [alt for p in rule.patterns for alt in split_alternatives(p)]
        for source in sources:
            try:
                regex = compile_pattern(source, whole_word=rule.whole_word)
                fast = compile_pattern(
                    lower_literals(source), whole_word=rule.whole_word, fast=True
                )
            except re.error as exc:
                raise LexiconError(f"rule {rule.id}: bad pattern {source!r}: {exc}") from exc
            anchors = anchors_of(regex.pattern)
            if anchors is None:
                raise LexiconError(
                    f"rule {rule.id}: pattern {source!r} has no fixed piece of text (two letters "
                    "or more, or an emoji) that every match contains; rewrite it so one exists"
                )
            index = len(lex.patterns)
            lex.patterns.append(CompiledPattern(rule, source, fast, regex, anchors.texts))
            table = initial if anchors.initial else loose
            for anchor in anchors.texts:
                table.setdefault(anchor, set()).add(index)
    # A hit is the longest anchor at a position: it also stands for its shorter prefixes.
    for table in (initial, loose):
        for a in table:
            lex.by_anchor[a] = tuple(
                sorted(
                    set(lex.by_anchor.get(a, ()))
                    | {i for k in range(1, len(a) + 1) if a[:k] in table for i in table[a[:k]]}
                )
            )
    # Word-initial anchors: one consuming pass over word starts (fast: about 130,000 messages
    # a second). Two anchors at the same word start are prefixes of one another, and anchors
    # hold no spaces, so consuming the longest loses none.
    if initial:
        trie = trie_regex(initial)
        lex.gate = re.compile(rf"(?<!\w)({trie})")
        lex.gate_exact = re.compile(rf"(?<!\w)({trie})", FLAGS)
    # Anchors that may sit inside a word (emoji, "mg" after a number). When none can overlap
    # another, a consuming pass finds them all; otherwise a look-ahead at every position.
    if loose:
        trie = trie_regex(loose)
        overlap = any(
            b.startswith(a[k:]) or a[k:].startswith(b)
            for a in loose
            for b in loose
            for k in range(1, len(a))
        )
        body = f"(?=({trie}))" if overlap else f"({trie})"
        lex.loose_gate = re.compile(body)
        lex.loose_gate_exact = re.compile(body, FLAGS)
    return lex


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, compiled once per process."""
    names = sorted(
        p.name for p in resource("triage").iterdir() if p.name.endswith(".toml") and p.is_file()
    )
    return build_lexicon([(n, resource_text("triage", n)) for n in names])
