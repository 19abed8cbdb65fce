"""The report's pure assembly: period bounds, totals, labels, heat map, notes, agreements."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from after_hours.availability.report import Period
from after_hours.availability.report.deidentify import ClientLabels, letters
from tests.report_samples import GENERATED, PERIOD, at, contact, sample_report


def test_letters_follow_spreadsheet_columns() -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


@given(st.integers(0, 20000), st.integers(0, 20000))
def test_letters_never_repeat(a: int, b: int) -> None:
    assert (letters(a) == letters(b)) == (a == b)


def test_totals_count_only_the_period_in_the_users_zone() -> None:
    t = sample_report().totals
    # 30 Sep 23:00 and 1 Nov 00:00 (Toronto) are outside; 31 Oct 23:59 is inside.
    assert (t.contacts, t.after_hours, t.on_call, t.in_hours) == (13, 10, 1, 2)
    assert t.after_hours_minutes == 9 * 5 + 20
    assert (t.crisis, t.crisis_after_hours, t.boundary) == (1, 1, 2)
    assert t.after_hours_outgoing == 2
    assert t.late_night == 3  # 23:30, 02:00, 23:59; 21:15 is evening, not night
    assert (t.weekends_touched, t.weekends) == (5, 5)
    assert t.clients == 3


def test_clients_are_lettered_by_first_contact_and_agreements_come_after() -> None:
    r = sample_report()
    by_day = {c.at.day: c.client for c in r.contacts}
    assert by_day[2] == "Client A"  # Mx Quill, first on 2 Oct
    assert by_day[3] == "Client B"  # Jordan D.
    assert by_day[5] == "Client C"  # R.T.
    assert by_day[24] == ""  # a search with no client stays blank
    assert r.client_labels == 4  # Casey Blue, only in an agreement, is Client D
    assert r.agreements.without_agreement == ("Client A", "Client B")
    assert [(o.client, o.due) for o in r.agreements.overdue] == [("Client C", date(2026, 10, 15))]


def test_identified_report_keeps_pseudonyms() -> None:
    r = sample_report(identify_clients=True)
    assert {c.client for c in r.contacts} == {"Mx Quill", "Jordan D.", "R.T.", ""}
    assert r.agreements.without_agreement == ("Mx Quill", "Jordan D.")


def test_notes_are_left_out_unless_asked_and_then_scrubbed() -> None:
    plain = sample_report()
    assert all(c.note == "" for c in plain.contacts)
    (crisis,) = plain.crises
    assert crisis.has_note and not crisis.handled and crisis.what_was_done == ""
    assert crisis.categories == ("passive_ideation",)
    noted = sample_report(include_notes=True)
    (crisis,) = noted.crises
    # The pseudonym "Jordan D." takes its own full stop with it.
    assert crisis.what_was_done == "Sent crisis reply to Client B"
    assert "Client B said the week was hard" in {c.note for c in noted.contacts}


def test_scrub_replaces_whole_words_case_insensitively_longest_first() -> None:
    labels = ClientLabels(["J.D.", "J.D. Smith", "Al"], identify=False)
    text = labels.scrub("Called j.d. smith, then J.D.; Alice is not Al.")
    assert text == "Called Client B, then Client A; Alice is not Client C."


def test_heat_map_uses_local_weekday_and_hour() -> None:
    r = sample_report()
    assert r.heat_map.cells[6][23] == 1  # Sun 4 Oct 23:30
    assert r.heat_map.cells[0][2] == 1  # Mon 12 Oct 02:00
    assert r.heat_map.total == r.totals.after_hours == sum(r.by_weekday) == sum(r.by_hour)
    assert r.by_channel == (("text", 6), ("email", 2), ("social_media", 2))


def test_period_across_a_dst_change_keeps_whole_local_days() -> None:
    # Toronto leaves DST on 1 Nov 2026: the day after is still counted from local midnight.
    p = Period(date(2026, 11, 1), date(2026, 11, 1), "America/Toronto")
    inside = contact(at(1, 23, 59, month=11))
    outside = contact(at(2, 0, 0, month=11))
    r = sample_report(period=p, contacts=[inside, outside], weeks=[])
    assert r.totals.contacts == 1


def test_indicator_totals_sum_or_average() -> None:
    r = sample_report()
    totals = {i.name: i.value for i in r.indicator_totals}
    assert totals["after_hours_contacts"] == 1 + 2 + 3 + 4 + 5
    assert totals["days_since_disconnected"] == pytest.approx((0 + 2 + 4 + 6 + 8) / 5)
    assert r.levels[1] == (date(2026, 10, 5), "elevated")


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 10, 2), date(2026, 10, 1), "UTC")


def test_generated_at_is_shown_in_the_report_zone() -> None:
    r = sample_report()
    assert r.generated_at == GENERATED
    assert (r.generated_at.hour, r.generated_at.minute) == (9, 5)  # 14:05 UTC is 09:05 EST
    assert PERIOD.label == "1 Oct 2026 to 31 Oct 2026"


def test_reason_counts_and_partial_weeks() -> None:
    r = sample_report()
    assert [(c.name, c.label, c.weeks) for c in r.reason_counts] == [
        ("after_hours_contacts", "After-hours contacts", 2)
    ]
    # Made on 3 Nov, after the last week (26 Oct to 1 Nov) ended.
    assert not any(w.partial for w in r.weeks)
    early = sample_report(generated_at=datetime(2026, 10, 29, 12, tzinfo=UTC))
    assert [w.partial for w in early.weeks] == [False, False, False, False, True]


def test_usual_band_is_the_middle_half_of_up_to_eight_earlier_weeks() -> None:
    from after_hours.availability.report.compose import usual_band

    assert usual_band([1, 2, 3]) is None
    assert usual_band([1, 2, 3, 4, 5]) == (2, 4)
    assert usual_band([100, 100, 1, 2, 3, 4, 5, 6, 7, 8]) == (2.75, 6.25)


# Week values are counts and hours: integers, and floats with a few decimals.
_week_values = st.one_of(
    st.integers(min_value=0, max_value=10_000),
    st.floats(min_value=0, max_value=10_000, allow_nan=False, allow_infinity=False),
)


@given(st.lists(_week_values, min_size=2, max_size=40))
def test_the_usual_band_quartiles_are_those_of_statistics(values: list[float]) -> None:
    """Today's chart draws the band without importing ``statistics``: same figures exactly."""
    import statistics

    from after_hours.availability.report.compose import quartiles

    assert quartiles(values) == tuple(statistics.quantiles(values, n=4, method="inclusive"))
