"""Pure assembly of a :class:`Report` from plain records: no database, no clock, no Qt.

The builder (``after_hours.availability.report.build``) reads the domain services and calls
:func:`compose_report`; tests call it directly with hand-made records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from after_hours.availability.burnout.indicators import NIGHT_END, NIGHT_START
from after_hours.availability.i18n import N_
from after_hours.availability.report.deidentify import ClientLabels
from after_hours.availability.report.model import (
    AgreementRecord,
    AgreementsSection,
    BoundaryRow,
    ContactRecord,
    ContactRow,
    CrisisRow,
    HeatMap,
    IndicatorDef,
    IndicatorTotal,
    OverdueReview,
    Period,
    ReasonCount,
    Report,
    SelfCheckPoint,
    SelfCheckRecord,
    Totals,
    WeekRecord,
    WeekRow,
)
from after_hours.availability.report.prompts import choose_prompts
from after_hours.availability.report.weeks import BAND_MIN_WEEKS as BAND_MIN_WEEKS
from after_hours.availability.report.weeks import BAND_WEEKS as BAND_WEEKS
from after_hours.availability.report.weeks import quartiles as quartiles
from after_hours.availability.report.weeks import usual_band as usual_band
from after_hours.availability.report.weeks import weekly_rows as weekly_rows

# "Late at night" is the burnout module's night (22:00 to 06:00): contact then eats into the
# 11 hours of daily rest the EU Working Time Directive (2003/88/EC) sets as a floor.
LATE_NIGHT_START = NIGHT_START
LATE_NIGHT_END = NIGHT_END

# What a boundary event was, in English; the writers translate it (``text.boundary_what``).
BOUNDARY_WORDS = {
    "friend_request": N_("friend request"),
    "client_search": N_("looked a client up"),
    "gift": N_("gift"),
    "other_boundary": N_("other boundary event"),
}
NOT_IN_AGREEMENT = N_("channel not in the agreement")


def period_bounds(period: Period) -> tuple[datetime, datetime]:
    """The instants the period covers: start 00:00 to the day after the end, 00:00, local."""
    tz = ZoneInfo(period.zone)
    start = datetime.combine(period.start, time(0), tz)
    end = datetime.combine(period.end + timedelta(days=1), time(0), tz)
    return start, end


def in_period(contacts: Sequence[ContactRecord], period: Period) -> list[ContactRecord]:
    """The contacts inside the period, oldest first."""
    start, end = period_bounds(period)
    return sorted((c for c in contacts if start <= c.at < end), key=lambda c: c.at)


def weekend_key(day: date) -> date | None:
    """The Saturday of the weekend ``day`` belongs to, or None on a weekday."""
    wd = day.weekday()
    if wd == 5:
        return day
    if wd == 6:
        return day - timedelta(days=1)
    return None


def is_late_night(local: datetime) -> bool:
    return local.hour >= LATE_NIGHT_START or local.hour < LATE_NIGHT_END


def compute_totals(contacts: Sequence[ContactRecord], period: Period) -> Totals:
    """Counts over the period, straight from the contacts (already filtered to the period)."""
    tz = ZoneInfo(period.zone)
    after = [c for c in contacts if c.after_hours]
    weekends = {k for d in period.dates() if (k := weekend_key(d)) is not None}
    touched = {k for c in after if (k := weekend_key(c.at.astimezone(tz).date())) is not None}
    return Totals(
        contacts=len(contacts),
        in_hours=sum(1 for c in contacts if c.classification == "in_hours"),
        on_call=sum(1 for c in contacts if c.classification == "on_call"),
        after_hours=len(after),
        after_hours_minutes=sum(c.minutes for c in after),
        after_hours_outgoing=sum(1 for c in after if c.direction == "out"),
        late_night=sum(1 for c in after if is_late_night(c.at.astimezone(tz))),
        crisis=sum(1 for c in contacts if c.crisis),
        crisis_after_hours=sum(1 for c in after if c.crisis),
        boundary=sum(1 for c in contacts if c.boundary),
        clients=len({c.client for c in contacts if c.client}),
        weekends=len(weekends),
        weekends_touched=len(touched & weekends),
    )


def heat_map(contacts: Sequence[ContactRecord], zone: str) -> HeatMap:
    """After-hours contacts by local weekday and hour."""
    tz = ZoneInfo(zone)
    cells = [[0] * 24 for _ in range(7)]
    for c in contacts:
        if c.after_hours:
            local = c.at.astimezone(tz)
            cells[local.weekday()][local.hour] += 1
    return HeatMap(tuple(tuple(row) for row in cells))


def count_by(values: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """Counts, most first, ties in name order (stable across runs)."""
    return tuple(sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0])))


def indicator_totals(
    defs: Sequence[IndicatorDef], weeks: Sequence[WeekRecord]
) -> tuple[IndicatorTotal, ...]:
    """Each indicator over the weeks: a sum when it adds up, otherwise the weekly mean."""
    out = []
    for d in defs:
        vals = [float(w.values[d.name]) for w in weeks if d.name in w.values]
        mean = sum(vals) / len(vals) if vals else 0.0
        value = sum(vals) if d.summable else mean
        out.append(IndicatorTotal(d.name, d.label, value, d.summable))
    return tuple(out)


@dataclass(frozen=True)
class BoundarySummary:
    """Boundary events of one kind over the period: how many, how many after hours, clients."""

    what: str
    events: int
    after_hours: int
    clients: int


def summarise_boundary(rows: Sequence[BoundaryRow]) -> list[BoundarySummary]:
    """Counts by what happened, most first: a long period's events in a few lines."""
    groups: dict[str, list[BoundaryRow]] = {}
    for b in rows:
        groups.setdefault(b.what, []).append(b)
    out = [
        BoundarySummary(
            what,
            len(items),
            sum(1 for b in items if b.after_hours),
            len({b.client for b in items if b.client}),
        )
        for what, items in groups.items()
    ]
    return sorted(out, key=lambda s: (-s.events, s.what))


def reason_counts(rows: Sequence[WeekRow], defs: Sequence[IndicatorDef]) -> tuple[ReasonCount, ...]:
    """Which indicators raised the level, and in how many weeks, most frequent first."""
    labels = {d.name: d.label for d in defs}
    counts = Counter(name for w in rows for name in set(w.reason_indicators))
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ReasonCount(n, labels.get(n, n.replace("_", " ")), c) for n, c in ordered)


def compose_report(
    *,
    period: Period,
    generated_at: datetime,
    contacts: Sequence[ContactRecord],
    indicators: Sequence[IndicatorDef] = (),
    weeks: Sequence[WeekRecord] = (),
    agreements: Sequence[AgreementRecord] = (),
    self_checks: Sequence[SelfCheckRecord] = (),
    identify_clients: bool = False,
    include_notes: bool = False,
) -> Report:
    """Assemble the whole report; ``contacts`` may hold more than the period (they are filtered)."""
    tz = ZoneInfo(period.zone)
    chosen = in_period(contacts, period)
    labels = ClientLabels((c.client for c in chosen if c.client), identify=identify_clients)
    with_agreement = {a.client.casefold() for a in agreements}
    known = {c.client.casefold(): c.client for c in chosen if c.client}
    for a in agreements:
        labels.add(known.get(a.client.casefold(), a.client))

    def note(text: str) -> str:
        return labels.scrub(text) if include_notes else ""

    rows = tuple(
        ContactRow(
            at=c.at.astimezone(tz),
            client=labels.label(c.client),
            channel=c.channel,
            kind=c.kind,
            direction=c.direction,
            minutes=c.minutes,
            classification=c.classification,
            crisis=c.crisis,
            categories=tuple(c.categories),
            boundary=c.boundary,
            note=note(c.note),
        )
        for c in chosen
    )
    crises = tuple(
        CrisisRow(
            at=c.at.astimezone(tz),
            client=labels.label(c.client),
            channel=c.channel,
            classification=c.classification,
            categories=tuple(c.categories),
            handled=c.handled,
            has_note=bool(c.handled_note.strip()),
            what_was_done=note(c.handled_note),
        )
        for c in chosen
        if c.crisis
    )
    boundary = tuple(
        BoundaryRow(
            at=c.at.astimezone(tz),
            client=labels.label(c.client),
            kind=c.kind,
            channel=c.channel,
            what=BOUNDARY_WORDS.get(c.kind, NOT_IN_AGREEMENT),
            after_hours=c.after_hours,
        )
        for c in chosen
        if c.boundary
    )
    after = [c for c in chosen if c.after_hours]
    seen: set[str] = set()
    without: list[str] = []
    for c in after:
        if c.client and c.client.casefold() not in with_agreement and c.client not in seen:
            seen.add(c.client)
            without.append(labels.label(c.client))
    as_of = generated_at.astimezone(tz).date()
    overdue = tuple(
        OverdueReview(labels.label(known.get(a.client.casefold(), a.client)), a.review_due)
        for a in sorted(agreements, key=lambda a: a.review_due or date.max)
        if a.review_due is not None and a.review_due < as_of
    )
    load = indicators[0].name if indicators else None
    week_rows = weekly_rows(weeks, period, load, as_of)
    shown_weeks = [
        w for w in weeks if period.start - timedelta(days=6) <= w.week_start <= period.end
    ]
    hm = heat_map(chosen, period.zone)
    report = Report(
        period=period,
        generated_at=generated_at.astimezone(tz),
        identify_clients=identify_clients,
        include_notes=include_notes,
        totals=compute_totals(chosen, period),
        indicators=tuple(indicators),
        load_indicator=load,
        indicator_totals=indicator_totals(indicators, shown_weeks),
        weeks=week_rows,
        reason_counts=reason_counts(week_rows, indicators),
        by_channel=count_by([c.channel for c in after]),
        by_kind=count_by([c.kind for c in after]),
        by_weekday=tuple(sum(row) for row in hm.cells),
        by_hour=tuple(sum(hm.cells[d][h] for d in range(7)) for h in range(24)),
        heat_map=hm,
        crises=crises,
        boundary_events=boundary,
        agreements=AgreementsSection(tuple(without), overdue, len(agreements)),
        self_checks=tuple(
            SelfCheckPoint(s.taken_on, dict(s.scores))
            for s in sorted(self_checks, key=lambda s: s.taken_on)
        ),
        prompts=(),
        contacts=rows,
        client_labels=len(labels),
    )
    return replace(report, prompts=choose_prompts(report))
