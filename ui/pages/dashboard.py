"""Part 2 of the desktop app replaces pages by key: Today with the dashboard, Clients with agreements."""

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

PAGES.append(
    PageSpec(
        "clients",
        "Clients",
        "channel-in_person.svg",
        lazy("ui.clients_page:ClientsAgreementsPage"),
        20,
        priority=10,
    )
)
PAGES.append(
    PageSpec(
        "settings",
        "Settings",
        "app.svg",
        lazy("ui.settings_page:FullSettingsPage"),
        90,
        priority=10,
    )
)
