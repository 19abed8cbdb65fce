"""Settings, part 2: thresholds with defaults and reset, default minutes, backups and restore."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from after_hours.availability.autostart import Autostart
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Settings
from after_hours.availability.store.settings import DEFAULTS
from after_hours.ui.base.services import Services
from after_hours.ui.pages.settings import SettingsPage
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 Toronto


@pytest.fixture
def services(profile):  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    return Services(profile, clock)


@pytest.fixture
def page(qtbot, services, tmp_path: Path) -> SettingsPage:  # type: ignore[no-untyped-def]
    p = SettingsPage(services, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(p)
    return p


def test_thresholds_show_defaults_change_the_level_and_reset(qtbot, page, services) -> None:  # type: ignore[no-untyped-def]
    evening = NOW - timedelta(hours=4, minutes=40)  # Fri 19:00 Toronto
    services.contacts.log(NewContact(evening, Channel.TEXT, client="J.D."))
    service = BurnoutService(services.profile.db, services.clock)
    assert service.assess().reasons == []  # one evening: below the default of 3
    spin = page.thresholds.spins["burnout.evenings.elevated"]
    assert spin.value() == DEFAULTS["burnout.evenings.elevated"] == 3
    with qtbot.waitSignal(services.events.settings_changed):
        spin.setValue(1)
    assert services.settings.get("burnout.evenings.elevated") == 1
    assert [r.indicator for r in service.assess().reasons] == ["evenings"]
    page.thresholds.spins["burnout.baseline_factor"].setValue(3.5)
    assert services.settings.get("burnout.baseline_factor") == 3.5
    page.thresholds.reset()
    assert spin.value() == 3 and services.settings.get("burnout.evenings.elevated") == 3
    assert services.settings.get("burnout.baseline_factor") == DEFAULTS["burnout.baseline_factor"]
    assert service.assess().reasons == []
    texts = [w.text() for w in page.thresholds.findChildren(type(page.saved))]
    assert "3 / 5" in texts  # evenings: the defaults, shown beside the fields


def test_default_minutes_per_channel_count_in_the_log(page, services) -> None:  # type: ignore[no-untyped-def]
    page.minutes.spins["contacts.minutes.phone"].setValue(25)
    services.contacts.log(NewContact(NOW - timedelta(hours=1), Channel.PHONE, client="J.D."))
    (c,) = services.contacts.query()
    assert c.minutes is None and c.minutes_effective == 25


def test_backups_listed_and_restored_after_confirmation(qtbot, page, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D."))
    page.backup_now()  # part 1's button, which now also refreshes the list
    assert page.backups.list.count() == 1
    services.contacts.log(NewContact(NOW, Channel.EMAIL, client="A.B."))
    assert services.contacts.count() == 2
    page.backups.list.setCurrentRow(0)
    monkeypatch.setattr(page.backups, "confirm", lambda name: False)
    assert not page.backups.restore_selected()
    assert services.contacts.count() == 2  # refused: nothing changed
    monkeypatch.setattr(page.backups, "confirm", lambda name: True)
    with qtbot.waitSignal(services.events.contacts_changed):
        assert page.backups.restore_selected()
    assert services.contacts.count() == 1
    names = [page.backups.list.item(i).text() for i in range(page.backups.list.count())]
    assert any(n.endswith(", what was there before a restore") for n in names)  # kept
    # Listed in words and in the user's zone, not as raw UTC file names (issue 17).
    assert all(not n.startswith("after-hours-") for n in names)
    assert re.fullmatch(r"\w{3} \d{1,2} \w{3} \d{4} \d\d:\d\d, .+", names[0])


def test_phone_history_imports_from_settings_and_says_what_it_did(
    qtbot, page, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from after_hours.availability.channels.senders import SenderMap
    from bench.phone_backup_data import Sms, write_sms

    SenderMap(services.profile.db, services.clock).add("+16135550101", "J.D.")
    at = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    path = write_sms(
        tmp_path / "sms.xml",
        [Sms("(613) 555-0101", at, 1, "See you Tuesday"), Sms("+18195550000", at, 1, "Promo")],
    )
    changed: list[bool] = []
    services.events.contacts_changed.connect(lambda: changed.append(True))
    assert page.phone_history.import_path(path)
    text = page.phone_history.summary.text()
    assert text.startswith("Imported 1 contact(s) from sms.xml") and "1 from numbers" in text
    assert changed and services.contacts.count() == 1
    bad = tmp_path / "bad.xml"
    bad.write_text("<smses><sms date='x' type='1'/></smses>")
    assert not page.phone_history.import_path(bad)
    assert "nothing was changed" in page.phone_history.summary.text()
    assert services.contacts.count() == 1
