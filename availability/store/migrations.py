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


@migrations(name="0002_selfchecks")
def _m0002(db: Database) -> None:
    # One row per completed self-check. The answers (option numbers, JSON) are the record;
    # the three scale scores are kept beside them so trends come from SQL.
    db.table("selfchecks").create(
        {
            "id": int,
            "at": str,  # UTC ISO instant the self-check was completed
            "instrument": str,  # "cbi"
            "answers": str,  # JSON: {item id: option number 1-5 or null}
            "personal": float,  # scale scores 0-100, NULL when the scale is unanswered
            "work": float,
            "client": float,
        },
        pk="id",
        not_null={"at", "instrument", "answers"},
    )
    db.table("selfchecks").create_index(["at"])


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]
