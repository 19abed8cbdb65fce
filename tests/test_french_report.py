"""The supervision report, the CLI's help and its errors in French when the language is French.

The PDF is rendered for real and read back with ``pdftotext``; the CLI runs in a subprocess
with ``LANGUAGE``/``LANG`` set, as a user's shell would.
"""

from __future__ import annotations

import csv
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from after_hours.availability import i18n
from after_hours.availability.clock import ManualClock
from after_hours.availability.localformat import clock, day_text, long_date, number
from after_hours.availability.report import text as t
from after_hours.availability.report.export import write_report
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings, open_profile
from tests.helpers import cli, office_hours, run_app
from tests.report_samples import sample_report

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@pytest.fixture
def french() -> Iterator[None]:
    """The interface language set to French, as Settings does in the app; reset afterwards."""
    i18n.set_language("fr")
    try:
        yield
    finally:
        i18n.set_language(None)


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text; without ``layout``, in reading order (a table cell's lines together)."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return text.replace("\u00a0", " ")


def test_the_pdf_is_in_french_with_french_dates_and_numbers(french: None, tmp_path: Path) -> None:
    from after_hours.ui.printing.report_pdf import render_report_pdf

    out = tmp_path / "octobre.pdf"
    render_report_pdf(sample_report(), str(out))
    pages = [p for p in pdf_text(out).split("\f") if p.strip()]
    text = "\n".join(pages)
    for heading in (
        "Contacts hors des heures : sommaire pour la",
        "En un coup d'œil",
        "À discuter",
        "Niveau de risque au fil du temps",
        "Contacts de crise",
        "Dépassements de limites",
        "Ententes de communication",
        "Ce que ces chiffres veulent dire",
        "Annexe : semaine par semaine",
    ):
        assert heading in text, heading
    for n, page in enumerate(pages, 1):
        assert "1er octobre 2026 au 31 octobre 2026" in page
        assert "produit le mar. 3 nov. 2026, 09 h 05" in page
        assert f"Page {n} de {len(pages)}" in page
    # The crisis table: a French weekday and month, the 24-hour clock written "23 h 30".
    assert re.search(r"dim\. 4 oct\. 2026,\s+23 h 30", pdf_text(out, layout=False))
    assert "1 (1,5)" in text  # a decimal comma in the appendix
    assert "4 220 travailleuses et travailleurs sociaux" in text
    assert "64 %" in text
    assert "Texto" in text and "Réseaux sociaux" in text
    for english in ("At a glance", "Crisis contacts", "Page 1 of", "generated", " to 31 Oct"):
        assert english not in text, english


def test_the_same_report_stays_english_when_the_language_is_english(tmp_path: Path) -> None:
    from after_hours.ui.printing.report_pdf import render_report_pdf

    i18n.set_language("en")
    try:
        out = tmp_path / "october.pdf"
        render_report_pdf(sample_report(), str(out))
    finally:
        i18n.set_language(None)
    text = pdf_text(out)
    assert "At a glance" in text and "1 Oct 2026 to 31 Oct 2026" in text
    assert "En un coup d'œil" not in text and "octobre" not in text


def test_the_markdown_is_in_french_and_its_csv_keeps_the_english_column_names(
    french: None, tmp_path: Path
) -> None:
    report = sample_report()
    (md,) = write_report(report, tmp_path / "octobre.md")
    text = md.read_text(encoding="utf-8")
    assert "**Période :** 1er octobre 2026 au 31 octobre 2026 (31 jours" in text
    assert "## Contacts de crise" in text and "## Dépassements de limites" in text
    assert "| quand | client | moyen | heures | catégories | ce qui a été fait |" in text
    assert "idéation passive" in text
    contacts, weekly = write_report(report, tmp_path / "octobre.csv")
    with contacts.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:3] == ["at", "date", "weekday"] and "classification" in header
    with weekly.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh))[0] == "week_start"


def test_french_dates_times_and_numbers(french: None) -> None:
    assert long_date(date(2026, 12, 3)) == "3 décembre 2026"
    assert long_date(date(2026, 11, 1)) == "1er novembre 2026"
    assert day_text(date(2026, 12, 3)) == "jeu. 3 déc. 2026"
    assert clock(datetime(2026, 12, 3, 23, 40)) == "23\u00a0h\u00a040"
    assert number(1.5) == "1,5" and number(4220) == "4\u00a0220" and number(3.0) == "3"
    assert t.hours_minutes(65) == "1\u00a0h\u00a005\u00a0min"


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_reads_in_both_languages(d: date) -> None:
    """English is what the report always printed; French names the full month, "1er" first."""
    i18n.set_language("en")
    try:
        assert long_date(d) == f"{d.day} {d.strftime('%b')} {d.year}"
        assert day_text(d) == f"{d.strftime('%a')} {d.day} {d.strftime('%b')} {d.year}"
        i18n.set_language("fr")
        day = "1er" if d.day == 1 else str(d.day)
        assert long_date(d) == f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    finally:
        i18n.set_language(None)


@pytest.fixture
def logged(home: Path) -> Path:
    """A profile with office hours and a week of after-hours contacts, one of them a crisis."""
    profile = open_profile(home)
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    ScheduleStore(profile.db, ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).save(
        office_hours(), source="test"
    )
    profile.close()
    clock = ManualClock(datetime(2026, 12, 3, 15, 0, tzinfo=UTC))
    for at, client in (
        ("2026-11-23T23:10:00-05:00", "J.D."),
        ("2026-11-25T21:30:00-05:00", "Mx Quill"),
        ("2026-11-28T10:00:00-05:00", "J.D."),
    ):
        r = cli(home, "log", "--channel", "text", "--at", at, "--client", client, clock=clock)
        assert r.status == 0, r.err
    r = cli(
        home,
        "log",
        "--channel",
        "text",
        "--at",
        "2026-11-27T23:40:00-05:00",
        "--client",
        "J.D.",
        "--text",
        "I am going to kill myself tonight",
        clock=clock,
    )
    assert r.status == 0 and "crisis" in r.err.lower(), r.err
    return home


def test_cli_report_pdf_in_french_under_language_fr(logged: Path, tmp_path: Path) -> None:
    out = tmp_path / "novembre.pdf"
    done = run_app(
        logged, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out),
        LANGUAGE="fr",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "1er novembre 2026 au 30 novembre 2026" in text
    assert "En un coup d'œil" in text and "Contacts de crise" in text
    # The crisis, in Toronto time.
    assert re.search(r"ven\. 27 nov\. 2026,\s+23 h 40", pdf_text(out, layout=False))
    assert "Page 1 de" in text


def test_cli_report_markdown_follows_lang_and_csv_headers_do_not(
    logged: Path, tmp_path: Path
) -> None:
    period = ("--from", "2026-11-01", "--to", "2026-11-30")
    fr = run_app(logged, "report", *period, "--out", str(tmp_path / "fr.md"), LANG="fr_CA.UTF-8")
    en = run_app(logged, "report", *period, "--out", str(tmp_path / "en.md"), LANG="C.UTF-8")
    assert fr.returncode == 0 and en.returncode == 0, fr.stderr + en.stderr
    french = (tmp_path / "fr.md").read_text(encoding="utf-8")
    english = (tmp_path / "en.md").read_text(encoding="utf-8")
    assert "# Contacts hors des heures : sommaire pour la supervision clinique" in french
    assert "## Pistes de discussion" in french and "Texto" in french
    assert "# After-hours contact: supervision summary" in english and "Texto" not in english
    headers = []
    for lang, name in (("fr_CA.UTF-8", "fr.csv"), ("C.UTF-8", "en.csv")):
        assert (
            run_app(logged, "report", *period, "--out", str(tmp_path / name), LANG=lang).returncode
            == 0
        )
        with (tmp_path / name.replace(".csv", "-weekly.csv")).open(encoding="utf-8") as fh:
            headers.append(next(csv.reader(fh)))
    assert headers[0] == headers[1] and "after_hours_contacts" in headers[0]


def test_cli_errors_and_help_are_french_under_a_french_locale(home: Path, tmp_path: Path) -> None:
    backwards = run_app(
        home, "report", "--from", "2026-11-30", "--to", "2026-11-01", "--out",
        str(tmp_path / "r.md"), LANGUAGE="fr",
    )  # fmt: skip
    assert backwards.returncode == 2
    assert "La période se termine (2026-11-01) avant de commencer (2026-11-30)." in backwards.stderr
    docx = run_app(
        home, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--out",
        str(tmp_path / "r.docx"), LANG="fr_CA.UTF-8",
    )  # fmt: skip
    assert "Impossible de déduire le format de 'r.docx'" in docx.stderr
    bad_date = run_app(home, "contacts", "--from", "30/11/2026", LANGUAGE="fr")
    assert "Ce n'est pas une date : '30/11/2026' (AAAA-MM-JJ attendu)" in bad_date.stderr
    missing = run_app(home, "report", "--from", "2026-11-01", LANGUAGE="fr")
    assert "erreur : ces arguments sont obligatoires : --to, --out" in missing.stderr
    helped = run_app(home, "report", "--help", LANGUAGE="fr")
    assert helped.stdout.startswith("utilisation : after-hours report")
    assert "afficher cette aide et quitter" in helped.stdout
    assert "premier jour (AAAA-MM-JJ)" in helped.stdout
    english = run_app(home, "report", "--from", "2026-11-01", LANG="C.UTF-8")
    assert "the following arguments are required: --to, --out" in english.stderr


def test_a_bad_schedule_file_is_refused_in_french(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "heures.toml"
    bad.write_text(
        'timezone = "America/Toronto"\n[[window]]\ndays = ["lun"]\nstart = "09:00"\n'
        'end = "17:00"\n',
        encoding="utf-8",
    )
    done = run_app(home, "schedule", "import", str(bad), LANG="fr_CA.UTF-8")
    assert done.returncode != 0
    assert (
        "heures.toml: plage 1 : 'days' contient 'lun', qui n'est pas un jour de la semaine"
        in done.stderr
    )
    assert "Rien n'a été modifié." in done.stderr


def test_risk_reasons_write_figures_the_french_way(french: None) -> None:
    from after_hours.availability.burnout.risk import describe

    reason = describe("after_hours_share", 46.2, 32.5, elevated=25, high=40).replace("\u00a0", " ")
    assert reason.startswith("46,2 % des contacts de la semaine")
    assert "(40 %)" in reason and reason.endswith("Votre habitude : 32,5 %.")


def test_triage_answers_in_french_and_still_does_not_assess(home: Path) -> None:
    done = run_app(
        home, "triage", stdin="I am going to kill myself tonight, I have the pills", LANGUAGE="fr"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Crise possible : ce message contient un langage de crise."
    assert "« kill myself » : Idéation active (pensées suicidaires)" in done.stdout
    assert "Vos étapes : `after-hours scripts show crisis-script`" in done.stdout
    assert lines[-1] == (
        "After Hours signale des expressions; il n'évalue pas le risque. "
        "Fiez-vous à votre jugement."
    )
