"""The contact log: classification at log time, history kept, de-duplication, queries, edits."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.classify import classify, classify_many
from after_hours.availability.contacts.log import (
    ContactLog,
    ContactNotFoundError,
    DuplicateContactError,
)
from after_hours.availability.contacts.model import (
    Channel,
    Classification,
    ContactInputError,
    Direction,
    Kind,
    NewContact,
    parse_channel,
    parse_direction,
    parse_kind,
)
from after_hours.availability.schedule import Schedule, Window
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import WEEKDAYS, office_hours

TOR = ZoneInfo("America/Toronto")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOR)  # type: ignore[misc]


@pytest.fixture
def log(profile: Profile, clock: ManualClock) -> ContactLog:
    ScheduleStore(profile.db, clock).save(office_hours(on_call=True), source="test")
    return ContactLog(profile.db, clock)


def test_aliases_are_read_and_unknown_words_refused() -> None:
    assert parse_channel("SMS") is Channel.TEXT
    assert parse_channel("call") is Channel.PHONE
    assert parse_channel("Instagram") is Channel.SOCIAL_MEDIA
    assert parse_channel("fb") is Channel.SOCIAL_MEDIA
    assert parse_channel("WhatsApp") is Channel.MESSAGING_APP
    assert parse_channel("signal") is Channel.MESSAGING_APP
    assert parse_channel("in-person") is Channel.IN_PERSON
    assert parse_kind("friend request") is Kind.FRIEND_REQUEST
    assert parse_direction("outgoing") is Direction.OUT
    with pytest.raises(ContactInputError, match="Unknown channel 'pigeon'"):
        parse_channel("pigeon")


def test_classification_in_hours_on_call_overnight_and_after_hours(log: ContactLog) -> None:
    thu_late = log.log(NewContact(at(2026, 11, 19, 23, 0), Channel.PHONE, client="J.D."))
    fri_early = log.log(NewContact(at(2026, 11, 20, 1, 30), Channel.TEXT))  # Thu's on-call
    fri_day = log.log(NewContact(at(2026, 11, 20, 10, 0), Channel.EMAIL))
    fri_late = log.log(NewContact(at(2026, 11, 20, 23, 40), Channel.TEXT))  # no on-call Fri
    assert thu_late.classification is Classification.ON_CALL
    assert fri_early.classification is Classification.ON_CALL
    assert fri_day.classification is Classification.IN_HOURS
    assert fri_late.classification is Classification.AFTER_HOURS
    assert fri_late.to_json()["after_hours"] is True
    assert thu_late.to_json()["after_hours"] is False


def test_dst_spring_forward_judges_wall_clock_hours(log: ContactLog) -> None:
    # 13:30 UTC is 08:30 EST on Mon 2 March (before hours) but 09:30 EDT on Mon 9 March.
    before = log.log(NewContact(datetime(2026, 3, 2, 13, 30, tzinfo=UTC), Channel.TEXT))
    after = log.log(NewContact(datetime(2026, 3, 9, 13, 30, tzinfo=UTC), Channel.TEXT))
    assert before.classification is Classification.AFTER_HOURS
    assert after.classification is Classification.IN_HOURS


def test_change_of_hours_mid_year_keeps_history_until_recompute(
    profile: Profile, clock: ManualClock, log: ContactLog
) -> None:
    march = log.log(NewContact(at(2026, 3, 10, 8, 0), Channel.TEXT))  # Tue 08:00
    assert march.classification is Classification.AFTER_HOURS
    # From 1 June the hours are 07:00-15:00: a Tue 08:00 contact in June is in hours ...
    early = Schedule("America/Toronto", (Window(WEEKDAYS, time(7), time(15)),))
    ScheduleStore(profile.db, clock).save(early, source="test", effective_from=at(2026, 6, 1))
    june = log.log(NewContact(at(2026, 6, 9, 8, 0), Channel.TEXT))
    assert june.classification is Classification.IN_HOURS
    # ... and March stays judged by March's hours, even on recompute.
    assert log.get(march.id).classification is Classification.AFTER_HOURS
    assert log.recompute() == 0
    # Replacing the first version's hours (e.g. a corrected import) only applies on recompute.
    profile.db.execute("UPDATE schedule_versions SET effective_from = NULL WHERE id = 2")
    profile.db.execute("DELETE FROM schedule_versions WHERE id = 1")
    assert log.get(march.id).classification is Classification.AFTER_HOURS
    assert log.recompute(at(2026, 3, 1), at(2026, 4, 1)) == 1
    assert log.get(march.id).classification is Classification.IN_HOURS


def test_classify_many_matches_one_by_one(profile: Profile, clock: ManualClock) -> None:
    ScheduleStore(profile.db, clock).save(office_hours(on_call=True), source="t")
    history = ScheduleStore(profile.db, clock).history()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    instants = [start + timedelta(minutes=97 * i) for i in range(1500)][::-1]
    assert classify_many(history, instants) == [classify(history, t) for t in instants]


def test_duplicate_source_id_is_refused_and_nothing_half_done(log: ContactLog) -> None:
    first = NewContact(at(2026, 11, 20, 21, 0), Channel.EMAIL, source="mail", source_id="<a@x>")
    log.log(first)
    assert log.is_logged("mail", "<a@x>")
    with pytest.raises(DuplicateContactError):
        log.log(first)
    other = NewContact(at(2026, 11, 20, 22, 0), Channel.EMAIL, source="mail", source_id="<b@x>")
    with pytest.raises(DuplicateContactError):
        log.log_many([other, first])
    assert log.count() == 1  # the batch was all-or-nothing
    # Manual contacts have no source id and never collide.
    log.log(NewContact(at(2026, 11, 20, 22, 0), Channel.TEXT))
    log.log(NewContact(at(2026, 11, 20, 22, 0), Channel.TEXT))
    assert log.count() == 3


def test_query_filters_sorts_and_pages_in_sql(log: ContactLog) -> None:
    for day in range(16, 21):
        log.log(NewContact(at(2026, 11, day, 12, 0), Channel.EMAIL, client="A"))
        log.log(NewContact(at(2026, 11, day, 20, 0), Channel.TEXT, client="B", crisis=day == 18))
    assert log.count() == 10
    assert log.count(after_hours=True) == 5
    assert log.count(client="B", crisis=True) == 1
    # A dashboard reason's contacts: ids narrow both the rows and their count alike.
    b_ids = [c.id for c in log.query(client="B")]
    assert log.count(ids=b_ids[:2]) == len(log.query(ids=b_ids[:2])) == 2
    assert log.count(client="A", ids=b_ids) == 0
    assert log.count(ids=[]) == 0
    week = log.query(start=at(2026, 11, 17), end=at(2026, 11, 19), order="-at")
    assert [c.at.astimezone(TOR).day for c in week] == [18, 18, 17, 17]
    page = log.query(order="at", limit=3, offset=2)
    assert [c.at.astimezone(TOR).hour for c in page] == [12, 20, 12]
    assert [c.channel for c in log.query(channel="text")] == [Channel.TEXT] * 5
    assert log.clients() == ["A", "B"]
    with pytest.raises(ValueError, match="cannot sort"):
        log.query(order="at; DROP TABLE contacts")


def test_minutes_default_per_channel_follow_settings(profile: Profile, log: ContactLog) -> None:
    c = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.PHONE))
    assert c.minutes is None and c.minutes_effective == 10
    Settings(profile.db).set("contacts.minutes.phone", 25)
    assert log.get(c.id).minutes_effective == 25
    given = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.PHONE, minutes=4))
    assert log.get(given.id).minutes_effective == 4


def test_edit_reclassifies_when_the_instant_changes_and_delete(log: ContactLog) -> None:
    c = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.TEXT, client="J.D."))
    assert c.classification is Classification.AFTER_HOURS
    moved = log.edit(c.id, at=at(2026, 11, 20, 11, 0), note="moved")
    assert moved.classification is Classification.IN_HOURS and moved.note == "moved"
    log.delete(c.id)
    with pytest.raises(ContactNotFoundError):
        log.get(c.id)
    with pytest.raises(ContactNotFoundError):
        log.delete(c.id)


def test_boundary_kinds_and_channels_outside_the_agreement(
    profile: Profile, clock: ManualClock, log: ContactLog
) -> None:
    AgreementStore(profile.db, clock).set(
        Agreement("J.D.", (Channel.PHONE, Channel.EMAIL), at(2026, 9, 1).date())
    )
    friend = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.SOCIAL_MEDIA, Kind.FRIEND_REQUEST))
    text = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.TEXT, client="J.D."))
    mail = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.EMAIL, client="J.D."))
    other = log.log(NewContact(at(2026, 11, 20, 20, 0), Channel.TEXT, client="K.L."))
    assert friend.boundary and text.boundary
    assert not mail.boundary and not other.boundary
    assert log.count(boundary=True) == 2
