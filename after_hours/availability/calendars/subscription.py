"""A calendar subscription's state, and what to tell the user about it (pure: no I/O).

The address itself is a secret (anyone holding a Google "secret address in iCal format" reads
the calendar), so it is never part of this state: the state keeps only a masked form
(``https://calendar.google.com/…``), and the address lives in the keyring
(:mod:`after_hours.availability.calendars.feed_service`).
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any
from urllib.parse import urlsplit

from after_hours.availability.i18n import N_, _
from after_hours.availability.timeutil import from_utc_iso, utc_iso

# Full day names, translated where used (strftime's %A would follow the C locale).
DAY_NAMES = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)

DEFAULT_EVERY_HOURS = 6.0
MIN_EVERY_HOURS = 0.25
# After a failure the next try comes sooner than the regular interval, then backs off.
FIRST_RETRY = timedelta(minutes=5)


class SubscriptionAddressError(ValueError):
    """An address we will not fetch; the message never repeats the address."""


def normalise_address(address: str) -> str:
    """The address to fetch: ``webcal://`` is read as ``https://``; plain http is refused.

    Plain ``http://`` is allowed only to a loopback host (a calendar server on this machine):
    there the secret address never crosses a network. Anywhere else it would travel in the
    clear, and anyone on the way could read the calendar.
    """
    text = address.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in {"webcal", "webcals"}:
        text = "https" + text[len(parts.scheme) :]
        parts = urlsplit(text)
        scheme = "https"
    if scheme not in {"https", "http"} or not parts.hostname:
        raise SubscriptionAddressError(
            _("That is not a calendar address: it should start with https:// or webcal://.")
        )
    if scheme == "http" and not _loopback(parts.hostname):
        raise SubscriptionAddressError(
            _(
                "Plain http:// is refused: the secret address and your calendar would travel "
                "unencrypted. Use the https:// (or webcal://) address your calendar gives."
            )
        )
    return text


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def mask_address(address: str) -> str:
    """Scheme and host only (``https://calendar.google.com/…``): safe to show and to store."""
    parts = urlsplit(address.strip())
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme.lower()}://{host}{port}/…"


@dataclass(frozen=True)
class SubscriptionState:
    """What is known about the subscription, apart from its address."""

    masked: str
    every_hours: float = DEFAULT_EVERY_HOURS
    cafile: str = ""
    etag: str = ""
    last_modified: str = ""
    content_hash: str = ""
    last_ok: datetime | None = None  # the last time the server's calendar was read (or 304)
    last_attempt: datetime | None = None
    last_error: str = ""  # why the last attempt failed, in words; "" after a success
    failures: int = 0  # attempts failed in a row
    summary: tuple[str, ...] = field(default_factory=tuple)

    # -- timing ---------------------------------------------------------------------------

    @property
    def every(self) -> timedelta:
        return timedelta(hours=max(self.every_hours, MIN_EVERY_HOURS))

    def next_due(self) -> datetime | None:
        """When to refresh next: the interval after a success, a growing backoff after errors."""
        if self.last_attempt is None:
            return None  # never tried: due now
        if self.failures:
            wait: timedelta = min(self.every, FIRST_RETRY * 2 ** (self.failures - 1))
            return self.last_attempt + wait
        since: datetime = self.last_ok or self.last_attempt
        return since + self.every

    def due(self, now: datetime) -> bool:
        due = self.next_due()
        return due is None or now >= due

    # -- outcomes -------------------------------------------------------------------------

    def succeeded(
        self,
        now: datetime,
        *,
        etag: str,
        last_modified: str,
        content_hash: str,
        summary: tuple[str, ...] | None = None,
    ) -> SubscriptionState:
        return replace(
            self,
            etag=etag or self.etag,
            last_modified=last_modified or self.last_modified,
            content_hash=content_hash or self.content_hash,
            last_ok=now,
            last_attempt=now,
            last_error="",
            failures=0,
            summary=self.summary if summary is None else summary,
        )

    def failed(self, now: datetime, reason: str) -> SubscriptionState:
        return replace(self, last_attempt=now, last_error=reason, failures=self.failures + 1)

    # -- words ----------------------------------------------------------------------------

    def problem(self, zone: tzinfo) -> str | None:
        """The sentence for the tray and Today when the hours may be out of date, else None.

        "calendar not updated since Tuesday 14:02: the server answered 404"
        """
        if not self.last_error:
            return None
        if self.last_ok is None:
            return _("calendar not read yet: {why}").format(why=self.last_error)
        return _("calendar not updated since {when}: {why}").format(
            when=when_words(self.last_ok, zone), why=self.last_error
        )

    # -- storage (a plain dict for the settings table) ------------------------------------

    def to_dict(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["summary"] = list(self.summary)
        for key in ("last_ok", "last_attempt"):
            value = getattr(self, key)
            doc[key] = utc_iso(value) if value else None
        return doc

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> SubscriptionState:
        known = {k: v for k, v in doc.items() if k in cls.__dataclass_fields__}
        for key in ("last_ok", "last_attempt"):
            known[key] = from_utc_iso(known[key]) if known.get(key) else None
        known["summary"] = tuple(known.get("summary") or ())
        return cls(**known)


def when_words(instant: datetime, zone: tzinfo) -> str:
    """A weekday and a time ("Tuesday 14:02"), with the date when it is not this week's."""
    local = instant.astimezone(zone)
    return _("{weekday} {time} ({date})").format(
        weekday=_(DAY_NAMES[local.weekday()]),
        time=local.strftime("%H:%M"),
        date=local.strftime("%Y-%m-%d"),
    )


def subscription_problem(document: dict[str, Any] | None, display: tzinfo) -> str | None:
    """The sentence "calendar not updated since ...: why" for the tray and Today, or None.

    Takes the stored settings document (``calendar.subscription``), so the tray can ask on
    every refresh without loading the feed's HTTP, keyring and iCalendar machinery.
    """
    if not document:
        return None
    return SubscriptionState.from_dict(document).problem(display)
