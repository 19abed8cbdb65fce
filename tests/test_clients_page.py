"""Clients and agreements: overdue first, missing agreements called out, editor, handout PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.crisis.resources import add_user_resource
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages.clients import ClientsPage
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 Toronto
TODAY = date(2026, 11, 20)


@pytest.fixture
def services(profile: Profile) -> Services:
    settings = Settings(profile.db)
    settings.update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "profile.name": "Dr Lee"}
    )
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    s = Services(profile, clock)
    store = s.agreements
    # Reviews: O.K. fine, D.S. due soon, L.A. overdue by a little, V.L. overdue by a lot.
    store.set(Agreement("O.K.", (Channel.EMAIL,), TODAY - timedelta(weeks=2), review_weeks=12))
    store.set(Agreement("D.S.", (Channel.EMAIL,), TODAY - timedelta(weeks=11), review_weeks=12))
    store.set(Agreement("L.A.", (Channel.PHONE,), TODAY - timedelta(weeks=13), review_weeks=12))
    store.set(Agreement("V.L.", (Channel.TEXT,), TODAY - timedelta(weeks=40), review_weeks=12))
    # No agreement: N.A. writes off hours (twice), Q.U. only in hours.
    s.contacts.log(NewContact(NOW, Channel.TEXT, client="N.A."))
    s.contacts.log(NewContact(NOW - timedelta(days=1), Channel.TEXT, client="N.A."))
    s.contacts.log(NewContact(NOW - timedelta(days=2, hours=10), Channel.PHONE, client="Q.U."))
    s.contacts.log(NewContact(NOW - timedelta(days=1), Channel.TEXT, client="M.I."))
    return s


def _column(page: ClientsPage, col: int) -> list[str]:
    return [page.table.item(r, col).text() for r in range(page.table.rowCount())]


def test_overdue_first_then_missing_with_off_hours_contact(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(services)
    qtbot.addWidget(page)
    assert _column(page, 0) == ["V.L.", "L.A.", "N.A.", "M.I.", "Q.U.", "D.S.", "O.K."]
    assert _column(page, 1)[:3] == [
        "Review overdue by 196 days",
        "Review overdue by 7 days",
        "No agreement, yet contact off hours",
    ]
    assert _column(page, 1)[4] == "No agreement yet"
    assert page.table.item(0, 1).font().bold() and not page.table.item(4, 1).font().bold()
    summary = page.summary.text()
    assert "2 agreement reviews are overdue" in summary
    assert summary.endswith("2 clients contact you off hours without an agreement: N.A., M.I.")


def test_the_editor_saves_an_agreement_and_the_order_follows(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(services)
    qtbot.addWidget(page)
    page.table.selectRow(_column(page, 0).index("N.A."))
    page.edit_button.click()
    dialog = page.dialog
    assert dialog.client.text() == "N.A." and dialog.client.isReadOnly() is False
    dialog.channels[Channel.EMAIL].setChecked(True)
    dialog.channels[Channel.TEXT].setChecked(True)
    dialog.response.setValue(24)
    dialog.crisis_plan.setPlainText("Calls 988, then her sister.")
    dialog.review.setValue(8)
    dialog.accept()
    saved = AgreementStore(services.profile.db, services.clock).get("N.A.")
    assert saved is not None
    assert saved.channels == (Channel.TEXT, Channel.EMAIL)
    assert saved.response_hours == 24 and saved.review_weeks == 8
    assert saved.discussed_on == TODAY and saved.crisis_plan == "Calls 988, then her sister."
    assert _column(page, 0)[:3] == ["V.L.", "L.A.", "M.I."]
    # Editing an existing one keeps the pseudonym fixed and shows its values.
    page.table.selectRow(_column(page, 0).index("N.A."))
    page.edit_button.click()
    again = page.dialog
    assert again.client.isReadOnly() and again.response.value() == 24
    assert (
        again.channels[Channel.EMAIL].isChecked() and not again.channels[Channel.PHONE].isChecked()
    )
    again.reject()


def test_an_agreement_without_a_pseudonym_is_refused_in_place(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ClientsPage(services)
    qtbot.addWidget(page)
    page.new_agreement()
    dialog = page.dialog
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert "needs a client pseudonym" in dialog.error.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_handout_prints_hours_ways_and_own_line_first(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_user_resource(
        services.profile.db,
        name="My clinic's on-call nurse",
        number="555-0100",
        region="CA",
        created_at="2026-11-01T00:00:00Z",
    )
    services.settings.set(
        "crisis.on_call_procedure", "On Wednesday evenings the clinic's on-call nurse answers."
    )
    services.agreements.set(
        Agreement(
            "L.A.",
            (Channel.PHONE, Channel.EMAIL),
            TODAY,
            response_hours=48,
            crisis_plan="Call the distress centre first.",
        )
    )
    page = ClientsPage(services)
    qtbot.addWidget(page)
    out = page.write_handout(tmp_path / "handout.pdf", "L.A.")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures to "fi"
    assert "How to reach Dr Lee" in flat
    assert "Monday to Friday" in flat and "America/Toronto" in flat
    assert "On call:" not in flat  # office hours only: no on-call line
    assert "phone call, email" in flat and "within 48 hours" in flat
    assert "Outside my hours" in flat and "next working day" in flat
    assert "on-call nurse answers" in flat and "Call the distress centre first." in flat
    assert "911" in flat and "988" in flat
    # The user's own line comes before the shipped ones.
    assert flat.index("My clinic's on-call nurse") < flat.index("988")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_general_handout_without_a_client(qtbot, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import time

    from after_hours.availability.schedule import Window, WindowKind

    hours = office_hours()
    evening = Window(frozenset({2}), time(18), time(22), WindowKind.ON_CALL)
    services.schedules.save(replace(hours, windows=(*hours.windows, evening)), source="test")
    page = ClientsPage(services)
    qtbot.addWidget(page)
    out = page.write_handout(tmp_path / "general.pdf", None)
    # It says where it went (issue 17: neither export nor handout confirmed a save).
    assert not page.saved_label.isHidden()
    assert page.saved_label.text() == f"Handout saved to {out.resolve()}"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    flat = " ".join(unicodedata.normalize("NFKC", text.stdout).split())
    assert "Prepared for" not in flat
    assert "By the ways we agreed in session, during my working hours." in flat
    assert "On call: Wednesday, 18:00 to 22:00." in flat
    assert "call 911" in flat
