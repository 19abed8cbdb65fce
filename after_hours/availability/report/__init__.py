"""The supervision summary: a period's contacts, indicators and prompts as data, plus writers.

``compose_report`` assembles a report from plain records (pure); ``build_report`` reads the
profile's services and calls it. The CSV and Markdown writers live here; the PDF is drawn by
``after_hours.ui.printing.report_pdf`` because it needs Qt.
"""

from after_hours.availability.report.compose import compose_report
from after_hours.availability.report.csv_writer import write_csv
from after_hours.availability.report.markdown import render_markdown, write_markdown
from after_hours.availability.report.model import (
    AgreementRecord,
    ContactRecord,
    IndicatorDef,
    Period,
    Report,
    SelfCheckRecord,
    WeekRecord,
)

__all__ = [
    "AgreementRecord",
    "ContactRecord",
    "IndicatorDef",
    "Period",
    "Report",
    "SelfCheckRecord",
    "WeekRecord",
    "compose_report",
    "render_markdown",
    "write_csv",
    "write_markdown",
]
