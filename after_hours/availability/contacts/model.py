"""What a contact is: its channel, kind, direction, and the record kept in the log.

The tokens are the CLI contract (design brief); the parsers also accept the words people
actually type ("sms", "whatsapp", "fb") so the quick-log and CSV imports are forgiving on input
and strict on storage. A contact never holds a message's text: only the crisis phrases the
detector matched, so the log stays free of clinical content.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from after_hours.availability.i18n import _
from after_hours.availability.schedule import State
from after_hours.availability.timeutil import utc_iso


class ContactInputError(ValueError):
    """A channel, kind, direction or value the user typed could not be understood."""


class Channel(StrEnum):
    """How the contact reached the clinician (or how the clinician reached out)."""

    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    VOICEMAIL = "voicemail"
    SOCIAL_MEDIA = "social_media"
    MESSAGING_APP = "messaging_app"
    VIDEO = "video"
    IN_PERSON = "in_person"
    OTHER = "other"


class Kind(StrEnum):
    """What happened. The last four are boundary kinds in their own right."""

    MESSAGE = "message"
    CALL = "call"
    FRIEND_REQUEST = "friend_request"
    CLIENT_SEARCH = "client_search"
    GIFT = "gift"
    OTHER_BOUNDARY = "other_boundary"

    @property
    def is_boundary(self) -> bool:
        return self in BOUNDARY_KINDS


BOUNDARY_KINDS = frozenset(
    {Kind.FRIEND_REQUEST, Kind.CLIENT_SEARCH, Kind.GIFT, Kind.OTHER_BOUNDARY}
)


class Direction(StrEnum):
    """``in``: from the client; ``out``: by the clinician."""

    IN = "in"
    OUT = "out"


class Classification(StrEnum):
    """The contact judged against the schedule in force at its instant."""

    IN_HOURS = State.IN_HOURS.value
    ON_CALL = State.ON_CALL.value
    AFTER_HOURS = State.OFF.value

    @classmethod
    def from_state(cls, state: State) -> Classification:
        return cls(state.value)


class Source(StrEnum):
    """Where a contact came from; ``(source, source_id)`` de-duplicates mail and imports."""

    MANUAL = "manual"
    MAIL = "mail"
    IMPORT = "import"


def _key(text: str) -> str:
    return text.strip().lower().replace("-", "_").replace(" ", "_")


CHANNEL_ALIASES: dict[str, Channel] = {
    "sms": Channel.TEXT,
    "txt": Channel.TEXT,
    "text_message": Channel.TEXT,
    "imessage": Channel.TEXT,
    "mms": Channel.TEXT,
    "e_mail": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "call": Channel.PHONE,
    "phone_call": Channel.PHONE,
    "telephone": Channel.PHONE,
    "tel": Channel.PHONE,
    "mobile": Channel.PHONE,
    "cell": Channel.PHONE,
    "vm": Channel.VOICEMAIL,
    "voice_mail": Channel.VOICEMAIL,
    "social": Channel.SOCIAL_MEDIA,
    "fb": Channel.SOCIAL_MEDIA,
    "facebook": Channel.SOCIAL_MEDIA,
    "instagram": Channel.SOCIAL_MEDIA,
    "insta": Channel.SOCIAL_MEDIA,
    "ig": Channel.SOCIAL_MEDIA,
    "linkedin": Channel.SOCIAL_MEDIA,
    "tiktok": Channel.SOCIAL_MEDIA,
    "twitter": Channel.SOCIAL_MEDIA,
    "x": Channel.SOCIAL_MEDIA,
    "messaging": Channel.MESSAGING_APP,
    "messenger": Channel.MESSAGING_APP,
    "whatsapp": Channel.MESSAGING_APP,
    "signal": Channel.MESSAGING_APP,
    "telegram": Channel.MESSAGING_APP,
    "chat": Channel.MESSAGING_APP,
    "video_call": Channel.VIDEO,
    "zoom": Channel.VIDEO,
    "teams": Channel.VIDEO,
    "facetime": Channel.VIDEO,
    "in_person_unscheduled": Channel.IN_PERSON,
    "inperson": Channel.IN_PERSON,
    "person": Channel.IN_PERSON,
    "face_to_face": Channel.IN_PERSON,
    "visit": Channel.IN_PERSON,
}

KIND_ALIASES: dict[str, Kind] = {
    "msg": Kind.MESSAGE,
    "text": Kind.MESSAGE,
    "email": Kind.MESSAGE,
    "phone": Kind.CALL,
    "voicemail": Kind.CALL,
    "friend": Kind.FRIEND_REQUEST,
    "follow": Kind.FRIEND_REQUEST,
    "follow_request": Kind.FRIEND_REQUEST,
    "friend_or_follow_request": Kind.FRIEND_REQUEST,
    "search": Kind.CLIENT_SEARCH,
    "lookup": Kind.CLIENT_SEARCH,
    "looked_up": Kind.CLIENT_SEARCH,
    "googled": Kind.CLIENT_SEARCH,
    "present": Kind.GIFT,
    "boundary": Kind.OTHER_BOUNDARY,
    "other": Kind.OTHER_BOUNDARY,
}

DIRECTION_ALIASES: dict[str, Direction] = {
    "incoming": Direction.IN,
    "inbound": Direction.IN,
    "from_client": Direction.IN,
    "received": Direction.IN,
    "outgoing": Direction.OUT,
    "outbound": Direction.OUT,
    "by_me": Direction.OUT,
    "sent": Direction.OUT,
    "reply": Direction.OUT,
}


def parse_channel(text: str) -> Channel:
    """A channel token or a friendly alias (``sms``, ``call``, ``whatsapp``...)."""
    key = _key(text)
    try:
        return Channel(key)
    except ValueError:
        pass
    if key in CHANNEL_ALIASES:
        return CHANNEL_ALIASES[key]
    raise ContactInputError(
        _("Unknown channel {text}: use one of {channels}").format(
            text=repr(text), channels=", ".join(c.value for c in Channel)
        )
    )


def parse_kind(text: str) -> Kind:
    """A kind token or a friendly alias (``friend``, ``search``...)."""
    key = _key(text)
    try:
        return Kind(key)
    except ValueError:
        pass
    if key in KIND_ALIASES:
        return KIND_ALIASES[key]
    raise ContactInputError(
        _("Unknown kind {text}: use one of {kinds}").format(
            text=repr(text), kinds=", ".join(k.value for k in Kind)
        )
    )


def parse_direction(text: str) -> Direction:
    """``in`` or ``out`` (also ``incoming``, ``outgoing``, ``sent``...)."""
    key = _key(text)
    try:
        return Direction(key)
    except ValueError:
        pass
    if key in DIRECTION_ALIASES:
        return DIRECTION_ALIASES[key]
    raise ContactInputError(
        _("Unknown direction {text}: use 'in' (from the client) or 'out'").format(text=repr(text))
    )


def parse_minutes(text: str) -> int | None:
    """Minutes spent: a whole number from 0 to 1440, or empty for "use the channel's default"."""
    raw = text.strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError as exc:
        raise ContactInputError(
            _("Minutes must be a whole number, got {text}").format(text=repr(text))
        ) from exc
    check_minutes(value)
    return value


def check_minutes(value: int | None) -> None:
    if value is not None and not 0 <= value <= 24 * 60:
        raise ContactInputError(
            _("Minutes must be between 0 and 1440, got {value}").format(value=value)
        )


def normalise_client(text: str | None) -> str | None:
    """A pseudonym with surrounding blanks removed; empty means "no client"."""
    if text is None:
        return None
    value = " ".join(text.split())
    return value or None


@dataclass(frozen=True)
class NewContact:
    """A contact about to be logged. ``phrases`` are matched crisis phrases, never the text."""

    at: datetime
    channel: Channel
    kind: Kind = Kind.MESSAGE
    direction: Direction = Direction.IN
    client: str | None = None
    minutes: int | None = None
    crisis: bool = False
    phrases: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    note: str = ""
    source: str = Source.MANUAL.value
    source_id: str | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a contact's instant must be timezone-aware")
        check_minutes(self.minutes)
        # Accept plain strings from callers and store the enums.
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "direction", Direction(self.direction))
        object.__setattr__(self, "client", normalise_client(self.client))
        object.__setattr__(self, "phrases", tuple(self.phrases))
        object.__setattr__(self, "categories", tuple(self.categories))


@dataclass(frozen=True)
class Contact(NewContact):
    """A logged contact with its classification, fixed when it was logged (or recomputed)."""

    id: int = 0
    classification: Classification = Classification.AFTER_HOURS
    boundary: bool = False
    minutes_effective: int = 0
    created_at: datetime | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "classification", Classification(self.classification))

    @property
    def after_hours(self) -> bool:
        return self.classification is Classification.AFTER_HOURS

    @property
    def off_hours(self) -> bool:
        """Outside regular hours: after hours or on call."""
        return self.classification is not Classification.IN_HOURS

    def to_json(self) -> dict[str, Any]:
        """The contract keys of ``contacts --json`` plus the rest of the record."""
        return {
            "id": self.id,
            "at": utc_iso(self.at),
            "zone": self.zone,
            "channel": self.channel.value,
            "kind": self.kind.value,
            "direction": self.direction.value,
            "client": self.client,
            "minutes": self.minutes,
            "minutes_effective": self.minutes_effective,
            "classification": self.classification.value,
            "after_hours": self.after_hours,
            "crisis": self.crisis,
            "phrases": list(self.phrases),
            "categories": list(self.categories),
            "boundary": self.boundary,
            "note": self.note,
            "source": self.source,
            "source_id": self.source_id,
        }


def default_minutes_key(channel: Channel) -> str:
    """The settings key holding a channel's default minutes."""
    return f"contacts.minutes.{channel.value}"


def effective_minutes(minutes: int | None, channel: Channel, defaults: Mapping[str, Any]) -> int:
    """Minutes logged, or the channel's default from settings when none were given."""
    if minutes is not None:
        return minutes
    return int(defaults.get(default_minutes_key(channel), 0) or 0)
