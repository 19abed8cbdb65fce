r"""Start at login: one checkbox, three platform mechanisms.

- **Linux and other XDG desktops**: a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``
  (default ``~/.config/autostart``), as the XDG Autostart specification says. Removing the
  file turns it off; ``Hidden=true`` is not used because we own the file.
- **Inside Flatpak** (``/.flatpak-info`` exists): a file written in the sandbox would never be
  read by the session, so the Background portal is asked to write the host's entry
  (``background_portal.py``); a small marker in the app's config folder remembers the answer.
- **Windows**: a value named ``After Hours`` under
  ``HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run`` holding the quoted
  command line. Per-user, no administrator rights needed.
- **macOS**: a LaunchAgent plist ``~/Library/LaunchAgents/org.afterhours.AfterHours.plist``
  with ``RunAtLoad`` true, loaded by launchd at the next login.

The texts are built by pure functions and tested on every platform; only the Linux writer runs
in this project's CI. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from after_hours.availability.background_portal import (
    FLATPAK_INFO,
    PortalError,
    in_flatpak,
    request_background,
)

APP_ID = "org.afterhours.AfterHours"
APP_NAME = "After Hours"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
# The app starts hidden in the tray at login: the window would be an interruption.
HIDDEN_FLAG = "--minimized"


def launch_command(home: str | None = None) -> list[str]:
    """The command that starts the app: the installed ``after-hours`` script when there is one."""
    frozen = getattr(sys, "frozen", False)
    if frozen:
        cmd = [sys.executable]
    else:
        script = shutil.which("after-hours")
        cmd = [script] if script else [sys.executable, "-m", "after_hours"]
    if home:
        cmd += ["--home", home]
    return [*cmd, HIDDEN_FLAG]


def desktop_entry(command: list[str]) -> str:
    """The XDG autostart entry (``Exec`` quoted per the Desktop Entry specification)."""
    exec_line = " ".join(_desktop_quote(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        f"Name={APP_NAME}\n"
        "Comment=Start After Hours in the tray at login\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
        # Give the panel a head start: the tray icon has somewhere to go (the app still waits).
        "X-GNOME-Autostart-Delay=5\n"
        "X-KDE-autostart-after=panel\n"
    )


def windows_run_value(command: list[str]) -> str:
    """The ``Run`` registry value: each argument double-quoted as Windows expects."""
    return " ".join('"' + arg.replace('"', '\\"') + '"' for arg in command)


def launch_agent_plist(command: list[str]) -> bytes:
    """The macOS LaunchAgent property list."""
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def _desktop_quote(arg: str) -> str:
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not any(c in reserved for c in arg):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$").replace("%", "%%")
    return f'"{escaped}"'


@dataclass(frozen=True)
class Autostart:
    """Turns start-at-login on and off for one platform (``sys.platform`` by default)."""

    platform: str = sys.platform
    config_home: Path | None = None  # XDG_CONFIG_HOME; tests pass a temp folder
    user_home: Path | None = None  # macOS: where Library/LaunchAgents lives
    flatpak_info: Path = FLATPAK_INFO  # present only inside a Flatpak sandbox
    portal_bus: str = "SESSION"  # the bus of the Background portal; tests give a private one

    def location(self) -> str:
        """Where the entry lives, for the Settings page and the docs."""
        if self.platform == "win32":
            return f"HKEY_CURRENT_USER\\{RUN_KEY} ({RUN_VALUE})"
        if self._sandboxed():
            return "the Background portal (your desktop writes the entry)"
        return str(self._file())

    def _sandboxed(self) -> bool:
        return self.platform.startswith("linux") and in_flatpak(self.flatpak_info)

    def _config_base(self) -> Path:
        return self.config_home or Path(
            os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
        )

    def _portal_marker(self) -> Path:
        return self._config_base() / "after-hours" / "autostart-portal"

    def _file(self) -> Path:
        if self.platform == "darwin":
            base = self.user_home or Path.home()
            return base / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        return self._config_base() / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        if self.platform == "win32":
            return _win_get() is not None
        if self._sandboxed():
            return self._portal_marker().exists()
        return self._file().exists()

    def enable(self, command: list[str]) -> None:
        if self.platform == "win32":
            _win_set(windows_run_value(command))
            return
        if self._sandboxed():
            self._enable_by_portal(command)
            return
        path = self._file()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (
            launch_agent_plist(command)
            if self.platform == "darwin"
            else desktop_entry(command).encode("utf-8")
        )
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)

    def disable(self) -> None:
        if self.platform == "win32":
            _win_delete()
            return
        if self._sandboxed():
            request_background([], autostart=False, bus=self.portal_bus)
            self._portal_marker().unlink(missing_ok=True)
            return
        self._file().unlink(missing_ok=True)

    def _enable_by_portal(self, command: list[str]) -> None:
        """Ask the portal; the host entry runs ``flatpak run --command=after-hours ...``."""
        # Inside the sandbox the command is found on the app's PATH (/app/bin).
        inside = [Path(command[0]).name, *command[1:]]
        answer = request_background(inside, autostart=True, bus=self.portal_bus)
        if not answer.autostart:
            raise PortalError("Your desktop did not allow After Hours to start at login.")
        marker = self._portal_marker()
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(shlex.join(inside) + "\n", encoding="utf-8")

    def describe(self, command: list[str]) -> str:
        """The command as a person would type it (for the docs and the Settings tooltip)."""
        return shlex.join(command)


def _win_get() -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except OSError:
        return None


def _win_set(value: str) -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        raise OSError("the Windows registry exists only on Windows")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)


def _win_delete() -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except OSError:
        pass
