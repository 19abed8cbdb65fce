"""Triage throughput: messages a second through ``after_hours.availability.triage.triage``.

Budget (design brief): >= 20,000 messages a second, i.e. <= 50 microseconds a message. Two
corpora from ``tests/fixtures/triage_eval.toml``: the evaluation set as it is (about half crisis
messages, which cost the most: every phrase is checked for negation and idioms) and an inbox-like
mix of nine benign messages to one crisis message.

Run alone with ``python -m bench.bench_triage``; ``run()`` returns the figures for the
``python -m bench`` runner.
"""

from __future__ import annotations

import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

from after_hours.availability.triage import default_lexicon, triage

BUDGET_US = 1e6 / 20_000  # 50 microseconds a message
EVAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "triage_eval.toml"


def corpora() -> dict[str, list[str]]:
    messages = tomllib.loads(EVAL.read_text(encoding="utf-8"))["message"]
    every = [m["text"] for m in messages]
    benign = [m["text"] for m in messages if m["label"] == "benign"]
    crisis = [m["text"] for m in messages if m["label"] != "benign"]
    inbox = benign * 9 + (crisis * 2)[: len(benign)]
    return {"evaluation set (half crisis)": every, "inbox mix (1 in 10 crisis)": inbox}


def measure(texts: list[str], min_seconds: float = 1.0, *, scorer: bool = True) -> float:
    """Messages a second: repeat the corpus until ``min_seconds`` have passed; best of 3.

    ``scorer=False``: the rules alone, so one run shows what the learned scorer costs.
    """
    best = 0.0
    for _ in range(3):
        count = 0
        started = time.perf_counter()
        elapsed = 0.0
        while elapsed < min_seconds:
            for text in texts:
                triage(text, scorer=scorer)
            count += len(texts)
            elapsed = time.perf_counter() - started
        best = max(best, count / elapsed)
    return best


LOAD_BUDGET_MS = 20.0
_IMPORT_PROBE = """
import time, re, tomllib, dataclasses, pathlib, functools, unicodedata
import after_hours.availability.resources
t = time.perf_counter()
import after_hours.availability.triage
print((time.perf_counter() - t) * 1000)
"""


def import_ms(repeats: int = 5) -> float:
    """What importing the detector adds to a command's start, in a fresh interpreter.

    The modules every command loads anyway (``re``, ``tomllib``, the resources helper) are
    imported first; the phrase lists themselves are compiled on first use, not at import.
    Best of ``repeats`` runs (the machine is shared).
    """
    best = float("inf")
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True
        )
        best = min(best, float(out.stdout.strip()))
    return best


def run(min_seconds: float = 1.0) -> list[Any]:
    """The figures, as ``bench.result.Result`` when the shared runner is present, else dicts."""
    added_ms = import_ms()
    started = time.perf_counter()
    default_lexicon.cache_clear()
    default_lexicon()
    load_ms = (time.perf_counter() - started) * 1000
    rows: list[dict[str, Any]] = []
    for name, texts in corpora().items():
        rules_per_second = measure(texts, min_seconds, scorer=False)
        per_second = measure(texts, min_seconds)
        rows.append(
            {
                "name": f"triage, {name}",
                "value": 1e6 / per_second,
                "unit": "us/msg",
                "target": BUDGET_US,
                "note": (
                    f"{per_second:,.0f} messages/s over {len(texts)} messages; rules alone "
                    f"{rules_per_second:,.0f}/s (the learned scorer costs "
                    f"{1e6 / per_second - 1e6 / rules_per_second:.0f} us/msg)"
                ),
            }
        )
    rows.append(
        {
            "name": "triage, import added to a command's start",
            "value": added_ms,
            "unit": "ms",
            "target": LOAD_BUDGET_MS,
            "note": "phrase lists are compiled on first use (next row), not at import",
        }
    )
    rows.append(
        {
            "name": "triage, phrase lists loaded and compiled",
            "value": load_ms,
            "unit": "ms",
            "target": None,
            "note": "once per process, on first use; each pattern compiles the first time it runs",
        }
    )
    try:
        from bench.result import Result  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return rows
    return [Result(**row) for row in rows]


def main() -> int:
    rows = run()
    worst_ok = True
    for row in rows:
        data = row if isinstance(row, dict) else row.__dict__
        target = data["target"]
        verdict = ""
        if target is not None:
            ok = data["value"] <= target
            worst_ok &= ok
            verdict = f"(target <= {target:g} {data['unit']}: {'ok' if ok else 'OVER'})"
        print(f"{data['name']}: {data['value']:.3g} {data['unit']} {verdict}  {data['note']}")
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main())
