"""Bringing phone history into the log: whose it is, triage, de-duplication, one transaction.

Every import (Android backup XML, the contacts CSV) ends here, from the CLI and from the app:

- a record whose number, address or contact name is not in the sender map is skipped and
  counted: people who are not clients are never imported;
- a message *from* a client is triaged through ``intake.assess_text`` and its text dropped;
- a record already in the log is not logged again: the same import id (a second import of
  the same file), or a contact that arrived live for the same client, channel and direction
  within a minute of it (each live contact stands for at most one imported record);
- the rest is logged in one transaction: all of it, or on any error none of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta, tzinfo
from pathlib import Path

from sqlite_utils import Database

from after_hours.availability.clock import Clock
from after_hours.availability.contacts.csvio import CsvImportError, parse_contacts_csv_rows
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Contact, NewContact, Source
from after_hours.availability.crisis_queue import IMPORTED_WAITING
from after_hours.availability.history.phone_backup import (
    BackupCounts,
    BackupFormatError,
    PhoneRecord,
    read_backup,
)
from after_hours.availability.history.senders import ClientLookup
from after_hours.availability.intake import assess_text

# Live and imported copies of one message differ by the phone's and the watcher's clocks.
SAME_CONTACT_WITHIN = timedelta(minutes=1)


@dataclass(frozen=True)
class Incoming:
    """One message or call about to be imported; ``text`` is triaged, never stored."""

    contact: NewContact
    text: str | None = None
    senders: tuple[str, ...] = ()
    contact_name: str = ""


@dataclass
class ImportSummary:
    """What an import did, for the sentence the CLI prints and the app shows."""

    added: list[Contact] = field(default_factory=list)
    already: int = 0
    not_clients: int = 0
    not_sent: int = 0

    @property
    def crises_waiting(self) -> int:
        """Crises recent enough (48 hours) to wait in the crisis queue."""
        return sum(1 for c in self.added if c.crisis and _recent(c))

    @property
    def crises_history(self) -> int:
        return sum(1 for c in self.added if c.crisis and not _recent(c))

    def sentence(self, name: str) -> str:
        off = sum(1 for c in self.added if c.off_hours)
        parts = [
            f"Imported {len(self.added)} contact(s) from {name} ({off} outside regular hours). "
            f"{self.already} were already in the log and were skipped."
        ]
        if self.not_clients:
            parts.append(
                f"{self.not_clients} from numbers or names not in your sender map were skipped "
                "(not clients)."
            )
        if self.not_sent:
            parts.append(f"{self.not_sent} drafts or unsent messages were left out.")
        if self.crises_waiting:
            parts.append(
                f"{self.crises_waiting} possible crisis message(s) from the last 48 hours "
                "are waiting for you."
            )
        if self.crises_history:
            parts.append(
                f"{self.crises_history} older possible crisis message(s) are in the log "
                "and the report."
            )
        return " ".join(parts)


def _recent(c: Contact) -> bool:
    created = c.created_at or c.at
    return created - c.at <= IMPORTED_WAITING


def resolve(item: Incoming, senders: ClientLookup) -> Incoming | None:
    """Give the record its client's pseudonym from the sender map, or None: not a client.

    A row that names no sender at all (a plain contacts CSV) is kept as it is.
    """
    if item.contact.client or not (item.senders or item.contact_name):
        return item
    for sender in item.senders:
        pseudonym = senders.pseudonym(sender)
        if pseudonym:
            return replace(item, contact=replace(item.contact, client=pseudonym))
    if item.contact_name:
        pseudonym = senders.pseudonym(item.contact_name)
        if pseudonym:
            return replace(item, contact=replace(item.contact, client=pseudonym))
    return None


def import_items(
    log: ContactLog, db: Database, items: Iterable[Incoming], senders: ClientLookup
) -> ImportSummary:
    """Resolve, triage, de-duplicate and log ``items`` in one transaction."""
    summary = ImportSummary()
    news: list[NewContact] = []
    for item in items:
        mapped = resolve(item, senders)
        if mapped is None:
            summary.not_clients += 1
            continue
        filled, _verdict = assess_text(mapped.contact, mapped.text)
        news.append(filled)
    fresh = _not_yet_logged(db, news)
    # Import ids are checked again inside the transaction: a second import of the same file
    # running at the same moment then finds them there instead of failing.
    summary.added = log.log_many(fresh, skip_logged=True)
    summary.already = len(news) - len(summary.added)
    return summary


def _not_yet_logged(db: Database, news: Sequence[NewContact]) -> list[NewContact]:
    """Drop contacts the log already holds: by import id, then live arrivals within a minute."""
    if not news:
        return []
    slack = int(SAME_CONTACT_WITHIN.total_seconds())
    low = int(min(n.at for n in news).timestamp()) - slack
    high = int(max(n.at for n in news).timestamp()) + slack
    rows = db.execute(
        "SELECT id, ts, client, channel, direction, source, source_id FROM contacts "
        "WHERE ts BETWEEN ? AND ?",
        [low, high],
    ).fetchall()
    by_source = {(r[5], r[6]): int(r[0]) for r in rows if r[6] is not None}
    used: set[int] = set()
    pending: list[NewContact] = []
    for new in news:
        found = by_source.get((new.source, new.source_id)) if new.source_id else None
        if found is not None:
            used.add(found)
        else:
            pending.append(new)
    candidates: dict[tuple[str | None, str, str], list[tuple[int, int]]] = {}
    for r in rows:
        if int(r[0]) not in used:
            candidates.setdefault((r[2], r[3], r[4]), []).append((int(r[1]), int(r[0])))
    fresh: list[NewContact] = []
    for new in sorted(pending, key=lambda n: n.at):
        ts = int(new.at.timestamp())
        match = None
        for cts, cid in candidates.get((new.client, new.channel.value, new.direction.value), []):
            if cid not in used and abs(cts - ts) <= slack:
                match = cid
                break
        if match is None:
            fresh.append(new)
        else:
            used.add(match)
    return fresh


def backup_items(records: Iterable[PhoneRecord], zone_name: str | None) -> Iterable[Incoming]:
    """Backup records as import items (source ``import``, the backup's own id)."""
    for r in records:
        yield Incoming(
            contact=NewContact(
                at=r.at,
                channel=r.channel,
                kind=r.kind,
                direction=r.direction,
                minutes=r.minutes,
                source=Source.IMPORT.value,
                source_id=r.fingerprint,
                zone=zone_name,
            ),
            text=r.text,
            senders=r.senders,
            contact_name=r.contact_name,
        )


def import_backup(path: Path, db: Database, clock: Clock, zone_name: str | None) -> ImportSummary:
    """Import an SMS Backup & Restore messages or calls file, all or nothing.

    Records of people not in the sender map are dropped as the file streams, so only
    clients' records (without their texts, once triaged) are held until the one commit.
    """
    senders = ClientLookup(db)
    counts = BackupCounts()
    log = ContactLog(db, clock)
    with path.open("rb") as stream:
        resolved = []
        skipped = 0
        for item in backup_items(read_backup(stream, counts), zone_name):
            mapped = resolve(item, senders)
            if mapped is None:
                skipped += 1
            else:
                filled, _verdict = assess_text(mapped.contact, mapped.text)
                resolved.append(Incoming(filled))
    summary = import_items(log, db, resolved, senders)
    summary.not_clients = skipped
    summary.not_sent = counts.not_sent
    return summary


class ImportFileError(ValueError):
    """The file was not imported and nothing changed; the message says where and why."""


def import_csv(
    text: str, db: Database, clock: Clock, zone: tzinfo, zone_name: str | None
) -> ImportSummary:
    """Import the contacts CSV (with its optional ``sender`` and ``text`` columns)."""
    rows = parse_contacts_csv_rows(text, zone, zone_name=zone_name)
    items = [Incoming(row.contact, row.text, (row.sender,) if row.sender else ()) for row in rows]
    return import_items(ContactLog(db, clock), db, items, ClientLookup(db))


def import_file(
    path: Path, db: Database, clock: Clock, zone: tzinfo, zone_name: str | None
) -> ImportSummary:
    """Import ``path``: SMS Backup & Restore XML (``.xml``) or the contacts CSV, all or nothing.

    Raises :class:`ImportFileError` with a sentence naming the line and field at fault.
    """
    try:
        if path.suffix.lower() == ".xml":
            return import_backup(path, db, clock, zone_name)
        text = path.read_text(encoding="utf-8-sig")
        return import_csv(text, db, clock, zone, zone_name)
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path.name} is not UTF-8 text; save it as UTF-8 CSV.") from exc
    except (BackupFormatError, CsvImportError) as exc:
        raise ImportFileError(f"{path.name} was not imported; nothing was changed.\n{exc}") from exc
