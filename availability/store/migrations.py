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


@migrations(name="0002_reminders")
def _m0002(db: Database) -> None:
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


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]
