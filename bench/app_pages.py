"""The real app (``run_app``, as ``after-hours`` starts it), with every page visited once.

For the idle-memory figure "after visiting every page once": a second after start-up the
main window shows each sidebar page in turn, then goes back to Today and stays idle until
terminated. Usage: ``python bench/app_pages.py PROFILE_HOME``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from after_hours.ui.shell.app import make_qapp, run_app
from after_hours.ui.shell.main_window import MainWindow

VISIT_AFTER_MS = 1000


def visit_every_page() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            for spec in widget.pages:
                widget.show_page(spec.key)
                QApplication.processEvents()
            widget.show_page("today")


def main(argv: list[str]) -> int:
    make_qapp()
    QTimer.singleShot(VISIT_AFTER_MS, visit_every_page)
    return run_app(home=argv[1])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
