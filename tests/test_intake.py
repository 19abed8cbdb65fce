"""``log_text``: the one door for a pasted text. Triaged, phrases kept, text dropped."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from availability.clock import ManualClock
from availability.contacts import Channel, Kind, NewContact
from availability.contacts.log import ContactLog
from availability.intake import log_text, matched_phrases
from availability.schedule_store import ScheduleStore
from availability.triage import triage
from tests.helpers import office_hours

FRI_2340 = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)
WED_1000 = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def make_log(profile) -> ContactLog:  # type: ignore[no-untyped-def]
    clock = ManualClock(FRI_2340)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return ContactLog(profile.db, clock)


def test_crisis_text_keeps_only_the_matched_phrases(profile) -> None:  # type: ignore[no-untyped-def]
    log = make_log(profile)
    text = "About the rent form. I have pills saved up and I want to die tonight."
    intake = log_text(log, NewContact(FRI_2340, Channel.TEXT, client="J.D."), text)
    assert intake.crisis and intake.reply_kind == "crisis-reply"
    c = log.get(intake.contact.id)
    assert c.crisis and c.phrases and all(p in text for p in c.phrases)
    assert "rent" not in " ".join(c.phrases)
    assert set(c.categories) == set(triage(text).categories)


def test_ordinary_off_hours_message_wants_the_expectation_reply(profile) -> None:  # type: ignore[no-untyped-def]
    log = make_log(profile)
    off = log_text(log, NewContact(FRI_2340, Channel.EMAIL, client="A.B."), "See you Tuesday")
    assert not off.crisis and off.reply_kind == "expectation-reply"
    assert log.get(off.contact.id).phrases == ()
    in_hours = log_text(log, NewContact(WED_1000, Channel.EMAIL, client="A.B."), "Hello")
    assert in_hours.reply_kind is None
    friend = log_text(log, NewContact(WED_1000, Channel.SOCIAL_MEDIA, Kind.FRIEND_REQUEST), None)
    assert friend.reply_kind == "friend-request-reply"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_kept_phrases_are_always_pieces_of_the_text(text: str) -> None:
    phrases, categories = matched_phrases(triage(text))
    assert all(p in text for p in phrases)
    assert len(set(phrases)) == len(phrases)
    assert bool(categories) == bool(triage(text).categories)
