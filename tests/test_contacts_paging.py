"""Paging the log (what the lazy table does) and putting a deleted contact back (undo)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Classification, NewContact
from after_hours.availability.contacts.log import ContactLog, DuplicateContactError
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)
ORDERS = ["at", "-at", "client", "-client", "channel", "-minutes", "classification", "-crisis"]


@pytest.fixture
def log(profile: Profile) -> ContactLog:
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    contacts = ContactLog(profile.db, clock)
    news = []
    for i in range(60):
        # Many ties on purpose: three instants, four clients, two channels.
        news.append(
            NewContact(
                NOW - timedelta(hours=i % 3 * 30),
                (Channel.TEXT, Channel.EMAIL)[i % 2],
                client=("A.B.", "c.d.", "J.D.", None)[i % 4],
                minutes=(None, 5, 10)[i % 3],
                crisis=i % 7 == 0,
            )
        )
    contacts.log_many(news)
    return contacts


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.sampled_from(ORDERS), page=st.integers(1, 25), crisis=st.sampled_from([None, True]))
def test_pages_put_together_are_the_whole_sorted_list(log, order, page, crisis) -> None:  # type: ignore[no-untyped-def]
    whole = [c.id for c in log.query(order=order, crisis=crisis)]
    paged: list[int] = []
    for offset in range(0, len(whole) + page, page):
        paged.extend(c.id for c in log.query(order=order, crisis=crisis, limit=page, offset=offset))
    assert paged == whole


def test_restore_puts_a_contact_back_exactly(log) -> None:  # type: ignore[no-untyped-def]
    (c,) = log.query(order="-at", limit=1)
    log.delete(c.id)
    # Same id, same classification and boundary flag: nothing is re-judged.
    back = log.restore(c)
    assert back == c and back.id == c.id and back.classification is c.classification
    with pytest.raises(DuplicateContactError):
        log.restore(c)
    assert log.count(classification=Classification(c.classification)) >= 1
