"""The mail intake: the watcher's handler, turning a message into a contact and an event.

It adds only what is mail-specific to the shared path in ``after_hours.availability.intake`` (triage the
text, keep the matched phrases, log the contact): de-duplication by Message-ID, the contact's
fields (channel email, source "mail", the Message-ID as source id, the client from the sender
map, the server's arrival time), and an event telling the app what to raise. There is no Qt
here: the desktop app passes ``on_event`` and turns it into a signal for the GUI thread; the
CLI prints a line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog, DuplicateContactError
from after_hours.availability.contacts.model import (
    Channel,
    Contact,
    Direction,
    Kind,
    NewContact,
    Source,
)
from after_hours.availability.intake import IntakeResult, log_message
from after_hours.availability.mail.model import IncomingMessage
from after_hours.availability.store.lazy import prepare_writes
from after_hours.availability.store.settings import Settings
from after_hours.availability.triage.lexicon import default_lexicon

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)


class Alert(StrEnum):
    """What the app raises for a message from the mailbox."""

    NONE = "none"  # inside regular hours and no crisis language: logged quietly
    NOTIFY = "notify"  # outside regular hours (after hours or on call): a notification
    CRISIS = "crisis"  # crisis language, at any hour: the crisis panel at once


@dataclass(frozen=True)
class MailEvent:
    """A message from the mailbox, now logged, and what the app should do about it.

    ``text`` is there so the crisis panel can show the message with its phrases highlighted;
    it lives only as long as the app holds the event and is never written anywhere.
    """

    result: IntakeResult
    text: str = field(repr=False)

    @property
    def contact(self) -> Contact:
        return self.result.contact

    @property
    def crisis(self) -> bool:
        return self.result.crisis

    @property
    def off_hours(self) -> bool:
        return self.result.off_hours

    @property
    def after_hours(self) -> bool:
        return self.result.after_hours

    @property
    def alert(self) -> Alert:
        if self.crisis:
            return Alert.CRISIS
        return Alert.NOTIFY if self.off_hours else Alert.NONE


EventCallback = Callable[[MailEvent], None]


class MailIntake:
    """Logs each message the watcher hands on; calls ``on_event`` for every new contact."""

    def __init__(self, db: Database, clock: Clock, on_event: EventCallback | None = None) -> None:
        # Before watching, so a crisis message's path to the screen stays short: sqlite-utils
        # for the write, the phrase lists compiled for triage (both once per process).
        prepare_writes(db)
        default_lexicon()
        self._log = ContactLog(db, clock)
        self._settings = Settings(db)
        self._on_event = on_event

    def handle(self, message: IncomingMessage) -> MailEvent | None:
        """Log ``message``; None when its Message-ID is already in the contact log."""
        if self._log.is_logged(Source.MAIL.value, message.message_id):
            return None
        new = NewContact(
            at=message.arrived_at,
            channel=Channel.EMAIL,
            kind=Kind.MESSAGE,
            direction=Direction.IN,
            client=message.client,
            source=Source.MAIL.value,
            source_id=message.message_id,
            zone=self._settings.display_zone_name(),
        )
        try:
            result = log_message(self._log, new, message.text)
        except DuplicateContactError:
            return None  # logged meanwhile by another process on the same profile
        event = MailEvent(result, message.text)
        if self._on_event is not None:
            try:
                self._on_event(event)
            except Exception:
                # The contact is safely logged; a failing notifier must not make the watcher
                # hand the same message on again.
                log.error(
                    "Mail: raising the alert for contact %s failed.",
                    event.contact.id,
                    exc_info=True,
                )
        return event

    def __call__(self, message: IncomingMessage) -> None:
        """The :data:`after_hours.availability.mail.watcher.MessageHandler` form."""
        self.handle(message)
