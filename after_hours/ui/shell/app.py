"""Application start-up: one instance per profile, the tray, the main window, the first run.

``run_app`` is what ``after-hours`` runs with no subcommand. :class:`Shell` wires the parts
together and is what tests and the screenshot script build directly (with a ``ManualClock``).
"""

from __future__ import annotations

import gc
import linecache
import sqlite3
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from after_hours.availability import __version__
from after_hours.availability.clock import Clock, SystemClock
from after_hours.availability.store import StoreError, backup_if_due, open_profile, resolve_home
from after_hours.availability.store.lazy import load_writer
from after_hours.availability.store.profile import ensure_private_dir
from after_hours.ui.base.first_paint import after_first_paint
from after_hours.ui.base.heap import give_back_free_memory, one_arena
from after_hours.ui.base.icons import svg_icon
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.qt_namespace import Qt
from after_hours.ui.base.services import Services
from after_hours.ui.base.start_gc import settle_after_start
from after_hours.ui.base.translations import install_translators
from after_hours.ui.shell.channels_bridge import ChannelsBridge
from after_hours.ui.shell.mail_bridge import MailBridge
from after_hours.ui.shell.main_window import MainWindow
from after_hours.ui.shell.profile_watch import ProfileWatch
from after_hours.ui.shell.signals import QuitOnSignals
from after_hours.ui.shell.single_instance import SingleInstance

# Dialogs and panels are imported when first opened, not at start: the window paints sooner.
if TYPE_CHECKING:
    from after_hours.availability.channels.intake import ChannelEvent
    from after_hours.availability.contacts import Contact
    from after_hours.availability.intake import IntakeResult
    from after_hours.availability.mail.intake import MailEvent
    from after_hours.availability.triage import TriageResult
    from after_hours.ui.dialogs.crisis_panel import CrisisPanel
    from after_hours.ui.dialogs.quick_log import QuickLogDialog
    from after_hours.ui.dialogs.reply import ReplyDialog
    from after_hours.ui.dialogs.wizard import FirstRunWizard
    from after_hours.ui.shell.calendar_sync import CalendarSync
    from after_hours.ui.shell.reminders_shell import ShellReminders
    from after_hours.ui.shell.tray import TrayController

NO_TRAY_BANNER = "no-tray"


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


def reply_kind(intake: IntakeResult) -> str | None:
    """The ready reply worth offering after logging: a crisis has its panel instead."""
    from after_hours.availability.contacts import Direction, Kind

    contact = intake.contact
    if intake.crisis or contact.direction is not Direction.IN:
        return None
    if contact.kind is Kind.FRIEND_REQUEST:
        return "friend-request-reply"
    if intake.wants_expectation_reply and contact.kind in (Kind.MESSAGE, Kind.CALL):
        return "expectation-reply"
    return None


def noted_sentence(intake: IntakeResult) -> str:
    """Name the crisis words of a message that is not a crisis, calmly, for the clinician.

    Such a message is *possible* for triage: the words were negated, told as past, or a lone
    method or time word.
    """
    phrases = intake.contact.phrases
    if intake.crisis or not phrases:
        return ""
    quote = QCoreApplication.translate("Shell", "“%1”")
    quoted = ", ".join(fill(quote, p) for p in phrases[:3])
    return fill(QCoreApplication.translate("Shell", "Worth a look: it mentions %1."), quoted) + " "


def contact_when(contact: Contact, services: Services) -> str:
    """When a logged contact was, in the user's zone: "Tue 24 Nov 12:00, in hours".

    The day and month names are the domain's (the tray's), so French reads "mar. 24 nov.".
    """
    from after_hours.availability.i18n import _
    from after_hours.availability.status import MONTHS, WEEKDAYS
    from after_hours.ui.base.labels import class_label

    local = contact.at.astimezone(services.display_zone())
    day = f"{_(WEEKDAYS[local.weekday()])} {local.day} {_(MONTHS[local.month - 1])}"
    return f"{day} {local:%H:%M}, {class_label(contact.classification)}"


def _alive(obj: QObject) -> bool:
    """Whether the C++ side of a Qt wrapper still exists."""
    return shiboken6.isValid(obj)


def _warm_up_quick_log() -> None:
    """What a save from the quick-log dialog needs, loaded while the clinician types.

    sqlite-utils' code for the write and the triage phrase lists for the verdict (about 0.2 s
    from the derived tables' cache, docs/triage.md), then what building them freed goes back.
    It never touches the profile's connection: the GUI thread owns it and may close it at any
    moment (quitting), which on another thread's statement crashes the process.
    """
    load_writer()
    from after_hours.availability.triage.lexicon import default_lexicon

    default_lexicon()
    give_back_free_memory()


def refresh_triage_cache() -> bool:
    """Have another process derive the phrase lists' tables if their cache is stale.

    The idle app does not hold the phrase lists (6-9 MiB): the first message loads them, which
    takes about 0.2 s with the tables cached and 1-2 s without. The process
    (``availability.triage.refresh``, niced) reads the cache's header and the phrase files,
    and exits at once when they match (about 0.1 s of CPU); otherwise it derives the tables
    and writes the cache. The app itself imports nothing of triage for it and keeps no child.
    True when the process was started; a frozen bundle (no interpreter to run ``-m``) derives
    on its first message instead.
    """
    if getattr(sys, "frozen", False):
        return False
    from PySide6.QtCore import QProcess

    started, _pid = QProcess.startDetached(
        sys.executable, ["-m", "after_hours.availability.triage.refresh"]
    )
    return bool(started)


REMINDERS_DELAY_MS = 500
# How long the triage phrase lists and the learned scorer stay loaded after the last message,
# the quick-log dialog or a crisis panel (about 12 MiB; reloaded in about 0.4 s): Shell.let_go.
TRIAGE_KEPT_MS = 10 * 60 * 1000
# The mailbox watcher starts this long after start(), once the window has painted: reading
# its account loads sqlite-utils and the mail package, which the first paint does without.
# Nothing is missed meanwhile: on connecting, the watcher catches up on what is unseen.
MAIL_DELAY_MS = 200
WARM_UP_DELAY_MS = 2000


class Shell(QObject):
    """The running app: main window + tray + first-run wizard, all over one ``Services``."""

    def __init__(
        self,
        services: Services,
        *,
        tray: TrayController | None = None,
        mail: MailBridge | None = None,
        reminders: ShellReminders | None = None,
        channels: ChannelsBridge | None = None,
        wheel_guard_after_paint: bool = False,
        tray_after_paint: bool = False,
    ) -> None:
        super().__init__()
        # The wheel never changes an unfocused field. run_app installs the guard just after
        # the first paint (ui/base/wheel_guard.py says why); built any other way, now.
        if not wheel_guard_after_paint:
            from after_hours.ui.base.wheel_guard import install_wheel_guard

            install_wheel_guard()
        # Built after the first paint (it imports APScheduler); tests may pass their own.
        self.reminders: ShellReminders | None = reminders
        self.calendar_sync: CalendarSync | None = None
        self._disposed = False
        self._guard_waits = False  # guard_the_wheel_when_needed is watching
        self.services = services
        self.window = MainWindow(services)
        # The tray icon is not in the window: run_app builds it just after the first paint
        # (attach_tray); anything that needs it sooner builds it then (the ``tray`` property).
        self._tray: TrayController | None = None
        self._tray_after_paint = tray_after_paint and tray is None
        if tray is not None:
            self._wire_tray(tray)
        elif not tray_after_paint:
            self._wire_tray(self._new_tray())
        self.mail = mail or MailBridge(services, self)
        self.mail.event.connect(self.after_mail)
        self.mail.status_changed.connect(self._on_mail_status)
        # App notifications and KDE Connect: started after the first paint (start_channels).
        self.channels = channels or ChannelsBridge(services, self)
        self.channels.event.connect(self.after_channel)
        self.channels.status_changed.connect(services.events.channels_status)
        self.window.in_tray = self._in_tray
        self.wizard: FirstRunWizard | None = None
        self._dialogs: list[QWidget] = []
        # The quick-log's warm-up thread (imports only), waited for when the shell goes.
        self._warming: threading.Thread | None = None
        self.panels: list[CrisisPanel] = []
        # Crises the app has shown or found waiting; a new one another process logs opens
        # the panel (watch_profile).
        self.known_crises: set[int] = set()
        self._triage_kept = QTimer(self)
        self._triage_kept.setSingleShot(True)
        self._triage_kept.setInterval(TRIAGE_KEPT_MS)
        self._triage_kept.timeout.connect(self.let_go_of_triage)
        self.profile_watch: ProfileWatch | None = None
        self.window.quit_requested.connect(self.quit)
        self.window.close_to_tray.connect(self._closed_to_tray)
        self.close_notes: list[str] = []  # what closing to the tray said (once per profile)
        services.events.quick_log_requested.connect(self.quick_log)
        services.events.crisis_panel_requested.connect(self.crisis_scripts)
        services.events.mailbox_changed.connect(self.retry_mail)
        services.events.contacts_imported.connect(self.after_external_change)
        services.events.channels_changed.connect(self.restart_channels)

    def _new_tray(self) -> TrayController:
        from after_hours.ui.shell.tray import TrayController

        return TrayController(self.services, self)

    def _wire_tray(self, tray: TrayController) -> None:
        self._tray = tray
        tray.open_requested.connect(self.show_window)
        tray.quit_requested.connect(self.quit)
        tray.no_tray.connect(self._on_no_tray)
        tray.quick_log_requested.connect(self.quick_log)
        tray.crisis_scripts_requested.connect(self.crisis_scripts)

    @property
    def tray(self) -> TrayController:
        """The tray icon's controller; built on first use when run_app defers it."""
        if self._tray is None:
            self._wire_tray(self._new_tray())
            assert self._tray is not None
        return self._tray

    def attach_tray(self) -> None:
        """Show the tray icon (run_app: just after the first paint; the window does not wait).

        Building it costs the first paint about 8 ms (its menu, its icon drawn at seven sizes,
        the tray module's Qt classes), and the icon is not part of the window, so appearing a
        few tens of milliseconds later changes nothing the user sees in it.
        """
        if not self._disposed:
            self.tray.attach()

    def hide_tray_icon(self) -> None:
        """Take the icon out of the tray (quitting); a tray never built has none to hide."""
        if self._tray is not None:
            self._tray.icon.hide()

    def start(self, *, minimized: bool = False) -> None:
        if not self._tray_after_paint:
            self.attach_tray()
        QTimer.singleShot(MAIL_DELAY_MS, self, self.start_mail)
        # Once idle, what the first crisis message needs, so it is not paid on its way to the
        # screen: the triage phrase lists and the panel's code.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self.warm_up)
        # The calendar subscription's refresher, after the first paint like the mailbox.
        QTimer.singleShot(MAIL_DELAY_MS, self, self.start_calendar)
        # Other processes' commits (CLI, watch, imports) reach the screen; after the paint.
        QTimer.singleShot(MAIL_DELAY_MS, self, self.watch_profile)
        # The daily rotating backup, a moment after the window is up so start-up stays quick.
        QTimer.singleShot(3000, self, self.daily_backup)
        # Reminders once the window is up: importing APScheduler costs ~60 ms, and a
        # zero-delay timer can run before the first paint.
        QTimer.singleShot(REMINDERS_DELAY_MS, self, self.start_reminders)
        QTimer.singleShot(REMINDERS_DELAY_MS, self, self.start_channels)
        if not self.services.settings.get("app.first_run_done"):
            self.run_wizard()
        elif not minimized:
            self.window.show()

    def watch_profile(self) -> ProfileWatch | None:
        """React to what other processes write to the profile as if the app had logged it."""
        if self.profile_watch is None and not self._disposed:
            now = self.services.now()
            self.known_crises.update(c.id for c in self.services.waiting_crises(now))
            profile = self.services.profile
            self.profile_watch = ProfileWatch(profile.db, profile.db_path, self)
            self.profile_watch.changed.connect(self.after_external_change)
        return self.profile_watch

    def after_external_change(self) -> None:
        """Another process committed: refresh every view, and open the panel for a new crisis."""
        events = self.services.events
        events.schedule_changed.emit()
        events.contacts_changed.emit()
        for contact in self.services.crises.new_since(self.services.now(), self.known_crises):
            self.open_crisis_panel(contact)

    def guard_the_wheel_when_needed(self) -> None:
        """Install the wheel guard once a field it guards can be reached (run_app, after paint).

        The guard is an application-wide Python event filter, and PySide resolving the Python
        type of every object an event reaches builds the enum types of whole Qt modules: 3.6 MiB
        an app idling on Today (which has no field the wheel could change) would hold for
        nothing (docs/benchmarks.md). So it is installed the first time the user can reach such
        a field: another page shown, a dialog or panel of the shell's opened, or the keyboard
        focus going to any window but the main one (every dialog a page or Today opens takes
        the focus when it shows). Installing it late changes nothing: it also fixes every field
        that already exists (ui/base/wheel_guard.py).
        """
        if self.wizard is not None or self._dialogs or not self._on_today():
            self.guard_the_wheel()
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._guard_on_focus)
        self.window.sidebar.currentRowChanged.connect(self._guard_on_page)
        self._guard_waits = True

    def guard_the_wheel(self) -> None:
        """Install the wheel guard now (once; see :meth:`guard_the_wheel_when_needed`)."""
        if self._guard_waits:
            self._guard_waits = False
            app = QApplication.instance()
            if app is not None:
                app.focusChanged.disconnect(self._guard_on_focus)
            self.window.sidebar.currentRowChanged.disconnect(self._guard_on_page)
        from after_hours.ui.base.wheel_guard import install_wheel_guard

        install_wheel_guard()

    def _on_today(self) -> bool:
        row = self.window.sidebar.currentRow()
        return 0 <= row < len(self.window.pages) and self.window.pages[row].key == "today"

    def _guard_on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and now.window() is not self.window:
            self.guard_the_wheel()

    def _guard_on_page(self, row: int) -> None:
        if 0 <= row < len(self.window.pages) and self.window.pages[row].key != "today":
            self.guard_the_wheel()

    def start_mail(self) -> None:
        """Start the mailbox watcher, if a mailbox is set up (docs/mail.md)."""
        if not self._disposed and self.mail.start():
            self.warm_crisis_path()

    def warm_up(self) -> None:
        """Make sure the first message's path stays short, without holding it (benchmarks.md).

        The triage phrase lists are not held while idle any more (fifth round: 6-9 MiB): what
        made them slow to build is cached on disk, and this makes sure that cache is fresh (in
        another process when it is not), so the first message builds them in about 0.2 s. The
        quick-log dialog loads them while the clinician types; the mailbox watcher and the
        channels as they start, with the crisis panel's code (:meth:`warm_crisis_path`);
        sqlite-utils likewise, never for an app that only idles.
        """
        if self._disposed:
            return
        refresh_triage_cache()
        # The source lines PySide's import hook read before ui/base/pyside_sources replaced it
        # (seven modules, about 0.1 MiB): nothing reads them again.
        linecache.clearcache()

    def keep_triage_for_a_while(self) -> None:
        """A message, the quick-log dialog or a panel: keep triage loaded, let go when quiet."""
        self._triage_kept.start()

    def let_go_of_triage(self) -> bool:
        """Give back the triage lists, the scorer and the regex cache after a quiet while.

        Nothing of triage is imported for it: if the engine never loaded, nothing is held.
        True when something was let go (and the freed memory given back to the system).
        """
        if getattr(sys, "frozen", False):
            # A frozen bundle has no derived-tables cache (docs/triage.md): reloading would
            # take 1-2 s, so the lists it loaded stay until quit, as before.
            return False
        engine = sys.modules.get("after_hours.availability.triage.engine")
        if engine is None or not engine.let_go():
            return False
        gc.collect()
        give_back_free_memory()
        return True

    def warm_crisis_path(self) -> None:
        """Load the crisis panel's code (about 40 ms, 1 MiB) once a message can arrive."""
        import after_hours.ui.dialogs.crisis_content
        import after_hours.ui.dialogs.crisis_panel  # noqa: F401

    def start_calendar(self) -> None:
        """Refresh a subscribed calendar when due (docs/schedule.md), checked once a minute."""
        if self._disposed or self.calendar_sync is not None:
            return
        from after_hours.ui.shell.calendar_sync import CalendarSync

        self.calendar_sync = CalendarSync(self.services, self)
        self.calendar_sync.start()

    def start_reminders(self) -> None:
        """Derive the reminder jobs and start their scheduler (docs/reminders.md)."""
        if self._disposed:
            return
        if self.reminders is None:
            from after_hours.ui.shell.reminders_shell import ShellReminders

            self.reminders = ShellReminders(
                self.services, self.window, self.tray, self.show_window, self
            )
        self.reminders.start()

    def restart_channels(self) -> None:
        """The channel settings changed in the app: listen to what is on now."""
        if not self._disposed:
            self.channels.restart()

    def start_channels(self) -> None:
        """Listen to app notifications and KDE Connect, if on (docs/channels.md)."""
        if not self._disposed and self.channels.start():
            self.warm_crisis_path()

    def daily_backup(self) -> None:
        """Back up the database once a day; a failure is shown, never swallowed."""
        try:
            backup_if_due(self.services.profile, self.services.clock.now())
        except (StoreError, OSError, sqlite3.Error) as exc:
            self.window.add_banner(
                "backup", self.tr("The daily backup could not be made: %1").replace("%1", str(exc))
            )
        # The last of start-up's chores (3 s): what start-up, Today's dashboard, the reminder
        # plan and the backup freed goes back to the system (0.5 MiB left in malloc's lists).
        give_back_free_memory()

    def run_wizard(self) -> FirstRunWizard:
        from after_hours.ui.dialogs.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.services)
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _wizard_finished(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
        self.show_window()

    def show_window(self) -> None:
        """Bring the window (or the first-run wizard, while it is open) to the front."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        self.window.bring_forward()

    def _closed_to_tray(self) -> None:
        """The first time the window closes to the tray, say so (it vanished without a word)."""
        if self._disposed:
            return  # the shell is closing its windows itself
        settings = self.services.settings
        if settings.get("app.close_to_tray_noted"):
            return
        settings.set("app.close_to_tray_noted", True)
        title = self.tr("After Hours is still running")
        self.close_notes.append(title)
        self.tray.notify(
            title,
            self.tr(
                "It keeps watching your hours from the tray. Open it from the tray icon; "
                "to stop it, choose Quit from the tray menu."
            ),
        )

    def _on_no_tray(self) -> None:
        settings = self.services.settings
        if not settings.get("app.no_tray_noted"):
            self.window.add_banner(
                NO_TRAY_BANNER,
                self.tr(
                    "This desktop has no system tray, so After Hours stays a normal window: "
                    "closing it quits, and notifications appear here as banners."
                ),
            )
            settings.set("app.no_tray_noted", True)
        if self.wizard is None:
            self.window.show()

    def quick_log(self) -> QuickLogDialog:
        """The quick-log dialog, on top; saving may open the crisis panel or offer a reply."""
        from after_hours.ui.dialogs.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.services)
        # Its save needs sqlite-utils and the phrase lists, which the idle app does without
        # (docs/benchmarks.md): loaded while the clinician types, on a worker thread.
        if self._warming is None or not self._warming.is_alive():
            self._warming = threading.Thread(
                target=_warm_up_quick_log, name="after-hours-warm-up", daemon=True
            )
            self._warming.start()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(self.after_logging)
        self._keep(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        # The panel's code, once the dialog has painted, while the clinician types.
        QTimer.singleShot(0, self, self.warm_crisis_path)
        self.keep_triage_for_a_while()
        return dialog

    # Slots here are bound methods, never lambdas holding self: a lambda connected to a signal
    # keeps its objects alive until interpreter exit, where PySide6 can crash tearing them down.

    def _in_tray(self) -> bool:
        return self._tray is not None and self._tray.in_tray

    def _keep(self, widget: QWidget) -> None:
        """Hold a top-level dialog or panel until it closes (it deletes itself then)."""
        self.guard_the_wheel()
        self._dialogs.append(widget)
        widget.destroyed.connect(self._forget_destroyed)

    def _forget_destroyed(self) -> None:
        self._dialogs = [w for w in self._dialogs if _alive(w)]
        self.panels = [p for p in self.panels if _alive(p)]

    def after_logging(self, intake: IntakeResult, text: str) -> None:
        """A crisis opens the panel at once; an ordinary off-hours message offers the reply."""
        self.keep_triage_for_a_while()
        contact = intake.contact
        if intake.crisis:
            self.open_crisis_panel(contact, intake.verdict, text)
            return
        kind = reply_kind(intake)
        who = contact.client or self.tr("a client")
        if kind is None:
            # The dialog closes either way: say it was kept (in hours nothing did, issue 17).
            self.tray.notify(
                self.tr("Contact logged"),
                noted_sentence(intake)
                + self.tr("Saved: %s, %s.") % (who, contact_when(contact, self.services)),
            )
            return
        if kind == "friend-request-reply":
            title = self.tr("Friend request from %s logged") % who
        else:
            title = self.tr("Off-hours message from %s logged") % who
        self.tray.notify(
            title,
            noted_sentence(intake) + self.tr("A reply that sets expectations is ready to copy."),
            action=(self.tr("Show the reply"), self._reply_opener(kind, contact.client)),
        )

    def _reply_opener(self, kind: str, client: str | None = None) -> Callable[[], None]:
        """Open the reply in the client's language (their agreement's) when it is asked for."""

        def open_reply() -> None:
            self.show_reply(kind, client)

        return open_reply

    def show_expectation_reply(self, client: str | None = None) -> None:
        self.show_reply("expectation-reply", client)

    def show_friend_request_reply(self, client: str | None = None) -> None:
        self.show_reply("friend-request-reply", client)

    def after_mail(self, event: MailEvent) -> None:
        """A message from the mailbox watcher, already logged (the text only in ``event``)."""
        who = event.contact.client or self.tr("an unknown sender")
        self._after_arrival(event, self.tr("Email from %s, off hours") % who)

    def after_channel(self, event: ChannelEvent) -> None:
        """A notification or SMS from a client, already logged (the text only in ``event``)."""
        who = event.contact.client or self.tr("an unknown sender")
        title = self.tr("Message from %1 on %2, off hours").replace("%1", who)
        self._after_arrival(event, title.replace("%2", event.app))

    def _after_arrival(self, event: MailEvent | ChannelEvent, title: str) -> None:
        """What any watcher's message does on screen: the crisis panel, or a quiet notice."""
        if self._disposed:
            return  # queued by the watcher just before the shell went away
        self.keep_triage_for_a_while()
        from after_hours.availability.pause import monitoring_paused

        self.services.events.contacts_changed.emit()
        contact = event.contact
        if event.crisis:
            # At any hour, and even while monitoring is paused: a crisis is never held back.
            self.open_crisis_panel(contact, event.result.verdict, event.text)
            return
        if event.alert.value != "notify":
            return
        if monitoring_paused(self.services.settings, self.services.now()):
            return  # logged and counted; just not announced
        self.tray.notify(
            title,
            self.tr("Logged. ")
            + noted_sentence(event.result)
            + self.tr("A reply that sets expectations is ready to copy."),
            action=(
                self.tr("Show the reply"),
                self._reply_opener("expectation-reply", contact.client),
            ),
        )

    def _on_mail_status(self, state: str, detail: str) -> None:
        self.services.events.mail_status.emit(state, detail)
        if state == "failed":
            self.window.add_banner(
                "mail",
                self.tr("The mailbox is not being watched: %s") % detail,
                (self.tr("Try again"), self.retry_mail),
            )
        elif state == "watching":
            self.window.remove_banner("mail")

    def retry_mail(self) -> None:
        self.mail.stop()
        self.mail.start()

    def show_reply(self, kind: str, client: str | None = None) -> ReplyDialog:
        from after_hours.ui.dialogs.reply import ReplyDialog

        dialog = ReplyDialog(self.services, kind, client=client)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        dialog.show()
        return dialog

    def open_crisis_panel(
        self,
        contact: Contact | None = None,
        result: TriageResult | None = None,
        text: str | None = None,
    ) -> CrisisPanel:
        """The crisis panel for a contact (or the reference view), on top of everything."""
        self.keep_triage_for_a_while()  # the panel can triage a reply to the message
        from after_hours.ui.dialogs.crisis_content import build_content
        from after_hours.ui.dialogs.crisis_panel import CrisisPanel

        if contact is not None:
            self.known_crises.add(contact.id)
            shown = self._panel_for(contact.id)
            if shown is not None:
                if text is None:  # already on screen (another path saw it first)
                    shown.raise_()
                    shown.activateWindow()
                    return shown
                shown.close()  # the same crisis with its message: the richer panel wins
        content = build_content(self.services, contact, result, text)
        panel = CrisisPanel(content)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.handled.connect(self._on_panel_handled)
        self._keep(panel)
        panel.show()
        panel.raise_()
        panel.activateWindow()
        self.panels.append(panel)
        return panel

    def _panel_for(self, contact_id: int) -> CrisisPanel | None:
        for panel in self.panels:
            if _alive(panel) and panel.isVisible() and panel.content.contact_id == contact_id:
                return panel
        return None

    def _on_panel_handled(self, note: str) -> None:
        panel = self.sender()
        contact_id = getattr(getattr(panel, "content", None), "contact_id", None)
        if contact_id is not None:
            self.mark_handled(int(contact_id), note)

    def mark_handled(self, contact_id: int, note: str) -> None:
        self.services.crises.mark_handled(contact_id, note, self.services.now())
        self.services.events.contacts_changed.emit()

    def crisis_scripts(self) -> CrisisPanel:
        """The oldest crisis still waiting, or the steps, lines and reply for reference."""
        waiting = self.services.waiting_crises(self.services.now())
        return self.open_crisis_panel(waiting[0] if waiting else None)

    def dispose(self) -> None:
        """Close and free every window now (tests, and a clean quit).

        The store may be closed right after this returns, so change notices still queued from
        the watchers' threads must not reach the pages, the tray or the reminders: the shared
        notices are silenced first.
        """
        self._disposed = True
        self.services.events.blockSignals(True)
        for widget in [*self._dialogs, self.window]:
            if _alive(widget):
                widget.close()
                widget.deleteLater()
        self._dialogs.clear()
        self._disposed = True
        if self.profile_watch is not None:
            self.profile_watch.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.mail.stop()
        self.channels.stop()
        if self.calendar_sync is not None:
            self.calendar_sync.stop()
        if self._tray is not None:
            self._tray.dispose()
        if self._warming is not None:
            # Imports and the phrase lists (under 2 s): not left running into interpreter exit.
            self._warming.join(5.0)
            self._warming = None
        self.deleteLater()

    def quit(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        self.mail.stop()
        self.channels.stop()
        if self.calendar_sync is not None:
            self.calendar_sync.stop()
        # In Qt 6 quit() first asks every window to close and gives up if one refuses; the
        # main window refuses while the app lives in the tray. Quitting, it must agree.
        # (exit() would skip the question, but called with no loop running it leaves every
        # later event loop returning at once.) A waiting crisis stays in the database.
        self.window.in_tray = lambda: False
        self.hide_tray_icon()
        app = QApplication.instance()
        if app is not None:
            app.quit()


def _say_start_failed(text: str) -> None:
    """The start cannot go on: say why in a dialog (QMessageBox loads only then)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "After Hours", text)


def run_app(
    home: str | None = None,
    exit_after_start: bool = False,
    minimized: bool = False,
    clock: Clock | None = None,
) -> int:
    app = make_qapp()
    app.setQuitOnLastWindowClosed(False)
    # SIGTERM at logout, Ctrl+C: caught from before the lock is taken, acted on by the loop.
    signals = QuitOnSignals(app.quit)
    path = resolve_home(home)
    # The system's language until the profile's setting can be read: a start-up error is
    # said in the language the rest of the desktop speaks.
    install_translators(app, None)
    try:
        ensure_private_dir(path)
    except OSError as exc:
        signals.restore()
        problem = QCoreApplication.translate("Shell", "Cannot use the profile folder %1: %2")
        _say_start_failed(fill(problem, path, exc))
        return 2
    instance = SingleInstance(path)
    # The lock first (it is what keeps the instance single); the hand-over socket just after
    # the first paint.
    if not instance.acquire(listen=False):
        signals.restore()
        return 0  # the running instance brings its window forward
    try:
        profile = open_profile(path)
    except StoreError as exc:
        signals.restore()
        instance.release()
        _say_start_failed(str(exc))
        return 2
    services = Services(profile, clock or SystemClock())
    install_translators(app, str(services.settings.get("app.language") or ""))
    # A minimized start shows only the tray icon: nothing to paint first, so no waiting.
    shell = Shell(services, wheel_guard_after_paint=True, tray_after_paint=not minimized)
    instance.activated.connect(shell.show_window)
    signals.quit = shell.quit  # from now on a signal quits as the tray menu's Quit does
    shell.start(minimized=minimized)
    after_first_paint(
        shell.wizard or shell.window,
        instance.listen,
        shell.attach_tray,
        shell.guard_the_wheel_when_needed,
        settle_after_start,
        one_arena,  # before the warm-up and the watchers start their threads
    )
    if exit_after_start:
        QTimer.singleShot(0, shell, shell.quit)  # the tray menu's Quit, threads stopped too
    try:
        return app.exec()
    finally:
        signals.restore()
        if shell.reminders is not None:
            shell.reminders.stop()
        shell.mail.stop()
        shell.channels.stop()
        shell.hide_tray_icon()
        instance.release()
        profile.close()
