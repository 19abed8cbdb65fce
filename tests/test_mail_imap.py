"""The watcher against a real Dovecot on loopback: TLS, IDLE, restarts, and never a change."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from imapclient import IMAPClient

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.mail import (
    AuthenticationError,
    CertificateError,
    FolderMissingError,
    IncomingMessage,
    MailAccount,
    MailConnectionError,
    MailStore,
    MailWatcher,
    Passwords,
    PasswordStorage,
    Security,
    SecurityError,
    UnknownSenders,
    WatcherState,
    WatcherStatus,
    WatcherTiming,
)
from after_hours.availability.mail.connection import connect
from after_hours.availability.store import Profile, open_profile
from tests.imap_server import (  # noqa: F401  (fixtures)
    PASSWORD,
    USER,
    DovecotServer,
    Mailbox,
    dovecot_binary,
    email_message,
    fixture_dovecot,
    fixture_mailbox,
    fixture_memory_keyring,
)

pytestmark = pytest.mark.imap

CLIENT = "sam.client@client.example"
FAST = WatcherTiming(
    poll_interval=60.0, idle_tick=5.0, backoff_initial=0.2, backoff_max=1.0, socket_timeout=5.0
)


class Recorder:
    """The handler: collects messages (their text too, to check extraction) and statuses."""

    def __init__(self) -> None:
        self.messages: list[IncomingMessage] = []
        self.statuses: list[WatcherStatus] = []
        self._cond = threading.Condition()

    def __call__(self, message: IncomingMessage) -> None:
        with self._cond:
            self.messages.append(message)
            self._cond.notify_all()

    def status(self, status: WatcherStatus) -> None:
        with self._cond:
            self.statuses.append(status)
            self._cond.notify_all()

    def wait_for(self, test: Callable[[], bool], timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(test, timeout)

    def wait_messages(self, n: int, timeout: float = 5.0) -> bool:
        return self.wait_for(lambda: len(self.messages) >= n, timeout)

    def count(self, state: WatcherState) -> int:
        return sum(1 for s in self.statuses if s.state is state)


def account_for(mb: Mailbox, **changes: object) -> MailAccount:
    server = mb.server
    security = changes.pop("security", Security.TLS)
    port = server.imaps_port if security is Security.TLS else server.imap_port
    fields: dict[str, object] = {
        "host": server.host,
        "port": port,
        "user": mb.user,
        "security": security,
        "cafile": str(server.ca.ca_cert),
        "password_storage": PasswordStorage.SESSION,
        "created_at": datetime.now(UTC) - timedelta(minutes=1),
    }
    fields.update(changes)
    return MailAccount(**fields)  # type: ignore[arg-type]


@pytest.fixture(name="store")
def fixture_store(profile: Profile) -> MailStore:
    s = MailStore(profile.db, SystemClock())
    s.add_sender(CLIENT, "S.C.")
    return s


class Running:
    """A watcher on its own thread with its own profile connection, as the app runs it."""

    def __init__(self, home: Path, account: MailAccount, password: str, **kwargs: object) -> None:
        self.recorder = Recorder()
        self.profile = open_profile(home)
        self.store = MailStore(self.profile.db, SystemClock())
        self.passwords = Passwords(prompt=lambda _a: password)
        # The handler; by default the recorder, or built from this thread's own profile.
        make_handler = kwargs.pop("make_handler", None)
        handler = make_handler(self.profile, self.recorder) if make_handler else self.recorder  # type: ignore[operator]
        self.watcher = MailWatcher(
            account,
            self.passwords,
            self.store,
            handler,
            clock=kwargs.pop("clock", SystemClock()),  # type: ignore[arg-type]
            timing=kwargs.pop("timing", FAST),  # type: ignore[arg-type]
            on_status=self.recorder.status,
            **kwargs,  # type: ignore[arg-type]
        )
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self.watcher.run()
        except BaseException as exc:
            self.error = exc

    def start(self) -> Running:
        self.thread.start()
        assert self.recorder.wait_for(
            lambda: self.recorder.count(WatcherState.WATCHING) >= 1, 10
        ), self.recorder.statuses
        return self

    def stop(self) -> float:
        started = time.monotonic()
        self.watcher.stop()
        self.thread.join(10)
        self.profile.close()
        return time.monotonic() - started


@pytest.fixture(name="run_watcher")
def fixture_run_watcher(home: Path, store: MailStore) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(mb: Mailbox, account: MailAccount | None = None, **kwargs: object) -> Running:
        saved = store.add_account(account or account_for(mb))
        r = Running(home, saved, mb.password, **kwargs).start()
        started.append(r)
        return r

    yield start
    for r in started:
        if r.thread.is_alive():
            r.stop()


def test_a_message_reaches_the_handler_within_two_seconds_through_idle(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox)
    sent = time.monotonic()
    mailbox.deliver(
        email_message(
            f"Sam <{CLIENT.upper()}>",
            "I can't sleep again.\n\nOn Fri, 20 Nov 2026 at 17:00, Dr X <dr@x.org> wrote:\n"
            "> See you Monday.\n",
            subject="tonight",
        )
    )
    assert running.recorder.wait_messages(1, timeout=2.0), "not handed on within 2 s"
    latency = time.monotonic() - sent
    message = running.recorder.messages[0]
    assert message.client == "S.C."
    assert message.sender == CLIENT
    assert message.text == "tonight\n\nI can't sleep again."
    assert message.arrived_at.tzinfo is UTC
    assert abs(message.arrived_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert message.message_id.startswith("<") and message.message_id.endswith(">")
    assert latency < 2.0
    assert running.stop() < 2.0, "stop() must end an IDLE wait promptly"
    assert running.error is None


def test_the_watcher_never_changes_the_mailbox(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox)
    for n in range(3):
        mailbox.deliver(email_message(CLIENT, f"message {n}"))
    assert running.recorder.wait_messages(3)
    running.stop()
    flags = mailbox.flags()
    assert len(flags) == 3
    for uid_flags in flags.values():
        assert b"\\Seen" not in uid_flags
        assert b"\\Deleted" not in uid_flags
        assert b"\\Answered" not in uid_flags
        assert b"\\Flagged" not in uid_flags
    assert mailbox.count() == 3


def test_unknown_senders_are_ignored_unless_asked_and_auto_replies_always(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox)
    mailbox.deliver(email_message("stranger@else.example", "buy now"))
    auto = email_message(CLIENT, "I am away until Monday.")
    auto["Auto-Submitted"] = "auto-replied"
    mailbox.deliver(auto)
    mailbox.deliver(email_message(CLIENT, "a real one"))
    assert running.recorder.wait_messages(1)
    running.stop()
    assert [m.text for m in running.recorder.messages] == ["Hello\n\na real one"]


def test_unknown_senders_are_logged_as_unknown_when_the_user_wants(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox, account_for(mailbox, unknown_senders=UnknownSenders.LOG))
    mailbox.deliver(email_message("stranger@else.example", "who is this"))
    mailbox.deliver(email_message(mailbox.user, "a note to myself"))
    mailbox.deliver(email_message(CLIENT, "from a client"))
    assert running.recorder.wait_messages(2)
    running.stop()
    assert [(m.client, m.sender) for m in running.recorder.messages] == [
        ("unknown", "stranger@else.example"),
        ("S.C.", CLIENT),
    ]


def test_duplicates_by_message_id_and_by_uid_after_a_reconnect_are_ignored(
    home: Path, mailbox: Mailbox, store: MailStore
) -> None:
    account = store.add_account(account_for(mailbox))
    mailbox.deliver(email_message(CLIENT, "first", message_id="<one@client.example>"))
    mailbox.deliver(email_message(CLIENT, "same again", message_id="<one@client.example>"))
    mailbox.create_folder("Clients")
    # The same message filed in a second watched folder (as Gmail labels do).
    mailbox.deliver(email_message(CLIENT, "copy", message_id="<one@client.example>"), "Clients")
    account = store.add_account(account_for(mailbox, folders=("INBOX", "Clients")))
    got: list[IncomingMessage] = []
    watcher = MailWatcher(
        account, Passwords(lambda _a: mailbox.password), store, got.append, clock=SystemClock()
    )
    assert watcher.run_once().handed_on == 1
    assert [m.text for m in got] == ["Hello\n\nfirst"]
    # A reconnect that forgot how far it read sees the same UIDs again: none is handed on.
    for folder in ("INBOX", "Clients"):
        state = store.folder_state(account.id or 0, folder)
        assert state is not None
        store.save_folder_state(account.id or 0, folder, state.uidvalidity, 0, state.synced_at)
    assert watcher.run_once().handed_on == 0
    mailbox.deliver(email_message(CLIENT, "new"))
    assert watcher.run_once().handed_on == 1
    assert [m.text for m in got][-1] == "Hello\n\nnew"


def test_messages_from_before_the_account_was_added_are_not_handed_on(
    mailbox: Mailbox, store: MailStore
) -> None:
    old = datetime.now(UTC) - timedelta(days=3)
    mailbox.deliver(email_message(CLIENT, "old news", when=old))
    account = store.add_account(account_for(mailbox, created_at=datetime.now(UTC)))
    got: list[IncomingMessage] = []
    watcher = MailWatcher(
        account, Passwords(lambda _a: mailbox.password), store, got.append, clock=SystemClock()
    )
    assert watcher.run_once().handed_on == 0
    mailbox.deliver(email_message(CLIENT, "fresh"))
    assert watcher.run_once().handed_on == 1
    assert got[0].text.endswith("fresh")


def test_a_server_restart_is_survived(
    dovecot: DovecotServer, mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox)
    mailbox.deliver(email_message(CLIENT, "before"))
    assert running.recorder.wait_messages(1)
    dovecot.restart()
    assert running.recorder.wait_for(
        lambda: running.recorder.count(WatcherState.WATCHING) >= 2, 15
    ), running.recorder.statuses
    assert running.recorder.count(WatcherState.WAITING) >= 1
    mailbox.deliver(email_message(CLIENT, "after"))
    assert running.recorder.wait_messages(2, timeout=2.0)
    running.stop()
    assert [m.text for m in running.recorder.messages] == ["Hello\n\nbefore", "Hello\n\nafter"]
    assert running.error is None


def test_a_session_ended_by_the_server_is_reopened(
    dovecot: DovecotServer, mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    running = run_watcher(mailbox)
    dovecot.kick(mailbox.user)
    assert running.recorder.wait_for(
        lambda: running.recorder.count(WatcherState.WATCHING) >= 2, 10
    ), running.recorder.statuses
    mailbox.deliver(email_message(CLIENT, "after the kick"))
    assert running.recorder.wait_messages(1, timeout=2.0)
    running.stop()
    assert running.error is None


def test_the_server_being_down_means_waiting_with_growing_delays_not_a_busy_loop(
    dovecot: DovecotServer, mailbox: Mailbox, store: MailStore
) -> None:
    account = store.add_account(account_for(mailbox))
    waits: list[float] = []
    statuses: list[WatcherStatus] = []
    watcher: MailWatcher

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        if len(waits) >= 6:
            watcher.stop()
        return watcher.stopping

    # A port nobody listens on stands for the server being unreachable.
    unreachable = account_for(mailbox, port=dovecot.imaps_port + 1)
    unreachable = MailAccount(**{**unreachable.__dict__, "id": account.id})
    watcher = MailWatcher(
        unreachable,
        Passwords(lambda _a: mailbox.password),
        store,
        lambda _m: None,
        clock=SystemClock(),
        timing=WatcherTiming(backoff_initial=2.0, backoff_max=10.0),
        wait=wait,
        on_status=statuses.append,
    )
    watcher.run()
    assert waits == [2.0, 4.0, 8.0, 10.0, 10.0, 10.0]
    waiting = [s for s in statuses if s.state is WatcherState.WAITING]
    assert waiting[0].detail.startswith(f"Cannot reach 127.0.0.1:{dovecot.imaps_port + 1}")
    assert statuses[-1].state is WatcherState.STOPPED


def test_a_wrong_password_stops_with_a_plain_sentence(mailbox: Mailbox, store: MailStore) -> None:
    account = store.add_account(account_for(mailbox))
    asked: list[str] = []

    def prompt(a: MailAccount) -> str:
        asked.append(a.user)
        return "not-the-password"

    statuses: list[WatcherStatus] = []
    watcher = MailWatcher(
        account, Passwords(prompt), store, lambda _m: None, clock=SystemClock(),
        on_status=statuses.append,
    )  # fmt: skip
    with pytest.raises(AuthenticationError, match="The server rejected the password"):
        watcher.run()
    assert statuses[-1].state is WatcherState.FAILED
    assert "rejected the password" in statuses[-1].detail
    assert asked == [mailbox.user]  # asked once, no retry loop against the server


def test_an_untrusted_certificate_is_refused(mailbox: Mailbox, store: MailStore) -> None:
    for security in (Security.TLS, Security.STARTTLS):
        account = store.add_account(account_for(mailbox, cafile=None, security=security))
        watcher = MailWatcher(
            account, Passwords(lambda _a: mailbox.password), store, lambda _m: None,
            clock=SystemClock(),
        )  # fmt: skip
        with pytest.raises(CertificateError, match=r"^Certificate not trusted: "):
            watcher.run_once()


def test_a_certificate_for_another_name_is_refused(mailbox: Mailbox, store: MailStore) -> None:
    # The server's certificate names localhost and 127.0.0.1, not 127.0.0.2.
    account = store.add_account(account_for(mailbox))
    wrong = MailAccount(**{**account.__dict__, "host": "127.0.0.2"})
    watcher = MailWatcher(
        wrong, Passwords(lambda _a: mailbox.password), store, lambda _m: None, clock=SystemClock()
    )
    with pytest.raises((CertificateError, MailConnectionError)) as caught:
        watcher.run_once()
    assert "Certificate not trusted" in str(caught.value) or "Cannot reach" in str(caught.value)


def test_starttls_implicit_tls_and_explicit_plain_all_work(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    for security in (Security.STARTTLS, Security.TLS, Security.PLAIN):
        account = account_for(
            mailbox, security=security, allow_unencrypted=security is Security.PLAIN
        )
        running = run_watcher(mailbox, account)
        mailbox.deliver(email_message(CLIENT, f"over {security.value}"))
        assert running.recorder.wait_messages(1, timeout=2.0)
        running.stop()
        assert running.recorder.messages[0].text.endswith(f"over {security.value}")


def test_starttls_is_required_when_chosen_and_no_password_goes_out_in_the_clear(
    dovecot: DovecotServer, store: MailStore
) -> None:
    binary = dovecot_binary()
    assert binary is not None
    root = Path(tempfile.mkdtemp(prefix="after-hours-dovecot-plain-"))
    os.chmod(root, 0o755)
    server = DovecotServer(root / "server", dovecot.ca, binary=binary, tls=False)
    server.start()
    try:
        account = store.add_account(
            MailAccount(
                host=server.host,
                port=server.imap_port,
                user=USER,
                security=Security.STARTTLS,
                cafile=str(dovecot.ca.ca_cert),
            )
        )
        watcher = MailWatcher(
            account, Passwords(lambda _a: PASSWORD), store, lambda _m: None, clock=SystemClock()
        )
        with pytest.raises(SecurityError, match="does not offer STARTTLS"):
            watcher.run()
        assert watcher.status.state is WatcherState.FAILED
        log = server.log.read_text(errors="replace")
        # The password was never sent. Dovecot words it by timing: "no auth attempts", or
        # "disconnected before auth was ready" when the client left first; never a login.
        assert "no auth attempts" in log or "before auth was ready" in log, log
        assert "Login: user=" not in log and "auth failed" not in log, log
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_a_missing_folder_is_named(mailbox: Mailbox, store: MailStore) -> None:
    account = store.add_account(account_for(mailbox, folders=("INBOX", "Clients")))
    watcher = MailWatcher(
        account, Passwords(lambda _a: mailbox.password), store, lambda _m: None, clock=SystemClock()
    )
    with pytest.raises(FolderMissingError, match="The folder Clients does not exist"):
        watcher.run()


def test_polling_is_used_when_idle_is_off(mailbox: Mailbox, store: MailStore, home: Path) -> None:
    account = store.add_account(account_for(mailbox))
    got: list[IncomingMessage] = []
    waits: list[float] = []
    watcher: MailWatcher

    def wait(seconds: float) -> bool:
        # Each poll interval: the first time a message arrives meanwhile, then stop.
        waits.append(seconds)
        if len(waits) == 1:
            mailbox.deliver(email_message(CLIENT, "polled"))
        elif len(waits) >= 2:
            watcher.stop()
        return watcher.stopping

    watcher = MailWatcher(
        account, Passwords(lambda _a: mailbox.password), store, got.append,
        clock=SystemClock(), wait=wait, use_idle=False,
    )  # fmt: skip
    watcher.run()
    assert waits == [60.0, 60.0]
    assert [m.text for m in got] == ["Hello\n\npolled"]


class NoopCounter:
    """Connects for real and counts the NOOPs the watcher sends (its liveness checks)."""

    def __init__(self) -> None:
        self.noops = 0

    def __call__(self, account: MailAccount, password: str) -> IMAPClient:
        client = connect(account, password, timeout=5.0)
        real_noop = client.noop

        def noop() -> object:
            self.noops += 1
            return real_noop()

        client.noop = noop  # type: ignore[method-assign]
        return client


@pytest.mark.parametrize(
    ("jump", "why"),
    [(timedelta(minutes=26), "IDLE renewed at 25 min"), (timedelta(hours=3), "resume from sleep")],
)
def test_idle_is_renewed_and_a_resume_is_noticed(
    mailbox: Mailbox, run_watcher: Callable[..., Running], jump: timedelta, why: str
) -> None:
    clock = ManualClock(datetime.now(UTC))
    counter = NoopCounter()
    timing = WatcherTiming(idle_tick=0.1, idle_renew=25 * 60.0, backoff_initial=0.2)
    running = run_watcher(mailbox, timing=timing, connector=counter, clock=clock)
    time.sleep(0.3)
    assert counter.noops == 0
    clock.advance(jump)
    assert running.recorder.wait_for(lambda: counter.noops >= 1, 2), why
    mailbox.deliver(email_message(CLIENT, "still watching"))
    assert running.recorder.wait_messages(1, timeout=2.0), why
    running.stop()
    assert running.error is None
    assert counter.noops == 1


def test_other_folders_are_checked_while_idling_on_the_first(
    mailbox: Mailbox, run_watcher: Callable[..., Running]
) -> None:
    mailbox.create_folder("Clients")
    timing = WatcherTiming(idle_tick=0.1, poll_interval=0.3, backoff_initial=0.2)
    account = account_for(mailbox, folders=("INBOX", "Clients"))
    running = run_watcher(mailbox, account, timing=timing)
    mailbox.deliver(email_message(CLIENT, "filed by a rule"), "Clients")
    mailbox.deliver(email_message(CLIENT, "straight in"))
    assert running.recorder.wait_messages(2, timeout=2.0)
    running.stop()
    assert sorted((m.folder, m.text) for m in running.recorder.messages) == [
        ("Clients", "Hello\n\nfiled by a rule"),
        ("INBOX", "Hello\n\nstraight in"),
    ]


def test_the_password_is_nowhere_on_disk_or_in_the_log(
    home: Path,
    mailbox: Mailbox,
    memory_keyring: object,
    run_watcher: Callable[..., Running],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # imapclient logs every command at DEBUG
    running = run_watcher(mailbox, account_for(mailbox, password_storage=PasswordStorage.KEYRING))
    mailbox.deliver(email_message(CLIENT, "hello"))
    assert running.recorder.wait_messages(1)
    running.stop()
    secret = mailbox.password.encode()
    files = [p for p in home.rglob("*") if p.is_file()]
    assert files, "the profile should hold a database"
    for path in files:
        assert secret not in path.read_bytes(), path
    assert mailbox.password not in caplog.text
    assert "LOGIN" in caplog.text or "login" in caplog.text.lower()  # the log was captured


def test_a_failing_handler_gets_the_message_again_later_and_nothing_older(
    mailbox: Mailbox, store: MailStore
) -> None:
    mailbox.deliver(email_message(CLIENT, "old", when=datetime.now(UTC) - timedelta(days=2)))
    account = store.add_account(account_for(mailbox, created_at=datetime.now(UTC)))
    mailbox.deliver(email_message(CLIENT, "one"))
    mailbox.deliver(email_message(CLIENT, "two"))
    got: list[str] = []
    fail_next = [True]

    def flaky(message: IncomingMessage) -> None:
        if fail_next[0]:
            fail_next[0] = False
            raise RuntimeError("the database was busy")
        got.append(message.text)

    watcher = MailWatcher(
        account, Passwords(lambda _a: mailbox.password), store, flaky, clock=SystemClock()
    )
    first = watcher.run_once()
    assert (first.handed_on, first.failed) == (1, 1)
    assert got == ["Hello\n\ntwo"]
    second = watcher.run_once()
    assert (second.handed_on, second.failed) == (1, 0)
    assert got == ["Hello\n\ntwo", "Hello\n\none"]  # "old" never, "two" not twice
    assert watcher.run_once().handed_on == 0
