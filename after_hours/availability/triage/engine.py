"""The detector: phrases found, negation, false friends, and the crisis verdict.

The verdict, in order (see docs/triage.md for why):
- a *strong* phrase that is not negated makes the message a crisis;
- *context* phrases (a method such as "rope", a time such as "tonight") in two or more
  different categories make it a crisis; one alone is only noted;
- a negated phrase is reported (``negated: true``) and noted, but by itself is not a crisis.
When in doubt the rules lean towards flagging: negation must be close and unambiguous.
"""

from __future__ import annotations

from after_hours.availability.triage.lexicon import (
    FALSE_FRIEND,
    CompiledPattern,
    Lexicon,
    default_lexicon,
)
from after_hours.availability.triage.model import (
    CONTEXT,
    STRONG,
    Match,
    TriageResult,
    sort_categories,
)
from after_hours.availability.triage.negation import is_negated

_NONE = TriageResult(crisis=False, categories=(), matches=(), level="none")


def triage(text: str, lexicon: Lexicon | None = None, *, exhaustive: bool = False) -> TriageResult:
    """Look for crisis language in ``text``; never raises on any string.

    ``exhaustive`` skips the anchor gate and runs every pattern: slower, and the reference the
    tests compare the gated path against.
    """
    lex = lexicon or default_lexicon()
    if not text:
        return _NONE
    low = text.lower()
    exact = len(low) != len(text)  # rare letters whose lower case is longer ("İ")
    if exhaustive:
        patterns = list(lex.patterns)
    else:
        hits = lex.hits(text, exact=True) if exact else lex.hits(low)
        if not hits:
            return _NONE
        patterns = lex.patterns_for_hits(hits)
    found = _find_exact(text, patterns) if exact else _find(low, patterns)
    if not found:
        return _NONE
    found = _drop_false_friends(found)
    found = _drop_contained(found)
    if not found:
        return _NONE
    matches = tuple(
        Match(
            phrase=text[s:e],
            category=p.rule.category,
            start=s,
            end=e,
            negated=_negated(text, s, p, lex),
            strength=p.rule.strength,
            rule=p.rule.id,
            language=p.rule.language,
        )
        for s, e, p in found
    )
    return verdict(matches)


def verdict(matches: tuple[Match, ...]) -> TriageResult:
    """The crisis decision over a set of matches (kept separate so it can be tested alone)."""
    live = [m for m in matches if not m.negated]
    strong = any(m.strength == STRONG for m in live)
    context_categories = {m.category for m in live if m.strength == CONTEXT}
    crisis = strong or len(context_categories) >= 2
    level = "crisis" if crisis else ("noted" if matches else "none")
    return TriageResult(
        crisis=crisis,
        categories=sort_categories({m.category for m in matches}),
        matches=matches,
        level=level,
    )


def _find(low: str, patterns: list[CompiledPattern]) -> list[tuple[int, int, CompiledPattern]]:
    """Run the fast forms on lower-cased text, checking the leading word boundary here."""
    out: list[tuple[int, int, CompiledPattern]] = []
    for p in patterns:
        whole_word = p.rule.whole_word
        pos = 0
        while (m := p.fast.search(low, pos)) is not None:
            s, e = m.span()
            if whole_word and s > 0 and (low[s - 1].isalnum() or low[s - 1] == "_"):
                pos = s + 1  # started inside a word; a valid match may start just after
                continue
            if e > s:
                out.append((s, e, p))
            pos = e if e > s else s + 1
    return out


def _find_exact(
    text: str, patterns: list[CompiledPattern]
) -> list[tuple[int, int, CompiledPattern]]:
    return [
        (m.start(), m.end(), p)
        for p in patterns
        for m in p.exact.finditer(text)
        if m.end() > m.start()
    ]


def _drop_false_friends(
    found: list[tuple[int, int, CompiledPattern]],
) -> list[tuple[int, int, CompiledPattern]]:
    """Drop idiom matches, and crisis matches that overlap one ("dying to tell you")."""
    spans = [(s, e) for s, e, p in found if p.rule.category == FALSE_FRIEND]
    if not spans:
        return found
    return [
        f
        for f in found
        if f[2].rule.category != FALSE_FRIEND and not any(f[0] < e and s < f[1] for s, e in spans)
    ]


def _drop_contained(
    found: list[tuple[int, int, CompiledPattern]],
) -> list[tuple[int, int, CompiledPattern]]:
    """One match per phrase.

    A match inside a longer one of the same category is dropped, and so is a context match
    inside a strong one ("pills" inside "took all my pills").
    """
    # Longest first at each start, so a match can only be inside one kept before it.
    found = sorted(found, key=lambda f: (f[0], -(f[1] - f[0]), f[2].rule.id))
    kept: list[tuple[int, int, CompiledPattern]] = []
    for s, e, p in found:
        redundant = any(
            ks <= s
            and e <= ke
            and (
                kp.rule.category == p.rule.category
                or (p.rule.strength == CONTEXT and kp.rule.strength == STRONG)
            )
            for ks, ke, kp in kept
        )
        if not redundant:
            kept.append((s, e, p))
    return kept


def _negated(text: str, start: int, p: CompiledPattern, lex: Lexicon) -> bool:
    # Every language's negators are checked: a phrase such as "suicid..." is shared, and a
    # message may mix languages ("je suis pas suicidal").
    return p.rule.negated or any(is_negated(text, start, r) for r in lex.negation.values())
