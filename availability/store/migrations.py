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


@migrations(name="0002_mail")
def _m0002_mail(db: Database) -> None:
    # The mailbox the watcher reads. Never a password here: that lives in the OS keyring or,
    # failing that, only in memory for the session (availability.mail.secrets).
    db.table("mail_accounts").create(
        {
            "id": int,
            "host": str,
            "port": int,
            "security": str,  # "tls" (implicit), "starttls", "plain"
            "allow_unencrypted": int,  # 1 only when the user asked for "plain" explicitly
            "user": str,
            "folders": str,  # JSON list, default ["INBOX"]
            "cafile": str,  # NULL: the system's trusted certificates
            "unknown_senders": str,  # "ignore" or "log"
            "password_storage": str,  # "keyring" or "session"
            "created_at": str,
        },
        pk="id",
        not_null={"host", "port", "security", "user", "folders", "created_at"},
    )
    # Which senders are clients: a normalised (lower-case) address to the user's pseudonym.
    db.table("mail_senders").create(
        {"address": str, "pseudonym": str, "added_at": str},
        pk="address",
        not_null={"pseudonym"},
    )
    # Where the watcher got to in each folder; UIDs are only meaningful with their UIDVALIDITY.
    db.table("mail_folder_state").create(
        {"account_id": int, "folder": str, "uidvalidity": int, "last_uid": int, "synced_at": str},
        pk=("account_id", "folder"),
    )
    # Messages already handed on, so a reconnect or a copy in a second folder is not logged twice.
    db.table("mail_seen").create(
        {
            "id": int,
            "account_id": int,
            "folder": str,
            "uidvalidity": int,
            "uid": int,
            "message_id": str,
            "seen_at": str,
        },
        pk="id",
        not_null={"account_id", "folder", "uidvalidity", "uid", "message_id", "seen_at"},
    )
    db.table("mail_seen").create_index(["account_id", "folder", "uidvalidity", "uid"], unique=True)
    db.table("mail_seen").create_index(["message_id"])


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]
