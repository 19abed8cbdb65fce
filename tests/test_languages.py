"""French and English: the interface follows the locale; a client's replies follow the client."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from after_hours.availability import i18n
from after_hours.availability.agreements import Agreement, AgreementError, AgreementStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel
from after_hours.availability.crisis import prepare_response
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import cli, office_hours, run_app

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto


def _profile_with_hours(profile: Profile) -> None:
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    ScheduleStore(profile.db, ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).save(
        office_hours(), source="test"
    )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_CA.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:fr_CA:en", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANGUAGE": "en", "LANG": "fr_CA.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_is_read_as_gettext_reads_it(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_lang_fr_ca_makes_status_answer_in_french_and_json_keys_stay(
    profile: Profile, home: Path
) -> None:
    _profile_with_hours(profile)
    profile.close()
    at = "2026-11-21T04:40:00Z"  # Friday 23:40 in Toronto
    french = run_app(home, "status", "--at", at, LANG="fr_CA.UTF-8")
    assert french.returncode == 0, french.stderr
    assert french.stdout.splitlines()[0] == "Hors des heures, de retour lun. 09:00"
    assert "Prochain changement : 2026-11-23T09:00:00-05:00" in french.stdout
    english = run_app(home, "status", "--at", at, LANG="C.UTF-8")
    assert english.stdout.splitlines()[0] == "Off hours, back Mon 09:00"
    as_json = run_app(home, "status", "--at", at, "--json", LANG="fr_CA.UTF-8")
    assert set(json.loads(as_json.stdout)) == set(
        json.loads(run_app(home, "status", "--at", at, "--json", LANG="C").stdout)
    )


def test_a_clients_language_is_recorded_and_scripts_show_follow_it(home: Path) -> None:
    clock = ManualClock(NOW)
    r = cli(
        home, "clients", "set", "J.D.", "--channels", "text", "--language", "fr-CA", clock=clock
    )
    assert r.status == 0, r.err
    doc = cli(home, "clients", "--json", clock=clock).json()
    assert doc[0]["agreement"]["language"] == "fr"
    french = cli(home, "scripts", "show", "crisis-reply", "--client", "J.D.", clock=clock)
    assert french.status == 0, french.err
    assert "Réponse à la personne (crise)" in french.out
    english = cli(home, "scripts", "show", "crisis-reply", clock=clock)
    assert "Réponse" not in english.out and "If you are in danger now" in english.out


def test_an_unknown_language_is_refused_and_nothing_changes(home: Path) -> None:
    clock = ManualClock(NOW)
    r = cli(home, "clients", "set", "J.D.", "--channels", "text", "--language", "de", clock=clock)
    assert r.status != 0
    assert "Unknown language 'de'" in r.err and "Nothing was changed" in r.err
    assert cli(home, "clients", "--json", clock=clock).json() == []
    with pytest.raises(AgreementError):
        Agreement("A.B.", (Channel.TEXT,), date(2026, 11, 1), language="xx")


def test_an_english_clinician_gets_the_french_crisis_reply_for_a_french_client(
    profile: Profile,
) -> None:
    _profile_with_hours(profile)
    clock = ManualClock(NOW)
    AgreementStore(profile.db, clock).set(
        Agreement("J.D.", (Channel.TEXT,), date(2026, 11, 1), language="fr")
    )
    text = "I can't do this anymore, I have the pills"
    response = prepare_response(profile.db, clock, text, client="J.D.")
    assert response.triage.crisis
    assert response.reply.title == "Réponse à la personne (crise)"
    assert "lundi 23 novembre à 9 h 00" in response.reply.text
    # The clinician's own steps stay in the clinician's language.
    assert response.script is not None and "Réponse" not in response.script.title
    other = prepare_response(profile.db, clock, text, client="A.B.")
    assert other.reply.title != response.reply.title


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_handout_for_a_french_client_is_in_french(qtbot, profile: Profile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.base.services import Services
    from after_hours.ui.printing.handout import write_handout_pdf

    _profile_with_hours(profile)
    services = Services(profile, ManualClock(NOW))
    services.agreements.set(
        Agreement(
            "J.D.",
            (Channel.TEXT, Channel.EMAIL),
            date(2026, 11, 1),
            response_hours=24,
            language="fr",
        )
    )
    out = write_handout_pdf(services, tmp_path / "jd.pdf", "J.D.")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Comment joindre votre intervenant·e" in flat
    assert "Comme convenu : texto, courriel." in flat
    assert "du lundi au vendredi, de 9 h 00 à 17 h 00" in flat
    assert re.search(r"composez le 911", flat)
    english = write_handout_pdf(services, tmp_path / "general.pdf")
    general = subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True)
    assert "How to reach your clinician" in " ".join(general.stdout.split())


def test_french_interface_translates_qts_own_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from after_hours.ui.base.translations import install_translators

    app = QApplication.instance()
    assert app is not None
    try:
        assert install_translators(app, "fr") == "fr"
        assert i18n.current_language() == "fr"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_translators(app, "en")
        i18n.set_language(None)
    assert i18n.current_language() == "en"


def test_the_french_self_check_is_a_marked_working_translation_scored_alike() -> None:
    from after_hours.availability.selfcheck import cbi, score

    english, french = cbi("en"), cbi("fr")
    assert french.item_ids == english.item_ids
    assert [s.id for s in french.scales] == [s.id for s in english.scales]
    assert french.points == english.points
    assert [i.reversed for i in french.items] == [i.reversed for i in english.items]
    assert (
        french.item("personal_4").text
        == "À quelle fréquence vous dites-vous : « Je n'en peux plus »?"
    )
    assert "pas une version française validée" in french.translation_note
    assert english.translation_note == ""
    answers = {item_id: 1 + n % 5 for n, item_id in enumerate(english.item_ids)}
    figures = [
        [(s.scale_id, s.score, s.band) for s in score(answers, q).scales] for q in (french, english)
    ]
    assert figures[0] == figures[1]
    i18n.set_language("fr")
    try:
        assert cbi().name == "Inventaire de burnout de Copenhague"
    finally:
        i18n.set_language(None)
    assert cbi().name == "Copenhagen Burnout Inventory"


def test_risk_clients_and_reminders_answer_in_french_under_lang_fr_ca(home: Path) -> None:
    saved = run_app(home, "clients", "set", "J.D.", "--channels", "text", LANG="fr_CA.UTF-8")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("Entente avec J.D. enregistrée; prochaine révision le ")
    clients = run_app(home, "clients", LANG="fr_CA.UTF-8")
    assert "canaux : text; prochaine révision" in clients.stdout
    assert "0 hors heures sur" in clients.stdout
    risk = run_app(home, "risk", LANG="fr_CA.UTF-8")
    assert risk.returncode == 0, risk.stderr
    assert risk.stdout.startswith("Semaine ") and ") : faible" in risk.stdout
    assert "Rien ne ressort par rapport à vos seuils" in risk.stdout
    assert "jours de fin de semaine touchés" in risk.stdout
    assert "weekend days touched" not in risk.stdout
    reminders = run_app(home, "reminders", "--days", "3", LANG="fr_CA.UTF-8")
    assert reminders.returncode == 0, reminders.stderr
    assert "Aucun rappel dans les 3 prochains jours." in reminders.stdout
    refused = run_app(home, "risk", "--weeks", "0", LANG="fr_CA.UTF-8")
    assert refused.returncode == 2
    assert refused.stderr == "after-hours: --weeks doit être entre 1 et 520.\n"
    english = run_app(home, "risk", LANG="C.UTF-8")
    assert "weekend days touched" in english.stdout and "Semaine" not in english.stdout
    as_json = run_app(home, "clients", "--json", LANG="fr_CA.UTF-8")
    assert (
        json.loads(as_json.stdout)[0]["state"]
        == json.loads(run_app(home, "clients", "--json", LANG="C").stdout)[0]["state"]
    )


def test_the_calendar_problem_and_import_summary_read_in_french() -> None:
    from zoneinfo import ZoneInfo

    from after_hours.availability.calendars.subscription import SubscriptionState
    from after_hours.availability.calendars.understood import ImportSummary

    state = (
        SubscriptionState("https://calendar.google.com/…")
        .succeeded(
            datetime(2026, 12, 1, 19, 2, tzinfo=UTC), etag="", last_modified="", content_hash=""
        )
        .failed(datetime(2026, 12, 3, 9, tzinfo=UTC), "le serveur a répondu 404")
    )
    summary = ImportSummary("America/Toronto", hours_series=2, on_call_series=1, ignored_free=12)
    one = ImportSummary("America/Toronto", ignored_free=1)
    i18n.set_language("fr")
    try:
        assert state.problem(ZoneInfo("America/Toronto")) == (
            "calendrier non mis à jour depuis mardi 14:02 (2026-12-01) : le serveur a répondu 404"
        )
        assert summary.lines() == [
            "2 séries hebdomadaires sont devenues des heures de travail; 1 série hebdomadaire "
            "est devenue de la garde (fuseau America/Toronto).",
            "12 événements ignorés : marqués disponibles.",
        ]
        assert one.lines() == ["1 événement ignoré : marqué disponible."]
    finally:
        i18n.set_language(None)
    assert "12 events ignored: marked free." in summary.lines()
    assert one.lines() == ["1 event ignored: marked free."]
