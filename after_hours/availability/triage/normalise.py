"""Normalising a message before the rules run, keeping a map back to the text as written.

What it does, and why:
- NFKC: full-width and stylised letters ("ｋｉｌｌ", "𝐝𝐢𝐞") become plain ones, ligatures split;
- case folding (``casefold``, so "ß" and "ẞ" fold alike);
- stretched letters: a run of three or more of the same letter becomes one ("dieeee" -> "die",
  "nooooo" -> "no"; "killll" -> "kil", which the rules accept), or two inside a word for the
  consonants that are often doubled ("pillllls" -> "pills");
- accents off (and curly apostrophes straight), letter for letter: the rules are compiled
  without accents too, so French typed with or without accents reads alike;
- a run of spaces and tabs becomes one space: some rules look a number of characters ahead
  ("not followed by *but* within 110 characters"), and a message typed with two spaces after
  each word must read as the same message (a line break is kept: it ends a clause).

Textisms and slang ("wanna", "chu", "pu", "j'vais", "kms") are written into the rules' slots
instead of rewritten here, so a rule shows the words it accepts.

Speed matters (>= 20,000 messages a second): the common case, plain ASCII with no stretched
letter, is one ``lower()`` and one regex scan, with no map (offsets are the same).
"""

from __future__ import annotations

import re
import unicodedata

_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
# What ``_collapse`` shortens: a stretched letter (group 1), or spaces and tabs.
_RUNS = re.compile(r"([^\W\d_])\1{2,}|[ \t]{2,}|\t")
# Any character three times in a row: a stretched letter is one, and this finds none about
# four times faster than ``_STRETCH`` (no class test at each position). Most messages have none.
_TRIPLE = re.compile(r"(.)\1\1")

# Accents off, one letter for one letter (so offsets do not move): the rules are matched
# without accents too, so "déprimé", "deprime" and "DÉPRIMÉ" read alike.
_PLAIN = str.maketrans(
    "àâäáãåāçéèêëēíìîïīñóòôöõōúùûüūýÿ’‘ʼ`´",
    "aaaaaaaceeeeeiiiiinoooooouuuuuyy" + "'" * 5,
)


# Inside a word a stretched run of one of these keeps two ("pillllls" -> "pills",
# "kiiilllling" -> "killing"); at a word's start or end, or for other letters, one ("dieeee",
# "nooo", "soooo", "killll" -> "kil", which the rules accept).
_OFTEN_DOUBLED = frozenset("lstfpmnrcdgz")


def strip_accents(text: str) -> str:
    """Accented Latin letters to their plain form, curly apostrophes to straight ones."""
    return text.translate(_PLAIN)


def _has_runs(text: str) -> bool:
    """Whether ``_collapse`` would change ``text`` (two substring tests first: most have none)."""
    return (
        "  " in text
        or "\t" in text
        or (_TRIPLE.search(text) is not None and _STRETCH.search(text) is not None)
    )


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The normalised text and, when offsets moved, ``index[i]`` = the source offset of char i.

    ``index`` has one extra final entry (``len(text)``) so an end offset maps too.
    """
    if text.isascii():
        low = text.lower().replace("`", "'")
        if not _has_runs(low):
            return low, None
        return _collapse(low, None, len(text))
    nfkc = unicodedata.normalize("NFKC", text)
    folded = strip_accents(nfkc.casefold())
    if len(folded) == len(text) and nfkc == text:
        # Same length, nothing recomposed: offsets line up one to one.
        if not _has_runs(folded):
            return folded, None
        return _collapse(folded, None, len(text))
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            chars.append(c)
            index.append(i)
    out = strip_accents("".join(chars))
    return _collapse(out, index, len(text)) if _has_runs(out) else (out, [*index, len(text)])


def _collapse(text: str, index: list[int] | None, source_len: int) -> tuple[str, list[int]]:
    """Shorten runs of one letter, and of spaces and tabs.

    ``index`` maps ``text`` to the source (None: identity).
    """
    src = index if index is not None else list(range(len(text)))
    chars: list[str] = []
    out_index: list[int] = []
    pos = 0
    for m in _RUNS.finditer(text):
        chars.append(text[pos : m.start()])
        out_index.extend(src[pos : m.start()])
        letter = m.group(1)
        if letter is None:  # spaces and tabs: one space, at the run's first character
            chars.append(" ")
            out_index.append(src[m.start()])
            pos = m.end()
            continue
        inside = (m.start() > 0 and text[m.start() - 1].isalpha() and m.end() < len(text)) and text[
            m.end()
        ].isalpha()
        keep = 2 if inside and letter in _OFTEN_DOUBLED else 1
        chars.append(letter * keep)
        out_index.extend(src[m.start() : m.start() + keep])
        pos = m.end()
    chars.append(text[pos:])
    out_index.extend(src[pos:])
    out_index.append(source_len)
    return "".join(chars), out_index


def source_span(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Map a span of the normalised text back to the text as written.

    Only letters merged into a stretched run, spaces merged into one, or parts of one NFKC
    expansion, are missing from the normalised text, so a span ends where the next normalised char's source begins.
    """
    if index is None:
        return start, end
    s = index[start]
    if end <= start:
        return s, s
    last, following = index[end - 1], index[end]
    return s, following if following > last else last + 1
