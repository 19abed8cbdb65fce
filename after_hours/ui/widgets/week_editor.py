"""A visual week editor: 7 days by 24 hours, drawn with QPainter, edited by mouse or keyboard.

Mouse: drag on an empty stretch to add a window of the chosen kind; drag a block's top or
bottom edge to resize it; right-click a block to switch its kind or delete it.
Keyboard: arrows move the cursor (half-hour steps), Enter adds an hour at the cursor (or selects
the block there), Shift+Up/Down shortens or lengthens the selected block, O switches it between
regular and on call, Delete removes it. The list below the grid (:class:`WindowList`) is the
accessible alternative: every window as a line of text with Add, Edit and Remove.
Regular hours are solid and on-call windows hatched, so kinds differ by pattern, not colour.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.schedule import DAY_NAMES, Window, WindowKind
from after_hours.ui.widgets.week_model import (
    DAY,
    Block,
    blocks_from_windows,
    describe_window,
    snap,
    windows_from_blocks,
)

HEADER_H = 22
GUTTER_W = 48
EDGE_PX = 5
KEY_STEP = 30


def short_day(d: int) -> str:
    """Monday = 0 as the interface's language abbreviates it: "Mon", "lun."."""
    return QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat)


class WeekGrid(QWidget):
    """The painted grid. Holds the blocks; emits ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[Block] = []
        self.selected: int | None = None
        self.cursor_day = 0
        self.cursor_min = 9 * 60
        self.new_kind = WindowKind.REGULAR
        self._drag: tuple[str, int, int] | None = None  # (mode, block index, anchor minute)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(520, 250))  # the wizard fits 1024x600 with its buttons
        self.setAccessibleName(self.tr("Weekly hours grid"))
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys move; Enter adds an hour; Shift+Up or Down resizes; "
                "O switches regular and on call; Delete removes. The list below has the same "
                "windows as text."
            )
        )

    # -- model -------------------------------------------------------------------------------

    def set_windows(self, windows: tuple[Window, ...] | list[Window]) -> None:
        self.blocks = blocks_from_windows(list(windows))
        self.selected = None
        self.update()
        self.changed.emit()

    def windows(self) -> tuple[Window, ...]:
        return windows_from_blocks(self.blocks)

    def _commit(self) -> None:
        self.update()
        self.changed.emit()

    # -- geometry ----------------------------------------------------------------------------

    def _col_w(self) -> float:
        return (self.width() - GUTTER_W) / 7

    def _px_per_min(self) -> float:
        return (self.height() - HEADER_H) / DAY

    def _rects(self, b: Block) -> list[QRectF]:
        """One rectangle per day the block touches (two when it crosses midnight)."""
        cw, ppm = self._col_w(), self._px_per_min()
        out = []
        first_end = min(b.end, DAY)
        out.append(
            QRectF(
                GUTTER_W + b.day * cw + 2,
                HEADER_H + b.start * ppm,
                cw - 4,
                (first_end - b.start) * ppm,
            )
        )
        if b.end > DAY:
            day = (b.day + 1) % 7
            out.append(QRectF(GUTTER_W + day * cw + 2, HEADER_H, cw - 4, (b.end - DAY) * ppm))
        return out

    def _at(self, pos: QPointF) -> tuple[int, int]:
        day = int((pos.x() - GUTTER_W) // self._col_w())
        minute = (pos.y() - HEADER_H) / self._px_per_min()
        return max(0, min(6, day)), max(0, min(DAY, snap(minute)))

    def _hit(self, pos: QPointF) -> tuple[int, str] | None:
        for i, b in enumerate(self.blocks):
            for k, r in enumerate(self._rects(b)):
                if r.adjusted(0, -EDGE_PX, 0, EDGE_PX).contains(pos):
                    last = k == len(self._rects(b)) - 1
                    if abs(pos.y() - r.bottom()) <= EDGE_PX and last:
                        return i, "end"
                    if abs(pos.y() - r.top()) <= EDGE_PX and k == 0:
                        return i, "start"
                    if r.contains(pos):
                        return i, "inside"
        return None

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        cw, ppm = self._col_w(), self._px_per_min()
        grid = QPen(pal.mid().color(), 1)
        p.setPen(pal.text().color())
        for d in range(7):
            r = QRectF(GUTTER_W + d * cw, 0, cw, HEADER_H)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, short_day(d))
        for h in range(0, 25, 3):
            y = HEADER_H + h * 60 * ppm
            p.setPen(pal.placeholderText().color())
            if h < 24:
                p.drawText(
                    QRectF(0, y - 8, GUTTER_W - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{h:02d}:00",
                )
            p.setPen(grid)
            p.drawLine(QPointF(GUTTER_W, y), QPointF(self.width(), y))
        for d in range(8):
            x = GUTTER_W + d * cw
            p.drawLine(QPointF(x, HEADER_H), QPointF(x, self.height()))
        accent = pal.highlight().color()
        for i, b in enumerate(self.blocks):
            fill = QColor(accent)
            if b.kind is WindowKind.ON_CALL:
                fill.setAlpha(90)
                brush = QBrush(accent, Qt.BrushStyle.BDiagPattern)
            else:
                fill.setAlpha(170)
                brush = QBrush(fill)
            pen = QPen(accent.darker(130), 3 if i == self.selected else 1)
            for r in self._rects(b):
                p.setPen(pen)
                p.setBrush(QBrush(fill) if b.kind is WindowKind.ON_CALL else brush)
                p.drawRoundedRect(r, 3, 3)
                if b.kind is WindowKind.ON_CALL:
                    p.setBrush(brush)
                    p.drawRoundedRect(r, 3, 3)
            first = self._rects(b)[0]
            if first.height() > 16:
                label = first.adjusted(3, 2, -3, 0)
                label.setHeight(p.fontMetrics().height())
                text = block_label(b.start, b.end, p.fontMetrics(), label.width() - 4)
                if b.kind is WindowKind.ON_CALL:
                    # Text over hatching is hard to read: give it the page's own background.
                    width = p.fontMetrics().horizontalAdvance(text) + 4
                    label.setWidth(min(label.width(), width))
                    p.fillRect(label, pal.base())
                    p.setPen(pal.text().color())
                else:
                    p.setPen(pal.highlightedText().color())
                p.drawText(label.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        if self.hasFocus():
            cursor = QRectF(
                GUTTER_W + self.cursor_day * cw + 1,
                HEADER_H + self.cursor_min * ppm,
                cw - 2,
                KEY_STEP * ppm,
            )
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.text().color(), 1, Qt.PenStyle.DashLine))
            p.drawRect(cursor)
            # A visible focus ring around the whole grid (it had none, issue 17).
            p.setPen(QPen(pal.highlight().color(), 2))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self._hit(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if hit:
                self.selected = hit[0]
                self._context_menu(event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        day, minute = self._at(pos)
        self.cursor_day, self.cursor_min = day, min(minute, DAY - KEY_STEP)
        if hit:
            self.selected = hit[0]
            mode = hit[1]
            self._drag = (mode, hit[0], minute) if mode != "inside" else None
        else:
            start = min(minute, DAY - 15)
            self.blocks.append(Block(day, start, start + 15, self.new_kind))
            self.selected = len(self.blocks) - 1
            self._drag = ("new", self.selected, start)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            hit = self._hit(pos)
            edge = hit is not None and hit[1] in ("start", "end")
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        mode, index, anchor = self._drag
        b = self.blocks[index]
        day, minute = self._at(pos)
        if day != b.day and mode in ("end", "new"):
            minute += DAY * ((day - b.day) % 7 == 1)  # dragging into the next day crosses midnight
        if mode == "new":
            lo, hi = sorted((anchor, minute))
            hi = max(hi, lo + 15)
            self.blocks[index] = b.moved(lo, min(hi, lo + DAY))
        elif mode == "end":
            self.blocks[index] = b.moved(b.start, max(b.start + 15, min(minute, b.start + DAY)))
        elif mode == "start":
            self.blocks[index] = b.moved(min(minute, b.end - 15), b.end)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self._commit()

    def _context_menu(self, where: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Switch regular / on call"), self.toggle_kind)
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(where)  # type: ignore[call-overload]

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.selected is not None:
            b = self.blocks[self.selected]
            delta = KEY_STEP if key == Qt.Key.Key_Down else -KEY_STEP
            end = max(b.start + KEY_STEP, min(b.end + delta, b.start + DAY))
            self.blocks[self.selected] = b.moved(b.start, end)
            self._commit()
        elif key == Qt.Key.Key_Left:
            self.cursor_day = (self.cursor_day - 1) % 7
        elif key == Qt.Key.Key_Right:
            self.cursor_day = (self.cursor_day + 1) % 7
        elif key == Qt.Key.Key_Up:
            self.cursor_min = max(0, self.cursor_min - KEY_STEP)
        elif key == Qt.Key.Key_Down:
            self.cursor_min = min(DAY - KEY_STEP, self.cursor_min + KEY_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert, Qt.Key.Key_Space):
            self.add_or_select_at_cursor()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key == Qt.Key.Key_O:
            self.toggle_kind()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def add_or_select_at_cursor(self) -> None:
        for i, b in enumerate(self.blocks):
            if b.day == self.cursor_day and b.start <= self.cursor_min < b.end:
                self.selected = i
                self.update()
                return
        start = self.cursor_min
        self.blocks.append(Block(self.cursor_day, start, start + 60, self.new_kind))
        self.selected = len(self.blocks) - 1
        self._commit()

    def delete_selected(self) -> None:
        if self.selected is None:
            return
        del self.blocks[self.selected]
        self.selected = None
        self._commit()

    def toggle_kind(self) -> None:
        if self.selected is None:
            return
        b = self.blocks[self.selected]
        other = WindowKind.REGULAR if b.kind is WindowKind.ON_CALL else WindowKind.ON_CALL
        self.blocks[self.selected] = Block(b.day, b.start, b.end, other, b.label)
        self._commit()


def _hm(minutes: int) -> str:
    minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class WindowDialog(QDialog):
    """Add or edit one window with checkboxes and time fields: the keyboard-first way."""

    def __init__(self, window: Window | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Window"))
        form = QFormLayout(self)
        days_row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        for d in range(len(DAY_NAMES)):
            box = QCheckBox(short_day(d))
            box.setAccessibleName(QLocale().dayName(d + 1))
            box.setChecked((window is not None and d in window.days) or (window is None and d < 5))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        form.addRow(self.tr("Days"), days_row)
        self.start = QTimeEdit(window.start if window else time(9))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit(window.end if window else time(17))
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("End time (at or before the start: the next day)"))
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Regular hours"), WindowKind.REGULAR)
        self.kind.addItem(self.tr("On call"), WindowKind.ON_CALL)
        if window is not None and window.kind is WindowKind.ON_CALL:
            self.kind.setCurrentIndex(1)
        form.addRow(self.tr("&Kind"), self.kind)
        self._label = window.label if window else ""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def window(self) -> Window | None:
        days = frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        if not days:
            return None
        start = self.start.time().toPython()
        end = self.end.time().toPython()
        return Window(days, start, end, WindowKind(self.kind.currentData()), self._label)


class WindowList(QWidget):
    """The windows as lines of text, with Add, Edit and Remove: the grid's accessible twin."""

    def __init__(self, grid: WeekGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Windows as a list"))
        self.list.setMaximumHeight(110)
        add = QPushButton(self.tr("&Add..."))
        edit = QPushButton(self.tr("&Edit..."))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        self.list.itemActivated.connect(self.edit)
        buttons = QVBoxLayout()
        for b in (add, edit, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        grid.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._windows = list(self.grid.windows())
        self.list.clear()
        for w in self._windows:
            self.list.addItem(describe_window(w))
        if not self._windows:
            self.list.addItem(self.tr("No windows yet: you are off hours all week."))

    def _replace(self, windows: list[Window]) -> None:
        self.grid.set_windows(windows)

    def add(self) -> None:
        dialog = WindowDialog(parent=self)
        if dialog.exec() and (w := dialog.window()):
            self._replace([*self._windows, w])

    def edit(self, _item: object = None) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._windows):
            return
        dialog = WindowDialog(self._windows[row], parent=self)
        if dialog.exec():
            rest = self._windows[:row] + self._windows[row + 1 :]
            w = dialog.window()
            self._replace([*rest, w] if w else rest)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._windows):
            self._replace(self._windows[:row] + self._windows[row + 1 :])


def _short(minutes: int) -> str:
    """The hour alone when on the hour ("9"), else "9:30"; minutes since the day's start."""
    hour, minute = divmod(minutes % (24 * 60), 60)
    return str(hour) if minute == 0 else f"{hour}:{minute:02d}"


def block_label(start: int, end: int, metrics: QFontMetrics, room: float) -> str:
    """The window's times, shortened to fit its block rather than cut ("09:00-17" at 200%)."""
    for text in (f"{_hm(start)}-{_hm(end)}", f"{_short(start)}-{_short(end)}", _short(start)):
        if metrics.horizontalAdvance(text) <= room:
            return text
    return ""


class WeekEditor(QWidget):
    """The grid, the kind for new windows, and the list alternative, kept in step."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = WeekGrid()
        self.grid.changed.connect(self.changed)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("New windows are:")))
        self.regular = QRadioButton(self.tr("&Regular hours (solid)"))
        self.on_call = QRadioButton(self.tr("On &call (hatched)"))
        self.regular.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.regular, self.on_call):
            group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        self.on_call.toggled.connect(self._on_kind_toggled)
        self.list = WindowList(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.list)

    def _on_kind_toggled(self, on_call: bool) -> None:
        self.grid.new_kind = WindowKind.ON_CALL if on_call else WindowKind.REGULAR

    def set_windows(self, windows: tuple[Window, ...] | list[Window]) -> None:
        self.grid.set_windows(windows)

    def windows(self) -> tuple[Window, ...]:
        return self.grid.windows()
