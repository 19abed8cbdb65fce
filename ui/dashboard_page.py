"""Today with the dashboard: the status page's content, then the dashboard, in one scroll area.

Registered over ``ui.views.today:TodayPage`` by key (``ui/pages/dashboard.py``, higher
priority), so Today keeps its banner, pause and "needs attention" (and its tests), and the
dashboard lives in its own module. A reason's button asks the shell to open the Contacts page
filtered to exactly that reason's contacts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.dashboard import DashboardPanel
from ui.scroll_page import make_scrollable
from ui.services import Services
from ui.views.today import TodayPage


class DashboardPage(TodayPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dashboard = DashboardPanel(services)
        self.dashboard.reason_clicked.connect(services.events.contacts_requested)
        self.extra.addWidget(self.dashboard)
        # With the dashboard, Today is taller than a laptop screen.
        self.scroll = make_scrollable(self)
        # The not-a-diagnosis line stays last, under anything added to Today later (the
        # reminders feature adds "Next reminders" to ``extra`` once the page exists).
        inner = self.scroll.widget().layout()
        assert isinstance(inner, QVBoxLayout)
        at = next(i for i in range(inner.count()) if inner.itemAt(i).layout() is self.extra)
        inner.insertWidget(at + 1, self.dashboard.note)
