"""The contact log: storing, classifying, finding, editing and de-duplicating contacts.

A contact is classified when it is logged, against the schedule version in force at its
instant, and keeps that classification: editing the hours later does not rewrite history
(the user asks for :meth:`ContactLog.recompute` to do that). Filtering, sorting and paging
happen in SQL so a lazy table model can page through ten years of contacts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from after_hours.availability.agreements import AgreementStore
from after_hours.availability.clock import Clock
from after_hours.availability.contacts.classify import classify, classify_many
from after_hours.availability.contacts.model import (
    Channel,
    Classification,
    Contact,
    Direction,
    Kind,
    NewContact,
    effective_minutes,
    normalise_client,
)
from after_hours.availability.schedule import ScheduleHistory
from after_hours.availability.schedule_store import ScheduleStore
from after_hours.availability.store.settings import DEFAULTS, Settings
from after_hours.availability.timeutil import from_utc_iso, utc_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


class DuplicateContactError(ValueError):
    """A contact with this ``(source, source_id)`` is already in the log."""

    def __init__(self, source: str, source_id: str | None) -> None:
        super().__init__(f"A contact from {source} with id {source_id!r} is already logged.")
        self.source = source
        self.source_id = source_id


class ContactNotFoundError(KeyError):
    """No contact has this id."""

    def __init__(self, contact_id: int) -> None:
        super().__init__(contact_id)
        self.contact_id = contact_id

    def __str__(self) -> str:
        return f"There is no contact with id {self.contact_id}."


_COLUMNS = (
    "id, at, zone, channel, kind, direction, client, minutes, crisis, phrases, categories, "
    "note, source, source_id, classification, boundary, created_at"
)

# Sort keys the log view may ask for; a leading "-" sorts descending. Never interpolate
# anything else into SQL.
_ORDER_COLUMNS = {
    "at": "ts",
    "id": "id",
    "client": "client COLLATE NOCASE",
    "channel": "channel",
    "kind": "kind",
    "direction": "direction",
    "minutes": "minutes",
    "classification": "classification",
    "crisis": "crisis",
}

_EDITABLE = {
    "at",
    "channel",
    "kind",
    "direction",
    "client",
    "minutes",
    "crisis",
    "phrases",
    "categories",
    "note",
    "zone",
}


@dataclass(frozen=True)
class ContactFilter:
    """The filters shared by :meth:`ContactLog.query` and :meth:`ContactLog.count`."""

    start: datetime | None = None
    end: datetime | None = None
    client: str | None = None
    channel: Channel | str | None = None
    kind: Kind | str | None = None
    after_hours: bool | None = None
    crisis: bool | None = None
    classification: Classification | str | None = None
    boundary: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.start is not None:
            clauses.append("ts >= ?")
            params.append(_epoch(self.start))
        if self.end is not None:
            clauses.append("ts < ?")
            params.append(_epoch(self.end))
        if self.client is not None:
            clauses.append("client = ?")
            params.append(normalise_client(self.client))
        if self.channel is not None:
            clauses.append("channel = ?")
            params.append(Channel(self.channel).value)
        if self.kind is not None:
            clauses.append("kind = ?")
            params.append(Kind(self.kind).value)
        if self.after_hours is not None:
            clauses.append("classification = ?" if self.after_hours else "classification != ?")
            params.append(Classification.AFTER_HOURS.value)
        if self.classification is not None:
            clauses.append("classification = ?")
            params.append(Classification(self.classification).value)
        if self.crisis is not None:
            clauses.append("crisis = ?")
            params.append(1 if self.crisis else 0)
        if self.boundary is not None:
            clauses.append("boundary = ?")
            params.append(1 if self.boundary else 0)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class ContactLog:
    """The contact log of one profile. Services get it with the profile's db and a clock."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- writing -----------------------------------------------------------------------------

    def log(self, new: NewContact) -> Contact:
        """Classify ``new`` against the schedule in force at its instant and store it."""
        history = ScheduleStore(self._db, self._clock).history()
        return self._insert_all([new], [classify(history, new.at)])[0]

    def log_many(self, news: Sequence[NewContact], *, skip_logged: bool = False) -> list[Contact]:
        """Log several contacts in one transaction: all of them or, on any error, none.

        With ``skip_logged``, contacts whose ``(source, source_id)`` is already in the log are
        left out, decided inside the transaction (under the write lock): two imports of one
        file at once then give one import and one "already there", never an error or a double.
        """
        history = ScheduleStore(self._db, self._clock).history()
        return self._insert_all(
            news, classify_many(history, [n.at for n in news]), skip_logged=skip_logged
        )

    def _insert_all(
        self,
        news: Sequence[NewContact],
        classes: Sequence[Classification],
        *,
        skip_logged: bool = False,
    ) -> list[Contact]:
        now = utc_iso(self._clock.now())
        agreements = AgreementStore(self._db, self._clock)
        allowed_cache: dict[str | None, frozenset[Channel] | None] = {}
        defaults = self._minute_defaults()
        stored: list[Contact] = []
        with self._db.atomic():
            for new, cls in zip(news, classes, strict=True):
                if skip_logged and new.source_id and self.is_logged(new.source, new.source_id):
                    continue
                if new.client not in allowed_cache:
                    allowed_cache[new.client] = agreements.allowed_channels(new.client)
                boundary = _is_boundary(new, allowed_cache[new.client])
                row = _row(new, cls, boundary)
                row["created_at"] = now
                row["updated_at"] = now
                try:
                    cur = self._db.execute(
                        f"INSERT INTO contacts ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})",
                        list(row.values()),
                    )
                except sqlite3.IntegrityError as exc:
                    if new.source_id is not None and "source" in str(exc):
                        raise DuplicateContactError(new.source, new.source_id) from exc
                    raise
                stored.append(
                    _contact(
                        new,
                        int(cur.lastrowid or 0),
                        cls,
                        boundary,
                        effective_minutes(new.minutes, new.channel, defaults),
                        from_utc_iso(now),
                    )
                )
        return stored

    def is_logged(self, source: str, source_id: str) -> bool:
        """Whether a contact with this source id is already in the log (mail de-duplication)."""
        row = self._db.execute(
            "SELECT 1 FROM contacts WHERE source = ? AND source_id = ?", [source, source_id]
        ).fetchone()
        return row is not None

    def edit(self, contact_id: int, **changes: Any) -> Contact:
        """Change fields of a contact; a new instant (or channel/client) re-judges it."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise TypeError(f"cannot edit {', '.join(sorted(unknown))}")
        with self._db.atomic():
            old = self.get(contact_id)
            base = {f.name: getattr(old, f.name) for f in fields(NewContact)}
            base.update(changes)
            new = NewContact(**base)
            cls = old.classification
            if new.at != old.at:
                cls = classify(ScheduleStore(self._db, self._clock).history(), new.at)
            allowed = AgreementStore(self._db, self._clock).allowed_channels(new.client)
            boundary = _is_boundary(new, allowed)
            row = _row(new, cls, boundary)
            row["updated_at"] = utc_iso(self._clock.now())
            try:
                self._db.execute(
                    f"UPDATE contacts SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                    [*row.values(), contact_id],
                )
            except sqlite3.IntegrityError as exc:  # pragma: no cover - source is not editable
                raise DuplicateContactError(new.source, new.source_id) from exc
        return self.get(contact_id)

    def delete(self, contact_id: int) -> None:
        with self._db.atomic():
            cur = self._db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
            if cur.rowcount == 0:
                raise ContactNotFoundError(contact_id)

    def restore(self, contact: Contact) -> Contact:
        """Put a deleted contact back exactly as it was: same id, same classification.

        For undo: re-logging would give it a new id and re-judge it against today's schedule,
        which would quietly rewrite history.
        """
        row = _row(contact, contact.classification, contact.boundary)
        row["id"] = contact.id
        created = contact.created_at or self._clock.now()
        row["created_at"] = utc_iso(created)
        row["updated_at"] = utc_iso(self._clock.now())
        with self._db.atomic():
            try:
                self._db.execute(
                    f"INSERT INTO contacts ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()),
                )
            except sqlite3.IntegrityError as exc:
                raise DuplicateContactError(contact.source, contact.source_id) from exc
        return self.get(contact.id)

    def recompute(self, start: datetime | None = None, end: datetime | None = None) -> int:
        """Re-judge contacts in ``[start, end)`` against the schedule history as it is now.

        Only when the user asks; boundary flags are re-derived from today's agreements too.
        Returns how many contacts changed.
        """
        where, params = ContactFilter(start=start, end=end).where()
        rows = self._db.execute(
            f"SELECT id, at, classification, boundary, kind, channel, client FROM contacts{where}",
            params,
        ).fetchall()
        history: ScheduleHistory = ScheduleStore(self._db, self._clock).history()
        classes = classify_many(history, [from_utc_iso(r[1]) for r in rows])
        agreements = AgreementStore(self._db, self._clock)
        changed = 0
        with self._db.atomic():
            for row, cls in zip(rows, classes, strict=True):
                cid, _, old_cls, old_boundary, kind, channel, client = row
                allowed = agreements.allowed_channels(client)
                boundary = Kind(kind).is_boundary or (
                    allowed is not None and Channel(channel) not in allowed
                )
                if cls.value != old_cls or int(boundary) != int(old_boundary):
                    self._db.execute(
                        "UPDATE contacts SET classification = ?, boundary = ? WHERE id = ?",
                        [cls.value, int(boundary), cid],
                    )
                    changed += 1
        return changed

    # -- reading -----------------------------------------------------------------------------

    def get(self, contact_id: int) -> Contact:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", [contact_id]
        ).fetchone()
        if row is None:
            raise ContactNotFoundError(contact_id)
        return _from_row(row, self._minute_defaults())

    def query(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        client: str | None = None,
        channel: Channel | str | None = None,
        kind: Kind | str | None = None,
        after_hours: bool | None = None,
        crisis: bool | None = None,
        order: str = "at",
        limit: int | None = None,
        offset: int | None = None,
        *,
        classification: Classification | str | None = None,
        boundary: bool | None = None,
        ids: Iterable[int] | None = None,
    ) -> list[Contact]:
        """Contacts matching the filters, sorted by ``order`` (a column, ``-`` for descending)."""
        where, params = _where(
            ContactFilter(
                start, end, client, channel, kind, after_hours, crisis, classification, boundary
            ),
            ids,
        )
        order_sql = _order_sql(order)
        sql = f"SELECT {_COLUMNS} FROM contacts{where} ORDER BY {order_sql}"
        if limit is not None or offset is not None:
            # Page on ids first: skipping ``offset`` rows then reads only an index, not the
            # table (a page deep in ten years of contacts takes half the time).
            sql = (
                f"SELECT {_COLUMNS} FROM contacts WHERE id IN "
                f"(SELECT id FROM contacts{where} ORDER BY {order_sql} LIMIT ? OFFSET ?) "
                f"ORDER BY {order_sql}"
            )
            params.extend([-1 if limit is None else int(limit), int(offset or 0)])
        defaults = self._minute_defaults()
        return [_from_row(r, defaults) for r in self._db.execute(sql, params).fetchall()]

    def count(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        client: str | None = None,
        channel: Channel | str | None = None,
        kind: Kind | str | None = None,
        after_hours: bool | None = None,
        crisis: bool | None = None,
        *,
        classification: Classification | str | None = None,
        boundary: bool | None = None,
        ids: Iterable[int] | None = None,
    ) -> int:
        """How many contacts :meth:`query` would return with the same filters."""
        where, params = _where(
            ContactFilter(
                start, end, client, channel, kind, after_hours, crisis, classification, boundary
            ),
            ids,
        )
        return int(self._db.execute(f"SELECT count(*) FROM contacts{where}", params).fetchone()[0])

    def clients(self) -> list[str]:
        """Known pseudonyms (from contacts and agreements), for completion."""
        rows = self._db.execute(
            "SELECT client FROM contacts WHERE client IS NOT NULL "
            "UNION SELECT client FROM agreements ORDER BY 1 COLLATE NOCASE"
        ).fetchall()
        return [r[0] for r in rows]

    def _minute_defaults(self) -> dict[str, Any]:
        settings = Settings(self._db)
        return {key: settings.get(key) for key in DEFAULTS if key.startswith("contacts.minutes.")}


# -- helpers ---------------------------------------------------------------------------------


def _where(flt: ContactFilter, ids: Iterable[int] | None) -> tuple[str, list[Any]]:
    """The WHERE clause shared by :meth:`ContactLog.query` and :meth:`ContactLog.count`."""
    where, params = flt.where()
    if ids is not None:
        id_list = [int(i) for i in ids]
        clause = f"id IN ({', '.join('?' for _ in id_list)})" if id_list else "0"
        where = f"{where} AND {clause}" if where else f" WHERE {clause}"
        params.extend(id_list)
    return where, params


def _epoch(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("contact filters need aware datetimes")
    return int(instant.timestamp())


def _order_sql(order: str) -> str:
    desc = order.startswith("-")
    key = order.lstrip("-")
    if key not in _ORDER_COLUMNS:
        raise ValueError(f"cannot sort contacts by {order!r}")
    direction = "DESC" if desc else "ASC"
    return f"{_ORDER_COLUMNS[key]} {direction}, id {direction}"


def _is_boundary(new: NewContact, allowed: frozenset[Channel] | None) -> bool:
    """A boundary kind, or a channel the client's agreement does not allow."""
    return new.kind.is_boundary or (allowed is not None and new.channel not in allowed)


def _row(new: NewContact, cls: Classification, boundary: bool) -> dict[str, Any]:
    return {
        "at": utc_iso(new.at),
        "ts": _epoch(new.at),
        "zone": new.zone,
        "channel": new.channel.value,
        "kind": new.kind.value,
        "direction": new.direction.value,
        "client": new.client,
        "minutes": new.minutes,
        "crisis": int(new.crisis),
        "phrases": json.dumps(list(new.phrases), ensure_ascii=False),
        "categories": json.dumps(list(new.categories), ensure_ascii=False),
        "note": new.note,
        "source": new.source,
        "source_id": new.source_id,
        "classification": cls.value,
        "boundary": int(boundary),
    }


def _contact(
    new: NewContact,
    contact_id: int,
    cls: Classification,
    boundary: bool,
    minutes_effective: int,
    created_at: datetime | None,
) -> Contact:
    base = {f.name: getattr(new, f.name) for f in fields(NewContact)}
    base["at"] = new.at.astimezone(UTC)
    return Contact(
        **base,
        id=contact_id,
        classification=cls,
        boundary=boundary,
        minutes_effective=minutes_effective,
        created_at=created_at,
    )


def _from_row(row: Sequence[Any], defaults: Mapping[str, Any]) -> Contact:
    (
        cid,
        at,
        zone_name,
        channel,
        kind,
        direction,
        client,
        minutes,
        crisis,
        phrases,
        categories,
        note,
        source,
        source_id,
        classification,
        boundary,
        created_at,
    ) = row
    ch = Channel(channel)
    return Contact(
        at=from_utc_iso(at),
        channel=ch,
        kind=Kind(kind),
        direction=Direction(direction),
        client=client,
        minutes=None if minutes is None else int(minutes),
        crisis=bool(crisis),
        phrases=tuple(json.loads(phrases or "[]")),
        categories=tuple(json.loads(categories or "[]")),
        note=note or "",
        source=source,
        source_id=source_id,
        zone=zone_name,
        id=int(cid),
        classification=Classification(classification),
        boundary=bool(boundary),
        minutes_effective=effective_minutes(
            None if minutes is None else int(minutes), ch, defaults
        ),
        created_at=from_utc_iso(created_at) if created_at else None,
    )
