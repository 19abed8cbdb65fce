"""SVG icons from the shipped resources, rendered sharp at any device pixel ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from after_hours.availability.resources import resource_bytes


def svg_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    return _render(_renderer(name), size, ratio)


def _renderer(name: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(resource_bytes("icons", name)))


def _render(renderer: QSvgRenderer, size: int, ratio: float = 1.0) -> QPixmap:
    side = max(1, round(size * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    # Cleared to transparent by the painter: ``image.fill(Qt.GlobalColor.transparent)`` would
    # build the ``Qt`` namespace before the first paint (ui/base/qt_namespace.py).
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.eraseRect(image.rect())
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def svg_icon(name: str) -> QIcon:
    # One parse for every size: the window and tray icons are drawn before the first paint,
    # and parsing the file again for each of the seven sizes took most of their time.
    renderer = _renderer(name)
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128):
        icon.addPixmap(_render(renderer, size))
    return icon
