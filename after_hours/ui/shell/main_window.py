"""The main window: a sidebar of pages (from :mod:`after_hours.ui.pages`) and a banner area on top.

The banner area is where anything the tray could not say goes: no tray on this desktop, a
notification that could not be shown. Nothing is silently lost. Closing the window keeps the
app running when it sits in a tray; without a tray, closing it quits (nothing would be left to
reopen it from).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.qt_namespace import Qt
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.base.services import Services
from after_hours.ui.pages import PAGES, PageSpec


def _never() -> bool:
    return False


class Banner(QFrame):
    """One message across the top of the window, with an optional action and a Dismiss."""

    def __init__(
        self,
        key: str,
        text: str,
        *,
        action: tuple[str, Callable[[], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(text)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        self.action_button: QPushButton | None = None
        if action is not None:
            self.action_button = QPushButton(action[0])
            self.action_button.clicked.connect(action[1])
            row.addWidget(self.action_button)
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss this message"))
        close.clicked.connect(self.deleteLater)
        row.addWidget(close)


class MainWindow(QMainWindow):
    """Sidebar + stacked pages, built lazily on first view."""

    close_to_tray = Signal()
    quit_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.in_tray: Callable[[], bool] = _never
        self.setWindowTitle(self.tr("After Hours"))
        self.pages: list[PageSpec] = list(PAGES)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(150)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        # A focus ring the keyboard user can see (the frameless sidebar showed none, issue 17).
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: 2px solid transparent; }"
            "QListWidget#sidebar:focus { border: 2px solid palette(highlight); }"
        )
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for spec in self.pages:
            title = QCoreApplication.translate("pages", spec.title)  # tr: noop
            # Its accessible name is its text: Qt reads the item's DisplayRole when no
            # AccessibleTextRole is set.
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        right = QVBoxLayout()
        right.addLayout(self.banners)
        right.addWidget(self.stack, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.sidebar)
        row.addLayout(right, 1)
        self.setCentralWidget(body)
        fit_to_screen(self, 980, 700)
        for i in range(min(len(self.pages), 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.setProperty("row", i)
            shortcut.activated.connect(self._on_section_shortcut)
        log = QShortcut(QKeySequence("Ctrl+L"), self)
        log.activated.connect(services.events.quick_log_requested)
        scripts = QShortcut(QKeySequence("Ctrl+K"), self)  # crisis scripts, from any page
        scripts.activated.connect(services.events.crisis_panel_requested)
        services.events.notice.connect(self.show_notice)
        services.events.contacts_requested.connect(self.show_contacts)
        self.sidebar.setCurrentRow(0)

    # -- pages -------------------------------------------------------------------------------

    def _on_section_shortcut(self) -> None:
        shortcut = self.sender()
        if isinstance(shortcut, QShortcut):
            self.sidebar.setCurrentRow(int(shortcut.property("row")))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.pages[row]
        if spec.key not in self._built:
            page = spec.factory(self.services)
            page.setAccessibleName(QCoreApplication.translate("pages", spec.title))  # tr: noop
            holder = self.stack.widget(row)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(page)
            self._built[spec.key] = page
        self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> QWidget:
        """Switch to a page by key and return its widget."""
        for row, spec in enumerate(self.pages):
            if spec.key == key:
                self.sidebar.setCurrentRow(row)
                self._show_row(row)
                return self._built[key]
        raise KeyError(key)

    def show_contacts(self, ids: object, why: str) -> None:
        """Open the Contacts page showing exactly ``ids`` (from a dashboard reason)."""
        page = self.show_page("contacts")
        show_ids = getattr(page, "show_ids", None)
        if show_ids is not None:
            show_ids(tuple(ids), why)  # type: ignore[call-overload]

    def page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    # -- banners -----------------------------------------------------------------------------

    def add_banner(
        self, key: str, text: str, action: tuple[str, Callable[[], None]] | None = None
    ) -> Banner:
        """Show a banner (replacing one with the same key)."""
        self.remove_banner(key)
        banner = Banner(key, text, action=action)
        self.banners.addWidget(banner)
        return banner

    def remove_banner(self, key: str) -> None:
        for b in self.banner_widgets():
            if b.key == key:
                self.banners.removeWidget(b)
                b.deleteLater()

    def banner_widgets(self) -> list[Banner]:
        out = []
        for i in range(self.banners.count()):
            w = self.banners.itemAt(i).widget()
            if isinstance(w, Banner):
                out.append(w)
        return out

    def show_notice(
        self, title: str, text: str, action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """A notification the tray could not show, kept visible here until dismissed."""
        self.add_banner(f"notice:{title}:{text}", fill(self.tr("%1: %2"), title, text), action)
        self.bring_forward()

    # -- window behaviour --------------------------------------------------------------------

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.in_tray():
            event.ignore()
            self.hide()
            self.close_to_tray.emit()
            return
        event.accept()
        self.quit_requested.emit()
