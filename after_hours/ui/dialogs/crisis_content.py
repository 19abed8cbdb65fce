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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.contacts import Contact, Kind
from after_hours.availability.crisis import ReplyContext, Resource, render
from after_hours.availability.crisis.phrasing import Phrases
from after_hours.availability.tray_state import past_when
from after_hours.availability.triage import CATEGORY_LABELS, TriageResult, triage
from after_hours.ui.base.labels import CHANNEL_LABELS, CLASS_LABELS
from after_hours.ui.base.services import Services

DISCLAIMER = (
    "After Hours surfaced these phrases from the words in the message; it does not assess "
    "risk. Your judgement and your agency's procedure come first."
)


@dataclass(frozen=True)
class ShownMatch:
    phrase: str
    label: str
    start: int = 0
    end: int = 0
    negated: bool = False


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
    disclaimer: str = DISCLAIMER
    level: str = CRISIS  # CRISIS, POSSIBLE or REFERENCE
    emergency: str = "your local emergency number"  # "911", "112 or 999"
    short_reply: str = ""  # ~300 characters, for a text message
    headings: tuple[str, ...] = ()  # one per step
    details: str = ""  # the client's details to hand
    title: str = "Crisis scripts"

    @property
    def emergency_line(self) -> str:
        return f"If a life is at risk now: call {self.emergency}"


def panel_level(contact: Contact | None, result: TriageResult | None) -> str:
    """How the panel presents itself: a level it does not know is treated as ``possible``."""
    if contact is None:
        return REFERENCE
    if result is not None:
        return CRISIS if result.level == CRISIS else POSSIBLE
    return CRISIS if contact.crisis else POSSIBLE


def crisis_header(contact: Contact, now: datetime, display: tzinfo, level: str = CRISIS) -> str:
    """Say "Crisis language: message from J.D., Fri 23:40 (off hours)"."""
    what = "call" if contact.kind is Kind.CALL else "message"
    who = f" from {contact.client}" if contact.client else ""
    when = past_when(contact.at, now, display)
    lead = "Crisis language" if level == CRISIS else "Worth a look"
    return f"{lead}: {what}{who}, {when} ({CLASS_LABELS[contact.classification]})"


def client_details(services: Services, contact: Contact) -> str:
    """What to have to hand before calling: who, how they wrote, their agreed crisis plan."""
    channel = CHANNEL_LABELS.get(contact.channel, str(contact.channel))
    if not contact.client:
        return f"{channel}, sender not known. Check your records for who wrote and where they are."
    parts = [
        f"{contact.client}, by {channel.lower()}: have their address and phone number from your "
        "records ready before you call."
    ]
    agreement = AgreementStore(services.profile.db, services.clock).get(contact.client)
    if agreement is not None and agreement.crisis_plan:
        parts.append(f"Their crisis plan (from your agreement): {agreement.crisis_plan}")
    return "\n".join(parts)


def shown_matches(result: TriageResult) -> tuple[ShownMatch, ...]:
    return tuple(
        ShownMatch(m.phrase, CATEGORY_LABELS.get(m.category, m.category), m.start, m.end, m.negated)
        for m in result.matches
    )


def matches_from_phrases(phrases: tuple[str, ...]) -> tuple[ShownMatch, ...]:
    """For a contact whose text is gone: each stored phrase with the categories it matches."""
    out = []
    for phrase in phrases:
        result = triage(phrase)
        labels = ", ".join(CATEGORY_LABELS.get(c, c) for c in result.categories)
        out.append(ShownMatch(phrase, labels or "crisis language"))
    return tuple(out)


def shown_line(r: Resource) -> ShownLine:
    """One crisis line as the panel lists it, and the text its Copy button copies."""
    ways = []
    if r.number:
        ways.append(f"call {r.number}")
    if r.text:
        ways.append(f"text {r.text}")
    if r.chat:
        ways.append(f"chat {r.chat}")
    if r.email:
        ways.append(f"email {r.email}")
    how = ", ".join(ways)
    details = [how[:1].upper() + how[1:]] if how else []
    if r.hours:
        details.append(r.hours)
    if r.is_user:
        details.append("your own entry")
    elif r.unverified:
        details.append(f"not yet confirmed: {r.unverified}")
    if r.verified and not r.is_user:
        details.append(f"checked {r.verified.isoformat()}")
    return ShownLine(r.name, "; ".join(details), f"{r.name}: {how}" if how else r.name)


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
    lines = tuple(shown_line(r) for r in ctx.region.resources)
    level = panel_level(contact, result)
    details = ""
    if contact is None:
        header = "Crisis scripts: your steps, the crisis lines and the replies"
        title = "Crisis scripts"
        matches: tuple[ShownMatch, ...] = ()
        contact_id = None
    else:
        header = crisis_header(contact, services.now(), services.display_zone(), level)
        who = contact.client or "a client"
        title = f"Crisis language from {who}" if level == CRISIS else f"Worth a look: {who}"
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
        emergency=Phrases(ctx.language).emergency(ctx.region.emergency),
        short_reply=short.text,
        headings=script.headings,
        details=details,
        title=title,
    )
