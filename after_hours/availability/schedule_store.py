"""Schedule versions in the profile database.

Saving never overwrites: it adds a version effective from an instant, so past contacts keep
being judged by the hours that were in force when they happened.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from after_hours.availability.clock import Clock
from after_hours.availability.schedule import Schedule, ScheduleHistory, ScheduleVersion
from after_hours.availability.schedule_codec import schedule_from_dict, schedule_to_json_ready
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

    from after_hours.availability.calendars.understood import CalendarImport

# The source of versions stored by a calendar subscription (imports are "import:<file>").
CALENDAR_SOURCE = "subscription"


class ScheduleStore:
    """Loads the history and adds versions."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def history(self) -> ScheduleHistory:
        rows = self._db.execute(
            "SELECT id, effective_from, document FROM schedule_versions "
            "ORDER BY effective_from IS NOT NULL, effective_from"
        ).fetchall()
        versions = tuple(
            ScheduleVersion(
                from_utc_iso(eff) if eff else None,
                schedule_from_dict(json.loads(doc)),
                int(vid),
            )
            for vid, eff, doc in rows
        )
        return ScheduleHistory(versions)

    def current(self) -> Schedule | None:
        return self.history().in_force(self._clock.now())

    def has_schedule(self) -> bool:
        return bool(self._db.execute("SELECT 1 FROM schedule_versions LIMIT 1").fetchone())

    def save(
        self, schedule: Schedule, *, source: str, effective_from: datetime | None = None
    ) -> int:
        """Add a version effective from ``effective_from`` (default: now).

        The very first version applies from the beginning of time; a later version that
        starts at the same instant as an existing one replaces it (an edit made twice).
        """
        now = self._clock.now()
        doc = json.dumps(schedule_to_json_ready(schedule), sort_keys=True)
        with self._db.atomic():
            first = not self.has_schedule()
            eff = None if first else utc_iso(effective_from or now)
            if eff:
                # Changes of hours still to come from a calendar (an .ics import, a
                # subscription) give way to an edit made by hand: the calendar's next import
                # or refresh brings its own again.
                self._db.execute(
                    "DELETE FROM schedule_versions WHERE effective_from > ? AND "
                    "(source = ? OR source LIKE 'import:%')",
                    [eff, CALENDAR_SOURCE],
                )
            later = (
                self._db.execute(
                    "SELECT count(*) FROM schedule_versions WHERE effective_from > ?", [eff]
                ).fetchone()[0]
                if eff
                else 0
            )
            if later:
                # Inserting a version in the past that precedes newer ones would silently
                # change what they mean; the user edits the newest instead.
                raise ValueError("a newer schedule version exists after that date")
            if eff is not None:
                self._db.execute("DELETE FROM schedule_versions WHERE effective_from = ?", [eff])
            table = self._db.table("schedule_versions")
            table.insert(
                {
                    "effective_from": eff,
                    "timezone": schedule.timezone,
                    "document": doc,
                    "source": source,
                    "created_at": utc_iso(now),
                }
            )
            return int(table.last_pk or 0)

    def save_calendar(
        self, calendar: CalendarImport, *, source: str, effective_from: datetime | None = None
    ) -> int:
        """Add a calendar's versions, all or nothing; returns how many versions were stored.

        On a first import the calendar's whole history is kept (its first series judges its own
        dates, and nothing before). Later, the calendar applies from ``effective_from``
        (default: now): the version in force then starts at that instant, the calendar's later
        changes of hours follow, and stored versions from that instant on are replaced (they
        came from the previous import of the same calendar, or were planned edits it overrides).
        Contacts logged before keep the hours then in force.
        """
        now = self._clock.now()
        with self._db.atomic():
            if not self.has_schedule():
                versions = calendar.versions
            else:
                cut = (effective_from or now).replace(microsecond=0)
                versions = calendar.from_instant(cut)
                self._db.execute(
                    "DELETE FROM schedule_versions WHERE effective_from >= ?", [utc_iso(cut)]
                )
            table = self._db.table("schedule_versions")
            for version in versions:
                eff = version.effective_from
                table.insert(
                    {
                        "effective_from": utc_iso(eff) if eff is not None else None,
                        "timezone": version.schedule.timezone,
                        "document": json.dumps(
                            schedule_to_json_ready(version.schedule), sort_keys=True
                        ),
                        "source": source,
                        "created_at": utc_iso(now),
                    }
                )
            return len(versions)
