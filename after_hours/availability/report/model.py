"""The supervision report as plain, frozen data: what the PDF, CSV and Markdown writers print.

Everything here is already de-identified (or identified, if the user asked) and already in the
user's zone, so a writer only formats; it never decides what may be shown. The inputs are plain
records too (:class:`ContactRecord`, :class:`WeekRecord`, ...), so the pure parts are tested
without a database, and the builder only adapts the domain services' objects to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

# Today's chart needs only the weekly series: its records live in ``report.weeks`` (an app idling
# on Today does without this module's other classes, docs/benchmarks.md) and are the same here.
from after_hours.availability.report.weeks import Period as Period
from after_hours.availability.report.weeks import WeekRecord as WeekRecord
from after_hours.availability.report.weeks import WeekRow as WeekRow

# -- inputs: plain records the builder makes from the domain services ------------------------


@dataclass(frozen=True)
class ContactRecord:
    """One logged contact, as the report needs it (never any message text)."""

    at: datetime  # aware
    channel: str
    kind: str = "message"
    direction: str = "in"
    client: str | None = None
    minutes: int = 0
    classification: str = "after_hours"  # "in_hours" | "on_call" | "after_hours"
    crisis: bool = False
    categories: tuple[str, ...] = ()
    boundary: bool = False
    note: str = ""
    # A crisis marked as handled (the crisis panel), and what was done: the handled note, or
    # the crisis contact's own note; empty when nothing was written.
    handled: bool = False
    handled_note: str = ""

    @property
    def after_hours(self) -> bool:
        return self.classification == "after_hours"


@dataclass(frozen=True)
class IndicatorDef:
    """One weekly indicator: its token (as in ``risk --json``), a label and whether it adds up."""

    name: str
    label: str
    summable: bool = True


@dataclass(frozen=True)
class AgreementRecord:
    """A client's communication agreement, reduced to what the report shows."""

    client: str
    review_due: date | None = None


@dataclass(frozen=True)
class SelfCheckRecord:
    """One completed self-check (CBI): scale name -> score 0-100, ``None`` when unanswered."""

    taken_on: date
    scores: Mapping[str, float | None]


# -- the report ------------------------------------------------------------------------------

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Totals:
    """Counts over the whole period, from the contacts themselves."""

    contacts: int
    in_hours: int
    on_call: int
    after_hours: int
    after_hours_minutes: int
    after_hours_outgoing: int
    late_night: int  # after-hours contacts from 22:00 to 06:00
    crisis: int
    crisis_after_hours: int
    boundary: int
    clients: int
    weekends: int  # weekends (Sat-Sun) that fall in the period, partly or wholly
    weekends_touched: int  # of those, with at least one after-hours contact


@dataclass(frozen=True)
class IndicatorTotal:
    """An indicator over the period: the sum (or, for a level-like figure, the mean) of weeks."""

    name: str
    label: str
    value: float
    summable: bool


@dataclass(frozen=True)
class ReasonCount:
    """How many weeks an indicator was among the reasons for an elevated or high level."""

    name: str
    label: str
    weeks: int


@dataclass(frozen=True)
class ContactRow:
    """A contact as exported: local time, client label, no text."""

    at: datetime  # in the report's zone
    client: str  # "Client A" (or the pseudonym when identified); "" for none
    channel: str
    kind: str
    direction: str
    minutes: int
    classification: str
    crisis: bool
    categories: tuple[str, ...]
    boundary: bool
    note: str  # empty unless notes were included


@dataclass(frozen=True)
class CrisisRow:
    """A crisis contact and what was done about it."""

    at: datetime  # local
    client: str
    channel: str
    classification: str
    categories: tuple[str, ...]
    handled: bool  # marked as handled
    has_note: bool  # something was written about what was done
    what_was_done: str  # that note when notes are included, else ""


@dataclass(frozen=True)
class BoundaryRow:
    """A boundary event: a boundary kind, or a channel outside the client's agreement."""

    at: datetime  # local
    client: str
    kind: str
    channel: str
    what: str  # plain words: "friend request", "channel not in the agreement"
    after_hours: bool


@dataclass(frozen=True)
class OverdueReview:
    client: str
    due: date


@dataclass(frozen=True)
class AgreementsSection:
    """Clients with after-hours contact and no agreement, and agreements due for review."""

    without_agreement: tuple[str, ...]
    overdue: tuple[OverdueReview, ...]
    agreements: int


@dataclass(frozen=True)
class SelfCheckPoint:
    taken_on: date
    scores: Mapping[str, float | None]


@dataclass(frozen=True)
class Prompt:
    """A discussion prompt chosen by a rule from the data, with the rule's name for tracing."""

    rule: str
    text: str


@dataclass(frozen=True)
class HeatMap:
    """After-hours contacts by weekday (rows, Monday first) and hour of day (24 columns)."""

    cells: tuple[tuple[int, ...], ...]

    @property
    def max(self) -> int:
        return max((max(row) for row in self.cells), default=0)

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.cells)


@dataclass(frozen=True)
class Report:
    """A supervision summary for one period."""

    period: Period
    generated_at: datetime  # local, aware
    identify_clients: bool
    include_notes: bool
    totals: Totals
    indicators: tuple[IndicatorDef, ...]
    load_indicator: str | None  # the indicator the load chart shows (its first, by default)
    indicator_totals: tuple[IndicatorTotal, ...]
    weeks: tuple[WeekRow, ...]
    reason_counts: tuple[ReasonCount, ...]  # most frequent first
    by_channel: tuple[tuple[str, int], ...]  # after-hours contacts, most first
    by_kind: tuple[tuple[str, int], ...]
    by_weekday: tuple[int, ...]  # 7, Monday first
    by_hour: tuple[int, ...]  # 24
    heat_map: HeatMap
    crises: tuple[CrisisRow, ...]
    boundary_events: tuple[BoundaryRow, ...]
    agreements: AgreementsSection
    self_checks: tuple[SelfCheckPoint, ...]
    prompts: tuple[Prompt, ...]
    contacts: tuple[ContactRow, ...]
    client_labels: int  # how many clients got a label
    # The paper the PDF is printed on: "Letter" in North America and the few other regions that
    # use it, "A4" elsewhere (the report was always A4 and the handout followed the region).
    paper: str = "A4"

    @property
    def levels(self) -> tuple[tuple[date, str], ...]:
        """The risk level over time, one entry a week."""
        return tuple((w.week_start, w.level) for w in self.weeks)


# Regions whose paper is US Letter; everywhere else uses A4 (ISO 216).
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})


def paper_for(region: str) -> str:
    """The paper for a region code (the profile's ``profile.region``): Letter or A4."""
    return "Letter" if region.upper() in LETTER_REGIONS else "A4"
