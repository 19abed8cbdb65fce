"""The self-check's results: each scale's score on a 0-100 bar, its band and the convention.

Shown by the dialog after Save; a widget of its own so the dashboard can show the latest result
the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.selfcheck import Band, Questionnaire, ScaleScore, SelfCheck, cbi
from after_hours.ui.base.dates import score_text

# Calm tints for the conventional bands: no alarm red (that is kept for a crisis).
BAND_TINTS = {
    Band.LOWER: QColor("#dfe9f3"),
    Band.MODERATE: QColor("#f6e3b4"),
    Band.HIGH: QColor("#eac3a4"),
}
BAR_COLOUR = QColor("#3f5f7f")


class ScoreBar(QWidget):
    """A 0-100 bar with the conventional bands tinted behind it and their edges labelled."""

    BAR_HEIGHT = 14

    def __init__(self, value: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setMinimumSize(220, self.BAR_HEIGHT + self.fontMetrics().height() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        pad = metrics.horizontalAdvance("100") / 2 + 1
        r = QRectF(pad, 0.5, self.width() - 2 * pad, self.BAR_HEIGHT)
        interp = cbi().interpretation
        spans = [
            (0.0, interp.moderate_from, BAND_TINTS[Band.LOWER]),
            (interp.moderate_from, interp.high_from, BAND_TINTS[Band.MODERATE]),
            (interp.high_from, 100.0, BAND_TINTS[Band.HIGH]),
        ]
        painter.setPen(Qt.PenStyle.NoPen)
        for lo, hi, colour in spans:
            painter.setBrush(colour)
            painter.drawRect(
                QRectF(
                    r.left() + r.width() * lo / 100,
                    r.top(),
                    r.width() * (hi - lo) / 100,
                    r.height(),
                )
            )
        if self.value is not None:
            x = r.left() + r.width() * self.value / 100
            painter.setBrush(BAR_COLOUR)
            painter.drawRect(QRectF(r.left(), r.center().y() - 3, x - r.left(), 6))
            painter.drawEllipse(QRectF(x - 6, r.center().y() - 6, 12, 12))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for tick in (0.0, interp.moderate_from, interp.high_from, 100.0):
            x = r.left() + r.width() * tick / 100
            text = f"{tick:g}"
            w = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x - w / 2 - 2, r.bottom() + 2, w + 4, metrics.height()), text)
        painter.end()


class SelfCheckResults(QWidget):
    """The scores of one saved self-check, with the bands labelled as a convention."""

    close_requested = Signal()

    def __init__(
        self,
        check: SelfCheck,
        questionnaire: Questionnaire | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._q = questionnaire or cbi()
        self.check = check
        self.setAccessibleName(self.tr("Self-check results"))
        self.score_labels: dict[str, QLabel] = {}
        self.band_labels: dict[str, QLabel] = {}
        self._build(check)

    def band_text(self, scale: ScaleScore) -> str:
        if scale.band is None:
            return self.tr("Not scored: fewer than half of its questions were answered.")
        return {
            Band.LOWER: self.tr("Under 50"),
            Band.MODERATE: self.tr("Moderate (50 to under 75)"),
            Band.HIGH: self.tr("High (75 or more)"),
        }[scale.band]

    def closing_text(self, check: SelfCheck) -> str:
        band = check.scores.highest_band
        if band is Band.HIGH:
            return self.tr(
                "Some of this sounds heavy. It may help to talk it over with your supervisor or "
                "someone you trust, and to look at your after-hours load with them."
            )
        if band is Band.MODERATE:
            return self.tr(
                "Worth keeping an eye on: compare it with your next self-check and with your "
                "weekly after-hours figures."
            )
        return self.tr("Thank you for checking in. Doing this about once a month shows the trend.")

    def _build(self, check: SelfCheck) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Your self-check is saved"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        layout.addWidget(title)
        self.score_labels: dict[str, QLabel] = {}
        self.band_labels: dict[str, QLabel] = {}
        for scale in check.scores.scales:
            frame = QFrame()
            frame.setAccessibleName(scale.name)
            grid = QVBoxLayout(frame)
            grid.setContentsMargins(0, 10, 0, 4)
            top = QHBoxLayout()
            name = QLabel(scale.name)
            bold = name.font()
            bold.setWeight(QFont.Weight.DemiBold)
            name.setFont(bold)
            value = QLabel("–" if scale.score is None else score_text(scale.score))
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.3)
            value.setFont(big)
            value.setAccessibleName(self.tr("%1 score").replace("%1", scale.name))
            top.addWidget(name)
            top.addStretch(1)
            top.addWidget(value)
            band = QLabel(
                self.band_text(scale)
                + "  ·  "
                + self.tr("%1 of %2 answered")
                .replace("%1", str(scale.answered))
                .replace("%2", str(scale.items))
            )
            band.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addLayout(top)
            grid.addWidget(ScoreBar(scale.score))
            grid.addWidget(band)
            self.score_labels[scale.scale_id] = value
            self.band_labels[scale.scale_id] = band
            layout.addWidget(frame)
        self.closing = QLabel(self.closing_text(check))
        self.closing.setWordWrap(True)
        layout.addSpacing(10)
        layout.addWidget(self.closing)
        self.convention = QLabel(
            self.tr(
                "Scores run from 0 to 100. The bands are a convention (50 to under 75 moderate, "
                "75 or more high, as used by the UK General Medical Council); the inventory's "
                "authors set no cut-offs. This is a self-monitoring aid, not a diagnosis."
            )
        )
        self.convention.setWordWrap(True)
        layout.addWidget(self.convention)
        source = QLabel(self._q.citation)
        source.setWordWrap(True)
        source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(source)
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close_requested)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(close)
