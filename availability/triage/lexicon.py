r"""The curated phrase lists: loaded once from ``resources/triage/*.toml`` and compiled.

The lists are data, reviewed by people, not code. Each file holds one language's rules (a
category, regular-expression patterns in a small friendly dialect, examples, notes), its false
friends (idioms that must stay quiet) and its negation words.

The pattern dialect, so a reviewer can write ``can't go on`` and mean it:
- a space matches any run of whitespace (and underscores): ``kill myself`` matches
  ``kill   myself`` and ``kill\nmyself``;
- an apostrophe is optional and may be straight or curly: ``can't`` matches ``cant`` and
  ``can’t``;
- an accented letter also matches its plain and other accented forms: ``pensé`` matches
  ``pense`` and ``pensè`` (people type fast, on phones, without accents);
- matching ignores case, and a pattern only matches whole words unless the rule says
  ``whole_word = false`` (emoji).

Speed: running hundreds of patterns over every message is slow (about 10,000 messages a second
for one big alternation). Instead each pattern's *anchor* (a literal piece any match must
contain, found from the parsed pattern) goes into one trie-shaped gate expression; only the
patterns whose anchors occur are run. A pattern with no usable anchor is refused at load time,
so a rule can never be silently skipped.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from availability.resources import resource, resource_text
from availability.triage.model import CATEGORIES, CONTEXT, STRONG

# The regex parser, used to find each pattern's anchors. It is private to ``re`` (the public
# ``sre_parse`` alias warns since 3.11) but stable across 3.11-3.13, and checked by the tests.
sre_parse: Any = importlib.import_module("re._parser")
sre_c: Any = importlib.import_module("re._constants")

LANGUAGES = ("en", "fr")
FALSE_FRIEND = "false_friend"
_FLAGS = re.IGNORECASE

_ACCENT_GROUPS = ("aàâäá", "cç", "eéèêë", "iîïí", "oôöó", "uùûüú", "yÿ")
_ACCENT_CLASS: dict[str, str] = {}
for _group in _ACCENT_GROUPS:
    for _ch in _group[1:]:
        _ACCENT_CLASS[_ch] = f"[{_group}]"
        _ACCENT_CLASS[_ch.upper()] = f"[{_group}]"
SPACE = r"(?:[\s_]+)"
APOSTROPHE = "['’‘ʼ`´]?"


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


# -- the pattern dialect --------------------------------------------------------------------


def expand(pattern: str) -> str:
    """Turn the friendly dialect into a Python regular expression (see the module docstring)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == " ":
            out.append(SPACE)
        elif ch in "'’":
            out.append(APOSTROPHE)
        elif ch in _ACCENT_CLASS:
            out.append(_ACCENT_CLASS[ch])
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def split_alternatives(pattern: str) -> list[str]:
    """Split ``a|b|c`` at its top level only (not inside groups or character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _lower_literals(pattern: str) -> str:
    r"""Lower-case a pattern's letters, leaving escapes (``\W``, ``\S``, ``\D``) alone."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


def compile_pattern(
    pattern: str, *, whole_word: bool = True, fast: bool = False
) -> re.Pattern[str]:
    """Compile the dialect; ``fast``: for lower-cased text, the leading boundary left out."""
    body = expand(pattern)
    if fast:
        return re.compile(rf"(?:{body})(?!\w)" if whole_word else body)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, _FLAGS)


# -- anchors: the literal text any match must contain --------------------------------------


@dataclass(frozen=True, slots=True)
class _Anchors:
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
    op, av = items[-1]
    if _is_space_item(op, av):
        return True
    if op is sre_c.SUBPATTERN:
        return _ends_in_space(av[-1])
    if op is sre_c.BRANCH:
        return all(_ends_in_space(b) for b in av[1])
    return False


def _anchor_candidates(sub: Any, at_start: bool) -> list[_Anchors]:
    """Anchor sets for the parsed sequence ``sub``; ``at_start``: a word starts here."""
    cands: list[_Anchors] = []
    run: list[str] = []
    run_initial = False

    def flush() -> None:
        nonlocal run_initial
        if run:
            cands.append(_Anchors(frozenset({"".join(run).lower()}), run_initial))
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
        flush()
        if op is sre_c.SUBPATTERN:
            cands.extend(_anchor_candidates(av[-1], at_start))
            at_start = _ends_in_space(av[-1])
        elif op is sre_c.BRANCH:
            per_branch = [_best(_anchor_candidates(b, at_start)) for b in av[1]]
            if all(p is not None for p in per_branch):
                chosen = [p for p in per_branch if p is not None]
                cands.append(
                    _Anchors(
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


def _score(anchors: _Anchors) -> tuple[bool, int, int]:
    return (anchors.initial, min(len(a) for a in anchors.texts), -len(anchors.texts))


def _usable(anchor: str) -> bool:
    return len(anchor) >= 2 or (len(anchor) == 1 and not anchor.isalnum() and not anchor.isspace())


def _best(cands: Sequence[_Anchors]) -> _Anchors | None:
    good = [c for c in cands if c.texts and all(_usable(a) for a in c.texts)]
    return max(good, key=_score) if good else None


def anchors_of(regex_source: str) -> _Anchors | None:
    """The best anchors of a compiled pattern's source, or None when it has none usable."""
    return _best(_anchor_candidates(sre_parse.parse(regex_source), False))


def _trie_regex(words: Iterable[str]) -> str:
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
    pseudo_list = _strings(neg.get("pseudo"), f"{name} negation")
    terms = _strings(neg.get("terminators"), f"{name} negation")
    negation = Negation(
        negators=negators,
        pseudo=compile_pattern("|".join(f"(?:{p})" for p in pseudo_list)) if pseudo_list else None,
        terminators=re.compile(
            r"[.!?;:,()\n]|" + "|".join(rf"(?<!\w){expand(t)}(?!\w)" for t in terms), _FLAGS
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
                    _lower_literals(source), whole_word=rule.whole_word, fast=True
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
        trie = _trie_regex(initial)
        lex.gate = re.compile(rf"(?<!\w)({trie})")
        lex.gate_exact = re.compile(rf"(?<!\w)({trie})", _FLAGS)
    # Anchors that may sit inside a word (emoji, "mg" after a number). When none can overlap
    # another, a consuming pass finds them all; otherwise a look-ahead at every position.
    if loose:
        trie = _trie_regex(loose)
        overlap = any(
            b.startswith(a[k:]) or a[k:].startswith(b)
            for a in loose
            for b in loose
            for k in range(1, len(a))
        )
        body = f"(?=({trie}))" if overlap else f"({trie})"
        lex.loose_gate = re.compile(body)
        lex.loose_gate_exact = re.compile(body, _FLAGS)
    return lex


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, compiled once per process."""
    names = sorted(
        p.name for p in resource("triage").iterdir() if p.name.endswith(".toml") and p.is_file()
    )
    return build_lexicon([(n, resource_text("triage", n)) for n in names])
