"""Opening an IMAP session: TLS with certificate checks, login, and errors as sentences.

This is the only module that knows imapclient's and ssl's exception types; everything above it
sees :mod:`after_hours.availability.mail.errors`.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from after_hours.availability.mail.errors import (
    AuthenticationError,
    CertificateError,
    FolderMissingError,
    MailConnectionError,
    MailError,
    SecurityError,
)
from after_hours.availability.mail.model import MailAccount, Security

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


def tls_context(cafile: str | None) -> ssl.SSLContext:
    """Verify the server's certificate and name: the system's CAs, or only ``cafile``."""
    try:
        context = ssl.create_default_context(cafile=cafile)
    except FileNotFoundError as exc:
        raise CertificateError(f"The CA file {cafile} does not exist.") from exc
    except (ssl.SSLError, OSError) as exc:
        raise CertificateError(
            f"The CA file {cafile} could not be read as PEM certificates."
        ) from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def connect(account: MailAccount, password: str, *, timeout: float = DEFAULT_TIMEOUT) -> IMAPClient:
    """A logged-in client, or a :class:`MailError` that says what went wrong."""
    where = account.address
    context = tls_context(account.cafile) if account.security is not Security.PLAIN else None
    try:
        if account.security is Security.TLS:
            client = IMAPClient(
                account.host, account.port, ssl=True, ssl_context=context, timeout=timeout
            )
        else:
            client = IMAPClient(account.host, account.port, ssl=False, timeout=timeout)
    except ssl.SSLCertVerificationError as exc:
        raise _certificate_error(exc) from exc
    except ssl.SSLError as exc:
        raise SecurityError(
            f"The TLS handshake with {where} failed ({exc.reason or exc}). Check that the port "
            "is for TLS (usually 993), or choose STARTTLS (usually port 143)."
        ) from exc
    except OSError as exc:
        raise _network_error(account, exc) from exc
    except IMAPClientError as exc:
        raise MailConnectionError(
            f"{where} did not answer like an IMAP server ({_short(exc)})."
        ) from exc
    try:
        if account.security is Security.STARTTLS:
            _starttls(client, account, context)
        client.normalise_times = False  # keep INTERNALDATE's real offset
        try:
            client.login(account.user, password)
        except LoginError as exc:
            raise AuthenticationError(
                f"The server rejected the password for {account.user} at {account.host}."
            ) from exc
    except BaseException:
        close_quietly(client)
        raise
    return client


def _starttls(client: IMAPClient, account: MailAccount, context: ssl.SSLContext | None) -> None:
    try:
        has_starttls = client.has_capability("STARTTLS")
    except (IMAPClientError, OSError) as exc:
        raise _network_error(account, exc) from exc
    if not has_starttls:
        raise SecurityError(
            f"{account.address} does not offer STARTTLS, so the password would travel "
            "unencrypted. Use implicit TLS (usually port 993) instead."
        )
    try:
        client.starttls(context)
    except ssl.SSLCertVerificationError as exc:
        raise _certificate_error(exc) from exc
    except ssl.SSLError as exc:
        raise SecurityError(
            f"The STARTTLS handshake with {account.address} failed ({exc.reason or exc})."
        ) from exc
    except OSError as exc:
        raise _network_error(account, exc) from exc


@dataclass(frozen=True)
class FolderInfo:
    """What SELECT (read-only, i.e. EXAMINE) tells about a folder."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int


def examine(client: IMAPClient, folder: str, host: str) -> FolderInfo:
    """Select ``folder`` read-only: the server then refuses any change, flags included."""
    try:
        info: dict[bytes, Any] = client.select_folder(folder, readonly=True)
    except IMAPClientAbortError:
        raise
    except IMAPClientError as exc:
        text = str(exc).lower()
        if "exist" in text or "nonexistent" in text or "not found" in text or "unknown" in text:
            raise FolderMissingError(f"The folder {folder} does not exist on {host}.") from exc
        raise FolderMissingError(
            f"The folder {folder} cannot be opened on {host} ({_short(exc)})."
        ) from exc
    uidnext = info.get(b"UIDNEXT")
    return FolderInfo(
        folder,
        int(info[b"UIDVALIDITY"]),
        int(uidnext) if uidnext is not None else None,
        int(info.get(b"EXISTS", 0)),
    )


def close_quietly(client: IMAPClient) -> None:
    """Log out if the connection still works; a dead one is simply closed."""
    with contextlib.suppress(Exception):
        client.logout()
    with contextlib.suppress(Exception):
        client.shutdown()


def _certificate_error(exc: ssl.SSLCertVerificationError) -> CertificateError:
    reason = exc.verify_message or exc.reason or str(exc)
    return CertificateError(
        f"Certificate not trusted: {reason}. If your provider uses its own certificate "
        "authority, give its certificate with --cafile; otherwise do not connect."
    )


def _network_error(account: MailAccount, exc: BaseException) -> MailConnectionError:
    where = account.address
    if isinstance(exc, socket.gaierror):
        why = f"the name {account.host} is not known (offline, or a typing mistake?)"
    elif isinstance(exc, TimeoutError | socket.timeout):
        why = "no answer in time"
    elif isinstance(exc, ConnectionRefusedError):
        why = "nothing answers on that port"
    elif isinstance(exc, OSError) and exc.strerror:
        why = exc.strerror.lower()
    else:
        why = _short(exc)
    return MailConnectionError(f"Cannot reach {where}: {why}.")


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def is_connection_problem(exc: BaseException) -> bool:
    """Errors worth a reconnect: the link is gone, or the server answered NO/BAD mid-session.

    A server's refusal during a session (a busy or restarting backend) usually passes; our own
    bugs (TypeError and friends) are not in this list and stop the watcher loudly.
    """
    return isinstance(exc, OSError | IMAPClientError | EOFError) or (
        isinstance(exc, MailError) and exc.transient
    )


def problem_sentence(exc: BaseException, where: str) -> str:
    """A plain sentence for a mid-session problem."""
    if isinstance(exc, MailError):
        return str(exc)
    if isinstance(exc, IMAPClientError) and not isinstance(exc, IMAPClientAbortError):
        return f"{where} answered with an error ({_short(exc)})."
    return f"The connection to {where} was lost."
