"""What the channels remember: the chosen apps, the apps seen, each channel's live state.

None of it is a message: app names, times and a sentence about the watcher. The "recently
seen" list is bounded (the newest :data:`SEEN_LIMIT` apps) so it cannot grow into a record of
the clinician's evening.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from after_hours.availability.channels.senders import ChannelName
from after_hours.availability.clock import Clock
from after_hours.availability.store.settings import Settings
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:  # the profile hands out a LazyDatabase: sqlite-utils loads on the first write
    from sqlite_utils import Database

SEEN_LIMIT = 30


class ChannelSettingError(ValueError):
    """A channel setting that cannot be saved, said in a sentence."""


@dataclass(frozen=True)
class SeenApp:
    app: str
    last_seen_at: datetime
    times: int
    chosen: bool


@dataclass(frozen=True)
class ChannelStatus:
    """A channel's live state as its watcher last wrote it."""

    channel: str
    state: str
    detail: str
    last_message_at: datetime | None
    updated_at: datetime


def app_name(text: str) -> str:
    """An app's name as given, tidied (the match itself ignores case)."""
    name = " ".join(unicodedata.normalize("NFKC", text).split())
    if not name:
        raise ChannelSettingError(
            "The app name is empty: give it as the app sends it, e.g. Signal."
        )
    return name


class ChannelStore:
    """Typed access to the ``channel_*`` tables and the ``channels.*`` settings."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = Settings(db)

    # -- on/off and unknown senders -----------------------------------------------------------

    def enabled(self, channel: str) -> bool:
        if channel == ChannelName.MAIL.value:
            return bool(self._db.execute("SELECT 1 FROM mail_accounts LIMIT 1").fetchone())
        return self._settings.get(f"channels.{channel}.enabled") is True

    def set_enabled(self, channel: str, on: bool) -> None:
        if channel == ChannelName.MAIL.value:
            raise ChannelSettingError(
                "The mail channel is on while a mailbox is set up: `after-hours mail add|remove`."
            )
        self._settings.set(f"channels.{channel}.enabled", bool(on))

    def logs_unknown(self, channel: str) -> bool:
        return bool(self._settings.get(f"channels.{channel}.unknown_senders") == "log")

    def set_unknown_senders(self, channel: str, choice: str) -> None:
        if choice not in ("ignore", "log"):
            raise ChannelSettingError(f"{choice!r}: unknown senders are 'ignore'd or 'log'ged.")
        self._settings.set(f"channels.{channel}.unknown_senders", choice)

    # -- the apps that are client channels ----------------------------------------------------

    def chosen_apps(self) -> list[str]:
        rows = self._db.execute("SELECT app FROM channel_apps ORDER BY app COLLATE NOCASE")
        return [str(r[0]) for r in rows.fetchall()]

    def is_chosen(self, app: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM channel_apps WHERE app = ? COLLATE NOCASE", [app.strip()]
        ).fetchone()
        return row is not None

    def add_app(self, app: str) -> str:
        name = app_name(app)
        with self._db.atomic():
            self._db.execute("DELETE FROM channel_apps WHERE app = ? COLLATE NOCASE", [name])
            self._db.table("channel_apps").insert(
                {"app": name, "added_at": utc_iso(self._clock.now())}
            )
        return name

    def remove_app(self, app: str) -> bool:
        with self._db.atomic():
            cursor = self._db.execute(
                "DELETE FROM channel_apps WHERE app = ? COLLATE NOCASE", [app_name(app)]
            )
        return cursor.rowcount > 0

    def note_seen(self, app: str, at: datetime | None = None) -> None:
        """Remember that ``app`` sent a notification (its name and when; nothing else)."""
        try:
            name = app_name(app)
        except ChannelSettingError:
            return
        when = utc_iso(at or self._clock.now())
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO channel_apps_seen (app, last_seen_at, times) VALUES (?, ?, 1) "
                "ON CONFLICT(app) DO UPDATE SET last_seen_at = excluded.last_seen_at, "
                "times = times + 1",
                [name, when],
            )
            self._db.execute(
                "DELETE FROM channel_apps_seen WHERE app NOT IN (SELECT app FROM "
                "channel_apps_seen ORDER BY last_seen_at DESC LIMIT ?)",
                [SEEN_LIMIT],
            )

    def seen_apps(self) -> list[SeenApp]:
        chosen = {a.casefold() for a in self.chosen_apps()}
        rows = self._db.execute(
            "SELECT app, last_seen_at, times FROM channel_apps_seen ORDER BY last_seen_at DESC"
        ).fetchall()
        return [
            SeenApp(str(a), from_utc_iso(at), int(n or 0), str(a).casefold() in chosen)
            for a, at, n in rows
        ]

    # -- live state ---------------------------------------------------------------------------

    def set_status(self, channel: str, state: str, detail: str = "") -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO channel_status (channel, state, detail, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET state = excluded.state, "
                "detail = excluded.detail, updated_at = excluded.updated_at",
                [channel, state, detail, utc_iso(self._clock.now())],
            )

    def note_message(self, channel: str, at: datetime) -> None:
        """A message was handed on: the live state shows "last message 23:40"."""
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO channel_status (channel, state, detail, last_message_at, updated_at) "
                "VALUES (?, 'watching', '', ?, ?) ON CONFLICT(channel) DO UPDATE SET "
                "last_message_at = excluded.last_message_at",
                [channel, utc_iso(at), utc_iso(self._clock.now())],
            )

    def status(self, channel: str) -> ChannelStatus | None:
        row = self._db.execute(
            "SELECT state, detail, last_message_at, updated_at FROM channel_status "
            "WHERE channel = ?",
            [channel],
        ).fetchone()
        if row is None:
            return None
        return ChannelStatus(
            channel,
            str(row[0]),
            str(row[1] or ""),
            from_utc_iso(row[2]) if row[2] else None,
            from_utc_iso(row[3]),
        )
