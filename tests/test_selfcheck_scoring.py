"""CBI scoring against hand-scored answers, the published wording, and scoring properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from after_hours.availability.resources import resource_text
from after_hours.availability.selfcheck import (
    AnswerError,
    Band,
    DefinitionError,
    band_for,
    cbi,
    closing_sentence,
    score,
)
from after_hours.availability.selfcheck.questionnaire import RESOURCE, parse_questionnaire

FREQUENCY = ("Always", "Often", "Sometimes", "Seldom", "Never/almost never")
DEGREE = (
    "To a very high degree",
    "To a high degree",
    "Somewhat",
    "To a low degree",
    "To a very low degree",
)


def test_the_inventory_has_the_published_scales_items_and_response_options() -> None:
    q = cbi()
    assert [(s.id, len(s.items)) for s in q.scales] == [("personal", 6), ("work", 7), ("client", 6)]
    assert q.points == (100, 75, 50, 25, 0)
    kinds = {item.id: item.options for item in q.items}
    # Degree answers: work 1-3 and client 1-4; every other item is a frequency answer.
    degree_items = {"work_1", "work_2", "work_3", "client_1", "client_2", "client_3", "client_4"}
    for item_id, options in kinds.items():
        assert options == (DEGREE if item_id in degree_items else FREQUENCY), item_id
    assert [i.id for i in q.items if i.reversed] == ["work_7"]
    assert q.item("work_7").text == (
        "Do you have enough energy for family and friends during leisure time?"
    )
    assert q.item("personal_4").text == "How often do you think: “I can’t take it anymore”?"
    assert q.item("client_6").text == (
        "Do you sometimes wonder how long you will be able to continue working with clients?"
    )
    assert "Work & Stress" in q.citation and "19(3):192-207" in q.citation
    assert "no formal licence statement" in q.licence
    assert "GMC" in q.interpretation.source and "no cut-offs" in q.interpretation.source


def test_hand_scored_example_with_the_reversed_item_and_a_half_answered_scale() -> None:
    answers: dict[str, int | None] = {
        # Personal: Always, Often, Often, Sometimes, Seldom, (skipped)
        #   100 + 75 + 75 + 50 + 25 = 325 over 5 answered = 65.0 -> moderate
        "personal_1": 1,
        "personal_2": 2,
        "personal_3": 2,
        "personal_4": 3,
        "personal_5": 4,
        "personal_6": None,
        # Work: high degree (75), high degree (75), somewhat (50), 4-6 skipped,
        #   item 7 "enough energy": Often, reversed -> 25
        #   (75 + 75 + 50 + 25) / 4 answered of 7 = 56.25 -> moderate
        "work_1": 2,
        "work_2": 2,
        "work_3": 3,
        "work_7": 2,
        # Client: exactly half answered (3 of 6) still counts:
        #   very high degree (100), high degree (75), very low degree (0) = 175 / 3 = 58.33
        "client_1": 1,
        "client_2": 2,
        "client_4": 5,
    }
    s = score(answers)
    assert s["personal"].score == 65.0
    assert s["personal"].answered == 5
    assert s["personal"].band is Band.MODERATE
    assert s["work"].score == 56.25
    assert s["work"].answered == 4 and s["work"].items == 7
    assert s["client"].score == pytest.approx(175 / 3)
    assert s["client"].answered == 3
    assert s["client"].band is Band.MODERATE


def test_a_scale_with_fewer_than_half_answered_has_no_score() -> None:
    # Work has 7 items: 3 answered is under half, 4 is enough.
    three = {"work_1": 1, "work_2": 1, "work_3": 1}
    assert score(three)["work"].score is None
    assert score(three)["work"].band is None
    assert score({**three, "work_4": 1})["work"].score == 100.0
    # Personal has 6: 2 is under half, 3 is half and counts.
    assert score({"personal_1": 1, "personal_2": 1})["personal"].score is None
    assert score({"personal_1": 1, "personal_2": 1, "personal_3": 5})["personal"].score == (
        pytest.approx(200 / 3)
    )


def test_the_reversed_item_scores_always_as_zero() -> None:
    base = {"work_1": 5, "work_2": 5, "work_3": 5}  # 0 points each
    assert score({**base, "work_7": 1})["work"].score == 0.0  # always enough energy
    assert score({**base, "work_7": 5})["work"].score == 25.0  # never: 100 / 4


def test_bands_are_the_conventional_ones() -> None:
    assert band_for(None) is None
    assert band_for(49.99) is Band.LOWER
    assert band_for(50.0) is Band.MODERATE
    assert band_for(74.99) is Band.MODERATE
    assert band_for(75.0) is Band.HIGH
    assert band_for(100.0) is Band.HIGH


def test_unknown_items_and_options_are_refused_by_name() -> None:
    with pytest.raises(AnswerError, match="'personal_7' is not a self-check item") as exc:
        score({"personal_7": 1})
    assert exc.value.item_id == "personal_7"
    with pytest.raises(AnswerError, match="work_2: 6 is not an option"):
        score({"work_2": 6})
    with pytest.raises(AnswerError, match="work_2: 0 is not an option"):
        score({"work_2": 0})
    with pytest.raises(AnswerError, match="client_1: True is not an option number"):
        score({"client_1": True})  # type: ignore[dict-item]


def test_closing_sentence_is_calm_and_never_a_diagnosis() -> None:
    high = score({f"personal_{n}": 1 for n in range(1, 7)})
    low = score({f"personal_{n}": 5 for n in range(1, 7)})
    for s in (high, low, score({})):
        text = closing_sentence(s).lower()
        assert "diagnos" not in text and "risk" not in text and "!" not in text
    assert "supervisor" in closing_sentence(high)
    assert closing_sentence(high) != closing_sentence(low)


def test_a_broken_definition_fails_loudly() -> None:
    text = resource_text(*RESOURCE).replace('responses = "D"', 'responses = "X"', 1)
    with pytest.raises(DefinitionError, match="unknown responses 'X'"):
        parse_questionnaire(text)
    dup = resource_text(*RESOURCE).replace('id = "personal_2"', 'id = "personal_1"')
    with pytest.raises(DefinitionError, match="not unique"):
        parse_questionnaire(dup)


ITEM_IDS = cbi().item_ids
answer_sets = st.fixed_dictionaries(
    {}, optional={i: st.one_of(st.none(), st.integers(1, 5)) for i in ITEM_IDS}
)


@given(answer_sets)
def test_scores_are_means_of_answered_points_within_0_to_100(
    answers: dict[str, int | None],
) -> None:
    s = score(answers)
    for scale in cbi().scales:
        result = s[scale.id]
        given_ = [answers.get(i.id) for i in scale.items]
        answered = [a for a in given_ if a is not None]
        assert result.answered == len(answered)
        if 2 * len(answered) < len(scale.items):
            assert result.score is None
        else:
            assert result.score is not None and 0 <= result.score <= 100
            # Every item's points are a multiple of 25, so the sum is too.
            assert round(result.score * len(answered)) % 25 == 0


@given(answer_sets)
def test_mirroring_every_answer_mirrors_every_score(answers: dict[str, int | None]) -> None:
    """Choosing option 6-n everywhere turns each scale score s into 100 - s (reversed too)."""
    mirrored = {k: (None if v is None else 6 - v) for k, v in answers.items()}
    a, b = score(answers), score(mirrored)
    for scale in a.scales:
        other = b[scale.scale_id].score
        if scale.score is None:
            assert other is None
        else:
            assert other == pytest.approx(100 - scale.score)
