"""Access to the shipped data files, from a source checkout, a wheel or a frozen bundle alike.

One lookup, through ``importlib.resources``: ``after_hours/resources/`` is a package, a
checkout and a wheel hold it as plain files, and PyInstaller's importer serves the files the
spec collects under ``after_hours/resources/`` in the bundle. No special case for frozen
builds: ``tests/test_packaging.py`` builds the bundle and reads icons, templates and
catalogues from it.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

PACKAGE = "after_hours.resources"


def resource(*parts: str) -> Traversable:
    """A shipped file (``resource("icons", "app.svg")``)."""
    node = files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
