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


SOURCE_CHECK_PROBE = """
import json, linecache, sys
from after_hours.ui.main import main
status = main(["--home", sys.argv[1], "--exit-after-start"])
import after_hours.ui.widgets.charts as uses_pyside
import after_hours.availability.schedule_codec as plain
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "status": status,
    "installed": getattr(feature._mod_uses_pyside, "reads_file_bytes", False),
    "answers": [feature._mod_uses_pyside(uses_pyside), feature._mod_uses_pyside(plain)],
    "cached": [f for f in linecache.cache if "after_hours" in f],
}))
"""


def test_pyside_reads_each_module_s_source_without_keeping_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PySide6 still asks each imported module whether it uses PySide; we answer from the file.

    If this fails after a PySide6 upgrade, its import hook changed: see
    ui/base/pyside_sources.py (without the replacement, linecache keeps every module's source,
    about 9 MiB in the running app).
    """
    import json
    import os
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", SOURCE_CHECK_PROBE, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"status": 0, "installed": True, "answers": [True, False], "cached": []}
