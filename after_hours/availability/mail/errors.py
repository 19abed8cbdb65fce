"""Mail problems as plain sentences, split into "wait and retry" and "the user must act".

A network drop or a server restart is *transient*: the watcher waits and reconnects. A rejected
password, an untrusted certificate or a missing folder is *permanent*: retrying cannot help
(and retrying a wrong password can lock the account), so the watcher stops and says why.
"""

from __future__ import annotations


class MailError(Exception):
    """A mail problem the user can understand; ``str(exc)`` is the sentence to show."""

    transient = False


class MailConnectionError(MailError):
    """The server could not be reached or the connection dropped: worth retrying."""

    transient = True


class AuthenticationError(MailError):
    """The server rejected the user name or password."""


class CertificateError(MailError):
    """The server's certificate is not trusted (unknown CA, wrong name, expired)."""


class SecurityError(MailError):
    """The server cannot give the protection the account asks for (no STARTTLS, old TLS)."""


class FolderMissingError(MailError):
    """A folder the user asked to watch does not exist on the server."""


class PasswordUnavailableError(MailError):
    """No password in the keyring and the user gave none this session."""
