"""Shared fixtures. Qt runs offscreen (set here, once, before anything imports Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Tests read English unless they ask for another language (the CLI and the app follow
# LANGUAGE / LC_ALL / LC_MESSAGES / LANG, and a developer's machine may be in French).
os.environ["LANGUAGE"] = "en"
# The triage lexicon's derived tables are cached in $XDG_CACHE_HOME (docs/triage.md): tests,
# and the app processes they start, keep theirs in a directory of the run, never the user's.
if "AFTER_HOURS_TEST_CACHE" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["AFTER_HOURS_TEST_CACHE"] = tempfile.mkdtemp(prefix="after-hours-test-cache-")
    os.environ["XDG_CACHE_HOME"] = os.environ["AFTER_HOURS_TEST_CACHE"]
    atexit.register(shutil.rmtree, os.environ["AFTER_HOURS_TEST_CACHE"], True)

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from after_hours.availability.clock import ManualClock
from after_hours.availability.store import Profile, open_profile

# Developers' runs explore new random cases (that is how they find bugs); CI replays a fixed
# sequence so a merge is judged on the code, not on the luck of the draw. A case found locally
# is kept with @example so CI checks it from then on.
settings.register_profile("ci", derandomize=True, print_blob=True)
# `make fuzz`: tests/reliability/fuzzing.py multiplies its own examples; the rest stay as they are.
settings.register_profile("long")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh profile folder for one test."""
    return tmp_path / "profile"


@pytest.fixture
def profile(home: Path) -> Iterator[Profile]:
    p = open_profile(home)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture
def clock() -> ManualClock:
    """A clock at Friday 2026-11-20 23:40 in Toronto (04:40 UTC Saturday)."""
    return ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Delete leftover widgets while Qt is still whole.

    pytest-qt closes each test's widgets with ``deleteLater``, which needs one more turn of
    the event loop; after the last test there is none, so they would be destroyed during
    interpreter teardown, where one bad destructor turns a green run into a segfault.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


@pytest.fixture
def french_ui(qapp: object) -> Iterator[None]:
    """The whole interface in French (Qt's translators and the domain's), English afterwards."""
    from after_hours.availability import i18n
    from after_hours.ui.base.translations import install_translators

    assert install_translators(qapp, "fr") == "fr"  # type: ignore[arg-type]
    try:
        yield
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
        i18n.set_language(None)
