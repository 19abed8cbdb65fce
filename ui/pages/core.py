"""The six built-in sections. Each widget module is imported when its page is first shown."""

from __future__ import annotations

from ui.pages import PageSpec, lazy

PAGES = [
    PageSpec("today", "Today", "state-available.svg", lazy("ui.views.today:TodayPage"), 0),
    PageSpec(
        "contacts",
        "Contacts",
        "channel-messaging_app.svg",
        lazy("ui.views.contacts:ContactsPage"),
        10,
    ),
    PageSpec(
        "clients", "Clients", "channel-in_person.svg", lazy("ui.views.clients:ClientsPage"), 20
    ),
    PageSpec(
        "schedule", "Schedule", "state-on-call.svg", lazy("ui.views.schedule:SchedulePage"), 30
    ),
    PageSpec("reports", "Reports", "state-available.svg", lazy("ui.views.reports:ReportsPage"), 40),
    PageSpec("settings", "Settings", "app.svg", lazy("ui.views.settings:SettingsPage"), 90),
]
