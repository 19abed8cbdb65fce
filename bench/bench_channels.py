"""From ``notify-send`` to the crisis panel painted: the latency of the notifications channel.

The path a real crisis message takes: an app posts a notification on the session bus, the
monitor (jeepney, its own thread) sees the Notify call, the intake maps the sender, triages,
logs, and the shell opens the crisis panel on the GUI thread. Measured end to end on a private
``dbus-daemon`` with a notification server answering as a desktop's does, in the real app
shell offscreen, from just before ``notify-send`` starts to the panel's first paint event.
Target: <= 1 s (issue 15). Run alone with ``python -m bench channels``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.result import Result, median

TARGET_S = 1.0
RUNS = 5
# Friday 23:40 in Toronto: after hours in a Monday-Friday 9-5 week.
NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)


def _latencies(home: Path, bus_address: str, runs: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import time as wall

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from after_hours.availability.channels.senders import SenderMap
    from after_hours.availability.channels.store import ChannelStore
    from after_hours.availability.clock import ManualClock
    from after_hours.availability.schedule import Schedule, Window
    from after_hours.availability.schedule_store import ScheduleStore
    from after_hours.availability.store import Settings, open_profile
    from after_hours.ui.base.services import Services
    from after_hours.ui.dialogs.crisis_panel import CrisisPanel
    from after_hours.ui.shell.app import Shell
    from after_hours.ui.shell.channels_bridge import ChannelsBridge
    from after_hours.ui.shell.tray import TrayController

    app = QApplication.instance() or QApplication([])
    clock = ManualClock(NOW)
    profile = open_profile(home)
    Settings(profile.db).update(
        {"profile.timezone": "America/Toronto", "profile.region": "CA", "app.first_run_done": True}
    )
    week = Schedule("America/Toronto", (Window(frozenset(range(5)), wall(9), wall(17)),))
    ScheduleStore(profile.db, clock).save(week, source="bench")
    store = ChannelStore(profile.db, clock)
    store.add_app("Signal")
    store.set_enabled("notifications", True)
    for i in range(runs + 1):
        SenderMap(profile.db, clock).add(f"Client {i}", f"C{i}")
    services = Services(profile, clock)
    shell = Shell(
        services,
        tray=TrayController(services, tray_available=lambda: False),
        channels=ChannelsBridge(services, bus=bus_address),
    )

    painted: dict[str, float] = {}
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, CrisisPanel):
                painted.setdefault("at", time.perf_counter())
                loop.quit()
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    results: list[float] = []
    try:
        shell.window.show()
        shell.start_channels()
        assert shell.channels.wait_ready(10), "the notification monitor did not start"
        for i in range(runs + 1):  # the first is a warm-up (imports, page cache)
            painted.clear()
            timeout = QTimer()
            timeout.setSingleShot(True)
            timeout.timeout.connect(loop.quit)
            timeout.start(10_000)
            t0 = time.perf_counter()
            sender = subprocess.Popen(
                [
                    "notify-send",
                    "-a",
                    "Signal",
                    f"Client {i}",
                    "I can't do this anymore, I have the pills",
                ],
                env=env,
            )
            loop.exec()
            timeout.stop()
            sender.wait(10)
            if "at" not in painted:
                opened = "opened but not painted" if shell.panels else "not opened"
                raise RuntimeError(f"the crisis panel was {opened} within 10 s")
            if i:
                results.append(painted["at"] - t0)
            for panel in list(shell.panels):
                panel.close()
            app.processEvents()
    finally:
        app.removeEventFilter(watch)
        shell.dispose()
        app.processEvents()
        profile.close()
    return results


def run(runs: int = RUNS) -> list[Result]:
    from tests.dbus_session import NotificationServer, start_bus, stop_bus

    with tempfile.TemporaryDirectory() as tmp:
        bus = start_bus(Path(tmp))
        server = NotificationServer(bus)
        try:
            seconds = median(_latencies(Path(tmp) / "profile", bus.address, runs))
        finally:
            server.close()
            stop_bus(bus)
    return [
        Result(
            "notify-send to crisis panel painted (app notifications)",
            seconds,
            "s",
            target=TARGET_S,
            note=f"median of {runs}, private dbus-daemon, offscreen",
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result.row())
