"""Start at login from inside a Flatpak sandbox: the Background portal.

A sandboxed app cannot write the host's ``~/.config/autostart``: a file written inside lands in
the app's private config folder and the session never reads it. The portal
``org.freedesktop.portal.Background`` asks the user (once) and writes the host entry itself,
as ``flatpak run --command=... APP_ID ARGS``, from the ``commandline`` we give it.

The call follows the portal's Request/Response pattern: ``RequestBackground`` returns at once
with the object path of a ``org.freedesktop.portal.Request``, and the answer arrives later as
that object's ``Response`` signal. We choose the request's token ourselves, so the path is
known and the signal is subscribed to *before* the call: a fast portal cannot answer into the
void. Pure Python over jeepney (a Linux-only dependency, also keyring's), imported only when
the portal is used; no Qt.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FLATPAK_INFO = Path("/.flatpak-info")
PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
# The user may be shown a dialog: give them time to read it.
ANSWER_TIMEOUT_S = 120.0


class PortalError(OSError):
    """The portal was unreachable, refused, or the user said no (a plain sentence)."""


@dataclass(frozen=True)
class BackgroundAnswer:
    """What the portal granted: running in the background, and starting at login."""

    background: bool
    autostart: bool


def in_flatpak(info: Path = FLATPAK_INFO) -> bool:
    """True inside a Flatpak sandbox, where ``/.flatpak-info`` always exists."""
    return info.is_file()


def request_path(unique_name: str, token: str) -> str:
    """The Request object the portal will create for ``token`` (its documented naming)."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


def request_background(
    commandline: list[str],
    *,
    autostart: bool,
    reason: str = "Start After Hours in the tray at login, to show when you are off hours.",
    bus: str = "SESSION",
    timeout: float = ANSWER_TIMEOUT_S,
) -> BackgroundAnswer:
    """Ask the portal for (or to withdraw, ``autostart=False``) start at login.

    ``commandline`` is the command *inside* the sandbox (``["after-hours", "--minimized"]``).
    ``bus`` is ``"SESSION"`` or a D-Bus address (tests give a private bus).
    """
    token = "after_hours_" + secrets.token_hex(8)
    options: dict[str, tuple[str, Any]] = {
        "handle_token": ("s", token),
        "reason": ("s", reason),
        "autostart": ("b", autostart),
        "dbus-activatable": ("b", False),
    }
    if commandline:
        options["commandline"] = ("as", list(commandline))
    from jeepney.io.blocking import open_dbus_connection

    try:
        conn = open_dbus_connection(bus=bus)
    except (OSError, KeyError) as exc:
        raise PortalError(f"Cannot reach the session bus for the Background portal: {exc}") from exc
    with conn:
        return _ask(conn, token, options, timeout)


def _ask(
    conn: Any, token: str, options: dict[str, tuple[str, Any]], timeout: float
) -> BackgroundAnswer:
    from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
    from jeepney.wrappers import DBusErrorResponse, unwrap_msg

    path = request_path(conn.unique_name, token)
    rule = MatchRule(type="signal", interface=REQUEST, member="Response", path=path)
    conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=timeout)
    portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL_NAME, interface=BACKGROUND)
    call = new_method_call(portal, "RequestBackground", "sa{sv}", ("", options))
    with conn.filter(rule) as queue:
        try:
            (handle,) = unwrap_msg(conn.send_and_get_reply(call, timeout=timeout))
        except DBusErrorResponse as exc:
            raise PortalError(f"The Background portal is not available here: {exc.name}") from exc
        if handle != path:
            # Portals older than 0.9 ignore handle_token; their answer would go unheard.
            raise PortalError("The Background portal is too old to answer this request.")
        try:
            signal = conn.recv_until_filtered(queue, timeout=timeout)
        except TimeoutError as exc:
            raise PortalError("The Background portal did not answer in time.") from exc
    response, results = signal.body
    if response == 1:
        raise PortalError("Start at login was not allowed: the request was declined.")
    if response != 0:
        raise PortalError("The Background portal could not handle the request.")
    return BackgroundAnswer(
        background=bool(results.get("background", ("b", False))[1]),
        autostart=bool(results.get("autostart", ("b", False))[1]),
    )
