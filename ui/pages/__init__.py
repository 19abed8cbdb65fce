"""The main window's pages, found by registry so other parts add pages without editing it.

Every module in this package may define ``PAGES``: a list of :class:`PageSpec`. The sidebar
shows one page per ``key`` in ``order``; when two modules offer the same key, the higher
``priority`` wins, so a fuller Contacts page replaces the simple one just by being added.
A page is built lazily, the first time it is shown, by ``factory(services)``. Keep the modules
here light (they are all imported to draw the sidebar): point ``factory`` at the widget with
:func:`lazy`, so its module and the domain behind it load only when the page is opened.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.services import Services


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry."""

    key: str  # "today", "contacts", "clients", "schedule", "reports", "settings"
    title: str  # untranslated; the window passes it through tr()
    icon: str  # an SVG file in resources/icons
    factory: Callable[[Services], QWidget]
    order: int = 50
    priority: int = 0


def lazy(target: str) -> Callable[[Services], QWidget]:
    """A factory for ``"package.module:ClassName"`` that imports the module on first use."""
    module_name, _, attr = target.partition(":")

    def factory(services: Services) -> QWidget:
        widget_class = getattr(importlib.import_module(module_name), attr)
        return widget_class(services)  # type: ignore[no-any-return]

    factory.__qualname__ = f"lazy({target})"
    return factory


def discover_pages() -> list[PageSpec]:
    """All pages, one per key (highest priority wins), sorted by ``order``."""
    found: dict[str, PageSpec] = {}
    for info in pkgutil.iter_modules(__path__, prefix=f"{__name__}."):
        module = importlib.import_module(info.name)
        for spec in getattr(module, "PAGES", []):
            best = found.get(spec.key)
            if best is None or spec.priority > best.priority:
                found[spec.key] = spec
    return sorted(found.values(), key=lambda p: (p.order, p.key))
