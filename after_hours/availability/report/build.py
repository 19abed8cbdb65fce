"""Build a report from a profile: read the domain services, adapt, and call ``compose_report``.

Nothing is computed twice: weekly indicators and the risk level come from
``after_hours.availability.burnout`` (one series for the whole period plus the baseline weeks before it,
each week assessed by the same ``assess`` the dashboard and ``risk`` use), contacts from the
contact log, agreements from the agreement store and scores from the self-check store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.burnout.indicators import INDICATORS, WeekIndicators
from after_hours.availability.burnout.risk import Thresholds, assess
from after_hours.availability.burnout.service import BurnoutService
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Contact
from after_hours.availability.crisis_queue import CrisisQueue, Handled
from after_hours.availability.report.compose import compose_report, period_bounds, weekly_rows
from after_hours.availability.report.model import (
    AgreementRecord,
    ContactRecord,
    IndicatorDef,
    Period,
    Report,
    SelfCheckRecord,
    WeekRecord,
    WeekRow,
    paper_for,
)
from after_hours.availability.selfcheck.store import SelfCheckStore
from after_hours.availability.store import Settings
from after_hours.availability.timeutil import zone

if TYPE_CHECKING:
    from sqlite_utils import Database

# Indicators that are a state or a ratio, not a count: over a period they are averaged.
NOT_SUMMABLE = frozenset({"after_hours_share", "days_since_disconnected", "longest_run"})


def indicator_defs() -> tuple[IndicatorDef, ...]:
    return tuple(IndicatorDef(i.name, i.label, i.name not in NOT_SUMMABLE) for i in INDICATORS)


def contact_record(c: Contact, handled: Mapping[int, Handled] | None = None) -> ContactRecord:
    """The report's view of a logged contact (the crisis phrases are deliberately dropped).

    What was done about a crisis is its "Mark as handled" note, else the contact's own note.
    """
    mark = handled.get(c.id) if handled else None
    done = mark.note if mark is not None and mark.note else (c.note if c.crisis else "")
    return ContactRecord(
        at=c.at,
        channel=c.channel.value,
        kind=c.kind.value,
        direction=c.direction.value,
        client=c.client,
        minutes=c.minutes_effective,
        classification=c.classification.value,
        crisis=c.crisis,
        categories=tuple(c.categories),
        boundary=c.boundary,
        note=c.note,
        handled=mark is not None,
        handled_note=done,
    )


def week_records(
    series: Sequence[WeekIndicators],
    baseline_weeks: int,
    thresholds: Thresholds,
    cuts: Mapping[IsoWeek, tuple[WeekIndicators, tuple[date, date]]] | None = None,
) -> list[WeekRecord]:
    """Each week assessed against the ``baseline_weeks`` before it, as ``risk`` does.

    A week in ``cuts`` is shown and assessed with only its days inside the period; the weeks
    before it still count whole in its baseline.
    """
    out = []
    for i, whole in enumerate(series):
        previous = series[max(0, i - baseline_weeks) : i]
        week, days = cuts[whole.week] if cuts and whole.week in cuts else (whole, None)
        a = assess(week, previous, thresholds)
        out.append(
            WeekRecord(
                week.week.monday,
                dict(week.values),
                dict(a.baselines),
                a.level.value,
                tuple(r.text for r in a.reasons),
                tuple(r.indicator for r in a.reasons),
                days,
            )
        )
    return out


def weekly_series_with_risk(
    db: Database,
    clock: Clock,
    first: IsoWeek,
    last: IsoWeek,
    period: tuple[date, date] | None = None,
) -> list[WeekRecord]:
    """Weeks ``first`` to ``last`` assessed like ``risk``, plus the baseline weeks before them.

    With a ``period`` (first and last day), the weeks it cuts count only its days: a report to
    30 November, a Monday, counted that whole week's contacts before (issue 17).
    """
    settings = Settings(db)
    baseline_weeks = int(settings.get("burnout.baseline_weeks"))
    span = (last.monday - first.monday).days // 7 + 1
    service = BurnoutService(db, clock)
    series = service.weekly_series(span + baseline_weeks, last)
    cuts: dict[IsoWeek, tuple[WeekIndicators, tuple[date, date]]] = {}
    if period is not None:
        start, end = period
        for week in {IsoWeek.containing(start), IsoWeek.containing(end)}:
            days = (max(start, week.monday), min(end, week.sunday))
            if days != (week.monday, week.sunday):
                cuts[week] = (service.week_cut(week, *days), days)
    return week_records(series, baseline_weeks, Thresholds.from_settings(settings.get), cuts)


def recent_weeks(db: Database, clock: Clock, weeks: int = 12) -> tuple[WeekRow, ...]:
    """The last ``weeks`` weeks (this one included) with level, baseline and usual band.

    What the dashboard's 12-week chart shows; the same rows as a report's, so the chart on
    screen and the chart in the PDF agree.
    """
    settings = Settings(db)
    tz = zone(settings.display_zone_name())
    today = clock.now().astimezone(tz).date()
    last = IsoWeek.containing(today)
    first = last.shift(-(weeks - 1))
    records = weekly_series_with_risk(db, clock, first, last)
    period = Period(first.monday, last.sunday, settings.display_zone_name())
    return weekly_rows(records, period, "after_hours_contacts", today)


def build_report(
    db: Database,
    clock: Clock,
    start: date,
    end: date,
    *,
    identify_clients: bool = False,
    include_notes: bool = False,
) -> Report:
    """The supervision summary of ``start`` to ``end`` (whole local days, both included)."""
    settings = Settings(db)
    period = Period(start, end, settings.display_zone_name())
    lo, hi = period_bounds(period)
    log = ContactLog(db, clock)
    found = log.query(lo, hi)
    queue = CrisisQueue(db, log)
    marks = {c.id: m for c in found if c.crisis and (m := queue.handled(c.id)) is not None}
    contacts = [contact_record(c, marks) for c in found]

    weeks = weekly_series_with_risk(
        db, clock, IsoWeek.containing(start), IsoWeek.containing(end), (start, end)
    )

    # Ordered by when they were discussed, so letters given to clients known only through an
    # agreement do not follow the pseudonyms' alphabetical order.
    agreements = [
        AgreementRecord(a.client, a.next_review)
        for a in sorted(AgreementStore(db, clock).all(), key=lambda a: (a.discussed_on, a.client))
    ]
    checks = [
        SelfCheckRecord(
            p.at.astimezone(lo.tzinfo).date(),
            {"personal": p.personal, "work": p.work, "client": p.client},
        )
        for p in SelfCheckStore(db, clock).trend(lo, hi)
    ]
    report = compose_report(
        period=period,
        generated_at=clock.now(),
        contacts=contacts,
        indicators=indicator_defs(),
        weeks=weeks,
        agreements=agreements,
        self_checks=checks,
        identify_clients=identify_clients,
        include_notes=include_notes,
    )
    return replace(report, paper=paper_for(str(settings.get("profile.region") or "")))
