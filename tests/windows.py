"""Every top-level window and dialog of the app, built over one demo profile (issue 17).

Shared by the window-size test and the accessibility walk, so a new dialog added here is
checked by both. Each builder returns a shown, laid-out top-level widget.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from after_hours.availability.clock import ManualClock
from after_hours.availability.i18n import _
from after_hours.availability.reminders.texts import duration
from after_hours.availability.store import open_profile
from after_hours.ui.base.services import Services
from after_hours.ui.pages import PAGES
from after_hours.ui.shell.app import Shell
from after_hours.ui.shell.tray import TrayController
from tests.helpers import cli

NOW = datetime(2026, 11, 21, 4, 40, tzinfo=UTC)  # Fri 23:40 in Toronto
CRISIS_TEXT = "sorry to text so late. I can't do this anymore, I just want it all to end"


_DEMO: list[Path] = []  # one demo profile per test session, copied for each test


def _demo_copy(home: Path, clock: ManualClock) -> None:
    """A fresh copy of the session's demo profile (making one takes a second or two)."""
    if not _DEMO:
        parent = Path(tempfile.mkdtemp(prefix="after-hours-demo-"))
        atexit.register(shutil.rmtree, parent, True)
        source = parent / "demo"
        assert cli(source, "demo", clock=clock).status == 0
        _DEMO.append(source)
    shutil.copytree(_DEMO[0], home)


@contextmanager
def demo_shell(home: Path) -> Iterator[Shell]:
    """A running shell over a demo profile, with no tray."""
    clock = ManualClock(NOW)
    _demo_copy(home, clock)
    profile = open_profile(home)
    services = Services(profile, clock)
    shell = Shell(services, tray=TrayController(services, tray_available=lambda: False))
    try:
        yield shell
    finally:
        shell.dispose()
        QApplication.processEvents()
        profile.close()


def _page(key: str) -> Callable[[Shell], QWidget]:
    def build(shell: Shell) -> QWidget:
        shell.window.show_page(key)
        # The real reminder's words, so a French render shows French (not a made-up sentence).
        soon = _("Your on-call ends in {duration}: set your auto-reply")
        shell.window.add_banner("reminder", soon.format(duration=duration(timedelta(minutes=10))))
        return shell.window

    return build


def _wizard(page: int) -> Callable[[Shell], QWidget]:
    def build(shell: Shell) -> QWidget:
        wizard = shell.run_wizard()
        for _step in range(page):
            wizard.next()
        return wizard

    return build


def _crisis(shell: Shell) -> QWidget:
    from after_hours.availability.contacts import Channel

    dialog = shell.quick_log()
    dialog.client.setText("J.D.")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TEXT))
    dialog.message.setPlainText(CRISIS_TEXT)
    dialog.accept()
    return shell.panels[-1]


def _reference(shell: Shell) -> QWidget:
    return shell.open_crisis_panel()


def _quick_log(shell: Shell) -> QWidget:
    return shell.quick_log()


def _reply(shell: Shell) -> QWidget:
    return shell.show_reply("expectation-reply")


def _contact(shell: Shell) -> QWidget:
    from after_hours.ui.dialogs.contact import ContactDialog

    return ContactDialog(shell.services, parent=shell.window)


def _agreement(shell: Shell) -> QWidget:
    from after_hours.ui.dialogs.agreement import AgreementDialog

    return AgreementDialog(date(2026, 11, 20), client="J.D.", parent=shell.window)


def _export(shell: Shell) -> QWidget:
    from after_hours.ui.dialogs.export import export_dialog_for

    s = shell.services
    return export_dialog_for(s.profile.db, s.clock, parent=shell.window)


def _selfcheck(shell: Shell) -> QWidget:
    from after_hours.availability.selfcheck import SelfCheckStore
    from after_hours.ui.dialogs.selfcheck import SelfCheckDialog

    s = shell.services
    return SelfCheckDialog(SelfCheckStore(s.profile.db, s.clock), s.clock, shell.window)


def _exception(shell: Shell) -> QWidget:
    from after_hours.ui.pages.schedule import ExceptionDialog

    return ExceptionDialog(date(2026, 11, 20), shell.window)


def _window(shell: Shell) -> QWidget:
    from after_hours.ui.widgets.week_editor import WindowDialog

    return WindowDialog(parent=shell.window)


def _own_line(shell: Shell) -> QWidget:
    from after_hours.ui.widgets.own_lines import OwnLineDialog

    return OwnLineDialog(shell.window)


def _history(shell: Shell) -> QWidget:
    today = shell.window.show_page("today")
    return today.dashboard.open_selfcheck_history()  # type: ignore[attr-defined]


WINDOWS: dict[str, Callable[[Shell], QWidget]] = {
    **{f"page-{p.key}": _page(p.key) for p in PAGES},
    "wizard-about": _wizard(0),
    "wizard-hours": _wizard(1),
    "wizard-mailbox": _wizard(2),
    "crisis-panel": _crisis,
    "crisis-reference": _reference,
    "quick-log": _quick_log,
    "reply": _reply,
    "contact": _contact,
    "agreement": _agreement,
    "export": _export,
    "selfcheck": _selfcheck,
    "selfcheck-history": _history,
    "exception": _exception,
    "window": _window,
    "own-line": _own_line,
}


def build(shell: Shell, name: str) -> QWidget:
    widget = WINDOWS[name](shell)
    widget.show()
    QApplication.processEvents()
    return widget
