"""Start at login inside Flatpak goes through the Background portal, on a real session bus.

A private ``dbus-daemon --session`` runs for the module, and a small test portal (jeepney, in a
thread) owns ``org.freedesktop.portal.Desktop``: it records each ``RequestBackground`` call,
replies with the Request object path and then emits that Request's ``Response`` signal, as
xdg-desktop-portal does. "Inside Flatpak" is a ``.flatpak-info`` file in a temp folder, passed
to ``Autostart``; outside it, the XDG file is written and the portal is never asked.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_signal
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import new_method_return

from after_hours.availability.autostart import APP_ID, Autostart
from after_hours.availability.background_portal import (
    BACKGROUND,
    PORTAL_NAME,
    REQUEST,
    PortalError,
    request_path,
)

CMD = ["/app/bin/after-hours", "--home", "/home/sam/my profile", "--minimized"]


def dbus_daemon() -> Iterator[str]:
    """A private session bus for as long as the generator lives."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (scripts/ensure-system-packages.sh test)")
    out = subprocess.run(
        [daemon, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    try:
        yield address
    finally:
        os.kill(pid, signal.SIGTERM)


@pytest.fixture(scope="module")
def session_bus() -> Iterator[str]:
    yield from dbus_daemon()


@pytest.fixture
def empty_bus() -> Iterator[str]:
    """A bus where nothing owns the portal's name."""
    yield from dbus_daemon()


@dataclass
class RecordingPortal:
    """Owns the portal's name and answers RequestBackground with ``response``."""

    address: str
    response: int = 0  # 0 granted, 1 declined by the user, 2 other
    grant_autostart: bool = True
    requests: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.conn = open_dbus_connection(bus=self.address)
        reply = self.conn.send_and_get_reply(message_bus.RequestName(PORTAL_NAME), timeout=10)
        assert reply.body == (1,)  # primary owner
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                msg = self.conn.receive()
            except (OSError, EOFError, ValueError):
                return  # connection closed: the test is over
            h = msg.header
            if h.message_type != MessageType.method_call:
                continue
            if h.fields.get(HeaderFields.member) != "RequestBackground":
                continue
            assert h.fields.get(HeaderFields.interface) == BACKGROUND
            parent, options = msg.body
            sender = h.fields[HeaderFields.sender]
            path = request_path(sender, options["handle_token"][1])
            self.requests.append({"parent": parent, **{k: v[1] for k, v in options.items()}})
            self.conn.send(new_method_return(msg, "o", (path,)))
            results = {
                "background": ("b", True),
                "autostart": ("b", bool(options["autostart"][1]) and self.grant_autostart),
            }
            answer = new_signal(DBusAddress(path, interface=REQUEST), "Response", "ua{sv}")
            answer.body = (self.response, results)
            answer.header.signature = "ua{sv}"
            self.conn.send(answer)

    def close(self) -> None:
        self.conn.sock.shutdown(socket.SHUT_RDWR)  # ends the serving thread's receive()
        self.thread.join(timeout=10)
        self.conn.close()


@pytest.fixture(scope="module")
def module_portal(session_bus: str) -> Iterator[RecordingPortal]:
    p = RecordingPortal(session_bus)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture
def portal(module_portal: RecordingPortal) -> RecordingPortal:
    """The portal with a clean record and the default answer (granted)."""
    module_portal.requests.clear()
    module_portal.response = 0
    module_portal.grant_autostart = True
    return module_portal


@pytest.fixture
def flatpak_info(tmp_path: Path) -> Path:
    info = tmp_path / ".flatpak-info"
    info.write_text(f"[Application]\nname={APP_ID}\n", encoding="utf-8")
    return info


def sandboxed(tmp_path: Path, info: Path, bus: str) -> Autostart:
    return Autostart("linux", config_home=tmp_path / "config", flatpak_info=info, portal_bus=bus)


def test_in_flatpak_the_portal_is_asked_to_start_the_app_at_login(
    tmp_path: Path, flatpak_info: Path, portal: RecordingPortal, session_bus: str
) -> None:
    auto = sandboxed(tmp_path, flatpak_info, session_bus)
    assert not auto.is_enabled()
    auto.enable(CMD)
    assert auto.is_enabled()
    (req,) = portal.requests
    assert req["autostart"] is True
    # The command inside the sandbox: the portal turns it into `flatpak run --command=...`.
    assert req["commandline"] == ["after-hours", "--home", "/home/sam/my profile", "--minimized"]
    assert req["reason"] and req["handle_token"].startswith("after_hours_")
    # Nothing written where the host session would never look.
    assert not (tmp_path / "config" / "autostart").exists()
    assert "portal" in auto.location()

    auto.disable()
    assert not auto.is_enabled()
    assert [r["autostart"] for r in portal.requests] == [True, False]


def test_a_declined_request_says_so_and_stays_off(
    tmp_path: Path, flatpak_info: Path, portal: RecordingPortal, session_bus: str
) -> None:
    portal.response = 1
    auto = sandboxed(tmp_path, flatpak_info, session_bus)
    with pytest.raises(PortalError, match="declined"):
        auto.enable(CMD)
    assert not auto.is_enabled()


def test_background_granted_but_not_autostart_is_reported(
    tmp_path: Path, flatpak_info: Path, portal: RecordingPortal, session_bus: str
) -> None:
    portal.grant_autostart = False
    auto = sandboxed(tmp_path, flatpak_info, session_bus)
    with pytest.raises(PortalError, match="did not allow"):
        auto.enable(CMD)
    assert not auto.is_enabled()


def test_without_a_portal_on_the_bus_the_error_is_plain(
    tmp_path: Path, flatpak_info: Path, empty_bus: str
) -> None:
    auto = sandboxed(tmp_path, flatpak_info, empty_bus)
    with pytest.raises(PortalError, match="not available"):
        auto.enable(CMD)
    assert not auto.is_enabled()


def test_outside_flatpak_the_xdg_file_is_written_and_no_portal_asked(
    tmp_path: Path, portal: RecordingPortal, session_bus: str
) -> None:
    auto = sandboxed(tmp_path, tmp_path / "no-such-flatpak-info", session_bus)
    auto.enable(CMD)
    assert (tmp_path / "config" / "autostart" / f"{APP_ID}.desktop").is_file()
    assert auto.is_enabled() and portal.requests == []
