"""Render the app icon's SVG to the hicolor PNG sizes desktops and Flatpak expect.

    .venv/bin/python packaging/make-icons.py [OUT_DIR]     default: packaging/icons/hicolor

Writes OUT_DIR/NxN/apps/org.afterhours.AfterHours.png for each size. Rendered offscreen with
QtSvg, so it runs headless; the PNGs are committed, and tests/test_packaging.py renders them
again and compares pixels, so they cannot drift from the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.afterhours.AfterHours"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / f"{APP_ID}.svg"


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon at ``size`` pixels square, on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def icon_path(out: Path, size: int) -> Path:
    return out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "icons" / "hicolor"
    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        path = icon_path(out, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
