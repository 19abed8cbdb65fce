"""Subscribing to a calendar, against a real HTTPS server on loopback with its own test CA.

The server changes what it serves between refreshes (a new calendar, 304, 404, 500, a broken
file, a body that never finishes); the keyring is a real in-memory keyring backend.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.calendars.feed_service import CalendarFeed
from after_hours.availability.calendars.subscription import (
    SubscriptionAddressError,
    SubscriptionState,
    mask_address,
    normalise_address,
)
from after_hours.availability.clock import ManualClock
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import open_profile
from after_hours.availability.store.settings import Settings
from tests.calendar_server import CalendarServer, fixture_calendar_server, fixture_test_ca  # noqa: F401
from tests.helpers import cli
from tests.imap_server import MemoryKeyring, fixture_memory_keyring, fixture_no_keyring  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
TORONTO = (FIXTURES / "google-toronto-change.ics").read_bytes()
# The same calendar after the clinician moved the new hours one hour later (11:00-19:00).
LATER = TORONTO.replace(b"20260309T100000", b"20260309T110000").replace(
    b"20260309T180000", b"20260309T190000"
)
SECRET_PATH = "/calendar/ical/clinician%40example.org/private-5f3c9a1b7e2d4c6f8a0b/basic.ics"


def at(text: str) -> ManualClock:
    return ManualClock(datetime.fromisoformat(text).astimezone(UTC))


def status(home: Path, instant: str) -> str:
    r = cli(home, "status", "--at", instant, "--json")
    assert r.status == 0, r.err
    state: str = r.json()["state"]
    return state


def subscribe(home: Path, server: CalendarServer, clock: ManualClock) -> None:
    with open_profile(home) as profile:  # the user's zone, in which times are shown
        Settings(profile.db).set("profile.timezone", "America/Toronto")
    r = cli(
        home,
        "schedule",
        "subscribe",
        server.url(SECRET_PATH),
        "--every",
        "6",
        "--cafile",
        str(server.cafile),
        clock=clock,
    )
    assert r.status == 0, r.err
    assert server.url(SECRET_PATH) not in r.out + r.err


def test_subscribe_then_refresh_follows_the_calendar(
    tmp_path: Path, calendar_server: CalendarServer, memory_keyring: MemoryKeyring
) -> None:
    calendar_server.serve(TORONTO)
    subscribe(tmp_path, calendar_server, at("2026-03-01T12:00-05:00"))
    assert memory_keyring.items == {
        ("after-hours calendar", "subscription"): calendar_server.url(SECRET_PATH)
    }
    # A first subscription takes the calendar's whole history: before, on and after the change.
    assert status(tmp_path, "2026-03-02T08:30-05:00") == "in_hours"
    assert status(tmp_path, "2026-03-09T09:30-04:00") == "after_hours"
    assert status(tmp_path, "2026-03-09T10:30-04:00") == "in_hours"
    shown = cli(tmp_path, "schedule", "subscription", "--json").json()
    assert shown["address"] == f"https://127.0.0.1:{calendar_server.port}/…"
    assert shown["problem"] is None
    assert "1 one-off event became an on-call shift." in shown["understood"]

    # Nothing changed: the server answers 304 to our ETag, and no new version is stored.
    r = cli(tmp_path, "schedule", "refresh", clock=at("2026-03-02T12:00-05:00"))
    assert r.status == 0 and "has not changed" in r.out
    assert calendar_server.requests[-1].get("If-None-Match")

    # The clinician moves the new hours; the next refresh applies them from that moment.
    calendar_server.serve(LATER)
    r = cli(tmp_path, "schedule", "refresh", clock=at("2026-03-03T12:00-05:00"))
    assert r.status == 0, r.err
    assert "applies from now" in r.out or "apply from now" in r.out
    assert status(tmp_path, "2026-03-09T10:30-04:00") == "after_hours"
    assert status(tmp_path, "2026-03-09T11:30-04:00") == "in_hours"
    assert status(tmp_path, "2026-03-02T08:30-05:00") == "in_hours"  # the past is kept


def test_an_outage_keeps_the_last_good_hours_and_says_so(
    tmp_path: Path, calendar_server: CalendarServer, memory_keyring: MemoryKeyring
) -> None:
    calendar_server.serve(TORONTO)
    subscribe(tmp_path, calendar_server, at("2026-03-01T12:00-05:00"))  # a Sunday
    for answer, words in ((404, "the server answered 404"), (500, "the server answered 500")):
        calendar_server.fail(answer)
        r = cli(tmp_path, "schedule", "refresh", clock=at("2026-03-03T14:02-05:00"))
        assert r.status == 1
        assert f"calendar not updated since Sunday 12:00 (2026-03-01): {words}" in r.out
        assert "last good hours are kept" in r.out
        assert status(tmp_path, "2026-03-09T10:30-04:00") == "in_hours"
    calendar_server.serve(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026")  # cut short
    r = cli(tmp_path, "schedule", "refresh", clock=at("2026-03-03T15:00-05:00"))
    assert r.status == 1 and "cannot be read" in r.out and "truncated" in r.out
    assert status(tmp_path, "2026-03-09T10:30-04:00") == "in_hours"
    shown = cli(tmp_path, "schedule", "subscription", "--json").json()
    assert shown["failures"] == 3 and shown["problem"].startswith("calendar not updated since")

    # The server comes back with a change: one refresh picks it up and the warning goes.
    calendar_server.serve(LATER)
    r = cli(tmp_path, "schedule", "refresh", clock=at("2026-03-03T16:00-05:00"))
    assert r.status == 0, r.err
    assert status(tmp_path, "2026-03-09T10:30-04:00") == "after_hours"
    assert cli(tmp_path, "schedule", "subscription", "--json").json()["problem"] is None


def test_the_address_is_in_no_file_and_no_log(
    tmp_path: Path,
    calendar_server: CalendarServer,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    calendar_server.serve(TORONTO)
    home = tmp_path / "profile"
    subscribe(home, calendar_server, at("2026-03-01T12:00-05:00"))
    outputs = []
    for step, answer in enumerate((TORONTO, LATER, None, b"not a calendar")):
        if answer is None:
            calendar_server.fail(404)
        else:
            calendar_server.serve(answer)
        r = cli(home, "schedule", "refresh", clock=at(f"2026-03-0{step + 2}T12:00-05:00"))
        outputs.append(r.out + r.err)
    outputs.append(cli(home, "schedule", "subscription").out)
    assert cli(home, "backup").status == 0
    secret = "private-5f3c9a1b7e2d4c6f8a0b"
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" or "backup" in str(p) for p in files)
    for path in files:
        assert secret.encode() not in path.read_bytes(), path
    assert not any(secret in text for text in outputs)
    assert not any(secret in record.getMessage() for record in caplog.records)
    assert cli(home, "schedule", "unsubscribe").status == 0
    assert memory_keyring.items == {}


def test_an_untrusted_certificate_is_refused_and_nothing_is_kept(
    tmp_path: Path, calendar_server: CalendarServer, memory_keyring: MemoryKeyring
) -> None:
    calendar_server.serve(TORONTO)
    r = cli(tmp_path, "schedule", "subscribe", calendar_server.url(SECRET_PATH))
    assert r.status == 2
    assert "certificate could not be verified" in r.err and "Nothing was changed" in r.err
    assert memory_keyring.items == {}
    assert cli(tmp_path, "schedule", "subscription", "--json").json() == {"subscribed": False}


@pytest.mark.usefixtures("no_keyring")
def test_without_a_secure_keyring_there_is_no_subscription(
    tmp_path: Path, calendar_server: CalendarServer
) -> None:
    calendar_server.serve(TORONTO)
    r = cli(
        tmp_path,
        "schedule",
        "subscribe",
        calendar_server.url(SECRET_PATH),
        "--cafile",
        str(calendar_server.cafile),
    )
    assert r.status == 2 and "No secure keyring" in r.err
    assert calendar_server.requests == []  # not even fetched


def test_a_body_that_never_finishes_times_out(
    tmp_path: Path, calendar_server: CalendarServer, memory_keyring: MemoryKeyring
) -> None:
    calendar_server.serve(TORONTO)
    clock = at("2026-03-01T12:00-05:00")
    with open_profile(tmp_path) as profile:
        feed = CalendarFeed(
            Settings(profile.db),
            ScheduleStore(profile.db, clock),
            clock,
            default_zone="America/Toronto",
            timeout=0.5,
        )
        feed.subscribe(calendar_server.url(SECRET_PATH), cafile=str(calendar_server.cafile))
        calendar_server.answer.slow = True
        calendar_server.answer.body = LATER
        outcome = feed.refresh()
        assert "did not" in outcome.error and not outcome.changed
        assert (
            ScheduleStore(profile.db, clock)
            .history()
            .state_at(datetime.fromisoformat("2026-03-09T10:30-04:00"))
            .value
            == "in_hours"
        )


def test_refreshes_back_off_after_errors_and_resume_on_schedule() -> None:
    t0 = datetime(2026, 3, 3, 12, tzinfo=UTC)
    state = SubscriptionState("https://calendar.google.com/…", every_hours=6).succeeded(
        t0, etag='"a"', last_modified="", content_hash="h"
    )
    assert state.next_due() == t0 + timedelta(hours=6)
    waits = []
    for n in range(1, 10):
        state = state.failed(t0 + timedelta(hours=n), "the server answered 500")
        due = state.next_due()
        assert due is not None
        waits.append(due - (t0 + timedelta(hours=n)))
    assert waits[:4] == [timedelta(minutes=m) for m in (5, 10, 20, 40)]
    assert waits[-1] == timedelta(hours=6)  # never longer than the regular interval


def test_the_problem_sentence() -> None:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("America/Toronto")
    state = SubscriptionState("https://calendar.google.com/…").succeeded(
        datetime(2026, 12, 1, 19, 2, tzinfo=UTC), etag="", last_modified="", content_hash=""
    )
    assert state.problem(tz) is None
    state = state.failed(datetime(2026, 12, 3, 9, tzinfo=UTC), "the server answered 404")
    assert state.problem(tz) == (
        "calendar not updated since Tuesday 14:02 (2026-12-01): the server answered 404"
    )


@pytest.mark.parametrize(
    ("given", "fetched"),
    [
        (
            "webcal://p01-caldav.icloud.com/published/2/MTIz",
            "https://p01-caldav.icloud.com/published/2/MTIz",
        ),
        ("https://outlook.office365.com/owa/calendar/a@b/c/calendar.ics", None),
        ("https://calendar.google.com/calendar/ical/x/private-y/basic.ics", None),
        ("https://cloud.example.org/remote.php/dav/public-calendars/Ab?export", None),
        ("http://127.0.0.1:8080/cal.ics", None),
    ],
)
def test_addresses_of_each_calendar_are_read_the_same_way(given: str, fetched: str | None) -> None:
    assert normalise_address(given) == (fetched or given)
    assert mask_address(normalise_address(given)).endswith("/…")
    assert "private" not in mask_address(given) and "MTIz" not in mask_address(given)


@pytest.mark.parametrize("bad", ["http://calendar.example.org/x.ics", "ftp://x/y", "not a url"])
def test_plain_http_and_other_schemes_are_refused(bad: str) -> None:
    with pytest.raises(SubscriptionAddressError) as caught:
        normalise_address(bad)
    assert bad not in str(caught.value)


@pytest.mark.parametrize("name", ["outlook-sydney-change.ics", "apple-sydney-change.ics"])
def test_subscribed_changes_of_hours_answer_right_in_the_southern_hemisphere(
    tmp_path: Path, calendar_server: CalendarServer, memory_keyring: MemoryKeyring, name: str
) -> None:
    from tests.test_calendar_series import APPLE, SYDNEY

    calendar_server.serve((FIXTURES / name).read_bytes())
    subscribe(tmp_path, calendar_server, at("2026-03-01T12:00-05:00"))
    for instant, expected in SYDNEY if name.startswith("outlook") else APPLE:
        assert status(tmp_path, instant) == expected, instant
