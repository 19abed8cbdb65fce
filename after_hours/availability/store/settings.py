"""User settings, kept in the profile database beside the data they shape.

Values are JSON. Every key has a default declared in ``DEFAULTS`` so a fresh profile and an
upgraded one read the same; the UI's Settings page and the CLI both go through this class.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from after_hours.availability.store.lazy import upsert_row
from after_hours.availability.timeutil import system_zone_name, zone

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULTS: dict[str, Any] = {
    # Who and where: the name goes into replies, the region picks crisis lines.
    "profile.name": "",
    "profile.region": "CA",
    # The zone instants are shown in; empty means "the system's zone, wherever I am".
    "profile.timezone": "",
    "app.first_run_done": False,
    # Monitoring pause (tray menu): null, a UTC ISO instant, or "indefinitely". Reminders and
    # mail alerts check it through ``after_hours.availability.pause.monitoring_paused``.
    "monitoring.paused_until": None,
    # The desktop shell: whether "no system tray here" was already said once, and start at login.
    "app.no_tray_noted": False,
    # Closing the window the first time says the app keeps running in the tray (once).
    "app.close_to_tray_noted": False,
    "app.start_at_login": False,
    # The interface language: "" follows the system's (LANG...), else "en" or "fr".
    "app.language": "",
    # Reminders (docs/reminders.md explains each default).
    "reminders.enabled": True,
    "reminders.off_kinds": [],  # kind tokens the user turned off, e.g. ["wind-down"]
    "reminders.window_start_lead_minutes": 10,
    "reminders.window_end_lead_minutes": 15,
    "reminders.short_break_minutes": 60,
    "reminders.pre_off_min_hours": 24,
    "reminders.pre_off_lead_minutes": 60,
    "reminders.admin_time": "10:00",
    "reminders.self_check_every_months": 1,
    "reminders.wind_down_time": "21:30",
    "reminders.evening_starts": "17:00",
    # Supervision: wall-clock dates ("2026-12-03T14:00") and/or an RFC 5545 recurrence
    # ("DTSTART:20261105T140000\nRRULE:FREQ=MONTHLY;BYDAY=1TH"), in the schedule's zone.
    "supervision.dates": [],
    "supervision.recurrence": "",
    "supervision.prep_lead_hours": 24,
    # Minutes a contact counts for when none were logged, per channel (docs/contacts.md).
    # Rough, editable estimates: reading and answering a text takes a few minutes, a call
    # or an unplanned visit longer.
    "contacts.minutes.text": 3,
    "contacts.minutes.email": 5,
    "contacts.minutes.phone": 10,
    "contacts.minutes.voicemail": 3,
    "contacts.minutes.social_media": 3,
    "contacts.minutes.messaging_app": 3,
    "contacts.minutes.video": 20,
    "contacts.minutes.in_person": 15,
    "contacts.minutes.other": 5,
    # Risk thresholds (docs/burnout.md): heuristics, not validated cut-offs. Each indicator
    # has a weekly value at which it becomes a reason for "elevated" and one for "high".
    "burnout.after_hours_contacts.elevated": 10,
    "burnout.after_hours_contacts.high": 20,
    "burnout.evenings.elevated": 3,
    "burnout.evenings.high": 5,
    "burnout.nights.elevated": 2,
    "burnout.nights.high": 4,
    "burnout.weekend_days.elevated": 2,
    "burnout.weekend_days.high": 3,
    "burnout.days_since_disconnected.elevated": 7,
    "burnout.days_since_disconnected.high": 14,
    "burnout.longest_run.elevated": 4,
    "burnout.longest_run.high": 7,
    "burnout.quick_replies.elevated": 3,
    "burnout.quick_replies.high": 6,
    "burnout.after_hours_share.elevated": 25,
    "burnout.after_hours_share.high": 40,
    "burnout.after_hours_minutes.elevated": 120,
    "burnout.after_hours_minutes.high": 300,
    "burnout.crisis_contacts.elevated": 1,
    "burnout.crisis_contacts.high": 3,
    "burnout.boundary_events.elevated": 2,
    "burnout.boundary_events.high": 4,
    # The share after hours is only judged in weeks with at least this many contacts.
    "burnout.after_hours_share.min_contacts": 10,
    # A value this many times the usual (and at least 2 more) is a reason on its own.
    "burnout.baseline_factor": 2.0,
    # Weeks the usual is taken over (the median), and how many must have data.
    "burnout.baseline_weeks": 8,
    # "Elevated" reasons that together make the level "high".
    "burnout.elevated_reasons_for_high": 4,
    # Crisis scripts: the language of replies (a folder in after_hours/resources/templates; ""
    # follows the interface language; a client's agreement may name another) and the
    # agency's on-call procedure, quoted in the clinician's steps ("call the on-call
    # supervisor at 555-0100").
    "crisis.language": "",
    "crisis.on_call_procedure": "",
    # The date of the last supervision (ISO date, "" for never): the export's "since last
    # supervision" period starts the day after it.
    "supervision.last_date": "",
    # The calendar subscription's state (masked address, ETag, last success, last error); the
    # address itself is only in the keyring. null when there is none.
    "calendar.subscription": None,
    # Channels besides the mailbox (docs/channels.md): off until the clinician turns them on.
    # Unknown senders are "ignore"d or "log"ged as 'unknown', per channel.
    "channels.notifications.enabled": False,
    "channels.notifications.unknown_senders": "ignore",
    "channels.kdeconnect.enabled": False,
    "channels.kdeconnect.unknown_senders": "ignore",
}


class Settings:
    """Typed access to the ``settings`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            if key not in DEFAULTS:
                raise KeyError(f"unknown setting {key!r}")
            return DEFAULTS[key]
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        upsert_row(self._db, "settings", {"key": key, "value": json.dumps(value)}, pk="key")

    def update(self, values: Mapping[str, Any]) -> None:
        with self._db.atomic():
            for key, value in values.items():
                self.set(key, value)

    def all(self) -> dict[str, Any]:
        stored = {r["key"]: json.loads(r["value"]) for r in self._db.table("settings").rows}
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    # -- derived values used everywhere ------------------------------------------------------

    def display_zone_name(self) -> str:
        """The zone to show instants in: the user's choice, else the system's current zone."""
        name = str(self.get("profile.timezone") or "")
        if name:
            zone(name)
            return name
        return system_zone_name()
