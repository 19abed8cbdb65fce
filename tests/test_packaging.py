"""The packaging files are valid for the tools that consume them.

``desktop-file-validate`` and ``appstreamcli`` come from ``scripts/ensure-system-packages.sh
test``; a test is skipped (with the reason) only where the tool is absent, e.g. off Debian.
The PyInstaller spec is built and run for real in ``tests/test_frozen_bundle.py``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

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


FLATPAK = PACKAGING / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.json"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def flatpak_modules() -> list[dict[str, Any]]:
    """The manifest's modules with the generated JSON modules read in, as flatpak-builder does."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return [
        json.loads((FLATPAK / m).read_text(encoding="utf-8")) if isinstance(m, str) else m
        for m in manifest["modules"]
    ]


def test_flatpak_manifest_installs_the_validated_files_and_icons() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID and manifest["command"] == "after-hours"
    commands = " ".join(flatpak_modules()[-1]["build-commands"])
    for path in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"icons/{APP_ID}.svg"):
        assert f"packaging/{path}" in commands
        assert (PACKAGING / path).exists()
    assert "packaging/icons/hicolor/${s}x${s}/apps/" in commands
    assert " ".join(str(n) for n in ICON_SIZES) in commands


def test_flatpak_build_needs_no_network() -> None:
    """Every source is local or pinned by sha256; pip never looks at an index."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert "build-options" not in manifest
    for module in flatpak_modules():
        assert "--share=network" not in json.dumps(module.get("build-options", {}))
        for command in module["build-commands"]:
            if command.startswith("pip3 install"):
                assert "--no-index" in command, command
        for source in module["sources"]:
            if source["type"] == "dir":
                assert source["path"] == "../.."
                continue
            assert source["type"] == "file"
            assert source["url"].startswith("https://files.pythonhosted.org/packages/")
            assert len(source["sha256"]) == 64 and int(source["sha256"], 16) >= 0


def test_flatpak_ships_pyside_within_the_projects_pin_and_every_dependency() -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    deps = next(m for m in flatpak_modules() if m["name"] == "python-deps")
    pins = dict(
        item.strip('"').split("==") for item in deps["build-commands"][0].split() if "==" in item
    )
    wanted = [Requirement(r) for r in metadata.requires("after-hours") or []]
    for req in wanted:
        if req.marker is not None and not req.marker.evaluate(
            {"sys_platform": "linux", "platform_system": "Linux"}
        ):
            continue
        name = canonicalize_name(req.name)
        assert name in pins, name
        assert req.specifier.contains(pins[name]), (name, pins[name], str(req.specifier))
    # The PySide6 wheel is a module of its own: its Qt is the pinned 6.11, whatever the runtime.
    urls = " ".join(s["url"] for s in deps["sources"])
    assert f"pyside6_essentials-{pins['pyside6-essentials']}-" in urls
    assert pins["pyside6-essentials"] == pins["shiboken6"]


def test_flatpak_finish_args_are_what_the_app_uses() -> None:
    args = set(json.loads(MANIFEST.read_text(encoding="utf-8"))["finish-args"])
    assert args == {
        "--share=ipc",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--device=dri",
        "--share=network",  # IMAP and calendar subscriptions
        "--talk-name=org.freedesktop.Notifications",
        "--talk-name=org.kde.StatusNotifierWatcher",  # the tray
        "--own-name=org.kde.StatusNotifierItem-2-1",
        "--talk-name=org.freedesktop.secrets",  # the mail password lives in the keyring
        "--talk-name=org.kde.kdeconnect",  # the KDE Connect SMS channel (opt-in)
        "--system-talk-name=org.freedesktop.login1",  # wake-up after suspend
    }
    # Watching every notification (BecomeMonitor) would need the whole session bus; that
    # channel is left to the user's own `flatpak override` (packaging/README.md).
    assert not any(a.startswith(("--filesystem", "--socket=session-bus")) for a in args)


def test_flatpak_builder_reads_the_manifest() -> None:
    r = subprocess.run(
        [tool("flatpak-builder"), "--show-manifest", str(MANIFEST)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert [m["name"] for m in shown["modules"]] == [
        "python-build-deps",
        "python-deps",
        "after-hours",
    ]


def test_metainfo_screenshots_are_the_docs_screenshots() -> None:
    text = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    images = re.findall(r"<image>https://[^<]+/([^/<]+\.png)</image>", text)
    assert len(images) >= 3 and 'type="default"' in text
    for name in images:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_hicolor_pngs_are_the_svg_rendered_by_the_script(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make-icons.py")
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert tuple(make_icons.SIZES) == ICON_SIZES
    for size in ICON_SIZES:
        committed = QImage(str(make_icons.icon_path(PACKAGING / "icons" / "hicolor", size)))
        assert committed.width() == committed.height() == size
        fresh = make_icons.render(size).convertToFormat(committed.format())
        assert fresh == committed, f"{size}px differs: run packaging/make-icons.py"
