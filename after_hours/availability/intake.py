"""Logging a message that came with text: triage it, keep only the matched phrases, log it.

The one path shared by the quick-log dialog, ``after-hours log --text`` and the mailbox
watcher, so "the text is triaged and then discarded" holds everywhere. The text never reaches
the database: the contact keeps the crisis flag, the categories and the exact phrases matched.
Only messages *from* the client are triaged; the clinician's own words are not a client's crisis.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Classification, Contact, Direction, NewContact
from after_hours.availability.triage import TriageResult, triage


@dataclass(frozen=True)
class IntakeResult:
    """What the app needs to react: the logged contact and the verdict on its text."""

    contact: Contact
    verdict: TriageResult | None

    @property
    def crisis(self) -> bool:
        return self.contact.crisis

    @property
    def off_hours(self) -> bool:
        """Outside regular hours: after hours or on call."""
        return self.contact.classification != Classification.IN_HOURS

    @property
    def after_hours(self) -> bool:
        return self.contact.classification == Classification.AFTER_HOURS

    @property
    def wants_expectation_reply(self) -> bool:
        """An ordinary message after hours: offer the reply that sets expectations."""
        return self.after_hours and not self.crisis and self.contact.direction == Direction.IN


def assess_text(new: NewContact, text: str | None) -> tuple[NewContact, TriageResult | None]:
    """Fill the contact's crisis fields from ``text``; the text itself is not kept."""
    if not text or not text.strip() or new.direction != Direction.IN:
        return new, None
    verdict = triage(text)
    if not verdict.matches:
        return new, verdict
    seen: dict[str, None] = {}
    for match in verdict.matches:
        seen.setdefault(match.phrase, None)
    filled = replace(
        new,
        crisis=new.crisis or verdict.crisis,
        phrases=tuple(seen),
        categories=tuple(verdict.categories),
    )
    return filled, verdict


def log_message(log: ContactLog, new: NewContact, text: str | None = None) -> IntakeResult:
    """Triage ``text`` (if any), log the contact, and say how the app should react.

    Raises ``DuplicateContactError`` (from the log) when ``(source, source_id)`` was seen.
    """
    filled, verdict = assess_text(new, text)
    return IntakeResult(log.log(filled), verdict)
