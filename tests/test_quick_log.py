"""Journey 3 through the real widgets: quick-log, the crisis panel, the expectation reply."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.tray_state import TrayState
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Friday 23:40 in Toronto: off hours
CRISIS_TEXT = (
    "Hi, it's about my Tuesday appointment with the landlord. I can't do this anymore. "
    "I want to kill myself tonight. Sorry for everything."
)


@pytest.fixture
def shell(qtbot, profile):  # type: ignore[no-untyped-def]
    settings = Settings(profile.db)
    settings.update(
        {
            "profile.timezone": "America/Toronto",
            "profile.region": "CA",
            "profile.name": "Sam Rivera",
            "app.first_run_done": True,
        }
    )
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    sh = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    yield sh
    sh.dispose()


def test_off_hours_crisis_text_opens_the_panel(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TEXT))
    qtbot.keyClicks(dialog.client, "J.D.")
    dialog.message.setPlainText(CRISIS_TEXT)
    qtbot.keyClick(dialog.message, Qt.Key.Key_Return)  # Enter saves, from the message box too
    assert not dialog.isVisible()

    (panel,) = shell.panels
    assert panel.isVisible()
    assert panel.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert panel.header.text() == "Crisis language: message from J.D., 23:40 (off hours)"
    phrases = [panel.phrases.item(i).text() for i in range(panel.phrases.count())]
    assert any("kill myself" in p for p in phrases), phrases
    assert "kill myself" in panel.message.toPlainText()
    # Steps: immediate danger first, with the emergency number.
    first_step = panel.steps[0]
    assert first_step.check.text() == "1. Immediate danger?" and "911" in first_step.detail.text()
    # Crisis lines for Canada, each with a Copy button; 9-8-8 is there.
    assert any("988" in line.copy_text for line in panel.content.lines)
    assert len(panel.copy_buttons) == len(panel.content.lines) >= 2
    reply = panel.reply.toPlainText()
    assert "988" in reply and "911" in reply and "Monday" in reply

    # Only the matched phrases were stored, never the text.
    contact = shell.services.contacts.query()[0]
    assert contact.crisis and contact.client == "J.D." and contact.after_hours
    assert "kill myself" in " ".join(contact.phrases)
    row = shell.services.profile.db.execute("SELECT * FROM contacts").fetchone()
    stored = json.dumps(row)
    assert "landlord" not in stored and "Tuesday" not in stored

    # The tray holds the crisis until it is marked as handled.
    assert shell.tray.view.state is TrayState.CRISIS
    assert shell.tray.crisis_action.text().replace("&", "") == ("Crisis panel: J.D., 23:40")
    panel.copy_buttons[0].click()
    assert QApplication.clipboard().text() == panel.content.lines[0].copy_text
    panel.what_i_did.setText("Sent the crisis reply; called the on-call team")
    panel.handled_button.click()
    assert shell.tray.view.state is TrayState.OFF_HOURS
    assert shell.services.contacts.get(contact.id).note == (
        "Handled: Sent the crisis reply; called the on-call team"
    )


def test_ordinary_off_hours_message_offers_the_expectation_reply(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    dialog.message.setPlainText("Can we move Tuesday's session to 3pm?")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    assert shell.panels == []
    (banner,) = shell.window.banner_widgets()  # no tray here: the notification is a banner
    assert "Off-hours message from A.B. logged" in banner.label.text()
    banner.action_button.click()
    reply = shell._dialogs[-1]
    assert "Monday" in reply.text.toPlainText()


def test_escape_cancels_and_logs_nothing(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert shell.services.contacts.count() == 0


def test_client_completion_offers_known_pseudonyms(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.contacts import NewContact

    shell.services.contacts.log(NewContact(NOW, Channel.EMAIL, client="Client 14"))
    dialog = shell.quick_log()
    model = dialog.client.completer().model()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["Client 14"]


def test_crisis_scripts_from_the_tray_without_a_message(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.tray.crisis_action.trigger()
    (panel,) = shell.panels
    assert panel.header.text().startswith("Crisis scripts")
    assert not panel.handled_button.isEnabled()
    assert len(panel.steps) >= 5


def test_a_friend_request_offers_its_own_reply(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.contacts import Kind

    dialog = shell.quick_log()
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.SOCIAL_MEDIA))
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.FRIEND_REQUEST))
    qtbot.keyClicks(dialog.client, "M.K.")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    (banner,) = shell.window.banner_widgets()
    assert "Friend request from M.K. logged" in banner.label.text()
    banner.action_button.click()
    assert shell._dialogs[-1].windowTitle() != ""


def test_a_closed_panel_can_be_reopened_from_today_until_handled(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "J.D.")
    dialog.message.setPlainText(CRISIS_TEXT)
    dialog.accept()
    first = shell.panels[-1]
    first.close()  # closed without marking it handled: it still waits
    today = shell.window.show_page("today")
    assert not today.open_crisis.isHidden()  # type: ignore[attr-defined]
    assert "J.D., 23:40" in today.attention.text()  # type: ignore[attr-defined]
    today.open_crisis.click()  # type: ignore[attr-defined]
    again = shell.panels[-1]
    assert again is not first
    assert again.header.text() == "Crisis language: message from J.D., 23:40 (off hours)"
    assert again.content.text is None  # the text is gone; the phrases were kept
    assert any("kill myself" in m.phrase for m in again.content.matches)
    again.handled_button.click()
    assert today.open_crisis.isHidden()  # type: ignore[attr-defined]


def test_a_noted_message_is_named_calmly_not_raised(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    dialog.message.setPlainText("Don't worry, I'm not going to hurt myself. Talk Monday?")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    assert shell.panels == []  # noted, not a crisis: no panel
    contact = shell.services.contacts.query()[0]
    assert not contact.crisis and contact.phrases
    (banner,) = shell.window.banner_widgets()
    assert "Worth a look: it mentions" in banner.label.text()
    page = shell.window.show_page("contacts")
    model = page.model  # type: ignore[attr-defined]
    # Triage v2's grammar rule takes the intent words in ("going to hurt myself").
    assert model.data(model.index(0, 6)) == (
        "not a crisis (negated or a lone word): “going to hurt myself”"
    )


def test_daily_backup_is_made_and_a_failure_is_shown(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    profile = shell.services.profile
    shell.daily_backup()
    assert len(list(profile.backup_dir.glob("*-daily.db"))) == 1
    # A backup folder that cannot be written (here: replaced by a file) is said, not swallowed.
    for b in profile.backup_dir.iterdir():
        b.unlink()
    profile.backup_dir.rmdir()
    profile.backup_dir.write_text("not a folder")
    shell.daily_backup()
    texts = [b.text() if hasattr(b, "text") else "" for b in shell.window.banner_widgets()]
    assert any(b.key == "backup" for b in shell.window.banner_widgets()), texts


def test_typing_starts_in_the_client_box_not_the_channel(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: focus started on Channel, so typing initials changed the channel."""
    dialog = shell.quick_log()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    channel = dialog.channel.currentIndex()
    qtbot.keyClicks(QApplication.focusWidget(), "T.M.")
    assert dialog.client.text() == "T.M." and dialog.channel.currentIndex() == channel


def test_a_typed_date_is_taken_and_a_future_one_is_refused(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    dialog.when.setFocus()
    dialog.when.selectAll()
    qtbot.keyClicks(dialog.when, "2026-11-19 21:30")
    assert dialog.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-19 21:30"
    assert dialog.weekday.text() == "Thursday"
    dialog.when.selectAll()
    qtbot.keyClicks(dialog.when, "2026-12-19 21:30")
    dialog.accept()
    assert dialog.isVisible() and shell.services.contacts.count() == 0
    assert "Saturday 2026-12-19 21:30 is in the future" in dialog.error.text()
    dialog.when.selectAll()
    qtbot.keyClicks(dialog.when, "2026-11-19 21:30")
    dialog.accept()
    (contact,) = shell.services.contacts.query()
    assert contact.at == datetime(2026, 11, 20, 2, 30, tzinfo=UTC)  # 21:30 in Toronto


def test_an_in_hours_contact_says_it_was_saved(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: in hours the dialog closed with no word that anything was kept."""
    shell.services.clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))  # Tue 12:00 Toronto
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "A.B.")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE))
    dialog.accept()
    (banner,) = shell.window.banner_widgets()
    assert banner.label.text().endswith("Saved: A.B., Tue 24 Nov 12:00, in hours.")


def test_a_possible_message_in_hours_gets_a_calm_notice_with_its_phrases(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    # In hours no reply is offered, but triage's quieter level still surfaces its phrases.
    shell.services.clock.set(datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # Friday 10:00 Toronto
    dialog = shell.quick_log()
    qtbot.keyClicks(dialog.client, "C.D.")
    dialog.message.setPlainText("Can I take Advil before our session on Monday?")
    qtbot.keyClick(dialog.client, Qt.Key.Key_Return)
    assert shell.panels == []  # possible, not a crisis: no panel
    (banner,) = shell.window.banner_widgets()
    assert "Worth a look: it mentions" in banner.label.text()
    assert "Advil" in banner.label.text()


def test_triage_is_let_go_after_a_quiet_while_and_a_later_crisis_still_opens_the_panel(
    qtbot, shell
) -> None:  # type: ignore[no-untyped-def]
    """After the last message the phrase lists and the scorer go (about 12 MiB all day).

    The quiet while is shortened here; the next crisis loads them again and opens the panel.
    """
    from after_hours.availability.triage.lexicon import default_lexicon
    from after_hours.availability.triage.scorer import default_scorer

    shell._triage_kept.setInterval(200)
    for client in ("J.D.", "R.K."):
        dialog = shell.quick_log()
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TEXT))
        qtbot.keyClicks(dialog.client, client)
        dialog.message.setPlainText(CRISIS_TEXT)
        qtbot.keyClick(dialog.message, Qt.Key.Key_Return)
        assert [p for p in shell.panels if client in p.header.text()]
        assert default_lexicon.loaded and default_scorer.cache_info().currsize == 1
        # Nothing more happens: after the quiet while, triage lets go of what it held.
        qtbot.waitUntil(lambda: not default_lexicon.loaded, timeout=5000)
        assert default_scorer.cache_info().currsize == 0
    assert not shell.let_go_of_triage()  # nothing left to let go


def test_quitting_as_the_quick_log_opens_waits_for_its_warm_up(qtbot, shell, profile) -> None:  # type: ignore[no-untyped-def]
    """Opening the quick-log warms up on a worker thread; quitting at once must not crash.

    The profile is closed right after the shell goes. A worker still running a statement on
    its connection then crashed the whole process (CI, stop 25), so the worker only imports
    and the shell waits for it before the profile can close.
    """
    import threading

    shell.quick_log()
    shell.dispose()
    assert not [t for t in threading.enumerate() if t.name == "after-hours-warm-up"]
    profile.close()  # as the app does next; the warm-up's own checks are in test_startup_imports
