"""The mailbox settings and the one thing the watcher hands on: an incoming message.

Plain data, no I/O. The watcher (``watcher.py``) turns IMAP into :class:`IncomingMessage`;
whatever handles it (the intake) decides what to log. The text lives only as long as that call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

DEFAULT_FOLDERS = ("INBOX",)
UNKNOWN_CLIENT = "unknown"


class Security(StrEnum):
    """How the connection is protected. Implicit TLS is the default (RFC 8314 prefers it)."""

    TLS = "tls"
    STARTTLS = "starttls"
    PLAIN = "plain"

    @property
    def default_port(self) -> int:
        return 993 if self is Security.TLS else 143

    @property
    def label(self) -> str:
        return {
            Security.TLS: "TLS",
            Security.STARTTLS: "STARTTLS",
            Security.PLAIN: "unencrypted (for testing only)",
        }[self]


class UnknownSenders(StrEnum):
    """What to do with a message from an address that is not in the sender map."""

    IGNORE = "ignore"
    LOG = "log"


class PasswordStorage(StrEnum):
    """Where the password may live: the OS keyring, or only in memory for one session."""

    KEYRING = "keyring"
    SESSION = "session"


@dataclass(frozen=True)
class MailAccount:
    """One mailbox to watch. Validated on creation so a bad row never reaches the network."""

    host: str
    user: str
    port: int = 993
    security: Security = Security.TLS
    allow_unencrypted: bool = False
    folders: tuple[str, ...] = DEFAULT_FOLDERS
    cafile: str | None = None
    unknown_senders: UnknownSenders = UnknownSenders.IGNORE
    password_storage: PasswordStorage = PasswordStorage.KEYRING
    id: int | None = None
    created_at: datetime | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise ValueError("The mail server's host name is empty.")
        if not self.user.strip():
            raise ValueError("The mail user name is empty.")
        if not 0 < self.port < 65536:
            raise ValueError(f"{self.port} is not a port number (1 to 65535).")
        if self.security is Security.PLAIN and not self.allow_unencrypted:
            raise ValueError(
                "An unencrypted connection sends the password in the clear; it is only allowed "
                "when explicitly chosen for testing (--insecure-plain)."
            )
        if not self.folders or any(not f.strip() for f in self.folders):
            raise ValueError("Give at least one folder to watch, such as INBOX.")

    @property
    def key(self) -> str:
        """The name the password is filed under in the keyring: user, host and port."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def address(self) -> str:
        """Where the server is, as people write it: ``host:port``."""
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class IncomingMessage:
    """A new message from a client (or an unknown sender, if the user asked for those).

    ``text`` is the plain text the triage reads: the subject and the body, HTML converted,
    quoted replies and signatures removed. Handlers must not store it.
    """

    account: int
    folder: str
    uid: int
    uidvalidity: int
    message_id: str
    sender: str  # the normalised address
    client: str  # the pseudonym from the sender map, or "unknown"
    arrived_at: datetime  # the server's INTERNALDATE, in UTC
    text: str = field(repr=False)
