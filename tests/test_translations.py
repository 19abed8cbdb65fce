"""Every visible string has its French (Canada) translation, and the catalogues match the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts" / "check_translations.py"


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate ships with PySide6-Essentials in the venv",
)
def test_no_visible_string_is_untranslated_or_missing_from_a_catalogue() -> None:
    done = subprocess.run(
        [sys.executable, str(CHECK)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("translations: complete")


def test_the_check_fails_on_a_new_english_string(tmp_path: Path) -> None:
    """A copy of the UI with one new tr() string must fail the check (it can fail at all)."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "after_hours", copy / "after_hours")
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    page = copy / "after_hours" / "ui" / "pages" / "today.py"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n\ndef _new_label() -> str:  # a string nobody translated yet\n"
        '    return QCoreApplication.translate("TodayPage", "A brand new sentence nobody translated")\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(copy / "scripts" / "check_translations.py")],
        capture_output=True,
        text=True,
        cwd=copy,
        timeout=300,
    )
    assert done.returncode == 1
    assert "A brand new sentence nobody translated" in done.stdout
