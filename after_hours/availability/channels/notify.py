"""The arguments of ``org.freedesktop.Notifications.Notify``, as plain values.

The Desktop Notifications Specification gives Notify the signature ``susssasa{sv}i``:
app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout. Messaging apps
put the sender's display name in the summary and the message in the body (which may carry a
little markup: ``<b>``, ``<i>``, ``<u>``, ``<a>``, ``<img>`` and XML entities). This module
checks the shape, strips the markup and hands on the fields; it stores nothing.

GNOME has a second path: apps using ``GNotification`` (and GNOME Shell extensions such as
GSConnect) call ``org.gtk.Notifications.AddNotification(s app_id, s id, a{sv} notification)``
on GNOME Shell instead, with ``title`` and ``body`` in the map. Those are read into the same
:class:`Notification`, the app id standing for the app name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

NOTIFY_SIGNATURE = "susssasa{sv}i"


class NotifyArgumentError(ValueError):
    """A Notify call whose arguments do not have the specification's shape."""


@dataclass(frozen=True)
class Notification:
    """One Notify call. ``body`` is the message: it lives only until it has been triaged."""

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str = field(repr=False)
    actions: tuple[str, ...] = ()
    hints: Mapping[str, Any] = field(default_factory=dict, repr=False)
    expire_timeout: int = -1

    @property
    def is_repost(self) -> bool:
        """An app updating a notification it already showed (the same message again)."""
        return self.replaces_id != 0

    @property
    def sender(self) -> str:
        """Who the message is from, as the app shows it: the summary, tidied."""
        return " ".join(self.summary.split())

    @property
    def text(self) -> str:
        return self.body


_TAG = re.compile(r"<[^<>]{0,200}>")


def plain_text(markup: str) -> str:
    """The body without the specification's markup, entities decoded, spaces tidied."""
    no_tags = _TAG.sub(" ", markup.replace("<br>", "\n").replace("<br/>", "\n"))
    return "\n".join(" ".join(line.split()) for line in html.unescape(no_tags).splitlines()).strip()


def _unwrap(value: Any) -> Any:
    """jeepney gives a variant as ``(signature, value)``: keep the value."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return value[1]
    return value


def parse_notify(args: Sequence[Any]) -> Notification:
    """Notify's eight arguments, checked; raises :class:`NotifyArgumentError` otherwise."""
    if len(args) != 8:
        raise NotifyArgumentError(f"Notify takes 8 arguments; this call had {len(args)}.")
    app, replaces, icon, summary, body, actions, hints, timeout = args
    for name, value in (("app_name", app), ("app_icon", icon), ("summary", summary)):
        if not isinstance(value, str):
            raise NotifyArgumentError(f"Notify's {name} is not a string.")
    if not isinstance(body, str):
        raise NotifyArgumentError("Notify's body is not a string.")
    if isinstance(replaces, bool) or not isinstance(replaces, int) or not 0 <= replaces < 2**32:
        raise NotifyArgumentError("Notify's replaces_id is not an unsigned 32-bit number.")
    if isinstance(timeout, bool) or not isinstance(timeout, int) or not -(2**31) <= timeout < 2**31:
        raise NotifyArgumentError("Notify's expire_timeout is not a 32-bit number.")
    if not isinstance(actions, list | tuple) or not all(isinstance(a, str) for a in actions):
        raise NotifyArgumentError("Notify's actions are not a list of strings.")
    if not isinstance(hints, Mapping) or not all(isinstance(k, str) for k in hints):
        raise NotifyArgumentError("Notify's hints are not a map of names to values.")
    return Notification(
        app_name=" ".join(app.split()),
        replaces_id=replaces,
        app_icon=icon,
        summary=summary,
        body=plain_text(body),
        actions=tuple(actions),
        hints={k: _unwrap(v) for k, v in hints.items()},
        expire_timeout=timeout,
    )


def parse_gtk_notification(args: Sequence[Any]) -> Notification:
    """``AddNotification``'s three arguments; raises :class:`NotifyArgumentError` otherwise."""
    if len(args) != 3:
        raise NotifyArgumentError(f"AddNotification takes 3 arguments; this call had {len(args)}.")
    app_id, _id, data = args
    if not isinstance(app_id, str) or not isinstance(_id, str):
        raise NotifyArgumentError("AddNotification's app id and notification id are not strings.")
    if not isinstance(data, Mapping):
        raise NotifyArgumentError("AddNotification's notification is not a map.")
    fields = {k: _unwrap(v) for k, v in data.items()}
    title, body = fields.get("title", ""), fields.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise NotifyArgumentError("AddNotification's title or body is not a string.")
    return Notification(
        app_name=" ".join(app_id.split()),
        replaces_id=0,
        app_icon="",
        summary=title,
        body=plain_text(body),
    )
