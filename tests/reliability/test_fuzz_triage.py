"""Triage input from anywhere: any Unicode, megabyte messages, control characters.

Through the real commands: ``triage --json`` (text on stdin) and ``log --text -``, which runs
the shared intake path (triage, keep the matched phrases, discard the text). Each gives a
verdict with the contract's keys or a clear refusal, and never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from after_hours.availability.triage import triage
from tests.helpers import cli
from tests.reliability.fuzzing import fuzz

CRISIS = "I want to end it all tonight"
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=500)
CONTROL = st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn"]), max_size=80)
MEGABYTE = "ordinary words about the week " * 35_000  # about 1 MB


@fuzz(150)
@given(text=st.one_of(ANY_TEXT, CONTROL, st.tuples(CONTROL, ANY_TEXT).map("".join)))
@example(text="\x00" * 1000)
@example(text="I want to\u200b end it all")
@example(text="I\u0301 want to end it all\u202e")
@example(text="\ud7ff\ue000\U0010ffff")
def test_any_text_gets_a_verdict_with_its_phrases_taken_from_the_text(text: str) -> None:
    result = triage(text)
    payload = result.to_json()
    assert set(payload) >= {"crisis", "categories", "matches"}
    assert isinstance(payload["crisis"], bool)
    assert set(payload["categories"]) <= {m["category"] for m in payload["matches"]}
    assert triage(text).to_json() == payload  # the same text, the same verdict


@fuzz(20)
@given(prefix=CONTROL, suffix=ANY_TEXT)
@example(prefix="", suffix="")
def test_crisis_words_are_found_whatever_surrounds_them(prefix: str, suffix: str) -> None:
    assert triage(f"{prefix} \n{CRISIS}.\n {suffix}").crisis


def test_a_megabyte_message_through_the_cli_is_judged_in_full(home: Path) -> None:
    done = cli(home, "triage", "--json", stdin=MEGABYTE + CRISIS)
    assert done.status == 0, done.err
    verdict = json.loads(done.out)
    assert verdict["crisis"] is True
    assert cli(home, "triage", "--json", stdin=MEGABYTE).json()["crisis"] is False


@fuzz(25)
@given(text=st.one_of(ANY_TEXT, CONTROL))
@example(text=MEGABYTE + CRISIS)
@example(text="\x00\x1b[2J\r")
def test_log_with_any_text_keeps_phrases_only(home: Path, text: str) -> None:
    before = len(cli(home, "contacts", "--json").json() or [])
    done = cli(home, "log", "--channel", "text", "--client", "J.D.", "--text", "-", stdin=text)
    assert done.status == 0, done.err
    contacts = cli(home, "contacts", "--json").json()
    assert len(contacts) == before + 1
    assert contacts[-1]["crisis"] == triage(text).crisis
