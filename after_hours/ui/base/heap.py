"""Keeping the C heap of a long-running app small (glibc's allocator; elsewhere a no-op).

The app runs all day, so what start-up and the idle warm-up freed should go back to the system
rather than stay resident in the allocator's free lists (docs/benchmarks.md, issue 18's third
round, measured on the demo profile):

- :func:`one_arena` before the app's own threads start (just after the first paint): glibc gives each thread that allocates
  its own arena, and an arena keeps the pages its thread freed (the warm-up thread compiling
  the triage phrase lists left about 1 MiB behind in its own). Python's threads take turns on
  the GIL anyway, so one shared arena costs no speed here.
- :func:`give_back_free_memory` once the big one-off work is done: ``malloc_trim`` returns
  the free pages at the top of and inside every arena (1-2 MiB after the warm-up).
"""

from __future__ import annotations

from functools import cache
from typing import Any

_M_ARENA_MAX = -8  # mallopt's parameter number in glibc's malloc.h


@cache
def _libc() -> Any:
    """The C library already linked into this process (ctypes loads on first use: 0.5 MiB)."""
    import ctypes

    libc = ctypes.CDLL(None)
    # Only glibc has both; musl or another C library keeps its own behaviour.
    if not (hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim")):
        return None
    return libc


def one_arena() -> bool:
    """One malloc arena for threads started from now on; False where that is not glibc."""
    libc = _libc()
    return libc is not None and libc.mallopt(_M_ARENA_MAX, 1) == 1


def give_back_free_memory() -> bool:
    """Return the allocator's free pages to the system; True if any were returned."""
    libc = _libc()
    return libc is not None and libc.malloc_trim(0) == 1
