"""The supervision summary: a period's contacts, indicators and prompts as data, plus writers.

``compose_report`` assembles a report from plain records (pure); ``build_report`` reads the
profile's services and calls it. The CSV and Markdown writers live here; the PDF is drawn by
``ui.pdf`` because it needs Qt.
"""

from availability.report.compose import compose_report
from availability.report.csv_writer import write_csv
from availability.report.markdown import render_markdown, write_markdown
from availability.report.model import (
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
