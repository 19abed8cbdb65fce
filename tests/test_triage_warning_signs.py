"""The warning-sign families of the second pass (docs/triage.md, "Warning signs").

Each test names the phrase and category a clinician would see, because a flag that cannot say
why is no use to them.
"""

from __future__ import annotations

import pytest

from after_hours.availability.triage import triage


def _why(text: str) -> set[tuple[str, str]]:
    return {(m.phrase, m.category) for m in triage(text).matches if not m.negated}


@pytest.mark.parametrize(
    ("text", "phrase", "category"),
    [
        ("Do you think it hurts to drown?", "Do you think it hurts to drown", "means"),
        ("est-ce que ça fait mal de se noyer?", "ça fait mal de se noyer", "means"),
        ("how long does it take to bleed out", "how long does it take to bleed out", "means"),
        (
            "c quoi la dose de ativan qui est dangereuse",
            "dose de ativan qui est dangereuse",
            "means",
        ),
        (
            "everyone will be better off. i'm sorry",
            "everyone will be better off",
            "passive_ideation",
        ),
        ("plus rien a d'importance", "plus rien a d'importance", "passive_ideation"),
        ("I found a new home for my dog today", "found a new home for my dog", "farewell"),
        ("j'ai réglé mes affaires", "réglé mes affaires", "plan_intent"),
        ("he's got the gun out again", "he's got the gun out", "means"),
        ("il va tous nous tuer", "il va tous nous tuer", "danger_from_others"),
    ],
)
def test_a_warning_sign_is_a_crisis_and_names_its_phrase(
    text: str, phrase: str, category: str
) -> None:
    result = triage(text)
    assert result.crisis
    # The phrase found holds the expected words (a grammar rule may take a few more in).
    assert any(phrase in found and cat == category for found, cat in _why(text))


@pytest.mark.parametrize(
    ("alone", "together"),
    [
        ("I'm in the bath, will call you back", "Im in the bathtub with a knife"),
        ("Je suis dans le bain, je te rappelle", "je me suis mise dans le bain avec une lame"),
        ("Thank you for everything!", "Thank you for everything. tonight."),
    ],
)
def test_a_place_or_a_thanks_is_noted_alone_and_a_crisis_beside_a_method_or_time(
    alone: str, together: str
) -> None:
    assert triage(alone).level == "possible"
    assert not triage(alone).crisis
    result = triage(together)
    assert result.crisis
    assert len({m.category for m in result.matches}) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "We walked across the Jacques Cartier bridge tonight, it felt good",
        "On a traversé le pont Jacques-Cartier à pied ce soir",
        "I finally said goodbye to my old job today. Last day!",
        "Sorry for everything I said in session, I was tired. See you next week?",
        "Désolée pour tout ce que j'ai dit en séance, j'étais fatiguée",
        "J'en peux pu de cette neige là 🙄",
        "I'm giving away my old couch before the move",
        "he took the knife out to cut the cake",
        "How high does the fence have to be for the dog?",
        "Je veux plus me réveiller à 5h, c'est trop tôt",
        "ma mère va me tuer si j'arrive en retard lol",
    ],
)
def test_ordinary_messages_near_the_new_families_stay_below_crisis(text: str) -> None:
    assert not triage(text, scorer=False).crisis
    assert not triage(text).crisis


def test_a_pseudo_negation_does_not_hide_a_third_party_report() -> None:
    # « arrête pas de dire » means "keeps saying": the « pas » does not negate what follows.
    result = triage("ma blonde arrête pas de dire qu'elle veut mourir")
    assert result.crisis
    assert "third_party" in result.categories


def test_if_i_dont_show_up_does_not_negate_what_follows() -> None:
    result = triage("if i don't show up thursday don't bother rescheduling")
    assert result.crisis
    assert ("don't bother rescheduling", "farewell") in _why(
        "if i don't show up thursday don't bother rescheduling"
    )
