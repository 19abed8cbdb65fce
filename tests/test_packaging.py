"""The packaging files are valid for the tools that consume them.

``desktop-file-validate`` and ``appstreamcli`` come from ``scripts/ensure-system-packages.sh
test``; a test is skipped (with the reason) only where the tool is absent, e.g. off Debian.
The PyInstaller spec is built and run for real in ``tests/test_frozen_bundle.py``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.afterhours.AfterHours"
DESKTOP_FILES = [
    PACKAGING / f"{APP_ID}.desktop",
    PACKAGING / "autostart" / f"{APP_ID}.desktop",
]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/ensure-system-packages.sh test installs it)")
    return path


@pytest.mark.parametrize("desktop", DESKTOP_FILES, ids=lambda p: p.parent.name)
def test_desktop_files_are_valid(desktop: Path) -> None:
    r = subprocess.run(
        [tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True, timeout=30
    )
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=after-hours" in text and f"Icon={APP_ID}\n" in text


def test_autostart_entry_starts_the_app_in_the_tray_hidden_from_menus() -> None:
    """At login the app starts in the tray (--minimized), as the in-app checkbox's entry does."""
    from after_hours.availability.autostart import desktop_entry, launch_command

    text = DESKTOP_FILES[1].read_text(encoding="utf-8")
    assert "NoDisplay=true" in text and "X-GNOME-Autostart-enabled=true" in text
    assert "Exec=after-hours --minimized\n" in text
    assert "--minimized" in desktop_entry(launch_command())


def test_metainfo_is_valid_appstream() -> None:
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    r = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text


def test_metainfo_release_is_the_package_version() -> None:
    from after_hours.availability import __version__

    text = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in text


def test_icon_is_the_app_icon() -> None:
    icon = PACKAGING / "icons" / f"{APP_ID}.svg"
    assert (
        icon.read_bytes() == (ROOT / "after_hours" / "resources" / "icons" / "app.svg").read_bytes()
    )


def test_flatpak_manifest_installs_the_validated_files() -> None:
    manifest = json.loads((PACKAGING / "flatpak" / f"{APP_ID}.json").read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID and manifest["command"] == "after-hours"
    commands = " ".join(manifest["modules"][-1]["build-commands"])
    for path in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"icons/{APP_ID}.svg"):
        assert f"packaging/{path}" in commands
        assert (PACKAGING / path).exists()
    # The mail password lives in the keyring: the sandbox must reach the Secret Service.
    assert "--talk-name=org.freedesktop.secrets" in manifest["finish-args"]
