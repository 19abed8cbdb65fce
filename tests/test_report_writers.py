"""CSV, Markdown and PDF writers: columns, de-identification, page numbers and period in the PDF."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

from after_hours.availability.report import write_csv, write_markdown
from after_hours.availability.report.export import ReportFormatError, write_report
from after_hours.ui.printing.report_pdf import render_report_pdf
from tests.report_samples import PSEUDONYMS, sample_report


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def assert_no_pseudonym(text: str) -> None:
    for name in PSEUDONYMS:
        assert name.lower() not in text.lower(), name


def test_csv_writes_two_tidy_files_without_a_note_column(tmp_path: Path) -> None:
    written = write_csv(sample_report(), tmp_path / "oct.csv")
    assert [p.name for p in written] == ["oct.csv", "oct-weekly.csv"]
    rows = read_rows(tmp_path / "oct.csv")
    assert len(rows) == 13
    assert "note" not in rows[0]
    first = rows[0]
    assert (first["at"], first["weekday"], first["hour"]) == (
        "2026-10-02T21:15:00-04:00",
        "Fri",
        "21",
    )
    assert (first["client"], first["channel"], first["after_hours"]) == (
        "Client A",
        "email",
        "true",
    )
    crisis = [r for r in rows if r["crisis"] == "true"]
    assert [r["categories"] for r in crisis] == ["passive_ideation"]
    weekly = read_rows(tmp_path / "oct-weekly.csv")
    assert [w["week_start"] for w in weekly][:2] == ["2026-09-28", "2026-10-05"]
    assert weekly[1]["level"] == "elevated"
    assert weekly[1]["after_hours_contacts"] == "2"
    assert weekly[0]["after_hours_minutes_baseline"] == ""
    for p in written:
        assert_no_pseudonym(p.read_text(encoding="utf-8"))


def test_csv_with_notes_adds_the_column_with_pseudonyms_replaced(tmp_path: Path) -> None:
    write_csv(sample_report(include_notes=True), tmp_path / "n.csv")
    rows = read_rows(tmp_path / "n.csv")
    assert "Client B said the week was hard" in {r["note"] for r in rows}
    assert_no_pseudonym((tmp_path / "n.csv").read_text(encoding="utf-8"))


def test_markdown_is_deidentified_and_complete(tmp_path: Path) -> None:
    path = write_markdown(sample_report(), tmp_path / "oct.md")
    text = path.read_text(encoding="utf-8")
    assert_no_pseudonym(text)
    assert text.startswith("# After-hours contact: supervision summary")
    for heading in ("## Discussion prompts", "## Crisis contacts", "## Boundary events",
                    "## Agreements", "## Self-check", "## What these numbers mean"):  # fmt: skip
        assert heading in text
    assert "- One crisis contact after hours" in text
    assert (
        "| Sun 4 Oct 2026 23:30 | Client B | Text | after hours | passive ideation (wish to be dead, cannot go on) | a note was recorded (not included) |"
        in text
    )


def test_identified_markdown_shows_pseudonyms(tmp_path: Path) -> None:
    text = write_markdown(sample_report(identify_clients=True), tmp_path / "i.md").read_text()
    assert "Jordan D." in text and "Client A" not in text


def test_pdf_has_period_generation_date_and_page_numbers_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "oct.pdf"
    render_report_pdf(sample_report(), str(out))
    pages = pdf_text(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert "1 Oct 2026 to 31 Oct 2026" in page
        assert "generated Tue 3 Nov 2026 09:05" in page
        assert re.search(rf"Page {n} of {len(pages)}\b", page)
    text = "\n".join(pages)
    assert_no_pseudonym(text)
    assert "Client B" in text
    assert "not a diagnosis" in text
    assert "first" in text and "\ufb01" not in text  # no "fi" ligature in the text layer
    assert "Right to disconnect" in text


def test_identified_pdf_says_so_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "id.pdf"
    render_report_pdf(sample_report(identify_clients=True), str(out))
    text = pdf_text(out)
    assert "Jordan D." in text
    assert text.count("contains client pseudonyms") == text.count("Page ")


def test_write_report_dispatches_on_the_suffix(tmp_path: Path) -> None:
    r = sample_report()
    assert write_report(r, tmp_path / "a.md") == [tmp_path / "a.md"]
    with pytest.raises(ReportFormatError, match=r"\.pdf, \.csv or \.md"):
        write_report(r, tmp_path / "a.docx")
    with pytest.raises(ReportFormatError, match="PDF export needs"):
        write_report(r, tmp_path / "a.pdf")
    with pytest.raises(ReportFormatError, match="does not exist"):
        write_report(r, tmp_path / "missing" / "a.md")


def test_a_long_boundary_list_is_summarised_in_the_pdf(tmp_path: Path) -> None:
    from tests.report_samples import at, contact

    events = [
        contact(at(1 + i % 28, 19), f"P{i % 4}", kind=kind, boundary=True)
        for i, kind in enumerate(["friend_request"] * 20 + ["gift"] * 6)
    ]
    r = sample_report(contacts=events)
    out = tmp_path / "b.pdf"
    render_report_pdf(r, str(out))
    text = pdf_text(out)
    assert "26 boundary events in this period" in text
    assert re.search(r"Friend request\s+20\s+20\s+4", text)
    assert re.search(r"Gift\s+6\s+6\s+4", text)
