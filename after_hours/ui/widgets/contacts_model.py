"""A lazy table model over the contact log: rows are fetched a page at a time, in SQL.

``rowCount`` is the SQL count for the current filter; ``data`` asks for the page holding the
row and keeps only the few pages most recently used (:data:`MAX_PAGES`), so scrolling ten years
of contacts never holds more than a few hundred of them. Sorting and filtering are SQL
(``ContactLog.query(order=..., limit=..., offset=...)``); changing either drops the cache.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from after_hours.availability.contacts import Channel, Contact, Kind
from after_hours.ui.base.dates import day_date_time
from after_hours.ui.base.icons import svg_icon
from after_hours.ui.base.labels import channel_label, class_label, kind_label
from after_hours.ui.base.services import Services

PAGE_SIZE = 100
MAX_PAGES = 6

# (header, ContactLog order key or None when the column cannot be sorted in SQL)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("ContactsModel", "When"), "at"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Client"), "client"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Channel"), "channel"),
    (QT_TRANSLATE_NOOP("ContactsModel", "What"), "kind"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Minutes"), "minutes"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Hours"), "classification"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Crisis language"), "crisis"),
    (QT_TRANSLATE_NOOP("ContactsModel", "Note"), None),
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LogFilter:
    """What the log shows. ``ids`` (a reason's contacts) narrows to exactly those contacts."""

    start: datetime | None = None
    end: datetime | None = None
    client: str | None = None
    channel: Channel | None = None
    kind: Kind | None = None
    after_hours: bool | None = None
    crisis: bool | None = None
    ids: tuple[int, ...] | None = None

    def query_args(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "client": self.client,
            "channel": self.channel,
            "kind": self.kind,
            "after_hours": self.after_hours,
            "crisis": self.crisis,
        }

    def without_ids(self) -> LogFilter:
        return replace(self, ids=None)


class ContactsModel(QAbstractTableModel):
    """The contact log as rows; the newest first by default."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self._filter = LogFilter()
        self._order = "-at"
        self._count = 0
        self._pages: OrderedDict[int, list[Contact]] = OrderedDict()
        self.pages_fetched = 0  # for tests and the benchmark: how often SQL was asked
        self._display = services.display_zone()
        self.reload()

    # -- state -------------------------------------------------------------------------------

    @property
    def log_filter(self) -> LogFilter:
        return self._filter

    @property
    def order(self) -> str:
        return self._order

    def set_filter(self, flt: LogFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Forget every cached page and count again (after a change or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._display = self.services.display_zone()
        self._count = self._count_rows()
        self.endResetModel()

    def cached_rows(self) -> int:
        """How many contacts the model holds right now (never more than a few pages)."""
        return sum(len(p) for p in self._pages.values())

    def _count_rows(self) -> int:
        return self.services.contacts.count(**self._filter.query_args(), ids=self._filter.ids)

    def contact(self, row: int) -> Contact | None:
        """The contact shown on ``row``, fetching its page if needed."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.services.contacts.query(
                **self._filter.query_args(),
                ids=self._filter.ids,
                order=self._order,
                limit=PAGE_SIZE,
                offset=number * PAGE_SIZE,
            )
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, contact_id: int) -> int | None:
        """The row of a contact among the cached pages (after an edit, to keep it selected)."""
        for number, page in self._pages.items():
            for i, c in enumerate(page):
                if c.id == contact_id:
                    return number * PAGE_SIZE + i
        return None

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContactsModel", COLUMNS[section][0])  # tr: noop
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.contact(index.row())
        if c is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, col)
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            return svg_icon(f"channel-{c.channel.value}.svg")
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and c.minutes is None:
            return self.tr("The channel's default minutes (none were logged)")
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and c.phrases and not c.crisis:
            # Noted (not a crisis): the phrases in the palette's muted colour.
            return QGuiApplication.palette().placeholderText()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, c: Contact, col: int) -> str:
        if col == 0:
            return day_date_time(c.at.astimezone(self._display))
        if col == 1:
            return c.client or ""
        if col == 2:
            return channel_label(c.channel)
        if col == 3:
            return kind_label(c.kind)
        if col == 4:
            return str(c.minutes_effective) + ("" if c.minutes is not None else "*")
        if col == 5:
            return class_label(c.classification).capitalize()
        if col == 6:
            phrases = ", ".join(c.phrases)
            if c.phrases and not c.crisis:
                # Noted, not a crisis (negated, or a lone method or time word). "noted: hurt
                # myself" for "I'm not going to hurt myself" read as a hit (issue 17): say
                # first that it is not one, and quote the words as words.
                quoted = ", ".join(f"“{p}”" for p in c.phrases)
                return self.tr("not a crisis (negated or a lone word): %s") % quoted
            if c.crisis and not phrases:
                return self.tr("yes")
            return phrases
        return c.note.replace("\n", " ")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self._order = ("-" if order == Qt.SortOrder.DescendingOrder else "") + key
        self.reload()
