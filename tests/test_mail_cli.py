"""``mail ...`` and ``watch`` through the CLI, with and without a real server."""

from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import keyring
import pytest

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.mail import MailStore
from after_hours.availability.mail.secrets import SERVICE
from after_hours.availability.store import open_profile
from tests.helpers import cli
from tests.imap_server import (  # noqa: F401  (fixtures)
    Mailbox,
    MemoryKeyring,
    email_message,
    fixture_dovecot,
    fixture_mailbox,
    fixture_memory_keyring,
    fixture_no_keyring,
)

CLIENT = "sam.client@client.example"


def add_args(mb: Mailbox, *extra: str) -> list[str]:
    server = mb.server
    return [
        "mail", "add", "--host", server.host, "--port", str(server.imaps_port),
        "--user", mb.user, "--cafile", str(server.ca.ca_cert), *extra,
    ]  # fmt: skip


def test_mail_add_without_checking_stores_the_password_in_the_keyring(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    r = cli(
        home, "mail", "add", "--host", "imap.example.org", "--user", "dr@example.org",
        "--folder", "INBOX", "--folder", "Clients", "--no-check", stdin="pw-123\n",
    )  # fmt: skip
    assert r.status == 0, r.err
    assert "Added dr@example.org at imap.example.org:993 (TLS, certificate checked)" in r.out
    assert "The password is in the system keyring." in r.out
    assert memory_keyring.items == {(SERVICE, "dr@example.org@imap.example.org:993"): "pw-123"}
    shown = cli(home, "mail", "show", "--json").json()
    assert shown["folders"] == ["INBOX", "Clients"]
    assert shown["security"] == "tls" and shown["port"] == 993
    assert "pw-123" not in str(shown)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_mail_add_says_the_password_will_be_asked(home: Path) -> None:
    r = cli(
        home, "mail", "add", "--host", "imap.example.org", "--user", "dr", "--starttls",
        "--no-check", stdin="pw-123\n",
    )  # fmt: skip
    assert r.status == 0, r.err
    assert "imap.example.org:143 (STARTTLS" in r.out
    assert "No secure keyring is available here" in r.out
    assert b"pw-123" not in (home / "after-hours.db").read_bytes()


def test_never_store_is_honoured_even_with_a_keyring(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    r = cli(
        home, "mail", "add", "--host", "h.example", "--user", "dr", "--no-store-password",
        "--no-check", stdin="pw-123\n",
    )  # fmt: skip
    assert r.status == 0, r.err
    assert "not stored, as you asked" in r.out
    assert memory_keyring.items == {}


def test_a_keyring_that_refuses_is_named_and_nothing_is_written(home: Path) -> None:
    from tests.test_mail_secrets import LockedKeyring

    previous = keyring.get_keyring()
    locked = LockedKeyring()
    keyring.set_keyring(locked)
    try:
        r = cli(
            home, "mail", "add", "--host", "h.example", "--user", "dr", "--no-check", stdin="pw-9\n"
        )
    finally:
        keyring.set_keyring(previous)
    assert r.status == 0, r.err
    assert "The system keyring refused the password" in r.out
    assert locked.items == {}


def test_plain_is_only_possible_with_the_explicit_flag(home: Path) -> None:
    r = cli(
        home, "mail", "add", "--host", "h.example", "--user", "dr", "--insecure-plain",
        "--no-check", stdin="pw\n",
    )  # fmt: skip
    assert r.status == 0, r.err
    assert "unencrypted, for testing only" in r.out
    assert "warning: this connection is unencrypted" in r.err
    with pytest.raises(SystemExit) as refused:
        cli(home, "mail", "add", "--host", "h", "--user", "u", "--starttls", "--insecure-plain")
    assert refused.value.code == 2


def test_a_second_mailbox_must_replace_the_first_deliberately(home: Path) -> None:
    assert (
        cli(
            home, "mail", "add", "--host", "a.example", "--user", "dr", "--no-check", stdin="p\n"
        ).status
        == 0
    )
    r = cli(home, "mail", "add", "--host", "b.example", "--user", "dr", "--no-check", stdin="p\n")
    assert r.status == 2
    assert "already set up (dr at a.example:993)" in r.err
    # The same mailbox again updates its settings.
    r = cli(
        home,
        "mail",
        "add",
        "--host",
        "a.example",
        "--user",
        "dr",
        "--folder",
        "Clients",
        "--no-check",
        stdin="p\n",
    )
    assert r.status == 0 and "Updated" in r.out
    assert cli(home, "mail", "show", "--json").json()["folders"] == ["Clients"]


def test_remove_forgets_the_account_and_its_password(
    home: Path, memory_keyring: MemoryKeyring
) -> None:
    cli(home, "mail", "add", "--host", "h.example", "--user", "dr", "--no-check", stdin="pw\n")
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")
    r = cli(home, "mail", "remove")
    assert r.status == 0 and "client addresses were kept" in r.out
    assert memory_keyring.items == {}
    assert cli(home, "mail", "show").status == 2
    assert cli(home, "mail", "senders", "list", "--json").json() == [
        {"address": CLIENT, "pseudonym": "S.C."}
    ]


def test_the_sender_map_commands(home: Path) -> None:
    r = cli(home, "mail", "senders", "add", "Sam <Sam.Client@CLIENT.example>", "S.C.")
    assert r.out.strip() == f"Messages from {CLIENT} are from S.C."
    assert cli(home, "mail", "senders", "list").out == f"{CLIENT}\tS.C.\n"
    assert cli(home, "mail", "senders", "add", "not-an-address", "X").status == 2
    assert cli(home, "mail", "senders", "remove", "SAM.client@client.example").status == 0
    gone = cli(home, "mail", "senders", "remove", CLIENT)
    assert gone.status == 1 and "not in the sender map" in gone.err


def test_commands_that_need_a_mailbox_say_how_to_add_one(home: Path) -> None:
    for args in (["mail", "test"], ["watch", "--once"], ["mail", "remove"]):
        r = cli(home, *args)
        assert r.status == 2
        assert "after-hours mail add" in r.err


# -- against the real server ---------------------------------------------------------------


@pytest.mark.imap
def test_add_test_and_watch_once_against_a_real_server(
    home: Path, mailbox: Mailbox, memory_keyring: MemoryKeyring
) -> None:
    r = cli(home, *add_args(mailbox), stdin=mailbox.password + "\n", clock=SystemClock())
    assert r.status == 0, r.err
    assert "Watching INBOX (0 messages); IDLE." in r.out
    t = cli(home, "mail", "test")
    assert t.status == 0, t.err
    assert "Nothing was changed on the server." in t.out
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")
    mailbox.deliver(email_message(CLIENT, "hello"))
    mailbox.deliver(email_message("someone@else.example", "not a client"))
    once = cli(home, "watch", "--once", clock=SystemClock())
    assert once.status == 0, once.err
    assert "1 new message." in once.out
    assert "\tS.C.\t" in once.out
    assert "hello" not in once.out  # the text is never printed
    assert cli(home, "watch", "--once").out.strip() == "0 new messages."


@pytest.mark.imap
@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_watch_once_reads_the_password_from_stdin(
    home: Path, mailbox: Mailbox
) -> None:
    assert cli(home, *add_args(mailbox), stdin=mailbox.password + "\n").status == 0
    r = cli(home, "watch", "--once")
    assert r.status == 2 and "No password was given" in r.err
    assert cli(home, "watch", "--once", stdin=mailbox.password + "\n").status == 0


@pytest.mark.imap
def test_a_wrong_password_or_untrusted_certificate_saves_nothing(
    home: Path, mailbox: Mailbox, memory_keyring: MemoryKeyring
) -> None:
    r = cli(home, *add_args(mailbox), stdin="wrong\n")
    assert r.status == 2
    assert r.err == (
        f"after-hours: The server rejected the password for {mailbox.user} at 127.0.0.1. "
        "Nothing was saved.\n"
    )
    args = add_args(mailbox)
    no_ca = args[: args.index("--cafile")]
    r = cli(home, *no_ca, stdin=mailbox.password + "\n")
    assert r.status == 2
    assert r.err.startswith("after-hours: Certificate not trusted: ")
    r = cli(home, *add_args(mailbox, "--folder", "Nope"), stdin=mailbox.password + "\n")
    assert "The folder Nope does not exist" in r.err
    r = cli(home, "mail", "add", "--host", "127.0.0.1", "--port", "1", "--user", "u", stdin="p\n")
    assert r.err.startswith("after-hours: Cannot reach 127.0.0.1:1")
    assert memory_keyring.items == {}
    with open_profile(home) as p:
        assert MailStore(p.db, ManualClock.__new__(ManualClock)).account() is None


@pytest.mark.imap
def test_the_password_is_in_no_file_of_the_profile_and_no_log_line(
    home: Path, mailbox: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # No keyring (the Makefile's null backend): the most tempting case to write it down.
    assert cli(home, *add_args(mailbox), stdin=mailbox.password + "\n").status == 0
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")
    mailbox.deliver(email_message(CLIENT, "hello"))
    r = cli(home, "watch", "--once", stdin=mailbox.password + "\n")
    assert r.status == 0, r.err
    assert cli(home, "backup").status == 0
    for path in (p for p in home.rglob("*") if p.is_file()):
        assert mailbox.password.encode() not in path.read_bytes(), path
    assert mailbox.password not in caplog.text + r.out + r.err
    assert caplog.records, "imapclient's debug log should have been captured"


@pytest.mark.imap
def test_watch_runs_headless_until_sigterm(home: Path, mailbox: Mailbox) -> None:
    assert cli(home, *add_args(mailbox), stdin=mailbox.password + "\n").status == 0
    cli(home, "mail", "senders", "add", CLIENT, "S.C.")
    code = "import sys; from after_hours.ui.main import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--home", str(home), "watch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    lines: queue.Queue[tuple[str, str]] = queue.Queue()

    def pump(name: str, stream: IO[str]) -> None:
        for line in stream:
            lines.put((name, line))

    pumps = []
    for name, stream in (("out", proc.stdout), ("err", proc.stderr)):
        assert stream is not None
        pumps.append(threading.Thread(target=pump, args=(name, stream), daemon=True))
        pumps[-1].start()

    def expect(name: str, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got_name, line = lines.get(timeout=left)
            except queue.Empty:
                break
            if got_name == name and text in line:
                return line
        raise AssertionError(f"no {text!r} on std{name} within {timeout} s")

    try:
        assert proc.stdin is not None
        proc.stdin.write(mailbox.password + "\n")
        proc.stdin.flush()
        expect("err", "Watching INBOX on 127.0.0.1", 15)
        mailbox.deliver(email_message(CLIENT, "are you there?"))
        assert "\tS.C.\t" in expect("out", "S.C.", 5)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(5) == 0
        assert time.monotonic() - started < 3
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
        for t in pumps:
            t.join(5)  # they end at end of file, before the pipes are closed
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_building_the_cli_does_not_load_the_imap_stack() -> None:
    # Every command and the app's start-up build the parser; IMAP loads only for mail commands.
    code = (
        "import sys; from after_hours.availability.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('imapclient', 'after_hours.availability.mail.watcher', "
        "'after_hours.availability.mail.intake') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
