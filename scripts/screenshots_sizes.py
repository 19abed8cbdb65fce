"""Render every page and dialog as it opens on a small screen: ``screenshots_sizes.py OUT_DIR``.

Run under ``xvfb-run -s "-screen 0 1024x600x24"`` and again under a 1366x768 screen with
``QT_SCALE_FACTOR=1.25`` (``make screenshots`` does both); each run writes
``OUT_DIR/<width>x<height>@<scale>/<name>.png``, one per entry of ``tests/windows.py``'s
catalogue, which is the same list the window-size and accessibility tests walk.

The interface follows LANG as the app does (``LANG=fr_CA.UTF-8`` renders the French screens);
names after OUT_DIR render only those windows (``screenshots_sizes.py OUT crisis-panel``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if os.environ.get("DISPLAY"):
    os.environ.pop("QT_QPA_PLATFORM", None)


def main(out_dir: str, only: list[str] | None = None) -> int:
    from after_hours.ui.base.translations import install_translators
    from after_hours.ui.shell.app import make_qapp
    from tests.windows import WINDOWS, build, demo_shell

    app = make_qapp()
    install_translators(app, None)
    app.setQuitOnLastWindowClosed(False)
    screen = app.primaryScreen().size()
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    physical = f"{round(screen.width() * scale)}x{round(screen.height() * scale)}"
    out = Path(out_dir) / f"{physical}@{round(scale * 100)}"
    out.mkdir(parents=True, exist_ok=True)
    for name in only or WINDOWS:
        with tempfile.TemporaryDirectory() as tmp, demo_shell(Path(tmp) / "demo") as shell:
            widget = build(shell, name)
            for _ in range(5):
                app.processEvents()
            widget.grab().save(str(out / f"{name}.png"))
            size = widget.size()
            print(f"wrote {out / name}.png ({size.width()}x{size.height()} logical)")
    return 0


if __name__ == "__main__":
    raise SystemExit(
        main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/sizes", sys.argv[2:])
    )
