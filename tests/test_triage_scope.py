"""Scope (issue 14): the past told as past, hyperbole, look-alikes and negations the rules missed.

Each case is a message a clinician could receive. The quiet ones must not open the crisis
panel; their twins with a sign that the crisis is here now (a relapse, a real condition, a
real threat) must still open it. The messages are written for these tests, in the ways people
say it, not copied from the development corpus.
"""

from __future__ import annotations

import pytest

from after_hours.availability.triage import LexiconError, triage
from after_hours.availability.triage.lexicon import parse_lexicon_file

RESOLVED = [
    "when i first moved here i wanted to die most days. now i have a job and a cat",
    "I used to keep goodbye letters in a drawer. now it's full of my kid's drawings",
    "there was a time I thought my kids would be better off without me. I was wrong",
    "I was suicidal through most of my twenties. therapy and meds helped, now I'm 38 and okay",
    "found my old diary from when I was self harming. I don't recognise that girl",
    "three years sober and so glad I never went through with my plan to kill myself",
    "l'an dernier je voulais mourir, aujourd'hui j'ai une job pis un appart",
    "quand j'étais au secondaire j'voulais pu vivre, là chu au cégep pis ça va bin",
    "je relis mes vieux carnets pleins d'envie de mourir, je reconnais plus cette fille",
    "y'a 3 ans j'avais ramassé des pilules pour en finir. aujourd'hui j'aide d'autres jeunes",
]

RELAPSE = [
    "when i first moved here i wanted to die most days. now i want to die again",
    "I used to cut years ago and tonight I cut again",
    "three years sober but the thoughts are back and I want to die",
    "l'an dernier je voulais mourir, pis là ça recommence",
    "quand j'étais au secondaire j'voulais pu vivre, mais là je veux mourir encore",
    "y'a 3 ans j'avais ramassé des pilules pour en finir. ce soir j'en ai ramassé encore",
]

HYPERBOLE = [
    "this match made me want to die, 94th minute equaliser",
    "I'd rather die than sit through another quarterly review",
    "if I have to fill in one more form I'll hang myself with the lanyard",
    "gonna kill my sister, she spoiled the finale 😤",
    "my mum will kill me if I'm late again",
    "kms this exam was brutal",
    "je vais le tuer si il me vole encore mon chargeur mdr",
    "jvais tuer mon frère, y m'a spoilé la fin du film",
    "ma boss va me tuer, j'ai oublié de fermer la caisse",
    "je vais me pendre si j'ai encore 6 au contrôle",
    "t'es mort en ranked ce soir frérot",
]

NOT_HYPERBOLE = [
    "I'll kill myself if he leaves me",
    "my husband will kill me if I leave him",
    "I'm going to kill my brother",
    "je vais me pendre si elle me quitte",
    "je vais le tuer quand il va rentrer",
    "je vais tuer mon frère, il a encore frappé maman",
    "im gonna kill myself if this keeps up and I'm not exaggerating",
]

NEGATED = [
    "it's not that I want to die, I'm just worn out",
    "c'est pas que je veux mourir, je suis juste épuisée",
    "jamais je vais me suicider, je te le promets",
    "I have zero intention of hurting myself, just a bad day",
    "the nurse asked if I was having thoughts of suicide and the answer was no",
    "la psy m'a demandé si j'avais des idées suicidaires, j'ai dit non",
]

STILL_CRISIS_AFTER_A_NEGATION = [
    "it's not that I want to die, it's that I have a plan for tonight",
    "c'est pas que j'veux mourir c'est que j'veux pu vivre",
    "she asked if I wanted to die and I said no but I lied",
]

LOOKALIKE_AND_WORK = [
    "total sugar overdose at the birthday party, the kids are bouncing",
    "I want to end it with him, how do I tell him?",
    "writing my will at 35 because the lawyer said so",
    "can we add the new protocol for clients who disclose self harm to Tuesday's agenda?",
    "the overdose scene in that film was hard to watch",
    "je me suis coupé les cheveux toute seule, catastrophe",
    "on a acheté une corde d'escalade pour samedi",
    "on a eu un module sur les idées suicidaires chez les ados en stage",
]


@pytest.mark.parametrize("text", RESOLVED)
def test_the_past_told_as_past_is_not_a_crisis(text: str) -> None:
    result = triage(text)
    assert not result.crisis, result
    assert result.level == "possible"  # the phrases are still shown, calmly


@pytest.mark.parametrize("text", RELAPSE)
def test_a_sign_the_past_is_back_keeps_it_a_crisis(text: str) -> None:
    assert triage(text).crisis


@pytest.mark.parametrize("text", HYPERBOLE)
def test_hyperbole_about_ordinary_things_is_not_a_crisis(text: str) -> None:
    assert not triage(text).crisis


@pytest.mark.parametrize("text", NOT_HYPERBOLE)
def test_the_same_verbs_with_a_real_condition_stay_a_crisis(text: str) -> None:
    assert triage(text).crisis


@pytest.mark.parametrize("text", NEGATED)
def test_negations_the_rules_missed_are_not_a_crisis(text: str) -> None:
    assert not triage(text).crisis


@pytest.mark.parametrize("text", STILL_CRISIS_AFTER_A_NEGATION)
def test_a_negation_does_not_reach_past_its_own_clause(text: str) -> None:
    assert triage(text).crisis


def test_a_reaching_negation_is_reported_negated_not_dropped() -> None:
    result = triage("it's not that I want to die, I'm just exhausted")
    assert result.level == "possible"
    assert [m.phrase for m in result.matches if m.negated] == ["want to die"]


@pytest.mark.parametrize("text", LOOKALIKE_AND_WORK)
def test_lookalikes_and_talk_about_the_work_are_not_a_crisis(text: str) -> None:
    assert not triage(text).crisis


def test_a_clinician_about_a_client_at_risk_now_is_still_a_crisis() -> None:
    result = triage("my client said she wants to kill herself tonight, she has the pills")
    assert result.crisis
    assert "third_party" in result.categories


def test_a_reaching_negation_without_a_negator_is_refused() -> None:
    text = """
language = "en"
[negation]
negators = ["not"]
reaching = ["that i"]
[[rule]]
id = "en.x"
category = "active_ideation"
strength = "strong"
patterns = ["kill myself"]
"""
    with pytest.raises(LexiconError, match="reaching 'that i' holds no negator"):
        parse_lexicon_file(text, "en.toml")


@pytest.mark.parametrize(
    "text",
    [
        "if my code review gets one more comment I'll hang myself. kidding! lol",
        "I say kms all the time but I don't actually mean it",
        "si je rate mon bac je vais me tuer. je blague!",
    ],
)
def test_words_the_writer_says_were_not_meant_are_not_a_crisis(text: str) -> None:
    assert not triage(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I want to die. not kidding",
        "I'll kill myself tonight (not joking)",
        "je veux mourir, je blague pas",
    ],
)
def test_not_kidding_keeps_it_a_crisis(text: str) -> None:
    assert triage(text).crisis
