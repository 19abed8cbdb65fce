"""The crisis panel in French, all of it: issue 21 on the app's most important screen.

A real panel built offscreen with the French translators installed (ours, Qt's and the domain's,
as the app installs them at start): the emergency line, the header, the client's details, the
category labels, the crisis lines by their official French names and the disclaimer are French,
and with the translators removed the same panel is English again.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Kind, NewContact
from after_hours.availability.crisis import ReplyContext, render
from after_hours.availability.crisis.resources import load_resources
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.triage import triage
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.crisis_content import build_content
from after_hours.ui.dialogs.crisis_panel import CrisisPanel
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto: off hours
TEXT = "hey sorry to text so late. I can't do this anymore, I just want it all to end"
NEGATED = "I'm not going to kill myself, don't worry"


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "profile.name": "Sam"}
    )
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    AgreementStore(profile.db, clock).set(
        Agreement("J.D.", (Channel.TEXT,), date(2026, 9, 1), crisis_plan="Appelle sa sœur")
    )
    return Services(profile, clock)


def _panel(qtbot, services, text: str = TEXT) -> CrisisPanel:  # type: ignore[no-untyped-def]
    result = triage(text)
    contact = services.contacts.log(
        NewContact(NOW, Channel.TEXT, client="J.D.", crisis=result.crisis)
    )
    panel = CrisisPanel(build_content(services, contact, result, text))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _phrases(panel: CrisisPanel) -> list[str]:
    return [panel.phrases.item(i).text() for i in range(panel.phrases.count())]


def _lines(panel: CrisisPanel) -> list[tuple[str, str]]:
    return [(line.name, line.detail) for line in panel.content.lines]


def test_the_crisis_panel_is_french_under_a_french_interface(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    assert panel.emergency.text() == "Si une vie est en danger maintenant : appelez le 911"
    assert panel.header.text() == "Langage de crise : message de J.D., 23:40 (hors des heures)"
    assert panel.windowTitle() == "Langage de crise : J.D."
    assert panel.details.text().splitlines() == [
        "J.D., par texto : ayez sous la main son adresse et son numéro de téléphone, tirés de "
        "vos dossiers, avant d'appeler.",
        "Son plan de crise (selon votre entente) : Appelle sa sœur",
    ]
    assert "« want it all to end » : Idéation passive (souhait de mourir, ne plus en pouvoir)" in (
        _phrases(panel)
    )
    assert panel.note_label.text() == (
        "After Hours a relevé ces expressions dans les mots du message; il n'évalue pas le "
        "risque. Votre jugement et la procédure de votre établissement priment."
    )
    assert panel.what_i_did.placeholderText().startswith("Ce que j'ai fait, p. ex.")
    assert _lines(panel) == [
        ("Services d'urgence", "Appelez le 911 ; vérifié le 2026-11-24"),
        (
            "9-8-8 : Ligne d'aide en cas de crise de suicide",
            "Appelez le 988, textez le 988 ; 24 h sur 24, 7 jours sur 7 ; vérifié le 2026-11-24",
        ),
        (
            "Jeunesse, J'écoute",
            "Appelez le 1-800-668-6868, textez le 686868 ; 24 h sur 24, 7 jours sur 7 ; "
            "vérifié le 2026-11-24",
        ),
    ]
    # What Copy puts on the clipboard is French too, with the service's French name.
    assert panel.copy_buttons[1].property("copy_text") == (
        "9-8-8 : Ligne d'aide en cas de crise de suicide : appelez le 988, textez le 988"
    )
    assert panel.steps[0].check.accessibleName().startswith("Étape 1 : ")


def test_a_negated_phrase_is_said_as_such_in_french(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services, NEGATED)
    assert panel.header.text().startswith("À regarder : message de J.D.")
    assert _phrases(panel) == [
        "« I'm not going to kill myself » : Idéation active (pensées suicidaires), "
        "à la forme négative"
    ]


def test_the_same_panel_stays_english_under_an_english_interface(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services)
    assert panel.emergency.text() == "If a life is at risk now: call 911"
    assert panel.header.text() == "Crisis language: message from J.D., 23:40 (off hours)"
    assert panel.details.text().startswith(
        "J.D., by text message: have their address and phone number from your records ready"
    )
    assert "“want it all to end”: Passive ideation (wish to be dead, cannot go on)" in (
        _phrases(panel)
    )
    assert panel.note_label.text().startswith("After Hours surfaced these phrases")
    assert [name for name, _detail in _lines(panel)] == [
        "Emergency services",
        "9-8-8 Suicide Crisis Helpline",
        "Kids Help Phone",
    ]
    assert _lines(panel)[1][1] == "Call 988, text 988; 24/7; checked 2026-11-24"


def test_a_region_with_no_number_on_file_says_so_in_french(qtbot, services, french_ui) -> None:  # type: ignore[no-untyped-def]
    Settings(services.profile.db).set("profile.region", "ZZ")
    panel = CrisisPanel(build_content(services))
    qtbot.addWidget(panel)
    assert panel.emergency.text() == (
        "Si une vie est en danger maintenant : appelez le numéro d'urgence de votre région"
    )
    assert panel.header.text() == (
        "Scripts de crise : vos étapes, les lignes de crise et les réponses"
    )


def test_a_french_client_reply_names_the_lines_by_their_french_names(services) -> None:  # type: ignore[no-untyped-def]
    ctx = ReplyContext.build(services.profile.db, services.clock, language="fr")
    reply = render("crisis-reply", ctx).text
    assert "9-8-8 : Ligne d'aide en cas de crise de suicide : appelez ou textez le 988" in reply
    assert "Jeunesse, J'écoute : appelez le 1-800-668-6868" in reply
    english = render("crisis-reply", ReplyContext.build(services.profile.db, services.clock)).text
    assert "9-8-8 Suicide Crisis Helpline: call or text 988" in english


def test_every_french_name_in_the_resource_file_is_for_a_service_with_a_source() -> None:
    named = [r for region in load_resources().values() for r in region.all if r.names]
    assert {r.name_in("fr") for r in named} >= {
        "Services d'urgence",
        "9-8-8 : Ligne d'aide en cas de crise de suicide",
        "Jeunesse, J'écoute",
    }
    # A service with no French name keeps its own; English always shows the file's name.
    us = load_resources()["US"].lines[0]
    assert us.name_in("fr") == us.name == "988 Suicide & Crisis Lifeline"
    assert all(r.name_in("en") == r.name and r.source for r in named)


@pytest.fixture
def shell(qtbot, services):  # type: ignore[no-untyped-def]
    from after_hours.ui.shell.app import Shell
    from after_hours.ui.shell.tray import TrayController

    Settings(services.profile.db).set("app.first_run_done", True)
    sh = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    yield sh
    sh.dispose()


def test_the_quick_log_and_its_notice_are_french(qtbot, french_ui, shell) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = shell.quick_log()
    assert dialog.channel.currentText() == "Texto"
    assert dialog.kind.itemText(dialog.kind.findData(Kind.CALL)) == "Appel"
    assert dialog.weekday.text() == "vendredi"  # Qt's own date words, in French
    # The When row's label is the date's buddy, so "&Quand" is Alt+Q, not a literal "&".
    (when_label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.when]
    assert when_label.text() == "&Quand"
    qtbot.keyClicks(dialog.client, "A.B.")
    dialog.message.setPlainText("Don't worry, I'm not going to hurt myself. Talk Monday?")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    assert shell.panels == []  # negated: a calm notice, not the panel
    (banner,) = shell.window.banner_widgets()
    assert banner.label.text() == (
        "Message hors des heures de A.B. consigné : À regarder : le message mentionne "
        "« going to hurt myself ». Une réponse qui précise vos disponibilités est prête à copier."
    )
    shell.services.clock.set(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday 10:00 Toronto
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    texts = [b.label.text() for b in shell.window.banner_widgets()]
    assert "Contact consigné : Enregistré : A.B., ven. 20 nov. 10:00, pendant les heures." in texts


def test_the_reminder_actions_are_french(french_ui) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from after_hours.availability.reminders import Reminder, ReminderKind
    from after_hours.ui.shell.reminders_view import open_label, snooze_label

    assert snooze_label(timedelta(minutes=10)) == "Rappeler dans 10 min"
    reminder = Reminder(ReminderKind.SELF_CHECK, NOW, "t", "b", "self-check", NOW)
    assert open_label(reminder) == "Commencer l'autoévaluation"


@given(st.lists(st.text(max_size=8), max_size=4), st.text(max_size=30))
def test_fill_puts_each_value_once_and_never_looks_inside_them(values, glue) -> None:  # type: ignore[no-untyped-def]
    from after_hours.ui.base.placeholders import fill

    clean = glue.replace("%", "")
    template = clean.join(f"%{i + 1}" for i in range(len(values)))
    assert fill(template, *values) == clean.join(values)
    assert fill("%2 de %1", "a", "%2") == "%2 de a"
