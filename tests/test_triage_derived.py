"""The triage lexicon's derived tables cached on disk (``triage/derived.py``, docs/triage.md).

The cache may only ever make a build quicker: every test here checks that the lexicon built
with it (whole, stale, corrupt or unwritable) is the one built without it, pattern by pattern
and gate by gate, and that the file stays private.
"""

from __future__ import annotations

import marshal
import stat
from pathlib import Path

import pytest

from after_hours.availability.triage import derived, triage
from after_hours.availability.triage.lexicon import (
    DefaultLexicon,
    Lexicon,
    build_lexicon,
    shipped_files,
)


@pytest.fixture(scope="module")
def reference() -> Lexicon:
    """The shipped lists built as before the cache existed."""
    return build_lexicon(shipped_files())


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "after-hours" / derived.FILE_NAME


def _shape(lex: Lexicon) -> tuple[object, ...]:
    """Everything the engine reads from a lexicon, in comparable form."""
    return (
        [(p.rule.id, p.source, p.anchors, p.requires) for p in lex.patterns],
        lex.by_anchor,
        lex.gate.pattern,
        lex.loose_gate.pattern if lex.loose_gate else None,
        [r.id for r in lex.false_friends],
    )


def test_a_cold_build_writes_a_private_cache_that_the_next_build_uses_whole(
    cache_home: Path, reference: Lexicon
) -> None:
    first = DefaultLexicon()
    assert _shape(first()) == _shape(reference)
    assert cache_home.is_file()
    assert stat.S_IMODE(cache_home.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_home.parent.stat().st_mode) == 0o700
    assert derived.is_fresh(shipped_files())
    # The next process reads every pattern's tables from the file and derives nothing.
    tables = derived.load()
    lex = build_lexicon(shipped_files(), tables)
    assert tables.derived == 0 and not tables.stale
    assert _shape(lex) == _shape(reference)
    assert not list(cache_home.parent.glob(".triage-*"))  # no partial file left behind


def test_an_edited_phrase_file_derives_only_what_changed_and_marks_the_cache_stale(
    cache_home: Path,
) -> None:
    files = shipped_files()
    DefaultLexicon()()
    name, text = files[0]
    added = '\n[[rule]]\nid = "en.test.zorblax"\ncategory = "active_ideation"\n'
    added += 'patterns = ["zorblax (?:myself|me) tonight"]\n'
    edited = [(name, text.replace("\n[[rule]]\n", added + "\n[[rule]]\n", 1)), *files[1:]]
    assert not derived.is_fresh(edited)
    tables = derived.load()
    lex = build_lexicon(edited, tables)
    assert tables.derived == 1  # the new pattern alone
    assert _shape(lex) == _shape(build_lexicon(edited))
    assert triage("i will zorblax myself tonight", lex, scorer=False).crisis


def test_a_cache_from_other_code_is_not_used(cache_home: Path, reference: Lexicon) -> None:
    tables = derived.load()
    build_lexicon(shipped_files(), tables)
    tables.code = b"an older release's anchors.py"
    assert derived.save(tables, shipped_files())
    again = derived.load()
    assert _shape(build_lexicon(shipped_files(), again)) == _shape(reference)
    assert again.derived > 1000  # everything derived afresh


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all \x00\xff",
        marshal.dumps((derived.FORMAT, "another python", 0)),
        "truncated",
        "wrong entries",
    ],
)
def test_a_damaged_cache_is_ignored_and_rewritten(
    cache_home: Path, reference: Lexicon, damage: bytes | str
) -> None:
    DefaultLexicon()()
    good = cache_home.read_bytes()
    if damage == "truncated":
        content = good[: len(good) // 2]
    elif damage == "wrong entries":
        tables = derived.load()
        build_lexicon(shipped_files(), tables)
        # Well-formed marshal, foreign values: an anchor set emptied, a flag that is no bool.
        key, value = next(iter(tables.used.items()))
        tables.used[key] = ((), value[1], value[2])
        key2 = list(tables.used)[1]
        tables.used[key2] = (tables.used[key2][0], "yes", ())  # type: ignore[assignment]
        derived.save(tables, shipped_files())
        content = cache_home.read_bytes()
    else:
        assert isinstance(damage, bytes)
        content = damage
    cache_home.write_bytes(content)
    lexicon = DefaultLexicon()
    assert _shape(lexicon()) == _shape(reference)
    assert triage("I want to kill myself tonight", lexicon(), scorer=False).crisis
    assert derived.load().derived == 0 and derived.is_fresh(shipped_files())  # rewritten whole


def test_an_unwritable_cache_directory_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: Lexicon
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    lexicon = DefaultLexicon()
    assert _shape(lexicon()) == _shape(reference)
    assert not derived.is_fresh(shipped_files())
    assert not derived.save(derived.load(), shipped_files())


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert derived.cache_dir() == Path.home() / ".cache" / "after-hours"


def test_the_lists_can_be_let_go_and_load_again(cache_home: Path) -> None:
    lexicon = DefaultLexicon()
    assert not lexicon.loaded
    first = lexicon()
    assert lexicon.loaded and lexicon() is first
    assert lexicon.release()
    assert not lexicon.loaded and not lexicon.release()
    assert _shape(lexicon()) == _shape(first)
