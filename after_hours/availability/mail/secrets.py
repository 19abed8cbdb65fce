"""Where the mail password lives: the OS keyring, or only this process's memory. Never a file.

This fails closed. A keyring backend that cannot really keep a secret (keyring's ``fail`` and
``null`` backends, or any backend of priority below 1, such as a plaintext file keyring from
keyrings.alt) counts as "no secure store". Then, and when the user chose "never store my
password", the password is asked once per session through an injected :data:`PasswordPrompt`
and kept in memory only. Vorta and Maestral fall back to plaintext with a warning; we do not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from after_hours.availability.mail.errors import PasswordUnavailableError
from after_hours.availability.mail.model import MailAccount, PasswordStorage

log = logging.getLogger(__name__)

SERVICE = "after-hours mail"

# Asks the user for the account's password; None (or "") when they decline.
PasswordPrompt = Callable[[MailAccount], str | None]


def is_secure_backend(backend: KeyringBackend) -> bool:
    """True when ``backend`` is a real secret store (Secret Service, Keychain, Windows)."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot even say how good it is
        return False
    return priority >= 1


class KeyringSecrets:
    """Thin wrapper over ``keyring`` that turns every keyring failure into "not available"."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def available(self) -> bool:
        try:
            return is_secure_backend(keyring.get_keyring())
        except Exception:
            return False

    def backend_name(self) -> str:
        backend = keyring.get_keyring()
        return str(getattr(backend, "name", type(backend).__name__))

    def get(self, key: str) -> str | None:
        if not self.available():
            return None
        try:
            value = keyring.get_password(self.service, key)
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring could not be read (%s).", type(exc).__name__)
            return None
        return value or None

    def set(self, key: str, password: str) -> bool:
        """Store the password; False (and nothing written anywhere) when the keyring refuses."""
        if not self.available():
            return False
        try:
            keyring.set_password(self.service, key, password)
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring refused the password (%s).", type(exc).__name__)
            return False
        return True

    def delete(self, key: str) -> None:
        if not self.available():
            return
        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: fine
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring could not delete the password (%s).", type(exc).__name__)


class Passwords:
    """Hands the watcher a password, asking the user at most once per session per account.

    One instance lives as long as the app (or the CLI command): that is "the session".
    """

    def __init__(
        self, prompt: PasswordPrompt | None = None, keyring_secrets: KeyringSecrets | None = None
    ) -> None:
        self._prompt = prompt
        self._keyring = keyring_secrets or KeyringSecrets()
        self._session: dict[str, str] = {}
        self._asked: set[str] = set()

    def uses_keyring(self, account: MailAccount) -> bool:
        """Whether this account's password goes to the keyring (chosen, and one is usable)."""
        return account.password_storage is PasswordStorage.KEYRING and self._keyring.available()

    def remember(self, account: MailAccount, password: str) -> str:
        """Keep a password the user just typed. Returns ``"keyring"`` or ``"session"``."""
        self._session[account.key] = password
        self._asked.add(account.key)
        if self.uses_keyring(account) and self._keyring.set(account.key, password):
            return "keyring"
        return "session"

    def get(self, account: MailAccount) -> str:
        """The password, from memory, the keyring, or (once per session) the prompt."""
        key = account.key
        if key in self._session:
            return self._session[key]
        if self.uses_keyring(account):
            stored = self._keyring.get(key)
            if stored:
                self._session[key] = stored
                return stored
        if key in self._asked or self._prompt is None:
            raise PasswordUnavailableError(
                f"No password for {account.user} at {account.host} in this session. "
                "Start the watcher again to be asked for it."
            )
        self._asked.add(key)
        given = self._prompt(account)
        if not given:
            raise PasswordUnavailableError(
                f"No password was given for {account.user} at {account.host}; the mailbox is "
                "not watched in this session."
            )
        self._session[key] = given
        return given

    def rejected(self, account: MailAccount) -> None:
        """The server refused it: drop the session copy so a deliberate retry may ask again."""
        self._session.pop(account.key, None)
        self._asked.discard(account.key)

    def forget(self, account: MailAccount) -> None:
        """Remove the password everywhere it is kept (account removed)."""
        self._session.pop(account.key, None)
        self._asked.discard(account.key)
        self._keyring.delete(account.key)
