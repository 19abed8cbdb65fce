"""The contacts and agreements migrations upgrade a profile made before them, losing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import open_profile
from after_hours.availability.store.database import ProfileDatabase
from after_hours.availability.store.migrations import migrations
from after_hours.availability.store.profile import DB_NAME
from tests.helpers import office_hours


def test_a_profile_from_before_contacts_upgrades(home: Path, clock: ManualClock) -> None:
    home.mkdir(parents=True)
    db = ProfileDatabase(sqlite3.connect(str(home / DB_NAME)))
    migrations.apply(db, stop_before="0004_contacts")
    ScheduleStore(db, clock).save(office_hours(), source="old")
    db.conn.commit()
    db.close()

    with open_profile(home) as profile:
        names = set(profile.db.table_names())
        assert {"contacts", "agreements", "schedule_versions"} <= names
        assert ScheduleStore(profile.db, clock).has_schedule()
        c = ContactLog(profile.db, clock).log(NewContact(clock.now(), Channel.TEXT))
        assert c.after_hours  # judged by the schedule that came from the old profile
        indexes = {i.name for i in profile.db.table("contacts").indexes}
        assert {"contacts_ts", "contacts_ts_cover", "contacts_source_id"} <= indexes
