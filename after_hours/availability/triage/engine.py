"""The detector: normalising, phrases and grammar rules found, scope, and the verdict.

Layers, each explainable (every match names its rule and its words):
1. normalising (``normalise``): NFKC, case folding, stretched letters;
2. the rules (``lexicon``): phrase patterns and slot grammars from the data files, run through
   one anchor gate;
3. scope: false friends silence overlapping matches ("dying to tell you"), negation marks a
   match negated, and a past-and-resolved marker lowers the level;
4. the rules' verdict, in order (see docs/triage.md for why):
   - a *strong* match that is not negated makes the message a ``crisis``, unless the message
     tells the past as past and over ("years ago ... doing well now") with no sign it is back;
   - *context* matches (a means such as "rope", a time such as "tonight") in two or more
     different categories make it a crisis; one alone is ``possible``;
   - a negated match is reported (``negated: true``) and ``possible``, never a crisis alone.
When in doubt the rules lean towards flagging: negation must be close and unambiguous.
5. the learned scorer (``scorer``): a bag-of-words model over the words and what the rules
   found. Where the rules saw no crisis, a high score opens the panel (unless the rules held
   the message back as negated or past and over) and a middling one makes it ``possible``;
   its matches carry the rule ``scorer`` and the words that drove the score. It never lowers
   a rules crisis.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from after_hours.availability.triage.lexicon import (
    FALSE_FRIEND,
    SCOPE_HELPER,
    SCOPE_RELAPSE,
    SCOPE_RESOLVED,
    SCOPE_SAFE,
    CompiledPattern,
    Lexicon,
    default_lexicon,
)
from after_hours.availability.triage.model import (
    CONTEXT,
    CRISIS,
    NONE,
    POSSIBLE,
    STRONG,
    Match,
    TriageResult,
    sort_categories,
)
from after_hours.availability.triage.negation import is_negated, negator_in_normalised
from after_hours.availability.triage.normalise import normalise, source_span

if TYPE_CHECKING:
    from after_hours.availability.triage.scorer import Scorer

_NONE = TriageResult(crisis=False, categories=(), matches=(), level=NONE)
_SCOPES = (SCOPE_RESOLVED, SCOPE_RELAPSE, SCOPE_SAFE, SCOPE_HELPER)
# The categories each frame lowers to ``possible``. A safety statement elsewhere in the post
# lowers the passive wishes and hopelessness ("I'm not in danger, just so tired of
# everything"), not "I just think about killing myself"; a professional, parent or moderator
# asking how to help talks about thoughts and self-harm as a topic, so those are lowered too.
# A plan, a means, a time, an act in progress, a farewell, an overdose, danger from or to
# others and third-party danger are never lowered.
LOWERED_BY = {
    SCOPE_SAFE: frozenset({"passive_ideation"}),
    SCOPE_HELPER: frozenset({"passive_ideation", "active_ideation", "self_harm"}),
}
# How far (in characters of the normalised text) a relapse word may be from a crisis phrase
# and still be about it. In a short message everything is near; in a long post "tonight" or
# "again" five sentences away is about something else ("we bought it again in blue"). 160 cut
# a farewell told over a long post ("ready to see him again"), so it is 240.
_RELAPSE_REACH = 240


def triage(
    text: str,
    lexicon: Lexicon | None = None,
    *,
    exhaustive: bool = False,
    scorer: Scorer | bool | None = True,
) -> TriageResult:
    """Look for crisis language in ``text``; never raises on any string.

    ``exhaustive`` skips the anchor gate and runs every pattern: slower, and the reference the
    tests compare the gated path against. ``scorer``: ``True`` for the shipped learned scorer,
    ``False`` or ``None`` for the rules alone (the evaluation compares both), or a
    :class:`Scorer`.
    """
    if not text:
        return _NONE
    lex = lexicon or default_lexicon()
    norm, index = normalise(text)
    result, held_back, silenced = _rules(text, norm, index, lex, exhaustive)
    if scorer is False or scorer is None:
        return result
    model = _scoring()[0]() if scorer is True else scorer
    return _with_score(text, norm, index, result, model, held_back=held_back, silenced=silenced)


def let_go() -> bool:
    """Drop the shipped phrase lists, the learned scorer and the regex cache; True if any held.

    After its first message an app holds them all day: about 12 MiB (the lists 6-7, the
    scorer's weights 5-6, the patterns compiled in ``re``'s cache 2). The app lets them go
    after a quiet while (docs/triage.md, "Loading"); the next message loads them again in
    about 0.4 s (the lists from the derived tables' cache, the scorer from its file). A
    message being triaged meanwhile keeps its own references and finishes unchanged.
    """
    held = default_lexicon.release()
    scorer = sys.modules.get(f"{__package__}.scorer")
    if scorer is not None and scorer.default_scorer.cache_info().currsize:
        scorer.default_scorer.cache_clear()
        held = True
    if held:
        re.purge()
    return held


@cache
def _scoring() -> tuple[Callable[[], Scorer], Callable[[str, Iterable[str]], list[str]], str]:
    """``default_scorer``, ``rule_features`` and ``RULE_ID`` of the scorer's module.

    Imported on first use, not at the top: the module costs a few milliseconds, and a command
    that imports the detector without triaging should not pay them. Cached: an import
    statement in the per-message path cost about a microsecond a message.
    """
    from after_hours.availability.triage.scorer import RULE_ID, default_scorer, rule_features

    return default_scorer, rule_features, RULE_ID


_Spans = tuple[tuple[int, int], ...]
_NOTHING_SILENCED: tuple[_Spans, _Spans] = ((), ())


def _rules(
    text: str, norm: str, index: list[int] | None, lex: Lexicon, exhaustive: bool
) -> tuple[TriageResult, bool, tuple[_Spans, _Spans]]:
    """The rules' verdict, whether it was held back on purpose, and the words they silenced.

    A held-back verdict (negated, past and over) is one the scorer may not raise to a crisis:
    the rules understood the sentence better than a bag of words can ("I'm not going to kill
    myself"). The silenced words, in ``norm``'s positions: the idioms that covered no crisis
    phrase ("bored to death") and the negated phrases, which the rules have already read
    (``_with_score`` says what the scorer may do with them).
    """
    if exhaustive:
        patterns = list(lex.patterns)
    else:
        hits = lex.hits(norm)
        if not hits:
            return _NONE, False, _NOTHING_SILENCED
        patterns = _gated(lex, hits, norm)
    found = _find(norm, patterns)
    if not found:
        return _NONE, False, _NOTHING_SILENCED
    idioms = _bare_idioms(found)
    friends = len(found)
    found = _drop_false_friends(found)
    friends -= len(found)
    scopes = {p.rule.category for _, _, p in found if p.rule.category in _SCOPES}
    relapse_at: list[tuple[int, int]] = []
    if scopes:
        relapse_at = [(s, e) for s, e, p in found if p.rule.category == SCOPE_RELAPSE]
        found = [f for f in found if f[2].rule.category not in _SCOPES]
    found = _drop_contained(found)
    if not found:
        # Only idioms or scope words were found: a false friend ("dying to see you") is a
        # reason not to let the scorer flag the words it silenced, and so is the past told as
        # past. A relapse word alone ("je rigole pas", "again") holds nothing back.
        return _NONE, bool(friends) or SCOPE_RESOLVED in scopes, (idioms, ())
    matches = []
    negated_at: dict[int, bool] = {}
    for s, e, p in found:
        if s not in negated_at:
            negated_at[s] = _negated(norm, s, lex)
        a, b = source_span(index, s, e)
        matches.append(
            Match(
                phrase=text[a:b],
                category=p.rule.category,
                start=a,
                end=b,
                negated=p.rule.negated or negated_at[s],
                strength=p.rule.strength,
                rule=p.rule.id,
                language=p.rule.language,
            )
        )
    relapse = bool(relapse_at) and _near(relapse_at, found)
    resolved = SCOPE_RESOLVED in scopes and not relapse
    lowered: frozenset[str] = frozenset()
    if not relapse:
        for scope in scopes & LOWERED_BY.keys():
            lowered |= LOWERED_BY[scope]
    result = verdict(tuple(matches), resolved=resolved, lowered=lowered)
    held_back = resolved or any(m.negated for m in matches)
    if lowered and not result.crisis and result.matches:
        held_back = held_back or verdict(result.matches).crisis
    negated = tuple((s, e) for (s, e, _), m in zip(found, matches, strict=True) if m.negated)
    return result, held_back, (idioms, negated)


def _near(markers: list[tuple[int, int]], found: list[tuple[int, int, CompiledPattern]]) -> bool:
    """Whether a relapse marker is within ``_RELAPSE_REACH`` of a crisis phrase found.

    A relapse word is about the crisis phrase it is told with ("I cut in 2019 and I did it
    again tonight"), not about a sentence far away in a long post ("some of you are at that
    kitchen table tonight" after a story from 2016).
    """
    for ms, me in markers:
        for s, e, _ in found:
            if ms - _RELAPSE_REACH <= e and s <= me + _RELAPSE_REACH:
                return True
    return False


def _with_score(
    text: str,
    norm: str,
    index: list[int] | None,
    result: TriageResult,
    model: Scorer,
    *,
    held_back: bool,
    silenced: tuple[_Spans, _Spans] = _NOTHING_SILENCED,
) -> TriageResult:
    """The learned scorer's layer, over the words and what the rules found.

    It only adds: a rules crisis is left as it is. I tried letting a very low score lower a
    rules crisis to ``possible`` (it cut false alarms on look-alikes) and took it out: a bag of
    words scored "I'm not okay, I want to die" low because of "not okay", and no false alarm
    saved is worth that. Where the rules did not make a crisis, a score above
    ``crisis_threshold`` opens the panel (unless the rules held the message back as negated or
    past and over), and one above ``possible_threshold`` makes it ``possible``. The words that
    drove the score are added as matches with the rule ``scorer`` and the category the scorer
    guessed.

    What the rules silenced (``silenced``) is not the scorer's to flag again. A negated phrase
    never is: "I'm not going to kill myself" keeps the rules' one negated phrase, not the same
    words again as the scorer's finding. An idiom that covered no crisis phrase is not while
    the score is in the ``possible`` band: "I'm bored to death" stays quiet. An idiom that
    overruled a crisis phrase ("Il a dit qu'il va me tuer si je pars", read as hyperbole) is a
    judgement the rules may get wrong, and the corpus shows them doing so; there, and above the
    crisis threshold, the scorer's words stand. If nothing else drove the score, the rules'
    verdict stands.
    """
    if result.crisis:
        return result
    _default, rule_features, rule_id = _scoring()
    found = rule_features(result.level, result.categories)
    value = model.value(norm, found)
    if value < model.possible_threshold:
        return result
    idioms, negated = silenced
    if (
        value < model.crisis_threshold
        and (idioms or negated)
        and all(m.negated for m in result.matches)
    ):
        return result
    score = model.score(norm, found, value)
    spans = negated if value >= model.crisis_threshold else idioms + negated
    words = [(s, e) for s, e in score.words if not any(s < b and a < e for a, b in spans)]
    if not words:
        return result
    crisis = value >= model.crisis_threshold and not held_back
    extra = []
    for s, e in words:
        a, b = source_span(index, s, e)
        extra.append(
            Match(
                phrase=text[a:b],
                category=score.category,
                start=a,
                end=b,
                strength=STRONG if crisis else CONTEXT,
                rule=rule_id,
            )
        )
    matches = result.matches + tuple(extra)
    return TriageResult(
        crisis=crisis,
        categories=sort_categories({m.category for m in matches}),
        matches=matches,
        level=CRISIS if crisis else POSSIBLE,
        score=round(value, 3),
    )


def verdict(
    matches: tuple[Match, ...],
    *,
    resolved: bool = False,
    lowered: frozenset[str] = frozenset(),
) -> TriageResult:
    """The crisis decision over a set of matches (kept separate so it can be tested alone).

    ``resolved``: the message tells its crisis language as past and over; it is then
    ``possible`` at most (shown calmly, with the phrases), never the crisis panel.
    ``lowered``: categories whose matches are ``possible`` at most, because the message says
    elsewhere that the writer is safe or asks how to help another (``LOWERED_BY``); matches
    of other categories decide as usual.
    """
    # One plain loop: this runs for every message with a match.
    strong = False
    context_categories: set[str] = set()
    names: set[str] = set()
    for m in matches:
        names.add(m.category)
        if not m.negated and m.category not in lowered:
            if m.strength == STRONG:
                strong = True
            elif m.strength == CONTEXT:
                context_categories.add(m.category)
    crisis = (strong or len(context_categories) >= 2) and not resolved
    level = CRISIS if crisis else (POSSIBLE if matches else NONE)
    return TriageResult(
        crisis=crisis,
        categories=sort_categories(names),
        matches=matches,
        level=level,
    )


def _gated(lex: Lexicon, hits: set[str], low: str) -> list[CompiledPattern]:
    """``_possible(lex.patterns_for_hits(hits), low)`` in one pass, the union made in C."""
    by_anchor = lex.by_anchor
    groups = list(map(by_anchor.get, hits))
    if None in groups:
        return _possible(lex.patterns_for_hits(hits), low)
    chosen: set[int] = set().union(*groups)  # type: ignore[arg-type]
    patterns = lex.patterns
    return _possible([patterns[i] for i in chosen], low)


def _possible(patterns: list[CompiledPattern], low: str) -> list[CompiledPattern]:
    """The patterns whose required strings all occur in ``low`` (see ``possible_in``).

    Plain loops, not ``all``/``any`` generators: this runs for every gated pattern of every
    message, and most fail here for the price of a substring check instead of a regex search.
    """
    out: list[CompiledPattern] = []
    for p in patterns:
        for req in p.requires:
            for a in req:
                if a in low:
                    break
            else:
                break
        else:
            out.append(p)
    return out


def _find(low: str, patterns: list[CompiledPattern]) -> list[tuple[int, int, CompiledPattern]]:
    """Run the fast forms on lower-cased text, checking the leading word boundary here."""
    out: list[tuple[int, int, CompiledPattern]] = []
    for p in patterns:
        whole_word = p.rule.whole_word
        search = (p.compiled or p.fast).search
        pos = 0
        while (m := search(low, pos)) is not None:
            s, e = m.span()
            if whole_word and s > 0 and (low[s - 1].isalnum() or low[s - 1] == "_"):
                pos = s + 1  # started inside a word; a valid match may start just after
                continue
            if e > s:
                out.append((s, e, p))
            pos = e if e > s else s + 1
    return out


def _bare_idioms(found: list[tuple[int, int, CompiledPattern]]) -> tuple[tuple[int, int], ...]:
    """The idioms found that overlap no crisis phrase.

    "Bored to death" is one; "he said he'd kill me if I leave" is not, because there an idiom
    rule overruled the crisis phrase "kill me".
    """
    phrases = [
        (s, e)
        for s, e, p in found
        if p.rule.category != FALSE_FRIEND and p.rule.category not in _SCOPES
    ]
    return tuple(
        (s, e)
        for s, e, p in found
        if p.rule.category == FALSE_FRIEND and not any(s < b and a < e for a, b in phrases)
    )


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
    if len(found) < 2:
        return found
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


def _negated(text: str, start: int, lex: Lexicon) -> bool:
    # Every language's negators are checked: a phrase such as "suicid..." is shared, and a
    # message may mix languages ("je suis pas suicidal").
    # ``text`` is the normalised message: the merged first question is exact for it.
    if not negator_in_normalised(text, start, lex.negator_words()):
        return False
    return any(is_negated(text, start, r) for r in lex.negation.values())
