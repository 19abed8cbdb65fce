"""The benchmark harness itself: discovery of ``bench_*.py`` modules and the ratio table."""

from __future__ import annotations

import os
from pathlib import Path

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


def test_resident_memory_splits_into_what_a_process_allocated_and_what_it_mapped() -> None:
    from bench.procs import rss_mib, rss_split_mib

    split = rss_split_mib(os.getpid())
    total = rss_mib(os.getpid())
    assert split is not None and total is not None
    anon, mapped = split
    assert anon > 0 and mapped > 0
    # VmRSS is their sum; read a moment apart, they may differ by what was touched between.
    assert abs(anon + mapped - total) < 0.05 * total


def test_the_library_cache_is_dropped_for_shared_objects_only(tmp_path: Path) -> None:
    from bench.procs import drop_library_cache

    root = tmp_path
    (root / "lib").mkdir()
    (root / "lib" / "libQt6Fake.so.6").write_bytes(b"\x7fELF" + bytes(4096))
    (root / "lib" / "_speedups.cpython-311-x86_64-linux-gnu.so").write_bytes(bytes(4096))
    (root / "lib" / "notes.txt").write_text("not a library")
    assert drop_library_cache(root) == 2
