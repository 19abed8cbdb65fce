"""Settings' Channels group and the wizard's mailbox page: ``screenshots_channels.py OUT_DIR``.

Run under ``xvfb-run -s "-screen 0 1024x600x24"`` and ``-screen 0 1366x768x24``; each run
writes ``OUT_DIR/<width>x<height>/settings-channels.png``, ``settings-channels-phone.png``
(app notifications, KDE Connect and phone history) and ``wizard-mailbox.png`` over the
demo profile with a mailbox and one client address set up (no network is touched).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if os.environ.get("DISPLAY"):
    os.environ.pop("QT_QPA_PLATFORM", None)


def main(out_dir: str) -> int:
    from after_hours.availability.mail import MailAccount, MailStore
    from after_hours.ui.shell.app import make_qapp
    from tests.windows import demo_shell

    app = make_qapp()
    app.setQuitOnLastWindowClosed(False)
    screen = app.primaryScreen().size()
    out = Path(out_dir) / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, demo_shell(Path(tmp) / "demo") as shell:
        store = MailStore(shell.services.profile.db, shell.services.clock)
        store.add_account(MailAccount(host="imap.agency.example", user="sam.rivera@agency.example"))
        store.add_sender("jd.client@mail.example", "J.D.")
        from after_hours.availability.channels.store import ChannelStore

        channels = ChannelStore(shell.services.profile.db, shell.services.clock)
        for app_name in ("Slack", "WhatsApp", "Signal"):
            channels.note_seen(app_name)
        channels.add_app("Signal")
        channels.set_enabled("notifications", True)
        channels.set_status("notifications", "watching")
        channels.note_message("notifications", shell.services.clock.now())
        settings = shell.window.show_page("settings")
        shell.window.show()
        for _ in range(5):
            app.processEvents()
        settings.channels.mailbox.load()
        settings.channels.phone_history.summary.setText(
            "Imported 212 contact(s) from sms-20261128.xml (61 outside regular hours). "
            "3 were already in the log and were skipped. 1840 from numbers or names not in "
            "your sender map were skipped (not clients)."
        )
        for _ in range(5):
            app.processEvents()
        top = settings.channels.mapTo(settings, settings.channels.rect().topLeft()).y()
        settings.scroll.verticalScrollBar().setValue(top - 8)
        for _ in range(5):
            app.processEvents()
        shell.window.grab().save(str(out / "settings-channels.png"))
        kde = settings.channels.kdeconnect
        while kde.busy():
            app.processEvents()
        for _ in range(5):
            app.processEvents()
        apps = settings.channels.notifications
        top = apps.mapTo(settings.scroll.widget(), apps.rect().topLeft()).y()
        settings.scroll.verticalScrollBar().setValue(top - 40)
        for _ in range(5):
            app.processEvents()
        shell.window.grab().save(str(out / "settings-channels-phone.png"))
        wizard = shell.run_wizard()
        wizard.next()
        wizard.next()
        for _ in range(5):
            app.processEvents()
        wizard.grab().save(str(out / "wizard-mailbox.png"))
        wizard.hide()
        print(f"wrote {out}/settings-channels.png and wizard-mailbox.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/channels"))
