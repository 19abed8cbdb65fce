"""Settings' KDE Connect part: which phones its daemon knows, or plainly "no daemon".

Asked on a worker thread (a hung session bus must not freeze the window); the answer comes
back as a queued signal. Reading SMS through KDE Connect is the channel watcher's job; this
only shows whether there is a phone to read from.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from after_hours.availability.kdeconnect_devices import Device, list_devices


class KdeConnectDevices(QWidget):
    """The devices line and a Look again button."""

    _found = Signal(object)  # list[Device] | None

    def __init__(self, bus: str = "SESSION", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._thread: threading.Thread | None = None
        self.state = QLabel(self.tr("Looking for KDE Connect…"))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("KDE Connect devices"))
        self.again = QPushButton(self.tr("Look &again"))
        self.again.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self._found.connect(self._show)
        self.refresh()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def refresh(self) -> None:
        if self.busy():
            return
        self.again.setEnabled(False)
        self._thread = threading.Thread(target=self._ask, daemon=True, name="after-hours-kdec")
        self._thread.start()

    def _ask(self) -> None:
        found = list_devices(self.bus)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._found.emit(found)

    def _show(self, devices: list[Device] | None) -> None:
        self.again.setEnabled(True)
        if devices is None:
            self.state.setText(
                self.tr("No daemon: KDE Connect (or GSConnect) is not running on this computer.")
            )
        elif not devices:
            self.state.setText(self.tr("KDE Connect is running, but no phone is paired with it."))
        else:
            names = [
                d.name + (self.tr(" (reachable)") if d.reachable else self.tr(" (not reachable)"))
                for d in devices
            ]
            self.state.setText(self.tr("Paired phones: %s.") % ", ".join(names))
