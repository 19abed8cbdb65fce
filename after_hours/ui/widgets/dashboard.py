"""The dashboard on Today: this week against your usual, the level with its reasons, 12 weeks.

Every number comes from ``BurnoutService.assess()`` (the same as ``after-hours risk``), which
aggregates in SQL, so the panel builds in milliseconds on ten years of contacts. Each reason
carries the ids of the contacts behind it; its button asks the shell (``Events.
contacts_requested``) to show exactly those contacts on the Contacts page. The 12-week chart
is the supervision report's (``after_hours.ui.widgets.charts.draw_load_chart`` over ``recent_weeks``), so the
screen and the PDF agree; self-check scores are drawn below it when there are any.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.burnout.risk import Level, Reason, RiskAssessment, level_summary
from after_hours.availability.burnout.service import BurnoutService
from after_hours.ui.base.dates import decimal_text, full_date
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.common import heading, wrapped

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Dashboard",
    "This is a self-monitoring aid, not a diagnosis: counts of what you logged, compared with "
    "your own usual weeks and with thresholds you can change in Settings.",
)


@dataclass(frozen=True)
class TileSpec:
    indicator: str
    label: str


TILES: tuple[TileSpec, ...] = (
    TileSpec("after_hours_contacts", QT_TRANSLATE_NOOP("Tile", "After-hours contacts")),
    TileSpec("after_hours_minutes", QT_TRANSLATE_NOOP("Tile", "After-hours minutes")),
    TileSpec("evenings", QT_TRANSLATE_NOOP("Tile", "Evenings touched")),
    TileSpec("nights", QT_TRANSLATE_NOOP("Tile", "Nights touched (22:00-06:00)")),
    TileSpec("weekend_days", QT_TRANSLATE_NOOP("Tile", "Weekend days touched")),
    TileSpec("days_since_disconnected", QT_TRANSLATE_NOOP("Tile", "Days since a disconnected day")),
    TileSpec("crisis_contacts", QT_TRANSLATE_NOOP("Tile", "Crisis contacts")),
    TileSpec("boundary_events", QT_TRANSLATE_NOOP("Tile", "Boundary events")),
)


def number_text(value: float | None) -> str:
    return decimal_text(value)


class Tile(QFrame):
    """One figure: the value this week, large, and your usual under it."""

    def __init__(self, spec: TileSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.label = QLabel(QCoreApplication.translate("Tile", spec.label))  # tr: noop
        self.label.setWordWrap(True)
        self.usual = QLabel()
        self.usual.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.flag = QLabel()
        self.flag.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.value)
        top.addStretch(1)
        top.addWidget(self.flag, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignTop)
        # The usual sits on the tile's bottom edge, so a label wrapping to two lines in one
        # tile does not push its "your usual" out of line with its neighbours' (issue 17).
        layout.addStretch(1)
        layout.addWidget(self.usual)
        self.setAccessibleName(QCoreApplication.translate("Tile", spec.label))  # tr: noop

    def show_figures(self, value: float, usual: float | None, level: Level | None) -> None:
        self.value.setText(number_text(value))
        self.usual.setText(
            self.tr("your usual: %s") % number_text(usual)
            if usual is not None
            else self.tr("usual not known yet")
        )
        self.setAccessibleDescription(f"{number_text(value)}; {self.usual.text()}")
        # A figure behind a reason says so in words (colour only repeats it).
        self.flag.setVisible(level is not None)
        if level is not None:
            high = level is Level.HIGH
            self.flag.setText(self.tr("high") if high else self.tr("elevated"))
            colour = FLAG_COLOURS[Level.HIGH if high else Level.ELEVATED]
            self.flag.setStyleSheet(f"color: {colour}; font-weight: bold")
            self.setAccessibleDescription(f"{self.accessibleDescription()}; {self.flag.text()}")


# The words "elevated" and "high" on a tile. The amber was #b07800, 3.3:1 on the window grey
# (issue 17); these darker shades keep the hue and pass WCAG AA (4.5:1) on white and on #efefef.
FLAG_COLOURS = {Level.ELEVATED: "#8a5d00", Level.HIGH: "#9a4520"}


class ReasonRow(QWidget):
    """A reason in words, and a button to the contacts behind it."""

    def __init__(self, reason: Reason, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        # The domain's sentence as it is: it names what was reached (threshold or usual).
        self.text = wrapped(f"{reason.text[0].upper()}{reason.text[1:]}")
        n = len(reason.contact_ids)
        self.button = QPushButton(
            self.tr("Show this contact") if n == 1 else self.tr("Show these %d contacts") % n
        )
        self.button.setAccessibleName(self.tr("Show the contacts behind: %s") % reason.text)
        self.button.setVisible(n > 0)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the wrapped words to the width they got (a QLabel guesses a narrow one)."""
        super().resizeEvent(event)
        height = self.text.heightForWidth(self.text.width())
        if height > 0 and height != self.text.height():
            self.text.setFixedHeight(height)


class DashboardPanel(QWidget):
    """Tiles, the risk card, the 12-week chart, the self-check trend and the disclaimer."""

    reason_clicked = Signal(object, str)  # contact ids, the reason's words
    # The page opens the questionnaire (a dialog); call refresh_selfcheck() once one is saved.
    selfcheck_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Dashboard"))
        self.tiles = {spec.indicator: Tile(spec) for spec in TILES}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, spec in enumerate(TILES):
            grid.addWidget(self.tiles[spec.indicator], i // 4, i % 4)

        self.risk_card = QFrame()
        self.risk_card.setFrameShape(QFrame.Shape.StyledPanel)
        self.risk_card.setAccessibleName(self.tr("Risk level"))
        self.level = heading("", 1.15)
        self.level.setAccessibleName(self.tr("Risk level"))
        self.reasons_box = QVBoxLayout()
        self.reasons_box.setSpacing(4)
        card = QVBoxLayout(self.risk_card)
        card.addWidget(self.level)
        self.nothing = wrapped(self.tr("Nothing stands out this week."))
        card.addWidget(self.nothing)
        card.addLayout(self.reasons_box)
        self.risk_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.reason_rows: list[ReasonRow] = []

        from after_hours.ui.widgets.charts import LoadChartWidget

        self.chart = LoadChartWidget()
        self.chart.setMinimumHeight(210)
        # The shared chart draws dark ink on paper (as in the PDF): give it a paper panel in
        # both palettes so it stays readable in a dark theme.
        paper = self.chart.palette()
        paper.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.chart.setPalette(paper)
        self.chart.setAutoFillBackground(True)
        self.selfcheck = QLabel()
        self.selfcheck.setWordWrap(True)
        self.selfcheck.setAccessibleName(self.tr("Latest self-check"))
        self.trend = self._trend_chart()
        self.take_selfcheck = QPushButton(self.tr("Take the &self-check..."))
        self.take_selfcheck.setAccessibleName(self.tr("Take the self-check"))
        self.take_selfcheck.clicked.connect(self.selfcheck_requested)
        self.selfcheck_history = QPushButton(self.tr("Self-check &history..."))
        self.selfcheck_history.clicked.connect(self.open_selfcheck_history)
        selfcheck_row = QHBoxLayout()
        selfcheck_row.addWidget(self.selfcheck, 1)
        selfcheck_row.addWidget(self.take_selfcheck)
        selfcheck_row.addWidget(self.selfcheck_history)
        self.note = wrapped(QCoreApplication.translate("Dashboard", NOT_A_DIAGNOSIS))  # tr: noop
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setAccessibleName(self.tr("About these figures"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("This week against your usual"), 1.15))
        layout.addLayout(grid)
        layout.addWidget(self.risk_card)
        layout.addWidget(heading(self.tr("The last 12 weeks"), 1.15))
        layout.addWidget(self.chart)
        layout.addLayout(selfcheck_row)
        if self.trend is not None:
            layout.addWidget(self.trend)
        layout.addWidget(self.note)
        ev = services.events
        for signal in (ev.contacts_changed, ev.settings_changed, ev.schedule_changed):
            signal.connect(self.refresh)
        self.assessment: RiskAssessment | None = None
        self.refresh()

    def _trend_chart(self) -> QWidget | None:
        from after_hours.ui.widgets.selfcheck_chart import TrendChart

        chart = TrendChart(self.services.display_zone())
        chart.setMinimumHeight(150)
        chart.setAccessibleName(self.tr("Self-check scores"))
        return chart

    def refresh(self) -> None:
        s = self.services
        assessment = BurnoutService(s.profile.db, s.clock).assess()
        self.assessment = assessment
        by_indicator = {r.indicator: r for r in assessment.reasons}
        for name, tile in self.tiles.items():
            reason = by_indicator.get(name)
            tile.show_figures(
                assessment.current.values.get(name, 0.0),
                assessment.baselines.get(name),
                reason.level if reason else None,
            )
        self.level.setText(level_summary(assessment.level))
        for row in self.reason_rows:
            self.reasons_box.removeWidget(row)
            row.deleteLater()
        self.reason_rows = []
        for reason in assessment.reasons:
            row = ReasonRow(reason)
            row.button.clicked.connect(self._reason_slot(reason))
            self.reasons_box.addWidget(row)
            self.reason_rows.append(row)
        self.nothing.setVisible(not assessment.reasons)
        # Reason rows are made anew here, so Qt would put them after the self-check buttons
        # in the Tab order, though they sit above them (issue 17): set it to the screen's.
        chain = [r.button for r in self.reason_rows] + [self.take_selfcheck, self.selfcheck_history]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._refresh_chart()
        self.refresh_selfcheck()

    def _reason_slot(self, reason: Reason):  # type: ignore[no-untyped-def]
        def slot() -> None:
            self.show_reason(reason)

        return slot

    def show_reason(self, reason: Reason) -> None:
        """Ask for the Contacts page filtered to exactly this reason's contacts."""
        self.reason_clicked.emit(tuple(reason.contact_ids), reason.text)

    def _refresh_chart(self) -> None:
        from after_hours.availability.report.weeks import recent_weeks
        from after_hours.ui.widgets.charts import load_points

        s = self.services
        self.chart.set_points(load_points(recent_weeks(s.profile.db, s.clock, 12)))

    def refresh_selfcheck(self) -> None:
        from datetime import timedelta

        from after_hours.availability.selfcheck import SelfCheckStore

        s = self.services
        store = SelfCheckStore(s.profile.db, s.clock)
        latest = store.latest()
        if latest is None:
            from after_hours.availability.selfcheck import cbi

            self.selfcheck.setText(
                self.tr(
                    "No self-check yet: %d questions about the last few weeks, about 3 "
                    "minutes. Your answers stay on this computer."
                )
                % len(cbi().items)
            )
            self.selfcheck_history.setEnabled(False)
            if self.trend is not None:
                self.trend.setVisible(False)
            return
        self.selfcheck_history.setEnabled(True)
        when = full_date(latest.at.astimezone(s.display_zone()))
        self.selfcheck.setText(self.tr("Self-check scores (0-100); the latest on %s.") % when)
        if self.trend is not None:
            start = s.now() - timedelta(weeks=26)
            points = store.trend(start, None)
            self.trend.setVisible(bool(points))
            self.trend.set_points(points)  # type: ignore[attr-defined]

    def open_selfcheck_history(self) -> QWidget:
        """Past self-checks: the table of scale scores and the chart, in a window of its own."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        from after_hours.availability.selfcheck import SelfCheckStore
        from after_hours.ui.widgets.selfcheck_history import SelfCheckHistory

        s = self.services
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Self-check history"))
        history = SelfCheckHistory(SelfCheckStore(s.profile.db, s.clock), s.display_zone())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(history, 1)
        layout.addWidget(buttons)
        fit_to_screen(dialog, 720, 560)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog
        return dialog
