"""Canary for PySide6 6.12.0's refcount bug: None's refcount must not drift (it aborted 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def test_void_methods_do_not_leak_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        timer.setSingleShot(True)
        timer.stop()
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, (
        f"None refcount drifted by {before - after}: PySide6 bug is back"
    )
