r"""The pattern dialect of the phrase lists, so a reviewer can write ``can't go on`` and mean it.

- a space matches any run of whitespace (and underscores): ``kill myself`` matches
  ``kill   myself`` and ``kill\nmyself``;
- an apostrophe is optional and may be straight or curly: ``can't`` matches ``cant`` and
  ``can’t``;
- an accented letter also matches its plain and other accented forms: ``pensé`` matches
  ``pense`` and ``pensè`` (people type fast, on phones, without accents);
- matching ignores case, and a pattern only matches whole words unless the rule says
  ``whole_word = false`` (emoji).

The rest is Python's regular-expression syntax.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

_ACCENT_GROUPS = ("aàâäá", "cç", "eéèêë", "iîïí", "oôöó", "uùûüú", "yÿ")
_ACCENT_CLASS: dict[str, str] = {}
for _group in _ACCENT_GROUPS:
    for _ch in _group[1:]:
        _ACCENT_CLASS[_ch] = f"[{_group}]"
        _ACCENT_CLASS[_ch.upper()] = f"[{_group}]"
SPACE = r"(?:[\s_]+)"
APOSTROPHE = "['’‘ʼ`´]?"


def expand(pattern: str) -> str:
    """Turn the friendly dialect into a Python regular expression (see the module docstring)."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == " ":
            out.append(SPACE)
        elif ch in "'’":
            out.append(APOSTROPHE)
        elif ch in _ACCENT_CLASS:
            out.append(_ACCENT_CLASS[ch])
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def split_alternatives(pattern: str) -> list[str]:
    """Split ``a|b|c`` at its top level only (not inside groups or character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def lower_literals(pattern: str) -> str:
    r"""Lower-case a pattern's letters, leaving escapes (``\W``, ``\S``, ``\D``) alone."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


def compile_pattern(
    pattern: str, *, whole_word: bool = True, fast: bool = False
) -> re.Pattern[str]:
    """Compile the dialect; ``fast``: for lower-cased text, the leading boundary left out."""
    body = expand(pattern)
    if fast:
        return re.compile(rf"(?:{body})(?!\w)" if whole_word else body)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, FLAGS)
