"""Access to the shipped data files, from a source checkout or an installed wheel alike."""

from __future__ import annotations

import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "after_hours.resources"


def resource(*parts: str) -> Traversable:
    """A shipped file (``resource("icons", "app.svg")``); PyInstaller builds look in _MEIPASS."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen, "after_hours", "resources", *parts)
    node = files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
