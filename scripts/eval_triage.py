"""``make eval-triage``: recall, false-positive rate and precision of triage on three sets.

- (a) development: ``tests/fixtures/triage_dev_v2.toml`` and the older fixtures (eval, probe,
  holdout2). The rules may be tuned to these.
- (b) blind: ``tests/fixtures/triage_blind_v2.toml``, frozen before any rule change of v2.
  Only aggregate figures are printed, never a row: nobody tunes a rule to it.
- (c) public: ``eval.tsv`` from the shared external folder (``../shared/triage-external/``
  beside the repository, or the path in ``AFTER_HOURS_TRIAGE_EXTERNAL``). Measuring only: its
  texts never enter the repository and rules are never tuned to a row. Skipped, with a line
  saying so, when the file is absent.

Each set is measured twice: the detector as shipped (rules and learned scorer) and the rules
alone. A message counts as flagged when its level is ``crisis``; the ``possible`` column says how
many more reach the quieter level. Labels of the public set: ``crisis`` is positive,
``not-crisis`` negative (its only two values). Not shipped in the package.
"""

from __future__ import annotations

import csv
import os
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from after_hours.availability.triage import triage  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
DEV_FILES = ("triage_dev_v2.toml", "triage_eval.toml", "triage_probe.toml", "triage_holdout2.toml")
BLIND = FIXTURES / "triage_blind_v2.toml"
POSITIVE = {"crisis"}
NEGATIVE = {"everyday", "benign", "not-crisis"}
SUICIDE_PAIR = {"kaggle_suicidal_tweets", "reddit_suicide_detection"}
QUIET = {"possible", "noted"}  # "noted" was the quieter level's name before v2


@dataclass(frozen=True)
class Item:
    text: str
    positive: bool
    groups: tuple[str, ...]


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    possible_pos: int = 0
    possible_neg: int = 0

    def add(self, positive: bool, level: str) -> None:
        flagged = level == "crisis"
        if positive:
            self.tp += flagged
            self.fn += not flagged
            self.possible_pos += level in QUIET
        else:
            self.fp += flagged
            self.tn += not flagged
            self.possible_neg += level in QUIET

    def line(self, name: str) -> str:
        pos, neg = self.tp + self.fn, self.fp + self.tn
        recall = f"{self.tp / pos:.3f}" if pos else "  -  "
        fpr = f"{self.fp / neg:.3f}" if neg else "  -  "
        flagged = self.tp + self.fp
        precision = f"{self.tp / flagged:.3f}" if flagged else "  -  "
        return (
            f"  {name:<34} pos {pos:>4}  neg {neg:>4}  recall {recall}  FPR {fpr}  "
            f"precision {precision}  possible +{self.possible_pos}/{self.possible_neg}"
        )


def measure(title: str, items: Iterable[Item]) -> None:
    """The shipped detector's figures by group, then the rules alone for the main groups.

    The second block is how the learned scorer earns its place: it is kept only if the
    detector with it catches more at a false-positive rate of 0.05 or less than without it.
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    rules_alone: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        result = triage(item.text)
        alone = triage(item.text, scorer=False) if result.scored else result
        for group in ("all", *item.groups):
            tallies[group].add(item.positive, result.level)
            rules_alone[group].add(item.positive, alone.level)
    print(title)
    print("  (possible +P/N: positives / negatives reaching only the 'possible' level)")
    for group in sorted(tallies, key=lambda g: (g != "all", g)):
        print(tallies[group].line(group))
    print("  the rules alone, without the learned scorer:")
    for group in sorted(rules_alone, key=lambda g: (g != "all", g)):
        if group == "all" or not group.startswith("category="):
            print(rules_alone[group].line(group))
    print()


def _toml_items(path: Path, with_source: bool) -> list[Item]:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    out: list[Item] = []
    for m in doc.get("message", []):
        label = m["label"]
        if label not in POSITIVE | NEGATIVE:
            continue  # "negated" rows of the old set: checked by the tests, not a rate
        groups = [f"lang={m['lang']}"]
        if m.get("category"):
            groups.append(f"category={m['category']}")
        if with_source:
            groups.append(f"source={path.stem}")
        out.append(Item(m["text"], label in POSITIVE, tuple(groups)))
    return out


def external_path() -> Path:
    env = os.environ.get("AFTER_HOURS_TRIAGE_EXTERNAL")
    if env:
        return Path(env)
    # ``../shared`` beside the repository; a git worktree one level deeper looks one level up.
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "triage-external" / "eval.tsv"
        if candidate.is_file():
            return candidate
    return ROOT.parent / "shared" / "triage-external" / "eval.tsv"


def _public_items(path: Path) -> list[Item]:
    out: list[Item] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = (row.get("label") or "").strip()
            if label not in POSITIVE | NEGATIVE:
                continue
            lang, source = row.get("language", ""), row.get("source", "")
            groups = [f"lang={lang}", f"source={source}"]
            if source in SUICIDE_PAIR:
                groups.append("source=kaggle+reddit (together)")
            out.append(Item(row.get("text") or "", label in POSITIVE, tuple(groups)))
    return out


def main() -> int:
    dev: list[Item] = []
    for name in DEV_FILES:
        path = FIXTURES / name
        if path.exists():
            dev.extend(_toml_items(path, with_source=True))
    measure("(a) development sets (rules may be tuned to these)", dev)
    if BLIND.exists():
        measure("(b) blind set v2 (aggregates only; never tune to it)", _toml_items(BLIND, False))
    else:
        print("(b) blind set: not found, skipped\n")
    public = external_path()
    if public.is_file():
        measure(f"(c) public set ({public.name}; aggregates only)", _public_items(public))
    else:
        print(f"(c) public set: {public} not found, skipped\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
