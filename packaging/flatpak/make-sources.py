"""Write the Flatpak module that installs the Python dependencies offline, pinned by sha256.

    .venv/bin/python packaging/flatpak/make-sources.py

Reads the runtime dependencies of ``after-hours`` and their dependencies, at the versions
installed in the running environment (the project's .venv, so the Flatpak ships what the tests
ran against), and asks PyPI's JSON API for each release's files. For each one it picks, in
order: a pure-Python wheel; a wheel for the runtime's Python (or abi3) per architecture,
marked ``only-arches``; the sdist. It writes ``python-deps.json`` next to this script: a module
whose ``pip3 install --no-index`` sees only those files, so the build needs no network; and
``python-build-deps.json``, the build backend (setuptools, wheel) removed from the result.

Only the generating step talks to PyPI; commit its output.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT_DIST = "after-hours"
# The runtime in the manifest: org.kde.Platform 6.9, on freedesktop-sdk 24.08 (Python 3.12).
PYTHON = (3, 12)
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
MARKER_ENV = {
    "python_version": f"{PYTHON[0]}.{PYTHON[1]}",
    "python_full_version": f"{PYTHON[0]}.{PYTHON[1]}.0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "platform_machine": "x86_64",
    "platform_python_implementation": "CPython",
    "implementation_name": "cpython",
    "extra": "",
}
# The project's build backend (pyproject.toml [build-system]), needed only while building.
BUILD_REQUIRES = ("setuptools", "wheel")
OUT = Path(__file__).resolve().parent / "python-deps.json"
BUILD_OUT = Path(__file__).resolve().parent / "python-build-deps.json"


def closure(root: str) -> dict[str, str]:
    """Every distribution ``root`` needs on Linux, with its installed version."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        dist = metadata.distribution(name)
        key = canonicalize_name(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist.version
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not Marker(str(req.marker)).evaluate(MARKER_ENV):
                continue
            todo.append(req.name)
    seen.pop(canonicalize_name(root))
    return dict(sorted(seen.items()))


def project(name: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=60) as r:
        data: dict[str, Any] = json.load(r)
    return data


def latest(name: str) -> str:
    """PyPI's latest version (for the build backend, which the venv need not hold)."""
    return str(project(name)["info"]["version"])


def pypi_url(url: str) -> str:
    """The canonical files.pythonhosted.org address (a mirror may answer with a relative one)."""
    if url.startswith("https://files.pythonhosted.org/packages/"):
        return url
    tail = re.search(r"[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/[^/]+$", url)
    if tail is None:
        raise SystemExit(f"not a PyPI file address: {url}")
    return f"https://files.pythonhosted.org/packages/{tail.group(0)}"


def release_files(name: str, version: str) -> list[dict[str, Any]]:
    data = project(name)
    files: list[dict[str, Any]] = data["releases"].get(version, [])
    if not files:
        raise SystemExit(f"PyPI has no files for {name} {version}")
    return [f for f in files if not f.get("yanked")]


def _python_ok(tag: Any) -> bool:
    if tag.interpreter in {"py3", f"py{PYTHON[0]}{PYTHON[1]}"}:
        return True
    if tag.abi == "abi3" and tag.interpreter.startswith("cp3"):
        return int(tag.interpreter[3:]) <= PYTHON[1]
    return tag.interpreter == f"cp{PYTHON[0]}{PYTHON[1]}"


def _manylinux_arch(tag: Any) -> str | None:
    m = re.fullmatch(r"manylinux_?(\d+)_(\d+)_(\w+)|manylinux(?:1|2010|2014)_(\w+)", tag.platform)
    if not m:
        return None
    if m.group(1) and (int(m.group(1)), int(m.group(2))) > (2, 39):
        return None  # newer than freedesktop-sdk 24.08's glibc 2.40 allows
    return m.group(3) or m.group(4)


def choose(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The files to ship for one release: one pure wheel, or one wheel per arch, or the sdist."""
    per_arch: dict[str, dict[str, Any]] = {}
    for f in files:
        if f["packagetype"] != "bdist_wheel":
            continue
        _, _, _, tags = parse_wheel_filename(f["filename"])
        if any(t.platform == "any" and _python_ok(t) for t in tags):
            return [f]
        for t in tags:
            arch = _manylinux_arch(t)
            if arch in ARCHES and _python_ok(t) and arch not in per_arch:
                per_arch[arch] = {**f, "only-arches": [ARCHES[arch]]}
    if set(per_arch) == set(ARCHES):
        return [per_arch[a] for a in sorted(per_arch)]
    sdists = [f for f in files if f["packagetype"] == "sdist"]
    if not sdists:
        raise SystemExit(f"no usable file for {files[0]['filename']}")
    return sdists[:1]


def module(name: str, pins: dict[str, str]) -> dict[str, Any]:
    sources: list[dict[str, Any]] = []
    for dist, version in pins.items():
        for f in choose(release_files(dist, version)):
            source: dict[str, Any] = {
                "type": "file",
                "url": pypi_url(f["url"]),
                "sha256": f["digests"]["sha256"],
            }
            if "only-arches" in f:
                source["only-arches"] = f["only-arches"]
            sources.append(source)
    names = " ".join(f'"{n}=={v}"' for n, v in pins.items())
    return {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        "sources": sources,
    }


def main() -> int:
    pins = closure(ROOT_DIST)
    OUT.write_text(json.dumps(module("python-deps", pins), indent=2) + "\n", encoding="utf-8")
    build = module("python-build-deps", {n: latest(n) for n in BUILD_REQUIRES})
    build["cleanup"] = ["*"]  # the build backend is not part of the app
    BUILD_OUT.write_text(json.dumps(build, indent=2) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(pins)} distributions", file=sys.stderr)
    for name, version in pins.items():
        print(f"  {name}=={version}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
