"""What the crisis panel says: the header, the lines with what Copy copies, a waiting crisis."""

from __future__ import annotations

from datetime import UTC, date, datetime

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Kind, NewContact
from after_hours.availability.crisis import Resource
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.crisis_content import build_content, crisis_header, shown_line
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


def test_header_names_the_client_the_time_and_the_hours(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    c = services.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True))
    later = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # Monday
    assert crisis_header(c, later, zone("America/Toronto")) == (
        "Crisis language: message from J.D., Fri 23:40 (off hours)"
    )
    call = services.contacts.log(NewContact(NOW, Channel.PHONE, Kind.CALL, crisis=True))
    assert crisis_header(call, NOW, zone("America/Toronto")) == (
        "Crisis language: call, 23:40 (off hours)"
    )


def test_a_line_says_how_to_reach_it_and_copy_copies_that() -> None:
    r = Resource(
        "9-8-8 Suicide Crisis Helpline",
        "line",
        number="988",
        text="988",
        hours="24/7",
        verified=date(2026, 11, 24),
    )
    line = shown_line(r)
    assert line.detail == "Call 988, text 988; 24/7; checked 2026-11-24"
    assert line.copy_text == "9-8-8 Suicide Crisis Helpline: call 988, text 988"


def test_a_waiting_crisis_reopened_later_shows_its_stored_phrases(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(NOW)
    Settings(profile.db).update({"profile.region": "UK", "profile.timezone": "Europe/London"})
    ScheduleStore(profile.db, clock).save(office_hours("Europe/London"), source="test")
    services = Services(profile, clock)
    c = services.contacts.log(
        NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True, phrases=("kill myself",))
    )
    content = build_content(services, c)
    assert content.text is None and content.contact_id == c.id
    (m,) = content.matches
    assert m.phrase == "kill myself" and "suicide" in m.label.lower()
    names = " ".join(line.name for line in content.lines)
    assert "Samaritans" in names
    assert "999" in content.reply and "116 123" in content.reply


def test_a_threat_to_the_clinician_shows_the_clinicians_safety_steps(profile) -> None:  # type: ignore[no-untyped-def]
    from after_hours.availability.triage import triage

    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    services = Services(profile, clock)
    text = "I know where you live and you'll regret it"
    result = triage(text)
    c = services.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True))
    content = build_content(services, c, result, text)
    assert content.steps[0].startswith("If you are in danger now")
    assert any("supervisor" in s for s in content.steps)
    ordinary = build_content(services, c, triage("I want to die"), "I want to die")
    assert not ordinary.steps[0].startswith("If you are in danger now")
