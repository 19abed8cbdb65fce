"""From a notification or an SMS to a logged contact: who it is from, once, through intake.

What is channel-specific is here; the rest is the shared path in
``after_hours.availability.intake`` (triage the text, keep only the matched phrases, log the
contact, say whether it is a crisis). This module:

- keeps only chosen apps (a notification from any other app is noted by name in "apps seen");
- maps the sender (a display name or a phone number) to a pseudonym through the one sender map,
  and ignores or logs unknown senders as the clinician chose;
- drops repeats: an app re-posting a notification (``replaces_id`` != 0), and the same app,
  sender and text again within :data:`REPEAT_WINDOW`. The repeat check holds a hash of the text
  in this process's memory only; it is never written anywhere;
- gives each contact a ``source_id`` that holds no text: the D-Bus sender and serial of the
  Notify call (the same for every process watching the bus, so the app and a headless watcher
  log it once) or the phone's message id for an SMS.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlite_utils import Database

from after_hours.availability.channels.kdeconnect import SmsMessage
from after_hours.availability.channels.notify import Notification
from after_hours.availability.channels.senders import ChannelName, SenderMap
from after_hours.availability.channels.store import ChannelStore
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog, DuplicateContactError
from after_hours.availability.contacts.model import Channel, Direction, Kind, NewContact
from after_hours.availability.intake import log_message
from after_hours.availability.mail.intake import MailEvent
from after_hours.availability.mail.model import UNKNOWN_CLIENT
from after_hours.availability.store.settings import Settings
from after_hours.availability.triage.lexicon import default_lexicon

log = logging.getLogger(__name__)

# The contact's source, beside "manual", "mail" and "import".
SOURCE_NOTIFICATION = "notification"
SOURCE_KDECONNECT = "kdeconnect"

REPEAT_WINDOW = timedelta(minutes=10)
# conversationCreated also fires while kdeconnectd fills its cache with old threads: only a
# message this recent is live. Older history is for the phone-history import.
SMS_LIVE_WINDOW = timedelta(minutes=15)
# Apps that forward the phone's SMS as notifications: their contacts are texts.
SMS_FORWARDERS = frozenset({"kde connect", "kdeconnect", "gsconnect"})


class Skip(StrEnum):
    """Why a message was not logged (for the CLI's --verbose line and the tests)."""

    APP_NOT_CHOSEN = "app not chosen"
    UNKNOWN_SENDER = "unknown sender"
    REPOST = "re-posted notification"
    REPEAT = "same message again"
    NOT_INCOMING = "not from the client"
    OLD = "not live"
    EMPTY = "no text"
    LOGGED = "already logged"


@dataclass(frozen=True)
class ChannelEvent(MailEvent):
    """A message now logged, and what the app should do. ``text`` is never stored.

    The same verdict as a mail event (contact, crisis, alert), plus where it came from.
    """

    channel: str = ""
    app: str = ""


EventCallback = Callable[[ChannelEvent], None]


class RepeatFilter:
    """Same key within the window -> a repeat. Hashes only, in memory, pruned as it goes."""

    def __init__(self, clock: Clock, window: timedelta = REPEAT_WINDOW) -> None:
        self._clock = clock
        self._window = window
        self._seen: dict[bytes, datetime] = {}

    def repeat(self, *parts: str) -> bool:
        now = self._clock.now()
        self._seen = {k: t for k, t in self._seen.items() if now - t < self._window}
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).digest()
        if digest in self._seen:
            return True
        self._seen[digest] = now
        return False


class ChannelIntake:
    """Decides about each notification or SMS and logs it; ``on_event`` hears of each new one."""

    def __init__(self, db: Database, clock: Clock, on_event: EventCallback | None = None) -> None:
        self._clock = clock
        self._log = ContactLog(db, clock)
        self._settings = Settings(db)
        self.store = ChannelStore(db, clock)
        self.senders = SenderMap(db, clock)
        self._on_event = on_event
        self._repeats = RepeatFilter(clock)
        self.last_skip: Skip | None = None
        # The phrase lists, which the idle app does not hold: loaded beside the listener as it
        # starts (about 0.2 s), so the first message does not wait for them (a message that
        # comes meanwhile waits for this one build, never starts a second).
        threading.Thread(target=default_lexicon, name="after-hours-lexicon", daemon=True).start()

    def handle_notification(self, note: Notification, source_id: str) -> ChannelEvent | None:
        """Log a Notify call from a chosen app; None when it is skipped (see ``last_skip``)."""
        channel = ChannelName.NOTIFICATIONS.value
        self.store.note_seen(note.app_name)
        if not self.store.is_chosen(note.app_name):
            return self._skip(Skip.APP_NOT_CHOSEN)
        if note.is_repost:
            return self._skip(Skip.REPOST)
        if not note.text.strip():
            return self._skip(Skip.EMPTY)
        if self._repeats.repeat(channel, note.app_name.casefold(), note.sender, note.text):
            return self._skip(Skip.REPEAT)
        client = self._client(note.sender, channel)
        if client is None:
            return self._skip(Skip.UNKNOWN_SENDER)
        kind = Channel.TEXT if note.app_name.casefold() in SMS_FORWARDERS else Channel.MESSAGING_APP
        return self._log_it(
            channel,
            note.app_name,
            kind,
            client,
            self._clock.now(),
            source_id,
            note.text,
            SOURCE_NOTIFICATION,
        )

    def handle_sms(self, sms: SmsMessage) -> ChannelEvent | None:
        """Log an SMS the phone received from a client; None when it is skipped."""
        channel = ChannelName.KDECONNECT.value
        if not sms.incoming:
            return self._skip(Skip.NOT_INCOMING)  # the clinician's own texts are not triaged
        now = self._clock.now()
        if sms.at.timestamp() > 0 and now - sms.at > SMS_LIVE_WINDOW:
            return self._skip(Skip.OLD)
        if not sms.body.strip():
            return self._skip(Skip.EMPTY)
        if self._log.is_logged(SOURCE_KDECONNECT, sms.source_id):
            return self._skip(Skip.LOGGED)
        if self._repeats.repeat(channel, sms.address, sms.body):
            return self._skip(Skip.REPEAT)
        client = self._client(sms.address, channel)
        if client is None:
            return self._skip(Skip.UNKNOWN_SENDER)
        at = sms.at if sms.at.timestamp() > 0 and sms.at <= now else now
        return self._log_it(
            channel,
            "KDE Connect",
            Channel.TEXT,
            client,
            at,
            sms.source_id,
            sms.body,
            SOURCE_KDECONNECT,
        )

    # -- helpers ------------------------------------------------------------------------------

    def _client(self, sender: str, channel: str) -> str | None:
        client = self.senders.lookup(sender, channel)
        if client is None and self.store.logs_unknown(channel):
            return UNKNOWN_CLIENT
        return client

    def _skip(self, why: Skip) -> ChannelEvent | None:
        """Remember why nothing was logged; always None (the handlers return it)."""
        self.last_skip = why
        return None

    def _log_it(
        self,
        channel: str,
        app: str,
        kind: Channel,
        client: str,
        at: datetime,
        source_id: str,
        text: str,
        source: str,
    ) -> ChannelEvent | None:
        new = NewContact(
            at=at,
            channel=kind,
            kind=Kind.MESSAGE,
            direction=Direction.IN,
            client=client,
            source=source,
            source_id=source_id,
            zone=self._settings.display_zone_name(),
        )
        try:
            result = log_message(self._log, new, text)
        except DuplicateContactError:
            return self._skip(Skip.LOGGED)  # logged by another process watching the same bus
        self.last_skip = None
        self.store.note_message(channel, at)
        event = ChannelEvent(result, text, channel, app)
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:
                log.error(
                    "Channels: raising the alert for contact %s failed.",
                    event.contact.id,
                    exc_info=True,
                )
        return event
