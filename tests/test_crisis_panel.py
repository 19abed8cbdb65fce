"""The crisis panel is clear in five seconds (issue 17, section 2).

Emergency first with the region's number; steps as a checklist of headings with the detail
folded; a reply short enough for a text message and a full one for email; a reference view
with no red bar and no "No message text was given"; calm, distinct presentations per level.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.crisis.scripts import SHORT_REPLY_LIMIT
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.triage import TriageResult, triage
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.crisis_content import build_content
from after_hours.ui.dialogs.crisis_panel import CrisisPanel
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto
TEXT = "sorry to text so late. I want to kill myself tonight"


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "UK", "profile.name": "Sam"}
    )
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return Services(profile, clock)


def panel_for(qtbot, services, result: TriageResult | None, client: str = "J.D.") -> CrisisPanel:  # type: ignore[no-untyped-def]
    contact = None
    if result is not None:
        contact = services.contacts.log(
            NewContact(NOW, Channel.TEXT, client=client, crisis=result.crisis)
        )
    panel = CrisisPanel(build_content(services, contact, result, TEXT if result else None))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_crisis_puts_the_regions_emergency_number_first_and_large(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    AgreementStore(services.profile.db, services.clock).set(
        Agreement("J.D.", (Channel.TEXT,), date(2026, 9, 1), crisis_plan="Calls her sister first")
    )
    panel = panel_for(qtbot, services, triage(TEXT))
    assert panel.emergency.text() == "If a life is at risk now: call 999"
    layout = panel.layout()
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert [w for w in shown if w.isVisible()][:2] == [panel.bar, panel.emergency]
    assert panel.emergency.font().pointSizeF() > panel.header.font().pointSizeF()
    assert panel.bar.isVisible()
    assert "J.D., by text message" in panel.details.text()
    assert "Calls her sister first" in panel.details.text()
    assert panel.windowTitle() == "Crisis language from J.D."


def test_steps_are_a_checklist_of_headings_with_the_detail_folded(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = panel_for(qtbot, services, triage(TEXT))
    headings = [s.check.text() for s in panel.steps]
    assert headings[:2] == ["1. Immediate danger?", "2. Send the crisis reply"]
    first = panel.steps[0]
    assert not first.detail.isVisible() and "999" in first.detail.text()
    first.toggle.click()
    assert first.detail.isVisible()
    first.check.click()
    assert first.check.isChecked()


def test_the_reply_comes_short_for_a_text_and_full_for_email(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = panel_for(qtbot, services, triage(TEXT))
    short = panel.short_reply.toPlainText()
    assert len(short) <= SHORT_REPLY_LIMIT and "999" in short
    assert short.startswith("Hi, this is Sam. I've read your message")
    assert panel.replies.currentWidget() is panel.short_reply  # a text came in: text first
    assert f"{len(short)} characters" == panel.length.text()
    panel.copy_reply()
    assert QApplication.clipboard().text() == short
    panel.replies.setCurrentWidget(panel.reply)
    panel.copy_reply()
    full = QApplication.clipboard().text()
    assert len(full) > len(short) and "not private" in full
    assert "may not see this message" not in full


def test_the_reference_view_is_no_crisis(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    panel = panel_for(qtbot, services, None)
    assert panel.windowTitle() == "Crisis scripts"
    assert "Possible crisis" not in panel.header.text()
    assert not panel.bar.isVisible()  # no red bar
    assert not panel.phrases.isVisible() and not panel.message.isVisible()
    texts = [panel.phrases.item(i).text() for i in range(panel.phrases.count())]
    assert not any("No message text" in t for t in texts)
    assert not panel.handled_box.isVisible()
    assert panel.emergency.text() == "If a life is at risk now: call 999"


def test_a_possible_crisis_is_calm_and_a_level_the_panel_does_not_know_too(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    found = triage(TEXT)
    for level in ("possible", "noted", "something-new"):
        result = TriageResult(False, found.categories, found.matches, level)
        panel = panel_for(qtbot, services, result)
        assert not panel.bar.isVisible()
        assert panel.header.text().startswith("Worth a look: message from J.D.")
        layout = panel.layout()
        visible = [
            layout.itemAt(i).widget()
            for i in range(layout.count())
            if layout.itemAt(i).widget().isVisible()
        ]
        assert visible[0] is panel.header and visible[1] is panel.emergency
        assert panel.windowTitle() == "Worth a look: J.D."
        assert "#c62828" not in panel.message.toHtml()
