"""The QPainter charts paint on screen widgets as well as in the PDF."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from after_hours.ui.widgets.charts import (
    BAR,
    HEAT_HIGH,
    HeatMapWidget,
    LoadChartWidget,
    LoadPoint,
    axis_ticks,
    draw_trend_chart,
)


def test_axis_ticks_are_round_and_cover_the_maximum() -> None:
    assert axis_ticks(5) == [0, 1, 2, 3, 4, 5]
    assert axis_ticks(7) == [0, 2, 4, 6, 8]
    assert axis_ticks(0.4) == [0, 1]
    assert axis_ticks(37) == [0, 10, 20, 30, 40]


def colours(img: QImage) -> set[str]:
    return {
        img.pixelColor(x, y).name()
        for x in range(0, img.width(), 2)
        for y in range(0, img.height(), 2)
    }


def test_load_chart_widget_draws_bars(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = LoadChartWidget()
    qtbot.addWidget(w)
    w.resize(480, 220)
    weeks = [date(2026, 9, 7) + timedelta(weeks=i) for i in range(12)]
    w.set_points([LoadPoint(d, float(i % 5), 2.0, (1.0, 3.0), "low") for i, d in enumerate(weeks)])
    assert len(w.points()) == 12
    assert BAR.name() in colours(w.grab().toImage())


def test_heat_map_widget_shades_the_busiest_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = HeatMapWidget()
    qtbot.addWidget(w)
    w.resize(520, 200)
    cells = [[0] * 24 for _ in range(7)]
    cells[4][22] = 9
    w.set_cells(cells)
    assert HEAT_HIGH.name() in colours(w.grab().toImage())


def test_trend_chart_paints_on_an_image(qapp) -> None:  # type: ignore[no-untyped-def]
    img = QImage(400, 200, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    draw_trend_chart(
        p,
        QRectF(0, 0, 400, 200),
        [date(2026, 1, 5), date(2026, 2, 2)],
        [("Personal burnout", [40.0, 60.0]), ("Client-related burnout", [None, 30.0])],
    )
    p.end()
    assert len(colours(img)) > 5


def test_self_check_colours_match_between_screen_and_pdf() -> None:
    """Issue 17: the self-check scales had one set of colours on screen, another in the PDF."""
    from after_hours.ui.widgets.charts import SERIES
    from after_hours.ui.widgets.selfcheck_chart import STYLES

    for (colour, pen, shape), name in zip(SERIES, ("personal", "work", "client"), strict=True):
        style = STYLES[name]
        assert (colour.name(), pen, shape) == (style.colour.name(), style.pen, style.marker)


def test_an_empty_profile_chart_says_no_data_yet() -> None:
    """Issue 17: the empty profile's chart showed a bare 0-1 axis."""
    from datetime import date, timedelta

    from after_hours.ui.widgets.charts import LoadPoint, empty_chart_text

    monday = date(2026, 11, 16)
    empty = [LoadPoint(monday - timedelta(weeks=i), 0.0, None, None, "low") for i in range(12)]
    assert empty_chart_text(empty).startswith("No data yet")
    some = [*empty[:-1], LoadPoint(monday, 3.0, None, None, "low")]
    assert empty_chart_text(some) == ""
