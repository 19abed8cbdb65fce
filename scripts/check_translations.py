"""Fail when a visible string is untranslated or a catalogue is out of date with the code.

``python scripts/check_translations.py`` (run by ``make test`` through
``tests/test_translations.py``):

- Qt: ``pyside6-lupdate`` re-extracts the UI's strings into a temporary copy of
  ``after_hours_fr.ts``; the check fails when that adds or drops a source text (the committed
  ``.ts`` is out of date: run ``make translations``) or when any message is unfinished, and when
  the shipped ``.qm`` is older than the ``.ts``.
- Literals: every ``tr()`` / ``translate()`` call in the UI must pass its text (and a
  ``translate()`` its context) as a string literal. lupdate cannot see ``self.tr(label)`` or a
  helper such as ``_tr("...")`` that wraps ``translate(CONTEXT, text)``, so such strings stay
  English without a word from lupdate. A call that shows a ``QT_TRANSLATE_NOOP`` table entry is
  allowed when its line says ``# tr: noop`` and its context is a literal that some UI module
  marks with ``QT_TRANSLATE_NOOP``.
- The domain (and the report PDF, which writes through the domain's catalogue): Babel
  re-extracts ``_()``/``N_()``/``ngettext()`` strings; every one must have a
  French ``msgstr`` in ``fr/LC_MESSAGES/after_hours.po``, none fuzzy, and the ``.mo`` must
  compile to the same bytes as the one shipped.
"""

from __future__ import annotations

import ast
import io
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "after_hours" / "resources" / "translations" / "after_hours_fr.ts"
QM = TS.with_suffix(".qm")
LOCALE = ROOT / "after_hours" / "resources" / "locale"
PO = LOCALE / "fr" / "LC_MESSAGES" / "after_hours.po"
# argparse's own words (Python ships no catalogue for them); hand-kept, compiled alike.
ARGPARSE_PO = PO.with_name("argparse.po")
BIN = Path(sys.executable).parent
# UI modules whose words are domain messages (gettext), extracted with the domain.
DOMAIN_UI = ROOT / "after_hours" / "ui" / "printing" / "report_pdf.py"


def ts_messages(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """The (context, source) pairs of a .ts, and the sources still unfinished."""
    pairs: set[tuple[str, str]] = set()
    unfinished: list[str] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            pairs.add((name, source))
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                unfinished.append(f"{name}: {source!r}")
    return pairs, unfinished


def check_qt() -> list[str]:
    problems: list[str] = []
    sources = sorted(str(p) for p in (ROOT / "after_hours" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources,
                "-source-language",
                "en_CA",
                "-target-language",
                "fr_CA",
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(fresh),
            ],
            check=True,
            capture_output=True,
        )
        committed, _ = ts_messages(TS)
        current, unfinished = ts_messages(fresh)
    for name, source in sorted(current - committed):
        problems.append(f"new UI string not in the .ts (run make translations): {name}: {source!r}")
    for name, source in sorted(committed - current):
        problems.append(f"the .ts has a string the code no longer has: {name}: {source!r}")
    problems += [f"untranslated UI string: {u}" for u in unfinished]
    if not QM.exists() or QM.stat().st_mtime + 1 < TS.stat().st_mtime:
        problems.append(f"{QM.name} is older than {TS.name}: run make translations")
    return problems


TR_NAMES = {"tr", "translate"}
NOOP_PRAGMA = "# tr: noop"


def _is_literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _noop_contexts(tree: ast.AST) -> set[str]:
    """The contexts a module marks with ``QT_TRANSLATE_NOOP("Context", "...")``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
            and node.args
            and _is_literal(node.args[0])
        ):
            found.add(node.args[0].value)  # type: ignore[attr-defined]
    return found


def literal_problems(path: Path, shared_contexts: frozenset[str] = frozenset()) -> list[str]:
    """The ``tr()`` / ``translate()`` calls of one module whose text lupdate cannot read."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    lines = source.splitlines()
    contexts = _noop_contexts(tree) | shared_contexts
    problems: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in TR_NAMES:
            continue
        if name == "translate":
            context = node.args[0] if node.args else None
            text = node.args[1] if len(node.args) > 1 else None
        else:
            context, text = None, node.args[0] if node.args else None
        if text is None:
            continue
        where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{node.lineno}"
        if name == "translate" and not _is_literal(context):
            problems.append(f"{where}: translate() with a context that is not a literal")
            continue
        if _is_literal(text):
            continue
        end = node.end_lineno or node.lineno
        marked = any(NOOP_PRAGMA in lines[i - 1] for i in range(node.lineno, end + 1))
        if marked and name == "translate" and context.value in contexts:  # type: ignore[union-attr]
            continue
        problems.append(
            f"{where}: {name}() of a variable or expression: lupdate cannot extract it "
            f"(write the literal, or mark a QT_TRANSLATE_NOOP table entry with {NOOP_PRAGMA!r})"
        )
    return problems


def check_literals(root: Path = ROOT / "after_hours" / "ui") -> list[str]:
    """Every ``tr()`` / ``translate()`` call under ``root`` passes literals lupdate can read."""
    paths = sorted(root.rglob("*.py"))
    shared: set[str] = set()
    for path in paths:
        shared |= _noop_contexts(ast.parse(path.read_text(encoding="utf-8")))
    problems: list[str] = []
    for path in paths:
        problems += literal_problems(path, frozenset(shared))
    return problems


def check_domain() -> list[str]:
    from babel.messages.extract import extract, extract_from_dir
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    keywords = {"_": None, "N_": None, "ngettext": (1, 2), "_count": (2, 3)}
    found: set[str] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "after_hours" / "availability"), keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    # The report PDF draws with Qt but speaks through the domain's catalogue (as the CLI does).
    with DOMAIN_UI.open("rb") as fh:
        for _line, message, _comments, _context in extract("python", fh, keywords=keywords):
            found.add(message if isinstance(message, str) else message[0])
    with PO.open("rb") as f:
        catalog = read_po(f)
    problems: list[str] = []
    for text in sorted(found):
        entry = catalog.get(text)
        if entry is None:
            problems.append(f"new domain string not in the .po (run make translations): {text!r}")
            continue
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if not all(strings) or entry.fuzzy:
            problems.append(f"untranslated domain string: {text!r}")
    for po in (PO, ARGPARSE_PO):
        with po.open("rb") as f:
            compiled = io.BytesIO()
            write_mo(compiled, read_po(f))
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled.getvalue():
            problems.append(f"{mo.name} does not match {po.name}: run make translations")
    return problems


def main() -> int:
    problems = check_literals() + check_qt() + check_domain()
    for p in problems:
        print(p)
    print(f"{len(problems)} translation problem(s)" if problems else "translations: complete")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
