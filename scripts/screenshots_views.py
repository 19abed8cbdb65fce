"""Render the dashboard, contact log, clients and schedule views in light and dark palettes.

``python scripts/screenshots_views.py [OUT_DIR]`` (default ``docs/screenshots``); offscreen or
under Xvfb. A fresh temporary profile filled by ``after_hours.availability.demo.generate_demo`` at a fixed
clock, so the pictures are the same on every run. Writes ``dashboard-light.png``,
``dashboard-dark.png``, ``contacts-light.png``, ... and ``handout.png`` (the client handout's
PDF page, when ``pdftoppm`` is installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402

from after_hours.availability.clock import ManualClock  # noqa: E402
from after_hours.availability.demo import generate_demo  # noqa: E402
from after_hours.availability.store import Settings, open_profile  # noqa: E402

NOW = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # Wed 2026-11-25 17:30 in Toronto
VIEWS = (
    ("today", "dashboard", 1200, 1500),
    ("contacts", "contacts", 1200, 760),
    ("clients", "clients", 1100, 700),
    ("schedule", "schedule", 1100, 900),
)


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#292a2d",
        QPalette.ColorRole.AlternateBase: "#313236",
        QPalette.ColorRole.ToolTipBase: "#2a2b2e",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#4f7cac",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Dark: "#111111",
        QPalette.ColorRole.Light: "#3c4043",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8388"))
    return p


def render(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(["after-hours"])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.style().standardPalette()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as home:
        clock = ManualClock(NOW)
        with open_profile(home) as profile:
            generate_demo(profile.db, clock)
            Settings(profile.db).update({"profile.name": "Sam Rivera", "app.first_run_done": True})
            from after_hours.ui.base.services import Services
            from after_hours.ui.shell.main_window import MainWindow

            for mode, palette in (("light", light), ("dark", dark_palette())):
                app.setPalette(palette)
                services = Services(profile, clock)
                window = MainWindow(services)
                for key, name, width, height in VIEWS:
                    window.resize(width, height)
                    page = window.show_page(key)
                    window.show()
                    _settle(app, page)
                    if key == "today":
                        getattr(page, "dashboard", None)  # built just after the first paint
                        _settle(app, page)
                    if key == "today":
                        _expand_scroll(window, page, app)
                    path = out / f"{name}-{mode}.png"
                    window.grab().save(str(path))
                    written.append(path)
                window.close()
                window.deleteLater()
                app.processEvents()
            if shutil.which("pdftoppm"):
                from after_hours.ui.printing.handout import write_handout_pdf

                with tempfile.TemporaryDirectory() as tmp:
                    pdf = write_handout_pdf(Services(profile, clock), Path(tmp) / "h.pdf", "J.D.")
                    subprocess.run(
                        [
                            "pdftoppm",
                            "-r",
                            "60",
                            "-png",
                            "-singlefile",
                            str(pdf),
                            str(out / "handout"),
                        ],
                        check=True,
                    )
                    written.append(out / "handout.png")
    return written


def _settle(app: QApplication, page: QWidget) -> None:
    for _ in range(6):
        app.processEvents()
    page.repaint()
    app.processEvents()


def _expand_scroll(window: QWidget, page: QWidget, app: QApplication) -> None:
    """Make the window tall enough that the whole dashboard is in the picture."""
    scroll = getattr(page, "scroll", None)
    if scroll is None:
        return
    inner = scroll.widget()
    extra = inner.sizeHint().height() - scroll.viewport().height()
    if extra > 0:
        window.resize(window.width(), window.height() + extra + 4)
        _settle(app, page)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
