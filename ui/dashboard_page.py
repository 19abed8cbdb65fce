"""Today with the dashboard: the status page's content, then the dashboard, in one scroll area.

Registered over ``ui.views.today:TodayPage`` by key (``ui/pages/dashboard.py``, higher
priority), so Today keeps its banner, pause and "needs attention" (and its tests), and the
dashboard lives in its own module. A reason's button asks the shell to open the Contacts page
filtered to exactly that reason's contacts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from ui.dashboard import DashboardPanel
from ui.services import Services
from ui.views.today import TodayPage


class DashboardPage(TodayPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dashboard = DashboardPanel(services)
        self.dashboard.reason_clicked.connect(services.events.contacts_requested)
        self.extra.addWidget(self.dashboard)
        # Move Today's content into a scroll area: with the dashboard it is taller than a
        # laptop screen.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setSpacing(outer.spacing())
        while outer.count():
            item = outer.takeAt(0)
            if item.widget() is not None:
                inner_layout.addWidget(item.widget())
            elif isinstance(item.layout(), QLayout):
                inner_layout.addLayout(item.layout())
            else:
                inner_layout.addItem(item)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
