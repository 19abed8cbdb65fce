"""Threats to the worker said sideways, and threats to a third person (issue 14, threats pass).

A client rarely writes "I will hurt you". They write that they know which car is the worker's,
when the office empties, where the worker's son plays hockey; that it would be a shame if
something happened; that the worker will not see Christmas; that God will repay them and the
client will be His hand. Each message here is invented for these tests, in the ways people say
it, in English and in Québec French, and not copied from the development corpus. The twins
below are lawful anger, care and ordinary logistics: they must stay quiet.
"""

from __future__ import annotations

import pytest

from after_hours.availability.triage import triage

# The rules alone: the learned scorer is measured on its own (tests/test_triage_scorer*.py).
RULES = {"scorer": False}

SIDEWAYS_EN = [
    # knowing the worker's car, home, schedule, children
    "I know which house is yours. The one with the red door",
    "found out what car you drive. nice",
    "I know what time your shift finishes on Wednesdays",
    "Your son plays for the Eagles right? Number 9",
    "I saw your husband at the garden centre on Saturday",
    "i've been watching you for a while now",
    "I've got your home address now. Sleep well",
    "i'm parked outside your house. which window is yours",
    # be a shame if, accidents happen, enjoy it while you can
    "Be a shame if something happened to that nice car of yours",
    "Would hate for anything to happen to your little girl",
    "A lot of accidents happen on the way home from work",
    "enjoy your holiday while you still can",
    "you should start varying your route home",
    # the consequence foretold
    "you won't see next year, I promise you that",
    "I'll be the reason you're in hospital",
    "the next officer who comes round goes back in an ambulance",
    "Start writing your eulogy",
    "one of us isn't walking out of that review",
    "you don't deserve to live after what you did to my family",
    "don't bother calling the police, by the time they come it'll be over",
    "this is your last warning",
    # revenge in kind, curses as prayers
    "you took my boy so I'll take yours",
    "May God repay you for every tear my children cried",
    "you'd better pray they never let me out",
    # a false sense of safety, named; testimony deterred
    "you think that receptionist can protect you?",
    "u think ur safe in that office",
    "I will see to it that you suffer like my kids did",
    "If you testify on Monday you won't be testifying again",
    "you should be scared of me, ask anyone",
    "I'll see you tonight at your house",
    "remember what happened to that nurse in the news? think about it",
]

SIDEWAYS_FR = [
    "je sais à quelle heure vous partez du bureau le jeudi",
    "je connais le nom de la garderie de ton fils",
    "je suis passé devant ta maison hier soir. belle haie",
    "ta galerie est rouge, hein?",
    "je t'ai suivie jusqu'au stationnement hier",
    "ça serait plate qu'il te arrive de quoi en sortant",
    "fais attention en sortant du bureau ce soir",
    "regarde bien derrière toi quand tu rentres",
    "tu vas finir comme l'autre intervenante",
    "ils vont te sortir de là les pieds devant",
    "tes collègues vont acheter des fleurs pour ton enterrement",
    "si je perds mes enfants tu perds la vie",
    "je pourrais te faire disparaître pis personne te chercherait",
    "je ne réponds plus de moi si vous signez ça",
    "vous avez brisé ma famille, je vais briser la vôtre",
    "que Dieu vous punisse pour ce que vous m'avez fait",
    "je vais passer au CLSC avec un bidon d'essence",
    "c'est pas une menace, c'est une promesse",
    "tu te crois protégée derrière ton bureau?",
    "vous pouvez pas vous cacher au CLSC toute votre vie",
    "je vous conseille d'avoir un empêchement le jour de l'audience",
    "souris sur tes photos tant que tu peux",
    "j'ai rien à perdre moi. toi oui",
    "les travailleuses sociales saignent comme tout le monde",
    "je vous ai vue à l'épicerie avec votre conjoint hier",
]

THIRD_PERSON = [
    "next time the neighbour blocks my drive I'll break his jaw",
    "I'm going to put him in the ground if he touches my daughter again",
    "the foster mum better enjoy her birthday because it's her last",
    "I'll be waiting for him with the crowbar when he gets out",
    "I know her routine now and when she's alone",
    "he's gonna get hurt if he keeps lying to the judge",
    "je l'attends devant chez lui avec un bâton de baseball",
    "cette nuit je mets le feu à sa maison",
    "dis à la famille d'accueil de barrer ses portes",
    "je vais lui régler son cas une fois sorti",
    "I've driven past her new place four times tonight",
    "I know what time he gets off and where he parks",
    "I'm homicidal, not suicidal, there's a difference",
    "how much antifreeze would it take for a grown man",
    "he won't be around for christmas, trust me",
    "I keep picturing watching him bleed",
    "I'm scared of what I'll do to him when he walks in",
    "le prochain qui touche à mes affaires va se prendre un coup de couteau",
    "j'ai acheté une hache hier. pas pour le bois",
    "je l'ai trouvée, je la retrouverai où qu'elle aille",
    "il y aura pas de témoins cette fois",
    "I cut his brake lines last night",
]

LAWFUL = [
    "I'm filing a complaint with your manager tomorrow",
    "see you in court",
    "I've called my lawyer and she'll be in touch",
    "you'll regret this decision when the appeal comes through",
    "I want a different caseworker",
    "I'll be waiting in the car park at 2 if that's easier for the forms",
    "enjoy the sun this weekend!",
    "I've been following your advice about the budget",
    "I'd hate for you to get in trouble because of me",
    "which car is yours? I'll leave the box of clothes by it",
    "accidents happen, he's only three",
    "j'appelle mon avocat demain",
    "je veux changer d'intervenante",
    "je vais porter plainte au commissaire aux plaintes",
    "vous allez regretter votre décision quand le juge lira le dossier",
    "fais attention en sortant du bureau, y a de la glace en masse sur le trottoir",
    "ce serait dommage qu'il arrive quelque chose à ta plante pendant tes vacances",
    "mes enfants jouent au hockey le samedi matin",
    "I think the new lock will keep us safe",
    "I've been outside your office since 9, is my appointment still on?",
    "we watched There Will Be Blood last night",
    "ça va saigner au match de hockey samedi, les Bruins sont en feu",
    "j'ai acheté un couteau pour la cuisine, le vieux coupait plus",
    "j'ai un couteau suisse dans mon sac si t'as besoin d'ouvrir le colis",
]


@pytest.mark.parametrize("text", SIDEWAYS_EN + SIDEWAYS_FR)
def test_sideways_threat_to_the_worker_opens_the_panel(text: str) -> None:
    result = triage(text, **RULES)
    assert result.crisis, (text, result)
    assert "threat_to_clinician" in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_threat_to_a_third_person_opens_the_panel(text: str) -> None:
    result = triage(text, **RULES)
    assert result.crisis, (text, result)
    assert "harm_to_others" in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_anger_care_and_logistics_stay_quiet(text: str) -> None:
    result = triage(text, **RULES)
    assert not result.crisis, (text, result)


def test_matched_phrase_is_what_the_worker_sees() -> None:
    """The panel shows the words that raised it, not the whole message (intake keeps only these)."""
    result = triage("Be a shame if something happened to that nice car of yours", **RULES)
    phrases = [m.phrase.lower() for m in result.matches]
    assert any("shame if something happened" in p for p in phrases), phrases


# A threat said in play stays quiet only beside a word of play taken as a whole word: "but" is
# English "but" (or "le but c'est..."), "around" holds "round", "début" holds "but".
@pytest.mark.parametrize(
    "text",
    [
        "je vais te retrouver au début de la semaine",
        "je vais te retrouver, je sais que tu vas au parc around 5",
        "I'm not going to do anything stupid but I've got the pills counted out jvais te tuer",
    ],
)
def test_a_word_of_play_inside_another_word_does_not_excuse_a_threat(text: str) -> None:
    assert triage(text, scorer=False).crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "tu vas regretter de m'avoir défié a mario kart, je te préviens",
        "j'ai marqué deux buts, t'es mort frérot",
        "jvais te démonter en 1v1 ce soir",
    ],
)
def test_a_threat_in_play_with_a_whole_word_of_play_stays_below_crisis(text: str) -> None:
    assert not triage(text, scorer=False).crisis, text
