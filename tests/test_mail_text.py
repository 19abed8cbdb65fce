"""The text the triage reads: HTML converted, quoted replies and signatures removed, nothing lost."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import assume, given
from hypothesis import strategies as st

from after_hours.availability.mail.text import (
    _MOBILE_FOOTER,
    html_to_text,
    message_text,
    strip_replies,
    unflow,
)


def test_a_gmail_style_reply_keeps_only_the_new_words() -> None:
    text = (
        "I can't do this anymore.\n"
        "\n"
        "On Fri, Nov 20, 2026 at 11:40 PM Dr Lee <\n"
        "dr.lee@example.org> wrote:\n"
        "> See you Monday at 10.\n"
        ">\n"
        "> Dr Lee\n"
    )
    assert strip_replies(text) == "I can't do this anymore."


def test_an_outlook_reply_is_cut_at_the_quoted_header_block() -> None:
    text = (
        "Please call me.\n\n"
        "________________________________\n"
        "From: Dr Lee <dr.lee@example.org>\n"
        "Sent: Friday, November 20, 2026 5:00 PM\n"
        "To: Sam\n"
        "Subject: Re: Monday\n\n"
        "See you Monday.\n"
    )
    assert strip_replies(text) == "Please call me."
    assert strip_replies("Yes.\n-----Original Message-----\nFrom: x\nold") == "Yes."


def test_a_short_signature_and_mobile_footers_go() -> None:
    text = "I feel hopeless tonight.\n\nSent from my iPhone\n-- \nSam Client\n555-0100\n"
    assert strip_replies(text) == "I feel hopeless tonight."


def test_words_that_only_look_like_markers_are_kept() -> None:
    # Not followed by quoted lines, so this "wrote:" is the client's own sentence.
    text = "On Friday I wrote:\nI want to end my life.\n"
    assert strip_replies(text) == "On Friday I wrote:\nI want to end my life."
    # A long tail after "--" is not a signature: nothing is cut.
    long_tail = "intro\n--\n" + "\n".join(f"line {n}" for n in range(20))
    assert strip_replies(long_tail) == long_tail


def test_inline_replies_keep_every_unquoted_line() -> None:
    text = "> How are you?\nNot good.\n> Can we meet Monday?\nI don't know if I'll be here."
    assert strip_replies(text) == "Not good.\nI don't know if I'll be here."


def test_html_becomes_lines_without_quotes_scripts_or_styles() -> None:
    html = (
        "<html><head><style>p {color: red}</style><title>x</title></head><body>"
        "<p>I&nbsp;feel <b>hopeless</b>.</p><div>Nobody would miss me<br>at all</div>"
        "<script>alert(1)</script>"
        "<div class='gmail_quote'><div>On Fri wrote:</div><blockquote>old text</blockquote></div>"
        "</body></html>"
    )
    assert html_to_text(html) == "I feel hopeless.\n\nNobody would miss me\nat all"


def test_outlook_html_stops_at_the_reply_marker() -> None:
    html = "<div>Call me please</div><div id='appendonsend'></div><hr><div>From: Dr Lee</div>"
    assert html_to_text(html) == "Call me please"


def test_message_text_prefers_plain_and_includes_the_subject() -> None:
    msg = EmailMessage()
    msg["Subject"] = "can't go on"
    msg.set_content("Plain words.\n")
    msg.add_alternative("<p>HTML words.</p>", subtype="html")
    assert message_text(msg.as_bytes()) == "can't go on\n\nPlain words."


def test_html_only_messages_are_converted() -> None:
    msg = EmailMessage()
    msg["Subject"] = "hi"
    msg.set_content("<p>Only <i>HTML</i> here</p>", subtype="html")
    assert message_text(msg.as_bytes()) == "hi\n\nOnly HTML here"


def test_flowed_text_is_joined_so_phrases_are_whole() -> None:
    raw = (
        b"Subject: x\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"I want to \r\nend it all\r\n"
    )
    assert message_text(raw) == "x\n\nI want to end it all"
    assert unflow("a \nb", delsp=True) == "ab"


def test_attachments_and_broken_charsets_do_not_break_extraction() -> None:
    msg = EmailMessage()
    msg["Subject"] = "file"
    msg.set_content("see attached")
    msg.add_attachment(b"\x00\x01" * 100, maintype="application", subtype="octet-stream")
    assert message_text(msg.as_bytes()) == "file\n\nsee attached"
    raw = b"Subject: y\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\nhello\r\n"
    assert message_text(raw) == "y\n\nhello"


def test_a_truncated_message_still_gives_its_text() -> None:
    msg = EmailMessage()
    msg["Subject"] = "big"
    msg.set_content("the words come first")
    msg.add_attachment(b"x" * 50_000, maintype="image", subtype="png", filename="a.png")
    assert message_text(msg.as_bytes()[:2_000]).endswith("the words come first")


_lines = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40).map(
        lambda s: s.replace("\n", " ").replace("\r", " ")
    ),
    max_size=15,
)


@given(_lines)
def test_stripping_never_invents_or_reorders_lines(lines: list[str]) -> None:
    out = strip_replies("\n".join(lines))
    source = [ln.rstrip() for ln in lines]
    position = 0
    for line in (ln for ln in out.split("\n") if ln):
        position = source.index(line, position) + 1  # raises if invented or out of order


@given(st.lists(st.from_regex(r"[A-Za-z][A-Za-z ,.'!?]{0,30}", fullmatch=True), max_size=10))
def test_ordinary_text_passes_unchanged(lines: list[str]) -> None:
    # Mobile footers ("Sent from my ...") are the one marker these letters can spell.
    assume(not any(_MOBILE_FOOTER.match(ln) for ln in lines))
    text = "\n".join(ln.rstrip() for ln in lines if ln.strip())
    assert strip_replies(text) == text


@given(st.text(max_size=300))
def test_html_conversion_never_fails(html: str) -> None:
    assert isinstance(html_to_text(html), str)


@given(st.binary(max_size=400))
def test_any_bytes_give_some_text_without_an_exception(raw: bytes) -> None:
    assert isinstance(message_text(raw), str)
