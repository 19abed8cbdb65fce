"""The mailbox watcher: IMAP IDLE (or polling), reconnecting with backoff, read-only throughout.

The loop only moves messages from the server to an injected handler; it holds no business
logic. It never changes anything on the server: folders are opened with EXAMINE
(``readonly=True``) and bodies fetched with ``BODY.PEEK``, so no message is marked read, moved
or flagged. Every wait is bounded and interruptible by :meth:`MailWatcher.stop`; there is no
busy loop: a failure waits ``backoff_initial`` seconds, doubling up to ``backoff_max``.

Threading: run the watcher on its own thread with its own profile connection; ``stop()`` may be
called from any thread and ends the run within a moment (it also shuts the socket, which wakes
an IDLE wait at once).
"""

from __future__ import annotations

import contextlib
import logging
import re
import select
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import Message
from enum import StrEnum
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from after_hours.availability.clock import Clock
from after_hours.availability.mail.addresses import AddressError, normalise_address, sender_address
from after_hours.availability.mail.connection import (
    close_quietly,
    connect,
    examine,
    is_connection_problem,
    problem_sentence,
)
from after_hours.availability.mail.errors import AuthenticationError, MailConnectionError, MailError
from after_hours.availability.mail.model import (
    UNKNOWN_CLIENT,
    IncomingMessage,
    MailAccount,
    UnknownSenders,
)
from after_hours.availability.mail.secrets import Passwords
from after_hours.availability.mail.store import MailStore
from after_hours.availability.mail.text import message_text

log = logging.getLogger(__name__)

MessageHandler = Callable[[IncomingMessage], None]
# Waits up to the given seconds; returns True when the watcher was asked to stop meanwhile.
Wait = Callable[[float], bool]
Connector = Callable[[MailAccount, str], IMAPClient]

_HEADER_FIELDS = "FROM MESSAGE-ID AUTO-SUBMITTED PRECEDENCE LIST-ID X-AUTOREPLY"
_HEADER_KEY = f"BODY[HEADER.FIELDS ({_HEADER_FIELDS})]".encode()
_FETCH_CHUNK = 200
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,900}>")


class WatcherState(StrEnum):
    """What the watcher is doing, for the tray and the CLI."""

    CONNECTING = "connecting"
    WATCHING = "watching"
    WAITING = "waiting"  # to reconnect after a problem
    STOPPED = "stopped"
    FAILED = "failed"  # needs the user: wrong password, untrusted certificate, missing folder


@dataclass(frozen=True)
class WatcherStatus:
    """A state change with a sentence for people (``detail``) and, when waiting, the delay."""

    state: WatcherState
    detail: str = ""
    retry_in: float | None = None


@dataclass(frozen=True)
class WatcherTiming:
    """The watcher's waits, in seconds. Tests shorten them; the defaults suit real servers.

    ``idle_renew``: RFC 2177 lets servers end IDLE after 30 minutes, so it is re-issued at 25.
    ``idle_tick``: the longest single wait inside IDLE; each wake compares the wall clock to
    notice a sleep/resume (a suspended laptop's connection is usually dead).
    """

    poll_interval: float = 60.0
    idle_renew: float = 25 * 60.0
    idle_tick: float = 60.0
    backoff_initial: float = 2.0
    backoff_max: float = 300.0
    socket_timeout: float = 30.0
    max_message_bytes: int = 1_048_576  # enough for any text part; attachments are not read


@dataclass(frozen=True)
class SyncResult:
    """One pass over the folders: how many messages went to the handler, how many failed."""

    handed_on: int = 0
    failed: int = 0


class MailWatcher:
    """Watches one account's folders and hands each new client message to ``handler``."""

    def __init__(
        self,
        account: MailAccount,
        passwords: Passwords,
        store: MailStore,
        handler: MessageHandler,
        *,
        clock: Clock,
        timing: WatcherTiming | None = None,
        wait: Wait | None = None,
        on_status: Callable[[WatcherStatus], None] | None = None,
        connector: Connector | None = None,
        use_idle: bool = True,
    ) -> None:
        if account.id is None:
            raise ValueError("The account must be saved before it is watched.")
        self.account = account
        self._account_id: int = account.id
        self._passwords = passwords
        self._store = store
        self._handler = handler
        self._clock = clock
        self.timing = timing or WatcherTiming()
        self._stop_event = threading.Event()
        self._wait: Wait = wait or self._stop_event.wait
        self._on_status = on_status
        self._connector = connector
        self._use_idle = use_idle
        self._lock = threading.Lock()
        self._client: IMAPClient | None = None
        self._own_address = _own_address(account.user)
        self.status = WatcherStatus(WatcherState.STOPPED)

    # -- control ------------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the watcher to end; safe from any thread. A blocked IDLE wait wakes at once."""
        self._stop_event.set()
        with self._lock:
            client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.socket().shutdown(socket.SHUT_RDWR)

    @property
    def stopping(self) -> bool:
        return self._stop_event.is_set()

    def run(self) -> None:
        """Watch until :meth:`stop`. Raises :class:`MailError` when the user must act."""
        delay = self.timing.backoff_initial
        try:
            while not self.stopping:
                self._set_status(WatcherState.CONNECTING, f"Connecting to {self.account.address}")
                try:
                    client = self._open()
                except MailError as exc:
                    if not exc.transient:
                        self._set_status(WatcherState.FAILED, str(exc))
                        raise
                    if self._back_off(str(exc), delay):
                        break
                    delay = min(delay * 2, self.timing.backoff_max)
                    continue
                try:
                    self.sync(client)
                    delay = self.timing.backoff_initial  # a working session resets the backoff
                    self._set_status(WatcherState.WATCHING, self._watching_text())
                    if self._use_idle and client.has_capability("IDLE"):
                        self._idle_loop(client)
                    else:
                        self._poll_loop(client)
                except Exception as exc:
                    if self.stopping:
                        break
                    if isinstance(exc, MailError) and not exc.transient:
                        self._set_status(WatcherState.FAILED, str(exc))
                        raise
                    if not is_connection_problem(exc):
                        raise  # a bug: fail loudly rather than retry forever
                    reason = problem_sentence(exc, self.account.address)
                    if self._back_off(reason, delay):
                        break
                    delay = min(delay * 2, self.timing.backoff_max)
                finally:
                    self._release(client)
        finally:
            if self.status.state is not WatcherState.FAILED:
                self._set_status(WatcherState.STOPPED, "Not watching")

    def run_once(self) -> SyncResult:
        """Connect, hand on what is new in every folder, disconnect (``watch --once``)."""
        client = self._open()
        try:
            return self.sync(client)
        except Exception as exc:
            if is_connection_problem(exc) and not isinstance(exc, MailError):
                raise MailConnectionError(problem_sentence(exc, self.account.address)) from exc
            raise
        finally:
            self._release(client)

    # -- connection ---------------------------------------------------------------------------

    def _open(self) -> IMAPClient:
        password = self._passwords.get(self.account)
        try:
            if self._connector is not None:
                client = self._connector(self.account, password)
            else:
                client = connect(self.account, password, timeout=self.timing.socket_timeout)
        except AuthenticationError:
            self._passwords.rejected(self.account)
            raise
        finally:
            del password
        with self._lock:
            self._client = client
        if self.stopping:  # stop() came while connecting
            self._release(client)
            raise MailConnectionError("Stopped.")
        return client

    def _release(self, client: IMAPClient) -> None:
        with self._lock:
            if self._client is client:
                self._client = None
        close_quietly(client)

    def _back_off(self, reason: str, delay: float) -> bool:
        self._set_status(
            WatcherState.WAITING, f"{reason} Trying again in {_seconds(delay)}.", retry_in=delay
        )
        log.info("Mail: %s Retrying in %.0f s.", reason, delay)
        return self._wait(delay) or self.stopping

    def _set_status(
        self, state: WatcherState, detail: str = "", retry_in: float | None = None
    ) -> None:
        self.status = WatcherStatus(state, detail, retry_in)
        if self._on_status is not None:
            self._on_status(self.status)

    def _watching_text(self) -> str:
        return f"Watching {', '.join(self.account.folders)} on {self.account.address}"

    # -- waiting for mail ---------------------------------------------------------------------

    def _poll_loop(self, client: IMAPClient) -> None:
        while not self.stopping:
            if self._wait(self.timing.poll_interval) or self.stopping:
                return
            self.sync(client)

    def _idle_loop(self, client: IMAPClient) -> None:
        """IDLE on the first folder; the others (if any) are checked every poll interval."""
        first = self.account.folders[0]
        if len(self.account.folders) > 1:
            examine(client, first, self.account.host)
        self._start_idle(client)
        idle_since = last_wake = others_checked = self._clock.now()
        while not self.stopping:
            responses = self._idle_wait(client, self.timing.idle_tick)
            if self.stopping:
                return
            now = self._clock.now()
            slept = (now - last_wake).total_seconds() > self.timing.idle_tick + 120
            last_wake = now
            if responses is not None and any(_is_bye(r) for r in responses):
                raise MailConnectionError(f"{self.account.address} closed the connection.")
            new_mail = responses is not None and any(_is_new_mail(r) for r in responses)
            others_due = (
                len(self.account.folders) > 1
                and (now - others_checked).total_seconds() >= self.timing.poll_interval
            )
            renew = (now - idle_since).total_seconds() >= self.timing.idle_renew
            if not (new_mail or others_due or renew or slept or responses is None):
                continue
            client.idle_done()
            if others_due:
                self.sync(client, reverse=True)  # ends with the first folder selected
                others_checked = now
            elif new_mail:
                self.sync(client, folders=[first])
            else:
                client.noop()  # renewal, resume or an odd wake-up: proves the link is alive
            self._start_idle(client)
            idle_since = self._clock.now()

    def _start_idle(self, client: IMAPClient) -> None:
        try:
            client.idle()
        except IMAPClientError as exc:
            # imapclient refuses an untagged response before "+ idling"; the session state is
            # then unclear, so start a fresh one.
            raise MailConnectionError(
                f"{self.account.address} answered IDLE unexpectedly ({exc})."
            ) from exc

    def _idle_wait(self, client: IMAPClient, timeout: float) -> list[Any] | None:
        """IDLE responses within ``timeout`` ([] if none); None when the socket woke empty.

        An empty wake means end of file, a TLS-level record or ``stop()``; the caller checks
        the link with NOOP rather than spin on a closed socket.
        """
        sock = client.socket()
        pending = getattr(sock, "pending", None)
        if not (callable(pending) and pending() > 0):
            try:
                ready, _, _ = select.select([sock], [], [], timeout)
            except (OSError, ValueError) as exc:  # closed under us
                raise MailConnectionError(
                    f"The connection to {self.account.address} closed."
                ) from exc
            if not ready:
                return []
        responses: list[Any] = client.idle_check(timeout=0)
        return responses or None

    # -- reading new messages -----------------------------------------------------------------

    def sync(
        self, client: IMAPClient, *, folders: Iterable[str] | None = None, reverse: bool = False
    ) -> SyncResult:
        """Hand on the new messages of each folder (all watched folders by default)."""
        names = list(folders if folders is not None else self.account.folders)
        if reverse:
            names.reverse()
        handed_on = failed = 0
        for folder in names:
            if self.stopping:
                break
            result = self._sync_folder(client, folder)
            handed_on += result.handed_on
            failed += result.failed
        return SyncResult(handed_on, failed)

    def _sync_folder(self, client: IMAPClient, folder: str) -> SyncResult:
        info = examine(client, folder, self.account.host)
        state = self._store.folder_state(self._account_id, folder)
        since: datetime | None = None
        if state is None or state.uidvalidity != info.uidvalidity:
            # First look at this folder (or the server renumbered it): take what arrived since
            # the account was added (or since the last look), a few minutes' margin included;
            # Message-IDs already seen are skipped below.
            base = self.account.created_at if state is None else state.synced_at
            since = (base or self._clock.now()) - timedelta(minutes=5)
            day = (since - timedelta(days=1)).date()
            uids = sorted(int(u) for u in client.search(["SINCE", day]))
            last_uid = 0
        else:
            last_uid = state.last_uid
            found = client.search(["UID", f"{last_uid + 1}:*"])
            uids = sorted(int(u) for u in found if int(u) > last_uid)
        # UIDs below the first candidate of a first look arrived before the account was added.
        done_up_to = last_uid if since is None or not uids else uids[0] - 1
        blocked = False
        handed_on = failed = 0
        for start in range(0, len(uids), _FETCH_CHUNK):
            chunk = uids[start : start + _FETCH_CHUNK]
            headers = client.fetch(
                chunk, ["INTERNALDATE", f"BODY.PEEK[HEADER.FIELDS ({_HEADER_FIELDS})]"]
            )
            for uid in chunk:
                if self.stopping:
                    blocked = True
                    break
                outcome = self._consider(
                    client, folder, info.uidvalidity, uid, headers.get(uid), since
                )
                if outcome == "handed_on":
                    handed_on += 1
                elif outcome == "failed":
                    failed += 1
                    blocked = True
                if not blocked:
                    done_up_to = uid
            if self.stopping:
                break
        if not blocked and info.uidnext is not None:
            done_up_to = max(done_up_to, info.uidnext - 1)
        self._store.save_folder_state(
            self._account_id, folder, info.uidvalidity, done_up_to, self._clock.now()
        )
        return SyncResult(handed_on, failed)

    def _consider(
        self,
        client: IMAPClient,
        folder: str,
        uidvalidity: int,
        uid: int,
        data: dict[bytes, Any] | None,
        since: datetime | None,
    ) -> str:
        """Decide about one message and hand it on; returns what happened, for bookkeeping."""
        if data is None:
            return "gone"  # expunged meanwhile
        arrived = _utc(data.get(b"INTERNALDATE"))
        if arrived is None or (since is not None and arrived < since):
            return "skipped"
        header = _parse_header(data.get(_HEADER_KEY, b""))
        if _is_automatic(header):
            return "skipped"
        sender = sender_address(str(header.get("From", "") or ""))
        if sender is None or sender == self._own_address:
            return "skipped"
        client_name = self._store.pseudonym_for(sender)
        if client_name is None:
            if self.account.unknown_senders is not UnknownSenders.LOG:
                return "skipped"
            client_name = UNKNOWN_CLIENT
        if self._store.uid_seen(self._account_id, folder, uidvalidity, uid):
            return "seen"
        message_id = _message_id(header, self.account, folder, uidvalidity, uid)
        if self._store.message_id_seen(message_id):
            self._store.mark_seen(self._account_id, folder, uidvalidity, uid, message_id)
            return "seen"
        text = self._fetch_text(client, uid)
        if text is None:
            return "gone"
        message = IncomingMessage(
            account=self._account_id,
            folder=folder,
            uid=uid,
            uidvalidity=uidvalidity,
            message_id=message_id,
            sender=sender,
            client=client_name,
            arrived_at=arrived,
            text=text,
        )
        try:
            self._handler(message)
        except Exception:
            log.error(
                "Mail: handling message UID %s in %s failed; it will be tried again.",
                uid,
                folder,
                exc_info=True,
            )
            return "failed"
        finally:
            del message, text  # the text is not kept past the handler
        self._store.mark_seen(self._account_id, folder, uidvalidity, uid, message_id)
        return "handed_on"

    def _fetch_text(self, client: IMAPClient, uid: int) -> str | None:
        limit = self.timing.max_message_bytes
        fetched = client.fetch([uid], [f"BODY.PEEK[]<0.{limit}>"])
        data = fetched.get(uid)
        if not data:
            return None
        raw = next((v for k, v in data.items() if k.startswith(b"BODY[]")), None)
        if not isinstance(raw, bytes):
            return None
        return message_text(raw)


def _own_address(user: str) -> str | None:
    try:
        return normalise_address(user) if "@" in user else None
    except AddressError:
        return None


def _parse_header(raw: object) -> Message:
    data = raw if isinstance(raw, bytes) else b""
    return message_from_bytes(data, policy=policy.compat32)


def _is_automatic(header: Message) -> bool:
    """Auto-replies and mailing-list traffic are not a client reaching out."""
    auto = str(header.get("Auto-Submitted", "") or "").strip().lower()
    if auto and auto != "no":
        return True
    if header.get("X-Autoreply"):
        return True
    precedence = str(header.get("Precedence", "") or "").strip().lower()
    return precedence in {"bulk", "list", "junk", "auto_reply"} or bool(header.get("List-Id"))


def _message_id(
    header: Message, account: MailAccount, folder: str, uidvalidity: int, uid: int
) -> str:
    found = _MESSAGE_ID.search(str(header.get("Message-ID", "") or ""))
    if found:
        return found.group(0)
    # No Message-ID: the server's coordinates identify the message instead.
    return f"<imap.{uidvalidity}.{uid}.{folder}@{account.host}>"


def _utc(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _is_new_mail(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] == b"EXISTS"


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"


def _seconds(delay: float) -> str:
    if delay < 90:
        return f"{delay:.0f} s"
    return f"{delay / 60:.0f} min"
