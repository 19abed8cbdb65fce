"""Contacts to and from CSV: all-or-nothing import with errors naming the row and column.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first contact row 2.
Parsing is pure (text in, ``NewContact`` list out) so it can be property-tested; the CLI
then logs the whole list in one transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import tzinfo

from after_hours.availability.contacts.model import (
    Contact,
    ContactInputError,
    Direction,
    Kind,
    NewContact,
    Source,
    normalise_client,
    parse_channel,
    parse_direction,
    parse_kind,
    parse_minutes,
)
from after_hours.availability.i18n import _, ngettext
from after_hours.availability.timeutil import TimeInputError, local_iso, parse_instant, utc_iso

IMPORT_COLUMNS = ("at", "channel", "client", "minutes", "direction", "kind", "note")
REQUIRED_COLUMNS = ("at", "channel")
# Written by export; accepted on import so an exported file can be imported again
# (``classification`` is ignored: contacts are judged against the schedule when imported).
EXPORT_COLUMNS = (*IMPORT_COLUMNS, "classification", "crisis")
# Import only, for history from other tools (docs/channels.md): ``sender`` (a phone number,
# email address or name) gives the client through the sender map when ``client`` is empty,
# and ``text`` is the message, triaged and then discarded, never stored.
HISTORY_COLUMNS = ("sender", "text")
ACCEPTED_COLUMNS = (*EXPORT_COLUMNS, *HISTORY_COLUMNS)
MAX_REPORTED_ERRORS = 10
NOTE_MAX = 500

_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"", "0", "false", "no", "n"}


@dataclass(frozen=True)
class CsvRow:
    """One contact row with what only the import uses: the sender and the text to triage."""

    contact: NewContact
    sender: str = ""
    text: str | None = None


@dataclass(frozen=True)
class CsvProblem:
    """One problem in the file: where (row, column) and what."""

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.column:
            return _("Row {row}, column '{column}': {problem}").format(
                row=self.row, column=self.column, problem=self.message
            )
        return _("Row {row}: {problem}").format(row=self.row, problem=self.message)


class CsvImportError(ValueError):
    """The file cannot be imported; nothing was imported. Lists the first problems found."""

    def __init__(self, problems: list[CsvProblem], total: int | None = None) -> None:
        self.problems = problems
        self.total = total if total is not None else len(problems)
        lines = [str(p) for p in problems]
        more = self.total - len(problems)
        if more > 0:
            lines.append(
                ngettext("... and {n} more problem.", "... and {n} more problems.", more).format(
                    n=more
                )
            )
        super().__init__("\n".join(lines))


def parse_contacts_csv(
    text: str, default_zone: tzinfo, *, zone_name: str | None = None
) -> list[NewContact]:
    """The contacts of a CSV file (its ``sender`` and ``text`` columns are not used)."""
    return [row.contact for row in parse_contacts_csv_rows(text, default_zone, zone_name=zone_name)]


def parse_contacts_csv_rows(
    text: str, default_zone: tzinfo, *, zone_name: str | None = None
) -> list[CsvRow]:
    """Parse a CSV export into contacts, or raise :class:`CsvImportError` naming each problem.

    ``at`` without an offset is read in ``default_zone``. Each contact gets a ``source_id``
    from its content, so importing the same file twice does not log anything twice.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise CsvImportError(
            [CsvProblem(1, None, _("the file is empty; expected a header row"))]
        ) from None
    except csv.Error as exc:
        raise CsvImportError(
            [CsvProblem(1, None, _("not readable as CSV ({why})").format(why=exc))]
        ) from exc
    columns = [h.strip().lower() for h in header]
    problems: list[CsvProblem] = []
    for name in columns:
        if name not in ACCEPTED_COLUMNS:
            problems.append(
                CsvProblem(
                    1,
                    name,
                    _("unknown column {name}; the columns are {columns}").format(
                        name=repr(name), columns=", ".join(ACCEPTED_COLUMNS)
                    ),
                )
            )
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(CsvProblem(1, name, _("this column appears twice")))
        seen.add(name)
    for name in REQUIRED_COLUMNS:
        if name not in columns:
            problems.append(CsvProblem(1, name, _("this required column is missing")))
    if problems:
        raise CsvImportError(problems)

    contacts: list[CsvRow] = []
    occurrences: dict[str, int] = {}
    total_problems = 0
    row_number = 1
    try:
        for cells in reader:
            row_number += 1
            if not any(c.strip() for c in cells):
                continue
            row_problems: list[CsvProblem] = []
            if len(cells) != len(columns):
                row_problems.append(
                    CsvProblem(
                        row_number,
                        None,
                        f"has {len(cells)} value(s) but the header has {len(columns)} column(s)",
                    )
                )
            else:
                cells_by_name = dict(zip(columns, cells, strict=True))
                contact = _parse_row(
                    cells_by_name,
                    row_number,
                    default_zone,
                    zone_name,
                    row_problems,
                )
                if contact is not None:
                    sender = " ".join(cells_by_name.get("sender", "").split())
                    key = _content_key(contact, sender)
                    occurrences[key] = occurrences.get(key, 0) + 1
                    n = occurrences[key]
                    sid = key if n == 1 else f"{key}#{n}"
                    message = cells_by_name.get("text")
                    contacts.append(CsvRow(_with_source_id(contact, sid), sender, message or None))
            total_problems += len(row_problems)
            room = MAX_REPORTED_ERRORS - len(problems)
            problems.extend(row_problems[: max(room, 0)])
    except csv.Error as exc:
        problems.append(CsvProblem(row_number + 1, None, f"not readable as CSV ({exc})"))
        total_problems += 1
    if problems:
        raise CsvImportError(problems, total_problems)
    return contacts


def _parse_row(
    row: dict[str, str],
    number: int,
    default_zone: tzinfo,
    zone_name: str | None,
    problems: list[CsvProblem],
) -> NewContact | None:
    def field(name: str) -> str:
        return row.get(name, "").strip()

    at = None
    try:
        if not field("at"):
            raise TimeInputError(_("a date and time is required"))
        at = parse_instant(field("at"), default_zone)
    except TimeInputError as exc:
        problems.append(CsvProblem(number, "at", str(exc)))
    channel = None
    try:
        if not field("channel"):
            raise ContactInputError(_("a channel is required"))
        channel = parse_channel(field("channel"))
    except ContactInputError as exc:
        problems.append(CsvProblem(number, "channel", str(exc)))
    minutes = None
    try:
        minutes = parse_minutes(field("minutes"))
    except ContactInputError as exc:
        problems.append(CsvProblem(number, "minutes", str(exc)))
    direction = Direction.IN
    try:
        if field("direction"):
            direction = parse_direction(field("direction"))
    except ContactInputError as exc:
        problems.append(CsvProblem(number, "direction", str(exc)))
    kind = Kind.MESSAGE
    try:
        if field("kind"):
            kind = parse_kind(field("kind"))
    except ContactInputError as exc:
        problems.append(CsvProblem(number, "kind", str(exc)))
    crisis = False
    raw_crisis = field("crisis").lower()
    if raw_crisis in _TRUE:
        crisis = True
    elif raw_crisis not in _FALSE:
        problems.append(
            CsvProblem(
                number,
                "crisis",
                _("expected yes or no, got {value}").format(value=repr(raw_crisis)),
            )
        )
    note = " ".join(row.get("note", "").split())
    if len(note) > NOTE_MAX:
        problems.append(
            CsvProblem(
                number,
                "note",
                _("notes are at most {limit} characters, not {length}").format(
                    limit=NOTE_MAX, length=len(note)
                ),
            )
        )
    if problems or at is None or channel is None:
        return None
    return NewContact(
        at=at,
        channel=channel,
        kind=kind,
        direction=direction,
        client=normalise_client(field("client")),
        minutes=minutes,
        crisis=crisis,
        note=note,
        source=Source.IMPORT.value,
        zone=zone_name,
    )


def _content_key(c: NewContact, sender: str = "") -> str:
    """An id from the row's content (never its text), so a second import adds nothing."""
    parts = [utc_iso(c.at), c.channel.value, c.kind.value, c.direction.value, c.client or ""]
    parts += [str(c.minutes) if c.minutes is not None else "", c.note]
    if sender:
        parts.append(sender)
    return "csv:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _with_source_id(c: NewContact, source_id: str) -> NewContact:
    return replace(c, source_id=source_id)


def contacts_to_csv(contacts: Iterable[Contact], display_zone: tzinfo) -> str:
    """The export: the import columns plus ``classification`` and ``crisis``.

    Instants are written in the user's zone with their offset: exact, and readable in a
    spreadsheet.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for c in contacts:
        writer.writerow(
            [
                local_iso(c.at, display_zone),
                c.channel.value,
                c.client or "",
                "" if c.minutes is None else c.minutes,
                c.direction.value,
                c.kind.value,
                c.note,
                c.classification.value,
                "yes" if c.crisis else "no",
            ]
        )
    return out.getvalue()
