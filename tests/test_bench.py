"""The benchmark harness itself: discovery of ``bench_*.py`` modules and the ratio table."""

from __future__ import annotations

import pytest

from bench.__main__ import modules, table
from bench.result import Result


def test_every_bench_module_is_discovered_and_has_run() -> None:
    import importlib

    found = modules([])
    assert "bench_startup" in found
    for name in found:
        assert callable(importlib.import_module(f"bench.{name}").run)
    assert modules(["startup"]) == ["bench_startup"]
    assert modules(["no-such"]) == []


def test_ratios_and_targets() -> None:
    fast = Result("app", 0.3, "s", baseline=0.2, baseline_name="bare", target=1.5)
    slow = Result("app", 0.4, "s", baseline=0.2, baseline_name="bare", target=1.5)
    plain = Result("bare", 0.2, "s")
    assert fast.ratio == pytest.approx(1.5) and fast.ok is True
    assert slow.ok is False and plain.ok is None and plain.ratio is None
    text = table([fast.row(), slow.row(), plain.row()])
    assert "1.50x bare" in text and "OVER" in text and "2.00x bare" in text
