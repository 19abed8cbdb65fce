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
from after_hours.availability.triage.scorer import Scorer

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


# -- second scope pass (issue 14, the six writers added to the corpus) -----------------------
# Rules alone (``scorer=False``): these are the rules' classes; the learned scorer only adds and
# is retrained after these changes.

SECOND_PASS_QUIET = [
    # a crisis noun as a topic, not something the writer did
    "the nurse on the podcast said she sees an overdose every weekend",
    "our school is running a self-harm awareness week, I'm making the posters",
    "la conférence sur l'automutilation chez les jeunes était très bien faite",
    "l'équipe a parlé d'une surdose à la réunion de ce matin",
    # a negator inside the phrase
    "she has never hit me, we just argue about money",
    "je vais pas la frapper, promis, je suis juste fâché",
    "it's not the end of the world, I'll resit in June",
    # crisis words said of food, sport, driving
    "that pizza had a lethal dose of cheese on it",
    "overdosed on pancakes this morning, no regrets",
    "j'ai fait une overdose de bonbons à l'halloween",
    "that lane change on the motorway was suicidal",
    # everyday injuries and people
    "burned my hand on the kettle making tea, it's fine",
    "bruises from the climbing gym all over my shins",
    "my cousin kicked me at karate by accident",
    "je me suis coupée avec le couteau à pain, rien de grave",
    # violent verbs aimed at things and games
    "i'll destroy you at chess on sunday",
    "going to murder this burrito, I'm starving",
    "on va vous défoncer au babyfoot vendredi",
    "je vais étrangler l'ordi, il plante encore",
    "tu vas me tuer mais j'ai perdu mes papiers encore",
    # correspondence and ordinary things
    "did you see my last email about the rent?",
    "c'est mon dernier message de la journée, bonne soirée",
    "j'ai acheté une corde à linge pour le balcon",
    "le concierge répond pas depuis lundi",
    # quoted lines, cases, a resource asked for someone else
    "« je vais te tuer » c'est la réplique du méchant dans le film",
    "quand un client dit « je sais où tu habites », on appelle la police, c'est la règle",
    "c'est quoi le numéro pour les idées suicidaires? c'est pour ma tante",
    # the past told as past
    "attempt survivor here, six years out, it does get quieter",
    "y a deux ans je voulais plus vivre, asteure je travaille au garage pis ça va",
    "il y a un an je voulais mourir. ce soir je mange avec mes amis",
    "j'ai dit que j'allais le tuer mais c'était une façon de parler",
    "je pense pas au suicide, je suis juste épuisée",
    # a case quoted, a bereavement, an urge resisted, an idiom
    'when a student says "I want to die" about a test, ask what they mean',
    "it's the anniversary of my brother's suicide today and I miss him",
    "had the urge to cut but didn't, went for a walk",
    "le suicide de mon oncle, ça fait dix ans aujourd'hui",
    "la mouche, je vais l'avoir ou mourir en essayant",
    # talk about threats, and food defended
    "le journal parle d'un homme condamné pour menaces de mort contre un voisin",
    "touche à mes frites pis je t'égorge, règle de la maison",
    "touch my leftovers and i'll kill you, love mum",
    # Québec texting that looks like self-harm and is not
    "chu brûlée, grosse semaine à la job",
    "jme suis brûlé sur le rond en faisant le souper",
    "jme coupe plus depuis un an pis chu fière",
    "ma mère me donne mes pilules une par une, c'est plus sûr",
    "my girlfriend checks my phone for memes she missed",
    "j'ai lancé le routeur sur le divan, ça marche pas",
    "I'll see you in court, my lawyer has the report",
    "my nephew keeps saying \"I'll kill you\" to the cat, it's a game he saw",
    "the council is trying to kill the bus route again",
    "I did everything they asked and they still said no",
]

SECOND_PASS_STILL_CRISIS = [
    "I think I overdosed, everything is spinning",
    "I've been self harming again every night this week",
    "je fais de l'automutilation depuis l'été",
    "j'ai fait une surdose hier soir",
    "my roommate overdosed and she won't wake up",
    "can you overdose on melatonin, I have the whole bottle",
    "I overdosed on my pills",
    "he hits me when he drinks",
    "I burned my arm on purpose",
    "I'm going to kill my boss",
    "je vais te défoncer quand tu vas sortir du bureau",
    "this is my last message, goodbye",
    "mon ex m'a écrit « je sais où tu habites »",
    "je pense au suicide, c'est quoi le numéro",
    "il y a un an je voulais mourir, mais là je veux mourir encore",
    "je vais me tuer, c'est pas une façon de parler",
    "does it count as abuse if he locks me in the bedroom overnight",
    "il contrôle mon argent pis il m'a dit qu'il sait comment faire passer une mort pour un accident",
    "j'ai des images dans ma tête de la secouer quand elle pleure",
    "je pense au suicide tous les jours",
    'my ex texted me "I know where you live" at 2am',
    "I had the urge to cut and I did, it won't stop bleeding",
    # French threats said plainly
    "mon voisin m'a dit qu'il allait me casser les jambes si j'appelle la police",
    "je reçois des menaces de mort par texto depuis hier",
    "je débarque chez vous et je vous défonce",
    "tu vas finir à la morgue comme ton frère",
    "si je peux pas t'avoir, personne t'aura",
    "demain je passe au bureau avec mon couteau",
    # self-harm and an act in progress said plainly, Québec texting
    "jme coupe encore à soir",
    "jme suis mordu le bras exprès jusqu'au sang",
    "j'ai rechuté. les bras",
    "chu dans ma chambre avec le rasoir dans la main",
    "j'ai pris toute la plaquette de mes pilules y a 10 min",
    "jsuis assise sur le bord du pont, il fait froid",
    # harm to others and danger at home said plainly
    "i've got the bat in the car and her address",
    "i'm scared of what i'll do to her tonight",
    "I keep picturing shaking the baby when she won't settle",
    "they lock us in from the outside when they go out",
    "he broke my wrist last night and said I fell",
    "she said she'll find me and finish it",
    "I was scared but I did it. took them all, I feel sick",
    "ok i did it. the whole pack",
    "je suis tellement seule que je vais mourir",
    "je suis sur le pont pour regarder le soleil une dernière fois",
    "I'm on the bridge to see the sunset one last time",
]

# What no scope rule may hide (from the brief of the second pass).
NEVER_HIDDEN = [
    "I'm not okay, I want to die",
    "kidding, but seriously I have the pills and I'm going to take them",
    "je veux mourir, je niaise pas",
    "I cut in 2019 and I did it again tonight",
    "I wrote a goodbye letter years ago and tonight I wrote another one",
]


@pytest.mark.parametrize("text", SECOND_PASS_QUIET)
def test_second_pass_look_alikes_are_not_a_rules_crisis(text: str) -> None:
    assert not triage(text, scorer=False).crisis


@pytest.mark.parametrize("text", SECOND_PASS_STILL_CRISIS + NEVER_HIDDEN)
def test_second_pass_twins_stay_a_rules_crisis(text: str) -> None:
    assert triage(text, scorer=False).crisis


def test_a_crisis_noun_alone_is_still_shown_calmly() -> None:
    # Demoted to context, not dropped: the clinician still sees the word.
    result = triage("our team talked about overdose in supervision", scorer=False)
    assert result.level == "possible"
    assert [m.phrase for m in result.matches] == ["overdose"]


def _toy_scorer(weights: dict[str, float]) -> Scorer:
    """A scorer with weights written here, so the test does not depend on training."""
    return Scorer.from_json(
        {
            "bias": -4.0,
            "weights": weights,
            "crisis_threshold": 0.8,
            "possible_threshold": 0.5,
            "category_bias": {"passive_ideation": 0.0},
            "category_weights": {"grey": {"passive_ideation": 2.0}},
        }
    )


def test_a_relapse_word_alone_does_not_hold_the_scorer_back() -> None:
    # "again" / « encore » are relapse markers; alone they are not a reason to silence the
    # scorer (they used to be: every message whose only rule match was "tonight" was held back).
    scorer = _toy_scorer({"grey": 8.0})
    assert triage("everything is grey again", scorer=scorer).crisis
    assert triage("tout est grey encore", scorer=scorer).crisis


def test_a_false_friend_or_the_past_told_as_past_still_holds_the_scorer_back() -> None:
    scorer = _toy_scorer({"grey": 8.0, "see": 8.0})
    assert not triage("dying to see you on friday", scorer=scorer).crisis
    assert not triage("grey years ago, I'm doing well now", scorer=scorer).crisis


# --- third scope pass: long posts, a safety statement or a helper's frame, French threats in play

THIRD_PASS_QUIET = [
    # A safety statement elsewhere in a long post lowers passive wishes to `possible`.
    "Housemate drama plus exams. I'm not going to do anything stupid, I promise, I just want to"
    " disappear for a week and turn my phone off. Is it rude to skip my friend's birthday to"
    " study? She keeps texting me and I don't know what to say.",
    "Caring for my dad with dementia is wearing me down. I'm so tired of everything and some days"
    " I wish I could just disappear. I'm not in danger, just worn out. Does anyone know how"
    " respite care works and whether the council pays for it?",
    "Je vais rien faire de niaiseux, promis. J'ai juste envie de disparaître une semaine pis"
    " fermer mon cell. Mon chum pis moi on se chicane sur le bail depuis un mois. Vous feriez"
    " quoi à ma place?",
    # A professional or parent asking how to help someone else.
    "School nurse here. One of our year 10s wrote in her journal that she's tired of existing and"
    " I'm not sure whether to call her parents first or the school counsellor. What would you do?",
    "Je suis prof de français en 4e. Une élève a écrit dans sa rédaction qu'elle a des idées"
    " noires et j'hésite : j'appelle les parents ou l'infirmière scolaire d'abord?",
    "Parent of a teen here. I asked my daughter if she's thinking about hurting herself and she"
    " said no, she's just stressed about exams. How do I keep the door open?",
    "If you're in a place where you're thinking about ending things, please tell someone. That's"
    " all from me.",
    # A relapse word far from the past told as past is about something else.
    "Years ago I used to cut, all through my first year of uni. These days I'm a nurse, married,"
    " and the scars have faded. I'm writing because my niece starts university this week and I"
    " keep thinking about what I wish someone had told me. We went shopping for her room and she"
    " picked the ugliest lamp, so we went back and bought it again in blue.",
    # The past told as past across sentences, and words to the readers.
    "Sophomore year I overdosed on my roommate's pills during finals. I spent three days in the"
    " hospital and took a medical leave. I'm now an academic advisor at another university.",
    "I remember a night in 2016 when I sat in my kitchen with a knife. I called my sister instead."
    " I'm 8 years sober now. Some of you are at that kitchen table tonight. Call someone.",
    "En 2017 j'ai avalé tout ce que j'avais dans l'armoire. Trois jours à l'hôpital. Aujourd'hui je"
    " suis infirmière en psychiatrie. Certains d'entre vous sont dans cette cuisine ce soir.",
    # Everyday senses in a long post.
    "Got a pay or quit notice taped to my door. Landlord won't answer my calls, just texts. Can"
    " they refuse a partial payment?",
    "My landlord hasn't fixed the heat in three weeks and I have a toddler, I'm scared she'll get"
    " sick. Can I withhold rent?",
    # French threats said in play, at an outing, or quoted from a work.
    "t'es mort au quiz ce soir, je connais toutes les capitales",
    "on t'attend a la sortie pour aller au mcdo, grouille",
    "le méchant du film envoie \"on sait où t'habites\" à la fille, j'ai eu trop peur",
    "tu vas regretter de m'avoir défié a mario kart, je te préviens",
    "you're dead in ranked tonight, I've been grinding all week",
]

THIRD_PASS_STILL_CRISIS = [
    "I'm not okay, I want to die",
    "kidding, but seriously I have the pills",
    "je veux mourir, je niaise pas",
    "I cut in 2019 and I did it again tonight",
    "I'm not going to do anything stupid but I've got the pills counted out",
    "I'm not going to do anything stupid. I've got the pills counted out for tonight.",
    "je vais rien faire de niaiseux mais j'ai les pilules comptées",
    "I'm not suicidal, I just want to not exist anymore",
    # A crisis at the end of a long calm post.
    "Long week. My manager moved the deadline again and my flatmate keeps leaving dishes"
    " everywhere, which I know sounds small but it adds up. I went for a run on Saturday and it"
    " helped a bit. My sister is visiting next month. Anyway, none of that matters now. I've"
    " written my letters and I'm taking all the pills tonight.",
    # A safety statement does not lower a plan or a time.
    "I'm not in danger, I promise. Anyway I've written my letters and I'm taking all the pills"
    " tonight.",
    # A helper's frame does not lower danger to someone else.
    "Parent of a teen here. My daughter just told me she took all her pills an hour ago.",
    # A relapse after a past story, near the crisis phrase; "if you're reading this" is a farewell.
    "Sophomore year I overdosed. I'm now an academic advisor. But tonight I took all my pills again.",
    "If you're reading this, I'm already gone. I took all the pills tonight.",
    "Years ago I used to cut. These days I'm a nurse and married. But last night I cut again"
    " and I can't stop.",
    # The same words about real danger.
    "my sister took all her pills and won't answer my calls",
    "he said if i tell anyone he'll hurt my brother. tonight he came into my room. i'm scared he'll"
    " find out i told",
    # French threats with a wound, a weapon or the family named, or nothing in play.
    "t'es mort, je sais où t'habites",
    "on vous attend a la sortie du match, prévoyez l'ambulance",
    "on sait où t'habites. fais gaffe à toi et à tes enfants",
    "you're dead after the game, I've got a knife",
]


@pytest.mark.parametrize("text", THIRD_PASS_QUIET)
def test_third_pass_long_posts_and_threats_in_play_are_not_a_rules_crisis(text: str) -> None:
    assert not triage(text, scorer=False).crisis


@pytest.mark.parametrize("text", THIRD_PASS_STILL_CRISIS)
def test_third_pass_twins_stay_a_rules_crisis(text: str) -> None:
    assert triage(text, scorer=False).crisis


def test_a_safety_statement_shows_the_wish_calmly_and_holds_the_scorer_back() -> None:
    text = "I'm not in danger, just worn out. Some days I wish I could just disappear."
    result = triage(text, scorer=False)
    assert result.level == "possible"
    assert result.matches
    scorer = _toy_scorer({"disappear": 8.0, "worn": 8.0})
    assert not triage(text, scorer=scorer).crisis
