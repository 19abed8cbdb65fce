"""Dump every triage verdict on the project's own messages, to compare two versions of the code.

A speed change must not change a result. Run before and after and ``diff`` the two files:

    python scripts/triage_snapshot.py > before.txt   # on the old code
    python scripts/triage_snapshot.py > after.txt    # on the new code
    diff before.txt after.txt

Each line is one message and one mode (rules alone, rules and learned scorer): the level, the
categories, every match (rule, category, strength, negated, span, phrase) and the score rounded
to three places. The messages are the training corpus (``data/triage_corpus/*.tsv``) and the
development fixtures, each also upper-cased (the non-ASCII and folding paths). The blind set is
never read. Not shipped in the package.
"""

from __future__ import annotations

import csv
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from after_hours.availability.triage import TriageResult, triage  # noqa: E402

DEV_FILES = ("triage_dev_v2.toml", "triage_eval.toml", "triage_probe.toml", "triage_holdout2.toml")


def messages() -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every message read, in a fixed order."""
    for path in sorted((ROOT / "data" / "triage_corpus").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
                if row:
                    yield f"{path.name}:{i + 1}", row[-1]
    for name in DEV_FILES:
        doc = tomllib.loads((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8"))
        for i, m in enumerate(doc["message"]):
            yield f"{name}:{i + 1}", m["text"]


def line(result: TriageResult) -> str:
    matches = ";".join(
        f"{m.rule}/{m.category}/{m.strength}/{int(m.negated)}/{m.start}-{m.end}/{m.phrase!r}"
        for m in result.matches
    )
    score = "-" if result.score is None else f"{result.score:.3f}"
    return f"{result.level} [{','.join(result.categories)}] {score} {matches}"


def main() -> int:
    out = sys.stdout
    for where, text in messages():
        for variant, t in (("", text), ("upper", text.upper())):
            rules = line(triage(t, scorer=False))
            both = line(triage(t))
            out.write(f"{where}{variant and ':' + variant}\trules {rules}\tscored {both}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
