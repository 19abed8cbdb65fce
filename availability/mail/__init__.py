"""The mailbox watcher: account settings, the sender map, secrets, and the IMAP loop.

``availability.mail.watcher.MailWatcher`` reads; a handler (``availability.mail.intake``)
decides what to log. Passwords go through ``availability.mail.secrets`` and nowhere else.
"""

from availability.mail.addresses import AddressError, normalise_address
from availability.mail.errors import (
    AuthenticationError,
    CertificateError,
    FolderMissingError,
    MailConnectionError,
    MailError,
    PasswordUnavailableError,
    SecurityError,
)
from availability.mail.model import (
    IncomingMessage,
    MailAccount,
    PasswordStorage,
    Security,
    UnknownSenders,
)
from availability.mail.secrets import KeyringSecrets, PasswordPrompt, Passwords
from availability.mail.store import MailStore, Sender
from availability.mail.watcher import (
    MailWatcher,
    MessageHandler,
    WatcherState,
    WatcherStatus,
    WatcherTiming,
)

__all__ = [
    "AddressError",
    "AuthenticationError",
    "CertificateError",
    "FolderMissingError",
    "IncomingMessage",
    "KeyringSecrets",
    "MailAccount",
    "MailConnectionError",
    "MailError",
    "MailStore",
    "MailWatcher",
    "MessageHandler",
    "PasswordPrompt",
    "PasswordStorage",
    "PasswordUnavailableError",
    "Passwords",
    "Security",
    "SecurityError",
    "Sender",
    "UnknownSenders",
    "WatcherState",
    "WatcherStatus",
    "WatcherTiming",
    "normalise_address",
]
