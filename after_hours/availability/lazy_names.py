"""Package names loaded from their submodule on first use (a module ``__getattr__``, PEP 562).

Several packages export names whose modules are costly to import (the mail watcher with
imapclient and keyring, the triage engine with the regex parser, the report's writers with
``statistics``), while the process often needs only a light sibling module. Their
``__getattr__`` calls :func:`load_name`, so the lookup, the caching in the package's namespace
and the error for an unknown name are written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any


def load_name(package: str, homes: Mapping[str, str], namespace: dict[str, Any], name: str) -> Any:
    """``name`` from ``package.homes[name]``, kept in ``namespace`` so the next lookup is plain.

    Raises AttributeError for a name ``homes`` does not list, as a module lookup does.
    """
    home = homes.get(name)
    if home is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(import_module(f"{package}.{home}"), name)
    namespace[name] = value
    return value
