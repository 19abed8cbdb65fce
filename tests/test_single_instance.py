"""One instance per profile: a second start hands over to the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from after_hours.ui.shell.single_instance import SingleInstance, server_name


def test_second_instance_hands_over_to_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not second.acquire()
    assert not second.primary
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # released: the next start runs normally
    third.release()


def test_profiles_do_not_share_an_instance(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert a.acquire() and b.acquire()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert str(tmp_path) not in server_name(tmp_path / "a")
    a.release()
    b.release()


def test_a_second_process_exits_0_and_the_first_comes_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(first.activated, timeout=10000):
        proc = subprocess.Popen(
            [sys.executable, "-m", "after_hours", "--home", str(tmp_path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    first.release()


def test_the_running_app_answers_a_second_start_once_it_has_painted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The app takes the lock first and listens just after its first paint (docs/benchmarks.md)."""
    from PySide6.QtNetwork import QLocalSocket

    home = tmp_path / "profile"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "after_hours", "--home", str(home)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        sock = QLocalSocket()

        def answers() -> bool:
            if app.poll() is not None:
                raise RuntimeError(f"the app exited ({app.returncode})")
            sock.connectToServer(server_name(home))
            connected = sock.waitForConnected(200)
            if connected:
                sock.disconnectFromServer()
            return connected

        qtbot.waitUntil(answers, timeout=30000)
        second = SingleInstance(home)
        assert not second.acquire()  # the lock is held: the second start hands over
        assert not second.primary
    finally:
        app.terminate()
        app.wait(20)


LISTEN_PROBE = """
import json, os, stat, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from after_hours.ui.shell.single_instance import SingleInstance, server_path
app = QCoreApplication([])
home = Path(sys.argv[1])
instance = SingleInstance(home)
ok = instance.acquire()
mode = stat.S_IMODE(os.stat(server_path(home)).st_mode)
print(json.dumps({"ok": ok, "qtnetwork": "PySide6.QtNetwork" in sys.modules, "mode": mode}))
instance.release()
"""


def test_listening_loads_no_qtnetwork_and_only_the_user_may_connect(tmp_path: Path) -> None:
    """QtNetwork kept ~3 MiB resident in the idle app for this one socket (docs/benchmarks.md)."""
    import json

    done = subprocess.run(
        [sys.executable, "-c", LISTEN_PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] and not report["qtnetwork"]
    assert report["mode"] & 0o077 == 0  # no access for the group or others


def test_a_socket_left_by_a_crash_is_replaced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    from after_hours.ui.shell.single_instance import server_path

    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(server_path(tmp_path))  # a crashed instance's file: bound, nobody listening
    stale.close()
    first = SingleInstance(tmp_path)
    assert first.acquire()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not SingleInstance(tmp_path).acquire()
    first.release()
    assert not os.path.exists(server_path(tmp_path))  # a clean quit leaves nothing behind
