"""What the crisis panel shows, gathered from the domain (no widgets here).

The panel is a view; this module is its controller's half: the header sentence, the matched
phrases with their category labels, the clinician's steps, the crisis lines (the user's own
first) with what to copy, and the reply to the client, all rendered by
``after_hours.availability.crisis`` from the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from after_hours.availability.contacts import Contact, Kind
from after_hours.availability.crisis import ReplyContext, Resource, render
from after_hours.availability.tray_state import past_when
from after_hours.availability.triage import CATEGORY_LABELS, TriageResult, triage
from after_hours.ui.base.labels import CLASS_LABELS
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


def crisis_header(contact: Contact, now: datetime, display: tzinfo) -> str:
    """Say "Possible crisis: message from J.D., Fri 23:40 (off hours)"."""
    what = "call" if contact.kind is Kind.CALL else "message"
    who = f" from {contact.client}" if contact.client else ""
    when = past_when(contact.at, now, display)
    return f"Possible crisis: {what}{who}, {when} ({CLASS_LABELS[contact.classification]})"


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
    reply = render("crisis-reply", ctx)
    lines = tuple(shown_line(r) for r in ctx.region.resources)
    if contact is None:
        header = "Crisis scripts: your steps, the crisis lines and the reply"
        matches: tuple[ShownMatch, ...] = ()
        contact_id = None
    else:
        header = crisis_header(contact, services.now(), services.display_zone())
        matches = shown_matches(result) if result else matches_from_phrases(contact.phrases)
        contact_id = contact.id
    return CrisisContent(
        header=header,
        text=text if result else None,
        matches=matches,
        steps=script.steps,
        lines=lines,
        reply=reply.text,
        contact_id=contact_id,
    )
