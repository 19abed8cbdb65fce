"""Forward-only schema migrations, with sqlite-utils' own ``Migrations``.

Rules: steps are only ever appended, never edited once released; each runs in one
transaction; names sort in the order they were added. ``tests/test_migrations.py`` builds a
database at every earlier step, fills it, upgrades it and checks nothing was lost, and
``tests/fixtures/profiles/`` holds a database made by each released version.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "after-hours"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_settings_and_schedules")
def _m0001(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("schedule_versions").create(
        {
            "id": int,
            "effective_from": str,  # UTC ISO, NULL for "since the beginning"
            "timezone": str,
            "document": str,  # JSON: windows and exceptions (see schedule_store)
            "source": str,  # "wizard", "import:FILE", "editor", "demo"
            "created_at": str,
        },
        pk="id",
        not_null={"timezone", "document", "created_at"},
    )
    db.table("schedule_versions").create_index(["effective_from"], unique=True)


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]


@migrations(name="0002_contacts")
def _m0002_contacts(db: Database) -> None:
    """The contact log.

    ``ts`` (epoch seconds) mirrors ``at`` so SQL can do the arithmetic the weekly indicators
    need (local day and hour) without parsing text.
    """
    db.table("contacts").create(
        {
            "id": int,
            "at": str,  # UTC ISO (timeutil.utc_iso)
            "ts": int,  # the same instant in epoch seconds
            "zone": str,  # the zone it was logged in
            "channel": str,
            "kind": str,
            "direction": str,
            "client": str,
            "minutes": int,  # NULL: the channel's default applies
            "crisis": int,
            "phrases": str,  # JSON list of matched crisis phrases (never the text)
            "categories": str,  # JSON list
            "note": str,
            "source": str,
            "source_id": str,
            "classification": str,
            "boundary": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"at", "ts", "channel", "kind", "direction", "classification", "source"},
        defaults={"crisis": 0, "boundary": 0, "note": "", "phrases": "[]", "categories": "[]"},
    )
    contacts = db.table("contacts")
    contacts.create_index(["ts"], index_name="contacts_ts")
    contacts.create_index(["client", "ts"], index_name="contacts_client_ts")
    contacts.create_index(["source", "source_id"], index_name="contacts_source_id", unique=True)
    # The weekly indicators scan off-hours rows by day; quick replies look back 15 minutes.
    contacts.create_index(["classification", "ts"], index_name="contacts_class_ts")
    contacts.create_index(["classification", "direction", "ts"], index_name="contacts_class_dir_ts")


@migrations(name="0003_agreements")
def _m0003_agreements(db: Database) -> None:
    """Client communication agreements, one per pseudonym."""
    db.table("agreements").create(
        {
            "client": str,
            "channels": str,  # JSON list of channel tokens
            "response_hours": int,
            "crisis_plan": str,
            "discussed_on": str,  # YYYY-MM-DD
            "review_weeks": int,
            "updated_at": str,
        },
        pk="client",
        not_null={"channels", "discussed_on", "review_weeks"},
    )


@migrations(name="0004_reminders")
def _m0004_reminders(db: Database) -> None:
    # What the user did with each reminder, keyed by its stable job id. The reminders
    # themselves are never stored: they are derived from the schedule and settings each time.
    db.table("reminder_state").create(
        {
            "job_id": str,
            "kind": str,
            "shown_at": str,  # UTC ISO
            "snoozed_until": str,
            "dismissed_at": str,
        },
        pk="job_id",
    )
