"""The main window's pages: one module per sidebar page, listed here in sidebar order.

Keep this module light (the sidebar is drawn from it at start-up): each entry names its page's
class with :func:`lazy`, so the page's module and the domain behind it load only when the page
is first shown. A new page is one module in this package and one line in ``PAGES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from after_hours.ui.base.services import Services


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry."""

    key: str  # "today", "contacts", "clients", "schedule", "reports", "settings"
    title: str  # untranslated; the window passes it through tr()
    icon: str  # an SVG file in resources/icons
    factory: Callable[[Services], QWidget]


def lazy(target: str) -> Callable[[Services], QWidget]:
    """A factory for ``"package.module:ClassName"`` that imports the module on first use."""
    module_name, _, attr = target.partition(":")

    def factory(services: Services) -> QWidget:
        widget_class = getattr(importlib.import_module(module_name), attr)
        return widget_class(services)  # type: ignore[no-any-return]

    factory.__qualname__ = f"lazy({target})"
    return factory


def _page(key: str, title: str, icon: str, cls: str) -> PageSpec:
    return PageSpec(key, title, icon, lazy(f"{__name__}.{key}:{cls}"))


# Titles are marked for lupdate in the "pages" context; the window translates them when shown.
PAGES: tuple[PageSpec, ...] = (
    _page("today", QT_TRANSLATE_NOOP("pages", "Today"), "state-available.svg", "TodayPage"),
    _page(
        "contacts",
        QT_TRANSLATE_NOOP("pages", "Contacts"),
        "channel-messaging_app.svg",
        "ContactsPage",
    ),
    _page("clients", QT_TRANSLATE_NOOP("pages", "Clients"), "channel-in_person.svg", "ClientsPage"),
    _page("schedule", QT_TRANSLATE_NOOP("pages", "Schedule"), "state-on-call.svg", "SchedulePage"),
    _page("reports", QT_TRANSLATE_NOOP("pages", "Reports"), "state-available.svg", "ReportsPage"),
    _page("settings", QT_TRANSLATE_NOOP("pages", "Settings"), "app.svg", "SettingsPage"),
)
