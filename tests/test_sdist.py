"""The sdist is a complete source release: its tests collect and run from the unpacked folder.

It is built for real with ``python -m build --sdist`` and unpacked into a temporary folder.
Inside it, pytest collects the *whole* suite (a missing helper, conftest, fixture or data file
shows up as a collection error in some module) and then runs a few fast files that read the
files a source release must carry: the layout and docs (test_structure), the packaging files
and validators (test_packaging), fixtures on disk (test_ics_import). Running the whole suite a
second time would double CI's time; it was run once by hand (see packaging/README.md).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from after_hours.availability import __version__

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_TREES = ("tests", "docs", "packaging", "scripts", "bench", ".ci")
SKIP_PARTS = {"__pycache__", ".hypothesis", "out"}
RUN_INSIDE = ("tests/test_structure.py", "tests/test_packaging.py", "tests/test_ics_import.py")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("sdist")
    r = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    (archive,) = out.glob("after_hours-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(out, filter="data")
    yield out / f"after_hours-{__version__}"


def project_files(tree: str) -> set[str]:
    base = ROOT / tree
    return {
        str(p.relative_to(ROOT))
        for p in base.rglob("*")
        if p.is_file()
        and not SKIP_PARTS & set(p.relative_to(ROOT).parts)
        and p.suffix not in {".pyc", ".pyo"}
    }


@pytest.mark.parametrize("tree", SHIPPED_TREES)
def test_sdist_carries_every_file_of(unpacked: Path, tree: str) -> None:
    missing = sorted(f for f in project_files(tree) if not (unpacked / f).is_file())
    assert missing == []


def test_sdist_carries_the_makefile_and_the_build_script(unpacked: Path) -> None:
    for name in ("Makefile", "LICENSE", "README.md", "packaging/build-linux.sh"):
        assert (unpacked / name).is_file(), name
    assert os.access(unpacked / "packaging" / "build-linux.sh", os.X_OK)


def run_inside(unpacked: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest from the unpacked folder: `after_hours` is imported from there, not the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "AFTER_HOURS_HOME"}}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=unpacked,
        env=env,
        timeout=600,
    )


def test_pytest_collects_the_whole_suite_and_runs_inside_the_sdist(unpacked: Path) -> None:
    where = run_inside(unpacked, "-c", "import after_hours; print(after_hours.__file__)")
    assert Path(where.stdout.strip()).is_relative_to(unpacked), where.stdout + where.stderr

    collected = run_inside(unpacked, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--co")
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-2000:]
    summary = collected.stdout.strip().splitlines()[-1]
    # With a missing helper or fixture it reads "N tests collected, M errors in ...".
    assert re.fullmatch(r"\d+ tests collected in [\d.]+s", summary), summary

    ran = run_inside(unpacked, "-m", "pytest", "-q", "-p", "no:cacheprovider", *RUN_INSIDE)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert " passed" in ran.stdout and "skipped" not in ran.stdout
