"""Part 2's dialogs and groups: every control a keyboard reaches has a name."""

from __future__ import annotations

from datetime import UTC, date, datetime

from after_hours.availability.agreements import Agreement
from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, NewContact
from after_hours.availability.store import Settings
from after_hours.ui.base.services import Services
from after_hours.ui.dialogs.agreement import AgreementDialog
from after_hours.ui.dialogs.contact import ContactDialog
from after_hours.ui.widgets.settings_groups import BackupsGroup, MinutesGroup, ThresholdsGroup
from tests.test_accessibility import unnamed_controls

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


def test_contact_and_agreement_dialogs_and_settings_groups_are_named(qtbot, profile) -> None:  # type: ignore[no-untyped-def]
    Settings(profile.db).set("profile.timezone", "America/Toronto")
    services = Services(profile, ManualClock(NOW))
    contact = services.contacts.log(NewContact(NOW, Channel.TEXT, client="J.D."))
    widgets = [
        ContactDialog(services, contact),
        ContactDialog(services, None),
        AgreementDialog(date(2026, 11, 20), Agreement("J.D.", (Channel.EMAIL,), date(2026, 1, 5))),
        ThresholdsGroup(services),
        MinutesGroup(services),
        BackupsGroup(services),
    ]
    for w in widgets:
        qtbot.addWidget(w)
        w.show()
        assert unnamed_controls(w) == [], type(w).__name__
