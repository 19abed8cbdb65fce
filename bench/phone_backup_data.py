"""SMS Backup & Restore files as the Android app writes them, for tests and the benchmark.

One element per line, attributes in the app's order, ``readable_date`` and ``contact_name``
filled in, an ``<?xml-stylesheet?>`` line at the top: what a clinician's phone hands over.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
)


@dataclass(frozen=True)
class Sms:
    address: str
    at: datetime
    type: int  # 1 received, 2 sent
    body: str
    contact_name: str = "(Unknown)"


@dataclass(frozen=True)
class Call:
    number: str
    at: datetime
    type: int  # 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked
    duration: int  # seconds
    contact_name: str = "(Unknown)"


def ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def _readable(at: datetime) -> str:
    return at.strftime("%b %d, %Y %I:%M:%S %p")


def sms_line(m: Sms) -> str:
    return (
        f'  <sms protocol="0" address={quoteattr(m.address)} date="{ms(m.at)}" type="{m.type}" '
        f'subject="null" body={quoteattr(m.body)} toa="null" sc_toa="null" '
        f'service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" '
        f"readable_date={quoteattr(_readable(m.at))} contact_name={quoteattr(m.contact_name)} />\n"
    )


def call_line(c: Call) -> str:
    return (
        f'  <call number={quoteattr(c.number)} duration="{c.duration}" date="{ms(c.at)}" '
        f'type="{c.type}" presentation="1" subscription_id="1" post_dial_digits="" '
        f"readable_date={quoteattr(_readable(c.at))} contact_name={quoteattr(c.contact_name)} />\n"
    )


def write_sms(path: Path, messages: Iterable[Sms], extra: str = "") -> Path:
    items = list(messages)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        out.write(f'<smses count="{len(items)}" backup_set="bench" backup_date="0" type="full">\n')
        for m in items:
            out.write(sms_line(m))
        out.write(extra)
        out.write("</smses>\n")
    return path


def write_calls(path: Path, calls: Iterable[Call]) -> Path:
    items = list(calls)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        out.write(f'<calls count="{len(items)}" backup_set="bench" backup_date="0" type="full">\n')
        for c in items:
            out.write(call_line(c))
        out.write("</calls>\n")
    return path


CLIENT_NUMBERS = {f"+1613555{n:04d}": f"Client {n}" for n in range(1, 31)}
OTHERS = [f"+1819555{n:04d}" for n in range(1, 41)]
TEXTS = [
    "Running 10 min late for Tuesday",
    "Can we move our session?",
    "Thanks for today",
    "I had a rough night but I'm ok",
    "Is the office open on Monday?",
    "ok",
    "I can't do this anymore, I have the pills",
]


def a_year(
    end: datetime, messages: int = 5000, calls: int = 1000, seed: int = 7
) -> tuple[list[Sms], list[Call]]:
    """A year of a work phone: clients and others, texts both ways, calls of every type."""
    rng = random.Random(seed)
    start = end - timedelta(days=365)
    span = int((end - start).total_seconds())
    numbers = list(CLIENT_NUMBERS) + OTHERS
    sms = [
        Sms(
            rng.choice(numbers),
            start + timedelta(seconds=rng.randrange(span)),
            rng.choice((1, 1, 2)),
            rng.choice(TEXTS[:-1]) if rng.random() > 0.002 else TEXTS[-1],
        )
        for _ in range(messages)
    ]
    call_list = [
        Call(
            rng.choice(numbers),
            start + timedelta(seconds=rng.randrange(span)),
            rng.choice((1, 1, 2, 2, 3, 4, 5, 6)),
            rng.randrange(0, 1800),
        )
        for _ in range(calls)
    ]
    sms.sort(key=lambda m: m.at)
    call_list.sort(key=lambda c: c.at)
    return sms, call_list


NOW = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
