"""The work mailbox, set up in the app: server, security, user, password, folders, senders.

Used by Settings' Channels group and by the first-run wizard. The check and the rules about
where the password goes are ``after_hours.availability.mail.setup``, the same service as
``after-hours mail add|test|remove``. The connection check runs on a worker thread (a slow or
silent server must never freeze the window); its answer comes back as a queued signal.

The password field is the only place the password passes through; it goes to the system
keyring when there is a secure one and the user allows it, and otherwise is kept only for this
session (the watcher asks once each time it starts). It is never written to a file.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from after_hours.ui.base.services import Services

if TYPE_CHECKING:
    from after_hours.availability.mail import MailAccount, MailStore
    from after_hours.availability.mail.setup import CheckResult


class MailboxSetup(QWidget):
    """Fields, Test connection, Save, Remove, and the client addresses (the sender map)."""

    changed = Signal()  # the mailbox was saved or removed: the watcher should restart
    _checked = Signal(object, object, str)  # action, CheckResult or None, error sentence

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._thread: threading.Thread | None = None
        self._pending: tuple[MailAccount, str] | None = None
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. imap.agency.example"))
        self.host.setAccessibleName(self.tr("Mail server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.port.setAccessibleName(self.tr("Port"))
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS (port 993)"), "tls")
        self.security.addItem(self.tr("STARTTLS (port 143)"), "starttls")
        self.security.setAccessibleName(self.tr("Security"))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.folders = QLineEdit("INBOX")
        self.folders.setAccessibleName(self.tr("Folders to watch"))
        self.folders.setToolTip(self.tr("Separate several folders with commas"))
        self.cafile = QLineEdit()
        self.cafile.setPlaceholderText(self.tr("optional: your agency's certificate authority"))
        self.cafile.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_cafile)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.cafile, 1)
        ca_row.addWidget(browse)
        self.store_password = QCheckBox(self.tr("Keep the password in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Save &mailbox"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("&Remove mailbox"))
        self.remove_button.clicked.connect(self.remove)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Mailbox state"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Connection check"))

        self.senders = QListWidget()
        self.senders.setMaximumHeight(90)
        self.senders.setAccessibleName(self.tr("Client addresses"))
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText(self.tr("client's address"))
        self.sender_address.setAccessibleName(self.tr("Client's email address"))
        self.sender_pseudonym = QLineEdit()
        self.sender_pseudonym.setPlaceholderText(self.tr("pseudonym, e.g. J.D."))
        self.sender_pseudonym.setAccessibleName(self.tr("Client's pseudonym"))
        add_sender = QPushButton(self.tr("&Add"))
        add_sender.clicked.connect(self.add_sender)
        remove_sender = QPushButton(self.tr("Remove selected"))
        remove_sender.clicked.connect(self.remove_sender)
        sender_row = QHBoxLayout()
        sender_row.addWidget(self.sender_address, 2)
        sender_row.addWidget(self.sender_pseudonym, 1)
        sender_row.addWidget(add_sender)
        sender_row.addWidget(remove_sender)

        form = QFormLayout()
        form.addRow(self.tr("Mail &server"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("Se&curity"), self.security)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow("", self.store_password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("&Folders"), self.folders)
        form.addRow(self.tr("CA file"), ca_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Clients' addresses (only their messages are read):")))
        layout.addWidget(self.senders)
        layout.addLayout(sender_row)

        self._checked.connect(self._on_checked)
        services.events.mail_status.connect(self.show_status)
        self.load()

    # -- reading the profile ----------------------------------------------------------------

    def _store(self) -> MailStore:
        from after_hours.availability.mail import MailStore

        return MailStore(self.services.profile.db, self.services.clock)

    def _secure_keyring(self) -> bool:
        from after_hours.availability.mail.secrets import KeyringSecrets

        return KeyringSecrets().available()

    def load(self) -> None:
        """Fill the fields from the saved mailbox (never the password) and say its state."""
        account = self._store().account()
        secure = self._secure_keyring()
        self.store_password.setEnabled(secure)
        if secure:
            self.keyring_note.setText(
                self.tr("Without it, the password is asked once each time After Hours starts.")
            )
        else:
            self.store_password.setChecked(False)
            self.keyring_note.setText(
                self.tr(
                    "No secure system keyring here, so the password is never stored: After "
                    "Hours asks for it once each time it starts."
                )
            )
        self.remove_button.setEnabled(account is not None)
        if account is None:
            self.state.setText(self.tr("No mailbox yet."))
            self.store_password.setChecked(secure)
        else:
            self.host.setText(account.host)
            self.port.setValue(account.port)
            index = self.security.findData(account.security.value)
            if index >= 0:
                self.security.setCurrentIndex(index)
            self.user.setText(account.user)
            self.folders.setText(", ".join(account.folders))
            self.cafile.setText(account.cafile or "")
            self.store_password.setChecked(secure and account.password_storage.value == "keyring")
            self.state.setText(
                self.tr("%s at %s, watched while After Hours runs.")
                % (account.user, account.address)
            )
        self._load_senders()

    def _load_senders(self) -> None:
        self.senders.clear()
        for sender in self._store().senders():
            self.senders.addItem(f"{sender.address} → {sender.pseudonym}")

    def show_status(self, state: str, detail: str) -> None:
        """The watcher's live state, as the shell reports it."""
        account = self._store().account()
        if account is None:
            return
        words = {
            "watching": self.tr("watching"),
            "waiting": self.tr("waiting to reconnect"),
            "failed": self.tr("not watched"),
            "connecting": self.tr("connecting"),
            "stopped": self.tr("stopped"),
        }.get(state, state)
        line = self.tr("%s at %s: %s.") % (account.user, account.address, words)
        self.state.setText(f"{line} {detail}".strip())

    # -- the account the fields describe ----------------------------------------------------

    def account(self) -> MailAccount | None:
        """The fields as an account, or None with the reason in the result line."""
        from after_hours.availability.mail import MailAccount, PasswordStorage, Security

        folders = tuple(f.strip() for f in self.folders.text().split(",") if f.strip())
        cafile = self.cafile.text().strip() or None
        if cafile is not None and not Path(cafile).is_file():
            self.result.setText(self.tr("The CA file %s does not exist.") % cafile)
            return None
        try:
            return MailAccount(
                host=self.host.text().strip(),
                user=self.user.text().strip(),
                port=self.port.value(),
                security=Security(str(self.security.currentData())),
                folders=folders,
                cafile=cafile,
                password_storage=PasswordStorage.KEYRING
                if self.store_password.isChecked()
                else PasswordStorage.SESSION,
            )
        except ValueError as exc:
            self.result.setText(str(exc))
            return None

    def _password_for(self, account: MailAccount) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        from after_hours.availability.mail.secrets import KeyringSecrets

        saved = self._store().account()
        if saved is not None and saved.key == account.key:
            stored = KeyringSecrets().get(account.key)
            if stored:
                return stored
        self.result.setText(self.tr("Type the password first."))
        return None

    # -- actions ----------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def test(self) -> bool:
        """Log in and open the folders on a worker thread; changes nothing."""
        return self._start("test")

    def save(self) -> bool:
        """Check the mailbox, then save it (nothing is saved when the check fails)."""
        return self._start("save")

    def _start(self, action: str) -> bool:
        if self.busy():
            return False
        account = self.account()
        if account is None:
            return False
        password = self._password_for(account)
        if password is None:
            return False
        self._pending = (account, password) if action == "save" else None
        self.result.setText(self.tr("Connecting to %s…") % account.address)
        for button in (self.test_button, self.save_button):
            button.setEnabled(False)
        self._thread = threading.Thread(
            target=self._work,
            args=(action, account, password),
            daemon=True,
            name="after-hours-mail-check",
        )
        self._thread.start()
        return True

    def _work(self, action: str, account: MailAccount, password: str) -> None:
        from after_hours.availability.mail import MailError
        from after_hours.availability.mail.setup import check

        try:
            found: CheckResult | None = check(account, password)
            problem = ""
        except MailError as exc:
            found, problem = None, str(exc)
        except Exception as exc:  # an unexpected failure is still said, never swallowed
            found, problem = None, f"The check failed: {exc}"
        # The window may have closed while the check ran.
        with contextlib.suppress(RuntimeError):
            self._checked.emit(action, found, problem)

    def _on_checked(self, action: str, found: CheckResult | None, problem: str) -> None:
        for button in (self.test_button, self.save_button):
            button.setEnabled(True)
        pending, self._pending = self._pending, None
        if found is None:
            suffix = self.tr(" Nothing was saved.") if action == "save" else ""
            self.result.setText(problem + suffix)
            return
        if action == "test" or pending is None:
            self.result.setText(self.tr("Connected. %s Nothing was changed.") % found.sentence())
            return
        self._save_checked(pending[0], pending[1], found)

    def _save_checked(self, account: MailAccount, password: str, found: CheckResult) -> None:
        from after_hours.availability.mail.secrets import Passwords
        from after_hours.availability.mail.setup import AnotherMailboxError, save_account

        try:
            saved = save_account(self._store(), Passwords(), account, password)
        except AnotherMailboxError as exc:
            self.result.setText(str(exc))
            return
        self.password.clear()
        if saved.password_in == "keyring":
            where = self.tr("The password is in the system keyring.")
        else:
            where = self.tr(
                "The password was not stored: it is asked once each time After Hours starts."
            )
        self.result.setText(self.tr("Saved. %s %s") % (found.sentence(), where))
        self.load()
        self.changed.emit()

    def remove(self) -> bool:
        """Forget the mailbox and its stored password; the client addresses stay."""
        from after_hours.availability.mail.secrets import Passwords
        from after_hours.availability.mail.setup import remove_account

        account = self._store().account()
        if account is None:
            return False
        remove_account(self._store(), Passwords(), account)
        self.password.clear()
        self.result.setText(
            self.tr("Removed %s at %s and its stored password. The client addresses were kept.")
            % (account.user, account.address)
        )
        self.load()
        self.changed.emit()
        return True

    def add_sender(self) -> bool:
        from after_hours.availability.mail.addresses import AddressError

        try:
            self._store().add_sender(self.sender_address.text(), self.sender_pseudonym.text())
        except (AddressError, ValueError) as exc:
            self.result.setText(str(exc))
            return False
        self.sender_address.clear()
        self.sender_pseudonym.clear()
        self._load_senders()
        return True

    def remove_sender(self) -> None:
        item = self.senders.currentItem()
        if item is None:
            return
        address = item.text().split(" → ", 1)[0]
        self._store().remove_sender(address)
        self._load_senders()

    def _security_changed(self) -> None:
        self.port.setValue(993 if self.security.currentData() == "tls" else 143)

    def _browse_cafile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority"),
            "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if name:
            self.cafile.setText(name)
