"""Client communication agreements: what each client was told about reaching the clinician.

Guidance asks for a written policy given in advance (OCSWSSW 2019: "the extent, nature and
limitations" of service; Barsky 2013: the hours, and what to do in an emergency). Per
pseudonym we keep the channels allowed, the response time promised, what the client does in a
crisis, when it was discussed and how often to review it. A contact through a channel the
agreement does not allow is a boundary event; the contact log asks :meth:`allowed_channels`
when it logs one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from after_hours.availability.agreement_review import review_date
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.model import Channel, normalise_client, parse_channel
from after_hours.availability.i18n import _
from after_hours.availability.timeutil import utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# A review falling due within this many days is shown as "due soon".
DUE_SOON_DAYS = 14
# The languages a client's replies, auto-text and handout can be written in (the reply and
# script templates in resources/templates/<language>/). "" means "the clinician's choice".
CLIENT_LANGUAGES = ("en", "fr")


class AgreementError(ValueError):
    """An agreement that cannot be saved as given."""


@dataclass(frozen=True)
class Agreement:
    """One client's communication agreement."""

    client: str
    channels: tuple[Channel, ...]
    discussed_on: date
    review_weeks: int = 12
    response_hours: int | None = None
    crisis_plan: str = ""
    # The client's language for replies and the handout, whatever the interface's language;
    # "" follows the clinician's reply language (setting ``crisis.language``).
    language: str = ""

    def __post_init__(self) -> None:
        client = normalise_client(self.client)
        if not client:
            raise AgreementError(_("An agreement needs a client pseudonym."))
        object.__setattr__(self, "client", client)
        object.__setattr__(
            self, "channels", tuple(dict.fromkeys(Channel(c) for c in self.channels))
        )
        if not 1 <= self.review_weeks <= 520:
            raise AgreementError(_("The review interval must be between 1 and 520 weeks."))
        if self.response_hours is not None and not 0 <= self.response_hours <= 24 * 60:
            raise AgreementError(_("The promised response time must be 0 to 1440 hours."))
        language = parse_language(self.language) if self.language else ""
        object.__setattr__(self, "language", language)

    @property
    def next_review(self) -> date:
        return review_date(self.discussed_on, self.review_weeks)

    def allows(self, channel: Channel) -> bool:
        return channel in self.channels

    def to_json(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "channels": [c.value for c in self.channels],
            "response_hours": self.response_hours,
            "crisis_plan": self.crisis_plan,
            "discussed_on": self.discussed_on.isoformat(),
            "review_weeks": self.review_weeks,
            "next_review": self.next_review.isoformat(),
            "language": self.language or None,
        }


class ReviewState(StrEnum):
    """Where a client stands, in the order the overview lists them."""

    OVERDUE = "overdue"
    MISSING = "missing"
    DUE_SOON = "due_soon"
    OK = "ok"


_STATE_ORDER = {s: i for i, s in enumerate(ReviewState)}


@dataclass(frozen=True)
class ClientStatus:
    """A client in the overview: their agreement (if any) and what needs attention."""

    client: str
    agreement: Agreement | None
    state: ReviewState
    days_overdue: int
    contacts: int
    off_hours_contacts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "state": self.state.value,
            "days_overdue": self.days_overdue,
            "contacts": self.contacts,
            "off_hours_contacts": self.off_hours_contacts,
            "agreement": self.agreement.to_json() if self.agreement else None,
        }


def parse_language(text: str) -> str:
    """``fr``, ``FR``, ``fr_CA``, ``fr-CA`` or ``français`` as ``fr``; refuse the unknown."""
    word = text.strip().lower().replace("-", "_")
    aliases = {"english": "en", "anglais": "en", "french": "fr", "français": "fr", "francais": "fr"}
    code = aliases.get(word, word.split("_")[0])
    if code not in CLIENT_LANGUAGES:
        raise AgreementError(
            _("Unknown language {text}: use one of {languages}.").format(
                text=repr(text), languages=", ".join(CLIENT_LANGUAGES)
            )
        )
    return code


def parse_channels(text: str) -> tuple[Channel, ...]:
    """``"text,email"`` (aliases welcome) as channels; an empty list is allowed (none)."""
    parts = [p for p in (x.strip() for x in text.replace(";", ",").split(",")) if p]
    return tuple(dict.fromkeys(parse_channel(p) for p in parts))


class AgreementStore:
    """Agreements in the profile database, and the overview of who needs one."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, client: str) -> Agreement | None:
        name = normalise_client(client)
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM agreements WHERE client = ?",
            [name],
        ).fetchone()
        return _from_row(row) if row else None

    def all(self) -> list[Agreement]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM agreements ORDER BY client").fetchall()
        return [_from_row(r) for r in rows]

    def set(self, agreement: Agreement) -> None:
        with self._db.atomic():
            self._db.table("agreements").upsert(
                {
                    "client": agreement.client,
                    "channels": json.dumps([c.value for c in agreement.channels]),
                    "response_hours": agreement.response_hours,
                    "crisis_plan": agreement.crisis_plan,
                    "discussed_on": agreement.discussed_on.isoformat(),
                    "review_weeks": agreement.review_weeks,
                    "language": agreement.language or None,
                    "updated_at": utc_iso(self._clock.now()),
                },
                pk="client",
            )

    def set_many(self, agreements: Iterable[Agreement]) -> None:
        with self._db.atomic():
            for agreement in agreements:
                self.set(agreement)

    def delete(self, client: str) -> bool:
        with self._db.atomic():
            cur = self._db.execute(
                "DELETE FROM agreements WHERE client = ?", [normalise_client(client)]
            )
            return cur.rowcount > 0

    def language_of(self, client: str | None) -> str | None:
        """The client's language for replies and the handout, or None to use the default."""
        agreement = self.get(client) if client else None
        return agreement.language or None if agreement else None

    def allowed_channels(self, client: str | None) -> frozenset[Channel] | None:
        """The channels a client's agreement allows, or None with no agreement (no rule)."""
        if not client:
            return None
        agreement = self.get(client)
        return frozenset(agreement.channels) if agreement else None

    def overview(self, today: date) -> list[ClientStatus]:
        """Every known client, the ones needing attention first.

        Overdue reviews come first (most overdue first), then clients with no agreement (most
        off-hours contact first), then reviews due soon, then the rest.
        """
        counts = {
            row[0]: (int(row[1]), int(row[2]))
            for row in self._db.execute(
                "SELECT client, count(*), sum(classification != 'in_hours') FROM contacts "
                "WHERE client IS NOT NULL GROUP BY client"
            ).fetchall()
        }
        agreements = {a.client: a for a in self.all()}
        statuses: list[ClientStatus] = []
        for client in sorted(set(counts) | set(agreements)):
            agreement = agreements.get(client)
            total, off = counts.get(client, (0, 0))
            overdue_days = 0
            if agreement is None:
                state = ReviewState.MISSING
            elif agreement.next_review < today:
                state = ReviewState.OVERDUE
                overdue_days = (today - agreement.next_review).days
            elif agreement.next_review <= today + timedelta(days=DUE_SOON_DAYS):
                state = ReviewState.DUE_SOON
            else:
                state = ReviewState.OK
            statuses.append(ClientStatus(client, agreement, state, overdue_days, total, off))

        def key(s: ClientStatus) -> tuple[int, int, str, str]:
            secondary = -s.days_overdue if s.state is ReviewState.OVERDUE else -s.off_hours_contacts
            review = s.agreement.next_review.isoformat() if s.agreement else ""
            return (_STATE_ORDER[s.state], secondary, review, s.client.lower())

        return sorted(statuses, key=key)


_COLUMNS = "client, channels, response_hours, crisis_plan, discussed_on, review_weeks, language"


def _from_row(row: tuple[Any, ...]) -> Agreement:
    client, channels, response_hours, crisis_plan, discussed_on, review_weeks, language = row
    return Agreement(
        client=client,
        channels=tuple(Channel(c) for c in json.loads(channels)),
        discussed_on=date.fromisoformat(discussed_on),
        review_weeks=int(review_weeks),
        response_hours=None if response_hours is None else int(response_hours),
        crisis_plan=crisis_plan or "",
        language=language or "",
    )
