"""Log a contact from a pasted text: triage it, keep only the matched phrases, discard the text.

The one function every door uses (quick-log now, the mailbox watcher later), so "the text is
never stored" is true in one place. The text goes in, the contact comes out with ``crisis``,
``phrases`` and ``categories`` set from the triage; the caller may hold the text in memory to
highlight it in the crisis panel, and must not write it anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from availability.contacts import Contact, Direction, Kind, NewContact
from availability.contacts.log import ContactLog
from availability.triage import TriageResult, triage


@dataclass(frozen=True)
class Intake:
    """A logged contact and the triage of its text (the text itself is not kept)."""

    contact: Contact
    triage: TriageResult

    @property
    def crisis(self) -> bool:
        return self.triage.crisis

    @property
    def wants_expectation_reply(self) -> bool:
        """An ordinary message from a client off hours: offer the expectation-setting reply."""
        c = self.contact
        return (
            not self.crisis
            and c.off_hours
            and c.direction is Direction.IN
            and c.kind in (Kind.MESSAGE, Kind.CALL)
        )

    @property
    def reply_kind(self) -> str | None:
        """Which reply template fits this contact, if any."""
        if self.crisis:
            return "crisis-reply"
        if self.contact.kind is Kind.FRIEND_REQUEST:
            return "friend-request-reply"
        if self.wants_expectation_reply:
            return "expectation-reply"
        return None


def matched_phrases(result: TriageResult) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases (each once, in order) and categories worth keeping from a triage."""
    phrases = tuple(dict.fromkeys(m.phrase for m in result.matches))
    return phrases, tuple(result.categories)


def log_text(log: ContactLog, new: NewContact, text: str | None) -> Intake:
    """Triage ``text``, then log ``new`` with the verdict and the matched phrases only."""
    result = triage(text or "")
    phrases, categories = matched_phrases(result)
    contact = log.log(replace(new, crisis=result.crisis, phrases=phrases, categories=categories))
    return Intake(contact, result)
