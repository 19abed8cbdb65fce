"""Running a command and measuring its wall time and memory (Linux ``/proc``)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def after_hours_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m after_hours``."""
    script = Path(sys.executable).with_name("after-hours")
    if script.exists():
        return [str(script)]
    found = shutil.which("after-hours")
    return [found] if found else [sys.executable, "-m", "after_hours"]


def bare_window_command() -> list[str]:
    return [sys.executable, str(BENCH_DIR / "bare_window.py")]


def app_pages_command(home: Path) -> list[str]:
    """The real app that visits every page once, then idles (``bench/app_pages.py``)."""
    return [sys.executable, str(BENCH_DIR / "app_pages.py"), str(home)]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    # Measure what an installed app does: its modules load from cached bytecode (a wheel
    # install compiles them). With PYTHONDONTWRITEBYTECODE set, every run would compile the
    # project's source again; here the warm-up run writes the cache instead.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def _timed(command: Sequence[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(list(command), capture_output=True, env=env(), timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}"
        )
    return elapsed


def wall_times(commands: Sequence[Sequence[str]], runs: int = 9) -> list[list[float]]:
    """Seconds from spawn to exit for each command, ``runs`` times after one warm-up each.

    The commands take turns (A, B, A, B...) so a busy moment on a shared machine slows both
    alike instead of skewing the ratio.
    """
    times: list[list[float]] = [[] for _ in commands]
    for i in range(runs + 1):
        for slot, command in enumerate(commands):
            elapsed = _timed(command)
            if i:
                times[slot].append(elapsed)
    return times


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def rss_split_mib(pid: int) -> tuple[float, float] | None:
    """(anonymous, file-backed) resident MiB: what the process allocated, what it mapped."""
    fields: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("RssAnon", "RssFile", "RssShmem"):
                fields[key] = int(value.split()[0]) / 1024
    except OSError:
        return None
    if "RssAnon" not in fields or "RssFile" not in fields:
        return None
    return fields["RssAnon"] + fields.get("RssShmem", 0.0), fields["RssFile"]


def idle_rss(command: Sequence[str], settle: float = 1.0, limit: float = 15.0) -> float:
    """Resident memory once a long-running process is idle (RSS steady for ``settle`` s)."""
    proc = subprocess.Popen(
        list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env()
    )
    try:
        deadline = time.monotonic() + limit
        last, steady_since = None, time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if proc.poll() is not None:
                raise RuntimeError(f"{' '.join(command)} exited early ({proc.returncode})")
            now = rss_mib(proc.pid)
            if now is None:
                continue
            if last is None or abs(now - last) > 0.01 * last:
                last, steady_since = now, time.monotonic()
            elif time.monotonic() - steady_since >= settle:
                return now
        if last is None:
            raise RuntimeError("could not read the process's memory (/proc missing?)")
        return last
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def idle_cpu_percent(command: Sequence[str], warmup: float = 5.0, window: float = 30.0) -> float:
    """CPU used by a long-running process while idle, as a percent of one core.

    Reads user + system time from /proc after ``warmup`` seconds (start-up work done) and again
    ``window`` seconds later; the design brief asks for under 0.5% over a minute.
    """
    proc = subprocess.Popen(
        list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env()
    )
    tick = os.sysconf("SC_CLK_TCK")

    def cpu_seconds() -> float:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

    try:
        time.sleep(warmup)
        if proc.poll() is not None:
            raise RuntimeError(f"{' '.join(command)} exited early ({proc.returncode})")
        before, t0 = cpu_seconds(), time.monotonic()
        time.sleep(window)
        used, elapsed = cpu_seconds() - before, time.monotonic() - t0
        return 100.0 * used / elapsed
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def drop_library_cache(root: Path | None = None) -> int:
    """Ask the kernel to drop its cached pages of the environment's shared libraries.

    Why: resident memory counts the pages of a mapped library the process touched *and* the
    pages the kernel maps around each fault from its page cache, in units as large as the
    cache holds them. Libraries freshly written by ``pip install`` sit in the cache in large
    units, so the same bare PySide6 window measured 64 MiB in a new virtual environment and
    50 MiB in an older one (the same files; RssFile 50 against 36 MiB, RssAnon 14 MiB in
    both). Dropping the environment's cached library pages before the processes start makes
    every run begin where a desktop session does, the libraries read back from disk by page
    faults, whatever the environment's age. Returns how many files were dropped; a file that
    cannot be opened is skipped (the figures are then as before).
    """
    root = root or Path(sys.prefix)
    dropped = 0
    for path in root.rglob("*.so*"):
        if not path.is_file():
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            dropped += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return dropped


def idle_together(
    commands: Sequence[Sequence[str]], seconds: float, cpu_from: float = 10.0
) -> list[tuple[float, float, str]]:
    """(RSS in MiB, CPU % of one core, "anon A + file F MiB") of each command after ``seconds`` idle.

    The commands start together and run side by side (memory does not depend on who else
    runs), after the environment's cached library pages are dropped (``drop_library_cache``);
    CPU is counted from ``cpu_from`` seconds after the start (start-up work done) to
    the end. Every process is terminated afterwards.
    """
    tick = os.sysconf("SC_CLK_TCK")

    def cpu_seconds(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

    drop_library_cache()
    procs = [
        subprocess.Popen(list(c), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
        for c in commands
    ]
    try:
        time.sleep(min(cpu_from, seconds))
        before = [cpu_seconds(p.pid) for p in procs]
        t0 = time.monotonic()
        time.sleep(max(0.0, seconds - cpu_from))
        elapsed = max(time.monotonic() - t0, 1e-9)
        out = []
        for proc, cpu0, command in zip(procs, before, commands, strict=True):
            if proc.poll() is not None:
                raise RuntimeError(f"{' '.join(command)} exited early ({proc.returncode})")
            rss = rss_mib(proc.pid)
            if rss is None:
                raise RuntimeError("could not read the process's memory (/proc missing?)")
            split = rss_split_mib(proc.pid)
            parts = f"anon {split[0]:.1f} + file {split[1]:.1f} MiB" if split else ""
            out.append((rss, 100.0 * (cpu_seconds(proc.pid) - cpu0) / elapsed, parts))
        return out
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
