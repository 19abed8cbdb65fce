"""The password in a real Secret Service (gnome-keyring on a private D-Bus), end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NEEDED = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
missing = [tool for tool in NEEDED if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(missing),
    reason=f"{', '.join(missing)} not installed (`make test` installs gnome-keyring, dbus, "
    "libsecret-tools)",
)

PASSWORD = "app-password-7781-secret"
SCRIPT = """
set -e
echo -n unlock-the-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
AH="$PY -c 'import sys; from after_hours.ui.main import main; sys.exit(main())' --home $PROFILE"
echo "$PASSWORD" | eval $AH mail add --host imap.example.org --user dr@example.org --no-check
echo "lookup:$(secret-tool lookup service 'after-hours mail' username 'dr@example.org@imap.example.org:993')"
eval $AH mail remove >/dev/null
echo "after-remove:$(secret-tool lookup service 'after-hours mail' username 'dr@example.org@imap.example.org:993' || true)"
"""


def test_the_password_goes_to_the_secret_service_and_leaves_with_the_account(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "profile"
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for d in (home, runtime):
        d.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        PY=sys.executable,
        PROFILE=str(profile),
        PASSWORD=PASSWORD,
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "The password is in the system keyring." in done.stdout
    assert f"lookup:{PASSWORD}" in done.stdout
    assert "after-remove:\n" in done.stdout
    for path in (p for p in profile.rglob("*") if p.is_file()):
        assert PASSWORD.encode() not in path.read_bytes(), path
