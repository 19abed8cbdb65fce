"""Write a report in the format its file name asks for: ``.pdf``, ``.csv`` or ``.md``.

The CLI and the app's export dialog both call :func:`write_report`, so they cannot drift. The
PDF needs Qt, which the domain never imports, so its renderer is handed in by ``ui``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from after_hours.availability.i18n import _
from after_hours.availability.report.csv_writer import write_csv
from after_hours.availability.report.markdown import write_markdown
from after_hours.availability.report.model import Report

FORMATS = {".pdf": "PDF", ".csv": "CSV", ".md": "Markdown"}

PdfRenderer = Callable[[Report, str], None]


class ReportFormatError(ValueError):
    """The output file's format is unknown, or the PDF cannot be made here."""


def check_output(path: Path | str, render_pdf: PdfRenderer | None = None) -> str:
    """The format suffix of ``path`` (``.pdf``...), or a plain error before any work is done."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ReportFormatError(
            _(
                "Cannot tell the format from {name}: end the file name with .pdf, .csv or .md."
            ).format(name=repr(out.name))
        )
    if out.parent and not out.parent.exists():
        raise ReportFormatError(
            _("The folder {folder} does not exist.").format(folder=repr(str(out.parent)))
        )
    if suffix == ".pdf" and render_pdf is None:
        raise ReportFormatError(
            _(
                "PDF export needs the desktop part of After Hours (Qt), which is not available "
                "here; write .csv or .md instead."
            )
        )
    return suffix


def write_report(
    report: Report, path: Path | str, *, render_pdf: PdfRenderer | None = None
) -> list[Path]:
    """Write ``report`` to ``path``; returns every file written (CSV writes two)."""
    out = Path(path)
    suffix = check_output(out, render_pdf)
    if suffix == ".pdf" and render_pdf is not None:
        render_pdf(report, str(out))
        return [out]
    if suffix == ".csv":
        return write_csv(report, out)
    return [write_markdown(report, out)]
