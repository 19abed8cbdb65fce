"""Hand-made records for the report tests: a small October in Toronto with known counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from after_hours.availability.report import (
    AgreementRecord,
    ContactRecord,
    IndicatorDef,
    Period,
    Report,
    SelfCheckRecord,
    WeekRecord,
    compose_report,
)

TZ = ZoneInfo("America/Toronto")
PSEUDONYMS = ("Jordan D.", "Mx Quill", "R.T.", "Casey Blue")
PERIOD = Period(date(2026, 10, 1), date(2026, 10, 31), "America/Toronto")
GENERATED = datetime(2026, 11, 3, 14, 5, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    """A local Toronto instant in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def contact(when: datetime, client: str | None = "Jordan D.", **kw: object) -> ContactRecord:
    values: dict[str, object] = {"channel": "text", "minutes": 5, "classification": "after_hours"}
    values.update(kw)
    return ContactRecord(at=when, client=client, **values)  # type: ignore[arg-type]


def sample_contacts() -> list[ContactRecord]:
    """October 2026: 10 after-hours, 1 on call, 2 in hours, 1 crisis, 2 boundary events."""
    return [
        contact(at(30, 23, month=9), "Casey Blue"),  # before the period
        contact(at(2, 21, 15), "Mx Quill", channel="email"),  # Fri evening
        contact(at(3, 10), "Jordan D."),  # Sat
        contact(
            at(4, 23, 30),
            "Jordan D.",
            crisis=True,
            categories=("passive_ideation",),
            note="Jordan D. said the week was hard",
            handled_note="Sent crisis reply to Jordan D.",
        ),
        contact(at(5, 11), "R.T.", classification="in_hours", channel="phone", kind="call"),
        contact(at(7, 22, 30), "R.T.", classification="on_call", channel="phone", kind="call"),
        contact(
            at(10, 9), "Mx Quill", channel="social_media", kind="friend_request", boundary=True
        ),
        contact(at(12, 2), "Jordan D.", minutes=20),  # Mon 02:00
        contact(at(14, 19), "Jordan D.", direction="out"),
        contact(at(18, 8), "Jordan D."),  # Sun
        contact(at(20, 10), "R.T.", classification="in_hours"),
        contact(
            at(24, 12),
            None,
            channel="social_media",
            kind="client_search",
            boundary=True,
            direction="out",
        ),  # Sat
        contact(at(28, 18), "Mx Quill", channel="email"),
        contact(at(31, 23, 59), "Jordan D."),  # Sat, last minute of the period
        contact(at(1, 0, 0, month=11), "Casey Blue"),  # after the period
    ]


INDICATORS = (
    IndicatorDef("after_hours_contacts", "After-hours contacts"),
    IndicatorDef("after_hours_minutes", "After-hours minutes"),
    IndicatorDef("days_since_disconnected", "Days since a disconnected day", summable=False),
)


def sample_weeks() -> list[WeekRecord]:
    starts = [date(2026, 9, 28) + timedelta(weeks=i) for i in range(5)]
    levels = ["low", "elevated", "low", "high", "low"]
    out = []
    for i, (s, lvl) in enumerate(zip(starts, levels, strict=True)):
        out.append(
            WeekRecord(
                s,
                {
                    "after_hours_contacts": i + 1,
                    "after_hours_minutes": 10 * i,
                    "days_since_disconnected": 2 * i,
                },
                {
                    "after_hours_contacts": 1.5,
                    "after_hours_minutes": None,
                    "days_since_disconnected": 1,
                },
                lvl,
                () if lvl == "low" else (f"{i + 1} after-hours contacts, usually 1.5",),
                () if lvl == "low" else ("after_hours_contacts",),
            )
        )
    return out


def sample_report(**kw: object) -> Report:
    args: dict[str, object] = {
        "period": PERIOD,
        "generated_at": GENERATED,
        "contacts": sample_contacts(),
        "indicators": INDICATORS,
        "weeks": sample_weeks(),
        "agreements": [AgreementRecord("R.T.", date(2026, 10, 15)), AgreementRecord("Casey Blue")],
        "self_checks": [
            SelfCheckRecord(date(2026, 10, 1), {"personal": 40.0, "work": 45.0, "client": 20.0}),
            SelfCheckRecord(date(2026, 10, 29), {"personal": 55.0, "work": 62.5, "client": None}),
        ],
    }
    args.update(kw)
    return compose_report(**args)  # type: ignore[arg-type]
