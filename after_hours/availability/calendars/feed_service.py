"""Subscribe to a calendar and keep the hours in sync with it (the I/O edge: keyring, HTTPS, DB).

- The address lives only in the keyring (fail closed: no secure keyring, no subscription);
  the profile keeps a masked form and the refresh state in the settings table.
- Each refresh is all or nothing: the calendar is fetched and read completely, then stored as
  schedule versions from that moment (contacts already logged keep the hours then in force).
- A refresh that fails, or a calendar that turns invalid, keeps the last good hours and
  records why, for the tray and Today (:meth:`SubscriptionState.problem`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from after_hours.availability.calendars.feed import TIMEOUT_SECONDS, FeedError, Fetched, fetch
from after_hours.availability.calendars.ics_format import read_ics_calendar
from after_hours.availability.calendars.subscription import (
    DEFAULT_EVERY_HOURS,
    MIN_EVERY_HOURS,
    SubscriptionAddressError,
    SubscriptionState,
    mask_address,
    normalise_address,
)
from after_hours.availability.calendars.understood import ImportSummary
from after_hours.availability.clock import Clock
from after_hours.availability.schedule_codec import ScheduleFormatError
from after_hours.availability.schedule_store import CALENDAR_SOURCE as SOURCE
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.secrets import KeyringSecrets
from after_hours.availability.store.settings import Settings

log = logging.getLogger(__name__)

SERVICE = "after-hours calendar"
KEY = "subscription"
SETTING = "calendar.subscription"


class SubscriptionError(Exception):
    """Subscribing could not be done; nothing was changed. The message holds no address."""


@dataclass(frozen=True)
class RefreshOutcome:
    """What one refresh did, for the CLI and the app."""

    changed: bool  # new hours were stored
    state: SubscriptionState
    summary: ImportSummary | None = None
    error: str = ""  # why it failed (the last good hours were kept)


@dataclass(frozen=True)
class PendingRefresh:
    """The network half of a refresh: safe to run on a worker thread (no database)."""

    state: SubscriptionState
    address: str
    timeout: float = TIMEOUT_SECONDS

    def run(self) -> Fetched | str:
        """The server's answer, or why there is none (in words, without the address)."""
        if not self.address:
            return "its address is no longer in the keyring"
        try:
            return fetch(
                self.address,
                etag=self.state.etag,
                last_modified=self.state.last_modified,
                cafile=self.state.cafile,
                timeout=self.timeout,
            )
        except FeedError as exc:
            return str(exc)


class CalendarFeed:
    """The one subscription of a profile."""

    def __init__(
        self,
        settings: Settings,
        schedules: ScheduleStore,
        clock: Clock,
        *,
        default_zone: str,
        secrets: KeyringSecrets | None = None,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self._settings = settings
        self._schedules = schedules
        self._clock = clock
        self._zone = default_zone
        self._secrets = secrets or KeyringSecrets(SERVICE)
        self._timeout = timeout

    # -- state ----------------------------------------------------------------------------

    def state(self) -> SubscriptionState | None:
        doc: Any = self._settings.get(SETTING)
        return SubscriptionState.from_dict(doc) if doc else None

    def _save_state(self, state: SubscriptionState | None) -> None:
        self._settings.set(SETTING, state.to_dict() if state else None)

    # -- subscribe / unsubscribe ----------------------------------------------------------

    def subscribe(
        self,
        address: str,
        *,
        every_hours: float = DEFAULT_EVERY_HOURS,
        cafile: str = "",
        confirm: Callable[[ImportSummary, bool], bool] | None = None,
    ) -> RefreshOutcome:
        """Fetch and read the calendar once; only if that works, keep the address and hours.

        ``confirm`` is shown what was understood (and whether it replaces hours already set)
        before anything is stored; False cancels with nothing changed.
        """
        try:
            url = normalise_address(address)
        except SubscriptionAddressError as exc:
            raise SubscriptionError(str(exc)) from None
        if every_hours < MIN_EVERY_HOURS:
            raise SubscriptionError(
                f"Refreshing more often than every {MIN_EVERY_HOURS * 60:g} minutes is refused: "
                "calendar servers throttle clients that ask too often."
            )
        if not self._secrets.available():
            raise SubscriptionError(
                "No secure keyring is available, and the calendar's address is a secret (anyone "
                "holding it reads your calendar), so it is not kept anywhere else. Start a "
                "keyring (GNOME Keyring, KWallet...) or import an exported .ics file instead."
            )
        state = SubscriptionState(mask_address(url), every_hours=every_hours, cafile=cafile)
        now = self._clock.now()
        try:
            fetched = fetch(url, cafile=cafile, timeout=self._timeout)
            assert fetched.body is not None  # no validators were sent
            calendar = read_ics_calendar(
                fetched.body, source=state.masked, default_zone=self._zone, now=now
            )
        except (FeedError, ScheduleFormatError) as exc:
            raise SubscriptionError(f"The calendar could not be read: {exc}") from None
        if confirm is not None and not confirm(calendar.summary, self._schedules.has_schedule()):
            raise SubscriptionError("Cancelled.")
        if not self._secrets.set(KEY, url):
            raise SubscriptionError(
                "The keyring refused to keep the calendar's address; nothing was changed."
            )
        summary = calendar.summary
        state = state.succeeded(
            now,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            content_hash=_digest(fetched.body),
            summary=tuple(summary.lines()),
        )
        self._schedules.save_calendar(calendar, source=SOURCE)
        self._save_state(state)
        log.info("Subscribed to a calendar at %s.", state.masked)
        return RefreshOutcome(True, state, summary)

    def unsubscribe(self) -> bool:
        """Forget the address and the state; the hours stay as they are. False if none."""
        had = self.state() is not None
        self._secrets.delete(KEY)
        self._save_state(None)
        return had

    # -- refresh --------------------------------------------------------------------------

    def refresh_if_due(self) -> RefreshOutcome | None:
        """Refresh when the interval (or the backoff after errors) has passed, else None."""
        state = self.state()
        if state is None or not state.due(self._clock.now()):
            return None
        return self.refresh()

    def refresh(self) -> RefreshOutcome:
        """Fetch now; new hours from this moment if the calendar changed, else keep them."""
        pending = self.begin_refresh()
        return self.finish_refresh(pending, pending.run())

    def begin_refresh(self) -> PendingRefresh:
        """What a refresh needs from the profile and the keyring (on the caller's thread)."""
        state = self.state()
        if state is None:
            raise SubscriptionError("There is no calendar subscription.")
        return PendingRefresh(state, self._secrets.get(KEY) or "", self._timeout)

    def finish_refresh(self, pending: PendingRefresh, fetched: Fetched | str) -> RefreshOutcome:
        """Store what :meth:`PendingRefresh.run` brought (on the caller's thread)."""
        state = self.state() or pending.state
        now = self._clock.now()
        if isinstance(fetched, str):
            return self._failed(state, fetched)
        if fetched.body is None:  # 304: what we have is current
            state = state.succeeded(
                now, etag=fetched.etag, last_modified=fetched.last_modified, content_hash=""
            )
            self._save_state(state)
            return RefreshOutcome(False, state)
        digest = _digest(fetched.body)
        try:
            calendar = read_ics_calendar(
                fetched.body, source=state.masked, default_zone=self._zone, now=now
            )
        except ScheduleFormatError as exc:
            return self._failed(state, f"the calendar it sent cannot be read ({exc})")
        changed = digest != state.content_hash
        if changed:
            self._schedules.save_calendar(calendar, source=SOURCE, effective_from=now)
        state = state.succeeded(
            now,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            content_hash=digest,
            summary=tuple(calendar.summary.lines()),
        )
        self._save_state(state)
        return RefreshOutcome(changed, state, calendar.summary)

    def set_every(self, every_hours: float) -> None:
        state = self.state()
        if state is not None:
            self._save_state(replace(state, every_hours=max(every_hours, MIN_EVERY_HOURS)))

    def _failed(self, state: SubscriptionState, reason: str) -> RefreshOutcome:
        state = state.failed(self._clock.now(), reason)
        self._save_state(state)
        log.warning("Calendar refresh failed (%s): %s", state.masked, reason)
        return RefreshOutcome(False, state, None, reason)


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
