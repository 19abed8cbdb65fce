"""The mailbox watcher: account settings, the sender map, secrets, and the IMAP loop.

``after_hours.availability.mail.watcher.MailWatcher`` reads; the handler (``after_hours.availability.mail.intake``)
decides what to log. Passwords go through ``after_hours.availability.mail.secrets`` and nowhere else.

The names below load on first use, so importing the package (every CLI start does, through
the ``mail`` commands) does not pull in imapclient and keyring until mail is really used.
"""

from __future__ import annotations

from typing import Any

from after_hours.availability.lazy_names import load_name

_WHERE = {
    "AddressError": "addresses",
    "normalise_address": "addresses",
    "AuthenticationError": "errors",
    "CertificateError": "errors",
    "FolderMissingError": "errors",
    "MailConnectionError": "errors",
    "MailError": "errors",
    "PasswordUnavailableError": "errors",
    "SecurityError": "errors",
    "IncomingMessage": "model",
    "MailAccount": "model",
    "PasswordStorage": "model",
    "Security": "model",
    "UnknownSenders": "model",
    "KeyringSecrets": "secrets",
    "PasswordPrompt": "secrets",
    "Passwords": "secrets",
    "MailStore": "store",
    "Sender": "store",
    "MailWatcher": "watcher",
    "MessageHandler": "watcher",
    "WatcherState": "watcher",
    "WatcherStatus": "watcher",
    "WatcherTiming": "watcher",
}

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


def __getattr__(name: str) -> Any:
    return load_name(__name__, _WHERE, globals(), name)
