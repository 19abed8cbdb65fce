"""What the crisis panel shows, gathered from the domain (no widgets here).

The panel is a view; this module is its controller's half: the emergency line, the header
sentence, the client's details to hand, the matched phrases with their category labels, the
clinician's steps with their headings, the crisis lines (the user's own first) with what to
copy, and the reply to the client in a text-message and an email version, all rendered by
``after_hours.availability.crisis`` from the profile.

Three presentations (issue 17): ``crisis`` (the detector's crisis level: emergency first, the
red bar), ``possible`` (crisis words that may not be a crisis: calm, no red; any level the
panel does not know is shown this way too) and ``reference`` (opened from the tray or the
Today page with no message: steps, lines and replies only).

Every word here is in the interface's language: Qt's catalogue for the panel's own sentences
(context "CrisisContent"), the domain's gettext catalogue for the category labels and times, and
the resource file's official names for the crisis lines ("Jeunesse, J'écoute"). Each sentence is
one translatable string with numbered placeholders, so French can order it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.contacts import Contact, Kind
from after_hours.availability.crisis import ReplyContext, Resource, render
from after_hours.availability.crisis.phrasing import Phrases
from after_hours.availability.i18n import current_language
from after_hours.availability.tray_state import past_when
from after_hours.availability.triage import TriageResult, category_label, triage
from after_hours.availability.triage.scorer import RULE_ID as SCORER_RULE
from after_hours.ui.base.labels import channel_label, class_label
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.services import Services

CONTEXT = "CrisisContent"

# Two sentences, two strings; joined with a space where shown.
DISCLAIMER_SENTENCES = (
    QT_TRANSLATE_NOOP(
        "CrisisContent",
        "After Hours surfaced these phrases from the words in the message; it does not assess "
        "risk.",
    ),
    QT_TRANSLATE_NOOP("CrisisContent", "Your judgement and your agency's procedure come first."),
)
DISCLAIMER = " ".join(DISCLAIMER_SENTENCES)

# The header, one whole sentence per case: crisis or worth a look, a message or a call, a
# named client or not. %1 is the client, %2 the time, %3 when it came ("off hours").
HEADERS = {
    (True, False, True): QT_TRANSLATE_NOOP(
        "CrisisContent", "Crisis language: message from %1, %2 (%3)"
    ),
    (True, False, False): QT_TRANSLATE_NOOP("CrisisContent", "Crisis language: message, %2 (%3)"),
    (True, True, True): QT_TRANSLATE_NOOP(
        "CrisisContent", "Crisis language: call from %1, %2 (%3)"
    ),
    (True, True, False): QT_TRANSLATE_NOOP("CrisisContent", "Crisis language: call, %2 (%3)"),
    (False, False, True): QT_TRANSLATE_NOOP(
        "CrisisContent", "Worth a look: message from %1, %2 (%3)"
    ),
    (False, False, False): QT_TRANSLATE_NOOP("CrisisContent", "Worth a look: message, %2 (%3)"),
    (False, True, True): QT_TRANSLATE_NOOP("CrisisContent", "Worth a look: call from %1, %2 (%3)"),
    (False, True, False): QT_TRANSLATE_NOOP("CrisisContent", "Worth a look: call, %2 (%3)"),
}


def disclaimer() -> str:
    """The note under the panel, in the interface's language."""
    return " ".join(
        QCoreApplication.translate("CrisisContent", sentence)  # tr: noop
        for sentence in DISCLAIMER_SENTENCES
    )


@dataclass(frozen=True)
class ShownMatch:
    phrase: str
    label: str
    start: int = 0
    end: int = 0
    negated: bool = False
    scored: bool = False  # found by the learned scorer, not a written rule


@dataclass(frozen=True)
class ShownLine:
    name: str
    detail: str
    copy_text: str


CRISIS, POSSIBLE, REFERENCE = "crisis", "possible", "reference"


@dataclass(frozen=True)
class CrisisContent:
    header: str
    text: str | None
    matches: tuple[ShownMatch, ...]
    steps: tuple[str, ...]
    lines: tuple[ShownLine, ...]
    reply: str
    contact_id: int | None
    disclaimer: str = DISCLAIMER  # build_content gives it in the interface's language
    level: str = CRISIS  # CRISIS, POSSIBLE or REFERENCE
    emergency: str = ""  # "911", "112 or 999"; "" when the region has none on file
    short_reply: str = ""  # ~300 characters, for a text message
    headings: tuple[str, ...] = ()  # one per step
    details: str = ""  # the client's details to hand
    title: str = "Crisis scripts"

    @property
    def emergency_line(self) -> str:
        if not self.emergency:
            return QCoreApplication.translate(
                "CrisisContent", "If a life is at risk now: call your local emergency number"
            )
        return fill(
            QCoreApplication.translate("CrisisContent", "If a life is at risk now: call %1"),
            self.emergency,
        )


def panel_level(contact: Contact | None, result: TriageResult | None) -> str:
    """How the panel presents itself: a level it does not know is treated as ``possible``."""
    if contact is None:
        return REFERENCE
    if result is not None:
        return CRISIS if result.level == CRISIS else POSSIBLE
    return CRISIS if contact.crisis else POSSIBLE


def crisis_header(contact: Contact, now: datetime, display: tzinfo, level: str = CRISIS) -> str:
    """Say "Crisis language: message from J.D., Fri 23:40 (off hours)"."""
    header = HEADERS[(level == CRISIS, contact.kind is Kind.CALL, bool(contact.client))]
    when = past_when(contact.at, now, display)
    text = QCoreApplication.translate("CrisisContent", header)  # tr: noop
    return fill(text, contact.client, when, class_label(contact.classification))


def client_details(services: Services, contact: Contact) -> str:
    """What to have to hand before calling: who, how they wrote, their agreed crisis plan."""
    channel = channel_label(contact.channel)
    if not contact.client:
        return " ".join(
            (
                fill(QCoreApplication.translate("CrisisContent", "%1, sender not known."), channel),
                QCoreApplication.translate(
                    "CrisisContent", "Check your records for who wrote and where they are."
                ),
            )
        )
    parts = [
        fill(
            QCoreApplication.translate(
                "CrisisContent",
                "%1, by %2: have their address and phone number from your records ready "
                "before you call.",
            ),
            contact.client,
            channel.lower(),
        )
    ]
    agreement = AgreementStore(services.profile.db, services.clock).get(contact.client)
    if agreement is not None and agreement.crisis_plan:
        parts.append(
            fill(
                QCoreApplication.translate(
                    "CrisisContent", "Their crisis plan (from your agreement): %1"
                ),
                agreement.crisis_plan,
            )
        )
    return "\n".join(parts)


def shown_matches(result: TriageResult) -> tuple[ShownMatch, ...]:
    return tuple(
        ShownMatch(
            m.phrase,
            category_label(m.category),
            m.start,
            m.end,
            m.negated,
            scored=m.rule == SCORER_RULE,
        )
        for m in result.matches
    )


def matches_from_phrases(phrases: tuple[str, ...]) -> tuple[ShownMatch, ...]:
    """For a contact whose text is gone: each stored phrase with the categories it matches."""
    out = []
    for phrase in phrases:
        result = triage(phrase)
        labels = ", ".join(category_label(c) for c in result.categories)
        out.append(
            ShownMatch(
                phrase, labels or QCoreApplication.translate("CrisisContent", "crisis language")
            )
        )
    return tuple(out)


def shown_line(r: Resource, language: str | None = None) -> ShownLine:
    """One crisis line as the panel lists it, and the text its Copy button copies.

    In the interface's language (``language`` overrides it): the service's official name
    there ("9-8-8 : Ligne d'aide en cas de crise de suicide"), else its own name; the hours and
    unconfirmed details through the same word list the replies use.
    """
    language = language or current_language()
    words = Phrases(language)
    name = r.name_in(language)
    ways = []
    if r.number:
        ways.append(fill(QCoreApplication.translate("CrisisContent", "call %1"), r.number))
    if r.text:
        ways.append(fill(QCoreApplication.translate("CrisisContent", "text %1"), r.text))
    if r.chat:
        ways.append(fill(QCoreApplication.translate("CrisisContent", "chat %1"), r.chat))
    if r.email:
        ways.append(fill(QCoreApplication.translate("CrisisContent", "email %1"), r.email))
    how = ", ".join(ways)
    details = [how[:1].upper() + how[1:]] if how else []
    if r.hours:
        details.append(words.term(r.hours))
    if r.is_user:
        details.append(QCoreApplication.translate("CrisisContent", "your own entry"))
    elif r.unverified:
        details.append(
            fill(
                QCoreApplication.translate("CrisisContent", "not yet confirmed: %1"),
                words.term(r.unverified),
            )
        )
    if r.verified and not r.is_user:
        details.append(
            fill(QCoreApplication.translate("CrisisContent", "checked %1"), r.verified.isoformat())
        )
    copy_text = (
        fill(QCoreApplication.translate("CrisisContent", "%1: %2"), name, how) if how else name
    )
    # French puts a space before a semicolon; the separator is the translator's to set.
    separator = QCoreApplication.translate("CrisisContent", "; ", "between a line's details")
    return ShownLine(name, separator.join(details), copy_text)


def build_content(
    services: Services,
    contact: Contact | None = None,
    result: TriageResult | None = None,
    text: str | None = None,
) -> CrisisContent:
    """Everything for the panel; without a contact it is the reference view (tray menu)."""
    ctx = ReplyContext.build(services.profile.db, services.clock)
    # A threat to the clinician: the clinician's own safety steps (triage v2), not the crisis script.
    script = render(
        "clinician-safety" if result is not None and result.clinician_safety else "crisis-script",
        ctx,
    )
    # The replies go to the client: in their language when their agreement names one.
    client = contact.client if contact is not None else None
    reply_ctx = ReplyContext.build(services.profile.db, services.clock, client=client)
    reply = render("crisis-reply", reply_ctx)
    short = render("crisis-reply-short", reply_ctx)
    language = current_language()
    lines = tuple(shown_line(r, language) for r in ctx.region.resources)
    level = panel_level(contact, result)
    details = ""
    if contact is None:
        header = QCoreApplication.translate(
            "CrisisContent", "Crisis scripts: your steps, the crisis lines and the replies"
        )
        title = QCoreApplication.translate("CrisisContent", "Crisis scripts")
        matches: tuple[ShownMatch, ...] = ()
        contact_id = None
    else:
        header = crisis_header(contact, services.now(), services.display_zone(), level)
        if contact.client:
            title = fill(
                QCoreApplication.translate("CrisisContent", "Crisis language from %1")
                if level == CRISIS
                else QCoreApplication.translate("CrisisContent", "Worth a look: %1"),
                contact.client,
            )
        else:
            title = (
                QCoreApplication.translate("CrisisContent", "Crisis language from a client")
                if level == CRISIS
                else QCoreApplication.translate("CrisisContent", "Worth a look: a client")
            )
        matches = shown_matches(result) if result else matches_from_phrases(contact.phrases)
        contact_id = contact.id
        details = client_details(services, contact)
    return CrisisContent(
        header=header,
        text=text if result else None,
        matches=matches,
        steps=script.steps,
        lines=lines,
        reply=reply.text,
        contact_id=contact_id,
        level=level,
        # The number(s) in the interface's language ("112 ou 999"); "" when none is on file.
        emergency=(
            Phrases(language).emergency(ctx.region.emergency) if ctx.region.emergency else ""
        ),
        short_reply=short.text,
        headings=script.headings,
        details=details,
        title=title,
        disclaimer=disclaimer(),
    )
