"""Python's cyclic garbage collector during start-up and at exit (docs/benchmarks.md).

Start-up allocates tens of thousands of objects that live as long as the app (modules,
classes, PySide's enum types, the window), and almost no cyclic garbage (about 400 objects).
With the collector on, each batch of allocations triggers a collection that walks all of them
again: about 15 ms before the first paint, and at exit a last full collection of everything
(another 15-60 ms) just before the process ends anyway.

So the entry point pauses collection while the app starts; just after the first paint
:func:`settle_after_start` moves everything alive into the permanent generation (never walked
again, which also keeps later collections, and so the idle app, cheap) and turns collection
back on. The little start-up garbage stays (a few hundred small objects), and so would a cycle
among objects built before the paint that is dropped later (the first-run wizard's Python
wrappers, once: Qt still deletes the widgets themselves). :func:`skip_at_exit`
does the same when the app has quit, so the interpreter's last collection has nothing to walk.
Called without a paused collector (tests, bench scripts that call ``run_app`` themselves),
:func:`settle_after_start` does nothing.
"""

from __future__ import annotations

import gc


def pause_during_start() -> None:
    """No cyclic collection until :func:`settle_after_start` (the entry point calls this)."""
    gc.disable()


def settle_after_start() -> None:
    """After the first paint: freeze what start-up built, collect as usual from now on."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def skip_at_exit() -> None:
    """The app has quit and the process ends: spare the interpreter's last full collection."""
    gc.freeze()
