"""The parsers at the channels' edge: Notify's arguments, KDE Connect messages, phone numbers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from after_hours.availability.channels.kdeconnect import (
    MESSAGE_SIGNATURE,
    SmsMessageError,
    device_of,
    parse_sms,
)
from after_hours.availability.channels.notify import (
    NotifyArgumentError,
    parse_gtk_notification,
    parse_notify,
    plain_text,
)
from after_hours.availability.channels.phone import PhoneError, normalise_phone
from after_hours.availability.channels.senders import SenderKind, display_name_key, sender_key

# -- Notify ------------------------------------------------------------------------------------

names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
plain = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>&"), max_size=200
)
u32 = st.integers(0, 2**32 - 1)
i32 = st.integers(-(2**31), 2**31 - 1)


@given(names, u32, names, names, plain, st.lists(names, max_size=6), i32)
def test_any_well_formed_notify_call_parses_and_keeps_its_fields(
    app: str, replaces: int, icon: str, summary: str, body: str, actions: list[str], timeout: int
) -> None:
    hints = {"urgency": ("y", 1), "desktop-entry": ("s", "signal-desktop")}
    note = parse_notify([app, replaces, icon, summary, body, actions, hints, timeout])
    assert note.app_name == " ".join(app.split())
    assert note.replaces_id == replaces and note.is_repost == (replaces != 0)
    assert note.summary == summary and note.sender == " ".join(summary.split())
    assert note.text == "\n".join(" ".join(line.split()) for line in body.splitlines()).strip()
    assert note.actions == tuple(actions) and note.expire_timeout == timeout
    assert note.hints == {"urgency": 1, "desktop-entry": "signal-desktop"}


@given(st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()), max_size=10))
def test_a_malformed_call_is_refused_with_a_reason_never_a_crash(args: list[object]) -> None:
    try:
        parse_notify(args)
    except NotifyArgumentError as exc:
        assert str(exc).startswith("Notify")


@pytest.mark.parametrize(
    "bad",
    [
        ["Signal", -1, "", "J.D.", "hi", [], {}, -1],
        ["Signal", 0, "", "J.D.", b"hi", [], {}, -1],
        ["Signal", 0, "", "J.D.", "hi", [1], {}, -1],
        ["Signal", 0, "", "J.D.", "hi", [], {}, True],
        ["Signal", 0, "", "J.D.", "hi", [], {}],
    ],
)
def test_each_wrong_shape_is_named(bad: list[object]) -> None:
    with pytest.raises(NotifyArgumentError):
        parse_notify(bad)


def test_markup_and_entities_are_read_as_the_words_they_show() -> None:
    assert plain_text("<b>I can&apos;t</b> do this <i>anymore</i>") == "I can't do this anymore"
    assert plain_text("line one<br>line <a href='x'>two</a>") == "line one\nline two"


# -- KDE Connect -------------------------------------------------------------------------------


def test_a_message_marshalled_as_kdeconnectd_does_is_read() -> None:
    at = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)
    struct = (1, "help", [("+1 514-555-0123",)], int(at.timestamp() * 1000), 1, 0, 7, 42, -1, [])
    sms = parse_sms("dev1", ((MESSAGE_SIGNATURE, struct),))
    assert (sms.address, sms.at, sms.uid, sms.thread_id, sms.incoming) == (
        "+1 514-555-0123",
        at,
        42,
        7,
        True,
    )
    assert sms.source_id == "dev1/42"


def test_the_map_form_is_read_too() -> None:
    payload = (
        "a{sv}",
        {
            "body": ("s", "hello"),
            "addresses": ("av", [("a{sv}", {"address": ("s", "5145550123")})]),
            "date": ("x", 0),
            "type": ("i", 2),
            "uID": ("i", 3),
            "threadID": ("x", 1),
        },
    )
    sms = parse_sms("d", (payload,))
    assert sms.address == "5145550123" and not sms.incoming and sms.body == "hello"


def test_a_signal_without_a_message_is_refused() -> None:
    with pytest.raises(SmsMessageError):
        parse_sms("d", (("s", "nothing"),))
    assert device_of("/modules/kdeconnect/devices/abc/sms") == "abc"
    assert device_of("/elsewhere") == ""


# -- phone numbers -----------------------------------------------------------------------------

nanp = st.from_regex(r"[2-9][0-9]{2}[2-9][0-9]{6}", fullmatch=True)


def _spellings(ten: str) -> list[str]:
    a, b, c = ten[:3], ten[3:6], ten[6:]
    return [ten, f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}", f"+1 {a}-{b}-{c}", f"001{ten}"]


@given(nanp)
def test_every_way_of_writing_a_north_american_number_is_one_number(ten: str) -> None:
    assert {normalise_phone(s, "CA") for s in _spellings(ten)} == {"+1" + ten}


@given(st.from_regex(r"0[1-9][0-9]{8}", fullmatch=True))
def test_a_national_french_number_gets_its_country_code(national: str) -> None:
    spaced = " ".join(national[i : i + 2] for i in range(0, 10, 2))
    assert normalise_phone(spaced, "FR") == "+33" + national[1:]
    assert normalise_phone("+33" + national[1:], "CA") == "+33" + national[1:]


@given(st.text(st.sampled_from("0123456789 +-().")), st.sampled_from(["CA", "FR", "GB", "AU"]))
def test_normalising_is_stable(text: str, region: str) -> None:
    try:
        once = normalise_phone(text, region)
    except PhoneError:
        return
    assert normalise_phone(once, region) == once


@pytest.mark.parametrize("text", ["", "12", "call me", "+1 514 555 0123 4567 8901", "+"])
def test_what_is_not_a_number_is_said(text: str) -> None:
    with pytest.raises(PhoneError):
        normalise_phone(text, "CA")


def test_a_sender_is_an_address_a_number_or_a_name() -> None:
    assert sender_key("Sam <Sam@Client.Example>") == ("sam@client.example", SenderKind.EMAIL)
    assert sender_key("(514) 555-0123") == ("+15145550123", SenderKind.PHONE)
    assert sender_key("  J.D.  ") == ("j.d.", SenderKind.NAME)
    assert display_name_key("Sam  Client") == display_name_key("SAM CLIENT")


@given(names, names, plain)
def test_a_gnome_notification_reads_as_the_same_fields(app: str, title: str, body: str) -> None:
    note = parse_gtk_notification([app, "id-1", {"title": ("s", title), "body": ("s", body)}])
    assert note.app_name == " ".join(app.split()) and note.summary == title
    assert note.text == plain_text(body) and not note.is_repost


def test_a_malformed_gnome_notification_is_refused() -> None:
    with pytest.raises(NotifyArgumentError):
        parse_gtk_notification(["app", "id", {"title": ("i", 3)}])
    with pytest.raises(NotifyArgumentError):
        parse_gtk_notification(["app", "id"])
