"""Build a report from a profile: read the domain services, adapt, and call ``compose_report``.

Nothing is computed twice: weekly indicators and the risk level come from
``after_hours.availability.burnout`` (one series for the whole period plus the baseline weeks before it,
each week assessed by the same ``assess`` the dashboard and ``risk`` use), contacts from the
contact log, agreements from the agreement store and scores from the self-check store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.burnout.indicators import INDICATORS
from after_hours.availability.burnout.weeks import IsoWeek
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Contact
from after_hours.availability.crisis_queue import CrisisQueue, Handled
from after_hours.availability.report.compose import compose_report, period_bounds
from after_hours.availability.report.model import (
    AgreementRecord,
    ContactRecord,
    IndicatorDef,
    Period,
    Report,
    SelfCheckRecord,
    paper_for,
)
from after_hours.availability.report.weeks import recent_weeks as recent_weeks
from after_hours.availability.report.weeks import week_records as week_records
from after_hours.availability.report.weeks import weekly_series_with_risk
from after_hours.availability.selfcheck.store import SelfCheckStore
from after_hours.availability.store import Settings

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
