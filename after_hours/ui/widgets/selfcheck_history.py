"""Past self-checks: a table of scale scores and the trend chart, for the dashboard to embed."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.selfcheck import Band, SelfCheck, SelfCheckStore, cbi
from after_hours.ui.base.dates import score_text
from after_hours.ui.widgets.selfcheck_chart import TrendChart


class SelfCheckHistory(QWidget):
    """A table of past self-checks (newest first) above a line chart of the three scales."""

    def __init__(
        self,
        store: SelfCheckStore,
        tz: tzinfo,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tz = tz
        self._range = (start, end)
        self.setAccessibleName(self.tr("Self-check history"))
        scales = cbi().scales
        self.table = QTableWidget(0, 1 + len(scales))
        self.table.setAccessibleName(self.tr("Past self-checks"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), *(s.name for s in scales)])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = TrendChart(tz)
        self.note = QLabel(
            self.tr(
                "Scores 0-100. Bands are a convention (50 to under 75 moderate, 75 or more high, "
                "as used by the UK GMC); the authors set no cut-offs. Not a diagnosis."
            )
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.refresh()

    def band_word(self, band: Band | None) -> str:
        if band is None:
            return ""
        return {
            Band.LOWER: self.tr("under 50"),
            Band.MODERATE: self.tr("moderate"),
            Band.HIGH: self.tr("high"),
        }[band]

    def refresh(self) -> None:
        """Reload from the store (call after a new self-check is saved)."""
        start, end = self._range
        checks = self._store.history(start, end)
        self.chart.set_points(self._store.trend(start, end))
        self._fill(list(reversed(checks)))

    def _fill(self, checks: list[SelfCheck]) -> None:
        self.table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            when = QTableWidgetItem(check.at.astimezone(self._tz).strftime("%Y-%m-%d %H:%M"))
            when.setData(Qt.ItemDataRole.UserRole, check.id)
            self.table.setItem(row, 0, when)
            for col, scale in enumerate(check.scores.scales, start=1):
                if scale.score is None:
                    text = self.tr("not scored")
                else:
                    text = f"{score_text(scale.score)}  ({self.band_word(scale.band)})"
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, cell)
