"""What the first frame sets without the ``Qt`` namespace is what the enums would have set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QScrollArea

from after_hours.availability.resources import resource_bytes
from after_hours.ui.base import qt_namespace
from after_hours.ui.base.icons import svg_pixmap
from after_hours.ui.base.qt_namespace import set_enum_property


def test_enum_properties_set_by_name_are_the_enums(qapp: object) -> None:
    label = QLabel("<b>C.M.</b>")
    set_enum_property(label, "textFormat", "PlainText")
    set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")
    scroll = QScrollArea()
    set_enum_property(scroll, "focusPolicy", "NoFocus")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_misspelt_key_or_property_fails_instead_of_keeping_the_default(qapp: object) -> None:
    label = QLabel("x")
    with pytest.raises(ValueError, match="textFormat"):
        set_enum_property(label, "textFormat", "Plaintext")
    with pytest.raises(ValueError, match="textFromat"):
        set_enum_property(label, "textFromat", "PlainText")
    assert label.textFormat() == Qt.TextFormat.AutoText


def test_the_late_namespace_hands_out_pysides_own_enums() -> None:
    late = qt_namespace.Qt
    assert late.AlignmentFlag is Qt.AlignmentFlag
    assert late.WidgetAttribute.WA_DeleteOnClose is Qt.WidgetAttribute.WA_DeleteOnClose
    with pytest.raises(AttributeError):
        late.NoSuchEnum  # noqa: B018


def test_icons_cleared_by_the_painter_match_icons_filled_transparent(qapp: object) -> None:
    """The painter's clear (no ``Qt`` needed) leaves exactly the pixels a transparent fill did."""
    for name, side in (("app.svg", 16), ("app.svg", 48), ("state-crisis.svg", 96)):
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        QSvgRenderer(QByteArray(resource_bytes("icons", name))).render(
            painter, QRectF(0, 0, side, side)
        )
        painter.end()
        drawn = svg_pixmap(name, side).toImage()
        assert drawn.convertToFormat(image.format()) == image, name
        assert drawn.pixelColor(0, 0).alpha() == 0  # the corner is see-through
