"""The Export for supervision dialog: periods, formats, de-identified by default."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate

from after_hours.availability.clock import ManualClock
from after_hours.availability.report import Period, Report
from after_hours.availability.store import Profile, Settings
from after_hours.ui.dialogs.export import ExportDialog
from after_hours.ui.printing.report_pdf import render_report_pdf
from tests.report_samples import sample_contacts, sample_report

CLOCK = ManualClock(datetime(2026, 11, 25, 15, 0, tzinfo=UTC))  # Wed 10:00 in Toronto


class Recorder:
    """A real builder over the sample contacts that remembers what it was asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[date, date, bool, bool]] = []

    def __call__(self, start: date, end: date, identify: bool, notes: bool) -> Report:
        self.calls.append((start, end, identify, notes))
        return sample_report(
            period=Period(start, end, "America/Toronto"),
            contacts=sample_contacts(),
            identify_clients=identify,
            include_notes=notes,
        )


def make(qtbot, profile: Profile, **kw: object) -> tuple[ExportDialog, Recorder]:  # type: ignore[no-untyped-def]
    settings = Settings(profile.db)
    settings.set("profile.timezone", "America/Toronto")
    rec = Recorder()
    dialog = ExportDialog(settings, CLOCK, rec, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog, rec


def test_defaults_are_last_month_pdf_and_deidentified(qtbot, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, rec = make(qtbot, profile, render_pdf=render_report_pdf)
    assert dialog.period_last_month.isChecked()
    assert "1 Oct 2026 to 31 Oct 2026" in dialog.period_last_month.text()
    assert not dialog.period_since.isEnabled()
    assert dialog.format_pdf.isChecked()
    assert dialog.deidentified.isChecked() and not dialog.include_notes.isChecked()
    assert dialog.path.text().endswith("supervision-2026-10-01-to-2026-10-31.pdf")
    dialog.path.setText(str(tmp_path / "oct.pdf"))
    dialog.export_button.click()
    assert rec.calls == [(date(2026, 10, 1), date(2026, 10, 31), False, False)]
    assert dialog.written == [tmp_path / "oct.pdf"]
    assert (tmp_path / "oct.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert Settings(profile.db).get("supervision.last_date") == ""


def test_since_last_supervision_and_recording_today(qtbot, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Settings(profile.db).set("supervision.last_date", "2026-10-28")
    dialog, rec = make(qtbot, profile)
    assert dialog.period_since.isEnabled() and dialog.period_since.isChecked()
    assert not dialog.format_pdf.isEnabled() and dialog.format_csv.isChecked()
    dialog.identified.setChecked(True)
    dialog.record_supervision.setChecked(True)
    dialog.path.setText(str(tmp_path / "since.csv"))
    assert dialog.export()
    assert rec.calls == [(date(2026, 10, 29), date(2026, 11, 25), True, False)]
    assert [p.name for p in dialog.written] == ["since.csv", "since-weekly.csv"]
    assert Settings(profile.db).get("supervision.last_date") == "2026-11-25"


def test_custom_period_and_markdown_and_errors_stay_in_the_dialog(
    qtbot, profile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog, rec = make(qtbot, profile)
    dialog.format_md.setChecked(True)
    assert dialog.path.text().endswith(".md")
    dialog.custom_start.setDate(QDate(2026, 10, 5))
    dialog.custom_end.setDate(QDate(2026, 10, 18))
    assert dialog.period_custom.isChecked()
    assert dialog.period() == (date(2026, 10, 5), date(2026, 10, 18))
    dialog.custom_end.setDate(QDate(2026, 10, 1))
    assert not dialog.export()
    assert "ends before it starts" in dialog.message.text()
    dialog.custom_end.setDate(QDate(2026, 10, 18))
    dialog.path.setText(str(tmp_path / "nowhere" / "x.md"))
    assert not dialog.export()
    assert "does not exist" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "two-weeks.md"))
    dialog.include_notes.setChecked(True)
    assert dialog.export()
    assert rec.calls[-1] == (date(2026, 10, 5), date(2026, 10, 18), False, True)
    text = (tmp_path / "two-weeks.md").read_text()
    assert "5 Oct 2026 to 18 Oct 2026" in text and "Jordan D." not in text


def test_dialog_for_a_profile_exports_from_the_database(qtbot, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.dialogs.export import export_dialog_for

    Settings(profile.db).set("profile.timezone", "America/Toronto")
    dialog = export_dialog_for(profile.db, CLOCK)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "empty.pdf"))
    assert dialog.export(), dialog.message.text()
    assert (tmp_path / "empty.pdf").stat().st_size > 1000


def test_a_typed_name_survives_date_changes_and_the_save_is_confirmed(
    qtbot, profile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: changing the dates replaced the name typed; nothing said where it went."""
    dialog, _rec = make(qtbot, profile)
    typed = str(tmp_path / "for-maria.csv")  # no PDF renderer here: CSV is the format
    dialog.path.setText(typed)
    dialog.custom_start.setDate(QDate(2026, 10, 5))
    dialog.custom_end.setDate(QDate(2026, 10, 18))
    dialog.period_last_month.setChecked(True)
    assert dialog.path.text() == typed
    dialog.format_md.setChecked(True)  # a new format changes only the extension
    assert dialog.path.text() == str(tmp_path / "for-maria.md")
    assert dialog.export()
    assert dialog.confirmation is not None and dialog.confirmation.isVisible()
    assert str((tmp_path / "for-maria.md").resolve()) in dialog.confirmation.text()
    dialog.confirmation.close()


def test_a_proposed_name_still_follows_the_period(qtbot, profile) -> None:  # type: ignore[no-untyped-def]
    dialog, _rec = make(qtbot, profile)
    dialog.custom_start.setDate(QDate(2026, 10, 5))
    dialog.custom_end.setDate(QDate(2026, 10, 18))
    assert dialog.path.text().endswith("supervision-2026-10-05-to-2026-10-18.csv")
