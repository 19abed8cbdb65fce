"""Application start-up: one QApplication, the profile, the first window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from availability import __version__
from availability.clock import SystemClock
from availability.store import StoreError, open_profile
from ui.icons import svg_icon


def make_qapp() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("After Hours")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("after-hours")
    app.setDesktopFileName("org.afterhours.AfterHours")
    app.setWindowIcon(svg_icon("app.svg"))
    return app


def run_app(home: str | None = None, exit_after_start: bool = False) -> int:
    app = make_qapp()
    try:
        profile = open_profile(home)
    except StoreError as exc:
        QMessageBox.critical(None, "After Hours", str(exc))
        return 2
    from ui.status_window import StatusWindow

    window = StatusWindow(profile, SystemClock())
    window.show()
    if exit_after_start:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        profile.close()
