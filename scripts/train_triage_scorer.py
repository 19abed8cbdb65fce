"""Train the learned triage scorer and write ``after_hours/resources/triage/scorer.json``.

``make train-triage`` (or ``python scripts/train_triage_scorer.py``). Pure Python, no numpy or
scikit-learn: logistic regression by AdaGrad over the features of
``after_hours.availability.triage.scorer.features`` (the very function the app scores with),
and a small softmax table for the category of a flagged message.

What it is trained on: ``data/triage_corpus/*.tsv``, messages written for this purpose by
several writers with different briefs (see ``data/triage_corpus/README.md``), none of whom saw
the blind set, the public set or the rules. Never the blind set (``tests/fixtures/
triage_blind_v2.toml``) and never the shared public set: those measure it.

How it is checked before it is written: leave-one-writer-out. Each writer's file is scored by a
model trained on the others, so the figures printed say how the scorer does on phrasing from a
writer it has never read. The thresholds are chosen on those out-of-writer scores:
``crisis`` where at most ``--crisis-fpr`` of everyday messages score above it, ``possible`` at
``--possible-fpr``. Deterministic: the same files give the same weights.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from after_hours.availability.triage import triage  # noqa: E402
from after_hours.availability.triage.normalise import normalise  # noqa: E402
from after_hours.availability.triage.scorer import (  # noqa: E402
    features,
    length_scale,
    rule_features,
    tokens,
)

CORPUS = ROOT / "data" / "triage_corpus"
OUT = ROOT / "after_hours" / "resources" / "triage" / "scorer.json"

# The writers' categories, mapped to the detector's (model.CATEGORIES).
CATEGORY_MAP = {
    "passive_ideation": "passive_ideation",
    "active_ideation": "active_ideation",
    "plan_means": "plan_intent",
    "in_progress": "imminent",
    "self_harm": "self_harm",
    "farewell": "farewell",
    "voices": "active_ideation",
    "harm_to_others": "harm_to_others",
    "danger_from_someone": "danger_from_others",
    "threat_to_clinician": "threat_to_clinician",
    "third_party": "third_party",
}
LABELS = {"crisis": True, "none": False}


@dataclass(frozen=True)
class Example:
    feats: tuple[str, ...]
    positive: bool
    category: str
    lang: str
    writer: str
    rules: str  # the rules' level alone: "crisis", "possible", "none", or "held" (negated)
    scale: float = 1.0  # length_scale() of the message: what each word's weight is multiplied by


class CorpusError(ValueError):
    pass


def load(folder: Path, stack: bool = True) -> list[Example]:
    """Every line of every ``*.tsv`` in ``folder``; a malformed line stops the run, named."""
    out: list[Example] = []
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != 4 or row[0] not in LABELS or row[1] not in {"en", "fr"}:
                    raise CorpusError(f"{path.name}:{n}: expected label, lang, category, text")
                label, lang, category, text = row
                positive = LABELS[label]
                if positive and category not in CATEGORY_MAP:
                    raise CorpusError(f"{path.name}:{n}: unknown crisis category {category!r}")
                norm, _ = normalise(text)
                words = [t for t, _s, _e in tokens(norm)]
                alone = triage(text, scorer=False)
                rules = "held" if any(m.negated for m in alone.matches) else alone.level
                found = rule_features(alone.level, alone.categories) if stack else []
                out.append(
                    Example(
                        feats=tuple(dict.fromkeys([*found, *features(words)])),
                        positive=positive,
                        category=CATEGORY_MAP.get(category, "") if positive else "",
                        lang=lang,
                        writer=path.stem,
                        rules=rules,
                        scale=length_scale(len(words)),
                    )
                )
    return out


def vocabulary(examples: list[Example], min_count: int) -> set[str]:
    counts: Counter[str] = Counter()
    for ex in examples:
        counts.update(ex.feats)
    return {f for f, c in counts.items() if c >= min_count}


def train_binary(
    examples: list[Example], vocab: set[str], epochs: int, l2: float, seed: int
) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad, classes weighted to balance."""
    rng = random.Random(seed)
    pos = sum(e.positive for e in examples)
    neg = len(examples) - pos
    class_weight = {
        True: len(examples) / (2 * max(pos, 1)),
        False: len(examples) / (2 * max(neg, 1)),
    }
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bias_g2 = 0.0, 0.0
    rate = 0.3
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            ex = examples[i]
            fs = [f for f in ex.feats if f in vocab]
            xs = [1.0 if f[0] == "@" else ex.scale for f in fs]
            z = bias + sum(w.get(f, 0.0) * x for f, x in zip(fs, xs, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            grad = (p - (1.0 if ex.positive else 0.0)) * class_weight[ex.positive]
            bias_g2 += grad * grad
            bias -= rate * grad / math.sqrt(bias_g2 + 1e-8)
            for f, x in zip(fs, xs, strict=True):
                wf = w.get(f, 0.0)
                gf = grad * x + l2 * wf
                acc = g2.get(f, 0.0) + gf * gf
                g2[f] = acc
                w[f] = wf - rate * gf / math.sqrt(acc + 1e-8)
    return bias, w


def train_categories(
    examples: list[Example], vocab: set[str], epochs: int, l2: float, seed: int
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """A softmax table over the crisis examples: which category a flagged message is."""
    crisis = [e for e in examples if e.positive]
    cats = sorted({e.category for e in crisis})
    rng = random.Random(seed)
    bias = dict.fromkeys(cats, 0.0)
    w: dict[str, dict[str, float]] = {}
    rate = 0.1
    order = list(range(len(crisis)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            ex = crisis[i]
            fs = [f for f in ex.feats if f in vocab and f[0] != "@" and " " not in f]
            scores = dict(bias)
            for f in fs:
                for c, v in w.get(f, {}).items():
                    scores[c] += v
            top = max(scores.values())
            exps = {c: math.exp(s - top) for c, s in scores.items()}
            total = sum(exps.values())
            for c in cats:
                grad = exps[c] / total - (1.0 if c == ex.category else 0.0)
                bias[c] -= rate * grad
                for f in fs:
                    row = w.setdefault(f, {})
                    row[c] = row.get(c, 0.0) - rate * (grad + l2 * row.get(c, 0.0))
    return bias, w


def predict(bias: float, w: dict[str, float], ex: Example) -> float:
    z = bias + sum(w.get(f, 0.0) * (1.0 if f[0] == "@" else ex.scale) for f in ex.feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def threshold_at(scores_neg: list[float], fpr: float) -> float:
    """The lowest threshold with at most ``fpr`` of negatives strictly above it."""
    ranked = sorted(scores_neg, reverse=True)
    allowed = math.floor(fpr * len(ranked))
    if allowed >= len(ranked):
        return 0.0
    return ranked[allowed] + 1e-6


def _rates(rows: list[tuple[Example, float]], threshold: float | None) -> str:
    def flagged(e: Example, s: float) -> bool:
        if e.rules == "crisis":
            return True
        return threshold is not None and e.rules != "held" and s >= threshold

    pos = [flagged(e, s) for e, s in rows if e.positive]
    neg = [flagged(e, s) for e, s in rows if not e.positive]
    return f"{sum(pos) / max(len(pos), 1):.3f}  {sum(neg) / max(len(neg), 1):.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--l2", type=float, default=0.05)  # chosen by writer-grouped CV, docs/triage.md
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--crisis-fpr", type=float, default=0.04)
    ap.add_argument("--possible-fpr", type=float, default=0.10)
    ap.add_argument("--no-stack", action="store_true", help="words only, not the rules' findings")
    ap.add_argument("--check-only", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    try:
        examples = load(args.corpus, stack=not args.no_stack)
    except (CorpusError, OSError, UnicodeDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not examples:
        print(f"error: no messages in {args.corpus}/*.tsv", file=sys.stderr)
        return 2
    writers = sorted({e.writer for e in examples})
    print(f"{len(examples)} messages from {len(writers)} writers: {', '.join(writers)}")

    # Leave one writer out: scores each writer's messages with a model that never read them.
    oof: list[tuple[Example, float]] = []
    for held in writers:
        train = [e for e in examples if e.writer != held]
        vocab = vocabulary(train, args.min_count)
        bias, w = train_binary(train, vocab, args.epochs, args.l2, seed=1)
        oof.extend((e, predict(bias, w, e)) for e in examples if e.writer == held)
    # The scorer only speaks where the rules did not flag, so its thresholds are set on the
    # everyday messages the rules leave alone: --crisis-fpr is what it may add to theirs.
    neg_scores = [s for e, s in oof if not e.positive and e.rules not in ("crisis", "held")]
    n_neg = sum(not e.positive for e, _s in oof)
    crisis_t = threshold_at(neg_scores, args.crisis_fpr * n_neg / max(len(neg_scores), 1))
    possible_t = min(
        threshold_at(neg_scores, args.possible_fpr * n_neg / max(len(neg_scores), 1)), crisis_t
    )
    print(f"thresholds from out-of-writer scores: crisis {crisis_t:.3f}, possible {possible_t:.3f}")
    print("  held out            rules alone: recall  FPR  | with the scorer: recall  FPR")
    for group in ["all", *writers, "en", "fr"]:
        rows = [(e, s) for e, s in oof if group in ("all", e.writer, e.lang)]
        print(f"  {group:<20} {_rates(rows, None)}  | {_rates(rows, crisis_t)}")

    vocab = vocabulary(examples, args.min_count)
    bias, w = train_binary(examples, vocab, args.epochs, args.l2, seed=1)
    cat_bias, cat_w = train_categories(examples, vocab, 8, 0.001, seed=1)
    weights = {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= 0.02}
    category_weights = {
        f: {c: round(v, 2) for c, v in sorted(row.items()) if abs(v) >= 0.1}
        for f, row in sorted(cat_w.items())
    }
    category_weights = {f: row for f, row in category_weights.items() if row}
    data = {
        "about": "After Hours learned triage scorer; see scripts/train_triage_scorer.py",
        "trained_on": f"{len(examples)} messages from {len(writers)} writers",
        "bias": round(bias, 4),
        "crisis_threshold": round(crisis_t, 4),
        "possible_threshold": round(possible_t, 4),
        "weights": weights,
        "category_bias": {c: round(v, 3) for c, v in sorted(cat_bias.items())},
        "category_weights": category_weights,
    }
    print(f"{len(weights)} weights, {len(category_weights)} category rows")
    if not args.check_only:
        args.out.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
