#!/bin/sh
# Build the Linux one-folder bundle: dist/after-hours/after-hours (+ _internal/).
#
#   packaging/build-linux.sh [DIST_DIR]     default DIST_DIR: dist
#
# Uses the project's .venv (PyInstaller comes with the test extras: `make .venv/.installed-test`)
# or $PYTHON. PyInstaller's work files go to a temporary folder so the checkout stays clean.
# PyInstaller needs objdump (binutils) to read the Qt libraries' dependencies.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
dist=${1:-$root/dist}
work=$(mktemp -d "${TMPDIR:-/tmp}/after-hours-build.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "PyInstaller is missing: run 'make .venv/.installed-test' or '$python -m pip install pyinstaller'" >&2
  exit 1
fi
command -v objdump >/dev/null 2>&1 || { echo "objdump is missing: install binutils" >&2; exit 1; }

echo "Building the bundle into $dist/after-hours ..."
cd "$root"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/after-hours.spec
echo "Built $dist/after-hours/after-hours ($(du -sh "$dist/after-hours" | cut -f1))"
