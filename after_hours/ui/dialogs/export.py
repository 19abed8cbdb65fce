"""Export for supervision...: choose a period, a format and whether clients are identified.

De-identified is the default and notes are left out unless asked, as in the CLI. The dialog
only gathers choices; the report is built by the domain's builder and written by the same
``write_report`` the CLI uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.clock import Clock
from after_hours.availability.report.export import (
    FORMATS,
    PdfRenderer,
    ReportFormatError,
    write_report,
)
from after_hours.availability.report.model import Report
from after_hours.availability.report.periods import (
    LAST_SUPERVISION_KEY,
    last_days,
    last_month,
    parse_last_supervision,
    since_last_supervision,
)
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone
from after_hours.ui.base.dates import full_date
from after_hours.ui.base.placeholders import fill

if TYPE_CHECKING:
    # For the annotation only: the Reports page imports this module, and an app that has
    # shown it need not hold sqlite-utils (6 MiB) until something is written.
    from sqlite_utils import Database

# (start, end, identify_clients, include_notes) -> Report
ReportBuilder = Callable[[date, date, bool, bool], Report]


def _span(start: date, end: date) -> str:
    """Like "1 Oct 2026 to 31 Oct 2026" / "du 1 oct. 2026 au 31 oct. 2026"."""
    return fill(
        QCoreApplication.translate("ExportDialog", "%1 to %2"), full_date(start), full_date(end)
    )


def _day(d: date) -> str:
    return full_date(d)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ExportDialog(QDialog):
    """The choices, with the period's dates spelled out so there is no guessing."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        builder: ReportBuilder,
        *,
        render_pdf: PdfRenderer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._builder = builder
        self._render_pdf = render_pdf
        self.written: list[Path] = []
        self.today = clock.now().astimezone(zone(settings.display_zone_name())).date()
        self.setWindowTitle(self.tr("Export for supervision"))

        self._last_month = last_month(self.today)
        self._last_supervision = parse_last_supervision(settings.get(LAST_SUPERVISION_KEY))
        self._since = since_last_supervision(self._last_supervision, self.today)

        period = QGroupBox(self.tr("Period"))
        self.period_last_month = QRadioButton(
            self.tr("Last month ({0})").replace("{0}", _span(*self._last_month))
        )
        if self._since is not None and self._last_supervision is not None:
            since_text = self.tr("Since the last supervision on {0} ({1})")
            since_text = since_text.replace("{0}", _day(self._last_supervision)).replace(
                "{1}", _span(*self._since)
            )
        else:
            since_text = self.tr("Since the last supervision (none recorded yet)")
        self.period_since = QRadioButton(since_text)
        self.period_since.setEnabled(self._since is not None)
        self.period_custom = QRadioButton(self.tr("Custom"))
        start, end = last_days(self.today)
        self.custom_start = QDateEdit(_qdate(start))
        self.custom_end = QDateEdit(_qdate(end))
        for edit in (self.custom_start, self.custom_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.custom_start.setAccessibleName(self.tr("From"))
        self.custom_end.setAccessibleName(self.tr("To"))
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.period_custom)
        custom_row.addWidget(QLabel(self.tr("from")))
        custom_row.addWidget(self.custom_start)
        custom_row.addWidget(QLabel(self.tr("to")))
        custom_row.addWidget(self.custom_end)
        custom_row.addStretch(1)
        self._period_group = QButtonGroup(self)
        for b in (self.period_last_month, self.period_since, self.period_custom):
            self._period_group.addButton(b)
        (self.period_since if self._since is not None else self.period_last_month).setChecked(True)
        pl = QVBoxLayout(period)
        pl.addWidget(self.period_last_month)
        pl.addWidget(self.period_since)
        pl.addLayout(custom_row)

        fmt = QGroupBox(self.tr("Format"))
        self.format_pdf = QRadioButton(self.tr("PDF (charts, tables and discussion prompts)"))
        self.format_csv = QRadioButton(self.tr("CSV (two files: contacts and weekly figures)"))
        self.format_md = QRadioButton(self.tr("Markdown (plain text)"))
        self._format_group = QButtonGroup(self)
        fl = QVBoxLayout(fmt)
        for b in (self.format_pdf, self.format_csv, self.format_md):
            self._format_group.addButton(b)
            fl.addWidget(b)
        if render_pdf is None:
            self.format_pdf.setEnabled(False)
            self.format_csv.setChecked(True)
        else:
            self.format_pdf.setChecked(True)

        who = QGroupBox(self.tr("Clients"))
        self.deidentified = QRadioButton(self.tr("De-identified: Client A, B, ... (recommended)"))
        self.identified = QRadioButton(self.tr("Show the pseudonyms I use"))
        self.deidentified.setChecked(True)
        self._who_group = QButtonGroup(self)
        self._who_group.addButton(self.deidentified)
        self._who_group.addButton(self.identified)
        self.include_notes = QCheckBox(self.tr("Include notes (pseudonyms in them are replaced)"))
        wl = QVBoxLayout(who)
        wl.addWidget(self.deidentified)
        wl.addWidget(self.identified)
        wl.addWidget(self.include_notes)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save to"))
        self.path.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Save to"), path_row)
        self.record_supervision = QCheckBox(
            self.tr("Record today ({0}) as my last supervision").replace(
                "{0}", self.today.isoformat()
            )
        )

        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(period)
        layout.addWidget(fmt)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.record_supervision)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._suggested = ""  # the last name we proposed: anything else was typed or chosen
        self.confirmation: QMessageBox | None = None
        self._format_group.buttonToggled.connect(lambda *_: self._suggest_path())
        self._period_group.buttonToggled.connect(lambda *_: self._suggest_path())
        self.custom_start.dateChanged.connect(lambda *_: self._custom_edited())
        self.custom_end.dateChanged.connect(lambda *_: self._custom_edited())
        self._suggest_path()

    # -- choices ------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        if self.period_since.isChecked() and self._since is not None:
            return self._since
        if self.period_custom.isChecked():
            return _pydate(self.custom_start.date()), _pydate(self.custom_end.date())
        return self._last_month

    def suffix(self) -> str:
        if self.format_pdf.isChecked():
            return ".pdf"
        if self.format_csv.isChecked():
            return ".csv"
        return ".md"

    def _custom_edited(self) -> None:
        self.period_custom.setChecked(True)
        self._suggest_path()

    def _suggest_path(self) -> None:
        """Propose a name for the period and format; a name the user typed is kept.

        Changing the dates used to replace a typed name (issue 17). Now only the name we last
        proposed follows the period; a typed one only gets its extension matched to the format.
        """
        typed = self.path.text().strip()
        if typed and typed != self._suggested:
            current_suffix = Path(typed).suffix.lower()
            if current_suffix in FORMATS and current_suffix != self.suffix():
                self.path.setText(str(Path(typed).with_suffix(self.suffix())))
            return
        start, end = self.period()
        current = Path(self.path.text()) if self.path.text() else None
        if current is not None and current.parent != Path("."):
            folder = current.parent
        else:
            docs = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(docs or Path.home())
        name = f"supervision-{start.isoformat()}-to-{end.isoformat()}{self.suffix()}"
        self._suggested = str(folder / name)
        self.path.setText(self._suggested)

    def _browse(self) -> None:
        suffix = self.suffix()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            self.path.text(),
            f"{FORMATS[suffix]} (*{suffix})",
        )
        if chosen:
            if not chosen.lower().endswith(suffix):
                chosen += suffix
            self.path.setText(chosen)

    # -- action -------------------------------------------------------------------------------

    def export(self) -> bool:
        """Build and write the report; on success record the supervision date if asked."""
        start, end = self.period()
        if end < start:
            self.message.setText(self.tr("The period ends before it starts: check the dates."))
            return False
        path = self.path.text().strip()
        if not path:
            self.message.setText(self.tr("Choose where to save the report."))
            return False
        report = self._builder(
            start, end, self.identified.isChecked(), self.include_notes.isChecked()
        )
        try:
            self.written = write_report(report, path, render_pdf=self._render_pdf)
        except (ReportFormatError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        if self.record_supervision.isChecked():
            self._settings.set(LAST_SUPERVISION_KEY, self.today.isoformat())
        where = "\n".join(str(p.resolve()) for p in self.written)
        self.message.setText(self.tr("Saved: {0}").replace("{0}", where))
        # The dialog closes, so say where the file went in a note that outlives it.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report saved"),
            self.tr("The report was saved to:\n{0}").replace("{0}", where),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirmation = box
        self.accept()
        return True


def export_dialog_for(db: Database, clock: Clock, parent: QWidget | None = None) -> ExportDialog:
    """The dialog wired to the profile: the domain's builder and the Qt PDF renderer."""
    from after_hours.availability.report.build import build_report
    from after_hours.ui.printing.report_pdf import render_report_pdf

    def builder(start: date, end: date, identify: bool, notes: bool) -> Report:
        return build_report(db, clock, start, end, identify_clients=identify, include_notes=notes)

    return ExportDialog(Settings(db), clock, builder, render_pdf=render_report_pdf, parent=parent)
