"""Coloured words are readable: the "elevated" flag was 3.5:1 (issue 17); WCAG AA is 4.5:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from after_hours.availability.burnout.risk import Level
from after_hours.ui.widgets.dashboard import FLAG_COLOURS


def luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_old_amber_fails_and_the_contrast_check_can_tell() -> None:
    assert contrast(QColor("#b07800"), QColor("#efefef")) < 4.5


@pytest.mark.parametrize("level", [Level.ELEVATED, Level.HIGH])
def test_flag_words_reach_4_5_to_1_on_the_backgrounds_they_sit_on(qapp, level: Level) -> None:  # type: ignore[no-untyped-def]
    palette = QApplication.palette()
    backgrounds = [
        QColor("#ffffff"),
        QColor("#efefef"),
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.AlternateBase),
    ]
    for background in backgrounds:
        assert contrast(QColor(FLAG_COLOURS[level]), background) >= 4.5, background.name()
