"""Whether Qt can show a window here, asked by the entry point and by PDF printing alike."""

from __future__ import annotations

import os
import sys

NO_DISPLAY_MESSAGE = (
    "after-hours: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
    "cannot open. The command line works without one: try `after-hours status` or "
    "`after-hours --help`."
)


def has_display() -> bool:
    """Whether Qt can show a window: a display server, or a platform chosen explicitly."""
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or sys.platform in ("win32", "darwin")
    )
