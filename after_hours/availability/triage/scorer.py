"""The learned scorer: a bag-of-words logistic model over the normalised message.

Why it exists: rules catch what someone wrote down; people in crisis often say it sideways
("the rope in the garage is still there", "how many of these would it take"). A small linear
model trained on thousands of varied messages can weigh words the rules never combine.

Why it is this simple:
- plain weights in a JSON file (``resources/triage/scorer.json``), read with the standard
  library: no scikit-learn or numpy at run time, nothing to compile, a reviewer can open it;
- the features are the words of the normalised text (accents off, stretched letters shortened,
  see ``normalise``), their first five letters (so "pendre", "pendu", "pendue" share a stem) and
  pairs of neighbouring words ("too many", "le pont"): a score is a sum the UI can explain, and
  :func:`Scorer.score` returns the words that pushed it up most;
- a second small table guesses the category from the same words, so a message the rules missed
  still opens the script that fits (a threat to the clinician gets safety steps, not a reply).

What it was trained on, how it was checked, and the figures with and without it are in
docs/triage.md and ``scripts/train_triage_scorer.py``. It never saw the blind set or the public
set. Like the rules, it surfaces words; it does not assess risk.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise, repeat
from typing import Any

from after_hours.availability.resources import resource_text

SCORER_FILE = "scorer.json"
RULE_ID = "scorer"

# Words: letters and digits (apostrophes split "j'veux" into "j" and "veux"); any other
# non-space symbol (an emoji, "?") is a token of its own.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
STEM = 5


def tokens(norm: str) -> list[tuple[str, int, int]]:
    """The tokens of normalised text with their spans (the UI highlights what drove a score)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]


# Up to this many words a message's word weights count in full; beyond, they are damped by
# sqrt(LONG / words). Without it a long, ordinary post piles up small weights into a high
# score (a bag of words has no idea of length); with it, a long post must say more to score.
LONG = 40


def length_scale(n_words: int) -> float:
    """What each word's weight is multiplied by in a message of ``n_words`` words."""
    return 1.0 if n_words <= LONG else math.sqrt(LONG / n_words)


def features(words: list[str]) -> list[str]:
    """Every feature of a token list: the word, its stem (``~`` + first letters) and each pair.

    The same function is used to train and to score, so the two cannot drift apart.
    """
    out: list[str] = []
    prev = ""
    for w in words:
        out.append(w)
        if len(w) > STEM:
            out.append("~" + w[:STEM])
        if prev:
            out.append(prev + " " + w)
        prev = w
    return out


def rule_features(level: str, categories: Iterable[str]) -> list[str]:
    """What the rules found, as features: the scorer learns how far to trust each of them.

    ``@possible`` and ``@means`` carry weight learned from thousands of messages; a rule that
    fires on a look-alike as often as on a crisis gets a small one.
    """
    if level == "none":
        return []
    return ["@" + level, *("@" + c for c in categories)]


@dataclass(frozen=True, slots=True)
class Score:
    """A message's score: the probability-like value, the guessed category, the driving words.

    ``words`` are spans (runs of words) in the normalised text, in reading order.
    """

    value: float
    category: str
    words: tuple[tuple[int, int], ...]


class ScorerError(ValueError):
    """The shipped weights file is unreadable: a packaging bug, said plainly."""


@dataclass(frozen=True)
class Scorer:
    """Weights, thresholds and the category table, as trained (see the training script).

    Held compactly, because the desktop app keeps it all day (about 5 MB instead of 10):
    ``weights`` is the file's one table as parsed (words, stems, rule features and pairs keyed
    ``"first second"``), with no second copy of the pairs keyed by tuples, and the category
    table is one flat ``array('d')``, a row of ``len(categories)`` per word or stem, instead of
    a small dict per word. Every value is the float the file holds, so scores are the same to
    the last bit as with the plain tables.
    """

    bias: float
    weights: dict[str, float]
    crisis_threshold: float
    possible_threshold: float
    category_bias: dict[str, float]
    # ``category_table[row * len(categories) + j]``: the weight of word/stem ``k`` (``row =
    # category_rows[k]``) for ``categories[j]``, the order of ``category_bias``.
    category_rows: dict[str, int] = field(default_factory=dict, repr=False)
    category_table: array[float] = field(default_factory=lambda: array("d"), repr=False)
    trained_on: str = ""

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories the table guesses between, in the file's order (ties go first)."""
        return tuple(self.category_bias)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scorer:
        """Build from the parsed weights file, checking its shape.

        The file keeps the trainer's plain shape (one ``weights`` table whose pair keys are
        ``"first second"``, a ``category_weights`` dict per word). ``weights`` is used as parsed
        (copying 33,000 weights would double the load time a first triage waits for); the
        category table is packed here, a few milliseconds.
        """
        try:
            weights = data["weights"]
            category_bias = data["category_bias"]
            category_weights = data["category_weights"]
            if not (
                isinstance(weights, dict)
                and isinstance(category_bias, dict)
                and isinstance(category_weights, dict)
                and _numbers(weights.values())
                and _numbers(category_bias.values())
                and all(isinstance(row, dict) for row in category_weights.values())
            ):
                raise TypeError("a table is not a table of numbers")
            bias_table = {str(k): float(v) for k, v in category_bias.items()}
            names = tuple(bias_table)
            if not set(names).issuperset(chain.from_iterable(category_weights.values())):
                raise ValueError("a category row names a category without a bias")
            rows: dict[str, int] = {}
            table = array("d")
            zero = repeat(0.0)
            for key, row in category_weights.items():
                rows[key] = len(rows)
                # A value that is not a number raises TypeError here.
                table.extend(map(row.get, names, zero))
            return cls(
                bias=float(data["bias"]),
                weights=weights,
                crisis_threshold=float(data["crisis_threshold"]),
                possible_threshold=float(data["possible_threshold"]),
                category_bias=bias_table,
                category_rows=rows,
                category_table=table,
                trained_on=str(data.get("trained_on", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ScorerError(f"the learned scorer's weights are damaged ({exc!r})") from None

    def value(self, norm: str, found: Iterable[str] = ()) -> float:
        """The score of normalised text alone (the fast path every message takes).

        ``found``: :func:`rule_features` of the rules' verdict on the same text.
        """
        # map() over dict.get keeps the loops in C: this runs for every message (>= 20,000/s).
        words = _TOKEN.findall(norm)
        get = self.weights.get
        base = self.bias
        for f in found:
            base += get(f, 0.0)
        zero = repeat(0.0)
        total = sum(map(get, words, zero))
        total += sum(map(get, ["~" + w[:STEM] for w in words if len(w) > STEM], zero))
        # " ".join over pairwise() builds each pair's key in C; a second table keyed by word
        # tuples was a little quicker alone but held 5 MB more all day.
        total += sum(map(get, map(" ".join, pairwise(words)), zero))
        return _sigmoid(base + length_scale(len(words)) * total)

    def score(self, norm: str, found: Iterable[str] = (), value: float | None = None) -> Score:
        """Score normalised text and explain it: the category and the runs of words behind it.

        Slower than :meth:`value`; the detector calls it only when the score changes the
        verdict, passing the ``value`` it already has. A pair's weight is shared by its two
        words, so each word's share is what it added.
        """
        toks = tokens(norm)
        get = self.weights.get
        per_token: list[float] = []
        prev = ""
        for word, _start, _end in toks:
            w = get(word, 0.0)
            if len(word) > STEM:
                w += get("~" + word[:STEM], 0.0)
            if prev:
                pair = get(prev + " " + word, 0.0)
                if pair:
                    w += pair / 2
                    per_token[-1] += pair / 2
            per_token.append(w)
            prev = word
        return Score(
            value=self.value(norm, found) if value is None else value,
            category=self.category([t[0] for t in toks]),
            words=_phrases(toks, per_token),
        )

    def category(self, words: list[str]) -> str:
        """The most likely category of a flagged message, from its words and their stems."""
        names = self.categories
        width = len(names)
        totals = list(self.category_bias.values())
        rows, table = self.category_rows, self.category_table
        for word in words:
            for key in (word, "~" + word[:STEM]) if len(word) > STEM else (word,):
                row = rows.get(key)
                if row is not None:
                    # A category a row does not name holds 0.0 here: x + 0.0 == x, so the
                    # totals are those of the sparse table.
                    base = row * width
                    for j in range(width):
                        totals[j] += table[base + j]
        best = max(range(width), key=totals.__getitem__)
        return names[best]


def _phrases(
    toks: list[tuple[str, int, int]], per_token: list[float], most: int = 2, longest: int = 4
) -> tuple[tuple[int, int], ...]:
    """The runs of up to ``longest`` words that added most to the score.

    A clinician reads "would be better off" more easily than three separate words, so the
    explanation is whole runs: the best run, then the best one not overlapping it.
    """
    runs: list[tuple[float, int, int]] = []
    for i in range(len(toks)):
        if per_token[i] <= 0:
            continue
        total = 0.0
        for j in range(i, min(i + longest, len(toks))):
            if per_token[j] <= 0:
                break  # a run is words that each added something
            total += per_token[j]
            runs.append((total, i, j))
    chosen: list[tuple[int, int]] = []
    for _total, i, j in sorted(runs, key=lambda r: (-r[0], r[1], r[2])):
        if len(chosen) == most:
            break
        if all(j < a or i > b for a, b in chosen):
            chosen.append((i, j))
    return tuple((toks[i][1], toks[j][2]) for i, j in sorted(chosen))


def _numbers(values: Iterable[object]) -> bool:
    """Whether every value is an int or a float (one pass in C: 33,000 values a load)."""
    return set(map(type, values)) <= {int, float}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The shipped scorer, read once per process on first use."""
    import json  # only here: most commands never score, and the import is not free

    try:
        data = json.loads(resource_text("triage", SCORER_FILE))
    except (OSError, json.JSONDecodeError) as exc:
        raise ScorerError(f"the learned scorer's weights cannot be read ({exc})") from None
    return Scorer.from_json(data)
