"""Fakes and a stepped APScheduler for the reminder tests (no sleeping, no real time)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from after_hours.availability.clock import ManualClock
from after_hours.availability.reminders import DueReview, ReminderService
from after_hours.availability.schedule import Schedule
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store import Profile, Settings

TORONTO = ZoneInfo("America/Toronto")


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0, tz: tzinfo = TORONTO) -> datetime:
    """A wall-clock time in Toronto (or ``tz``), as UTC."""
    return datetime(y, mo, d, h, mi, tzinfo=tz).astimezone(UTC)


def wall(instant: datetime, tz: tzinfo = TORONTO) -> tuple[date, time]:
    loc = instant.astimezone(tz)
    return loc.date(), loc.time().replace(tzinfo=None)


class FakeReviews:
    def __init__(self, reviews: Sequence[DueReview] = ()) -> None:
        self.reviews = list(reviews)

    def due_reviews(self, until: date) -> Sequence[DueReview]:
        return [r for r in self.reviews if r.due <= until]


class FakeSelfChecks:
    def __init__(self, last: datetime | None = None) -> None:
        self.last = last

    def last_completed(self) -> datetime | None:
        return self.last


class FakeContacts:
    """After-hours contacts at the given instants."""

    def __init__(self, *instants: datetime) -> None:
        self.instants = list(instants)

    def after_hours_count(self, start: datetime, end: datetime) -> int:
        return sum(1 for i in self.instants if start <= i < end)


def setup_profile(
    profile: Profile, clock: ManualClock, schedule: Schedule | None, **settings: Any
) -> None:
    """Save ``schedule`` and settings (keys with ``__`` for ``.``), display zone Toronto."""
    if schedule is not None:
        ScheduleStore(profile.db, clock).save(schedule, source="test")
    values = {"profile.timezone": "America/Toronto"}
    values.update({k.replace("__", "."): v for k, v in settings.items()})
    Settings(profile.db).update(values)


def service(
    profile: Profile,
    clock: ManualClock,
    *,
    reviews: FakeReviews | None = None,
    self_checks: FakeSelfChecks | None = None,
    contacts: FakeContacts | None = None,
    zone_name: Any = None,
) -> ReminderService:
    return ReminderService(
        profile.db,
        clock,
        reviews=reviews,
        self_checks=self_checks or FakeSelfChecks(datetime(2026, 11, 20, 15, tzinfo=UTC)),
        contacts=contacts,
        zone_name=zone_name,
    )


class SteppedScheduler(BaseScheduler):
    """A real APScheduler whose job processing runs only when the test calls ``step()``.

    Jobs run inline (``DebugExecutor``); APScheduler's own due-job, coalescing and misfire code
    decides what runs, reading the test's clock through ``clock_for_apscheduler``.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(executors={"default": DebugExecutor()}, **options)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)

    def wakeup(self) -> None:
        """Nothing: the test decides when time is looked at."""

    def step(self) -> None:
        self._process_jobs()


@contextmanager
def clock_for_apscheduler(monkeypatch: pytest.MonkeyPatch, clock: ManualClock) -> Iterator[None]:
    """Make APScheduler's ``datetime.now`` read ``clock`` (its scheduler and its executors)."""
    import apscheduler.executors.base as executors_base
    import apscheduler.schedulers.base as schedulers_base

    class ClockDatetime(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Any:
            now = clock.now()
            return now.astimezone(tz) if tz is not None else now.replace(tzinfo=None)

    monkeypatch.setattr(schedulers_base, "datetime", ClockDatetime)
    monkeypatch.setattr(executors_base, "datetime", ClockDatetime)
    yield
