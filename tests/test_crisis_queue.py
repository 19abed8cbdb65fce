"""Possible crises wait (and mark the tray) until handled; handling is logged on the contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts import Channel, Direction, NewContact
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.crisis_queue import CrisisQueue
from after_hours.availability.crisis_recent import WAITING_DAYS, recent_crisis_logged
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


def test_the_quick_check_says_no_only_when_nothing_can_be_waiting(profile) -> None:  # type: ignore[no-untyped-def]
    """`recent_crisis_logged` is the queue's first filter alone: "no" means nothing waits.

    It runs before the first paint instead of the queue (crisis_recent.py), so it must never
    say "no" while the queue would show a crisis, at the very edge of the waiting days too.
    """
    clock = ManualClock(NOW)
    ScheduleStore(profile.db, clock).save(office_hours(), source="test")
    log = ContactLog(profile.db, clock)
    queue = CrisisQueue(profile.db, log)
    edge = NOW - timedelta(days=WAITING_DAYS)
    assert not recent_crisis_logged(profile.db, NOW)
    log.log(NewContact(edge - timedelta(seconds=1), Channel.TEXT, crisis=True))
    log.log(NewContact(NOW - timedelta(hours=1), Channel.TEXT, client="Ash"))  # no crisis
    assert queue.waiting(NOW) == []
    assert not recent_crisis_logged(profile.db, NOW)
    at_edge = log.log(NewContact(edge, Channel.TEXT, client="Bo", crisis=True))
    assert [c.id for c in queue.waiting(NOW)] == [at_edge.id]
    assert recent_crisis_logged(profile.db, NOW)
    # Handled, it no longer waits; the quick check still says "look" (a superset), and the
    # queue's answer is the one shown.
    queue.mark_handled(at_edge.id, "called back", NOW)
    assert queue.waiting(NOW) == []
    assert recent_crisis_logged(profile.db, NOW)
    # A second later the edge contact is out of the waiting days for both.
    assert not recent_crisis_logged(profile.db, NOW + timedelta(seconds=1))
