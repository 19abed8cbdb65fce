"""One sender map for every channel: an address, a number or a display name -> a pseudonym.

A sender is whatever a channel says a message came from: an email address (mail), a phone
number (SMS through KDE Connect, matched in E.164 whatever way it was written), or a display
name as an app shows it in its notification ("J.D.", "Sam Client"). The map holds only what the
clinician typed and the pseudonym they chose: never a message.

An entry can be limited to one channel (``--channel notifications``): the display name "Sam"
in Signal need not be the same person as "Sam" in Teams. Without a channel it applies to all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from after_hours.availability.channels.phone import PhoneError, looks_like_phone, normalise_phone
from after_hours.availability.clock import Clock
from after_hours.availability.store.settings import Settings
from after_hours.availability.timeutil import utc_iso

if TYPE_CHECKING:  # the profile hands out a LazyDatabase: sqlite-utils loads on the first write
    from sqlite_utils import Database

TABLE = "senders"


class SenderKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"


class ChannelName(StrEnum):
    """The channels that bring messages in by themselves (``after-hours channels``)."""

    MAIL = "mail"
    NOTIFICATIONS = "notifications"
    KDECONNECT = "kdeconnect"


class SenderError(ValueError):
    """A sender or pseudonym that cannot go into the map, said in a sentence."""


@dataclass(frozen=True)
class SenderEntry:
    """One entry: the sender's key as matched, its kind, the pseudonym, an optional channel."""

    sender: str
    kind: SenderKind
    pseudonym: str
    channel: str | None = None


_SPACES = re.compile(r"\s+")


def display_name_key(name: str) -> str:
    """How display names are compared: Unicode-normalised, spaces collapsed, case folded."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()


def sender_key(text: str, region: str = "CA") -> tuple[str, SenderKind]:
    """The key a sender is stored and matched under, and what kind of sender it is."""
    raw = text.strip()
    if not raw:
        raise SenderError("The sender is empty: give an email address, a number or a name.")
    if "@" in raw:
        # Here, not at the top: it brings the email package, which an app with no mailbox and
        # no channel on never needs (the channel store imports this module at start-up).
        from after_hours.availability.mail.addresses import AddressError, normalise_address

        try:
            return normalise_address(raw), SenderKind.EMAIL
        except AddressError as exc:
            raise SenderError(str(exc)) from exc
    if looks_like_phone(raw):
        try:
            return normalise_phone(raw, region), SenderKind.PHONE
        except PhoneError as exc:
            raise SenderError(str(exc)) from exc
    return display_name_key(raw), SenderKind.NAME


def parse_channel(text: str | None) -> str | None:
    """A ``--channel`` value: one of :class:`ChannelName`, or None for every channel."""
    if text is None or not text.strip():
        return None
    name = text.strip().lower()
    try:
        return ChannelName(name).value
    except ValueError:
        known = ", ".join(c.value for c in ChannelName)
        raise SenderError(f"{text.strip()!r} is not a channel; use one of {known}.") from None


class SenderMap:
    """Typed access to the ``senders`` table."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def region(self) -> str:
        return str(Settings(self._db).get("profile.region") or "CA")

    def add(self, sender: str, pseudonym: str, channel: str | None = None) -> SenderEntry:
        """Map ``sender`` to a pseudonym (replacing an earlier one for the same sender)."""
        key, kind = sender_key(sender, self.region())
        name = pseudonym.strip()
        if not name:
            raise SenderError("The pseudonym is empty: give the name you use for this client.")
        chosen = parse_channel(channel)
        if kind is SenderKind.EMAIL and chosen not in (None, ChannelName.MAIL.value):
            raise SenderError("An email address can only be a sender on the mail channel.")
        with self._db.atomic():
            self._db.table(TABLE).upsert(
                {
                    "sender": key,
                    "kind": kind.value,
                    "pseudonym": name,
                    "channel": chosen,
                    "added_at": utc_iso(self._clock.now()),
                },
                pk="sender",
            )
        return SenderEntry(key, kind, name, chosen)

    def remove(self, sender: str) -> bool:
        key, _kind = sender_key(sender, self.region())
        with self._db.atomic():
            cursor = self._db.execute(f"DELETE FROM {TABLE} WHERE sender = ?", [key])
        return cursor.rowcount > 0

    def entries(self, kind: SenderKind | None = None) -> list[SenderEntry]:
        sql = f"SELECT sender, kind, pseudonym, channel FROM {TABLE}"
        params: list[str] = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind.value)
        rows = self._db.execute(sql + " ORDER BY pseudonym, sender", params).fetchall()
        return [SenderEntry(s, SenderKind(k), p, c or None) for s, k, p, c in rows]

    def pseudonym_for_key(self, key: str, channel: str | None = None) -> str | None:
        """The pseudonym for a key already normalised, on ``channel`` (None: any channel)."""
        row = self._db.execute(
            f"SELECT pseudonym FROM {TABLE} WHERE sender = ? "
            "AND (channel IS NULL OR ? IS NULL OR channel = ?)",
            [key, channel, channel],
        ).fetchone()
        return str(row[0]) if row else None

    def lookup(self, sender: str, channel: str | None = None) -> str | None:
        """The pseudonym for a sender as a channel wrote it; None when unknown or unreadable."""
        try:
            key, _kind = sender_key(sender, self.region())
        except SenderError:
            return None
        return self.pseudonym_for_key(key, channel)
