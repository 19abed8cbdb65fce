"""Render the desktop app's screens to PNG: ``python scripts/screenshots.py OUT_DIR``.

Run under Xvfb (``make screenshots``) or offscreen. Uses a fresh temporary profile filled by
``after-hours demo`` when that command exists, else a small built-in sample, and a fixed
clock (Friday 23:40 in Toronto), so the pictures are the same on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# Under xvfb-run use the real X server (the Makefile exports QT_QPA_PLATFORM=offscreen when it
# sees no display of its own): only then can trayer give the icons a real system tray.
if os.environ.get("DISPLAY"):
    os.environ.pop("QT_QPA_PLATFORM", None)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QSystemTrayIcon,
    QWidget,
    QWizard,
)

from after_hours.availability.clock import ManualClock  # noqa: E402
from after_hours.availability.store import Settings, open_profile  # noqa: E402

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 2026-11-20 23:40 in Toronto


def fill_profile(home: Path, clock: ManualClock) -> None:
    """Demo data when the demo command exists; otherwise office hours with on-call evenings."""
    from after_hours.availability.cli import build_parser, run

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    status = 2
    if "demo" in commands:
        with open(os.devnull, "w") as sink:
            status = run(["--home", str(home), "demo"], clock=clock, stdout=sink, stderr=sink)
    with open_profile(home) as profile:
        settings = Settings(profile.db)
        settings.update(
            {
                "profile.timezone": "America/Toronto",
                "profile.name": settings.get("profile.name") or "Sam Rivera",
                "profile.region": "CA",
                "app.first_run_done": True,
                "app.no_tray_noted": True,
            }
        )
        if status != 0:
            from datetime import time

            from after_hours.availability.schedule import (
                Schedule,
                ScheduleException,
                Window,
                WindowKind,
            )
            from after_hours.availability.schedule_store import ScheduleStore

            ScheduleStore(profile.db, clock).save(
                Schedule(
                    "America/Toronto",
                    (
                        Window(frozenset(range(5)), time(9), time(17)),
                        Window(frozenset({0, 2}), time(18), time(21), WindowKind.ON_CALL),
                    ),
                    (
                        ScheduleException.all_day(
                            datetime(2026, 12, 24).date(),
                            datetime(2026, 12, 28).date(),
                            label="Holidays",
                        ),
                    ),
                ),
                source="demo",
            )
            sample_contacts(profile, clock)


def sample_contacts(profile: object, clock: ManualClock) -> None:
    """A few weeks of contacts and two agreements, for the pages that list them."""
    from datetime import date, timedelta

    from after_hours.availability.agreements import Agreement, AgreementStore
    from after_hours.availability.contacts import Channel, Kind, NewContact
    from after_hours.availability.contacts.log import ContactLog

    db = profile.db  # type: ignore[attr-defined]
    log = ContactLog(db, clock)
    base = NOW - timedelta(days=60)
    clients = ["J.D.", "A.B.", "Client 14", "M.K.", "R.S."]
    channels = [Channel.TEXT, Channel.EMAIL, Channel.PHONE, Channel.MESSAGING_APP]
    news = []
    for i in range(90):
        at = base + timedelta(hours=15 * i + (i % 7) * 3)
        news.append(
            NewContact(at, channels[i % 4], client=clients[i % 5], minutes=(i % 4) * 5 or None)
        )
    news.append(
        NewContact(
            NOW - timedelta(days=3), Channel.SOCIAL_MEDIA, Kind.FRIEND_REQUEST, client="M.K."
        )
    )
    log.log_many(news)
    store = AgreementStore(db, clock)
    store.set(Agreement("A.B.", (Channel.PHONE, Channel.EMAIL), date(2026, 6, 1), 12, 24))
    store.set(Agreement("Client 14", (Channel.EMAIL,), date(2026, 10, 1), 26, 48))


def save(widget: QWidget, out: Path, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out / name))
    print(f"wrote {out / name}")


def start_tray_host() -> subprocess.Popen[bytes] | None:
    """Under X, start ``trayer`` (a tiny system tray) so the real tray icon can be pictured."""
    if not os.environ.get("DISPLAY") or not shutil.which("trayer"):
        return None
    return subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Let Qt run until ``condition`` holds (bounded: a tray that never comes is fine)."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return False


def save_tray_icon(tray: object, out: Path, name: str) -> None:
    """The real tray area around the icon, enlarged so the shape can be seen in the docs."""
    from after_hours.ui.shell.tray import TrayController

    assert isinstance(tray, TrayController)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wait_for(lambda: False, 0.5)  # let the tray repaint the new icon
    geo = tray.icon.geometry()
    if geo.isEmpty():
        return
    screen = app.primaryScreen()
    shot = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    shot.scaled(shot.width() * 4, shot.height() * 4).save(str(out / name))
    print(f"wrote {out / name} ({tray.icon.toolTip().splitlines()[0]})")


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    host = start_tray_host()
    try:
        return render_all(out)
    finally:
        if host is not None:
            host.terminate()
            host.wait(timeout=10)


def render_all(out: Path) -> int:
    from after_hours.ui.base.services import Services
    from after_hours.ui.dialogs.wizard import FirstRunWizard
    from after_hours.ui.shell.app import Shell, make_qapp
    from after_hours.ui.shell.tray import TrayController

    app = make_qapp()
    # The interface follows LANG as the app does: LANG=fr_CA.UTF-8 renders the French screens.
    from after_hours.ui.base.translations import install_translators

    install_translators(app, None)
    app.setQuitOnLastWindowClosed(False)
    clock = ManualClock(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        # The wizard, on a fresh profile.
        fresh = open_profile(Path(tmp) / "fresh")
        wizard = FirstRunWizard(Services(fresh, clock))
        wizard.about.name.setText("Sam Rivera, MSW")
        wizard.about.zone.set_zone("America/Toronto")
        wizard.show()
        save(wizard, out, "wizard-about.png")
        wizard.next()
        save(wizard, out, "wizard-hours.png")
        wizard.button(QWizard.WizardButton.CancelButton)
        wizard.hide()
        fresh.close()

        home = Path(tmp) / "demo"
        fill_profile(home, clock)
        profile = open_profile(home)
        services = Services(profile, clock)
        real_tray = wait_for(QSystemTrayIcon.isSystemTrayAvailable, 3.0)
        tray = TrayController(services, tray_available=lambda: True)
        shell = Shell(services, tray=tray)
        if real_tray:
            tray.attach()
            wait_for(lambda: not tray.icon.geometry().isEmpty(), 3.0)
            save_tray_icon(tray, out, "tray-off-hours.png")
        shell.window.resize(1040, 720)
        shell.window.show()
        save(shell.window, out, "main-window.png")
        for key in ("contacts", "clients", "schedule", "reports", "settings"):
            shell.window.show_page(key)
            save(shell.window, out, f"{key}.png")
        shell.window.show_page("today")
        tray.menu.popup(shell.window.mapToGlobal(shell.window.rect().center()))
        save(tray.menu, out, "tray-menu.png")
        tray.menu.hide()
        quick_log_and_crisis(shell, out)
        if real_tray:
            save_tray_icon(tray, out, "tray-crisis.png")
        shell.dispose()
        app.processEvents()
        profile.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


CRISIS_TEXT = (
    "hey sorry to text so late. I can't do this anymore, I just want it all to end. "
    "sorry for everything"
)
HANDLED_NOTE = "Sent the crisis reply; called the on-call team"
# Under a French interface the client writes in French, and so does the clinician's note.
CRISIS_TEXT_FR = (
    "bonsoir, désolée de vous écrire si tard. je suis plus capable, je veux que tout s'arrête. "
    "merci pour tout"
)
HANDLED_NOTE_FR = "Envoyé la réponse de crise; appelé l'équipe de garde"


def quick_log_and_crisis(shell: object, out: Path) -> None:
    """The quick-log filled in as a clinician would, then the crisis panel it opens."""
    from after_hours.ui.shell.app import Shell

    assert isinstance(shell, Shell)
    from after_hours.availability.i18n import current_language

    french = current_language() == "fr"
    dialog = shell.quick_log()
    dialog.client.setText("J.D.")
    dialog.message.setPlainText(CRISIS_TEXT_FR if french else CRISIS_TEXT)
    dialog.message.setFocus()
    save(dialog, out, "quick-log.png")
    dialog.accept()
    panel = shell.panels[-1]
    panel.what_i_did.setText(HANDLED_NOTE_FR if french else HANDLED_NOTE)
    save(panel, out, "crisis-panel.png")
    panel.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
