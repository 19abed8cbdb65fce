"""The rules alone on the development corpus: recall by crisis category, false alarms by kind.

``python scripts/corpus_rules_report.py`` reads ``data/triage_corpus/*.tsv`` (lines
``label<TAB>lang<TAB>category<TAB>text``, written for this project; development data the rules
may be tuned to) and the development fixtures of ``make eval-triage`` (a), and prints, for the
rules alone (no learned scorer), recall by crisis category and the false-positive rate by
everyday category, overall and by language. ``--show CATEGORY`` also prints the messages of
that category the rules get wrong (false alarms for an everyday category, misses for a crisis
one), to read while writing general rules; ``--by-writer`` prints each corpus file (one writer)
alone. Never point it at a blind or public set.
Not shipped in the package.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from after_hours.availability.triage import TriageResult, triage  # noqa: E402

CORPUS = ROOT / "data" / "triage_corpus"
FIXTURES = ROOT / "tests" / "fixtures"
DEV_FILES = ("triage_dev_v2.toml", "triage_eval.toml", "triage_probe.toml", "triage_holdout2.toml")
# The learned scorer may or may not be in this checkout: ask for the rules alone when it is.
_RULES_ONLY = {"scorer": False} if "scorer" in inspect.signature(triage).parameters else {}


def rules(text: str) -> TriageResult:
    """The rules' verdict, without the learned scorer."""
    return triage(text, **_RULES_ONLY)


def corpus_rows() -> list[tuple[bool, str, str, str]]:
    """(positive, lang, category, text) for every corpus line."""
    out = []
    for path in sorted(CORPUS.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 4 or parts[0] not in ("crisis", "none"):
                continue
            out.append((parts[0] == "crisis", parts[1], parts[2], parts[3]))
    return out


def dev_rows() -> list[tuple[bool, str, str, str]]:
    """The development fixtures' labelled rows, as ``make eval-triage`` (a) counts them."""
    out = []
    for name in DEV_FILES:
        path = FIXTURES / name
        if not path.exists():
            continue
        for m in tomllib.loads(path.read_text(encoding="utf-8")).get("message", []):
            if m["label"] in ("crisis", "everyday", "benign"):
                out.append((m["label"] == "crisis", m["lang"], m.get("category", ""), m["text"]))
    return out


def report(title: str, rows: list[tuple[bool, str, str, str]], show: str | None) -> None:
    """Print recall / false-positive figures, by category and language."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # flagged, total
    shown = []
    for positive, lang, category, text in rows:
        flagged = rules(text).crisis
        kind = "crisis" if positive else "none"
        for key in (kind, f"{kind} lang={lang}", f"{kind} {category}"):
            tally[key][0] += flagged
            tally[key][1] += 1
        if show == category and flagged != positive:
            shown.append(text)
    print(title)
    for key in sorted(tally, key=lambda k: (not k.startswith("crisis"), " " in k, k)):
        flagged, total = tally[key]
        what = "recall" if key.startswith("crisis") else "FPR   "
        print(f"  {key:<34} {what} {flagged / total:.3f}  ({flagged}/{total})")
    for text in shown:
        print("   -", text)
    print()


def by_writer() -> None:
    """Recall and false-positive rate of the rules alone for each corpus file (one writer)."""
    print("corpus by writer (file), rules alone")
    for path in sorted(CORPUS.glob("*.tsv")):
        tally = {"crisis": [0, 0], "none": [0, 0]}
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 4 or parts[0] not in tally:
                continue
            tally[parts[0]][0] += rules(parts[3]).crisis
            tally[parts[0]][1] += 1
        (hit, pos), (fa, neg) = tally["crisis"], tally["none"]
        print(
            f"  {path.stem:<22} recall {hit / max(pos, 1):.3f} ({hit}/{pos})"
            f"  FPR {fa / max(neg, 1):.3f} ({fa}/{neg})"
        )
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="print the wrong verdicts of this category")
    parser.add_argument("--by-writer", action="store_true", help="also print each corpus file")
    args = parser.parse_args()
    report("corpus (data/triage_corpus), rules alone", corpus_rows(), args.show)
    if args.by_writer:
        by_writer()
    report("development fixtures (make eval-triage (a)), rules alone", dev_rows(), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
