"""``senders``, ``channels``, ``channels apps`` and ``watch`` over notifications, as a user types them."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from after_hours.availability.clock import ManualClock, SystemClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.store import open_profile
from tests.dbus_session import (  # noqa: F401  (fixtures)
    Bus,
    NotificationServer,
    fixture_notification_server,
    fixture_session_bus,
    notify_send,
)
from tests.helpers import cli

CRISIS = "I can't do this anymore, I have the pills"


def test_a_number_matches_however_it_was_written_and_names_are_senders_too(
    home: Path, clock: ManualClock
) -> None:
    r = cli(home, "senders", "add", "(514) 555-0123", "SC", clock=clock)
    assert r.status == 0 and r.out == "Messages from +15145550123 are from SC.\n"
    r = cli(home, "senders", "add", "J.D.", "JD", "--channel", "notifications", clock=clock)
    assert r.out == "Messages from j.d. on notifications are from JD.\n"
    cli(home, "senders", "add", "Sam <Sam@Client.Example>", "S.C.", clock=clock)
    listed = json.loads(cli(home, "senders", "--json", clock=clock).out)
    assert {(e["sender"], e["kind"], e["pseudonym"], e["channel"]) for e in listed} == {
        ("+15145550123", "phone", "SC", None),
        ("j.d.", "name", "JD", "notifications"),
        ("sam@client.example", "email", "S.C.", None),
    }
    # `mail senders` is the email part of the same map.
    mail = json.loads(cli(home, "mail", "senders", "list", "--json", clock=clock).out)
    assert mail == [{"address": "sam@client.example", "pseudonym": "S.C."}]
    assert cli(home, "senders", "remove", "+1 514 555 0123", clock=clock).status == 0
    r = cli(home, "senders", "remove", "514-555-0123", clock=clock)
    assert r.status == 1 and "not in the sender map" in r.err
    assert cli(home, "mail", "senders", "remove", "sam@client.example", clock=clock).status == 0
    assert [e["sender"] for e in json.loads(cli(home, "senders", "--json").out)] == ["j.d."]


def test_bad_senders_and_channels_are_refused_with_a_reason(home: Path) -> None:
    r = cli(home, "senders", "add", "J.D.", "JD", "--channel", "pigeon")
    assert r.status == 2 and "'pigeon' is not a channel" in r.err
    r = cli(home, "senders", "add", "sam@client.example", "S", "--channel", "kdeconnect")
    assert r.status == 2 and "only be a sender on the mail channel" in r.err
    r = cli(home, "senders", "add", "J.D.", "  ")
    assert r.status == 2 and "pseudonym is empty" in r.err
    assert json.loads(cli(home, "senders", "--json").out) == []


def test_channels_are_off_by_default_and_say_how_to_turn_them_on(home: Path) -> None:
    r = cli(home, "channels")
    assert r.status == 0
    assert r.out.splitlines()[:3] == [
        "mail\toff\toff",
        "notifications\toff\toff",
        "kdeconnect\toff\toff",
    ]
    assert "channels on notifications" in r.out
    assert cli(home, "channels", "on", "notifications", "--unknown-senders", "log").status == 0
    assert cli(home, "channels", "apps", "add", "  Signal ").status == 0
    rows = {row["channel"]: row for row in json.loads(cli(home, "channels", "--json").out)}
    assert rows["notifications"]["on"] and rows["notifications"]["state"] == "not watched"
    assert rows["notifications"]["apps"] == ["Signal"]
    assert rows["notifications"]["unknown_senders"] == "log"
    assert not rows["kdeconnect"]["on"] and not rows["mail"]["on"]
    assert cli(home, "channels", "apps", "remove", "signal").status == 0
    assert cli(home, "channels", "apps", "remove", "signal").status == 1
    r = cli(home, "watch", "--once")
    assert r.status == 0 and "notifications: read only while watching" in r.out
    assert cli(home, "channels", "off", "notifications").status == 0
    r = cli(home, "watch")
    assert r.status == 2 and "No channel is on" in r.err


def test_watch_reads_notifications_headless_until_sigterm(
    home: Path, session_bus: Bus, notification_server: NotificationServer
) -> None:
    for args in (
        ("senders", "add", "J.D.", "JD"),
        ("channels", "on", "notifications"),
        ("channels", "apps", "add", "Signal"),
    ):
        assert cli(home, *args).status == 0
    code = "import sys; from after_hours.ui.main import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--home", str(home), "watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**session_bus.env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    lines: queue.Queue[tuple[str, str]] = queue.Queue()

    def pump(name: str, stream: IO[str]) -> None:
        for line in stream:
            lines.put((name, line))

    for name, stream in (("out", proc.stdout), ("err", proc.stderr)):
        assert stream is not None
        threading.Thread(target=pump, args=(name, stream), daemon=True).start()

    received: list[tuple[str, str]] = []

    def expect(name: str, text: str) -> str:
        """The first line on std``name`` holding ``text``, already received or still to come."""
        while True:
            for got, line in received:
                if got == name and text in line:
                    return line
            received.append(lines.get(timeout=15))

    try:
        expect("err", "Watching the desktop's notifications")
        notify_send(session_bus, "WhatsApp", "J.D.", "not a chosen app")
        notify_send(session_bus, "Signal", "J.D.", CRISIS)
        line = expect("out", "\tJD\t")
        assert line.rstrip().split("\t")[3] == "crisis"
        assert "possible crisis language in a message from JD" in expect("err", "crisis")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    with open_profile(home) as profile:
        (contact,) = ContactLog(profile.db, SystemClock()).query()
        assert contact.crisis and contact.source == "notification"
    seen = json.loads(cli(home, "channels", "apps", "seen", "--json").out)
    assert {(s["app"], s["chosen"]) for s in seen} == {("WhatsApp", False), ("Signal", True)}
    rows = {row["channel"]: row for row in json.loads(cli(home, "channels", "--json").out)}
    assert rows["notifications"]["state"] == "not watched"  # the watcher said it stopped
    assert rows["notifications"]["last_message_at"]
    assert "WhatsApp" in cli(home, "channels", "apps", "seen").out
    text = cli(home, "channels").out.splitlines()
    assert text[1].startswith("notifications\ton\tnot watched, last message ")
    assert text[1].endswith("\tapps: Signal")
    assert b"the pills" not in b"".join(p.read_bytes() for p in home.glob("after-hours.db*"))
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS") != session_bus.address
