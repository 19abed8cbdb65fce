"""Fetch a calendar over HTTPS with verified certificates and conditional requests.

urllib with ``ssl.create_default_context`` (the system's trust store, or ``cafile`` for a
server with a private CA such as a self-hosted Nextcloud). ``ETag`` / ``If-Modified-Since`` let
the server answer 304 when nothing changed. Every failure becomes a :class:`FeedError` whose
message says what happened in words and never contains the address (it is a secret).
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException

TIMEOUT_SECONDS = 30.0
MAX_BYTES = 20 * 1024 * 1024  # a year of a busy calendar is well under 1 MB
_USER_AGENT = "after-hours calendar subscription"


class FeedError(Exception):
    """The calendar could not be fetched; the message is for the user and holds no address."""


@dataclass(frozen=True)
class Fetched:
    """The server's answer: a body, or None when it said "not modified" (304)."""

    body: bytes | None
    etag: str = ""
    last_modified: str = ""


def fetch(
    address: str,
    *,
    etag: str = "",
    last_modified: str = "",
    cafile: str = "",
    timeout: float = TIMEOUT_SECONDS,
) -> Fetched:
    """GET the calendar; raise :class:`FeedError` on any failure (timeout included)."""
    try:
        context = ssl.create_default_context(cafile=cafile or None)
    except (OSError, ssl.SSLError) as exc:
        raise FeedError(f"the certificate file {cafile} cannot be read ({exc})") from None
    headers = {"User-Agent": _USER_AGENT, "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(address, headers=headers, method="GET")
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FeedError(f"the server did not send the calendar within {timeout:g} s")
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FeedError("the server sent more than 20 MB: that is not a calendar")
                chunks.append(chunk)
            return Fetched(
                b"".join(chunks),
                response.headers.get("ETag", "") or "",
                response.headers.get("Last-Modified", "") or "",
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(None, exc.headers.get("ETag", "") or etag, last_modified)
        raise FeedError(_http_words(exc.code)) from None
    except urllib.error.URLError as exc:
        raise FeedError(_reason_words(exc.reason)) from None
    except TimeoutError:
        raise FeedError(f"the server did not answer within {timeout:g} s") from None
    except ssl.SSLError as exc:
        raise FeedError(f"the secure connection failed ({exc.reason or 'TLS error'})") from None
    except (HTTPException, OSError) as exc:
        raise FeedError(f"the connection broke ({type(exc).__name__})") from None


def _http_words(code: int) -> str:
    if code in {401, 403}:
        return f"the server answered {code}: the address was refused (was it reset?)"
    if code == 404:
        return "the server answered 404"
    return f"the server answered {code}"


def _reason_words(reason: object) -> str:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "the server's certificate could not be verified"
    if isinstance(reason, TimeoutError | socket.timeout):
        return "the server did not answer in time"
    if isinstance(reason, socket.gaierror):
        return "the server's name could not be found (offline?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or 'TLS error'})"
    return f"the server could not be reached ({type(reason).__name__})"
