"""Android "SMS Backup & Restore" (SyncTech) XML files, read as a stream into plain records.

Two files come out of the app: messages (``<smses>`` holding ``<sms>`` and ``<mms>``) and the
call log (``<calls>`` holding ``<call>``). Attributes as the app documents them:

- ``sms``: ``address``, ``date`` (milliseconds since the epoch, UTC), ``type`` (1 received,
  2 sent, 3 draft, 4 outbox, 5 failed, 6 queued), ``body``, ``contact_name``;
- ``mms``: ``date`` (ms), ``msg_box`` (1 received, 2 sent), ``<parts><part ct="text/plain"
  text=.../>`` and ``<addrs><addr address type="137"/>`` (137 from, 151 to, 130 cc);
- ``call``: ``number``, ``duration`` (seconds), ``date`` (ms), ``type`` (1 incoming,
  2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered on another device),
  ``contact_name``.

The parser is expat, the streaming parser under ``xml.etree.ElementTree.iterparse``, driven
directly: its handlers see each element as it starts, with the exact line number for an error
message, and nothing but the current message is ever held, so a file of any size reads in
constant memory. A document type declaration is refused at once (no DTD, so no entity
expansion and no external entities); backups never have one.
"""

from __future__ import annotations

import hashlib
import math
import xml.parsers.expat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO

from after_hours.availability.contacts.model import Channel, Direction, Kind

CHUNK = 1 << 16
# Dates outside this range are not a phone's clock: refuse rather than log year 50,000.
_MIN_MS = 0
_MAX_MS = 253_402_300_799_000  # 9999-12-31T23:59:59Z

SMS_TYPES = {1: Direction.IN, 2: Direction.OUT}
SMS_NOT_SENT = {3, 4, 5, 6}  # draft, outbox, failed, queued: never reached anyone
MMS_BOXES = {1: Direction.IN, 2: Direction.OUT}
MMS_NOT_SENT = {3, 4, 5}
ADDR_FROM = "137"
ADDR_TO = {"151", "130", "129"}
# Call types: direction, and whether the time on the line counts (missed ones are 0 minutes).
CALL_TYPES: dict[int, tuple[Channel, Direction, bool]] = {
    1: (Channel.PHONE, Direction.IN, True),
    2: (Channel.PHONE, Direction.OUT, True),
    3: (Channel.PHONE, Direction.IN, False),
    4: (Channel.VOICEMAIL, Direction.IN, True),
    5: (Channel.PHONE, Direction.IN, False),
    6: (Channel.PHONE, Direction.IN, False),
    7: (Channel.PHONE, Direction.IN, True),
}


class BackupFormatError(ValueError):
    """The file cannot be read as a backup; says where (line, element, attribute) and why."""

    def __init__(self, line: int, element: str | None, attribute: str | None, message: str):
        self.line = line
        self.element = element
        self.attribute = attribute
        where = f"Line {line}"
        if element:
            where += f", <{element}>"
        if attribute:
            where += f" attribute '{attribute}'"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class PhoneRecord:
    """One message or call from the backup, before anyone decides whose it is.

    ``senders`` are the other party's numbers as written (several for a group message);
    ``text`` is the message (None for calls), to be triaged and then dropped.
    """

    line: int
    element: str
    at: datetime
    channel: Channel
    kind: Kind
    direction: Direction
    minutes: int | None
    senders: tuple[str, ...]
    contact_name: str
    text: str | None
    fingerprint: str


@dataclass
class BackupCounts:
    """What the stream held besides the records: drafts and failed sends are not contacts."""

    not_sent: int = 0
    elements: dict[str, int] = field(default_factory=dict)


def call_minutes(seconds: int, answered: bool) -> int:
    """Whole minutes, rounded up (a 61-second call took two minutes of the evening)."""
    if not answered or seconds <= 0:
        return 0
    return min(math.ceil(seconds / 60), 24 * 60)


def read_backup(stream: IO[bytes], counts: BackupCounts | None = None) -> Iterator[PhoneRecord]:
    """Yield the records of a messages or calls backup as they are read.

    Raises :class:`BackupFormatError` for anything that is not a well-formed backup. The caller
    must consume everything before storing anything: an error can come on the last line.
    """
    reader = _Reader(counts or BackupCounts())
    while True:
        chunk = stream.read(CHUNK)
        try:
            reader.parser.Parse(chunk, not chunk)
        except xml.parsers.expat.ExpatError as exc:
            reason = xml.parsers.expat.ErrorString(exc.code) if exc.code else str(exc)
            raise BackupFormatError(
                exc.lineno, None, None, f"not well-formed XML ({reason})"
            ) from None
        except _Refused as exc:
            raise exc.error from None
        except LookupError as exc:
            # A damaged or foreign XML declaration names an encoding Python does not know.
            raise BackupFormatError(
                1, None, None, f"the file declares a text encoding this app cannot read ({exc})"
            ) from None
        yield from reader.ready
        reader.ready.clear()
        if not chunk:
            break
    if reader.root is None:
        raise BackupFormatError(1, None, None, "the file has no backup in it")


class _Refused(Exception):
    """Carries a BackupFormatError out of an expat handler."""

    def __init__(self, error: BackupFormatError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _Mms:
    line: int
    attrs: dict[str, str]
    texts: list[str] = field(default_factory=list)
    addrs: list[tuple[str, str]] = field(default_factory=list)


class _Reader:
    """The expat handlers: they turn elements into records and refuse anything unsafe."""

    def __init__(self, counts: BackupCounts) -> None:
        self.counts = counts
        self.ready: list[PhoneRecord] = []
        self.root: str | None = None
        self.mms: _Mms | None = None
        # An <mms> is judged at its end tag; its errors name the line it started on.
        self.element_line: int | None = None
        p = xml.parsers.expat.ParserCreate()
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.StartDoctypeDeclHandler = self.doctype
        p.EntityDeclHandler = self.entity
        p.ExternalEntityRefHandler = self.external
        p.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser = p

    # -- refusals ---------------------------------------------------------------------------

    def _fail(self, element: str | None, attribute: str | None, message: str) -> _Refused:
        line = self.element_line or self.parser.CurrentLineNumber
        return _Refused(BackupFormatError(line, element, attribute, message))

    def doctype(self, *_args: object) -> None:
        raise self._fail(None, None, "a document type declaration is not allowed in a backup")

    def entity(self, *_args: object) -> None:
        raise self._fail(None, None, "entity declarations are not allowed in a backup")

    def external(self, *_args: object) -> int:
        raise self._fail(None, None, "external entities are not allowed in a backup")

    # -- elements ---------------------------------------------------------------------------

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tally = self.counts.elements
        tally[name] = tally.get(name, 0) + 1
        if self.root is None:
            if name not in ("smses", "calls"):
                raise self._fail(
                    name, None, "not an SMS Backup & Restore file (expected <smses> or <calls>)"
                )
            self.root = name
            return
        if name == "sms":
            self._sms(attrs)
        elif name == "call":
            self._call(attrs)
        elif name == "mms":
            self.mms = _Mms(self.parser.CurrentLineNumber, dict(attrs))
        elif self.mms is not None and name == "part":
            if attrs.get("ct", "").lower() == "text/plain" and attrs.get("text"):
                self.mms.texts.append(attrs["text"])
        elif self.mms is not None and name == "addr":
            self.mms.addrs.append((attrs.get("address", ""), attrs.get("type", "")))

    def end(self, name: str) -> None:
        if name == "mms" and self.mms is not None:
            self._finish_mms(self.mms)
            self.mms = None

    def _date(self, element: str, attrs: dict[str, str]) -> tuple[datetime, int]:
        raw = attrs.get("date")
        if raw is None or not raw.strip():
            raise self._fail(element, "date", "the date is missing")
        try:
            ms = int(raw.strip())
        except ValueError:
            raise self._fail(
                element, "date", f"expected milliseconds since 1970, got {raw[:40]!r}"
            ) from None
        if not _MIN_MS <= ms <= _MAX_MS:
            raise self._fail(element, "date", f"{ms} is not a date a phone could have written")
        return datetime.fromtimestamp(ms / 1000, UTC), ms

    def _int(self, element: str, attrs: dict[str, str], name: str) -> int:
        raw = attrs.get(name)
        if raw is None or not raw.strip():
            raise self._fail(element, name, f"the {name} is missing")
        try:
            return int(raw.strip())
        except ValueError:
            raise self._fail(element, name, f"expected a whole number, got {raw[:40]!r}") from None

    def _sms(self, attrs: dict[str, str]) -> None:
        at, ms = self._date("sms", attrs)
        kind = self._int("sms", attrs, "type")
        if kind in SMS_NOT_SENT:
            self.counts.not_sent += 1
            return
        if kind not in SMS_TYPES:
            raise self._fail("sms", "type", f"unknown message type {kind} (1 received, 2 sent)")
        address = attrs.get("address", "").strip()
        self.ready.append(
            PhoneRecord(
                line=self.parser.CurrentLineNumber,
                element="sms",
                at=at,
                channel=Channel.TEXT,
                kind=Kind.MESSAGE,
                direction=SMS_TYPES[kind],
                minutes=None,
                senders=tuple(a for a in address.split("~") if a.strip()),
                contact_name=_name(attrs.get("contact_name")),
                text=attrs.get("body") or "",
                fingerprint=_fingerprint("sms", address, ms, kind),
            )
        )

    def _finish_mms(self, mms: _Mms) -> None:
        self.element_line = mms.line
        try:
            self._mms_record(mms)
        finally:
            self.element_line = None

    def _mms_record(self, mms: _Mms) -> None:
        at, ms = self._date("mms", mms.attrs)
        box = self._int("mms", mms.attrs, "msg_box")
        if box in MMS_NOT_SENT:
            self.counts.not_sent += 1
            return
        if box not in MMS_BOXES:
            raise self._fail("mms", "msg_box", f"unknown message box {box} (1 received, 2 sent)")
        direction = MMS_BOXES[box]
        if direction is Direction.IN:
            senders = [a for a, t in mms.addrs if t == ADDR_FROM]
        else:
            senders = [a for a, t in mms.addrs if t in ADDR_TO]
        if not senders:
            senders = mms.attrs.get("address", "").split("~")
        senders = [s.strip() for s in senders if s.strip() and s.strip() != "insert-address-token"]
        self.ready.append(
            PhoneRecord(
                line=mms.line,
                element="mms",
                at=at,
                channel=Channel.TEXT,
                kind=Kind.MESSAGE,
                direction=direction,
                minutes=None,
                senders=tuple(senders),
                contact_name=_name(mms.attrs.get("contact_name")),
                text="\n".join(mms.texts),
                fingerprint=_fingerprint("mms", "~".join(senders), ms, box),
            )
        )

    def _call(self, attrs: dict[str, str]) -> None:
        at, ms = self._date("call", attrs)
        kind = self._int("call", attrs, "type")
        if kind not in CALL_TYPES:
            raise self._fail(
                "call",
                "type",
                f"unknown call type {kind} (1 incoming, 2 outgoing, 3 missed, 4 voicemail, "
                "5 rejected, 6 blocked)",
            )
        seconds = self._int("call", attrs, "duration") if attrs.get("duration") else 0
        if seconds < 0:
            raise self._fail("call", "duration", f"a duration cannot be negative ({seconds})")
        channel, direction, answered = CALL_TYPES[kind]
        number = attrs.get("number", "").strip()
        self.ready.append(
            PhoneRecord(
                line=self.parser.CurrentLineNumber,
                element="call",
                at=at,
                channel=channel,
                kind=Kind.CALL,
                direction=direction,
                minutes=call_minutes(seconds, answered),
                senders=(number,) if number else (),
                contact_name=_name(attrs.get("contact_name")),
                text=None,
                fingerprint=_fingerprint("call", number, ms, kind),
            )
        )


def _name(raw: str | None) -> str:
    """``(Unknown)`` and ``null`` are what the app writes when the phone knew no name."""
    value = " ".join((raw or "").split())
    return "" if value.lower() in ("(unknown)", "null", "unknown") else value


def _fingerprint(element: str, party: str, ms: int, kind: int) -> str:
    """A stable id for one message or call: who, when to the millisecond, which way.

    The text is deliberately not part of it: a hash of a short message could confirm a guess.
    """
    digest = hashlib.sha256(f"{element}\x1f{party}\x1f{ms}\x1f{kind}".encode()).hexdigest()
    return f"smsbr:{element}:{digest[:24]}"
