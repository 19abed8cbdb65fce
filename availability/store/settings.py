"""User settings, kept in the profile database beside the data they shape.

Values are JSON. Every key has a default declared in ``DEFAULTS`` so a fresh profile and an
upgraded one read the same; the UI's Settings page and the CLI both go through this class.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from availability.timeutil import system_zone_name, zone

DEFAULTS: dict[str, Any] = {
    # Who and where: the name goes into replies, the region picks crisis lines.
    "profile.name": "",
    "profile.region": "CA",
    # The zone instants are shown in; empty means "the system's zone, wherever I am".
    "profile.timezone": "",
    "app.first_run_done": False,
    # The date of the last supervision (ISO date, "" for never): the export's "since last
    # supervision" period starts the day after it.
    "supervision.last_date": "",
}


class Settings:
    """Typed access to the ``settings`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            if key not in DEFAULTS:
                raise KeyError(f"unknown setting {key!r}")
            return DEFAULTS[key]
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        self._db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def update(self, values: Mapping[str, Any]) -> None:
        with self._db.atomic():
            for key, value in values.items():
                self.set(key, value)

    def all(self) -> dict[str, Any]:
        stored = {r["key"]: json.loads(r["value"]) for r in self._db.table("settings").rows}
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    # -- derived values used everywhere ------------------------------------------------------

    def display_zone_name(self) -> str:
        """The zone to show instants in: the user's choice, else the system's current zone."""
        name = str(self.get("profile.timezone") or "")
        if name:
            zone(name)
            return name
        return system_zone_name()
