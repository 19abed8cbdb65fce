"""A realistic sample year for screenshots, dashboards and trying the app out.

One clinician in Toronto, Mon-Fri 09:00-17:00 with an on-call evening on Wednesdays, about 25
clients, holidays, and an after-hours load that creeps up over the last months of the year into
a burnout-like stretch (autumn, when run in late November): more evenings, nights and weekends,
quicker replies, a few crisis messages, friend requests. The year ends at the clock's now and
the same ``seed`` always gives the same year. Nothing here is real: pseudonyms are made up,
and crisis contacts keep only matched phrases (as the real log does), never message text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from after_hours.availability.agreements import Agreement, AgreementStore
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, Direction, Kind, NewContact, Source
from after_hours.availability.schedule import (
    ExceptionKind,
    Schedule,
    ScheduleException,
    Window,
    WindowKind,
)
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.selfcheck import SelfCheckStore, cbi
from after_hours.availability.store.settings import Settings

DEMO_ZONE = "America/Toronto"
DAYS_IN_YEAR = 365

CLIENTS = (
    "A.B.", "C.M.", "D.K.", "E.R.", "F.T.", "G.L.", "H.S.", "I.N.", "J.D.", "K.P.",
    "L.W.", "M.O.", "N.Q.", "O.V.", "P.H.", "Q.A.", "R.J.", "S.E.", "T.G.", "U.F.",
    "V.C.", "W.Y.", "X.Z.", "Y.I.", "Z.U.",
)  # fmt: skip

# (position in the year 0..1, hour, minute, client, phrases, categories)
CRISES = (
    (0.22, 23, 12, "J.D.", ("can't go on",), ("passive_ideation",)),
    (0.64, 21, 47, "M.O.", ("better off without me",), ("passive_ideation",)),
    (0.83, 0, 38, "J.D.", ("I have a plan", "tonight"), ("plan_intent",)),
    (0.95, 22, 5, "R.J.", ("this is goodbye",), ("imminent", "farewell")),
)

CRISIS_PLANS = (
    "Calls or texts 988; 911 if in danger; safety plan on the fridge",
    "Calls the mobile crisis team, then their sister; 911 if in danger",
    "Goes to the nearest emergency department; calls 988 on the way",
)


class DemoError(ValueError):
    """The demo was asked to fill a profile that already holds real data."""


@dataclass(frozen=True)
class DemoSummary:
    """What the demo created."""

    contacts: int
    after_hours: int
    crisis: int
    clients: int
    agreements: int
    first_day: date
    last_day: date
    selfchecks: int = 0


def demo_schedule(first_day: date, last_day: date) -> Schedule:
    """Mon-Fri 09:00-17:00, on call Wed 18:00-22:00, with holidays in the demo year."""
    exceptions: list[ScheduleException] = []
    span = (last_day - first_day).days

    def at(frac: float) -> date:
        return first_day + timedelta(days=int(span * frac))

    # Two weeks in the summer-ish middle of the year and a week near its start.
    summer = at(0.45)
    summer -= timedelta(days=summer.weekday())
    exceptions.append(
        ScheduleException.all_day(summer, summer + timedelta(days=13), label="Holidays")
    )
    winter = at(0.08)
    winter -= timedelta(days=winter.weekday())
    exceptions.append(ScheduleException.all_day(winter, winter + timedelta(days=4), label="Leave"))
    for frac in (0.3, 0.62, 0.86):  # single days off: a long weekend each season
        day = at(frac)
        day += timedelta(days=(4 - day.weekday()) % 7)  # the next Friday
        exceptions.append(ScheduleException.all_day(day, label="Day off"))
    return Schedule(
        DEMO_ZONE,
        (
            Window(frozenset(range(5)), time(9), time(17)),
            Window(frozenset({2}), time(18), time(22), WindowKind.ON_CALL, "On call"),
        ),
        tuple(exceptions),
    )


def _ramp(frac: float) -> float:
    """0 for most of the year, rising smoothly to 1 over the last 40 percent."""
    x = min(max((frac - 0.58) / 0.38, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def generate_demo(db: Database, clock: Clock, seed: int = 7) -> DemoSummary:
    """Fill an empty profile with a sample year ending now. Deterministic for a ``seed``."""
    if db.execute("SELECT 1 FROM contacts LIMIT 1").fetchone():
        raise DemoError(
            "This profile already has contacts; the demo only fills an empty one "
            "(use --home with a new folder)."
        )
    rng = random.Random(seed)
    tz = ZoneInfo(DEMO_ZONE)
    last_day = clock.now().astimezone(tz).date()
    first_day = last_day - timedelta(days=DAYS_IN_YEAR - 1)
    settings = Settings(db)
    store = ScheduleStore(db, clock)
    if not store.has_schedule():
        # A profile of its own: the demo clinician works in Toronto, and weeks are shown there.
        store.save(demo_schedule(first_day, last_day), source="demo")
        settings.update({"profile.timezone": DEMO_ZONE, "profile.region": "CA"})
    if not settings.get("profile.name"):
        settings.set("profile.name", "Demo clinician")
    # The demo profile is complete (hours, zone, region, name): no first-run wizard over it.
    settings.set("app.first_run_done", True)
    schedule = store.history().in_force(clock.now())
    holidays = _holiday_days(schedule) if schedule else set()

    agreements = _agreements(rng, last_day)
    AgreementStore(db, clock).set_many(agreements)

    now = clock.now()
    news: list[NewContact] = []
    heavy = ["J.D.", "M.O.", "R.J.", "K.P."]  # the clients most of the late contact comes from
    for offset in range(DAYS_IN_YEAR):
        day = first_day + timedelta(days=offset)
        frac = offset / (DAYS_IN_YEAR - 1)
        load = _ramp(frac)
        news.extend(_day_contacts(rng, tz, day, load, day in holidays, heavy))
    for frac, hour, minute, client, phrases, categories in CRISES:
        day = first_day + timedelta(days=int((DAYS_IN_YEAR - 1) * frac))
        when = datetime.combine(day, time(hour, minute), tz)
        news.append(
            NewContact(
                when, Channel.TEXT, client=client, crisis=True, phrases=phrases,
                categories=categories, minutes=25, note="crisis reply sent, on-call informed",
            )
        )  # fmt: skip
        news.append(
            NewContact(
                when + timedelta(minutes=6), Channel.TEXT, direction=Direction.OUT,
                client=client, minutes=5,
            )
        )  # fmt: skip
    for frac, kind, channel, direction, client in (
        (0.16, Kind.FRIEND_REQUEST, Channel.SOCIAL_MEDIA, Direction.IN, "E.R."),
        (0.52, Kind.FRIEND_REQUEST, Channel.SOCIAL_MEDIA, Direction.IN, "K.P."),
        (0.77, Kind.FRIEND_REQUEST, Channel.SOCIAL_MEDIA, Direction.IN, "J.D."),
        (0.91, Kind.FRIEND_REQUEST, Channel.SOCIAL_MEDIA, Direction.IN, "M.O."),
        (0.71, Kind.CLIENT_SEARCH, Channel.SOCIAL_MEDIA, Direction.OUT, "R.J."),
        (0.94, Kind.CLIENT_SEARCH, Channel.SOCIAL_MEDIA, Direction.OUT, "J.D."),
        (0.4, Kind.GIFT, Channel.IN_PERSON, Direction.IN, "H.S."),
    ):
        day = first_day + timedelta(days=int((DAYS_IN_YEAR - 1) * frac))
        hour = 14 if kind is Kind.GIFT else rng.choice((20, 21, 22))
        news.append(
            NewContact(
                datetime.combine(day, time(hour, rng.randrange(60)), tz), channel, kind,
                direction, client, minutes=rng.choice((2, 5, 10)),
            )
        )  # fmt: skip
    news = [n for n in news if n.at <= now]
    news.sort(key=lambda n: n.at)
    news = [
        NewContact(
            n.at, n.channel, n.kind, n.direction, n.client, n.minutes, n.crisis, n.phrases,
            n.categories, n.note, Source.IMPORT.value, f"demo:{seed}:{i}", DEMO_ZONE,
        )
        for i, n in enumerate(news)
    ]  # fmt: skip
    stored = ContactLog(db, clock).log_many(news)
    selfchecks = _selfchecks(db, clock, rng, tz, first_day)
    return DemoSummary(
        contacts=len(stored),
        after_hours=sum(1 for c in stored if c.after_hours),
        crisis=sum(1 for c in stored if c.crisis),
        clients=len({c.client for c in stored if c.client}),
        agreements=len(agreements),
        selfchecks=selfchecks,
        first_day=first_day,
        last_day=last_day,
    )


def _selfchecks(
    db: Database, clock: Clock, rng: random.Random, tz: ZoneInfo, first_day: date
) -> int:
    """A self-check on the first Sunday evening of each month, drifting up with the load.

    Option 1 is "always" (scores 100) and 5 "never" (0); "enough energy for family and
    friends" (work_7) is asked the other way round, so its answer moves the other way.
    """
    store = SelfCheckStore(db, clock)
    now = clock.now()
    count = 0
    for month in range(12):
        day = first_day + timedelta(days=30 * month + 3)
        day += timedelta(days=(6 - day.weekday()) % 7)
        when = datetime.combine(day, time(20, 30), tz)
        if when > now:
            break
        load = _ramp(month / 11)
        answers: dict[str, int | None] = {}
        for item_id in cbi().item_ids:
            option = round(4.2 - 2.4 * load + rng.uniform(-0.6, 0.6))
            option = min(5, max(1, option))
            answers[item_id] = 6 - option if item_id == "work_7" else option
        store.record(answers, at=when)
        count += 1
    return count


def _holiday_days(schedule: Schedule) -> set[date]:
    days: set[date] = set()
    for exc in schedule.exceptions:
        if exc.kind is ExceptionKind.UNAVAILABLE:
            d = exc.start.date()
            while d < exc.end.date():
                days.add(d)
                d += timedelta(days=1)
    return days


def _agreements(rng: random.Random, last_day: date) -> list[Agreement]:
    result = []
    for i, client in enumerate(CLIENTS[:16]):
        weeks_ago = rng.choice((3, 6, 9, 16, 22, 30, 40))
        # Most agreements allow texts and messaging apps; two say phone and email only, so
        # texts from those clients (and any social-media contact) become boundary events: a
        # few a month, not a steady stream that would keep every quiet week "elevated".
        sessions = (Channel.PHONE, Channel.EMAIL, Channel.VIDEO, Channel.IN_PERSON)
        texting = (Channel.TEXT, Channel.MESSAGING_APP)
        channels = sessions + (texting if i % 8 != 2 else ())
        result.append(
            Agreement(
                client,
                channels,
                last_day - timedelta(weeks=weeks_ago),
                review_weeks=rng.choice((12, 12, 26)),
                response_hours=rng.choice((24, 48)),
                crisis_plan=CRISIS_PLANS[i % len(CRISIS_PLANS)],
            )
        )
    return result


def _at(tz: ZoneInfo, day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour % 24, minute), tz) + timedelta(days=hour // 24)


def _day_contacts(
    rng: random.Random, tz: ZoneInfo, day: date, load: float, holiday: bool, heavy: list[str]
) -> list[NewContact]:
    out: list[NewContact] = []
    weekday = day.weekday()
    workday = weekday < 5 and not holiday

    def client(late: bool) -> str:
        if late and rng.random() < 0.3 + 0.5 * load:
            return rng.choice(heavy)
        return rng.choice(CLIENTS)

    if workday:
        for _ in range(rng.randint(6, 12)):
            when = _at(tz, day, rng.randint(9, 16), rng.randrange(60))
            channel = rng.choices(
                (Channel.PHONE, Channel.EMAIL, Channel.VIDEO, Channel.IN_PERSON, Channel.TEXT),
                (4, 4, 2, 1, 2),
            )[0]
            direction = rng.choice((Direction.IN, Direction.OUT))
            kind = Kind.CALL if channel in (Channel.PHONE, Channel.VIDEO) else Kind.MESSAGE
            minutes = rng.choice((None, 5, 10, 15, 20, 30))
            out.append(NewContact(when, channel, kind, direction, client(False), minutes))
    if weekday == 2 and not holiday:  # on call Wednesday evening
        for _ in range(rng.choice((0, 1, 1, 2))):
            when = _at(tz, day, rng.randint(18, 21), rng.randrange(60))
            out.append(
                NewContact(
                    when, Channel.PHONE, Kind.CALL, client=client(True), minutes=rng.randint(5, 20)
                )
            )

    # After-hours messages: (chance that this part of the day sees one, hour range)
    if holiday:
        slots = [(0.12, (10, 21))]
    elif weekday < 5:
        slots = [
            (0.12 + 0.78 * load, (18, 22)),  # evening
            (0.02 + 0.33 * load, (22, 26)),  # late night, into the small hours
            (0.04 + 0.3 * load, (7, 9)),  # before work
        ]
    else:
        slots = [(0.08 + 0.72 * load, (9, 22)), (0.01 + 0.2 * load, (22, 25))]
    for chance, (lo, hi) in slots:
        if rng.random() >= chance:
            continue
        for _ in range(rng.choice((1, 1, 2, 3)) if load > 0.4 else 1):
            when = _at(tz, day, rng.randrange(lo, hi), rng.randrange(60))
            if weekday == 2 and 18 <= when.astimezone(tz).hour < 22:
                continue  # that would be on call
            who = client(True)
            channel = rng.choices(
                (Channel.TEXT, Channel.MESSAGING_APP, Channel.EMAIL, Channel.SOCIAL_MEDIA),
                (6, 2, 3, 1),
            )[0]
            out.append(NewContact(when, channel, client=who, minutes=rng.choice((None, 2, 5))))
            if rng.random() < 0.2 + 0.55 * load:
                quick = rng.random() < 0.25 + 0.55 * load
                delay = rng.randint(2, 14) if quick else rng.randint(25, 120)
                out.append(
                    NewContact(
                        when + timedelta(minutes=delay), channel, direction=Direction.OUT,
                        client=who, minutes=rng.choice((None, 3, 5, 10)),
                    )
                )  # fmt: skip
    return out
