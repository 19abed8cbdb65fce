"""The user's own crisis lines: stored in the profile, shown first, kept across upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from after_hours.availability.crisis import add_user_resource, remove_user_resource, resources_for
from after_hours.availability.store import open_profile
from after_hours.availability.store.migrations import known_names, migrations


def test_user_entries_come_first_and_can_be_removed(home: Path) -> None:
    with open_profile(home) as p:
        team = add_user_resource(
            p.db, name="Mobile crisis team", number="555-0100", created_at="2026-11-24T00:00:00Z"
        )
        add_user_resource(
            p.db,
            name="St. Joseph's emergency department",
            number="555-0199",
            notes="50 Charlton Ave",
            region="ca",
            created_at="2026-11-24T00:00:00Z",
        )
        shown = resources_for("CA", p.db)
        assert [r.name for r in shown[:2]] == [
            "Mobile crisis team",
            "St. Joseph's emergency department",
        ]
        assert shown[2].number == "911"
        # A region-specific entry is not shown for another region; a general one is.
        assert [r.name for r in resources_for("UK", p.db)][:1] == ["Mobile crisis team"]
        assert "St. Joseph's emergency department" not in [
            r.name for r in resources_for("UK", p.db)
        ]
        assert remove_user_resource(p.db, team)
        assert not remove_user_resource(p.db, team)
        assert resources_for("CA", p.db)[0].name == "St. Joseph's emergency department"


def test_an_entry_needs_a_name_and_a_way_to_reach_it(profile) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="name"):
        add_user_resource(profile.db, name=" ", number="1", created_at="x")
    with pytest.raises(ValueError, match="number"):
        add_user_resource(profile.db, name="Team", created_at="x")


def test_a_profile_from_before_this_feature_upgrades_and_keeps_entries(home: Path) -> None:
    # Build the database as the first release left it: only migration 0001 applied.
    home.mkdir(parents=True)
    conn = sqlite3.connect(home / "after-hours.db")
    db = Database(conn)
    migrations.apply(db, stop_before=known_names()[1:])
    assert "crisis_user_resources" not in db.table_names()
    db.table("settings").insert({"key": "profile.name", "value": '"Sam"'})
    conn.commit()
    conn.close()
    with open_profile(home) as p:
        assert "crisis_user_resources" in p.db.table_names()
        add_user_resource(p.db, name="Mobile crisis team", number="555-0100", created_at="t")
    with open_profile(home) as p:  # reopening (a later upgrade) keeps the entry
        assert [r.name for r in resources_for("ZZ", p.db)] == ["Mobile crisis team"]
