"""The sources the reminders read from the rest of the profile, for one database.

Agreements, self-checks and the contact log come from other modules; until those are present in
this build, the reminders that depend on them simply have nothing to say.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from availability.clock import Clock
from availability.reminders.sources import NoContacts, NoReviews, NoSelfChecks


def sources_for(db: Database, clock: Clock) -> dict[str, Any]:
    """Keyword arguments for ``ReminderService``: ``reviews``, ``self_checks``, ``contacts``."""
    return {"reviews": NoReviews(), "self_checks": NoSelfChecks(), "contacts": NoContacts()}
