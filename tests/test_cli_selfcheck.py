"""The ``selfcheck`` command: at a terminal, piped, from JSON, and its history."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from after_hours.availability.cli import run
from after_hours.availability.clock import ManualClock
from after_hours.availability.selfcheck import cbi, score
from tests.helpers import cli

# 19 lines, one per item in order: personal 1-6, work 1-7, client 1-6 (empty = skip).
PIPED = "1\n2\n\n3\n4\n5\n" + "1\n1\n1\n1\n1\n1\n1\n" + "\n\n\n\n\n\n"


def flat(text: str) -> str:
    """Output with runs of spaces and line breaks folded, so wrapping does not matter."""
    return " ".join(text.split())


class Terminal(io.StringIO):
    """Typed input at a terminal: the command asks again after a wrong key."""

    def isatty(self) -> bool:
        return True


def run_at_terminal(home: Path, typed: str, clock: ManualClock) -> tuple[int, str]:
    out = io.StringIO()
    status = run(
        ["--home", str(home), "selfcheck"],
        clock=clock,
        stdout=out,
        stderr=io.StringIO(),
        stdin=Terminal(typed),
    )
    return status, out.getvalue()


def test_piped_answers_one_per_line_are_scored_and_saved(home: Path, clock: ManualClock) -> None:
    r = cli(home, "selfcheck", clock=clock, stdin=PIPED)
    assert r.status == 0, r.err
    # Personal: 100, 75, skip, 50, 25, 0 -> 250 / 5 = 50.0 (moderate)
    assert "Personal burnout 50.0 moderate (50 to under 75)" in flat(r.out)
    # Work: six "Always"/"very high degree" (100) and item 7 "Always" reversed (0) -> 600/7
    assert "Work-related burnout 85.7 high (75 or more)" in flat(r.out)
    assert "Client-related burnout - not scored" in flat(r.out)
    assert "convention" in flat(r.out) and "not a diagnosis" in flat(r.out)
    assert "supervisor" in flat(r.out)  # the calm sentence for a high band
    history = cli(home, "selfcheck", "--history", "--json", clock=clock).json()
    assert len(history) == 1
    assert history[0]["at"] == "2026-11-21T04:40:00Z"
    assert history[0]["scales"]["work"] == {
        "score": 600 / 7,
        "band": "high",
        "answered": 7,
        "items": 7,
    }
    assert history[0]["answers"]["personal_3"] is None
    assert history[0]["answers"]["work_7"] == 1


def test_piped_input_that_is_not_an_answer_names_the_item(home: Path, clock: ManualClock) -> None:
    r = cli(home, "selfcheck", clock=clock, stdin="1\n2\nmaybe\n")
    assert r.status == 2
    assert "Line 3 (personal_3" in r.err and "'maybe' is not an answer" in r.err
    assert "Nothing was saved" in r.err
    short = cli(home, "selfcheck", clock=clock, stdin="1\n2\n3\n")
    assert short.status == 2 and "before question 4 (personal_4)" in short.err
    assert cli(home, "selfcheck", "--history", "--json", clock=clock).json() == []


def test_option_words_are_accepted_as_answers(home: Path, clock: ManualClock) -> None:
    words = "often\nOften\nsometimes\n" + "\n" * 3 + "\n" * 7 + "\n" * 6
    r = cli(home, "selfcheck", "--json", clock=clock, stdin=words)
    assert r.status == 0, r.err
    assert r.json()["scales"]["personal"]["score"] == (75 + 75 + 50) / 3


def test_at_a_terminal_it_asks_item_by_item_and_asks_again(home: Path, clock: ManualClock) -> None:
    typed = "7\n1\n" + "2\n" * 5 + "\n" * 13
    status, out = run_at_terminal(home, typed, clock)
    assert status == 0
    assert "1/19. How often do you feel tired?" in flat(out)
    assert "1 Always" in flat(out) and "   5  Never/almost never" in out
    assert "1 To a very high degree" in flat(out)  # work item 1 is a degree answer
    assert "Please type a number from 1 to 5" in flat(out)  # after the "7"
    assert "19/19. Do you sometimes wonder how long" in flat(out)
    # 100 + 5 x 75 = 475 / 6
    assert "Personal burnout 79.2 high (75 or more)" in flat(out)


def test_q_at_a_terminal_stops_without_saving(home: Path, clock: ManualClock) -> None:
    status, out = run_at_terminal(home, "1\n2\nq\n", clock)
    assert status == 1 and "nothing was saved" in out
    status, out = run_at_terminal(home, "1\n", clock)  # end of input (Ctrl-D)
    assert status == 1
    assert cli(home, "selfcheck", "--history", "--json", clock=clock).json() == []


def test_answers_from_a_json_file(home: Path, tmp_path: Path, clock: ManualClock) -> None:
    f = tmp_path / "answers.json"
    f.write_text(
        json.dumps({"work_1": 2, "work_2": "to a high degree", "work_3": 3, "work_7": 2}),
        encoding="utf-8",
    )
    r = cli(home, "selfcheck", "--answers", str(f), "--at", "2026-10-01T20:00-04:00", clock=clock)
    assert r.status == 0, r.err
    assert "Work-related burnout 56.2 moderate" in flat(r.out)  # (75+75+50+25)/4 = 56.25
    assert "Personal burnout - not scored" in flat(r.out)
    [saved] = cli(home, "selfcheck", "--history", "--json", clock=clock).json()
    assert saved["at"] == "2026-10-02T00:00:00Z"
    assert saved["scales"]["work"]["score"] == 56.25


def test_json_file_errors_name_the_item(home: Path, tmp_path: Path, clock: ManualClock) -> None:
    f = tmp_path / "a.json"
    cases = {
        '{"personal_9": 1}': "'personal_9' is not a self-check item",
        '{"work_7": 6}': "work_7: 6 is not an option",
        '{"client_2": "rarely"}': "client_2: 'rarely' is not one of its options",
        '{"client_2": 2.5}': "client_2: 2.5 is not an answer",
        '{"personal_1": 1}': "Nothing to save",
        "[1, 2]": "must hold one JSON object",
        "{nope": "is not valid JSON",
    }
    for text, message in cases.items():
        f.write_text(text, encoding="utf-8")
        r = cli(home, "selfcheck", "--answers", str(f), clock=clock)
        assert r.status == 2, text
        assert message in r.err, (text, r.err)
    missing = cli(home, "selfcheck", "--answers", str(tmp_path / "none.json"), clock=clock)
    assert missing.status == 2 and "Cannot read" in missing.err
    assert cli(home, "selfcheck", "--history", "--json", clock=clock).json() == []


def test_history_as_text_and_by_dates(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 12, tzinfo=UTC))
    assert "No self-checks yet" in cli(home, "selfcheck", "--history", clock=clock).out
    f = tmp_path / "a.json"
    for day, option in (("2026-09-15", 4), ("2026-10-15", 3), ("2026-11-15", 1)):
        f.write_text(json.dumps({f"personal_{n}": option for n in range(1, 7)}), encoding="utf-8")
        assert (
            cli(home, "selfcheck", "--answers", str(f), "--at", f"{day}T18:00Z", clock=clock).status
            == 0
        )
    text = cli(home, "selfcheck", "--history", clock=clock).out
    lines = [line for line in text.splitlines() if line.startswith("2026-")]
    assert len(lines) == 3
    assert "25.0 lower" in lines[0] and "50.0 moderate" in lines[1] and "100.0 high" in lines[2]
    assert "convention" in text
    october = cli(
        home,
        "selfcheck",
        "--history",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--json",
        clock=clock,
    )
    assert [c["scales"]["personal"]["score"] for c in october.json()] == [50.0]
    wrong = cli(home, "selfcheck", "--from", "2026-10-01", clock=clock)
    assert wrong.status == 2 and "--history" in wrong.err


ITEMS = cbi().item_ids


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=19, max_size=19))
def test_piped_lines_score_the_same_as_the_domain(
    tmp_path: Path, options: list[int | None]
) -> None:
    answers = dict(zip(ITEMS, options, strict=True))
    expected = score(answers)
    home = tmp_path / f"p{abs(hash(tuple(options)))}"
    lines = "".join(("" if o is None else str(o)) + "\n" for o in options)
    r = cli(home, "selfcheck", "--json", stdin=lines)
    if not expected.any_scored:
        assert r.status == 2 and "Nothing to save" in r.err
        return
    assert r.status == 0, r.err
    assert r.json()["scales"] == expected.to_json()
    assert r.json()["answers"] == answers
