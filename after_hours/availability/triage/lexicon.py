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
import threading
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from after_hours.availability.triage import derived as derived_cache
from after_hours.availability.triage.anchors import (
    Anchors,
    anchors_of,
    best_anchors,
    required_texts,
    trie_regex,
)
from after_hours.availability.triage.derived import shipped_files
from after_hours.availability.triage.dialect import (
    FLAGS,
    compile_pattern,
    expand,
    lower_literals,
    split_alternatives,
)
from after_hours.availability.triage.model import CATEGORIES, CONTEXT, STRONG
from after_hours.availability.triage.normalise import strip_accents

LANGUAGES = ("en", "fr")
FALSE_FRIEND = "false_friend"
# Scope markers: found like phrases, never reported. "resolved" (the past told as past and over:
# "I self-harmed years ago and I'm doing well now") lowers a crisis to ``possible``; "relapse"
# ("it's back", "again") cancels that.
SCOPE_RESOLVED = "scope:resolved"
SCOPE_RELAPSE = "scope:relapse"
# An explicit statement that the writer is safe ("I'm not suicidal", « je vais rien faire de
# niaiseux »), and the frame of a professional, parent or moderator asking how to help
# someone else ("Housing case manager here."): see engine.LOWERED_BY.
SCOPE_SAFE = "scope:safe"
SCOPE_HELPER = "scope:helper"
SCOPES = {
    "resolved": SCOPE_RESOLVED,
    "relapse": SCOPE_RELAPSE,
    "safe": SCOPE_SAFE,
    "helper": SCOPE_HELPER,
}
# A word of any kind between two slots, except a negator: "I'm not going to hurt him" and
# « je vais pas le frapper » must not match the rule through their "not" / « pas », where the
# look-back for a negation (which starts at the match) cannot see it.
_NEGATOR_WORDS = (
    "not|never|no|pas|jamais|ne|rien|aucun|aucune|cannot|n['’][^\\W\\d_]*|"
    "(?:do|does|did|wo|ca|is|was|are|were|has|have|had|would|could|should|ai)n['’]?t"
)
_WORD_GAP = rf"(?!(?:{_NEGATOR_WORDS})(?![\w'’-]))[^\W\d_][\w'’-]*"


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
    # Grammar rules: per pattern, the required items (slot bodies) an anchor may come from.
    heads: tuple[tuple[str, ...], ...] = ()


class CompiledPattern:
    """One pattern, compiled on first use.

    ``fast`` runs on the normalised (case-folded) message without ``IGNORECASE`` and without the
    leading word-boundary look-behind (which would stop the regex engine's own quick scan); the
    engine checks the boundary itself. It is compiled the first time the gate picks the pattern:
    compiling every pattern up front took seconds, and most never run in a session.
    """

    __slots__ = ("anchors", "compiled", "requires", "rule", "source")

    def __init__(
        self,
        rule: Rule,
        source: str,
        anchors: frozenset[str],
        requires: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self.rule = rule
        self.source = source
        self.anchors = anchors
        # Strings a match must hold, one of each tuple: a substring check skips the regex
        # when one is missing (most gated patterns fail: "want" alone wakes sixteen of them).
        self.requires = requires
        # ``fast`` once compiled (the engine reads it first: a property call costs more).
        self.compiled: re.Pattern[str] | None = None

    def possible_in(self, text: str) -> bool:
        """False when ``text`` lacks one of the strings every match holds (cheap; sound)."""
        return all(any(a in text for a in req) for req in self.requires)

    @property
    def fast(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = compile_pattern(
                plain_source(self.source), whole_word=self.rule.whole_word, fast=True
            )
        return self.compiled

    @property
    def exact(self) -> re.Pattern[str]:
        """The plain form (case-insensitive, both word boundaries): for checks and tests."""
        return compile_pattern(self.source, whole_word=self.rule.whole_word)


@dataclass(frozen=True, slots=True)
class Negation:
    """Negation words for one language (NegEx style: negators, pseudo-negations, terminators)."""

    negators: frozenset[str]
    pseudo: re.Pattern[str] | None
    terminators: re.Pattern[str]
    window: int = 5
    suffixes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    # Negations that reach over a clause word ("it's not that I want...", « jamais je... »):
    # each match is replaced by its negator word before the clause breaks are cut.
    reaching: re.Pattern[str] | None = None


class NegatorWords:
    """Every language's negator words and affixes together: the engine's first, cheap question.

    A word is a negator in some language exactly when it is in ``words``, ends with one of
    ``suffixes`` or starts with one of ``prefixes`` (the union of each language's own tests).
    A plain class, not a dataclass: building a dataclass costs about a millisecond at import,
    and importing the detector has a 20 ms budget.
    """

    __slots__ = ("prefixes", "suffixes", "words")

    def __init__(
        self, words: frozenset[str], suffixes: tuple[str, ...], prefixes: tuple[str, ...]
    ) -> None:
        self.words = words
        self.suffixes = suffixes
        self.prefixes = prefixes

    @classmethod
    def of(cls, rules: Iterable[Negation]) -> NegatorWords:
        rules = tuple(rules)
        return cls(
            words=frozenset().union(*(r.negators for r in rules)),
            suffixes=tuple(dict.fromkeys(s for r in rules for s in r.suffixes)),
            prefixes=tuple(dict.fromkeys(p for r in rules for p in r.prefixes)),
        )


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
    # anchor text (lower case) -> indices into ``patterns`` of every pattern it can start
    by_anchor: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _negator_words: NegatorWords | None = field(default=None, repr=False, compare=False)

    def negator_words(self) -> NegatorWords:
        """All languages' negators merged (made on first use; ``negation`` is set by then)."""
        if self._negator_words is None:
            self._negator_words = NegatorWords.of(self.negation.values())
        return self._negator_words

    def hits(self, text: str) -> set[str]:
        """The anchors present in ``text`` (normalised: see ``normalise``)."""
        gate, loose = self.gate, self.loose_gate
        # ``findall`` returns the one group's text: no match objects built in Python.
        found = set(gate.findall(text))
        if loose is not None:
            found.update(loose.findall(text))
        return found

    def patterns_for_hits(self, hits: Iterable[str]) -> list[CompiledPattern]:
        """The patterns to run given the gate's hits; an unknown hit runs everything (safe)."""
        chosen: set[int] = set()
        by_anchor = self.by_anchor
        for hit in hits:
            found = by_anchor.get(hit)
            if found is None:
                found = by_anchor.get(hit.lower())
                if found is None:
                    return list(self.patterns)
            chosen.update(found)
        patterns = self.patterns
        return [patterns[i] for i in chosen]


# -- loading --------------------------------------------------------------------------------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return tuple(value)


def _slot_item(item: str, slots: dict[str, str], where: str) -> tuple[str, bool]:
    """One item of a grammar sequence: a slot name (``name`` or ``name?``) or ``=literal``."""
    if item.startswith("="):
        return f"(?:{item[1:]})", False
    optional = item.endswith("?")
    key = item[:-1] if optional else item
    if key not in slots:
        raise LexiconError(f"{where}: unknown slot {key!r}")
    return slots[key], optional


def expand_grammar(
    sequence: Sequence[str], slots: dict[str, str], filler: str, gap: int, any_gap: int, where: str
) -> tuple[str, tuple[str, ...]]:
    """A slot sequence as one dialect pattern.

    Between two items stand up to ``gap`` filler words ("really", "fucking", "juste") and up to
    ``any_gap`` words of any kind, so one rule covers "want to (really / fucking / just) die".
    Filler words never cross punctuation. The first item must be required: it is the anchor.
    """
    if not sequence:
        raise LexiconError(f"{where}: empty sequence")
    first, optional = _slot_item(sequence[0], slots, where)
    if optional:
        raise LexiconError(f"{where}: the first item of a sequence cannot be optional")
    between = ""
    if gap and filler:
        between += f"(?:{filler} ){{0,{gap}}}"
    if any_gap:
        between += f"(?:{_WORD_GAP} ){{0,{any_gap}}}"
    out = first
    heads = [first]
    for item in sequence[1:]:
        body, optional = _slot_item(item, slots, where)
        if not optional:
            heads.append(body)
        # Whitespace, a comma then whitespace ("this weekend, I've decided"), or nothing after
        # an elided word ("d'insuline", "qu'il"). A full stop ends the reach of a rule.
        piece = rf"(?:(?<=['’])[\s_]*|,?[\s_]+){between}{body}"
        out += f"(?:{piece})?" if optional else piece
    return out, tuple(heads)


def _grammar_rules(doc: dict[str, Any], language: str, name: str) -> list[Rule]:
    raw_slots = doc.get("slots", {})
    if not isinstance(raw_slots, dict):
        raise LexiconError(f"{name}: [slots] must be a table")
    slots = {
        k: "(?:" + "|".join(_strings(v, f"{name} slot {k}")) + ")" for k, v in raw_slots.items()
    }
    filler = slots.get("filler", "")
    rules: list[Rule] = []
    for i, raw in enumerate(doc.get("grammar", [])):
        where = f"{name} grammar #{i + 1} ({raw.get('id', 'no id')})"
        unknown = set(raw) - {
            "id", "category", "strength", "sequence", "sequences", "gap", "any_gap",
            "examples", "notes", "negated",
        }  # fmt: skip
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        rid, category = raw.get("id"), raw.get("category")
        if not isinstance(rid, str) or not rid:
            raise LexiconError(f"{where}: every rule needs an id")
        if category not in CATEGORIES:
            raise LexiconError(f"{where}: unknown category {category!r}")
        strength = raw.get("strength", STRONG)
        if strength not in (STRONG, CONTEXT):
            raise LexiconError(f"{where}: strength is 'strong' or 'context'")
        sequences = list(raw.get("sequences", []))
        if "sequence" in raw:
            sequences.insert(0, raw["sequence"])
        if not sequences:
            raise LexiconError(f"{where}: no sequence")
        gap, any_gap = int(raw.get("gap", 2)), int(raw.get("any_gap", 0))
        expanded = [
            expand_grammar(_strings(seq, where), slots, filler, gap, any_gap, where)
            for seq in sequences
        ]
        patterns = tuple(p for p, _ in expanded)
        rules.append(
            Rule(
                id=rid,
                language=language,
                category=category,
                patterns=patterns,
                strength=strength,
                examples=_strings(raw.get("examples"), where),
                notes=str(raw.get("notes", "")),
                negated=bool(raw.get("negated", False)),
                heads=tuple(h for _, h in expanded),
            )
        )
    return rules


def _scope_rules(doc: dict[str, Any], language: str, name: str) -> list[Rule]:
    out: list[Rule] = []
    for i, raw in enumerate(doc.get("scope", [])):
        where = f"{name} scope #{i + 1}"
        kind = raw.get("kind")
        if kind not in SCOPES:
            raise LexiconError(f"{where}: kind is one of {sorted(SCOPES)}")
        pats = _strings(raw.get("patterns"), where)
        if not pats:
            raise LexiconError(f"{where}: no patterns")
        out.append(
            Rule(
                id=str(raw.get("id", f"{language}.scope{i + 1}")),
                language=language,
                category=SCOPES[kind],
                patterns=pats,
                examples=_strings(raw.get("examples"), where),
                notes=str(raw.get("notes", "")),
            )
        )
    return out


def parse_lexicon_file(text: str, name: str) -> tuple[list[Rule], list[Rule], Negation | None]:
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
    rules.extend(_grammar_rules(doc, language, name))
    if len({r.id for r in rules}) != len(rules):
        raise LexiconError(f"{name}: duplicate rule id")
    friends: list[Rule] = _scope_rules(doc, language, name)
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
    if "negation" not in doc:
        return rules, friends, None
    neg = doc["negation"]
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
        reaching=_reaching(_strings(neg.get("reaching"), f"{name} negation"), negators, name),
    )
    return rules, friends, negation


def _reaching(
    patterns: tuple[str, ...], negators: frozenset[str], name: str
) -> re.Pattern[str] | None:
    """Compile the negations that reach over a clause word; each must hold a negator word."""
    for p in patterns:
        if not any(w in negators for w in re.findall(r"[^\W_]+", p.lower())):
            raise LexiconError(f"{name} negation: reaching {p!r} holds no negator word")
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)))


def plain_source(source: str) -> str:
    """A pattern as the fast path runs it: lower case and without accents, like the text."""
    return strip_accents(lower_literals(source))


def _anchors_for(rule: Rule, source: str, heads: tuple[str, ...] = ()) -> Anchors | None:
    """The pattern's anchors.

    A grammar pattern's come from the most distinctive of its required items, each parsed
    alone (``heads``): parsing the whole expanded sequence is slow, and a common first word
    ("my", "il") would wake the pattern on most messages.
    """
    lead = r"(?<!\w)" if rule.whole_word else ""
    if heads:
        found = best_anchors([_item_anchors(lead, h) for h in heads])
        if found is not None:
            return found
    return anchors_of(f"{lead}(?:{expand(plain_source(source))})")


def _requires_for(
    rule: Rule, source: str, heads: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], ...]:
    """Small sets of strings a match must hold, one of each: see ``CompiledPattern.requires``.

    A grammar pattern's come from its required items (each parsed alone, as for anchors); a
    phrase pattern's from its parsed sequence. Sets of more than ``_MOST_REQUIRED`` strings are
    left out: checking them would cost as much as running the pattern. It was 8; at 16 the
    "I'm going to ... jump/hang/..." grammars gained a required set and a failing search costs
    more than the longer check (instructions a message on the evaluation set, valgrind:
    348,854 at 8, 341,840 at 16, 335,793 with the smallest sets checked first).
    """
    lead = r"(?<!\w)" if rule.whole_word else ""
    out: list[tuple[str, ...]] = []
    if heads:
        for h in heads:
            found = _item_anchors(lead, h)
            if found is not None and len(found.texts) <= _MOST_REQUIRED:
                texts = tuple(sorted(found.texts))
                if all(a.casefold() == a for a in texts):
                    out.append(texts)
    else:
        out = required_texts(f"{lead}(?:{expand(plain_source(source))})", _MOST_REQUIRED)
    # Smallest sets first: they cost the fewest substring checks, and any set can fail.
    return tuple(sorted(dict.fromkeys(out), key=len))


_MOST_REQUIRED = 16


@cache
def _item_anchors(lead: str, body: str) -> Anchors | None:
    """One item's anchors, each of its alternatives parsed alone.

    The regex parser would factor out a shared first letter ("s(?:uicid|ewer slide)") and
    hide the word starts.
    """
    inner = body[3:-1] if body.startswith("(?:") and body.endswith(")") else body
    alts = split_alternatives(inner)
    if len(alts) == 1:
        return anchors_of(f"{lead}(?:{expand(plain_source(body))})")
    parts = [anchors_of(f"{lead}(?:{expand(plain_source(a))})") for a in alts]
    if any(p is None for p in parts):
        return anchors_of(f"{lead}(?:{expand(plain_source(body))})")
    chosen = [p for p in parts if p is not None]
    return Anchors(frozenset().union(*(p.texts for p in chosen)), all(p.initial for p in chosen))


def _derive(
    rule: Rule, source: str, heads: tuple[str, ...], derived: derived_cache.DerivedTables | None
) -> derived_cache.Entry:
    """A pattern's anchors (sorted), whether they start words, and its required string sets.

    Read from ``derived`` when it holds them for exactly these inputs; derived (the slow part
    of a build: the regex parser) and added to it otherwise.
    """
    key = (rule.whole_word, source, heads)
    if derived is not None:
        entry = derived.get(key)
        if entry is not None:
            return entry
    try:
        anchors = _anchors_for(rule, source, heads)
    except re.error as exc:
        raise LexiconError(f"rule {rule.id}: bad pattern {source!r}: {exc}") from exc
    if anchors is None:
        raise LexiconError(
            f"rule {rule.id}: pattern {source!r} has no fixed piece of text (two letters "
            "or more, or an emoji) that every match contains; rewrite it so one exists"
        )
    entry = (tuple(sorted(anchors.texts)), anchors.initial, _requires_for(rule, source, heads))
    if derived is not None:
        derived.put(key, entry)
    return entry


def build_lexicon(
    files: Sequence[tuple[str, str]], derived: derived_cache.DerivedTables | None = None
) -> Lexicon:
    """Compile rules from ``(name, toml text)`` pairs into a ready :class:`Lexicon`.

    ``derived`` holds the anchors and required strings of earlier builds (``derived``'s
    cache); what it lacks is derived and added to it.
    """
    lex = Lexicon()
    for name, text in files:
        rules, friends, negation = parse_lexicon_file(text, name)
        lex.rules.extend(rules)
        lex.false_friends.extend(friends)
        if negation is not None:
            lex.negation[rules[0].language if rules else name] = negation
    initial: dict[str, set[int]] = {}
    loose: dict[str, set[int]] = {}
    # False friends go through the same gate: one pass finds crisis phrases and idioms alike.
    for rule in [*lex.rules, *lex.false_friends]:
        # Each top-level alternative is its own pattern, with its own anchor: the regex
        # parser factors out common prefixes ("od|overdose" -> "o" + ...), hiding anchors.
        if rule.heads:
            sources = [(p, h) for p, h in zip(rule.patterns, rule.heads, strict=True)]
        else:
            sources = [(alt, ()) for p in rule.patterns for alt in split_alternatives(p)]
        for source, heads in sources:
            own, is_initial, all_requires = _derive(rule, source, heads, derived)
            index = len(lex.patterns)
            # The gate's own anchor is known present when the pattern is picked.
            requires = tuple(r for r in all_requires if r != own)
            lex.patterns.append(CompiledPattern(rule, source, frozenset(own), requires))
            table = initial if is_initial else loose
            for anchor in own:
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
    # The items' anchors are only needed while compiling: the app keeps the lexicon all day,
    # and the cache held about a third of a megabyte of small frozensets.
    _item_anchors.cache_clear()
    return lex


class DefaultLexicon:
    """The shipped lists, built once on first need and held until :meth:`release`.

    One build at a time: the quick-log dialog starts loading them on a worker thread while the
    clinician types, and a message saved meanwhile waits for that build instead of running a
    second one beside it. The derived tables come from the user's cache when it holds them
    (``derived``), which makes the build about ten times quicker; a build that had to derive
    anything writes the cache back (failing silently: triage never depends on it).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lexicon: Lexicon | None = None

    def __call__(self) -> Lexicon:
        lexicon = self._lexicon
        if lexicon is not None:
            return lexicon
        with self._lock:
            if self._lexicon is None:
                files = shipped_files()
                tables = derived_cache.load()
                self._lexicon = build_lexicon(files, tables)
                if tables.stale:
                    derived_cache.save(tables, files)
            return self._lexicon

    @property
    def loaded(self) -> bool:
        """Whether the lists are held now (the idle app holds none: docs/triage.md)."""
        return self._lexicon is not None

    def release(self) -> bool:
        """Let the lists go (the next message loads them again); True when some were held."""
        with self._lock:
            held, self._lexicon = self._lexicon is not None, None
        return held

    def cache_clear(self) -> None:
        """The ``functools.cache`` spelling of :meth:`release`, for benches that time a build."""
        self.release()


default_lexicon = DefaultLexicon()
