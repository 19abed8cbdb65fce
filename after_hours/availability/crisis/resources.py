"""Crisis lines and emergency numbers per region, from ``after_hours/resources/crisis_resources.toml``.

Every shipped entry carries its source and the date it was checked (from the domain brief), and
an entry with an unconfirmed detail says which. The user's own entries (a mobile crisis team,
the nearest emergency department) live in the profile database and are shown first. A region
with nothing on file gets no invented number: only the user's entries and a prompt to add some.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from after_hours.availability.resources import resource_text

if TYPE_CHECKING:
    from sqlite_utils import Database

EMERGENCY = "emergency"
CRISIS_LINE = "crisis_line"
USER = "user"
KINDS = (EMERGENCY, CRISIS_LINE)

# Friendly spellings people type for the same region.
REGION_ALIASES = {"GB": "UK", "EN": "UK", "USA": "US", "CAN": "CA", "AUS": "AU", "ISR": "IL"}
_FIELDS = {
    "kind",
    "name",
    "names",
    "number",
    "text",
    "keyword",
    "chat",
    "whatsapp",
    "email",
    "hours",
    "languages",
    "notes",
    "source",
    "verified",
    "unverified",
}


class ResourceFileError(ValueError):
    """The shipped resource file is malformed (a bug caught by the tests, never at a user's)."""


@dataclass(frozen=True)
class Resource:
    """One number to call or text: an emergency number, a crisis line, or the user's own."""

    name: str
    kind: str
    number: str = ""
    text: str = ""  # the number to text: "988", "686868"
    keyword: str = ""  # the word to send it, if any: "CONNECT"
    chat: str = ""  # "online", or an address such as "988lifeline.org"
    whatsapp: bool = False
    email: str = ""
    hours: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""
    verified: date | None = None
    unverified: str = ""  # which detail is not confirmed; "" when all are
    region: str = ""
    id: int | None = None  # the database id of a user entry
    # The service's own name in another language, where it has one: (("fr", "Jeunesse,
    # J'écoute"),). A service with no official name in a language keeps ``name`` there.
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The name to show in ``language``: the official one there, else ``name``."""
        return dict(self.names).get(language, self.name)

    @property
    def is_user(self) -> bool:
        return self.kind == USER

    @property
    def is_verified(self) -> bool:
        return not self.unverified

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "number": self.number or None,
            "text": self.text or None,
            "keyword": self.keyword or None,
            "chat": self.chat or None,
            "whatsapp": self.whatsapp,
            "email": self.email or None,
            "hours": self.hours or None,
            "languages": list(self.languages),
            "notes": self.notes or None,
            "source": self.source or None,
            "verified": self.verified.isoformat() if self.verified else None,
            "unverified": self.unverified or None,
            "user": self.is_user,
        }


@dataclass(frozen=True)
class RegionResources:
    """A region's shipped entries: emergency numbers first, then crisis lines."""

    code: str
    name: str
    emergency: tuple[Resource, ...] = ()
    lines: tuple[Resource, ...] = ()

    @property
    def all(self) -> tuple[Resource, ...]:
        return self.emergency + self.lines


@dataclass(frozen=True)
class RegionView:
    """What to show for one region: user entries first, then the shipped ones."""

    code: str
    name: str
    known: bool
    user: tuple[Resource, ...] = ()
    emergency: tuple[Resource, ...] = ()
    lines: tuple[Resource, ...] = ()
    shipped: RegionResources | None = field(default=None, repr=False)

    @property
    def resources(self) -> list[Resource]:
        return [*self.user, *self.emergency, *self.lines]


def normalize_region(region: str) -> str:
    code = region.strip().upper()
    return REGION_ALIASES.get(code, code)


def parse_resources(text: str) -> dict[str, RegionResources]:
    """Read the resource file; a missing source or date is an error, not a silent gap."""
    doc = tomllib.loads(text)
    regions: dict[str, RegionResources] = {}
    for code, body in doc.items():
        if not isinstance(body, dict) or "name" not in body:
            raise ResourceFileError(f"region {code}: needs a name")
        entries: list[Resource] = []
        for i, raw in enumerate(body.get("resource", [])):
            where = f"{code} resource #{i + 1} ({raw.get('name', '?')})"
            unknown = set(raw) - _FIELDS
            if unknown:
                raise ResourceFileError(f"{where}: unknown fields {sorted(unknown)}")
            if raw.get("kind") not in KINDS:
                raise ResourceFileError(f"{where}: kind must be one of {KINDS}")
            if not raw.get("source"):
                raise ResourceFileError(f"{where}: has no source")
            if not isinstance(raw.get("verified"), date):
                raise ResourceFileError(f"{where}: has no verified date")
            if not (raw.get("number") or raw.get("text")):
                raise ResourceFileError(f"{where}: has neither a number nor a text option")
            names = raw.get("names", {})
            if not isinstance(names, dict) or not all(
                isinstance(v, str) and v.strip() for v in names.values()
            ):
                raise ResourceFileError(f"{where}: names must map a language to a name")
            entries.append(
                Resource(
                    name=str(raw["name"]),
                    kind=raw["kind"],
                    number=str(raw.get("number", "")),
                    text=str(raw.get("text", "")),
                    keyword=str(raw.get("keyword", "")),
                    chat=str(raw.get("chat", "")),
                    whatsapp=bool(raw.get("whatsapp", False)),
                    email=str(raw.get("email", "")),
                    hours=str(raw.get("hours", "")),
                    languages=tuple(raw.get("languages", ())),
                    notes=str(raw.get("notes", "")),
                    source=str(raw["source"]),
                    verified=raw["verified"],
                    unverified=str(raw.get("unverified", "")),
                    region=code,
                    names=tuple(sorted((str(k), str(v)) for k, v in names.items())),
                )
            )
        emergency = tuple(e for e in entries if e.kind == EMERGENCY)
        if not emergency:
            raise ResourceFileError(f"region {code}: needs an emergency number")
        regions[code] = RegionResources(
            code=code,
            name=str(body["name"]),
            emergency=emergency,
            lines=tuple(e for e in entries if e.kind == CRISIS_LINE),
        )
    return regions


@cache
def load_resources() -> dict[str, RegionResources]:
    """The shipped regions, read once per process."""
    return parse_resources(resource_text("crisis_resources.toml"))


def region_view(region: str, db: Database | None = None) -> RegionView:
    """Everything to show for ``region``: the user's entries, then the shipped ones."""
    code = normalize_region(region)
    shipped = load_resources().get(code)
    user = tuple(user_resources(db, code)) if db is not None else ()
    if shipped is None:
        return RegionView(code=code, name=code, known=False, user=user)
    return RegionView(
        code=code,
        name=shipped.name,
        known=True,
        user=user,
        emergency=shipped.emergency,
        lines=shipped.lines,
        shipped=shipped,
    )


def resources_for(region: str, db: Database | None = None) -> list[Resource]:
    """The list to show, user entries first; empty shipped part for a region not on file."""
    return region_view(region, db).resources


# -- the user's own entries -----------------------------------------------------------------


def user_resources(db: Database, region: str | None = None) -> list[Resource]:
    """The user's entries for ``region`` (and those for every region), oldest first."""
    sql = "SELECT id, name, number, text, notes, region FROM crisis_user_resources"
    params: list[str] = []
    if region is not None:
        sql += " WHERE region = '' OR region IS NULL OR region = ?"
        params.append(normalize_region(region))
    rows = db.execute(sql + " ORDER BY id", params).fetchall()
    return [
        Resource(
            name=name,
            kind=USER,
            number=number or "",
            text=text or "",
            notes=notes or "",
            region=reg or "",
            id=int(rid),
        )
        for rid, name, number, text, notes, reg in rows
    ]


def add_user_resource(
    db: Database,
    *,
    name: str,
    number: str = "",
    text: str = "",
    notes: str = "",
    region: str = "",
    created_at: str,
) -> int:
    """Store one of the user's own entries; returns its id."""
    name, number, text = name.strip(), number.strip(), text.strip()
    if not name:
        raise ValueError("A resource needs a name.")
    if not (number or text):
        raise ValueError("A resource needs a number to call or a text option.")
    table = db.table("crisis_user_resources")
    with db.atomic():
        table.insert(
            {
                "name": name,
                "number": number,
                "text": text,
                "notes": notes.strip(),
                "region": normalize_region(region) if region else "",
                "created_at": created_at,
            }
        )
        return int(table.last_pk or 0)


def remove_user_resource(db: Database, resource_id: int) -> bool:
    """Delete one of the user's entries; False when there is no such id."""
    with db.atomic():
        cur = db.execute("DELETE FROM crisis_user_resources WHERE id = ?", [resource_id])
        return bool(cur.rowcount)
