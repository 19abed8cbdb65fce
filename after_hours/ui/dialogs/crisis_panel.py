"""The crisis panel: its own window, always on top, with everything needed in one place.

Header ("Possible crisis: message from J.D., Fri 23:40 (off hours)"), the matched phrases
highlighted with their categories, "Your steps" as a numbered checklist (immediate danger
first), the crisis lines (the user's own first) each with Copy, the reply to the client
(editable) with Copy, and "Mark as handled" with a short note of what was done.
The content is built by :mod:`after_hours.ui.dialogs.crisis_content` from the domain; this module only lays it out.
The only colour set by hand in the app is the crisis red used here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.dialogs.crisis_content import CrisisContent
from after_hours.ui.widgets.common import heading, wrapped

CRISIS_RED = QColor("#c62828")


def highlighted_html(content: CrisisContent) -> str:
    """The message with each matched phrase marked (bold, underlined in crisis red)."""
    text = content.text or ""
    spans = sorted((m.start, m.end, m.label) for m in content.matches if m.end <= len(text))
    out, pos = [], 0
    for start, end, label in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<b><u style="text-decoration-color:{CRISIS_RED.name()}" title="{html.escape(label)}">'
            f"{html.escape(text[start:end])}</u></b>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class CrisisPanel(QWidget):
    """Top-level, on top of other windows; ``handled(note)`` when the clinician marks it."""

    handled = Signal(str)

    def __init__(self, content: CrisisContent, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.content = content
        self.setWindowTitle(self.tr("Possible crisis"))
        self.setAccessibleName(self.tr("Crisis panel"))

        bar = QFrame()
        bar.setFixedHeight(6)
        bar.setAutoFillBackground(True)
        pal = bar.palette()
        pal.setColor(bar.backgroundRole(), CRISIS_RED)
        bar.setPalette(pal)
        self.header = heading(content.header, 1.5)
        self.header.setAccessibleName(content.header)
        self.note_label = wrapped(content.disclaimer)

        self.message = QTextBrowser()
        self.message.setAccessibleName(self.tr("The message, with matched phrases marked"))
        lines_needed = min(5, 1 + len(content.text or "") // 110)
        self.message.setFixedHeight(self.fontMetrics().lineSpacing() * lines_needed + 14)
        self.message.setHtml(highlighted_html(content))
        self.message.setVisible(bool(content.text))
        self.phrases = QListWidget()
        self.phrases.setAccessibleName(self.tr("Matched phrases and why"))
        for m in content.matches:
            suffix = self.tr(" (negated)") if m.negated else ""
            self.phrases.addItem(f"“{m.phrase}”: {m.label}{suffix}")
        if not content.matches:
            self.phrases.addItem(self.tr("No message text was given."))
        rows = min(4, max(1, self.phrases.count()))
        self.phrases.setFixedHeight(self.phrases.sizeHintForRow(0) * rows + 8)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Your steps"))
        self.steps.setWordWrap(True)
        for i, step in enumerate(content.steps, start=1):
            item = QListWidgetItem(f"{i}. {step}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.steps.addItem(item)

        lines_box = QWidget()
        grid = QGridLayout(lines_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.copy_buttons: list[QPushButton] = []
        for row, line in enumerate(content.lines):
            label = wrapped(f"<b>{html.escape(line.name)}</b><br>{html.escape(line.detail)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(self.tr("Copy"))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Copy %s") % line.name)
            button.setProperty("copy_text", line.copy_text)
            button.clicked.connect(self._copy_line)
            self.copy_buttons.append(button)
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(content.lines), 1)
        lines_scroll = QScrollArea()
        lines_scroll.setWidgetResizable(True)
        lines_scroll.setWidget(lines_box)
        lines_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.reply = QPlainTextEdit(content.reply)
        self.reply.setAccessibleName(self.tr("Reply to the client (editable)"))
        copy_reply = QPushButton(self.tr("Copy &reply"))
        copy_reply.clicked.connect(self.copy_reply)
        self.what_i_did = QLineEdit()
        self.what_i_did.setAccessibleName(self.tr("What I did"))
        self.what_i_did.setPlaceholderText(
            self.tr("What I did, e.g. sent the crisis reply; called on-call team")
        )
        self.handled_button = QPushButton(self.tr("&Mark as handled"))
        self.handled_button.clicked.connect(self.mark_handled)
        self.handled_button.setEnabled(content.contact_id is not None)
        self.status = QLabel()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Your steps"), 1.15))
        left.addWidget(self.steps, 1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Crisis lines"), 1.15))
        right.addWidget(lines_scroll, 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        reply_row = QHBoxLayout()
        reply_row.addWidget(heading(self.tr("Reply to the client"), 1.15), 1)
        reply_row.addWidget(self.status)
        reply_row.addWidget(copy_reply)
        handled_row = QHBoxLayout()
        handled_row.addWidget(self.what_i_did, 1)
        handled_row.addWidget(self.handled_button)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.phrases)
        layout.addLayout(columns, 5)
        layout.addLayout(reply_row)
        layout.addWidget(self.reply, 3)
        layout.addLayout(handled_row)
        layout.addWidget(self.note_label)
        fit_to_screen(self, 900, 740)

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.status.setText(self.tr("Copied."))

    def _copy_line(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.copy(str(button.property("copy_text")))

    def copy_reply(self) -> None:
        self.copy(self.reply.toPlainText())

    def mark_handled(self) -> None:
        if self.content.contact_id is None:
            return
        self.handled.emit(self.what_i_did.text().strip())
        self.close()
