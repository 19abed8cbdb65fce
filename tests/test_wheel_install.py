"""The built wheel works on its own: resources load from site-packages, not the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheel = next(dist.glob("after_hours-*.whl"))
    # Nothing from the source tree or a profile may leak in (a PYTHONPATH would make pip think
    # the package is already installed).
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "AFTER_HOURS_HOME"}}
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120, env=env)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", str(wheel)], check=True, timeout=900, env=env)
    exe = venv / "bin" / "after-hours"
    # The distribution adds exactly one top-level import package to site-packages.
    tops = (
        "import importlib.metadata as m, json;"
        "files = m.distribution('after-hours').files;"
        "print(json.dumps(sorted({f.parts[0] for f in files if f.parts[0] != '..'"
        " and not f.parts[0].endswith('.dist-info')})))"
    )
    # Run from an unrelated folder so nothing can be picked up from the source tree.
    top = subprocess.run(
        [str(venv / "bin" / "python"), "-c", tops],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert top.returncode == 0, top.stderr
    assert json.loads(top.stdout) == ["after_hours"], top.stdout
    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("after-hours ")
    home = tmp_path / "home"
    status = subprocess.run(
        [str(exe), "--home", str(home), "status", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert status.returncode == 0, status.stderr
    assert set(json.loads(status.stdout)) >= {
        "available",
        "window",
        "next_available",
        "next_change",
        "timezone",
    }
    # Every shipped data file is loadable from the installed package.
    probe = (
        "from after_hours.availability.resources import resource; import after_hours.resources, sys;"
        "assert 'site-packages' in after_hours.resources.__file__, after_hours.resources.__file__;"
        "names = sorted(p.name for p in resource('icons').iterdir());"
        "assert 'state-crisis.svg' in names, names; print('ok')"
    )
    r = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    # The installed app paints its window and quits.
    env["QT_QPA_PLATFORM"] = "offscreen"
    smoke = subprocess.run(
        [str(exe), "--home", str(home), "--exit-after-start"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert smoke.returncode == 0, smoke.stderr
