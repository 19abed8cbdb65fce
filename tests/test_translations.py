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


def _check_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_translations", CHECK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_check_flags_tr_of_a_variable_and_a_helper_that_hides_the_text(tmp_path: Path) -> None:
    """lupdate silently skips ``self.tr(label)`` and ``_tr("...")``: the check must not."""
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "page.py").write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication\n"
        'PERIODS = (QT_TRANSLATE_NOOP("Page", "All time"),)\n'
        "CONTEXT = 'Page'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "class Page:\n"
        "    def build(self, label):\n"
        "        a = self.tr(label)\n"
        '        b = _tr("Hidden from lupdate")\n'
        '        c = self.tr("Seen by lupdate")\n'
        '        d = QCoreApplication.translate("Page", PERIODS[0])  # tr: noop\n'
        '        e = QCoreApplication.translate("Page", label)\n'
        "        return a, b, c, d, e\n",
        encoding="utf-8",
    )
    problems = _check_module().check_literals(ui)
    lines = sorted(int(p.split(":")[1]) for p in problems)
    # the helper's translate(CONTEXT, text) (5), self.tr(label) (8), an unmarked variable (12);
    # the literal (10) and the marked QT_TRANSLATE_NOOP entry (11) pass.
    assert lines == [5, 8, 12], problems


def test_a_noop_pragma_needs_a_context_some_module_marks(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def f(label):\n"
        '    return QCoreApplication.translate("Nowhere", label)  # tr: noop\n',
        encoding="utf-8",
    )
    assert len(_check_module().check_literals(ui)) == 1


def test_the_ui_passes_only_literals_to_tr() -> None:
    assert _check_module().check_literals() == []
