"""Rendered scripts and replies: filled from the profile, the schedule in force and the region."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime, time

import pytest

from after_hours.availability.clock import ManualClock
from after_hours.availability.crisis import KINDS, ReplyContext, add_user_resource, render
from after_hours.availability.crisis.phrasing import Phrases, available_languages, load_toml
from after_hours.availability.crisis.resources import load_resources
from after_hours.availability.crisis.scripts import SHORT_REPLY_LIMIT
from after_hours.availability.schedule import Schedule, Window, WindowKind
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings
from tests.helpers import office_hours


@pytest.fixture
def sam(profile: Profile, clock: ManualClock) -> Profile:
    """Sam in Toronto, Mon-Fri 9-17; the clock is Friday 23:40."""
    Settings(profile.db).update(
        {"profile.name": "Sam Rivera", "profile.timezone": "America/Toronto"}
    )
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return profile


def test_crisis_reply_has_the_seven_parts(sam: Profile, clock: ManualClock) -> None:
    text = render("crisis-reply", ReplyContext.build(sam.db, clock, "CA")).text
    # In the clinician's own voice: they have read it (issue 17).
    assert text.startswith("Hi, this is Sam Rivera. I've read your message")
    assert "may not see this message" not in text and "will read your message" not in text
    # 1. the hours
    assert "My hours are Monday to Friday, 9:00 to 17:00." in text
    # 2. when to expect an answer: the next availability, in the user's zone
    assert "I will be in touch on Monday 23 November at 09:00." in text
    # 3. the emergency number
    assert "If you are in danger now, call 911" in text
    # 4. the crisis lines, with call and text
    assert "9-8-8 Suicide Crisis Helpline: call or text 988" in text
    assert "Kids Help Phone: call 1-800-668-6868, text CONNECT to 686868" in text
    # 5. the nearest emergency department; 6. the safety plan; 7. not private
    assert "nearest emergency department" in text
    assert "safety plan" in text
    assert "not private" in text
    assert "$" not in text


def test_crisis_script_puts_immediate_danger_first(sam: Profile, clock: ManualClock) -> None:
    Settings(sam.db).set("crisis.on_call_procedure", "call the on-call supervisor at 555-0142")
    r = render("crisis-script", ReplyContext.build(sam.db, clock, "UK"))
    assert len(r.steps) == 7
    assert "immediate danger" in r.steps[0] and "call 999" in r.steps[0]
    assert "Samaritans (call 116 123)" in r.steps[1]
    assert "call the on-call supervisor at 555-0142" in r.steps[2]
    assert "Stanley-Brown" in r.steps[3] and "not a no-suicide contract" in r.steps[3]
    assert "Record" in r.steps[4]
    assert "Monday 23 November at 09:00" in r.steps[5]
    assert "supervision" in r.steps[6]
    assert r.text.splitlines()[0].startswith("1. Read the message for immediate danger")


def test_expectation_and_friend_request_replies(sam: Profile, clock: ManualClock) -> None:
    ctx = ReplyContext.build(sam.db, clock, "US")
    expect = render("expectation-reply", ctx).text
    assert "Thank you for your message" in expect
    assert "reply on Monday 23 November at 09:00" in expect
    assert (
        "call 911" in expect
        and "988 Suicide & Crisis Lifeline (call or text 988, chat 988lifeline.org)" in expect
    )
    friend = render("friend-request-reply", ctx).text
    assert "social media" in friend and "Monday to Friday, 9:00 to 17:00" in friend
    assert "911" not in friend


def test_user_lines_come_first_and_unknown_regions_get_no_invented_number(
    sam: Profile, clock: ManualClock
) -> None:
    add_user_resource(sam.db, name="Mobile crisis team", number="555-0100", created_at="t")
    text = render("crisis-reply", ReplyContext.build(sam.db, clock, "FR")).text
    assert "call your local emergency number" in text
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert lines == ["- Mobile crisis team: call 555-0100"]
    ca = render("crisis-reply", ReplyContext.build(sam.db, clock, "CA")).text
    assert ca.index("Mobile crisis team") < ca.index("9-8-8")


def test_without_a_name_or_schedule_the_reply_still_reads_well(
    profile: Profile, clock: ManualClock
) -> None:
    text = render("crisis-reply", ReplyContext.build(profile.db, clock, "IE")).text
    assert text.startswith("Hi, I've read your message and I'm concerned about you.")
    assert "I answer messages during my working hours." in text
    assert "I will be in touch when I am back at work." in text
    assert "call 112 or 999" in text
    assert "50808: text 50808 (not confirmed: its current keyword)" in text


def test_in_hours_the_reply_does_not_claim_messages_are_unmonitored(sam: Profile) -> None:
    tuesday_noon = ManualClock(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))
    text = render("expectation-reply", ReplyContext.build(sam.db, tuesday_noon, "CA")).text
    assert "I may not see this message right away." in text
    assert "as soon as I can today" in text


def test_israel_names_both_emergency_numbers(sam: Profile, clock: ManualClock) -> None:
    text = render("crisis-reply", ReplyContext.build(sam.db, clock, "IL")).text
    assert "call 101 (Ambulance, Magen David Adom) or 100 (Police)" in text
    assert "ERAN: call 1201" in text


def test_hours_summary_groups_days_and_times() -> None:
    p = Phrases("en")
    sched = Schedule(
        "America/Toronto",
        (
            Window(frozenset({0, 2, 4}), time(9), time(17)),
            Window(frozenset({1, 3}), time(12), time(20, 30)),
            Window(frozenset({5}), time(22), time(2), WindowKind.ON_CALL),
        ),
    )
    assert p.hours(sched, "America/Toronto") == (
        "Monday, Wednesday and Friday, 9:00 to 17:00; Tuesday and Thursday, 12:00 to 20:30"
    )
    assert p.hours(sched, "Europe/Paris").endswith("(America/Toronto time)")
    assert p.hours(None, "UTC") == ""


def test_an_unknown_kind_is_refused(sam: Profile, clock: ManualClock) -> None:
    with pytest.raises(ValueError, match="choose one of"):
        render("poem", ReplyContext.build(sam.db, clock))


@pytest.mark.parametrize("language", available_languages())
def test_every_language_has_every_template_and_phrase(language: str) -> None:
    english = load_toml("en", "phrases.toml")
    assert set(load_toml(language, "phrases.toml")) == set(english)
    for kind in KINDS:
        doc = load_toml(language, f"{kind}.toml")
        assert doc["title"]
        assert ("text" in doc) != ("steps" in doc)
        body = doc.get("text") or "\n".join(doc["steps"])
        names = {m.group("braced") for m in string.Template.pattern.finditer(body)} - {None}
        assert names, kind
        assert not re.search(r"\{[a-z_]+\}", re.sub(r"\$\{[a-z_]+\}", "", body))


def test_french_replies_are_filled_in_french(sam: Profile, clock: ManualClock) -> None:
    Settings(sam.db).set("crisis.language", "fr")
    ctx = ReplyContext.build(sam.db, clock, "CA")
    assert ctx.language == "fr"
    text = render("crisis-reply", ctx).text
    assert "Mes heures : du lundi au vendredi, de 9 h 00 à 17 h 00." in text
    assert "Je vous recontacterai le lundi 23 novembre à 9 h 00" in text
    assert "J'ai lu votre message" in text
    short = render("crisis-reply-short", ctx).text
    assert len(short) <= SHORT_REPLY_LIMIT and "appelez le 911" in short
    assert "appelez le 911" in text
    assert "Jeunesse, J'écoute : appelez le 1-800-668-6868, textez CONNECT au 686868" in text
    assert "anglais, français" in text
    steps = render("crisis-script", ctx).steps
    assert steps[0].startswith("Lisez le message en cherchant un danger immédiat")


def test_an_unknown_language_falls_back_to_english(sam: Profile, clock: ManualClock) -> None:
    Settings(sam.db).set("crisis.language", "de")
    assert ReplyContext.build(sam.db, clock).language == "en"


def test_prepare_response_picks_the_reply_for_the_message(sam: Profile, clock: ManualClock) -> None:
    from after_hours.availability.crisis import prepare_response

    crisis = prepare_response(sam.db, clock, "I can't do this anymore, sorry for everything")
    assert crisis.triage.crisis
    assert crisis.reply.kind == "crisis-reply"
    assert crisis.script is not None and crisis.script.steps[0].startswith("Read the message")
    assert crisis.region.code == "CA"
    ordinary = prepare_response(sam.db, clock, "Can we move Tuesday to 3pm?", region="UK")
    assert not ordinary.triage.possible
    assert ordinary.reply.kind == "expectation-reply"
    assert ordinary.script is None
    assert "call 999" in ordinary.reply.text


@pytest.mark.parametrize("region", [*sorted(load_resources()), "OTHER"])
def test_the_short_crisis_reply_fits_a_text_message_in_every_region(
    sam: Profile, clock: ManualClock, region: str
) -> None:
    """A ~300-character version for SMS: emergency number, one line, when, the name (issue 17)."""
    ctx = ReplyContext.build(sam.db, clock, region)
    short = render("crisis-reply-short", ctx).text
    assert len(short) <= SHORT_REPLY_LIMIT, (len(short), short)
    assert "\n" not in short and "$" not in short
    assert short.startswith("Hi, this is Sam Rivera. I've read your message")
    assert "If you're in danger now, call " in short
    assert short.endswith("Sam Rivera")
    full = render("crisis-reply", ctx).text
    assert len(full) > len(short)


def test_the_short_reply_in_canada_names_911_988_and_monday(
    sam: Profile, clock: ManualClock
) -> None:
    short = render("crisis-reply-short", ReplyContext.build(sam.db, clock, "CA")).text
    assert "call 911" in short
    assert "9-8-8 Suicide Crisis Helpline (call or text 988)" in short
    assert "I'll be in touch Monday 23 November at 09:00." in short
    assert 200 <= len(short) <= 320


def test_script_steps_have_short_headings(sam: Profile, clock: ManualClock) -> None:
    for language in available_languages():
        Settings(sam.db).set("crisis.language", language)
        r = render("crisis-script", ReplyContext.build(sam.db, clock, "CA"))
        assert len(r.headings) == len(r.steps) == 7
        assert all(len(h) <= 30 for h in r.headings)
