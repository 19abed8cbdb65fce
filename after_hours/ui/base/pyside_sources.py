"""PySide6's import hook reads each module's source; make it do so without keeping the text.

PySide6 (``shibokensupport.feature``, PYSIDE-2029) looks at every module imported after it to
learn whether the module uses PySide: it asks ``inspect.getsource`` and searches the text for
"PySide6". ``inspect`` reads through ``linecache``, which keeps every line of every module read
for the life of the process: in the running app about 240 modules, 9 MiB of resident memory
(docs/benchmarks.md), plus the time to split them into lines at start-up.

:func:`check_sources_without_caching` replaces that one question with the same search over
the file's bytes, read and dropped. Modules without a ``.py`` file, or a PySide6 that no longer
has the function, keep PySide's own behaviour: the answer stays the same, only where the text
sits changes. ``tests/test_pyside_canary.py`` notices a PySide6 that changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def check_sources_without_caching() -> bool:
    """Install the file-reading check; True if PySide6's check was found and replaced."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport, whose hook is replaced)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_file_bytes", False):
        return True  # installed before
    setattr(feature, CHECK, _file_check(original))
    return True


def _file_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_file_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
