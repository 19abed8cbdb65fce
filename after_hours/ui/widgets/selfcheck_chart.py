"""The self-check trend as a QPainter line chart: personal, work and client scales over time.

The drawing is a plain function over a ``QPainter`` and a rectangle, so the same code paints
the widget on screen and a page of a PDF report (PySide6-Essentials only; no QtCharts). Each
scale has its own colour *and* its own line style and marker shape, so it reads without colour
too. The conventional bands are tinted behind the lines and labelled as a convention.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from after_hours.availability.selfcheck import SCALE_COLUMNS, Band, TrendPoint, cbi
from after_hours.ui.base.dates import full_date
from after_hours.ui.widgets.selfcheck_results import BAND_TINTS


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    pen: Qt.PenStyle
    marker: str  # "circle", "square" or "triangle"


# Okabe-Ito colours (distinguishable with common colour-vision differences).
STYLES = {
    "personal": SeriesStyle(QColor("#0072B2"), Qt.PenStyle.SolidLine, "circle"),
    "work": SeriesStyle(QColor("#D55E00"), Qt.PenStyle.DashLine, "square"),
    "client": SeriesStyle(QColor("#009E73"), Qt.PenStyle.DotLine, "triangle"),
}


@dataclass(frozen=True)
class ChartTexts:
    """Words drawn on the chart, translated by the caller."""

    empty: str = "No self-checks yet."
    moderate: str = "moderate, 50 to under 75 (a convention)"
    high: str = "high, 75 or more (a convention)"
    legend: tuple[tuple[str, str], ...] = ()


def paint_trend(
    painter: QPainter,
    area: QRectF,
    points: list[TrendPoint],
    tz: tzinfo,
    palette: QPalette,
    texts: ChartTexts,
) -> dict[str, list[QPointF]]:
    """Draw the chart into ``area``; returns the plotted positions per scale (for tests)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    styles = styles_for(palette)
    fm = QFontMetricsF(painter.font())
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    soft = palette.color(QPalette.ColorRole.PlaceholderText)
    legend_h = 2 * (fm.height() + 6)
    left = area.left() + fm.horizontalAdvance("100") + 10
    plot = QRectF(left, area.top() + legend_h + 4, area.right() - left - 8, 0)
    plot.setBottom(area.bottom() - fm.height() - 8)
    interp = cbi().interpretation

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / 100

    # Bands, then grid and axis labels.
    painter.setPen(Qt.PenStyle.NoPen)
    for lo, hi, band in (
        (interp.moderate_from, interp.high_from, Band.MODERATE),
        (interp.high_from, 100.0, Band.HIGH),
    ):
        painter.setBrush(_tint(band, palette))
        painter.drawRect(QRectF(plot.left(), y_of(hi), plot.width(), y_of(lo) - y_of(hi)))
    grid = QPen(palette.color(QPalette.ColorRole.Mid))
    grid.setWidthF(0.6)
    for value in (0, 25, 50, 75, 100):
        y = y_of(value)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(soft)
        painter.drawText(
            QRectF(area.left(), y - fm.height() / 2, left - area.left() - 6, fm.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(value),
        )

    # Legend across the top: each scale's line and marker, then the band swatches below.
    x = plot.left()
    row_h = fm.height() + 6
    mid = area.top() + row_h / 2
    for scale_id, name in texts.legend:
        style = styles[scale_id]
        _pen(painter, style)
        painter.drawLine(QPointF(x, mid), QPointF(x + 28, mid))
        _marker(painter, style, QPointF(x + 14, mid))
        painter.setPen(text_colour)
        painter.drawText(QPointF(x + 34, mid + fm.ascent() / 2 - 1), name)
        x += 34 + fm.horizontalAdvance(name) + 22
    x = plot.left()
    mid += row_h
    for label, band in ((texts.moderate, Band.MODERATE), (texts.high, Band.HIGH)):
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0.8))
        painter.setBrush(_tint(band, palette))
        painter.drawRect(QRectF(x, mid - 6, 28, 12))
        painter.setPen(soft)
        painter.drawText(QPointF(x + 34, mid + fm.ascent() / 2 - 1), label)
        x += 34 + fm.horizontalAdvance(label) + 22

    plotted: dict[str, list[QPointF]] = {s: [] for s in SCALE_COLUMNS}
    if not points:
        painter.setPen(soft)
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), texts.empty)
        painter.restore()
        return plotted

    first, last = points[0].at, points[-1].at
    span = max((last - first).total_seconds(), 1.0)
    inset = 12.0 if len(points) > 1 else plot.width() / 2

    def x_of(at: datetime) -> float:
        if len(points) == 1:
            return plot.center().x()
        return (
            plot.left() + inset + (plot.width() - 2 * inset) * (at - first).total_seconds() / span
        )

    # Date labels: first, last and evenly between, never overlapping.
    painter.setPen(soft)
    label_w = fm.horizontalAdvance("28 Sep 2026") + 16
    slots = max(1, min(len(points) - 1, int(plot.width() // label_w)))
    shown: list[float] = []  # left edges of the labels drawn so far
    # First and last are always labelled; the ones between only where they fit.
    order = [0, slots, *range(1, slots)] if slots > 1 else list(range(slots + 1))
    for i in order:
        at = first + timedelta(seconds=span * i / slots) if len(points) > 1 else first
        box_left = min(max(x_of(at) - label_w / 2, area.left()), area.right() - label_w)
        if any(abs(box_left - other) < label_w for other in shown):
            continue
        shown.append(box_left)
        text = full_date(at.astimezone(tz))
        painter.drawText(
            QRectF(box_left, plot.bottom() + 4, label_w, fm.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            text,
        )

    # Lines (broken where a scale was not scored), then markers on top.
    for scale_id in SCALE_COLUMNS:
        style = styles[scale_id]
        path = QPainterPath()
        pen_down = False
        for p in points:
            value = p.value(scale_id)
            if value is None:
                pen_down = False
                continue
            pos = QPointF(x_of(p.at), y_of(value))
            plotted[scale_id].append(pos)
            if pen_down:
                path.lineTo(pos)
            else:
                path.moveTo(pos)
                pen_down = True
        _pen(painter, style)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for pos in plotted[scale_id]:
            _marker(painter, style, pos)
    painter.restore()
    return plotted


def styles_for(palette: QPalette) -> dict[str, SeriesStyle]:
    """The series styles; on a dark palette the blue is lightened (Okabe-Ito sky blue)."""
    if palette.color(QPalette.ColorRole.Window).lightnessF() >= 0.5:
        return STYLES
    return STYLES | {"personal": SeriesStyle(QColor("#56B4E9"), Qt.PenStyle.SolidLine, "circle")}


def _tint(band: Band, palette: QPalette) -> QColor:
    """The band's tint, fainter on a dark palette so the lines and labels stay readable."""
    tint = QColor(BAND_TINTS[band])
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    tint.setAlpha(105 if dark else 150)
    return tint


def _pen(painter: QPainter, style: SeriesStyle) -> None:
    pen = QPen(style.colour)
    pen.setWidthF(2.0)
    pen.setStyle(style.pen)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)


def _marker(painter: QPainter, style: SeriesStyle, at: QPointF) -> None:
    painter.setPen(QPen(style.colour, 1.5))
    painter.setBrush(style.colour)
    r = 4.0
    if style.marker == "circle":
        painter.drawEllipse(at, r, r)
    elif style.marker == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    else:
        path = QPainterPath(QPointF(at.x(), at.y() - r - 1))
        path.lineTo(at.x() + r + 1, at.y() + r)
        path.lineTo(at.x() - r - 1, at.y() + r)
        path.closeSubpath()
        painter.drawPath(path)


class TrendChart(QWidget):
    """The three scale scores over time, with the conventional bands behind them."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.points: list[TrendPoint] = []
        self.plotted: dict[str, list[QPointF]] = {}
        self.setAccessibleName(self.tr("Self-check scores over time"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_points(self, points: list[TrendPoint]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(
            self.tr("%1 self-checks").replace("%1", str(len(self.points)))
        )
        self.update()

    def texts(self) -> ChartTexts:
        names = {s.id: s.name for s in cbi().scales}
        return ChartTexts(
            empty=self.tr("No self-checks yet."),
            moderate=self.tr("moderate, 50 to under 75 (a convention)"),
            high=self.tr("high, 75 or more (a convention)"),
            legend=tuple((sid, names[sid]) for sid in SCALE_COLUMNS),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.plotted = paint_trend(
            painter,
            QRectF(self.rect()).adjusted(4, 4, -4, -4),
            self.points,
            self._tz,
            self.palette(),
            self.texts(),
        )
        painter.end()
