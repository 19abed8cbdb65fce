"""Kill storms: SIGKILL the process writing a profile at random moments, then check the profile.

SQLite's own crash testing is the model: do a real write, cut the process off at an arbitrary
instant, and check that what is on disk is whole. Each *operation* below is one thing a user's
laptop does to the profile (log a contact through the CLI, import a CSV, take mail from the
watcher, back up, migrate an old profile, restore a backup). For every kill the harness

1. forks a child that does the operation (in a loop, or once for a migration or a restore) and
   writes one line to a pipe after each write that *reported success* (the id, the batch, the
   backup's path: what the user was told);
2. sleeps a random time inside the operation's window and sends SIGKILL;
3. opens the profile the way the app does and checks: it opens, ``PRAGMA integrity_check`` is
   ``ok``, every reported write is there, no import is half there, nothing is doubled, every
   backup the app would offer to restore from is whole.

Forking from a parent that already imported the app keeps a kill cheap (a few milliseconds
instead of a new interpreter), so a thousand kills take minutes. The parent never holds a
database connection across a fork.

Run ``python tests/reliability/storm.py --kills 1000`` (``make reliability``) for the figures;
``tests/reliability/test_kill_storm.py`` runs a short storm in ``make test``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from after_hours.availability.cli.app import run as cli_run
from after_hours.availability.clock import SystemClock
from after_hours.availability.contacts.log import ContactLog
from after_hours.availability.contacts.model import Channel, NewContact
from after_hours.availability.mail.intake import MailIntake
from after_hours.availability.mail.model import IncomingMessage
from after_hours.availability.store import StoreError, backup, list_backups, open_profile, restore

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "v0.1.0.db"
IMPORT_ROWS = 25  # rows per imported CSV batch: a batch is all there or not at all
BACKUP_CONTACTS = 3000  # enough pages that a backup takes a few milliseconds to copy
RESTORE_BACKED_UP = 400  # contacts in the backup a restore brings back
RESTORE_LATER = 100  # contacts logged after that backup (gone once restored)
START = datetime(2026, 1, 5, 9, tzinfo=UTC)


@dataclass
class Figures:
    """What one operation's storm found. Every field but ``kills`` must end at zero."""

    kills: int = 0
    reported_writes: int = 0
    lost_committed: int = 0
    partial_imports: int = 0
    doubled: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    broken_backups_offered: int = 0
    writer_errors: int = 0  # a writer that failed on its own, before any kill
    notes: list[str] = field(default_factory=list)

    def failures(self) -> int:
        return (
            self.lost_committed
            + self.partial_imports
            + self.doubled
            + self.integrity_failures
            + self.open_failures
            + self.broken_backups_offered
            + self.writer_errors
        )

    def note(self, text: str) -> None:
        if len(self.notes) < 5:
            self.notes.append(text)


class Operation(ABC):
    """One kind of write. Subclasses say how to prepare, what the child does, what to check."""

    name = ""
    looping = True  # the child repeats the write until killed; else it writes once and exits

    def __init__(self, work: Path) -> None:
        self.work = work / self.name
        self.work.mkdir(parents=True, exist_ok=True)
        self.reported: list[str] = []

    def warm(self) -> None:
        """Load, in the parent, what every child would otherwise load before its first write.

        Children are forked, so modules imported and data loaded here (the command modules,
        the triage lexicon) are theirs at no cost, and a kill lands among writes rather than
        in start-up work, whatever the machine's load.
        """
        scratch = self.work / "warm"
        cli_run(
            ["--home", str(scratch), "log", "--channel", "text", "--text", "-"],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
            stdin=io.StringIO("warming up"),
        )
        cli_run(
            ["--home", str(scratch), "contacts", "import", str(scratch / "none.csv")],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
        shutil.rmtree(scratch, ignore_errors=True)

    @abstractmethod
    def prepare(self, kill_no: int) -> Path:
        """The profile folder the next child writes to."""

    @abstractmethod
    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        """Runs in the forked process: write, and print one line after each reported success."""

    @abstractmethod
    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        """After the kill: compare what the child reported with what is on disk."""


def _integrity(db_path: Path) -> str:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _check_backups(home: Path, expected_contacts: int | None, figures: Figures) -> None:
    """Every backup the app lists (and ``restore`` would pick) must be whole."""
    with open_profile(home) as profile:
        offered = list_backups(profile)
    for path in offered:
        try:
            ok = _integrity(path) == "ok"
            if ok and expected_contacts is not None:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    ok = conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == (
                        expected_contacts
                    )
                finally:
                    conn.close()
        except sqlite3.Error as exc:
            ok = False
            figures.note(f"{path.name}: {exc}")
        if not ok:
            figures.broken_backups_offered += 1
            figures.note(f"backup offered but not whole: {path.name}")


def _contact_ids(home: Path) -> set[int]:
    with open_profile(home) as profile:
        return {int(r[0]) for r in profile.db.execute("SELECT id FROM contacts")}


def _fill(home: Path, count: int, offset: int = 0) -> None:
    with open_profile(home) as profile:
        log = ContactLog(profile.db, SystemClock())
        log.log_many(
            [
                NewContact(START + timedelta(minutes=offset + i), Channel.TEXT, client="J.D.")
                for i in range(count)
            ]
        )


class LogOp(Operation):
    """``after-hours log`` (the real CLI, in-process): it prints the id after the commit."""

    name = "log"

    def prepare(self, kill_no: int) -> Path:
        return self.work / "profile"

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        at = START + timedelta(days=kill_no)
        for i in range(1_000_000):
            stamp = (at + timedelta(seconds=i)).isoformat()
            args = ["--home", str(home), "log", "--channel", "text", "--at", stamp]
            said = io.StringIO()  # the hint after the id ("Logged after hours...")
            if cli_run([*args, "--client", "J.D.", "--minutes", "4"], stdout=out, stderr=said):
                return

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        self.reported += lines
        stored = _contact_ids(home)
        missing = [r for r in self.reported if int(r) not in stored]
        figures.lost_committed += len(missing)
        if missing:
            figures.note(f"contact ids reported but missing: {missing[:5]}")
        self.reported = [r for r in self.reported if int(r) in stored]


class ImportOp(Operation):
    """``after-hours contacts import FILE.csv``: a batch of rows, all of them or none."""

    name = "contacts-import"

    def prepare(self, kill_no: int) -> Path:
        return self.work / "profile"

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        for i in range(1_000_000):
            tag = f"{kill_no}-{i}"
            at = START + timedelta(days=kill_no, hours=i)
            rows = ["at,channel,client,minutes,note"]
            rows += [
                f"{(at + timedelta(minutes=r)).isoformat()},sms,J.D.,3,storm {tag}"
                for r in range(IMPORT_ROWS)
            ]
            csv_path = self.work / f"batch-{os.getpid()}.csv"
            csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            said = io.StringIO()
            argv = ["--home", str(home), "contacts", "import", str(csv_path)]
            rc = cli_run(argv, stdout=said, stderr=said)
            if rc != 0 or f"Imported {IMPORT_ROWS} contact(s)" not in said.getvalue():
                return
            out.write(f"{tag}\n")

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        self.reported += lines
        with open_profile(home) as profile:
            counts = {
                str(note).removeprefix("storm "): int(n)
                for note, n in profile.db.execute(
                    "SELECT note, count(*) FROM contacts WHERE note LIKE 'storm %' GROUP BY note"
                )
            }
        for tag, n in counts.items():
            if n < IMPORT_ROWS:
                figures.partial_imports += 1
                figures.note(f"batch {tag}: {n} of {IMPORT_ROWS} rows")
            elif n > IMPORT_ROWS:
                figures.doubled += 1
                figures.note(f"batch {tag}: {n} rows for {IMPORT_ROWS}")
        missing = [t for t in self.reported if t not in counts]
        figures.lost_committed += len(missing) * IMPORT_ROWS
        if missing:
            figures.note(f"batches reported imported but missing: {missing[:5]}")


class IntakeOp(Operation):
    """The real MailIntake fed messages (and now and then one it already has)."""

    name = "mail-intake"
    TEXTS = (
        "Can we move Thursday's appointment?",
        "I can't go on anymore, I want to end it all tonight.",
        "Thanks for today.",
    )

    def prepare(self, kill_no: int) -> Path:
        return self.work / "profile"

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        with open_profile(home) as profile:
            intake = MailIntake(profile.db, SystemClock())
            for i in range(1_000_000):
                uid = i // 4 * 4 if i % 4 == 3 else i  # every 4th is a redelivery
                message_id = f"<{kill_no}.{uid}@storm.example>"
                event = intake.handle(
                    IncomingMessage(
                        account=1,
                        folder="INBOX",
                        uid=uid,
                        uidvalidity=1,
                        message_id=message_id,
                        sender="jd@example.org",
                        client="J.D.",
                        arrived_at=START + timedelta(days=kill_no, minutes=uid),
                        text=self.TEXTS[uid % len(self.TEXTS)],
                    )
                )
                if event is not None:
                    out.write(f"{event.contact.id} {message_id}\n")

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        self.reported += lines
        with open_profile(home) as profile:
            rows = list(
                profile.db.execute(
                    "SELECT source_id, count(*), min(id) FROM contacts WHERE source = 'mail' "
                    "GROUP BY source_id"
                )
            )
        stored = {str(r[0]): int(r[2]) for r in rows}
        figures.doubled += sum(1 for r in rows if r[1] > 1)
        for line in self.reported:
            contact_id, message_id = line.split(" ", 1)
            if stored.get(message_id) != int(contact_id):
                figures.lost_committed += 1
                figures.note(f"mail {message_id} reported as contact {contact_id}, not stored")


class BackupOp(Operation):
    """``after-hours backup`` of a profile with thousands of contacts, over and over."""

    name = "backup"

    def prepare(self, kill_no: int) -> Path:
        home = self.work / "profile"
        if not home.exists():
            _fill(home, BACKUP_CONTACTS)
        return home

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        with open_profile(home) as profile:
            for _ in range(1_000_000):
                out.write(f"{backup(profile, reason='manual', keep=4)}\n")

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        if len(_contact_ids(home)) != BACKUP_CONTACTS:
            figures.lost_committed += 1
            figures.note("the live profile changed during a backup")
        _check_backups(home, BACKUP_CONTACTS, figures)
        if lines and not Path(lines[-1]).exists():
            figures.lost_committed += 1
            figures.note(f"the last reported backup is gone: {lines[-1]}")


class MigrationOp(Operation):
    """Opening a profile written by v0.1.0: a pre-migration backup, then every migration."""

    name = "migration"
    looping = False

    def prepare(self, kill_no: int) -> Path:
        home = self.work / f"p{kill_no}"
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(mode=0o700)
        shutil.copyfile(FIXTURE, home / "after-hours.db")
        return home

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        open_profile(home).close()
        out.write("migrated\n")

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        with open_profile(home) as profile:  # finishes the migration
            settings = profile.db.execute("SELECT count(*) FROM settings").fetchone()[0]
            versions = profile.db.execute("SELECT count(*) FROM schedule_versions").fetchone()[0]
        if (settings, versions) != (4, 2):
            figures.lost_committed += 1
            figures.note(f"v0.1.0 data after migration: {settings} settings, {versions} schedules")
        _check_backups(home, None, figures)
        shutil.rmtree(home)


class RestoreOp(Operation):
    """``after-hours restore`` of an older backup: the old content or the backup's, never a mix."""

    name = "restore"
    looping = False

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        self.template = self.work / "template"
        _fill(self.template, RESTORE_BACKED_UP)
        with open_profile(self.template) as profile:
            self.backup_name = backup(profile, reason="manual").name
            self.backed_up = {int(r[0]) for r in profile.db.execute("SELECT id FROM contacts")}
        _fill(self.template, RESTORE_LATER, offset=RESTORE_BACKED_UP)
        self.everything = _contact_ids(self.template)

    def prepare(self, kill_no: int) -> Path:
        home = self.work / f"p{kill_no}"
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(self.template, home)
        return home

    def child(self, home: Path, kill_no: int, out: io.TextIOBase) -> None:
        with open_profile(home) as profile:
            restore(profile, home / "backups" / self.backup_name)
        out.write("restored\n")

    def check(self, home: Path, lines: list[str], figures: Figures) -> None:
        ids = _contact_ids(home)
        if ids not in (self.backed_up, self.everything):
            figures.partial_imports += 1
            figures.note(f"restore left {len(ids)} contacts: neither the old nor the backup")
        if lines and ids != self.backed_up:
            figures.lost_committed += 1
            figures.note("restore reported success but the backup's content is not there")
        if not lines and ids == self.everything:
            pass  # killed before the restore committed: the old content, whole
        _check_backups(home, None, figures)
        shutil.rmtree(home)


OPERATIONS: tuple[type[Operation], ...] = (
    LogOp,
    ImportOp,
    IntakeOp,
    BackupOp,
    MigrationOp,
    RestoreOp,
)


def _spawn(op: Operation, home: Path, kill_no: int) -> tuple[int, int]:
    """Fork a child doing ``op``; returns its pid and the read end of its report pipe."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code
        os.close(read_fd)
        status = 0
        try:
            out = io.TextIOWrapper(io.FileIO(write_fd, "w"), encoding="utf-8", line_buffering=True)
            op.child(home, kill_no, out)
            out.flush()
        except BaseException as exc:
            os.write(2, f"storm child {op.name}: {exc!r}\n".encode())
            status = 1
        os._exit(status)
    os.close(write_fd)
    return pid, read_fd


def _read_all(fd: int) -> list[str]:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    text = b"".join(chunks).decode("utf-8", "replace")
    # A line cut by the kill was never fully reported: only whole lines count.
    return [line for line in text.split("\n")[:-1] if line]


def _calibrate(op: Operation) -> float:
    """A kill window that lands inside the writes.

    For a one-shot operation: how long it takes here. For a looping one: how long it takes
    to report its first write, plus a stretch of writing.
    """
    durations = []
    for n in range(3):
        home = op.prepare(-1 - n)
        begun = time.perf_counter()
        pid, fd = _spawn(op, home, -1 - n)
        if op.looping:
            with os.fdopen(fd, "rb") as pipe:
                pipe.readline()
                durations.append(time.perf_counter() - begun)
                os.kill(pid, signal.SIGKILL)
        else:
            _read_all(fd)
            durations.append(time.perf_counter() - begun)
        os.waitpid(pid, 0)
        if not op.looping:
            shutil.rmtree(home, ignore_errors=True)
    return max(durations) * 1.2 + (0.15 if op.looping else 0.0)


def storm_one(op: Operation, kills: int, rng: random.Random, figures: Figures) -> None:
    """Kill ``op``'s writer ``kills`` times (attempts where it had already finished don't count)."""
    op.warm()
    window = _calibrate(op)
    kill_no = 0
    attempts = 0
    # A one-shot writer (a migration, a restore) often finishes before the kill on a quiet
    # machine; keep trying (those attempts do not count) so the storm gets its kills.
    while figures.kills < kills and attempts < kills * 30:
        attempts += 1
        kill_no += 1
        home = op.prepare(kill_no)
        pid, fd = _spawn(op, home, kill_no)
        time.sleep(rng.uniform(0.0, window))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = _read_all(fd)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        figures.kills += int(killed)
        if not killed and os.WEXITSTATUS(status) != 0:
            figures.note(f"the writer failed on its own (exit {os.WEXITSTATUS(status)})")
            figures.writer_errors += 1
        figures.reported_writes += len(lines)
        _check_after_kill(op, home, lines, figures)


def _check_after_kill(op: Operation, home: Path, lines: list[str], figures: Figures) -> None:
    db_path = home / "after-hours.db"
    try:
        with open_profile(home):
            pass
    except (StoreError, sqlite3.Error) as exc:
        figures.open_failures += 1
        figures.note(f"the profile did not open: {exc}")
        return
    if _integrity(db_path) != "ok":
        figures.integrity_failures += 1
        figures.note("PRAGMA integrity_check is not ok")
    op.check(home, lines, figures)


def run_storm(
    kills: int, work: Path, seed: int, only: list[str] | None = None
) -> dict[str, Figures]:
    """``kills`` in all, shared out evenly across the operations."""
    rng = random.Random(seed)
    ops = [cls for cls in OPERATIONS if not only or cls.name in only]
    results: dict[str, Figures] = {}
    for index, cls in enumerate(ops):
        share = kills // len(ops) + (1 if index < kills % len(ops) else 0)
        figures = Figures()
        storm_one(cls(work), share, rng, figures)
        results[cls.name] = figures
    return results


def format_table(results: dict[str, Figures], seconds: float) -> str:
    columns: list[tuple[str, Callable[[Figures], int]]] = [
        ("kills", lambda f: f.kills),
        ("reported", lambda f: f.reported_writes),
        ("lost", lambda f: f.lost_committed),
        ("partial", lambda f: f.partial_imports),
        ("doubled", lambda f: f.doubled),
        ("integrity", lambda f: f.integrity_failures),
        ("no-open", lambda f: f.open_failures),
        ("bad-backup", lambda f: f.broken_backups_offered),
        ("errors", lambda f: f.writer_errors),
    ]
    head = f"{'operation':<16}" + "".join(f"{name:>11}" for name, _ in columns)
    lines = [head, "-" * len(head)]
    for name, figures in results.items():
        lines.append(f"{name:<16}" + "".join(f"{get(figures):>11}" for _, get in columns))
    total = Figures()
    for figures in results.values():
        for key in asdict(total):
            if key != "notes":
                setattr(total, key, getattr(total, key) + getattr(figures, key))
    lines.append("-" * len(head))
    lines.append(f"{'total':<16}" + "".join(f"{get(total):>11}" for _, get in columns))
    lines.append(
        f"{total.kills} kills in {seconds:.0f} s: {total.lost_committed} lost committed writes, "
        f"{total.partial_imports} partial imports or restores, {total.doubled} doubled, "
        f"{total.integrity_failures} integrity failures, {total.open_failures} profiles that "
        f"did not open, {total.broken_backups_offered} broken backups offered, "
        f"{total.writer_errors} writer errors."
    )
    for name, figures in results.items():
        lines += [f"  {name}: {n}" for n in figures.notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", action="append", help="an operation's name (repeatable)")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: temp)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="storm-") as scratch:
        work = args.work or Path(scratch)
        begun = time.perf_counter()
        results = run_storm(args.kills, work, seed, args.only)
        seconds = time.perf_counter() - begun
    failures = sum(f.failures() for f in results.values())
    if args.json:
        json.dump(
            {
                "seed": seed,
                "seconds": seconds,
                "operations": {k: asdict(v) for k, v in results.items()},
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        print(f"Kill storm, seed {seed}")
        print(format_table(results, seconds))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
