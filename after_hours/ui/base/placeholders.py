"""Fill Qt's numbered placeholders (``%1``, ``%2``) in a translated string, in one pass.

A translator may reorder the pieces ("%2 de %1"), which is why sentences are written with
numbered placeholders rather than glued together. Filling them one ``str.replace`` after another
would also replace a ``%2`` that the first value happened to contain (a client named "%2");
one regular-expression pass never looks inside what it has put in.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """``fill("%1 de %2", "a", "b")`` is "a de b"; a number with no value is left as is."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
