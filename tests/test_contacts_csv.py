"""CSV import and export: all-or-nothing, errors naming row and column, round trips."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from after_hours.availability.clock import ManualClock
from after_hours.availability.contacts.csvio import (
    EXPORT_COLUMNS,
    CsvImportError,
    contacts_to_csv,
    parse_contacts_csv,
)
from after_hours.availability.contacts.model import Channel, Direction, Kind
from tests.helpers import cli

TOR = ZoneInfo("America/Toronto")


def test_columns_in_any_order_with_aliases_and_local_times() -> None:
    text = (
        "client,channel,at,minutes,direction,kind,note\n"
        "J.D.,sms,2026-11-20 23:40,,in,,late text\n"
        "K.L.,call,2026-11-21T10:00:00Z,12,out,call,\n"
    )
    rows = parse_contacts_csv(text, TOR)
    assert [r.channel for r in rows] == [Channel.TEXT, Channel.PHONE]
    assert rows[0].at == datetime(2026, 11, 21, 4, 40, tzinfo=UTC)
    assert rows[0].minutes is None and rows[1].minutes == 12
    assert rows[1].direction is Direction.OUT and rows[1].kind is Kind.CALL
    assert rows[0].note == "late text"
    assert all(r.source == "import" and r.source_id for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at,channel,mood\n", "Row 1, column 'mood': unknown column"),
        ("at,client\n", "Row 1, column 'channel': this required column is missing"),
        ("at,channel,at\n", "Row 1, column 'at': this column appears twice"),
        ("", "the file is empty"),
        (
            "at,channel\n2026-11-20T10:00Z,text\n2026-11-20T10:00Z,pigeon\n",
            "Row 3, column 'channel'",
        ),
        ("at,channel\n2026-11-20T10:00Z,text\nyesterday,text\n", "Row 3, column 'at'"),
        ("at,channel,minutes\n2026-11-20T10:00Z,text,-4\n", "Row 2, column 'minutes'"),
        ("at,channel,direction\n2026-11-20T10:00Z,text,sideways\n", "Row 2, column 'direction'"),
        ("at,channel,kind\n2026-11-20T10:00Z,text,hug\n", "Row 2, column 'kind'"),
        ("at,channel\n2026-11-20T10:00Z,text,extra\n", "Row 2: has 3 value(s)"),
        ("at,channel\n,text\n", "Row 2, column 'at': a date and time is required"),
    ],
)
def test_errors_name_row_and_column(text: str, expected: str) -> None:
    with pytest.raises(CsvImportError) as info:
        parse_contacts_csv(text, TOR)
    assert expected in str(info.value)


def test_many_errors_are_capped_but_counted() -> None:
    text = "at,channel\n" + "".join(f"bad{i},text\n" for i in range(25))
    with pytest.raises(CsvImportError) as info:
        parse_contacts_csv(text, TOR)
    assert len(info.value.problems) == 10 and info.value.total == 25
    assert "... and 15 more problems." in str(info.value)


def test_cli_import_is_all_or_nothing_and_dedupes(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, tzinfo=UTC))
    bad = tmp_path / "bad.csv"
    bad.write_text("at,channel\n2026-11-20T10:00Z,text\n2026-11-20T11:00Z,carrier pigeon\n")
    r = cli(home, "contacts", "import", str(bad), clock=clock)
    assert r.status == 2
    assert "Row 3, column 'channel'" in r.err and "nothing was changed" in r.err
    assert cli(home, "contacts", "--json", clock=clock).json() == []

    good = tmp_path / "good.csv"
    good.write_text("at,channel,client\n2026-11-20T10:00Z,text,A\n2026-11-20T10:00Z,text,A\n")
    r = cli(home, "contacts", "import", str(good), clock=clock)
    assert r.status == 0 and "Imported 2 contact(s)" in r.out
    r = cli(home, "contacts", "import", str(good), clock=clock)
    assert "Imported 0 contact(s)" in r.out and "2 were already in the log" in r.out
    assert len(cli(home, "contacts", "--json", clock=clock).json()) == 2


def test_export_then_import_round_trips(home: Path, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, tzinfo=UTC))
    for args in (
        ("--channel", "sms", "--at", "2026-11-20T23:40-05:00", "--client", "J.D."),
        ("--channel", "phone", "--at", "2026-11-21T10:00Z", "--minutes", "7", "--kind", "call"),
        ("--channel", "fb", "--kind", "friend_request", "--note", "declined, see agreement"),
    ):
        assert cli(home, "log", *args, clock=clock).status == 0
    out = tmp_path / "out.csv"
    assert cli(home, "contacts", "export", str(out), clock=clock).status == 0
    header = out.read_text().splitlines()[0]
    assert header == ",".join(EXPORT_COLUMNS)
    other = tmp_path / "other"
    assert cli(other, "contacts", "import", str(out), clock=clock).status == 0
    strip = ("id", "source", "source_id")
    a = [
        {k: v for k, v in c.items() if k not in strip}
        for c in cli(home, "contacts", "--json", clock=clock).json()
    ]
    b = [
        {k: v for k, v in c.items() if k not in strip}
        for c in cli(other, "contacts", "--json", clock=clock).json()
    ]
    for row in (*a, *b):
        row.pop("zone")
    assert a == b


channels = st.sampled_from([c.value for c in Channel] + ["sms", "WhatsApp", "call"])
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(instants, channels, safe_text, st.none() | st.integers(0, 1440), safe_text),
        max_size=8,
    )
)
def test_property_written_rows_parse_back(
    rows: list[tuple[datetime, str, str, int | None, str]],
) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["note", "minutes", "client", "channel", "at"])
    for when, channel, client, minutes, note in rows:
        w.writerow([note, "" if minutes is None else minutes, client, channel, when.isoformat()])
    parsed = parse_contacts_csv(buf.getvalue(), TOR)
    assert [p.at for p in parsed] == [r[0] for r in rows]
    assert [p.minutes for p in parsed] == [r[3] for r in rows]
    assert [p.client or "" for p in parsed] == [" ".join(r[2].split()) for r in rows]
    assert len({p.source_id for p in parsed}) == len(parsed)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_property_any_text_parses_or_fails_with_a_located_error(text: str) -> None:
    try:
        parse_contacts_csv("at,channel,client,minutes\n" + text, TOR)
    except CsvImportError as exc:
        assert exc.problems
        assert all(p.row >= 1 for p in exc.problems)


def test_export_writes_local_times_with_offsets() -> None:
    from after_hours.availability.contacts.model import Classification, Contact

    c = Contact(datetime(2026, 7, 1, 2, 0, tzinfo=UTC), Channel.TEXT, id=1)
    c2 = Contact(datetime(2026, 7, 1, 2, 0, tzinfo=UTC) + timedelta(days=180), Channel.TEXT, id=2)
    text = contacts_to_csv([c, c2], TOR)
    assert "2026-06-30T22:00:00-04:00,text" in text
    assert "2026-12-27T21:00:00-05:00,text" in text
    assert Classification.AFTER_HOURS.value in text
