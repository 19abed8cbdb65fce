"""Today with the dashboard: the status page's content, then the dashboard, in one scroll area.

Registered over ``ui.views.today:TodayPage`` by key (``ui/pages/dashboard.py``, higher
priority), so Today keeps its banner, pause and "needs attention" (and its tests), and the
dashboard lives in its own module. A reason's button asks the shell to open the Contacts page
filtered to exactly that reason's contacts.

Today is the first page the app paints, so the dashboard (the burnout figures, the report's
chart, the self-checks) is built just after the page's first paint, from a zero-delay timer
(or at once when something asks for ``page.dashboard``): the status shows at once and the
figures follow a few tens of milliseconds later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.scroll_page import make_scrollable
from ui.services import Services
from ui.views.today import TodayPage

if TYPE_CHECKING:
    from ui.dashboard import DashboardPanel


class DashboardPage(TodayPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._dashboard: DashboardPanel | None = None
        # With the dashboard, Today is taller than a laptop screen.
        self.scroll = make_scrollable(self)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._build_dashboard)
        self.scroll.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint of the page, schedule the dashboard for just after it."""
        if (
            event.type() == QEvent.Type.Paint
            and self._dashboard is None
            and not self._later.isActive()
        ):
            self._later.start(0)
        return super().eventFilter(watched, event)

    @property
    def dashboard(self) -> DashboardPanel:
        """The dashboard panel, built now if the first paint has not happened yet."""
        if self._dashboard is None:
            self._build_dashboard()
        assert self._dashboard is not None
        return self._dashboard

    def _build_dashboard(self) -> None:
        if self._dashboard is not None:
            return
        self.scroll.widget().removeEventFilter(self)
        from ui.dashboard import DashboardPanel

        panel = DashboardPanel(self.services)
        panel.reason_clicked.connect(self.services.events.contacts_requested)
        self._dashboard = panel
        # First in ``extra``, above anything added meanwhile (the reminders feature adds
        # "Next reminders" there once the page exists).
        self.extra.insertWidget(0, panel)
        # The not-a-diagnosis line stays last, under those later additions too.
        inner = self.scroll.widget().layout()
        assert isinstance(inner, QVBoxLayout)
        at = next(i for i in range(inner.count()) if inner.itemAt(i).layout() is self.extra)
        inner.insertWidget(at + 1, panel.note)
