"""``python -m after_hours.availability.triage.refresh``: derive the phrase lists' tables.

The app starts this in a separate process once idle; when the cache (``derived``) is stale, so
the slow part of building the lexicon (1-2 s, and the memory it leaves in the allocator) is
never paid in the app itself, and the first message builds the lists from the cache.
"""

from __future__ import annotations

import contextlib
import os
import sys

from after_hours.availability.triage import derived


def main() -> int:
    """Build the shipped lexicon once when the cache is stale, which writes it back."""
    # A background chore: the desktop comes first.
    with contextlib.suppress(OSError):
        os.nice(10)
    if not derived.is_fresh():
        from after_hours.availability.triage.lexicon import default_lexicon

        default_lexicon()
    return 0


if __name__ == "__main__":
    sys.exit(main())
