"""Property: the SQL indicators equal a plain Python recount, in a zone with DST, any log."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.burnout.indicators import longest_run
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Contact, Direction, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings, open_profile
from tests.helpers import office_hours

TOR = ZoneInfo("America/Toronto")
FIRST = IsoWeek(date(2026, 10, 26))  # the week in which Toronto falls back (Sun 1 Nov)
START = datetime(2026, 10, 25, 20, tzinfo=UTC)  # a little before, for look-backs
SPAN_MIN = 60 * 24 * 22

contact_st = st.tuples(
    st.integers(0, SPAN_MIN),
    st.sampled_from([Direction.IN, Direction.OUT]),
    st.sampled_from([None, "A", "B"]),
    st.sampled_from([Channel.TEXT, Channel.PHONE]),
)


def recount(contacts: list[Contact], week: IsoWeek) -> dict[str, int]:
    lo, hi = week.bounds(TOR)
    in_week = [c for c in contacts if lo <= c.at < hi]
    ah = [c for c in in_week if c.after_hours]
    local = {c.id: c.at.astimezone(TOR) for c in contacts}
    everything_ah = [c for c in contacts if c.after_hours]

    def night(c: Contact) -> date:
        t = local[c.id]
        return t.date() if t.hour >= 22 else t.date() - timedelta(days=1)

    quick = 0
    for o in ah:
        if o.direction is not Direction.OUT:
            continue
        if any(
            i.direction is Direction.IN
            and i.id != o.id
            and o.at - timedelta(minutes=15) <= i.at <= o.at
            and (i.client is None or o.client is None or i.client == o.client)
            for i in everything_ah
        ):
            quick += 1
    days = {local[c.id].date() for c in ah}
    return {
        "total_contacts": len(in_week),
        "after_hours_contacts": len(ah),
        "on_call_contacts": sum(1 for c in in_week if c.classification.value == "on_call"),
        "evenings": len({local[c.id].date() for c in ah if 18 <= local[c.id].hour < 22}),
        "nights": len({night(c) for c in ah if local[c.id].hour >= 22 or local[c.id].hour < 6}),
        "weekend_days": len({d for d in days if d.weekday() >= 5}),
        "longest_run": longest_run(d.toordinal() for d in days),
        "quick_replies": quick,
    }


@settings(max_examples=40, deadline=None)
@given(st.lists(contact_st, max_size=40))
def test_sql_indicators_match_a_python_recount(
    rows: list[tuple[int, Direction, str | None, Channel]],
) -> None:
    clock = ManualClock(datetime(2026, 12, 1, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as home, open_profile(home) as profile:
        ScheduleStore(profile.db, clock).save(office_hours(on_call=True), source="t")
        Settings(profile.db).set("profile.timezone", "America/Toronto")
        log = ContactLog(profile.db, clock)
        contacts = log.log_many(
            [
                NewContact(START + timedelta(minutes=m), ch, direction=d, client=cl)
                for m, d, cl, ch in rows
            ]
        )
        series = BurnoutService(profile.db, clock).weekly_series(3, FIRST.shift(2))
        for week in series:
            expected = recount(contacts, week.week)
            got = {k: int(week.values[k]) for k in expected}
            assert got == expected, week.week.label


@given(
    st.lists(
        st.one_of(
            st.integers(min_value=0, max_value=10_000),
            st.floats(min_value=0, max_value=10_000, allow_nan=False, allow_infinity=False),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_the_baseline_median_is_that_of_statistics(values: list[float]) -> None:
    """The indicators' median does without ``statistics`` (0.4 MiB idle): same figure exactly."""
    import statistics

    from after_hours.availability.burnout.indicators import median

    assert median(values) == float(statistics.median(values))
