"""The baseline: a bare PySide6 window, shown, then quit once the event loop runs.

It does what ``after-hours --exit-after-start`` does with nothing of ours around it:
create the QApplication, show one window with a label, let the loop paint, quit. With
``--stay`` it stays open (for the idle-memory measurement) until terminated.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    window = QLabel("Available until 17:00")
    window.resize(420, 240)
    window.show()
    if "--stay" not in argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
