"""Today becomes the dashboard (status, then this week against your usual): replaces by key."""

from __future__ import annotations

from ui.pages import PageSpec, lazy

PAGES = [
    PageSpec(
        "today",
        "Today",
        "state-available.svg",
        lazy("ui.dashboard_page:DashboardPage"),
        0,
        priority=10,
    ),
]
