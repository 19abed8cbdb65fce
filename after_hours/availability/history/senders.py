"""Who a sender is: a phone number, an email address or a name to a client's pseudonym.

One lookup for the imports, over the profile's sender map. Keys are kept in one spelling:
phone numbers in E.164 (read in the profile's region when written without a country code),
email addresses as the mail watcher normalises them, names case-folded with blanks collapsed.
The map is the ``senders`` table (one map for every channel) where the profile has it, else the
mail sender table (``mail_senders``) it grew from, whose key column holds any of the three.
Senders that are not clients are simply absent, and are never imported.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from after_hours.availability.clock import Clock
from after_hours.availability.mail.addresses import AddressError, normalise_address
from after_hours.availability.phone_numbers import phone_or_none
from after_hours.availability.timeutil import utc_iso

GENERAL_TABLE = "senders"


def name_key(text: str) -> str:
    """A display name as the map keys it: ``"  Jane  DOE "`` -> ``"jane doe"``."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def sender_key(sender: str, region: str) -> str:
    """The map's spelling of ``sender``: E.164, a normalised address, or a folded name."""
    raw = sender.strip()
    if "@" in raw:
        try:
            return normalise_address(raw)
        except AddressError:
            pass
    phone = phone_or_none(raw, region)
    if phone is not None:
        return phone
    return name_key(raw)


@dataclass
class SenderMap:
    """The sender map of one profile, loaded once per import (an import asks thousands of times)."""

    db: Database
    region: str

    def __post_init__(self) -> None:
        self._general = GENERAL_TABLE in self.db.table_names()
        sql = (
            f"SELECT sender, pseudonym FROM {GENERAL_TABLE}"
            if self._general
            else "SELECT address, pseudonym FROM mail_senders"
        )
        rows = self.db.execute(sql).fetchall()
        self._map: dict[str, str] = {}
        for key, pseudonym in rows:
            self._map[sender_key(str(key), self.region)] = str(pseudonym)

    def pseudonym(self, sender: str | None) -> str | None:
        """The client's pseudonym for a number, address or name; None for anyone else."""
        if not sender or not sender.strip():
            return None
        return self._map.get(sender_key(sender, self.region))

    def add(self, sender: str, pseudonym: str, clock: Clock) -> str:
        """Map ``sender`` to ``pseudonym``; returns the key it is stored under."""
        key = sender_key(sender, self.region)
        name = " ".join(pseudonym.split())
        if not key or not name:
            raise ValueError("Give both the sender and the pseudonym you use for this client.")
        added = utc_iso(clock.now())
        with self.db.atomic():
            if self._general:
                kind = "email" if "@" in key else "phone" if key.startswith("+") else "name"
                self.db.table(GENERAL_TABLE).upsert(
                    {"sender": key, "kind": kind, "pseudonym": name, "added_at": added},
                    pk="sender",
                )
            else:
                self.db.table("mail_senders").upsert(
                    {"address": key, "pseudonym": name, "added_at": added}, pk="address"
                )
        self._map[key] = name
        return key
