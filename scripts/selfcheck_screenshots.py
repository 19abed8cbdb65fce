"""Render the self-check dialog and history to PNG (docs and visual checks).

``python scripts/selfcheck_screenshots.py OUTDIR`` (with ``QT_QPA_PLATFORM=offscreen`` or under Xvfb)
writes ``selfcheck-dialog.png`` and ``selfcheck-history.png`` from a throwaway profile filled
with a fixed, made-up year of monthly self-checks.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from after_hours.availability.clock import ManualClock
from after_hours.availability.selfcheck import SelfCheckStore, cbi
from after_hours.availability.store import open_profile
from after_hours.ui.dialogs.selfcheck import SelfCheckDialog
from after_hours.ui.widgets.selfcheck_history import SelfCheckHistory

ZONE = ZoneInfo("America/Toronto")
# A made-up year: option numbers per month for (personal, work, client), drifting toward the
# heavier end in the autumn; None marks a skipped client part in one month.
SAMPLE = [
    (4, 4, 4),
    (4, 4, 4),
    (4, 4, 4),
    (4, 3, 4),
    (3, 3, 4),
    (3, 3, 4),
    (3, 3, None),
    (3, 3, 3),
    (3, 2, 3),
    (2, 2, 3),
    (2, 2, 3),
    (2, 2, 2),
]


def sample_answers(
    personal: int, work: int, client: int | None, month: int
) -> dict[str, int | None]:
    """Answers near the given option, varied a little by item so the lines are not flat."""
    answers: dict[str, int | None] = {}
    options = {"personal": personal, "work": work, "client": client}
    for scale in cbi().scales:
        base = options[scale.id]
        for item in scale.items:
            if base is None:
                answers[item.id] = None
                continue
            option = min(5, max(1, base + (item.number % 3 == 0) - (item.number % 5 == 0)))
            answers[item.id] = 6 - option if item.reversed else option
    return answers


def fill(store: SelfCheckStore) -> None:
    """One self-check a month, December 2025 to November 2026, on the evening of the 8th."""
    for month, (p, w, c) in enumerate(SAMPLE):
        year, index = divmod(11 + month, 12)
        at = datetime(2025 + year, index + 1, 8, 20, 30, tzinfo=ZONE)
        store.record(sample_answers(p, w, c, month), at=at)


def render(outdir: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, open_profile(Path(tmp) / "profile") as profile:
        clock = ManualClock(datetime(2026, 11, 21, 1, 30, tzinfo=UTC))
        store = SelfCheckStore(profile.db, clock)
        fill(store)

        dialog = SelfCheckDialog(store, clock)
        dialog.set_answers(sample_answers(2, 2, 3, 1) | {"personal_6": None, "work_5": None})
        dialog.show()
        dialog.rows["personal_4"].focus_answer()
        app.processEvents()
        written.append(outdir / "selfcheck-dialog.png")
        dialog.grab().save(str(written[-1]))
        dialog.save()
        app.processEvents()
        written.append(outdir / "selfcheck-results.png")
        dialog.grab().save(str(written[-1]))
        dialog.close()
        dialog.deleteLater()

        history = SelfCheckHistory(store, ZONE)
        history.resize(760, 600)
        history.show()
        history.table.setCurrentItem(None)
        app.processEvents()
        written.append(outdir / "selfcheck-history.png")
        history.grab().save(str(written[-1]))
        history.close()
        history.deleteLater()
        # Delete them now, while the profile is open, not at interpreter exit.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return written


if __name__ == "__main__":
    # The interface follows LANG as the app does: LANG=fr_CA.UTF-8 renders the French dialogs.
    from after_hours.ui.base.translations import install_translators

    install_translators(QApplication.instance() or QApplication(sys.argv[:1]), None)
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
