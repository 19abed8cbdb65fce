"""The shipped crisis resources: sourced, dated, and exactly the numbers of the domain brief."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from after_hours.availability.crisis import load_resources, resources_for
from after_hours.availability.crisis.resources import ResourceFileError, parse_resources
from after_hours.availability.resources import resource_text

BRIEF = (Path(__file__).parent / "fixtures" / "domain_crisis_lines.md").read_text(encoding="utf-8")
COUNTRY = {
    "CA": "Canada",
    "US": "United States",
    "UK": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "IL": "Israel",
}
# Transcribed from the brief's table, the check that does not depend on parsing it.
EXPECTED = {
    "CA": {"emergency": ["911"], "lines": {"988", "1-800-668-6868", "686868", "CONNECT"}},
    "US": {"emergency": ["911"], "lines": {"988", "741741", "HOME"}},
    "UK": {"emergency": ["999"], "lines": {"116 123", "85258", "SHOUT", "111"}},
    "IE": {
        "emergency": ["112", "999"],
        "lines": {"116 123", "1800 247 247", "51444", "HELP", "50808"},
    },
    "AU": {"emergency": ["000"], "lines": {"13 11 14", "0477 13 11 14"}},
    "NZ": {"emergency": ["111"], "lines": {"1737"}},
    "IL": {"emergency": ["101", "100"], "lines": {"1201"}},
}
# Numbers the brief marks unverified: never shipped as if certain.
UNVERIFIED_NUMBERS = {"1-833-456-4566", "0800 543 354", "0508 828 865"}


def _row(country: str) -> str:
    for line in BRIEF.splitlines():
        if line.startswith(f"| {country} |"):
            return line
    raise AssertionError(f"no row for {country} in the brief")


def test_the_seven_regions_of_the_brief_are_shipped() -> None:
    assert set(load_resources()) == set(COUNTRY)
    for code, country in COUNTRY.items():
        assert load_resources()[code].name == country


@pytest.mark.parametrize("code", list(COUNTRY))
def test_every_entry_has_a_source_and_the_verification_date(code: str) -> None:
    for r in load_resources()[code].all:
        assert r.source.strip(), r
        assert r.verified == date(2026, 11, 24), r


@pytest.mark.parametrize("code", list(COUNTRY))
def test_numbers_match_the_brief_exactly(code: str) -> None:
    region = load_resources()[code]
    assert [r.number for r in region.emergency] == EXPECTED[code]["emergency"]
    shipped = {v for r in region.lines for v in (r.number, r.text, r.keyword) if v}
    assert shipped == EXPECTED[code]["lines"]
    row = _row(COUNTRY[code])
    emergency_cell = row.split("|")[2]
    for r in region.emergency:
        assert re.search(rf"(?<!\d){re.escape(r.number)}(?!\d)", emergency_cell), r.number
    lines_cell = row.split("|")[3]
    for r in region.lines:
        for value in (r.number, r.text, r.keyword):
            if value:
                assert value in lines_cell, (code, value)
        if r.keyword:
            assert f"text {r.keyword} to {r.text}" in lines_cell, (code, r.name)
    # Every cited page is one the brief lists for this country, word for word.
    sources_cell = row.split("|")[4]
    for r in region.all:
        pieces = [
            p.strip() for p in r.source.split(";") if not p.strip().startswith("Domain brief")
        ]
        for piece in pieces:
            assert piece in sources_cell, (code, piece)
        assert pieces or r.unverified, (code, r.name)


def test_unverified_numbers_of_the_brief_are_not_shipped() -> None:
    everything = {
        v for reg in load_resources().values() for r in reg.all for v in (r.number, r.text)
    }
    assert not everything & UNVERIFIED_NUMBERS
    assert "1-833-456-4566" in BRIEF  # the fixture still names them, so this check means something


def test_entries_with_an_unconfirmed_detail_say_which() -> None:
    marked = {
        r.name: r.unverified for reg in load_resources().values() for r in reg.all if r.unverified
    }
    assert marked == {
        "NHS 111 (England)": "the arrangements in Scotland and Wales",
        "50808": "its current keyword",
    }


@pytest.mark.parametrize(
    ("field", "message"),
    [("source", "has no source"), ("verified", "has no verified date")],
)
def test_an_entry_without_source_or_date_fails_to_load(field: str, message: str) -> None:
    text = resource_text("crisis_resources.toml")
    broken = re.sub(rf"\n{field} = [^\n]+", "", text, count=1)
    assert broken != text
    with pytest.raises(ResourceFileError, match=message):
        parse_resources(broken)


def test_a_region_not_on_file_gets_no_invented_number() -> None:
    assert resources_for("FR") == []
    assert resources_for("gb") == resources_for("UK")
