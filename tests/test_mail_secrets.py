"""The password store fails closed: a real keyring or memory for the session, nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import null

from after_hours.availability.mail import (
    KeyringSecrets,
    MailAccount,
    Passwords,
    PasswordStorage,
    PasswordUnavailableError,
)
from after_hours.availability.mail.secrets import SERVICE, is_secure_backend
from tests.imap_server import (  # noqa: F401  (fixtures)
    MemoryKeyring,
    fixture_memory_keyring,
    fixture_no_keyring,
)

ACCOUNT = MailAccount(host="imap.example.org", user="dr@example.org")
SESSION_ONLY = MailAccount(
    host="imap.example.org", user="dr@example.org", password_storage=PasswordStorage.SESSION
)


class Asker:
    """A PasswordPrompt that counts how often the user was bothered."""

    def __init__(self, answer: str | None = "s3cret-pw") -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self, account: MailAccount) -> str | None:
        self.calls += 1
        return self.answer


class WeakKeyring(MemoryKeyring):
    """Like a plaintext file keyring: it works, but keyring itself ranks it below 1."""

    priority = 0.5  # type: ignore[assignment]


class LockedKeyring(MemoryKeyring):
    """A keyring that is present but refuses to store (locked, prompt dismissed)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("Prompt dismissed")


@pytest.fixture
def installed() -> Iterator[list[object]]:
    """Install a given backend for one test and restore the previous one after."""
    previous = keyring.get_keyring()
    holder: list[object] = []
    try:
        yield holder
    finally:
        keyring.set_keyring(previous)


def test_with_a_usable_keyring_the_password_goes_there_and_is_not_asked(
    memory_keyring: MemoryKeyring,
) -> None:
    assert Passwords().remember(ACCOUNT, "s3cret-pw") == "keyring"
    assert memory_keyring.items == {(SERVICE, ACCOUNT.key): "s3cret-pw"}
    asker = Asker()
    assert Passwords(asker).get(ACCOUNT) == "s3cret-pw"  # a new session reads the keyring
    assert asker.calls == 0


def test_never_store_keeps_the_keyring_empty_even_when_one_exists(
    memory_keyring: MemoryKeyring,
) -> None:
    passwords = Passwords(Asker())
    assert passwords.remember(SESSION_ONLY, "s3cret-pw") == "session"
    assert memory_keyring.items == {}
    assert passwords.get(SESSION_ONLY) == "s3cret-pw"


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_user_is_asked_once_per_session() -> None:
    assert not KeyringSecrets().available()
    asker = Asker()
    session = Passwords(asker)
    assert session.get(ACCOUNT) == "s3cret-pw"
    assert session.get(ACCOUNT) == "s3cret-pw"
    assert session.get(ACCOUNT) == "s3cret-pw"
    assert asker.calls == 1
    # A new session (the app restarted) asks again, once.
    assert Passwords(asker).get(ACCOUNT) == "s3cret-pw"
    assert asker.calls == 2


@pytest.mark.usefixtures("no_keyring")
def test_a_declined_prompt_is_not_repeated_in_the_same_session() -> None:
    asker = Asker(answer=None)
    session = Passwords(asker)
    with pytest.raises(PasswordUnavailableError, match="No password was given"):
        session.get(ACCOUNT)
    with pytest.raises(PasswordUnavailableError, match="in this session"):
        session.get(ACCOUNT)
    assert asker.calls == 1


@pytest.mark.usefixtures("no_keyring")
def test_a_rejected_password_may_be_asked_again_on_a_deliberate_retry() -> None:
    asker = Asker()
    session = Passwords(asker)
    session.get(ACCOUNT)
    session.rejected(ACCOUNT)
    session.get(ACCOUNT)
    assert asker.calls == 2


@pytest.mark.usefixtures("no_keyring")
def test_the_fail_backend_stores_nothing_and_raises_nothing() -> None:
    passwords = Passwords(Asker())
    assert passwords.remember(ACCOUNT, "s3cret-pw") == "session"
    passwords.forget(ACCOUNT)  # no error from the fail backend


def test_null_and_low_priority_backends_are_not_secure(installed: list[object]) -> None:
    assert not is_secure_backend(null.Keyring())
    weak = WeakKeyring()
    keyring.set_keyring(weak)
    assert Passwords().remember(ACCOUNT, "s3cret-pw") == "session"
    assert weak.items == {}
    assert is_secure_backend(MemoryKeyring())


def test_a_keyring_that_refuses_falls_back_to_memory(installed: list[object]) -> None:
    locked = LockedKeyring()
    keyring.set_keyring(locked)
    passwords = Passwords(Asker())
    assert passwords.remember(ACCOUNT, "s3cret-pw") == "session"
    assert locked.items == {}
    assert passwords.get(ACCOUNT) == "s3cret-pw"


def test_forget_removes_the_keyring_entry(memory_keyring: MemoryKeyring) -> None:
    Passwords().remember(ACCOUNT, "s3cret-pw")
    Passwords().forget(ACCOUNT)
    assert memory_keyring.items == {}
    asker = Asker(answer=None)
    with pytest.raises(PasswordUnavailableError):
        Passwords(asker).get(ACCOUNT)
