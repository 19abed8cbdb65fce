"""Hostile CSV files through ``after-hours contacts import``: all the rows, or none and a row.

Each file mixes good rows with rows a spreadsheet, a phone export or a person can produce:
bad instants, unknown channels, huge or negative minutes, control characters, stray quotes,
embedded line breaks, NUL bytes, text that is not UTF-8. The command either imports every
row or refuses with the row and column named, and the log is then exactly as it was.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import open_profile
from tests.helpers import cli
from tests.reliability.fuzzing import fuzz

CLOCK = ManualClock(datetime(2026, 11, 20, 12, tzinfo=UTC))
GOOD_AT = st.integers(0, 5000).map(
    lambda n: (datetime(2026, 1, 5, 9, tzinfo=UTC) + timedelta(minutes=7 * n)).isoformat()
)
HOSTILE = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "2026-02-30T10:00",
            "2026-13-01",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00:00Z",
            "-1",
            "1e309",
            "99999999999999999999",
            "\x00",
            '"',
            "\r\n",
            "=cmd|' /C calc'!A0",
            "\u202eevil",
            "pigeon",
        ]
    ),
)
CHANNEL = st.one_of(st.sampled_from(["text", "sms", "email", "phone", "WhatsApp"]), HOSTILE)
MINUTES = st.one_of(st.just(""), st.integers(-5, 2000).map(str), HOSTILE)
ROW = st.tuples(
    st.one_of(GOOD_AT, HOSTILE), CHANNEL, st.one_of(st.just("J.D."), HOSTILE), MINUTES, HOSTILE
)


def _count(home: Path) -> int:
    with open_profile(home) as profile:
        return int(profile.db.execute("SELECT count(*) FROM contacts").fetchone()[0])


def _write(rows: list[tuple[str, ...]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["at", "channel", "client", "minutes", "note"])
    writer.writerows(rows)
    return buf.getvalue()


def _import(tmp: Path, data: bytes) -> None:
    home = tmp / "profile"
    seed = tmp / "seed.csv"
    seed.write_text("at,channel\n2026-01-05T10:00:00Z,text\n", encoding="utf-8")
    if not home.exists():
        assert cli(home, "contacts", "import", str(seed), clock=CLOCK).status == 0
    before = _count(home)
    path = tmp / "contacts.csv"
    path.write_bytes(data)
    done = cli(home, "contacts", "import", str(path), clock=CLOCK)
    after = _count(home)
    if done.status == 0:
        assert done.out.startswith("Imported "), done.out
        imported = int(done.out.split()[1])
        assert after == before + imported
    else:
        assert done.status == 2, done.err
        assert "nothing was changed" in done.err.lower() or "not UTF-8" in done.err, done.err
        assert after == before
        assert "Traceback" not in done.err


@fuzz(40)
@given(rows=st.lists(ROW, max_size=12))
@example(rows=[("2026-01-05T10:00:00Z", "text", "J.D.", "3", "ok")] * 3)
@example(rows=[("2026-01-05T10:00:00Z", "text", "J.D.", "\x00", "")])
@example(rows=[("2026-01-05T10:00:00Z", "text", "J.D.", "3", "x" * 5000)])
def test_a_hostile_csv_imports_whole_or_not_at_all(tmp_path: Path, rows: list) -> None:  # type: ignore[type-arg]
    _import(tmp_path, _write(rows).encode("utf-8"))


@fuzz(30)
@given(data=st.binary(max_size=400))
@example(data=b"at,channel\n2026-01-05T10:00:00Z,text\n\xff\xfe\n")
@example(data=b"\xef\xbb\xbfat,channel\n2026-01-05T10:00:00Z,text\x00\n")
@example(data=b'at,channel\n"2026-01-05T10:00:00Z,text\n')
def test_random_bytes_are_refused_with_a_sentence(tmp_path: Path, data: bytes) -> None:
    _import(tmp_path, b"at,channel,client\n" + data)
