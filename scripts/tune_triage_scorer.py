"""Compare settings of the learned triage scorer on the training corpus, writers held out.

``python scripts/tune_triage_scorer.py --l2 0.005 0.02 0.05 0.1`` splits the writers of
``data/triage_corpus/`` into five groups; each group's messages are scored by a model trained
on the other four, so every figure is measured on phrasing from writers the model never read.
For each setting it prints, at the threshold the training script would choose (the scorer adds
at most ``--crisis-fpr`` of everyday messages as false alarms), the recall and false-positive
rate with the rules, and the scorer's ranking quality (AUC) on the messages the rules left to
it.

Why five groups and not one writer at a time: the choice only needs a ranking of settings, and
five models per setting instead of twenty makes a comparison a minute, not five. Only the
corpus is used: the blind and public sets play no part in choosing a setting.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_triage_scorer as train


def grouped_scores(
    examples: list[train.Example], l2: float, epochs: int, min_count: int, folds: int
) -> list[tuple[train.Example, float]]:
    """Every message scored by a model that never saw its writer's group."""
    writers = sorted({e.writer for e in examples})
    scored: list[tuple[train.Example, float]] = []
    for k in range(folds):
        held = set(writers[k::folds])
        rest = [e for e in examples if e.writer not in held]
        vocab = train.vocabulary(rest, min_count)
        bias, w = train.train_binary(rest, vocab, epochs, l2, seed=1)
        scored.extend((e, train.predict(bias, w, e)) for e in examples if e.writer in held)
    return scored


def auc(scored: list[tuple[train.Example, float]]) -> float:
    """How often a crisis the rules missed outscores an everyday message they left alone."""
    left = [(e, s) for e, s in scored if e.rules not in ("crisis", "held")]
    neg = sorted(s for e, s in left if not e.positive)
    pos = [s for e, s in left if e.positive]
    if not neg or not pos:
        return float("nan")
    return sum(bisect.bisect_left(neg, p) for p in pos) / (len(pos) * len(neg))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=train.CORPUS)
    ap.add_argument("--l2", type=float, nargs="+", default=[0.005, 0.02, 0.05, 0.1])
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--crisis-fpr", type=float, default=0.04)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    examples = train.load(args.corpus)
    if len({e.writer for e in examples}) < args.folds:
        print(f"error: fewer writers than {args.folds} folds", file=sys.stderr)
        return 2
    print(f"{len(examples)} messages; recall and FPR with the rules, writers held out in groups")
    for l2 in args.l2:
        scored = grouped_scores(examples, l2, args.epochs, args.min_count, args.folds)
        left = [s for e, s in scored if not e.positive and e.rules not in ("crisis", "held")]
        n_neg = sum(not e.positive for e, _s in scored)
        threshold = train.threshold_at(left, args.crisis_fpr * n_neg / max(len(left), 1))
        figures = "  ".join(
            f"{lang} {train._rates([(e, s) for e, s in scored if lang in ('all', e.lang)], threshold)}"
            for lang in ("all", "en", "fr")
        )
        print(f"  l2 {l2:<6g} threshold {threshold:.3f}  {figures}  AUC {auc(scored):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
