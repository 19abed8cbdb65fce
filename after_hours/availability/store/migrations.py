"""Forward-only schema migrations, with sqlite-utils' own ``Migrations``.

Rules: steps are only ever appended, never edited or renamed once released (v0.1.0 had only
``0001``; the later steps were numbered in order before any release); each runs in one
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


@migrations(name="0002_crisis_user_resources")
def _m0002_crisis_user_resources(db: Database) -> None:
    # The user's own crisis resources (a mobile crisis team, the nearest hospital), shown
    # before the shipped lines. Kept in the profile so upgrades never touch them.
    db.table("crisis_user_resources").create(
        {
            "id": int,
            "name": str,
            "number": str,
            "text": str,  # what to text, and where ("HELLO to 12345"), optional
            "notes": str,
            "region": str,  # "" = shown for every region
            "created_at": str,  # UTC ISO
        },
        pk="id",
        not_null={"name", "created_at"},
    )


@migrations(name="0003_selfchecks")
def _m0003_selfchecks(db: Database) -> None:
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


@migrations(name="0004_contacts")
def _m0004_contacts(db: Database) -> None:
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
    # The log view sorts and pages by time (ts then id: the plain index holds both).
    contacts.create_index(["ts"], index_name="contacts_ts")
    # Covering indexes: the weekly sums and the quick-reply look-back read only the index,
    # never the table, so ten years of contacts aggregate in milliseconds.
    contacts.create_index(
        ["ts", "classification", "channel", "minutes", "crisis", "boundary"],
        index_name="contacts_ts_cover",
    )
    contacts.create_index(["client", "ts"], index_name="contacts_client_ts")
    contacts.create_index(["source", "source_id"], index_name="contacts_source_id", unique=True)
    # The weekly indicators scan off-hours rows by day; quick replies look back 15 minutes.
    contacts.create_index(["classification", "ts"], index_name="contacts_class_ts")
    contacts.create_index(
        ["classification", "direction", "ts", "client"], index_name="contacts_class_dir_ts"
    )


@migrations(name="0005_agreements")
def _m0005_agreements(db: Database) -> None:
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


@migrations(name="0006_crisis_handled")
def _m0006_crisis_handled(db: Database) -> None:
    """Which possible crises the clinician marked as handled, when, and what they did."""
    # Raw SQL for ON DELETE CASCADE: deleting a contact takes its acknowledgement with it.
    db.execute(
        "CREATE TABLE crisis_handled ("
        " contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
        " handled_at TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '')"
    )


@migrations(name="0007_mail")
def _m0007_mail(db: Database) -> None:
    # The mailbox the watcher reads. Never a password here: that lives in the OS keyring or,
    # failing that, only in memory for the session (after_hours.availability.mail.secrets).
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


@migrations(name="0008_reminders")
def _m0008_reminders(db: Database) -> None:
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


@migrations(name="0009_contacts_client_class")
def _m0009_contacts_client_class(db: Database) -> None:
    # The Clients overview counts each client's contacts and off-hours contacts; with this
    # covering index it reads only the index (ten years: ~180 ms -> ~15 ms).
    db.table("contacts").create_index(
        ["client", "classification"], index_name="contacts_client_class"
    )


@migrations(name="0010_agreement_language")
def _m0010_agreement_language(db: Database) -> None:
    # The client's language for replies, the auto-text and the handout ("en", "fr"); NULL
    # follows the clinician's reply language.
    db.table("agreements").add_column("language", str)


@migrations(name="0011_channels")
def _m0011_channels(db: Database) -> None:
    """One sender map for every channel, the chosen apps, and each channel's live state.

    docs/channels.md says what each table holds; none of them holds a message.
    """
    # sender: an address (lower case), a number in E.164, or a display name (case folded).
    db.table("senders").create(
        {"sender": str, "kind": str, "pseudonym": str, "channel": str, "added_at": str},
        pk="sender",
        not_null={"kind", "pseudonym"},
    )
    # The mail sender map moves in whole: every address stays a client's.
    db.execute(
        "INSERT INTO senders (sender, kind, pseudonym, channel, added_at) "
        "SELECT address, 'email', pseudonym, NULL, added_at FROM mail_senders"
    )
    db.table("mail_senders").drop()
    # The desktop apps the clinician chose as client channels (the name as the app sends it).
    db.table("channel_apps").create({"app": str, "added_at": str}, pk="app")
    # Apps seen sending notifications, to choose from: the name and when, never the text.
    db.table("channel_apps_seen").create(
        {"app": str, "last_seen_at": str, "times": int}, pk="app", not_null={"last_seen_at"}
    )
    # Written by whichever process watches a channel, read by the CLI and the app.
    db.table("channel_status").create(
        {
            "channel": str,
            "state": str,  # "watching", "no daemon", "no bus", "failed", "stopped"
            "detail": str,
            "last_message_at": str,  # UTC ISO of the last message handed on
            "updated_at": str,
        },
        pk="channel",
        not_null={"state", "updated_at"},
    )
