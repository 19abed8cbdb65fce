"""Reports: the last 12 weeks, this week against your usual, the level in words, the export.

The figures come from ``BurnoutService`` (the same numbers as ``after-hours risk``). The chart is
the supervision PDF's chart, drawn by the same ``after_hours.ui.widgets.charts`` code from
``after_hours.availability.report.weeks.recent_weeks``. "Export for supervision..." opens the
export dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.burnout.indicators import INDICATORS
from after_hours.availability.burnout.risk import Level, level_summary
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.report.weeks import recent_weeks
from after_hours.ui.base.dates import decimal_text
from after_hours.ui.base.labels import indicator_label
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.export import ExportDialog, export_dialog_for
from after_hours.ui.widgets.charts import LoadChartWidget, load_points
from after_hours.ui.widgets.common import heading, wrapped
from after_hours.ui.widgets.scroll_page import make_scrollable

CHART_WEEKS = 12


def _n(value: float | None) -> str:
    return decimal_text(value)


class ReportsPage(QWidget):
    """This week's level and reasons, the last 12 weeks, and the export for supervision."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.chart = LoadChartWidget()
        self.chart.setMinimumHeight(210)
        self.export_button = QPushButton(self.tr("Export for supervision..."))
        self.export_button.setToolTip(
            self.tr("A PDF, CSV or Markdown summary of a period; clients de-identified by default")
        )
        self.export_button.clicked.connect(self.open_export)
        self.dialog: ExportDialog | None = None
        self.level = heading("", 1.2)
        self.level.setAccessibleName(self.tr("Risk level"))
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.reasons.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("This week against your usual"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("This week"), self.tr("Your usual (median of 8 weeks)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("The last 12 weeks")), 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(heading(self.tr("This week")))
        layout.addWidget(self.level)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            wrapped(
                self.tr(
                    "These figures describe your own load from what you logged; they are "
                    "not a diagnosis. Export for supervision makes a PDF, CSV or Markdown "
                    "summary of any period."
                )
            )
        )
        self.table.setMinimumHeight(160)
        self.scroll = make_scrollable(self)  # fits 600 px: the chart, reasons and table scroll
        services.events.contacts_changed.connect(self.refresh)
        services.events.settings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        assessment = BurnoutService(s.profile.db, s.clock).assess()
        level = assessment.level.value
        self.level.setText(level_summary(Level(level)))
        self.reasons.clear()
        for reason in assessment.reasons:
            self.reasons.addItem(reason.text)
        if not assessment.reasons:
            self.reasons.addItem(self.tr("Nothing stands out this week."))
        row = self.reasons.sizeHintForRow(0) if self.reasons.count() else 20
        self.reasons.setFixedHeight(min(6, self.reasons.count()) * row + 8)
        rows = [i for i in INDICATORS if i.name in assessment.current.values]
        self.table.setRowCount(len(rows))
        for r, ind in enumerate(rows):
            values = [
                indicator_label(ind.name)[:1].upper() + indicator_label(ind.name)[1:],
                _n(assessment.current.values.get(ind.name)),
                _n(assessment.baselines.get(ind.name)),
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        self.chart.set_points(load_points(recent_weeks(s.profile.db, s.clock, CHART_WEEKS)))

    def open_export(self) -> ExportDialog:
        """Open the export dialog without blocking (the window's event loop keeps running)."""
        self.dialog = export_dialog_for(self.services.profile.db, self.services.clock, self)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog
