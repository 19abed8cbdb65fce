"""Where the mail password lives: the OS keyring, or only this process's memory. Never a file.

This fails closed. A keyring backend that cannot really keep a secret (keyring's ``fail`` and
``null`` backends, or any backend of priority below 1, such as a plaintext file keyring from
keyrings.alt) counts as "no secure store". Then, and when the user chose "never store my
password", the password is asked once per session through an injected :data:`PasswordPrompt`
and kept in memory only. Vorta and Maestral fall back to plaintext with a warning; we do not.
"""

from __future__ import annotations

from collections.abc import Callable

from after_hours.availability.mail.errors import PasswordUnavailableError
from after_hours.availability.mail.model import MailAccount, PasswordStorage
from after_hours.availability.secrets import KeyringSecrets as _KeyringSecrets
from after_hours.availability.secrets import is_secure_backend

__all__ = ["SERVICE", "KeyringSecrets", "PasswordPrompt", "Passwords", "is_secure_backend"]

SERVICE = "after-hours mail"


class KeyringSecrets(_KeyringSecrets):
    """The mail passwords' place in the keyring (service "after-hours mail")."""

    def __init__(self, service: str = SERVICE) -> None:
        super().__init__(service)


# Asks the user for the account's password; None (or "") when they decline.
PasswordPrompt = Callable[[MailAccount], str | None]


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
