"""Each discussion-prompt rule fires at its threshold and stays quiet just below it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from after_hours.availability.report import AgreementRecord, SelfCheckRecord, WeekRecord
from after_hours.availability.report import prompts as p
from after_hours.availability.report.model import Report
from tests.report_samples import at, contact, sample_report

# Weekdays in October 2026 (the 5th is a Monday), at 19:00: after hours, not late, not a weekend.
WEEKDAY_EVENINGS = [d for d in range(5, 31) if date(2026, 10, d).weekday() < 5]


def report_of(contacts: list, **kw: object) -> Report:  # type: ignore[type-arg]
    args: dict[str, object] = {"contacts": contacts, "weeks": [], "agreements": []}
    args.update(kw)
    args.setdefault("self_checks", [])
    return sample_report(**args)


def evenings(n: int, client: str = "A", **kw: object) -> list:  # type: ignore[type-arg]
    return [contact(at(WEEKDAY_EVENINGS[i], 19), client, **kw) for i in range(n)]


def fired(r: Report) -> set[str]:
    return {x.rule for x in p.choose_prompts(r, limit=100)}


def test_sample_month_prompts_in_priority_order_capped() -> None:
    r = sample_report()
    assert len(r.prompts) == p.MAX_PROMPTS
    assert r.prompts[0].rule == "crisis_after_hours"
    assert r.prompts[0].text == (
        "One crisis contact after hours: how was the follow-up, and how were you afterwards?"
    )
    texts = [x.text for x in r.prompts]
    assert (
        "After-hours contact on 5 of 5 weekends: what keeps weekends open, and what would a protected one take?"
        in texts
    )
    assert "One friend request this period: how was it answered?" in texts


def test_crisis_rules() -> None:
    handled = contact(at(6, 23), crisis=True, handled=True)
    noted = contact(at(6, 23), crisis=True, handled_note="called back")
    assert p.crisis_unrecorded(report_of([handled, noted])) is None
    open_ = contact(at(7, 23), crisis=True)
    in_hours = contact(at(8, 10), crisis=True, classification="in_hours")
    assert p.crisis_after_hours(report_of([in_hours])) is None
    assert p.crisis_after_hours(report_of([handled, open_, in_hours])) == (
        "Two crisis contacts after hours: how was the follow-up, and how were you afterwards?"
    )
    assert p.crisis_unrecorded(report_of([handled])) is None
    assert p.crisis_unrecorded(report_of([handled, open_, in_hours])) == (
        "Two crisis contacts have no record of what was done: worth going through together."
    )


def test_risk_weeks_needs_two_raised_weeks() -> None:
    def weeks(*levels: str) -> list[WeekRecord]:
        return [WeekRecord(date(2026, 10, 5 + 7 * i), {}, {}, lvl) for i, lvl in enumerate(levels)]

    assert p.risk_weeks(report_of([], weeks=weeks("low", "elevated", "low"))) is None
    assert p.risk_weeks(report_of([], weeks=weeks("low", "elevated", "high"))) == (
        "The risk level was elevated or high in 2 of 3 weeks, high in 1 (first in the week of "
        "12 Oct): what was going on then?"
    )


def test_weekends_needs_two_and_half() -> None:
    one = [contact(at(3, 12))]
    assert p.weekends(report_of(one)) is None  # 1 of 5
    two = [contact(at(3, 12)), contact(at(11, 12))]
    assert p.weekends(report_of(two)) is None  # 2 of 5 is under half
    three = [*two, contact(at(17, 12))]
    assert "3 of 5 weekends" in (p.weekends(report_of(three)) or "")


def test_late_night_threshold() -> None:
    two = [contact(at(6, 22)), contact(at(7, 5, 59))]
    assert p.late_night(report_of(two)) is None
    three = [*two, contact(at(8, 23))]
    assert p.late_night(report_of([*three, contact(at(9, 6))])) == (
        "Three after-hours contacts late at night (22:00 to 06:00): what would protect your nights?"
    )


def test_boundary_kind_rules() -> None:
    fr = [contact(at(5 + i, 19), kind="friend_request", boundary=True) for i in range(3)]
    assert p.friend_requests(report_of(fr)) == (
        "Three friend requests this period: how were they answered?"
    )
    assert p.friend_requests(report_of([])) is None
    search = [contact(at(5 + i, 12), kind="client_search", boundary=True) for i in range(2)]
    assert p.client_searches(report_of(search)) == (
        "You looked a client up online twice: what prompted it?"
    )
    gift = [contact(at(6, 12), kind="gift", boundary=True, classification="in_hours")]
    assert p.gifts(report_of(gift)) == "One gift from clients: how was it handled?"
    channel = [contact(at(6, 19), channel="social_media", boundary=True)]
    assert "does the agreement still fit?" in (p.outside_agreement(report_of(channel)) or "")
    assert p.outside_agreement(report_of(fr)) is None


def test_agreement_rules() -> None:
    cs = [
        contact(at(5, 19), "X"),
        contact(at(6, 19), "Y"),
        contact(at(7, 10), "Z", classification="in_hours"),
    ]
    r = report_of(cs, agreements=[AgreementRecord("y", date(2026, 11, 2))])
    # Y's agreement matches whatever the case; Z had no after-hours contact.
    assert p.without_agreement(r) == (
        "One client (Client A) contacted you after hours without a communication agreement: "
        "is it time to set one?"
    )
    assert p.overdue_reviews(r) == (
        "One agreement review is overdue (Client B): when will you go over them with the clients?"
    )
    assert (
        p.overdue_reviews(report_of(cs, agreements=[AgreementRecord("Y", date(2026, 11, 3))]))
        is None
    )


def test_concentration_needs_five_contacts_and_forty_percent() -> None:
    four = evenings(4, "A") + evenings(1, "B")
    assert p.concentration(report_of(four)) is None
    five_of_twelve = evenings(5, "A") + [contact(at(5, 20), "BC"[i % 2]) for i in range(7)]
    assert p.concentration(report_of(five_of_twelve)) == (
        "Client A accounts for 5 of 12 after-hours contacts: what is happening in this work, "
        "and what support does it need?"
    )
    five_of_thirteen = evenings(5, "A") + [contact(at(5, 20), "BC"[i % 2]) for i in range(8)]
    assert p.concentration(report_of(five_of_thirteen)) is None  # 38%


def test_outgoing_needs_three_and_a_quarter() -> None:
    assert p.outgoing(report_of(evenings(2, direction="out") + evenings(2))) is None
    assert p.outgoing(report_of(evenings(3, direction="out") + evenings(9))) == (
        "You started 3 of 12 after-hours contacts yourself: what made reaching out feel "
        "necessary then?"
    )
    assert p.outgoing(report_of(evenings(3, direction="out") + evenings(10))) is None


def test_rising_compares_halves_of_a_long_enough_period() -> None:
    first = [contact(at(2, 19))] * 5
    second = [contact(at(25, 19))] * 7
    assert p.rising(report_of(first + second)) is None  # 7 < 1.5 x 5
    assert p.rising(report_of(first[:4] + second[:6])) == (
        "After-hours contact rose from 4 in the first half of the period to 6 in the second: "
        "what changed?"
    )
    assert p.rising(report_of(second[:5])) is None  # too few to call a rise
    short = replace(sample_report().period, end=date(2026, 10, 20))
    assert p.rising(report_of(first + second * 2, period=short)) is None


def test_self_check_rules_use_the_convention_bands() -> None:
    low = SelfCheckRecord(date(2026, 10, 2), {"personal": 30.0, "work": 49.9})
    assert p.self_check_level(report_of([], self_checks=[low])) is None
    mid = SelfCheckRecord(date(2026, 10, 20), {"personal": 40.0, "work": 62.5, "client": None})
    assert p.self_check_level(report_of([], self_checks=[low, mid])) == (
        "Your self-check of 20 Oct scored 62 on work-related burnout (50 to 74 is often read as "
        "moderate, a convention rather than a cut-off): what would help?"
    )
    high = SelfCheckRecord(date(2026, 10, 20), {"client": 75.0})
    assert "75 or more is often read as high" in (
        p.self_check_level(report_of([], self_checks=[high])) or ""
    )
    assert p.self_check_rise(report_of([], self_checks=[low, mid])) == (
        "Your work-related burnout score rose from 50 to 62 between 2 Oct and 20 Oct: "
        "what has been weighing?"
    )
    small = SelfCheckRecord(date(2026, 10, 20), {"personal": 39.9, "work": 55.0})
    assert p.self_check_rise(report_of([], self_checks=[low, small])) is None


def test_a_quiet_period_gets_a_positive_question_and_nothing_else() -> None:
    r = report_of([contact(at(6, 10), classification="in_hours")])
    assert fired(r) == {"quiet_period"}
    assert "quiet_period" not in fired(report_of(evenings(1)))
    assert p.quiet_period(report_of([])) == (
        "No contacts were logged in this period: was it quiet out of hours, or did logging lapse?"
    )
