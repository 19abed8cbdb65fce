"""Reports: this week against your usual, the risk level in words with its reasons.

Everything comes from ``BurnoutService`` (the same numbers as ``after-hours risk``). The
supervision export and the 12-week chart replace or extend this page through the registry.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from availability.burnout.indicators import INDICATORS
from availability.burnout.risk import LEVEL_SUMMARY, Level
from availability.burnout.service import BurnoutService
from ui.services import Services
from ui.widgets import heading, wrapped


def _n(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".removesuffix(".0")


class ReportsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
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
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("This week")))
        layout.addWidget(self.level)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            wrapped(
                self.tr(
                    "These figures describe your own load from what you logged; they are not a "
                    "diagnosis. For a PDF or CSV for supervision use `after-hours report`."
                )
            )
        )
        services.events.contacts_changed.connect(self.refresh)
        services.events.settings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        assessment = BurnoutService(s.profile.db, s.clock).assess()
        level = assessment.level.value
        self.level.setText(self.tr(LEVEL_SUMMARY.get(Level(level), level)))
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
                ind.label[:1].upper() + ind.label[1:],
                _n(assessment.current.values.get(ind.name)),
                _n(assessment.baselines.get(ind.name)),
            ]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
