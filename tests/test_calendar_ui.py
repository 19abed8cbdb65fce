"""Hours from a calendar in the app, offscreen.

The Settings group, the confirm step, the refresh timer's worker, and the stale-calendar
sentence in the tray tooltip and on Today.

A real HTTPS server on loopback with its own CA; the address goes to a real (in-memory) keyring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.calendars.feed_service import CalendarFeed
from after_hours.availability.calendars.understood import ImportSummary
from after_hours.availability.clock import ManualClock
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.pages.today import TodayPage
from after_hours.ui.shell.calendar_sync import CalendarSync
from after_hours.ui.shell.tray import TrayController
from after_hours.ui.widgets.calendar_subscription import CalendarGroup
from tests.calendar_server import CalendarServer, fixture_calendar_server, fixture_test_ca  # noqa: F401
from tests.imap_server import MemoryKeyring, fixture_memory_keyring  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
TORONTO = (FIXTURES / "google-toronto-change.ics").read_bytes()
SECRET = "/calendar/ical/x%40example.org/private-0123456789abcdef/basic.ics"


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    return Services(profile, ManualClock(datetime(2026, 3, 3, 17, 0, tzinfo=UTC)))  # Tue 12:00


def feed_for(services: Services) -> CalendarFeed:
    return CalendarFeed(
        services.settings,
        services.schedules,
        services.clock,
        default_zone="America/Toronto",
        timeout=5,
    )


def test_settings_group_shows_what_was_understood_before_replacing_hours(
    qtbot, services, calendar_server, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    calendar_server.serve(TORONTO)
    seen: list[tuple[ImportSummary, bool]] = []

    def decline(summary: ImportSummary, replaces: bool) -> bool:
        seen.append((summary, replaces))
        return False

    group = CalendarGroup(services, feed=feed_for(services), confirm=decline)
    qtbot.addWidget(group)
    group.address.setText(calendar_server.url(SECRET))
    assert group.address.echoMode() == group.address.EchoMode.Password
    # Without the server's CA the address is refused, with the reason, and nothing is kept.
    assert not group.subscribe()
    assert "certificate could not be verified" in group.state.text()
    assert not seen and memory_keyring.items == {}

    # With it: the summary is shown first; declining keeps everything as it was.
    group.cafile.setText(str(calendar_server.cafile))
    assert not group.subscribe()
    assert seen and "2 weekly series became working hours" in seen[0][0].text()
    assert seen[0][1] is False  # no hours yet: nothing is replaced
    assert memory_keyring.items == {} and not services.schedules.has_schedule()
    assert "Cancelled" in group.state.text()

    group._confirm = lambda summary, replaces: True  # the user presses OK
    assert group.subscribe()
    assert services.schedules.has_schedule()
    assert f"Subscribed to https://127.0.0.1:{calendar_server.port}/…" in group.state.text()
    assert "private-0123456789abcdef" not in group.state.text()
    assert group.address.text() == ""


def test_a_failed_refresh_shows_on_today_and_in_the_tray(
    qtbot, services, calendar_server, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    calendar_server.serve(TORONTO)
    feed = feed_for(services)
    feed.subscribe(calendar_server.url(SECRET), cafile=str(calendar_server.cafile))
    today = TodayPage(services)
    qtbot.addWidget(today)
    tray = TrayController(services, tray_available=lambda: False)
    try:
        assert not today.calendar.isVisibleTo(today)
        calendar_server.fail(404)
        services.clock.advance(timedelta(hours=7))  # due again
        sync = CalendarSync(services)
        with qtbot.waitSignal(sync.finished, timeout=10_000):
            assert sync.tick()
        today.refresh()
        expected = "calendar not updated since Tuesday 12:00 (2026-03-03): the server answered 404"
        assert expected in tray.icon.toolTip()
        assert today.calendar.isVisibleTo(today)
        assert today.calendar.text().startswith("Calendar not updated since Tuesday 12:00")
        # Backoff: the next attempt is 5 minutes later, not at the next tick.
        assert not sync.tick()
        services.clock.advance(timedelta(minutes=5))
        calendar_server.serve(TORONTO.replace(b"T100000", b"T110000"))
        with qtbot.waitSignal(sync.finished, timeout=10_000):
            assert sync.tick()
        today.refresh()
        assert not today.calendar.isVisibleTo(today)
        assert "not updated" not in tray.icon.toolTip()
    finally:
        tray.dispose()


def test_the_wizard_can_use_my_calendar(qtbot, services, calendar_server, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from after_hours.ui.dialogs.wizard import FirstRunWizard

    calendar_server.serve(TORONTO)
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)

    def fill_in() -> None:  # what the user does in the dialog
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        group = dialog.findChild(CalendarGroup)
        group.address.setText("webcal" + calendar_server.url(SECRET)[len("https") :])
        group.cafile.setText(str(calendar_server.cafile))
        group._confirm = lambda summary, replaces: True  # presses OK on the summary
        group.subscribe_button.click()

    QTimer.singleShot(0, fill_in)
    assert wizard.hours.use_calendar()
    assert "kept in sync" in wizard.hours.note.text()
    # Tuesday 3 March 2026 in Toronto: the calendar's old hours, 08:00-16:00, Mon-Fri.
    assert {(w.start.hour, w.end.hour) for w in wizard.hours.editor.windows()} == {(8, 16)}
    versions = len(services.schedules.history().versions)
    wizard.save()  # Finish keeps the calendar's versions (the change on 9 March included)
    assert len(services.schedules.history().versions) == versions
    assert memory_keyring.items  # the address is in the keyring, nowhere else


SETTINGS_PROBE = """
import json, sys
from after_hours.availability.clock import SystemClock
from after_hours.availability.store import Settings, open_profile
from after_hours.ui.base.services import Services
from after_hours.ui.shell.app import make_qapp
from after_hours.ui.widgets.calendar_subscription import CalendarGroup

make_qapp()
profile = open_profile(sys.argv[1])
Settings(profile.db).set("calendar.subscription", {"masked": "https://calendar.example/…",
                                                  "every_hours": 6.0})
group = CalendarGroup(Services(profile, SystemClock()))
group.show()
heavy = ("icalendar", "recurring_ical_events", "keyring")
shown = {"state": group.state.text(), "loaded": [m for m in heavy if m in sys.modules]}
group.every.setValue(12.0)
print(json.dumps({
    **shown,
    "every": Settings(profile.db).get("calendar.subscription")["every_hours"],
}))
profile.close()
"""


def test_the_calendar_group_shows_and_edits_a_subscription_without_the_feed_machinery(
    tmp_path: Path,
) -> None:
    """Visiting Settings loads no iCalendar code (docs/benchmarks.md): only the saved state."""
    done = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["state"].startswith("Subscribed to https://calendar.example/…")
    assert report["loaded"] == []
    assert report["every"] == 12.0  # a change still saves (the feed service loads for it)
