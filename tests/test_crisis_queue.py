"""Possible crises wait (and mark the tray) until handled; handling is logged on the contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Direction, NewContact
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.crisis_queue import WAITING_DAYS, CrisisQueue
from after_hours.availability.schedule_store import ScheduleStore
from tests.helpers import office_hours

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


def test_waiting_until_handled_then_logged_in_the_note(profile) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    log = ContactLog(profile.db, clock)
    queue = CrisisQueue(profile.db, log)
    crisis = log.log(
        NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True, phrases=("end it all",))
    )
    log.log(NewContact(NOW, Channel.TEXT, client="A.B."))  # not a crisis
    log.log(  # the clinician's own message is never "waiting"
        NewContact(NOW, Channel.TEXT, client="J.D.", crisis=True, direction=Direction.OUT)
    )
    log.log(  # too old to be an alarm
        NewContact(NOW - timedelta(days=WAITING_DAYS + 1), Channel.TEXT, crisis=True)
    )
    assert [c.id for c in queue.waiting(NOW)] == [crisis.id]
    handled = queue.mark_handled(crisis.id, "  sent the crisis reply;  called on-call ", NOW)
    assert handled.note == "sent the crisis reply; called on-call"
    assert queue.waiting(NOW) == []
    assert log.get(crisis.id).note == "Handled: sent the crisis reply; called on-call"
    again = queue.handled(crisis.id)
    assert again is not None and again.handled_at == NOW
    # Deleting the contact takes the acknowledgement with it (no orphan, no FK error).
    log.delete(crisis.id)
    assert queue.handled(crisis.id) is None
