"""The phones KDE Connect knows, read from its daemon on the session bus, for Settings.

``kdeconnectd`` answers ``deviceNames(onlyReachable, onlyPaired)`` on
``org.kde.kdeconnect.daemon`` at ``/modules/kdeconnect`` with a map of device id to name.
No bus, no daemon, or no jeepney (Windows, macOS) all mean the same to the user: "no daemon".
"""

from __future__ import annotations

from dataclasses import dataclass

SERVICE = "org.kde.kdeconnect"
PATH = "/modules/kdeconnect"
INTERFACE = "org.kde.kdeconnect.daemon"


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    reachable: bool


def list_devices(bus: str = "SESSION", timeout: float = 1.0) -> list[Device] | None:
    """Paired devices, reachable ones first; None when KDE Connect's daemon is not running."""
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse
    except ImportError:  # not Linux: no D-Bus here
        return None
    address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
    try:
        with open_dbus_connection(bus=bus) as conn:
            paired = conn.send_and_get_reply(
                new_method_call(address, "deviceNames", "bb", (False, True)), timeout=timeout
            )
            reachable = conn.send_and_get_reply(
                new_method_call(address, "deviceNames", "bb", (True, True)), timeout=timeout
            )
    except (OSError, KeyError, TimeoutError, DBusErrorResponse, ValueError):
        return None
    if paired.header.message_type.name == "error":
        return None
    names: dict[str, str] = dict(paired.body[0]) if paired.body else {}
    near = set(dict(reachable.body[0]).keys()) if reachable.body else set()
    devices = [Device(i, str(n), i in near) for i, n in names.items()]
    return sorted(devices, key=lambda d: (not d.reachable, d.name.casefold()))
