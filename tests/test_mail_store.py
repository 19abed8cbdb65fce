"""The mail tables: accounts, the sender map (case-insensitive), folder state and seen messages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from after_hours.availability.clock import ManualClock
from after_hours.availability.mail import (
    AddressError,
    MailAccount,
    MailStore,
    PasswordStorage,
    Security,
    UnknownSenders,
    normalise_address,
)
from after_hours.availability.mail.addresses import sender_address
from after_hours.availability.store import Profile


def test_an_account_round_trips_without_any_password_column(
    profile: Profile, clock: ManualClock
) -> None:
    store = MailStore(profile.db, clock)
    saved = store.add_account(
        MailAccount(
            host="imap.example.org",
            user="dr@example.org",
            security=Security.STARTTLS,
            port=143,
            folders=("INBOX", "Clients"),
            cafile="/etc/ca.pem",
            unknown_senders=UnknownSenders.LOG,
            password_storage=PasswordStorage.SESSION,
        )
    )
    assert store.account() == saved
    assert saved.created_at == clock.now()
    columns = {c.name for c in profile.db.table("mail_accounts").columns}
    assert not any("pass" in c and c != "password_storage" for c in columns)


def test_plain_needs_the_explicit_testing_flag() -> None:
    with pytest.raises(ValueError, match="only allowed when explicitly chosen"):
        MailAccount(host="h", user="u", security=Security.PLAIN, port=143)
    MailAccount(host="h", user="u", security=Security.PLAIN, port=143, allow_unencrypted=True)


def test_defaults_are_implicit_tls_on_993_watching_the_inbox() -> None:
    account = MailAccount(host="imap.example.org", user="dr")
    assert (account.security, account.port, account.folders) == (Security.TLS, 993, ("INBOX",))
    assert account.unknown_senders is UnknownSenders.IGNORE
    assert account.password_storage is PasswordStorage.KEYRING


def test_the_sender_map_ignores_case_and_display_names(
    profile: Profile, clock: ManualClock
) -> None:
    store = MailStore(profile.db, clock)
    store.add_sender("  Sam.Client@Client.EXAMPLE ", "S.C.")
    assert store.pseudonym_for(normalise_address('"Sam" <sam.client@client.example>')) == "S.C."
    store.add_sender("sam.client@client.example", "Client 14")  # re-mapping replaces
    assert [(s.address, s.pseudonym) for s in store.senders()] == [
        ("sam.client@client.example", "Client 14")
    ]
    assert store.remove_sender("SAM.CLIENT@client.example")
    assert store.senders() == []
    assert not store.remove_sender("sam.client@client.example")


@pytest.mark.parametrize("bad", ["", "sam", "sam@", "@example.org", "sam at example.org"])
def test_not_an_address_is_refused(bad: str) -> None:
    with pytest.raises(AddressError):
        normalise_address(bad)


def test_sender_address_takes_the_from_header_apart() -> None:
    assert sender_address("=?utf-8?q?Zo=C3=A9?= <Zoe@Example.org>") == "zoe@example.org"
    assert sender_address("undisclosed-recipients:;") is None
    assert sender_address("") is None


@given(st.emails())
def test_normalising_is_idempotent_and_case_blind(address: str) -> None:
    once = normalise_address(address)
    assert normalise_address(once) == once
    assert normalise_address(address.upper()) == normalise_address(address.lower())


def test_seen_messages_and_folder_state(profile: Profile, clock: ManualClock) -> None:
    store = MailStore(profile.db, clock)
    account = store.add_account(MailAccount(host="h.example", user="u"))
    assert account.id is not None
    assert store.folder_state(account.id, "INBOX") is None
    store.save_folder_state(account.id, "INBOX", 7, 41, clock.now())
    state = store.folder_state(account.id, "INBOX")
    assert state is not None and (state.uidvalidity, state.last_uid) == (7, 41)
    store.mark_seen(account.id, "INBOX", 7, 42, "<a@b>")
    store.mark_seen(account.id, "INBOX", 7, 42, "<a@b>")  # twice is harmless
    assert store.uid_seen(account.id, "INBOX", 7, 42)
    assert not store.uid_seen(account.id, "INBOX", 8, 42)  # another UIDVALIDITY: another message
    assert store.message_id_seen("<a@b>")
    store.remove_account(account.id)
    assert store.account() is None
    assert not store.message_id_seen("<a@b>")
    assert store.folder_state(account.id, "INBOX") is None


def test_times_are_stored_in_utc(profile: Profile) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 4, 40, tzinfo=UTC))
    store = MailStore(profile.db, clock)
    store.add_account(MailAccount(host="h.example", user="u"))
    row = profile.db.execute("SELECT created_at FROM mail_accounts").fetchone()
    assert row[0] == "2026-11-21T04:40:00Z"
