"""Client agreements: overdue reviews first, clients with no agreement, boundary flags, CLI."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from after_hours.availability.agreement_review import overdue_reviews
from after_hours.availability.agreements import (
    Agreement,
    AgreementError,
    AgreementStore,
    ReviewState,
    parse_channels,
)
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, NewContact
from after_hours.availability.store import Profile
from tests.helpers import cli

TODAY = date(2026, 11, 25)


def test_next_review_and_validation() -> None:
    a = Agreement("  J.D. ", (Channel.PHONE,), date(2026, 9, 1), review_weeks=12)
    assert a.client == "J.D." and a.next_review == date(2026, 11, 24)
    assert parse_channels("sms, e-mail,sms") == (Channel.TEXT, Channel.EMAIL)
    assert parse_channels("") == ()
    with pytest.raises(AgreementError):
        Agreement("", (), TODAY)
    with pytest.raises(AgreementError):
        Agreement("X", (), TODAY, review_weeks=0)


def test_overview_orders_overdue_first_then_missing_then_due_soon(
    profile: Profile, clock: ManualClock
) -> None:
    store = AgreementStore(profile.db, clock)
    log = ContactLog(profile.db, clock)
    store.set_many(
        [
            Agreement("Fresh", (Channel.PHONE,), date(2026, 11, 1), 12),  # review 2027-01-24
            Agreement("Soon", (Channel.PHONE,), date(2026, 9, 10), 12),  # review 2026-12-03
            Agreement("Late", (Channel.PHONE,), date(2026, 8, 1), 12),  # review 2026-10-24
            Agreement("Later", (Channel.PHONE,), date(2026, 1, 5), 12),  # review 2026-03-30
        ]
    )
    for client, n in (("Quiet", 1), ("Busy", 3)):
        for i in range(n):
            log.log(
                NewContact(datetime(2026, 11, 21, 3, i, tzinfo=UTC), Channel.TEXT, client=client)
            )
    overview = store.overview(TODAY)
    assert [(s.client, s.state) for s in overview] == [
        ("Later", ReviewState.OVERDUE),
        ("Late", ReviewState.OVERDUE),
        ("Busy", ReviewState.MISSING),
        ("Quiet", ReviewState.MISSING),
        ("Soon", ReviewState.DUE_SOON),
        ("Fresh", ReviewState.OK),
    ]
    assert overview[0].days_overdue == (TODAY - date(2026, 3, 30)).days
    assert overview[2].off_hours_contacts == 3


def test_boundary_flag_follows_the_agreement_at_log_time_and_on_recompute(
    profile: Profile, clock: ManualClock
) -> None:
    store = AgreementStore(profile.db, clock)
    log = ContactLog(profile.db, clock)
    before = log.log(NewContact(clock.now(), Channel.TEXT, client="J.D."))
    assert not before.boundary  # no agreement yet: no rule to break
    store.set(Agreement("J.D.", (Channel.PHONE,), TODAY))
    after = log.log(NewContact(clock.now(), Channel.TEXT, client="J.D."))
    allowed = log.log(NewContact(clock.now(), Channel.PHONE, client="J.D."))
    assert after.boundary and not allowed.boundary
    assert not log.get(before.id).boundary  # history is kept ...
    assert log.recompute() == 1  # ... until the user asks
    assert log.get(before.id).boundary


def test_clients_cli(home: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, 12, tzinfo=UTC))
    r = cli(
        home,
        "clients",
        "set",
        "J.D.",
        "--channels",
        "phone,email",
        "--response-hours",
        "24",
        "--crisis-plan",
        "Calls 988, then the mobile crisis team",
        "--discussed",
        "2026-06-01",
        "--review-weeks",
        "12",
        clock=clock,
    )
    assert r.status == 0, r.err
    assert "next review 2026-08-24" in r.out
    assert cli(home, "log", "--channel", "sms", "--client", "K.L.", clock=clock).status == 0
    data = cli(home, "clients", "--json", clock=clock).json()
    assert [(c["client"], c["state"]) for c in data] == [("J.D.", "overdue"), ("K.L.", "missing")]
    assert data[0]["agreement"]["channels"] == ["phone", "email"]
    assert data[0]["agreement"]["response_hours"] == 24
    text = cli(home, "clients", clock=clock).out
    assert "review overdue by 93 days" in text and "no agreement" in text
    bad = cli(home, "clients", "set", "X", "--channels", "pigeon", clock=clock)
    assert bad.status == 2 and "Nothing was changed" in bad.err
    assert cli(home, "clients", "remove", "J.D.", clock=clock).status == 0
    assert cli(home, "clients", "remove", "J.D.", clock=clock).status == 2


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A.B.", "a.b.", "J.D.", "Zoé", "Ω.", "K  L", "10", "9"]),
            st.dates(date(2024, 1, 1), date(2027, 12, 31)),
            st.integers(1, 520),
        ),
        max_size=8,
    ),
    st.dates(date(2025, 1, 1), date(2027, 12, 31)),
)
# Due today is not overdue; due yesterday is. Same day: the client order.
@example([("J.D.", date(2026, 9, 1), 12)], date(2026, 11, 24))
@example([("J.D.", date(2026, 9, 1), 12), ("A.B.", date(2026, 9, 1), 12)], date(2026, 11, 25))
def test_today_s_overdue_list_from_the_table_is_the_agreements_own(
    profile: Profile,
    clock: ManualClock,
    rows: list[tuple[str, date, int]],
    today: date,
) -> None:
    """`overdue_reviews` (read before the first paint) names exactly the overdue agreements."""
    store = AgreementStore(profile.db, clock)
    for a in store.all():
        store.delete(a.client)
    for client, discussed_on, weeks in rows:
        store.set(Agreement(client, (Channel.PHONE,), discussed_on, review_weeks=weeks))
    expected = sorted(
        (a for a in store.all() if a.next_review < today), key=lambda a: a.next_review
    )
    assert overdue_reviews(profile.db, today) == [a.client for a in expected]
