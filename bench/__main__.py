"""``python -m bench``: run every ``bench/bench_*.py`` module's ``run()`` and print the table.

``python -m bench startup`` runs only the modules whose name contains "startup";
``--strict`` makes the exit status 1 when a figure is over its target (for a CI gate).
"""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
import time

import bench
from bench.result import Result


def modules(filters: list[str]) -> list[str]:
    names = sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")
    )
    return [n for n in names if not filters or any(f in n for f in filters)]


def table(rows: list[list[str]]) -> str:
    header = ["benchmark", "measured", "ratio", "target", "note"]
    rows = [header, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    argv = [a for a in argv if a != "--strict"]
    results: list[Result] = []
    print(f"After Hours benchmarks on {platform.platform()}, Python {platform.python_version()}")
    for name in modules(argv):
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        found = module.run()
        results.extend(found)
        print(f"  {name}: {len(found)} result(s) in {time.perf_counter() - started:.1f} s")
    print()
    print(table([r.row() for r in results]))
    over = [r.name for r in results if r.ok is False]
    if over:
        print(f"\nOver target: {', '.join(over)}")
    return 1 if strict and over else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
