"""Charts drawn with QPainter, as vectors: the same code paints the dashboard and the PDF.

Each ``draw_*`` function paints into a rectangle of any ``QPainter`` (a widget, a
``QPdfWriter``, an image) from plain data, so the dashboard and the report share one chart.
Sizes are given in points and converted with the device's resolution, so a chart looks the same
on a 96 dpi screen and a 300 dpi PDF. Colours are calm; red is kept for crises (design brief),
and every series differs by shape as well as colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from after_hours.availability.i18n import _
from after_hours.availability.localformat import day_month, long_date
from after_hours.availability.report.text import (
    CBI_HIGH,
    CBI_MODERATE,
    CHART_BAND,
    CHART_EMPTY,
    CHART_UNIT,
    CHART_USUAL,
    level_label,
)
from after_hours.availability.status import MONTHS, WEEKDAYS

INK = QColor("#222222")
MUTED = QColor("#5f6368")
GRID = QColor("#dadce0")
BAR = QColor("#4f7cac")
BAR_PARTIAL = QColor("#b9cde3")
BAND = QColor("#dce6f2")
BASELINE = QColor("#1f2d3d")
LEVEL_COLOURS = {
    "low": QColor("#cfd8cf"),
    "elevated": QColor("#e3a23b"),
    "high": QColor("#b5562b"),
}
HEAT_LOW = QColor("#f4f7fb")
HEAT_HIGH = QColor("#173f6b")
# The self-check scales in the PDF (personal, work, client): the same Okabe-Ito colours as on
# screen (widgets/selfcheck_chart.STYLES); they differed (issue 17).
SERIES = (
    (QColor("#0072B2"), Qt.PenStyle.SolidLine, "circle"),
    (QColor("#D55E00"), Qt.PenStyle.DashLine, "square"),
    (QColor("#009E73"), Qt.PenStyle.DotLine, "triangle"),
)
WEEKDAY_LABELS = WEEKDAYS  # English short names, translated where drawn


@dataclass(frozen=True)
class LoadPoint:
    """One week of the load chart: the value, the baseline, the usual band and the level."""

    week_start: date
    value: float
    baseline: float | None = None
    band: tuple[float, float] | None = None
    level: str | None = None
    partial: bool = False  # a week not over yet: drawn pale, so a low count is not misread


def load_points(rows: Sequence[Any], name: str = "after_hours_contacts") -> list[LoadPoint]:
    """Chart points from report week rows (``after_hours.availability.report.model.WeekRow``)."""
    return [
        LoadPoint(
            w.week_start,
            float(w.values.get(name, 0.0)),
            w.baselines.get(name),
            w.band,
            w.level,
            w.partial or w.cut is not None,  # not over yet, or cut by the period
        )
        for w in rows
    ]


def points_to_device(painter: QPainter, pt: float) -> float:
    """A length in points on the painter's device (1 pt = 1/72 inch)."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 72
    return pt * dpi / 72.0


def _font(size_pt: float, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setFeature(QFont.Tag("liga"), 0)  # plain letters in a PDF's text layer
    return f


def nice_step(value: float, max_ticks: int = 5) -> float:
    """A round tick step (1, 2, 5, 10, 20, 50...) giving at most ``max_ticks`` steps to ``value``."""
    if value <= 0:
        return 1.0
    raw = value / max_ticks
    exp = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for m in (1, 2, 5, 10):
        if m * exp >= raw:
            return float(m * exp)
    return float(10 * exp)


def axis_ticks(value: float, max_ticks: int = 5) -> list[float]:
    """Whole, round ticks from 0 to the first one at or above ``value``."""
    step = nice_step(value, max_ticks)
    out = [0.0]
    while out[-1] < value - 1e-9:
        out.append(out[-1] + step)
    if len(out) == 1:
        out.append(step)
    return out


def _num(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}"


def mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(1.0, max(0.0, t))
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def empty_chart_text(points: Sequence[LoadPoint]) -> str:
    """What an empty profile's chart says, rather than a bare 0-1 axis that looks like data."""
    if any(pt.value for pt in points) or any(pt.baseline for pt in points):
        return ""
    return _(CHART_EMPTY)


def draw_load_chart(
    p: QPainter,
    rect: QRectF,
    points: Sequence[LoadPoint],
    *,
    unit: str | None = None,
    font_pt: float = 7.5,
) -> None:
    """Weekly bars with the baseline (a line), the usual range (a band) and the risk level strip.

    The strip under the bars carries the week's level, so the risk over time reads with the load.
    The legend keeps to ``rect``: an entry that does not fit whole is left out, never cut.
    """
    if unit is None:
        unit = _(CHART_UNIT)
    u = points_to_device(p, 1)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = _font(font_pt)
    fm = QFontMetricsF(small, p.device())
    p.setFont(small)
    ticks = axis_ticks(
        max(
            [pt.value for pt in points]
            + [pt.baseline or 0 for pt in points]
            + [pt.band[1] if pt.band else 0 for pt in points]
            + [1.0]
        )
    )
    top_value = ticks[-1]
    axis_w = max(fm.horizontalAdvance(_num(t)) for t in ticks) + 4 * u
    legend_h = fm.height() + 4 * u
    strip_h = 6 * u
    label_h = fm.height() + 3 * u
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + legend_h,
        rect.width() - axis_w,
        rect.height() - legend_h - strip_h - label_h - 2 * u,
    )

    def y(v: float) -> float:
        return plot.bottom() - plot.height() * (v / top_value)

    # Axis, grid and unit.
    p.setPen(QPen(GRID, 0.5 * u))
    for t in ticks:
        p.drawLine(QPointF(plot.left(), y(t)), QPointF(plot.right(), y(t)))
        p.setPen(MUTED)
        p.drawText(
            QRectF(rect.left(), y(t) - fm.height() / 2, axis_w - 3 * u, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _num(t),
        )
        p.setPen(QPen(GRID, 0.5 * u))
    n = max(len(points), 1)
    slot = plot.width() / n
    bar_w = max(slot * 0.7, 0.5 * u)

    # Usual range band, drawn as one stepped shape behind the bars.
    for i, pt in enumerate(points):
        if pt.band:
            lo, hi = pt.band
            p.fillRect(
                QRectF(plot.left() + i * slot, y(hi), slot, max(y(lo) - y(hi), 0.5 * u)), BAND
            )
    # Bars.
    for i, pt in enumerate(points):
        x = plot.left() + i * slot + (slot - bar_w) / 2
        bar = QRectF(x, y(pt.value), bar_w, plot.bottom() - y(pt.value))
        if pt.partial:
            p.fillRect(bar, BAR_PARTIAL)
            p.setPen(QPen(BAR, 0.6 * u))
            p.drawRect(bar)
        else:
            p.fillRect(bar, BAR)
    # Baseline as a stepped line.
    pen = QPen(BASELINE, 1.2 * u)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    path = QPainterPath()
    started = False
    for i, pt in enumerate(points):
        if pt.baseline is None:
            started = False
            continue
        x0, x1 = plot.left() + i * slot, plot.left() + (i + 1) * slot
        if not started:
            path.moveTo(x0, y(pt.baseline))
            started = True
        else:
            path.lineTo(x0, y(pt.baseline))
        path.lineTo(x1, y(pt.baseline))
    p.drawPath(path)
    p.setPen(QPen(MUTED, 0.7 * u))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    # Level strip.
    strip_top = plot.bottom() + 2 * u
    for i, pt in enumerate(points):
        if pt.level:
            colour = LEVEL_COLOURS.get(pt.level, GRID)
            p.fillRect(
                QRectF(plot.left() + i * slot + 0.3 * u, strip_top, slot - 0.6 * u, strip_h), colour
            )

    # X labels: every week when there is room, else every month by name; the year is on the
    # first label and on each January, so a report across a new year reads right (issue 17).
    p.setPen(MUTED)
    label_y = strip_top + strip_h + 1 * u
    widest = fm.horizontalAdvance("30 Sep") + 4 * u
    every_week = widest <= slot
    last_right = -1e9
    for i, pt in enumerate(points):
        d = pt.week_start
        new_year = i == 0 or d.year != points[i - 1].week_start.year
        if every_week:
            texts = [day_month(d)]
            if new_year:
                texts.insert(0, long_date(d))
        elif i == 0 or d.month != points[i - 1].week_start.month:
            # Fall back to shorter words rather than leave a month out.
            month = _(MONTHS[d.month - 1])
            texts = [month, month[0]]
            if new_year:
                texts = [f"{month} {d.year}", str(d.year), *texts]
        else:
            continue
        x = plot.left() + i * slot + (slot / 2 if every_week else 0)
        for text in texts:
            w = fm.horizontalAdvance(text)
            left = x - w / 2 if every_week else x
            if left >= last_right + 2 * u and left + w <= rect.right():
                p.drawText(QPointF(left, label_y + fm.ascent()), text)
                last_right = left + w
                break

    empty = empty_chart_text(points)
    if empty:
        p.setPen(MUTED)
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty)

    # Legend.
    lx = plot.left()
    ly = rect.top()
    p.setPen(INK)

    def swatch(fill: QColor | None, text: str, dashed: bool = False) -> None:
        nonlocal lx
        if lx + 13 * u + fm.horizontalAdvance(text) > rect.right():
            lx = rect.right()  # no room: this entry and the ones after it are left out
            return
        box = QRectF(lx, ly + fm.height() / 2 - 3 * u, 10 * u, 6 * u)
        if dashed:
            dp = QPen(BASELINE, 1.2 * u)
            dp.setStyle(Qt.PenStyle.DashLine)
            p.setPen(dp)
            p.drawLine(
                QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y())
            )
        elif fill is not None:
            p.fillRect(box, fill)
        p.setPen(INK)
        p.drawText(QPointF(box.right() + 3 * u, ly + fm.ascent()), text)
        lx = box.right() + 3 * u + fm.horizontalAdvance(text) + 9 * u

    swatch(BAR, unit)
    swatch(None, _(CHART_USUAL), dashed=True)
    swatch(BAND, _(CHART_BAND))
    swatch(LEVEL_COLOURS["elevated"], level_label("elevated").lower())
    swatch(LEVEL_COLOURS["high"], level_label("high").lower())
    p.restore()


def draw_heat_map(
    p: QPainter,
    rect: QRectF,
    cells: Sequence[Sequence[int]],
    *,
    font_pt: float = 7.0,
    row_labels: Sequence[str] | None = None,
) -> None:
    """Counts by weekday (rows) and hour (columns); darker is more, numbers in non-empty cells.

    The rows are the weekdays in the interface's language unless ``row_labels`` are given.
    """
    if row_labels is None:
        row_labels = [_(name) for name in WEEKDAY_LABELS]
    u = points_to_device(p, 1)
    p.save()
    small = _font(font_pt)
    fm = QFontMetricsF(small, p.device())
    p.setFont(small)
    label_w = max(fm.horizontalAdvance(s) for s in row_labels) + 5 * u
    head_h = fm.height() + 3 * u
    grid = QRectF(
        rect.left() + label_w, rect.top() + head_h, rect.width() - label_w, rect.height() - head_h
    )
    rows, cols = len(cells), len(cells[0]) if cells else 24
    cw, ch = grid.width() / cols, grid.height() / max(rows, 1)
    top = max((max(r) for r in cells), default=0)
    p.setPen(MUTED)
    for h in range(cols):
        if h % 3 == 0:
            p.drawText(
                QRectF(grid.left() + h * cw, rect.top(), cw * 3, head_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{h:02d}:00",
            )
    for r, row in enumerate(cells):
        p.setPen(INK)
        p.drawText(
            QRectF(rect.left(), grid.top() + r * ch, label_w - 4 * u, ch),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            row_labels[r],
        )
        for c, n in enumerate(row):
            cell = QRectF(grid.left() + c * cw, grid.top() + r * ch, cw, ch)
            t = (n / top) ** 0.7 if top and n else 0.0
            colour = mix(HEAT_LOW, HEAT_HIGH, 0.12 + 0.88 * t) if n else HEAT_LOW
            p.fillRect(cell, colour)
            if n and fm.horizontalAdvance(str(n)) < cw - u:
                p.setPen(QColor("white") if t > 0.45 else INK)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(n))
    p.setPen(QPen(QColor("white"), 0.8 * u))
    for c in range(cols + 1):
        x = grid.left() + c * cw
        p.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
    for r in range(rows + 1):
        yy = grid.top() + r * ch
        p.drawLine(QPointF(grid.left(), yy), QPointF(grid.right(), yy))
    p.restore()


def _marker(p: QPainter, shape: str, c: QPointF, r: float) -> None:
    if shape == "square":
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        path = QPainterPath()
        path.moveTo(c.x(), c.y() - r * 1.2)
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.8)
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.8)
        path.closeSubpath()
        p.drawPath(path)
    else:
        p.drawEllipse(c, r, r)


def draw_trend_chart(
    p: QPainter,
    rect: QRectF,
    dates: Sequence[date],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    font_pt: float = 7.5,
    bands: Sequence[tuple[float, str]] | None = None,
) -> None:
    """Scores 0-100 over time, one line per scale (colour, dash and marker differ).

    The default bands are the CBI's conventional 50 (moderate) and 75 (high), labelled in the
    interface's language.
    """
    if bands is None:
        bands = ((50.0, _(CBI_MODERATE)), (75.0, _(CBI_HIGH)))
    u = points_to_device(p, 1)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = _font(font_pt)
    fm = QFontMetricsF(small, p.device())
    p.setFont(small)
    axis_w = fm.horizontalAdvance("100") + 5 * u
    legend_h = fm.height() + 4 * u
    label_h = fm.height() + 3 * u
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + legend_h,
        rect.width() - axis_w - max((fm.horizontalAdvance(b[1]) for b in bands), default=0) - 6 * u,
        rect.height() - legend_h - label_h,
    )

    def y(v: float) -> float:
        return plot.bottom() - plot.height() * v / 100.0

    for t in (0, 25, 50, 75, 100):
        p.setPen(QPen(GRID, 0.5 * u))
        p.drawLine(QPointF(plot.left(), y(t)), QPointF(plot.right(), y(t)))
        p.setPen(MUTED)
        p.drawText(
            QRectF(rect.left(), y(t) - fm.height() / 2, axis_w - 3 * u, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(t),
        )
    for value, text in bands:
        pen = QPen(MUTED, 0.7 * u)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        p.setPen(MUTED)
        p.drawText(QPointF(plot.right() + 3 * u, y(value) + fm.ascent() / 2 - u), text)

    if dates:
        lo, hi = dates[0].toordinal(), dates[-1].toordinal()
        span = max(hi - lo, 1)

        def x(d: date) -> float:
            if hi == lo:
                return plot.center().x()
            return plot.left() + plot.width() * (d.toordinal() - lo) / span

        for i, (_name, values) in enumerate(series):
            colour, style, shape = SERIES[i % len(SERIES)]
            pen = QPen(colour, 1.4 * u)
            pen.setStyle(style)
            p.setPen(pen)
            path = QPainterPath()
            started = False
            for d, v in zip(dates, values, strict=False):
                if v is None:
                    started = False
                    continue
                pt = QPointF(x(d), y(v))
                if started:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    started = True
            p.drawPath(path)
            p.setPen(QPen(colour, 1.0 * u))
            p.setBrush(QBrush(colour))
            for d, v in zip(dates, values, strict=False):
                if v is not None:
                    _marker(p, shape, QPointF(x(d), y(v)), 2.2 * u)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(MUTED)
        shown = {0, len(dates) - 1} if len(dates) > 6 else set(range(len(dates)))
        for i in sorted(shown):
            d = dates[i]
            text = day_month(d)
            w = fm.horizontalAdvance(text)
            left = min(max(x(d) - w / 2, plot.left()), plot.right() - w)
            p.drawText(QPointF(left, plot.bottom() + 2 * u + fm.ascent()), text)

    lx = plot.left()
    for i, (name, _values) in enumerate(series):
        colour, style, shape = SERIES[i % len(SERIES)]
        pen = QPen(colour, 1.4 * u)
        pen.setStyle(style)
        p.setPen(pen)
        cy = rect.top() + fm.height() / 2
        p.drawLine(QPointF(lx, cy), QPointF(lx + 14 * u, cy))
        p.setBrush(QBrush(colour))
        p.setPen(QPen(colour, u))
        _marker(p, shape, QPointF(lx + 7 * u, cy), 2.2 * u)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(INK)
        p.drawText(QPointF(lx + 17 * u, rect.top() + fm.ascent()), name)
        lx += 17 * u + fm.horizontalAdvance(name) + 10 * u
    p.restore()


class LoadChartWidget(QWidget):
    """The load chart on screen (the dashboard's 12-week chart); call ``set_points`` to update."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[LoadPoint] = []
        self.setMinimumSize(320, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("After-hours contacts by week"))

    def set_points(self, points: Sequence[LoadPoint]) -> None:
        self._points = list(points)
        self.update()

    def points(self) -> list[LoadPoint]:
        return list(self._points)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        try:
            draw_load_chart(p, QRectF(self.rect()).adjusted(6, 6, -6, -6), self._points)
        finally:
            p.end()


class HeatMapWidget(QWidget):
    """The weekday x hour heat map on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list[list[int]] = [[0] * 24 for _day in range(7)]
        self.setMinimumSize(360, 140)
        self.setAccessibleName(self.tr("After-hours contacts by weekday and hour"))

    def set_cells(self, cells: Sequence[Sequence[int]]) -> None:
        self._cells = [list(r) for r in cells]
        self.update()

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        try:
            draw_heat_map(p, QRectF(self.rect()).adjusted(6, 6, -6, -6), self._cells)
        finally:
            p.end()
