"""The tray icon: draws :mod:`after_hours.availability.tray_state`'s answer and re-arms at the next edge.

Start-up at login is untidy: the panel may appear seconds after the app, or restart later. So
the controller waits for a tray (checking once a second, up to ``TRAY_WAIT_S``), shows the
icon when one appears, re-shows it when the panel comes back, and reports ``no_tray`` once
when there is none, so the window can say so and stay a normal window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from after_hours.availability.calendars.subscription import subscription_problem
from after_hours.availability.pause import PauseChoice, pause_monitoring, resume_monitoring
from after_hours.availability.tray_state import (
    CrisisWaiting,
    TrayView,
    mail_problem_line,
    past_when,
    tray_view,
)
from after_hours.ui.base.icons import svg_icon
from after_hours.ui.base.services import Services

TRAY_WAIT_S = 10
# How often a lost or found tray is noticed after start-up (the panel restarting).
WATCH_INTERVAL = timedelta(minutes=1)
# A gap this much longer than the watch interval means the machine slept (Vorta's approach).
WAKE_GAP = timedelta(minutes=10)
# The longest line the menu shows about the mailbox before it is cut at a word.
MENU_LINE_CHARS = 60


def _elide(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.:;") + "…"


class TrayController(QObject):
    """Owns the ``QSystemTrayIcon``, its menu and the single re-check timer."""

    open_requested = Signal()
    quick_log_requested = Signal()
    crisis_scripts_requested = Signal()
    quit_requested = Signal()
    attached = Signal()
    no_tray = Signal()

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        crisis_waiting: Callable[[], CrisisWaiting | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._tray_available = tray_available
        self.crisis_waiting = crisis_waiting or services.crisis_waiting
        self.icon = QSystemTrayIcon(self)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._message_action: Callable[[], None] | None = None
        self.menu = self._build_menu()
        self.icon.setContextMenu(self.menu)
        self.view: TrayView | None = None
        # What is wrong with the mailbox watcher, in words ("" while it works).
        self.mail_line = ""

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        self._attach_timer = QTimer(self)
        self._attach_timer.setInterval(1000)
        self._attach_timer.timeout.connect(self._try_attach)
        self._attach_tries = 0
        self._watch = QTimer(self)
        self._watch.setInterval(int(WATCH_INTERVAL.total_seconds() * 1000))
        self._watch.timeout.connect(self._check_tray)
        self._was_available = False
        self._last_watch: datetime | None = None

        events = services.events
        events.schedule_changed.connect(self.refresh)
        events.settings_changed.connect(self.refresh)
        events.contacts_changed.connect(self.refresh)
        events.mail_status.connect(self.set_mail_status)
        self.refresh()

    # -- menu ----------------------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setAccessibleName(self.tr("After Hours menu"))
        self.status_action = QAction(self)
        self.status_action.setEnabled(False)
        menu.addAction(self.status_action)
        # Clicking the mailbox line opens the window, where the banner has "Try again".
        self.mail_action = QAction(self)
        self.mail_action.setVisible(False)
        self.mail_action.triggered.connect(self.open_requested)
        menu.addAction(self.mail_action)
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        self.log_action = menu.addAction(self.tr("&Log a contact..."))
        self.log_action.triggered.connect(self.quick_log_requested)
        self.crisis_action = menu.addAction(self.tr("&Crisis scripts"))
        self.crisis_action.triggered.connect(self.crisis_scripts_requested)
        self.pause_menu = menu.addMenu(self.tr("&Pause monitoring"))
        self.pause_actions: dict[PauseChoice, QAction] = {}
        for choice, text in (
            (PauseChoice.ONE_HOUR, self.tr("For 1 &hour")),
            (PauseChoice.UNTIL_TOMORROW, self.tr("Until &tomorrow morning")),
            (PauseChoice.INDEFINITELY, self.tr("&Indefinitely")),
        ):
            action = self.pause_menu.addAction(text)
            action.setData(choice.value)
            self.pause_actions[choice] = action
        # Slots are bound methods, never lambdas holding self: a lambda would keep this object
        # alive until interpreter exit, where PySide6 can crash tearing it down.
        self.pause_menu.triggered.connect(self._on_pause_menu)
        self.pause_menu.addSeparator()
        self.resume_action = self.pause_menu.addAction(self.tr("&Resume monitoring"))
        self.resume_action.triggered.connect(self.resume)
        menu.addSeparator()
        self.open_action = menu.addAction(self.tr("&Open After Hours"))
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action = menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        self._menu = menu  # QSystemTrayIcon does not own its context menu
        return menu

    def _on_pause_menu(self, action: QAction) -> None:
        if action.data():
            self.pause(PauseChoice(action.data()))

    def pause(self, choice: PauseChoice) -> None:
        s = self.services
        pause_monitoring(s.settings, choice, s.now(), s.display_zone())
        s.events.settings_changed.emit()

    def resume(self) -> None:
        resume_monitoring(self.services.settings)
        self.services.events.settings_changed.emit()

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the state and tooltip, then sleep until the next edge (capped)."""
        s = self.services
        view = tray_view(
            s.status(), s.display_zone(), pause=s.pause(), crisis=self.crisis_waiting()
        )
        self.view = view
        self.icon.setIcon(svg_icon(view.icon_file))
        problem = subscription_problem(
            s.settings.get("calendar.subscription"), s.display_zone()
        )  # a calendar that could not be refreshed
        extra = [line for line in (self.mail_line, problem) if line]
        self.icon.setToolTip("\n".join([view.tooltip, *extra]))
        self.status_action.setText(view.headline)
        self.resume_action.setEnabled(s.pause() is not None)
        # A waiting crisis is the first item of the menu, in bold; otherwise the scripts sit
        # after Log a contact (issue 17: it was buried under the status line).
        crisis_first = self.crisis_waiting() is not None
        menu = self._menu
        menu.removeAction(self.crisis_action)
        before = menu.actions()[0] if crisis_first else self.pause_menu.menuAction()
        menu.insertAction(before, self.crisis_action)
        bold = self.crisis_action.font()
        bold.setBold(crisis_first)
        self.crisis_action.setFont(bold)
        self.crisis_action.setText(
            self.tr("&Crisis panel: %s, %s")
            % (
                crisis.client or self.tr("no client named"),
                past_when(crisis.at, s.now(), s.display_zone()),
            )
            if (crisis := self.crisis_waiting()) is not None
            else self.tr("&Crisis scripts")
        )
        self.timer.start(int(view.recheck_in.total_seconds() * 1000))

    def set_mail_status(self, state: str, detail: str) -> None:
        """Say in the tooltip and the menu what is wrong with the mailbox, or nothing."""
        self.mail_line = mail_problem_line(state, detail)
        # A menu is no place for a paragraph: the start of the sentence, all of it on hover
        # and in the tooltip of the icon.
        self.mail_action.setText(_elide(self.mail_line, MENU_LINE_CHARS).replace("&", "&&"))
        self.mail_action.setToolTip(self.mail_line)
        self.mail_action.setVisible(bool(self.mail_line))
        if self.view is not None:
            tooltip = self.view.tooltip + (f"\n{self.mail_line}" if self.mail_line else "")
            self.icon.setToolTip(tooltip)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    # -- attaching to a tray that may come late or go away ------------------------------------

    def attach(self) -> None:
        """Show the icon now if a tray exists, else keep looking for up to ``TRAY_WAIT_S``."""
        self._attach_tries = 0
        if not self._try_attach():
            self._attach_timer.start()

    def _try_attach(self) -> bool:
        if self._tray_available():
            self._attach_timer.stop()
            self._was_available = True
            self.icon.show()
            self._watch.start()
            self.attached.emit()
            return True
        self._attach_tries += 1
        if self._attach_tries > TRAY_WAIT_S:
            self._attach_timer.stop()
            self._watch.start()
            self.no_tray.emit()
        return False

    def _check_tray(self) -> None:
        """Once a minute: notice a tray that came back, and a wall-clock jump (a resume)."""
        now = self.services.now()
        if self._last_watch is not None and now - self._last_watch > WAKE_GAP:
            # Qt timers do not run during suspend: after a wake the edge timer may be late.
            self.refresh()
        self._last_watch = now
        available = self._tray_available()
        if available and not self._was_available:
            # The panel (re)started: show again so the icon is embedded in the new tray.
            self.icon.hide()
            self.icon.show()
            self.attached.emit()
        self._was_available = available

    def dispose(self) -> None:
        """Stop the timers, remove the icon and free the Qt objects now (not at exit)."""
        for timer in (self.timer, self._attach_timer, self._watch):
            timer.stop()
        self.icon.hide()
        self._menu.deleteLater()
        self.deleteLater()

    @property
    def in_tray(self) -> bool:
        """Whether the icon is really in a tray (so closing the window may just hide it)."""
        return self.icon.isVisible() and self._was_available

    def notify(
        self,
        title: str,
        text: str,
        *,
        critical: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> bool:
        """A desktop notification; where none can be shown the window gets a banner instead.

        ``action`` (a label and a callable) runs when the notification is clicked, or from a
        button on the banner.
        """
        if self.in_tray and QSystemTrayIcon.supportsMessages():
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if critical
                else QSystemTrayIcon.MessageIcon.Information
            )
            self._message_action = action[1] if action else None
            body = f"{text}\n{action[0]}" if action else text
            self.icon.showMessage(title, body, icon, 15000)
            return True
        self.services.events.notice.emit(title, text, action)
        return False

    def _on_message_clicked(self) -> None:
        action, self._message_action = self._message_action, None
        if action is not None:
            action()
        else:
            self.open_requested.emit()
