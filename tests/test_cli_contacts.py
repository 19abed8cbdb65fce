"""``log`` and ``contacts`` through the CLI: the contract keys, filters, edit and delete."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import Settings, open_profile
from tests.helpers import cli
from tests.test_cli_schedule import imported

CONTRACT_KEYS = {
    "id",
    "at",
    "channel",
    "kind",
    "direction",
    "client",
    "minutes",
    "classification",
    "after_hours",
    "crisis",
}


def test_log_prints_the_id_and_contacts_json_has_contract_keys(
    home: Path, tmp_path: Path, clock: ManualClock
) -> None:
    imported(home, tmp_path)
    r = cli(home, "log", "--channel", "sms", "--client", "J.D.", clock=clock)  # Fri 23:40
    assert r.status == 0, r.err
    assert r.out.strip() == "1"
    r = cli(home, "log", "--channel", "call", "--at", "2026-11-19T23:00-05:00", "--minutes", "15")
    assert r.out.strip() == "2"
    data = cli(home, "contacts", "--json").json()
    assert [c["id"] for c in data] == [2, 1]
    assert all(set(c) >= CONTRACT_KEYS for c in data)
    on_call, late = data
    assert (on_call["classification"], on_call["after_hours"]) == ("on_call", False)
    assert (on_call["channel"], on_call["minutes"]) == ("phone", 15)
    assert (late["classification"], late["after_hours"]) == ("after_hours", True)
    assert late["at"] == "2026-11-21T04:40:00Z" and late["direction"] == "in"
    assert late["client"] == "J.D." and late["crisis"] is False


def test_contacts_filters_by_dates_in_the_user_zone_and_client(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    with open_profile(home) as p:
        Settings(p.db).set("profile.timezone", "America/Toronto")
    assert (
        cli(
            home, "log", "--channel", "text", "--at", "2026-11-20T23:40-05:00", "--client", "A"
        ).status
        == 0
    )
    assert (
        cli(
            home, "log", "--channel", "text", "--at", "2026-11-21T09:00-05:00", "--client", "B"
        ).status
        == 0
    )
    # 23:40 on the 20th in Toronto is already the 21st in UTC: dates are read in Toronto.
    cli_zone = cli(home, "contacts", "--from", "2026-11-20", "--to", "2026-11-20", "--json")
    assert cli_zone.status == 0
    assert [c["client"] for c in cli_zone.json()] == ["A"]
    assert [c["client"] for c in cli(home, "contacts", "--client", "B", "--json").json()] == ["B"]
    text = cli(home, "contacts").out
    assert "after_hours" in text and "2 contacts;" in text
    # Dates given before or after the action's name both count.
    for args in (
        ("contacts", "--from", "2026-11-21", "export", str(tmp_path / "a.csv")),
        ("contacts", "export", str(tmp_path / "b.csv"), "--from", "2026-11-21"),
    ):
        assert cli(home, *args).status == 0
    for name in ("a.csv", "b.csv"):
        rows = (tmp_path / name).read_text().splitlines()
        assert len(rows) == 2 and ",B," in rows[1], rows


def test_bad_input_is_one_plain_sentence(home: Path) -> None:
    r = cli(home, "log", "--channel", "pigeon")
    assert r.status == 2 and "Unknown channel 'pigeon'" in r.err
    r = cli(home, "log", "--channel", "text", "--minutes", "lots")
    assert r.status == 2 and "whole number" in r.err
    r = cli(home, "contacts", "delete", "99")
    assert r.status == 2 and "no contact with id 99" in r.err
    r = cli(home, "contacts", "edit", "99", "--note", "x")
    assert r.status == 2 and "no contact with id 99" in r.err


def test_edit_and_delete(home: Path, tmp_path: Path) -> None:
    imported(home, tmp_path)
    clock = ManualClock(datetime(2026, 11, 25, tzinfo=UTC))
    cid = cli(
        home, "log", "--channel", "text", "--at", "2026-11-20T20:00-05:00", clock=clock
    ).out.strip()
    r = cli(
        home,
        "contacts",
        "edit",
        cid,
        "--at",
        "2026-11-20T10:00-05:00",
        "--client",
        "Z",
        clock=clock,
    )
    assert r.status == 0 and "in_hours" in r.out
    (row,) = cli(home, "contacts", "--json", clock=clock).json()
    assert (row["classification"], row["client"]) == ("in_hours", "Z")
    assert cli(home, "contacts", "delete", cid, clock=clock).status == 0
    assert cli(home, "contacts", "--json", clock=clock).json() == []
