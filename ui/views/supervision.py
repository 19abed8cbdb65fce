"""Reports, extended: the 12-week after-hours chart and "Export for supervision...".

Registered (``ui/pages/supervision.py``) under the same key as the plain Reports page with a
higher priority, so the sidebar shows this one. The chart is the PDF's chart, drawn by the same
``ui.charts`` code from ``availability.report.build.recent_weeks``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from availability.report.build import recent_weeks
from ui.charts import LoadChartWidget, load_points
from ui.export_dialog import ExportDialog, export_dialog_for
from ui.services import Services
from ui.views.reports import ReportsPage
from ui.widgets import heading

CHART_WEEKS = 12


class SupervisionReportsPage(ReportsPage):
    """This week's level and reasons, the last 12 weeks, and the export for supervision."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        # Made before the base class's first refresh(), which this class extends.
        self.chart = LoadChartWidget()
        super().__init__(services, parent)
        self.chart.setMinimumHeight(210)
        self.export_button = QPushButton(self.tr("Export for supervision..."))
        self.export_button.setToolTip(
            self.tr("A PDF, CSV or Markdown summary of a period; clients de-identified by default")
        )
        self.export_button.clicked.connect(self.open_export)
        self.dialog: ExportDialog | None = None
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("The last 12 weeks")), 1)
        top.addWidget(self.export_button)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(0, top)
            layout.insertWidget(1, self.chart)
        # The base page points to the CLI for exports; here the button does it.
        for label in self.findChildren(QLabel):
            if "after-hours report" in label.text():
                label.setText(
                    self.tr(
                        "These figures describe your own load from what you logged; they are "
                        "not a diagnosis. Export for supervision makes a PDF, CSV or Markdown "
                        "summary of any period."
                    )
                )

    def refresh(self) -> None:
        super().refresh()
        s = self.services
        self.chart.set_points(load_points(recent_weeks(s.profile.db, s.clock, CHART_WEEKS)))

    def open_export(self) -> ExportDialog:
        """Open the export dialog without blocking (the window's event loop keeps running)."""
        self.dialog = export_dialog_for(self.services.profile.db, self.services.clock, self)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog
