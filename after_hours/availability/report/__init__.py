"""The supervision summary: a period's contacts, indicators and prompts as data, plus writers.

``compose_report`` assembles a report from plain records (pure); ``build_report`` reads the
profile's services and calls it. The CSV and Markdown writers live here; the PDF is drawn by
``after_hours.ui.printing.report_pdf`` because it needs Qt.
"""

from typing import TYPE_CHECKING, Any

from after_hours.availability.lazy_names import load_name

if TYPE_CHECKING:
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

# Each name loads its module on first use (PEP 562): Today's chart imports ``report.text`` and
# ``report.build``'s week counts, and must not load the writers, the composer and
# ``statistics`` (with ``decimal`` and ``fractions``) with them (docs/benchmarks.md, fifth round).
_HOMES = {
    "compose_report": "compose",
    "write_csv": "csv_writer",
    "render_markdown": "markdown",
    "write_markdown": "markdown",
    **dict.fromkeys(
        (
            "AgreementRecord",
            "ContactRecord",
            "IndicatorDef",
            "Period",
            "Report",
            "SelfCheckRecord",
            "WeekRecord",
        ),
        "model",
    ),
}


def __getattr__(name: str) -> Any:
    return load_name(__name__, _HOMES, globals(), name)


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
