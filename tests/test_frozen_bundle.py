"""The PyInstaller bundle built by ``packaging/build-linux.sh`` runs, from its own folder.

The bundle is built for real once per session (about a minute) into a temporary folder, and
every check runs the frozen executable from an unrelated working directory with a fresh
profile, so nothing can come from the checkout: the CLI's lazily imported command modules,
the shipped resources (crisis lines, triage lexicons, templates, icons) and Qt's PDF writer
must all be inside the bundle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "packaging" / "build-linux.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build script"),
]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extras")
    if shutil.which("objdump") is None:
        pytest.skip("objdump is missing (binutils; scripts/ensure-system-packages.sh test)")
    dist = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable}
    r = subprocess.run(
        [str(BUILD), str(dist)], capture_output=True, text=True, env=env, timeout=900
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    exe = dist / "after-hours" / "after-hours"
    assert exe.is_file() and os.access(exe, os.X_OK)
    yield exe
    shutil.rmtree(dist, ignore_errors=True)


def frozen(
    exe: Path, cwd: Path, *args: str, stdin: str = "", **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable with a clean environment (no checkout on any path)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "AFTER_HOURS_HOME"}}
    env.update(extra_env)
    return subprocess.run(
        [str(exe), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    from after_hours.availability import __version__

    r = frozen(bundle, tmp_path, "--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"after-hours {__version__}"


def test_bundle_answers_status_as_json(bundle: Path, tmp_path: Path) -> None:
    r = frozen(bundle, tmp_path, "--home", str(tmp_path / "p"), "status", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["available"] is False and data["state"] == "after_hours"


def test_bundle_help_lists_every_command_of_the_registry(bundle: Path, tmp_path: Path) -> None:
    """--help imports every command module by name: each must have reached the bundle."""
    from after_hours.availability.cli.registry import COMMANDS

    r = frozen(bundle, tmp_path, "--help")
    assert r.returncode == 0, r.stderr
    for command in COMMANDS:
        assert command in r.stdout


def test_bundle_triages_a_message_from_stdin_with_its_shipped_lexicon(
    bundle: Path, tmp_path: Path
) -> None:
    r = frozen(
        bundle,
        tmp_path,
        "--home",
        str(tmp_path / "p"),
        "triage",
        stdin="I can't go on, I want to kill myself tonight\n",
    )
    assert r.returncode == 0, r.stderr
    assert "Possible crisis" in r.stdout and '"kill myself"' in r.stdout
    # The crisis lines come from the shipped crisis_resources.toml.
    assert "988" in r.stdout


def test_bundle_writes_a_report_pdf(bundle: Path, tmp_path: Path) -> None:
    home = str(tmp_path / "p")
    assert frozen(bundle, tmp_path, "--home", home, "demo", "--seed", "3").returncode == 0
    out = tmp_path / "summary.pdf"
    r = frozen(
        bundle,
        tmp_path,
        "--home",
        home,
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(out),
        QT_QPA_PLATFORM="offscreen",
    )
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "supervision summary" in text and "Client A" in text


def test_bundle_starts_the_app_offscreen_and_quits(bundle: Path, tmp_path: Path) -> None:
    """The window, tray, icons and translations load from the bundle; the profile is private."""
    home = tmp_path / "p"
    r = frozen(
        bundle,
        tmp_path,
        "--home",
        str(home),
        "--exit-after-start",
        QT_QPA_PLATFORM="offscreen",
        LANGUAGE="fr",
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert (home / "after-hours.db").is_file()
    for path in home.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o600, path


def test_bundle_carries_qt_essentials_only(bundle: Path) -> None:
    """About 196 MB with Qt Essentials; the 400 MB of Addons (WebEngine...) must stay out."""
    folder = bundle.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 260 * 1024 * 1024, f"{size / 2**20:.0f} MB"
    names = {p.name for p in folder.rglob("*")}
    assert not any("WebEngine" in n or "Qt6Charts" in n for n in names)
    # The resources sit where importlib.resources looks for the package's files.
    shipped = folder / "_internal" / "after_hours" / "resources"
    assert (shipped / "icons" / "app.svg").is_file()
    assert (shipped / "crisis_resources.toml").is_file()
