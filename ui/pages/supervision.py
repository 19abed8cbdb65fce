"""The Reports page with the 12-week chart and Export for supervision (replaces the plain one)."""

from __future__ import annotations

from ui.pages import PageSpec, lazy

PAGES = [
    PageSpec(
        "reports",
        "Reports",
        "state-available.svg",
        lazy("ui.views.supervision:SupervisionReportsPage"),
        40,
        priority=10,
    )
]
