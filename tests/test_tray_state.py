"""The tray's state and tooltip, decided without Qt, and the monitoring pause behind it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from after_hours.availability.clock import ManualClock
from after_hours.availability.pause import (
    PauseChoice,
    current_pause,
    monitoring_paused,
    pause_end,
    pause_monitoring,
    resume_monitoring,
)
from after_hours.availability.schedule import ScheduleHistory
from after_hours.availability.status import compute_status
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone
from after_hours.availability.tray_state import (
    MAX_WAIT,
    CrisisWaiting,
    TrayState,
    tray_view,
    wait_until,
)
from tests.helpers import office_hours

TORONTO = zone("America/Toronto")
HISTORY = ScheduleHistory.single(office_hours(on_call=True))


def view_at(at: datetime, **kw):  # type: ignore[no-untyped-def]
    return tray_view(compute_status(HISTORY, at, "America/Toronto"), TORONTO, **kw)


def test_each_schedule_state_has_its_tooltip_and_shape() -> None:
    wed_10 = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
    v = view_at(wed_10)
    assert (v.state, v.tooltip, v.icon_file) == (
        TrayState.AVAILABLE,
        "Available until 17:00",
        "state-available.svg",
    )
    v = view_at(datetime(2026, 11, 19, 6, 0, tzinfo=UTC))  # Thu 01:00, on call since Wed 22:00
    assert (v.state, v.tooltip, v.icon_file) == (
        TrayState.ON_CALL,
        "On call until 02:00",
        "state-on-call.svg",
    )
    v = view_at(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))  # Fri 23:40
    assert (v.state, v.tooltip, v.icon_file) == (
        TrayState.OFF_HOURS,
        "Off hours, back Mon 09:00",
        "state-off.svg",
    )
    assert len({f.icon_file for f in (v, view_at(wed_10))}) == 2


def test_recheck_is_armed_for_the_next_edge_but_capped() -> None:
    at = datetime(2026, 11, 18, 21, 50, tzinfo=UTC)  # Wed 16:50, ten minutes before the edge
    assert view_at(at).recheck_in == timedelta(minutes=10)
    assert view_at(datetime(2026, 11, 18, 15, 0, tzinfo=UTC)).recheck_in == MAX_WAIT
    assert wait_until(at, [None]) == MAX_WAIT
    assert wait_until(at, [at - timedelta(hours=1)]) == MAX_WAIT  # a past edge never spins


def test_pause_and_crisis_take_precedence_in_that_order() -> None:
    at = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wed 10:00
    paused = pause_end(PauseChoice.ONE_HOUR, at, TORONTO)
    from after_hours.availability.pause import Pause

    v = view_at(at, pause=Pause(paused))
    assert v.state is TrayState.PAUSED
    assert v.tooltip == "Monitoring paused until 11:00\nAvailable until 17:00"
    assert v.recheck_in == MAX_WAIT
    soon = view_at(at, pause=Pause(at + timedelta(minutes=20)))
    assert soon.recheck_in == timedelta(minutes=20)  # the pause ending is an edge too
    assert view_at(at, pause=Pause(None)).headline == "Monitoring paused"
    crisis = CrisisWaiting("J.D.", datetime(2026, 11, 14, 4, 40, tzinfo=UTC), count=2)
    assert view_at(at, crisis=crisis).headline.startswith(
        "Possible crisis waiting: J.D., Fri 23:40"
    )
    v = view_at(at, pause=Pause(None), crisis=crisis)
    assert v.state is TrayState.CRISIS and v.icon_file == "state-crisis.svg"
    assert v.headline == "Possible crisis waiting: J.D., Fri 23:40 (+1 more)"


def test_pause_choices_and_their_setting(profile) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(profile.db)
    clock = ManualClock(datetime(2026, 11, 19, 1, 0, tzinfo=UTC))  # Wed 20:00 Toronto
    assert not monitoring_paused(settings, clock.now())
    p = pause_monitoring(settings, PauseChoice.UNTIL_TOMORROW, clock.now(), TORONTO)
    assert p.until is not None and p.until.astimezone(TORONTO).isoformat() == (
        "2026-11-19T08:00:00-05:00"
    )
    assert monitoring_paused(settings, clock.now())
    clock.set(p.until)
    assert not monitoring_paused(settings, clock.now())  # it ends by itself
    pause_monitoring(settings, PauseChoice.INDEFINITELY, clock.now(), TORONTO)
    assert settings.get("monitoring.paused_until") == "indefinitely"
    pause = current_pause(settings, clock.now() + timedelta(days=400))
    assert pause is not None and pause.indefinite
    resume_monitoring(settings)
    assert current_pause(settings, clock.now()) is None


def test_until_tomorrow_is_wall_clock_across_a_dst_change() -> None:
    # Sat 2026-10-31 21:00 Toronto (EDT); Sunday 08:00 is EST after the fall-back.
    at = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)
    end = pause_end(PauseChoice.UNTIL_TOMORROW, at, TORONTO)
    assert end is not None and end == datetime(2026, 11, 1, 13, 0, tzinfo=UTC)
