"""The phrase lists' derived tables, kept between runs in the user's cache directory.

Building the lexicon (``lexicon.build_lexicon``) spends about 85 % of its time deriving each
pattern's anchors and required strings by re-parsing its regular expression (``anchors``).
Those tables are pure functions of the shipped phrase files and of the deriving code, so they
are kept here as plain data (``marshal``): with them a cold build takes a tenth of the time, and
the app no longer needs to hold the compiled lists all day to put a crisis on screen within a
second (docs/triage.md, "Loading"; docs/benchmarks.md, fifth round).

Safety, because triage depends on it:

- *Exact.* An entry is keyed by the pattern's own inputs (its source, its grammar heads, whether
  it is whole-word), and the whole file by the deriving modules' source text and the Python
  version; anything that does not match is derived again, so an edited phrase file or a new
  release can never reuse a stale anchor.
- *Never in the way.* A missing, corrupt, truncated, foreign or unreadable file is an empty
  cache; an unwritable directory is no cache. Triage then derives everything, as it always did.
- *Private.* ``$XDG_CACHE_HOME/after-hours/`` (``~/.cache/after-hours/``), the directory 0700,
  the file 0600, written to a temporary file and renamed into place, so a reader never sees
  half a file.

The file holds two ``marshal`` records: a small header (format, Python version, a checksum of
the inputs) that :func:`is_fresh` reads alone, and the tables. ``python -m
after_hours.availability.triage.refresh`` builds the lexicon once and writes the file: the app
runs it in a separate process when the header is stale, so deriving never grows the app's own
heap.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path

FORMAT = 1
FILE_NAME = "triage-derived.marshal"
# The modules whose code decides what is derived: a change to any of them empties the cache.
DERIVING_MODULES = ("anchors", "dialect", "lexicon", "normalise", "derived")

# (whole_word, source, heads) -> (anchor texts, anchors are word-initial, required string sets)
Key = tuple[bool, str, tuple[str, ...]]
Entry = tuple[tuple[str, ...], bool, tuple[tuple[str, ...], ...]]


def shipped_files() -> list[tuple[str, str]]:
    """The shipped phrase files, ``(name, text)``, in a stable order."""
    from after_hours.availability.resources import resource, resource_text

    names = sorted(
        p.name for p in resource("triage").iterdir() if p.name.endswith(".toml") and p.is_file()
    )
    return [(n, resource_text("triage", n)) for n in names]


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/after-hours`` (a relative value is ignored, as the spec says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "after-hours"


def cache_path() -> Path:
    return cache_dir() / FILE_NAME


def code_text() -> bytes | None:
    """The deriving modules' source, or None where it cannot be read (a frozen bundle)."""
    here = Path(__file__).parent
    parts = []
    try:
        for name in DERIVING_MODULES:
            parts.append((here / f"{name}.py").read_bytes())
    except OSError:
        return None
    return sys.version.encode() + b"\0" + b"\0".join(parts)


def inputs_checksum(files: Sequence[tuple[str, str]], code: bytes) -> int:
    """A checksum of the phrase files and the code, for the header's quick freshness check.

    Only a hint for *when* to rebuild (the entries are checked exactly when used), so a CRC is
    enough, and it keeps OpenSSL (``hashlib``, 3.3 MiB) out of the idle app.
    """
    crc = zlib.crc32(code)
    for name, text in files:
        crc = zlib.crc32(name.encode() + b"\0" + text.encode("utf-8") + b"\0", crc)
    return crc


def _header(checksum: int) -> tuple[int, str, int]:
    return (FORMAT, sys.version, checksum)


class DerivedTables:
    """The cached entries of one build: looked up while building, written back when grown."""

    def __init__(self, code: bytes | None, entries: dict[Key, Entry] | None = None) -> None:
        self.code = code
        self._old = entries or {}
        self.used: dict[Key, Entry] = {}
        self.derived = 0  # entries this build had to derive (0: the cache was complete)

    def get(self, key: Key) -> Entry | None:
        entry = self._old.get(key)
        if entry is not None and _valid_entry(entry):
            self.used[key] = entry
            return entry
        return None

    def put(self, key: Key, entry: Entry) -> None:
        self.used[key] = entry
        self.derived += 1

    @property
    def stale(self) -> bool:
        """Whether the file should be written: something derived, or entries no longer used."""
        return self.derived > 0 or len(self.used) != len(self._old)


def _valid_entry(entry: object) -> bool:
    """A well-formed entry (a damaged or foreign file must not reach the gate)."""
    if not (isinstance(entry, tuple) and len(entry) == 3):
        return False
    texts, initial, requires = entry
    return (
        isinstance(texts, tuple)
        and bool(texts)
        and all(isinstance(t, str) and t for t in texts)
        and isinstance(initial, bool)
        and isinstance(requires, tuple)
        and all(
            isinstance(r, tuple) and r and all(isinstance(t, str) and t for t in r)
            for r in requires
        )
    )


def load(path: Path | None = None) -> DerivedTables:
    """The cached tables, or empty ones when the file is missing, stale or damaged."""
    code = code_text()
    if code is None:
        return DerivedTables(None)
    try:
        with open(path or cache_path(), "rb") as f:
            header = marshal.load(f)
            if not (isinstance(header, tuple) and header[:2] == _header(0)[:2]):
                return DerivedTables(code)
            body = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return DerivedTables(code)
    if not (isinstance(body, tuple) and len(body) == 2 and body[0] == code):
        return DerivedTables(code)
    entries = body[1]
    if not isinstance(entries, dict):
        return DerivedTables(code)
    return DerivedTables(code, entries)


def save(tables: DerivedTables, files: Sequence[tuple[str, str]], path: Path | None = None) -> bool:
    """Write the tables (0600, atomically); False when the directory cannot take them."""
    if tables.code is None:
        return False
    target = path or cache_path()
    header = _header(inputs_checksum(files, tables.code))
    data = marshal.dumps(header) + marshal.dumps((tables.code, tables.used))
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(prefix=".triage-", dir=target.parent)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def is_fresh(files: Sequence[tuple[str, str]] | None = None, path: Path | None = None) -> bool:
    """Whether the file was written for these phrase files, this code and this Python.

    Reads the header alone (a few bytes): the app asks this while idle, to decide whether a
    separate process should derive the tables before the first message needs them.
    """
    code = code_text()
    if code is None:
        return True  # nothing to cache here: do not start a process for it
    if files is None:
        files = shipped_files()
    try:
        with open(path or cache_path(), "rb") as f:
            header = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return False
    return bool(header == _header(inputs_checksum(files, code)))
