"""The mailbox watcher inside the app: its own thread, its events on the GUI thread.

``after_hours.availability.mail`` watches the mailbox and logs each client message through the shared
intake (triaged, only the matched phrases kept). The watcher and its handler run on a worker
thread with their own database connection; all they do towards Qt is emit signals, which Qt
queues to the GUI thread where the shell opens the crisis panel or shows a notification.
A password the keyring does not hold is asked for on the GUI thread (the worker waits).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from after_hours.availability.store import open_profile
from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.qt_namespace import Qt
from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.mail import MailAccount, MailWatcher, WatcherStatus, WatcherTiming

log = logging.getLogger(__name__)

PasswordAsker = Callable[["MailAccount"], "str | None"]


def ask_password_dialog(account: MailAccount) -> str | None:
    """The GUI prompt: asked at most once per session (``Passwords`` sees to that)."""
    prompt = "\n".join(
        (
            fill(
                QCoreApplication.translate("MailBridge", "Password for %1 at %2."),
                account.user,
                account.host,
            ),
            QCoreApplication.translate(
                "MailBridge",
                "It is kept in your system keyring if you chose that, otherwise only until "
                "you quit.",
            ),
        )
    )
    from PySide6.QtWidgets import QInputDialog, QLineEdit  # only when asked (not at start-up)

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("MailBridge", "After Hours: mailbox password"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class MailBridge(QObject):
    """Starts and stops the watcher; re-emits its events and status on the GUI thread."""

    event = Signal(object)  # after_hours.availability.mail.intake.MailEvent
    status_changed = Signal(str, str)  # WatcherState value, a sentence for people
    _password_wanted = Signal(object)

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        ask_password: PasswordAsker = ask_password_dialog,
        timing: WatcherTiming | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._ask_password = ask_password
        self._timing = timing
        self._answer: str | None = None
        self._thread: threading.Thread | None = None
        self.watcher: MailWatcher | None = None
        self._stop_requested = threading.Event()
        self.state = "stopped"
        self.detail = ""
        # Connected when the first watcher starts: naming the connection type builds the
        # ``Qt`` namespace, which the first paint does without (ui/base/qt_namespace.py).
        self._asks_connected = False
        self.status_changed.connect(self._remember_status)

    def account(self) -> MailAccount | None:
        from after_hours.availability.mail import MailStore

        return MailStore(self.services.profile.db, self.services.clock).account()

    def has_mailbox(self) -> bool:
        """Whether a mailbox is set up, read without loading the mail package (and email)."""
        row = self.services.profile.db.execute("SELECT 1 FROM mail_accounts LIMIT 1").fetchone()
        return row is not None

    def start(self) -> bool:
        """Watch the profile's mailbox, if one is set up. False when there is none."""
        if self._thread is not None and self._thread.is_alive():
            return True
        if not self.has_mailbox():
            return False  # the common case at start-up: nothing to watch, nothing to load
        account = self.account()
        if account is None:
            return False
        if not self._asks_connected:
            # The worker blocks until the GUI thread has asked (never called from the GUI
            # thread).
            self._password_wanted.connect(
                self._ask_on_gui_thread, Qt.ConnectionType.BlockingQueuedConnection
            )
            self._asks_connected = True
        self._stop_requested.clear()
        self.watcher = None
        self._thread = threading.Thread(
            target=self._run, args=(account,), name="after-hours-mail", daemon=True
        )
        self._thread.start()
        return True

    def stop(self, timeout: float = 10.0) -> None:
        """End the watcher promptly (an IDLE wait wakes at once) and wait for its thread."""
        # Set first: a worker that has not built its watcher yet sees it and does not start.
        self._stop_requested.set()
        watcher = self.watcher
        if watcher is not None:
            watcher.stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- the worker thread ------------------------------------------------------------------

    def _run(self, account: MailAccount) -> None:
        from after_hours.availability.channels.store import ChannelStore
        from after_hours.availability.mail import MailError, MailStore, MailWatcher, Passwords
        from after_hours.availability.mail.intake import MailEvent, MailIntake

        clock = self.services.clock
        profile = open_profile(self.services.profile.home)
        # The live state, for `after-hours channels` and the pages, written on this thread.
        channels = ChannelStore(profile.db, clock)

        def on_event(event: MailEvent) -> None:
            channels.note_message("mail", event.contact.at)
            self.event.emit(event)

        def on_status(status: WatcherStatus) -> None:
            channels.set_status("mail", status.state.value, status.detail)
            self._on_status(status)

        try:
            intake = MailIntake(profile.db, clock, on_event)
            self.watcher = MailWatcher(
                account,
                Passwords(self._prompt),
                MailStore(profile.db, clock),
                intake,
                clock=clock,
                timing=self._timing,
                on_status=on_status,
            )
            if not self._stop_requested.is_set():
                self.watcher.run()
        except MailError as exc:
            channels.set_status("mail", "failed", str(exc))
            self.status_changed.emit("failed", str(exc))
        except Exception:
            log.exception("The mailbox watcher stopped on an unexpected error.")
            self.status_changed.emit(
                "failed", "The mailbox watcher stopped on an unexpected error; see the log."
            )
        finally:
            profile.close()

    def _on_status(self, status: WatcherStatus) -> None:
        self.status_changed.emit(status.state.value, status.detail)

    def _prompt(self, account: MailAccount) -> str | None:
        self._answer = None
        self._password_wanted.emit(account)
        answer, self._answer = self._answer, None
        return answer

    # -- the GUI thread ----------------------------------------------------------------------

    def _ask_on_gui_thread(self, account: MailAccount) -> None:
        self._answer = self._ask_password(account)

    def _remember_status(self, state: str, detail: str) -> None:
        self.state, self.detail = state, detail
