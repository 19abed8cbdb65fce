"""KDE Connect's SMS messages, as ``kdeconnectd`` sends them on D-Bus.

The device object (``/modules/kdeconnect/devices/ID``) has the interface
``org.kde.kdeconnect.device.conversations`` (plugins/sms/conversationsdbusinterface.h in
KDE/kdeconnect-kde), whose signals ``conversationCreated(QDBusVariant msg)`` and
``conversationUpdated(QDBusVariant msg)`` carry one message in a variant. kdeconnectd marshals
a ``ConversationMessage`` (interfaces/conversationmessage.h, ``operator<<``) as the structure
``(isa(s)xiixiia(xsss))``: event, body, addresses (each a one-field structure holding the
address), date (ms since the epoch), type (1 = received, 2 = sent, as Android's
``Telephony.TextBasedSmsColumns``), read, threadID, uID, subID, attachments. Its ``toVariant()``
form, an ``a{sv}`` map with the same names (``event``, ``body``, ``addresses``, ``date``,
``type``, ``read``, ``threadID``, ``uID``, ``subID``, ``attachments``), is read as well.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SERVICE = "org.kde.kdeconnect"
INTERFACE = "org.kde.kdeconnect.device.conversations"
SIGNALS = ("conversationCreated", "conversationUpdated")
DEVICE_PATH_PREFIX = "/modules/kdeconnect/devices/"
MESSAGE_TYPE_INBOX = 1  # Android's MESSAGE_TYPE_INBOX: a message the phone received
MESSAGE_SIGNATURE = "(isa(s)xiixiia(xsss))"
FIELDS = ("event", "body", "addresses", "date", "type", "read", "threadID", "uID", "subID")


class SmsMessageError(ValueError):
    """A conversations signal whose message does not have kdeconnectd's shape."""


@dataclass(frozen=True)
class SmsMessage:
    """One SMS from the phone. ``body`` lives only until it has been triaged."""

    device: str
    uid: int
    thread_id: int
    address: str
    at: datetime
    type: int
    body: str = field(repr=False)
    read: bool = False

    @property
    def incoming(self) -> bool:
        return self.type == MESSAGE_TYPE_INBOX

    @property
    def source_id(self) -> str:
        """Stable across signals and processes: the device and the phone's message id."""
        return f"{self.device}/{self.uid}"


def unwrap(value: Any) -> Any:
    """jeepney gives each variant as ``(signature, value)``; unwrap them all the way down."""
    while isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        value = value[1]
    if isinstance(value, Mapping):
        return {k: unwrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    return value


def device_of(path: str) -> str:
    """``/modules/kdeconnect/devices/abc123/...`` -> ``abc123``."""
    if not path.startswith(DEVICE_PATH_PREFIX):
        return ""
    return path[len(DEVICE_PATH_PREFIX) :].split("/", 1)[0]


def _int(data: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SmsMessageError(f"The message's {key!r} is not a number.")
    return value


def _variant(value: Any) -> Any:
    """One level of jeepney's ``(signature, value)`` variant, when ``value`` is one."""
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and value[0][:1] in ("(", "a")
    ):
        return value[1]
    return value


def _fields(payload: Any) -> Mapping[str, Any]:
    """The message's fields by name, from the structure or from the map form."""
    data = payload
    if isinstance(data, list | tuple) and len(data) == 1:
        data = data[0]  # the signal's whole body: one argument
    data = _variant(data)
    if isinstance(data, Mapping):
        return {str(k): unwrap(v) for k, v in data.items()}
    if isinstance(data, list | tuple) and len(data) >= len(FIELDS):
        return dict(zip(FIELDS, data, strict=False))
    raise SmsMessageError("The signal does not carry a conversation message.")


def _address(addresses: Any) -> str:
    if not isinstance(addresses, Sequence) or isinstance(addresses, str) or not addresses:
        return ""
    first = unwrap(addresses[0])
    if isinstance(first, Mapping):
        first = first.get("address", "")
    elif isinstance(first, list | tuple) and first:
        first = first[0]  # the (s) structure
    return first.strip() if isinstance(first, str) else ""


def parse_sms(device: str, payload: Any) -> SmsMessage:
    """One signal's argument as an :class:`SmsMessage`; :class:`SmsMessageError` if malformed."""
    data = _fields(payload)
    body = data.get("body", "")
    if not isinstance(body, str):
        raise SmsMessageError("The message's body is not text.")
    date_ms = _int(data, "date", 0)
    try:
        at = datetime.fromtimestamp(date_ms / 1000, UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise SmsMessageError("The message's date is out of range.") from exc
    return SmsMessage(
        device=device,
        uid=_int(data, "uID", 0),
        thread_id=_int(data, "threadID", 0),
        address=_address(data.get("addresses", [])),
        at=at,
        type=_int(data, "type", 0),
        body=body,
        read=bool(data.get("read", 0)),
    )
