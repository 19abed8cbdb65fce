"""The supervision report as a PDF, drawn with QPainter on a QPdfWriter (vectors, no QtCharts).

The page is laid out in two passes: first every block (heading, paragraph, chart, table row)
is measured, then the blocks are placed on pages, and only then drawn, so each page can say
"Page 2 of 5". Every page carries the period and the generation date. Works headless: with no
display it uses Qt's offscreen platform.

Its words are the domain's gettext messages (``after_hours.availability.i18n``), not Qt's
``tr()``: the same report is written from the CLI, where no Qt translator is installed, and it
shares its labels with the Markdown writer. So the PDF is in the interface's language in the
app and in the environment's from ``after-hours report``. ``make translations`` extracts this
module with the domain.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from after_hours.availability.i18n import _, ngettext
from after_hours.availability.report import text as t
from after_hours.availability.report.compose import summarise_boundary
from after_hours.availability.report.model import Report, WeekRow
from after_hours.availability.report.prompts import scale_label
from after_hours.ui.widgets.charts import (
    GRID,
    INK,
    LEVEL_COLOURS,
    MUTED,
    draw_heat_map,
    draw_load_chart,
    draw_trend_chart,
    load_points,
)

RESOLUTION = 300  # dots per inch of the PDF's coordinate system; the drawing is vector anyway
PT = RESOLUTION / 72.0
PAGE_W, PAGE_H = 595.0 * PT, 842.0 * PT  # A4 in device units
MARGIN_X = 48 * PT
CONTENT_TOP = 62 * PT
CONTENT_BOTTOM = PAGE_H - 46 * PT
CONTENT_W = PAGE_W - 2 * MARGIN_X
FAMILY = "DejaVu Sans"
ZEBRA = QColor("#f3f5f8")
RISK_LIST_MAX = 8  # more raised weeks than this are summarised by reason, with the latest few
RISK_RECENT = 4
BOUNDARY_LIST_MAX = 25  # more events than this are summarised by kind (the CSV lists them all)
ACCENT = QColor("#2d4f73")

_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Qt needs an application object for fonts; with no display, make an offscreen one.

    A full QApplication (not just QGuiApplication), so widgets made later in the same process
    (the app, tests) find the kind of application they need.
    """
    global _app
    if QGuiApplication.instance() is not None:
        return
    from PySide6.QtWidgets import QApplication

    from after_hours.ui.base.display import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication(["after-hours"])


def font(size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    # No "fi"/"ff" ligatures: readers searching or copying the PDF's text find plain words.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


Draw = Callable[[QPainter, float, float], None]  # (painter, x, y) -> None


@dataclass
class Block:
    """A measured piece of a page: its height and how to draw it at (x, y)."""

    height: float
    draw: Draw
    keep_with_next: bool = False
    repeat: Block | None = None  # a table header to draw again when the table breaks
    space_before: float = 0.0


@dataclass
class Layout:
    """Measures text on the PDF device and builds blocks."""

    device: QPdfWriter
    blocks: list[Block] = field(default_factory=list)

    def metrics(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.device)

    def text_height(self, text: str, f: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(f).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def space(self, pts: float) -> None:
        self.add(Block(pts * PT, lambda p, x, y: None))

    def paragraph(
        self,
        text: str,
        *,
        size: float = 9.0,
        bold: bool = False,
        italic: bool = False,
        colour: QColor = INK,
        indent: float = 0.0,
        after: float = 4.0,
        keep: bool = False,
    ) -> None:
        f = font(size, bold=bold, italic=italic)
        width = CONTENT_W - indent * PT
        h = self.text_height(text, f, width)

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setFont(f)
            p.setPen(colour)
            p.drawText(QRectF(x + indent * PT, y, width, h), int(Qt.TextFlag.TextWordWrap), text)

        self.add(Block(h + after * PT, draw, keep_with_next=keep))

    def heading(self, text: str) -> None:
        f = font(12.5, bold=True)
        h = self.metrics(f).height()

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setFont(f)
            p.setPen(ACCENT)
            p.drawText(QPointF(x, y + self.metrics(f).ascent()), text)
            p.setPen(QPen(GRID, 0.8 * PT))
            p.drawLine(QPointF(x, y + h + 2 * PT), QPointF(x + CONTENT_W, y + h + 2 * PT))

        self.add(Block(h + 9 * PT, draw, keep_with_next=True, space_before=12 * PT))

    def numbered(self, items: Sequence[str], size: float = 9.5) -> None:
        f = font(size)
        fb = font(size, bold=True)
        num_w = 16 * PT
        width = CONTENT_W - num_w
        for i, item in enumerate(items, 1):
            h = self.text_height(item, f, width)

            def draw(
                p: QPainter, x: float, y: float, i: int = i, item: str = item, h: float = h
            ) -> None:
                p.setPen(ACCENT)
                p.setFont(fb)
                p.drawText(QPointF(x, y + self.metrics(fb).ascent()), f"{i}.")
                p.setPen(INK)
                p.setFont(f)
                p.drawText(QRectF(x + num_w, y, width, h), int(Qt.TextFlag.TextWordWrap), item)

            self.add(Block(h + 4 * PT, draw))

    def chart(
        self, height_pt: float, paint: Callable[[QPainter, QRectF], None], *, keep: bool = False
    ) -> None:
        """A chart the full content width; ``keep`` holds it on a page with its caption."""
        h = height_pt * PT

        def draw(p: QPainter, x: float, y: float) -> None:
            paint(p, QRectF(x, y, CONTENT_W, h))

        self.add(Block(h + 4 * PT, draw, keep_with_next=keep))

    def table(
        self,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        size: float = 8.0,
        align_right: Sequence[int] = (),
        row_colours: Sequence[QColor | None] | None = None,
    ) -> None:
        """A table whose rows are blocks; its header repeats when it runs onto a new page."""
        total = sum(widths)
        col_w = [CONTENT_W * w / total for w in widths]
        pad = 3 * PT
        f = font(size)
        fb = font(size, bold=True)

        def row_block(cells: Sequence[str], bold: bool, index: int) -> Block:
            rf = fb if bold else f
            heights = [
                self.text_height(c, rf, w - 2 * pad) for c, w in zip(cells, col_w, strict=True)
            ]
            h = max(heights) + 2 * pad
            marker = None if row_colours is None or bold else row_colours[index]

            def draw(p: QPainter, x: float, y: float) -> None:
                if bold:
                    p.fillRect(QRectF(x, y, CONTENT_W, h), QColor("#e4e9f0"))
                elif index % 2 == 1:
                    p.fillRect(QRectF(x, y, CONTENT_W, h), ZEBRA)
                if marker is not None:
                    p.fillRect(QRectF(x, y, 2.5 * PT, h), marker)
                p.setFont(rf)
                p.setPen(INK)
                cx = x
                for i, (c, w) in enumerate(zip(cells, col_w, strict=True)):
                    align = (
                        Qt.AlignmentFlag.AlignRight
                        if i in align_right
                        else Qt.AlignmentFlag.AlignLeft
                    )
                    p.drawText(
                        QRectF(cx + pad, y + pad, w - 2 * pad, h - 2 * pad),
                        int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                        c,
                    )
                    cx += w

            return Block(h, draw)

        header = row_block(list(headers), True, 0)
        header.keep_with_next = True
        self.add(header)
        for i, r in enumerate(rows):
            b = row_block(list(r), False, i)
            b.repeat = header
            self.add(b)
        self.space(6)

    def pairs(self, items: Sequence[tuple[str, str]], columns: int = 2, size: float = 9.0) -> None:
        """Label-value figures in a grid, read across.

        A long label wraps rather than run under its value (French labels are longer).
        """
        f = font(size)
        fb = font(size, bold=True)
        col_w = CONTENT_W / columns
        gap = 12 * PT

        def label_width(j: int, value: str) -> float:
            right = col_w - (0 if j == columns - 1 else gap)
            return right - self.metrics(fb).horizontalAdvance(value) - 6 * PT

        rows = [items[i : i + columns] for i in range(0, len(items), columns)]
        for r in rows:
            text_h = max(
                [self.metrics(f).height()]
                + [self.text_height(label, f, label_width(j, v)) for j, (label, v) in enumerate(r)]
            )
            line_h = text_h + 5 * PT

            def draw(
                p: QPainter,
                x: float,
                y: float,
                r: Sequence[tuple[str, str]] = r,
                line_h: float = line_h,
            ) -> None:
                for j, (label, value) in enumerate(r):
                    cx = x + j * col_w
                    value_w = self.metrics(fb).horizontalAdvance(value)
                    right = cx + col_w - (0 if j == columns - 1 else gap)
                    p.setFont(f)
                    p.setPen(MUTED)
                    p.drawText(
                        QRectF(cx, y, label_width(j, value), line_h),
                        int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                        label,
                    )
                    p.setFont(fb)
                    p.setPen(INK)
                    p.drawText(
                        QRectF(right - value_w - PT, y, value_w + PT, line_h),
                        int(Qt.AlignmentFlag.AlignRight),
                        value,
                    )
                p.setPen(QPen(GRID, 0.5 * PT))
                p.drawLine(
                    QPointF(x, y + line_h - 2 * PT), QPointF(x + CONTENT_W, y + line_h - 2 * PT)
                )

            self.add(Block(line_h, draw))
        self.space(4)


# Paper sizes in device units. The content keeps A4's width on every paper (centred on Letter,
# which is wider) and each page ends its own distance above the bottom edge.
PAPERS = {
    "A4": (PAGE_W, PAGE_H, QPageSize.PageSizeId.A4),
    "Letter": (612.0 * PT, 792.0 * PT, QPageSize.PageSizeId.Letter),
}


def paginate(
    blocks: Sequence[Block], bottom: float = CONTENT_BOTTOM
) -> list[list[tuple[Block, float]]]:
    """Place blocks on pages; headings stay with what follows, table headers repeat."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = CONTENT_TOP
    i = 0
    while i < len(blocks):
        b = blocks[i]
        need = b.height
        j = i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            j += 1
            need += blocks[j].height + blocks[j].space_before
        gap = b.space_before if pages[-1] else 0.0
        if y + gap + need > bottom and pages[-1]:
            pages.append([])
            y = CONTENT_TOP
            gap = 0.0
            if b.repeat is not None:
                pages[-1].append((b.repeat, y))
                y += b.repeat.height
        y += gap
        pages[-1].append((b, y))
        y += b.height
        i += 1
    return pages


def build_layout(report: Report, writer: QPdfWriter) -> Layout:
    r = report
    lay = Layout(writer)
    lay.paragraph(t.title(), size=17, bold=True, colour=ACCENT, after=3)
    lay.paragraph(
        ngettext(
            "{period} · {days} day · times in {zone}",
            "{period} · {days} days · times in {zone}",
            r.period.days,
        ).format(period=t.period_text(r), days=r.period.days, zone=r.period.zone),
        size=10.5,
        after=2,
    )
    lay.paragraph(t.deidentified_line(r), size=8.5, colour=MUTED, after=2)
    lay.paragraph(
        _("Self-monitoring, not a diagnosis: see \u201cWhat these numbers mean\u201d at the end."),
        size=8.5,
        italic=True,
        colour=MUTED,
        after=6,
    )

    lay.heading(_("At a glance"))
    lay.pairs(t.summary_lines(r))

    lay.heading(_("For discussion"))
    if r.prompts:
        lay.numbered([pr.text for pr in r.prompts])
    else:
        lay.paragraph(_("Nothing in this period crossed the rules that choose prompts."))

    lay.heading(_("After-hours load, week by week"))
    if r.weeks and r.load_indicator:
        name = r.load_indicator
        label = next((t.indicator_label(d) for d in r.indicators if d.name == name), name)
        points = load_points(r.weeks, name)
        lay.chart(
            165,
            lambda p, rect: draw_load_chart(p, rect, points, unit=f"{label.lower()}"),
            keep=True,
        )
        legend = [
            _("Bars: each week's figure."),
            _("Dashed line: your usual, the median of the 8 weeks before."),
            _("Shaded band: the middle half of those 8 weeks."),
            _(
                "The strip under the bars shows the week's risk level (grey low, amber elevated, "
                "brown high)."
            ),
        ]
        if any(w.partial or w.cut for w in r.weeks):
            legend.append(_("A pale bar is a week not complete yet, or cut by the period's edges."))
        lay.paragraph(
            " ".join(legend),
            size=7.5,
            colour=MUTED,
        )
    else:
        lay.paragraph(_("No weekly indicators for this period."))

    lay.heading(_("Risk level over time"))
    counts = {lvl: sum(1 for w in r.weeks if w.level == lvl) for lvl in ("low", "elevated", "high")}
    lay.paragraph(
        _("Weeks at each level: low {low}, elevated {elevated}, high {high}.").format(**counts)
        + " "
        + _("The level and its reasons come from your editable thresholds.")
    )
    raised = [w for w in r.weeks if w.level in ("elevated", "high")]

    def raised_table(weeks: Sequence[WeekRow]) -> None:
        lay.table(
            (_("week of"), _("level"), _("reasons")),
            (1.3, 0.9, 5.0),
            [
                (
                    t.week_text(w),
                    t.level_label(w.level),
                    "\n".join(f"\u2022 {x}" for x in w.reasons) or "-",
                )
                for w in weeks
            ],
            row_colours=[LEVEL_COLOURS.get(w.level) for w in weeks],
        )

    if len(raised) > RISK_LIST_MAX and r.reason_counts:
        lay.paragraph(_("What raised the level, by the number of weeks it came up:"))
        lay.table(
            (_("reason"), _("weeks")),
            (5, 1),
            [(_(rc.label).capitalize(), str(rc.weeks)) for rc in r.reason_counts],
            align_right=(1,),
        )
        lay.paragraph(
            _("The {n} most recent elevated or high weeks (every week is in the CSV):").format(
                n=RISK_RECENT
            )
        )
        raised_table(raised[-RISK_RECENT:])
    elif raised:
        raised_table(raised)

    lay.heading(_("When after-hours contact happened"))
    if r.heat_map.total:
        cells = r.heat_map.cells
        lay.chart(120, lambda p, rect: draw_heat_map(p, rect, cells), keep=True)
        lay.paragraph(
            _("Each cell counts after-hours contacts by weekday and hour, in {zone} time.").format(
                zone=r.period.zone
            )
            + " "
            + _("On-call contacts are not included."),
            size=7.5,
            colour=MUTED,
        )
        rows = max(len(r.by_channel), len(r.by_kind))
        lay.table(
            (_("channel"), _("contacts"), _("kind"), _("contacts")),
            (2.2, 1, 2.2, 1),
            [
                (
                    t.channel_label(r.by_channel[i][0]) if i < len(r.by_channel) else "",
                    str(r.by_channel[i][1]) if i < len(r.by_channel) else "",
                    t.kind_label(r.by_kind[i][0]) if i < len(r.by_kind) else "",
                    str(r.by_kind[i][1]) if i < len(r.by_kind) else "",
                )
                for i in range(rows)
            ],
            align_right=(1, 3),
        )
    else:
        lay.paragraph(_("No after-hours contact in this period."))

    lay.heading(_("Crisis contacts"))
    if r.crises:
        lay.table(
            t.columns(t.CRISIS_COLUMNS),
            (1.7, 0.9, 1.0, 0.9, 1.6, 2.0),
            t.crisis_rows(r),
        )
    else:
        lay.paragraph(_("None in this period."))

    lay.heading(_("Boundary events"))
    events = r.boundary_events
    if len(events) > BOUNDARY_LIST_MAX:
        lay.paragraph(
            _(
                "{n} boundary events in this period, by what happened; the full list is in the "
                "CSV and Markdown exports."
            ).format(n=len(events))
        )
        lay.table(
            (_("what"), _("events"), _("after hours"), _("clients")),
            (3, 1, 1, 1),
            [
                (
                    t.boundary_what(s.what).capitalize(),
                    str(s.events),
                    str(s.after_hours),
                    str(s.clients),
                )
                for s in summarise_boundary(events)
            ],
            align_right=(1, 2, 3),
        )
    elif events:
        lay.table(
            t.columns(t.BOUNDARY_COLUMNS),
            (1.7, 1.0, 2.0, 1.3, 0.9),
            [
                (
                    t.when_text(b.at),
                    b.client or "-",
                    t.boundary_what(b.what),
                    t.channel_label(b.channel),
                    t.yes_no(b.after_hours),
                )
                for b in events
            ],
        )
    else:
        lay.paragraph(_("None in this period."))

    a = r.agreements
    lay.heading(_("Communication agreements"))
    lay.paragraph(
        ngettext("{n} agreement on file.", "{n} agreements on file.", a.agreements).format(
            n=a.agreements
        )
    )
    if a.without_agreement:
        lay.paragraph(
            _("After-hours contact but no agreement: {clients}.").format(
                clients=", ".join(a.without_agreement)
            )
        )
    if a.overdue:
        lay.table(
            (_("client"), _("review was due")),
            (1, 2),
            [(o.client, t.day_text(o.due)) for o in a.overdue],
        )
    if not a.without_agreement and not a.overdue:
        lay.paragraph(
            _("Every client with after-hours contact has an agreement, and no review is overdue.")
        )

    lay.heading(_("Self-check (Copenhagen Burnout Inventory)"))
    if r.self_checks:
        scales = [
            s for s in ("personal", "work", "client") if any(s in c.scores for c in r.self_checks)
        ]
        scales += sorted({s for c in r.self_checks for s in c.scores} - set(scales))
        dates = [c.taken_on for c in r.self_checks]
        series = [
            (scale_label(s).capitalize(), [c.scores.get(s) for c in r.self_checks]) for s in scales
        ]
        if len(dates) >= 2:
            lay.chart(120, lambda p, rect: draw_trend_chart(p, rect, dates, series))
        lay.table(
            (_("date"), *(name for name, _values in series)),
            (1.4, *([1.4] * len(series))),
            [
                (
                    t.day_text(c.taken_on),
                    *(
                        "-" if c.scores.get(s) is None else t.number(round(c.scores[s] or 0))
                        for s in scales
                    ),
                )
                for c in r.self_checks
            ],
            align_right=tuple(range(1, len(scales) + 1)),
        )
    else:
        lay.paragraph(_("No self-check in this period."))

    lay.heading(t.note_title())
    for para in t.note_paragraphs():
        lay.paragraph(para, size=8.5, after=5)

    if r.weeks:
        lay.heading(_("Appendix: week by week"))
        shown = t.key_indicators(r)
        names = [d.name for d in shown]
        lay.table(
            (_("week of"), _("level"), *(t.short_label(d) for d in shown)),
            (1.25, 0.85, *([0.8] * len(names))),
            [
                (
                    t.compact_week(w),
                    t.level_label(w.level),
                    *(_value_with_usual(w.values.get(n), w.baselines.get(n)) for n in names),
                )
                for w in r.weeks
            ],
            size=7.0,
            align_right=tuple(range(2, 2 + len(names))),
        )
        explained = "; ".join(
            _("{short}: {label}").format(short=t.short_label(d), label=t.indicator_label(d))
            for d in shown
        )
        lay.paragraph(
            _("Weeks start on Monday.")
            + " "
            + _("In brackets: your usual for that week (the median of the 8 weeks before).")
            + " "
            + _("Columns: {columns}.").format(columns=explained),
            size=7.5,
            colour=MUTED,
        )
    return lay


def _value_with_usual(v: float | None, usual: float | None) -> str:
    if v is None:
        return "-"
    return t.number(v) + (f" ({t.number(usual)})" if usual is not None else "")


def _page_frame(
    p: QPainter, report: Report, page: int, pages: int, size: tuple[float, float] = (PAGE_W, PAGE_H)
) -> None:
    width, height = size
    left_x = (width - PAGE_W) / 2 + MARGIN_X
    right_x = width - left_x
    small = font(7.5)
    fm = QFontMetricsF(small, p.device())
    p.setFont(small)
    p.setPen(MUTED)
    top = 30 * PT
    p.drawText(QPointF(left_x, top), _("After Hours · supervision summary"))
    head = t.header_line(report)
    p.drawText(QPointF(right_x - fm.horizontalAdvance(head), top), head)
    p.setPen(QPen(GRID, 0.6 * PT))
    p.drawLine(QPointF(left_x, top + 6 * PT), QPointF(right_x, top + 6 * PT))
    bottom = height - 26 * PT
    p.setPen(MUTED)
    left = (
        _("De-identified: clients appear as letters.")
        if not report.identify_clients
        else _("Identified: contains client pseudonyms.") + " " + _("Handle as confidential.")
    )
    p.drawText(QPointF(left_x, bottom), left)
    pn = _("Page {page} of {pages}").format(page=page, pages=pages)
    p.drawText(QPointF(right_x - fm.horizontalAdvance(pn), bottom), pn)


def render_report_pdf(report: Report, out_path: str) -> None:
    """Write ``report`` as a PDF at ``out_path``, on its region's paper (A4 or Letter)."""
    ensure_gui_app()
    width, height, size_id = PAPERS.get(report.paper, PAPERS["A4"])
    writer = QPdfWriter(out_path)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size_id),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(_("{title}: {period}").format(title=t.title(), period=t.period_text(report)))
    writer.setCreator("After Hours")
    layout = build_layout(report, writer)
    pages = paginate(layout.blocks, height - 46 * PT)
    p = QPainter()
    if not p.begin(writer):
        raise OSError(_("Could not write the PDF to {file}.").format(file=out_path))
    try:
        for n, placed in enumerate(pages, 1):
            if n > 1:
                writer.newPage()
            _page_frame(p, report, n, len(pages), (width, height))
            for block, y in placed:
                block.draw(p, (width - PAGE_W) / 2 + MARGIN_X, y)
    finally:
        p.end()
