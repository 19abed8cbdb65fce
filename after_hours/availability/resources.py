"""Access to the shipped data files, from a source checkout, a wheel or a frozen bundle alike.

``after_hours/resources/`` is a package: a checkout and a wheel hold it as plain files, and
the frozen bundle collects them under ``after_hours/resources/``. Where it is a folder on disk
it is read as one (the same ``Path`` ``importlib.resources.files`` returns for it, without
loading that module's readers); anything else goes through ``importlib.resources``. No
special case for frozen builds: ``tests/test_packaging.py`` builds the bundle and reads
icons, templates and catalogues from it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACKAGE = "after_hours.resources"


@cache
def _root() -> Traversable:
    """The shipped files' package, as a folder on disk when it is one.

    A checkout, an installed wheel and the frozen bundle (which collects the files under
    ``after_hours/resources/``) all hold it as a plain folder, read directly here: what
    ``importlib.resources.files`` returns for it is the same folder, but loading its readers
    (they import ``zipfile``) cost the first paint about 4 ms (docs/benchmarks.md, fifth
    round). Anything else, a zipped install say, goes through ``importlib.resources``.
    """
    import after_hours.resources as package

    folder = Path(package.__file__).parent if package.__file__ else None
    if folder is not None and folder.joinpath("icons").is_dir():
        return folder
    from importlib.resources import files

    return files(PACKAGE)


def resource(*parts: str) -> Traversable:
    """A shipped file (``resource("icons", "app.svg")``)."""
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
