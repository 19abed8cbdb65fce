"""Secrets in the OS keyring, failing closed: the mail password, the calendar's secret address.

A keyring backend that cannot really keep a secret (keyring's ``fail`` and ``null`` backends, or
any backend of priority below 1, such as a plaintext file keyring from keyrings.alt) counts as
"no secure store": then nothing is written anywhere, and the caller decides what to do (ask
each session for the mail password; refuse to subscribe to a calendar). Vorta and Maestral
fall back to plaintext with a warning; we do not. Log lines name the failure's type only, never
a secret.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

log = logging.getLogger(__name__)

__all__ = ["KeyringSecrets", "is_secure_backend"]


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

    def __init__(self, service: str) -> None:
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

    def set(self, key: str, secret: str) -> bool:
        """Store the secret; False (and nothing written anywhere) when the keyring refuses."""
        if not self.available():
            return False
        try:
            keyring.set_password(self.service, key, secret)
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring refused the secret (%s).", type(exc).__name__)
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
            log.warning("The keyring could not delete the secret (%s).", type(exc).__name__)
