"""Who a sender is, for an import: a number, an address or a name to a client's pseudonym.

The profile's one sender map (``after_hours.availability.channels.senders``), with its keys
(numbers in E.164 read in the profile's region, addresses normalised, names case-folded),
read once per import into memory: an import asks thousands of times. Senders that are not
clients are simply absent, and are never imported.
"""

from __future__ import annotations

from sqlite_utils import Database

from after_hours.availability.channels.senders import SenderError, SenderMap, sender_key
from after_hours.availability.clock import SystemClock


class ClientLookup:
    """The sender map as a dictionary, for the length of one import."""

    def __init__(self, db: Database) -> None:
        senders = SenderMap(db, SystemClock())
        self.region = senders.region()
        self._map = {e.sender: e.pseudonym for e in senders.entries()}

    def pseudonym(self, sender: str | None) -> str | None:
        """The client's pseudonym for a number, address or name; None for anyone else."""
        if not sender or not sender.strip():
            return None
        try:
            key, _kind = sender_key(sender, self.region)
        except SenderError:
            return None
        return self._map.get(key)
