"""The crisis panel: its own window, always on top, clear in five seconds (issue 17).

Top to bottom: the emergency line ("If a life is at risk now: call 911", the region's number),
the header ("Crisis language: message from J.D., Fri 23:40 (off hours)") with the client's
details to hand, then, in a scroll area so the panel fits a 1024x600 screen: the message with
the matched phrases marked, "Your steps" as a short checklist of headings with each step's
detail folded under a Details button, the crisis lines (the user's own first) each with Copy,
and the reply in two versions, a text message of about 300 characters and the full email.
"Mark as handled" with a short note stays at the bottom, always in view.

Three presentations (see :mod:`crisis_content`): ``crisis`` has the red bar and the emergency
line first and largest; ``possible`` is calm (no red, "Worth a look" first, the emergency line
smaller); ``reference`` (from the tray or Today) shows no message, no phrases and no
"Mark as handled". The only colour set by hand in the app is the crisis red used here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.ui.base.placeholders import fill
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.dialogs.crisis_content import CRISIS, REFERENCE, CrisisContent
from after_hours.ui.widgets.common import heading, wrapped

CRISIS_RED = QColor("#c62828")


def highlighted_html(content: CrisisContent) -> str:
    """The message with each matched phrase marked (bold; underlined in red only for a crisis)."""
    text = content.text or ""
    spans = sorted((m.start, m.end, m.label) for m in content.matches if m.end <= len(text))
    colour = CRISIS_RED.name() if content.level == CRISIS else "currentColor"
    out, pos = [], 0
    for start, end, label in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<b><u style="text-decoration-color:{colour}" title="{html.escape(label)}">'
            f"{html.escape(text[start:end])}</u></b>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class StepItem(QWidget):
    """One step: a check box with its heading, and the step's detail folded under Details."""

    def __init__(self, number: int, heading_text: str, detail: str) -> None:
        super().__init__()
        self.check = QCheckBox(f"{number}. {heading_text}")
        self.check.setAccessibleName(fill(self.tr("Step %1: %2"), number, heading_text))
        font = self.check.font()
        font.setBold(True)
        self.check.setFont(font)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(self.tr("Details of step %d") % number)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self.unfold)
        self.detail = wrapped(detail)
        self.detail.setAccessibleName(self.tr("Step %d in full") % number)
        self.detail.setContentsMargins(24, 0, 0, 4)
        self.detail.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.detail)

    def unfold(self, on: bool) -> None:
        self.detail.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


class CrisisPanel(QWidget):
    """Top-level, on top of other windows; ``handled(note)`` when the clinician marks it."""

    handled = Signal(str)

    def __init__(self, content: CrisisContent, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.content = content
        crisis = content.level == CRISIS
        reference = content.level == REFERENCE
        self.setWindowTitle(content.title)
        self.setAccessibleName(self.tr("Crisis panel"))

        self.bar = QFrame()
        self.bar.setFixedHeight(6)
        self.bar.setAutoFillBackground(True)
        pal = self.bar.palette()
        pal.setColor(self.bar.backgroundRole(), CRISIS_RED)
        self.bar.setPalette(pal)
        self.bar.setVisible(crisis)  # red only for the crisis level, never for a reference
        self.emergency = heading(content.emergency_line, 1.6 if crisis else 1.2)
        self.emergency.setAccessibleName(content.emergency_line)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header = heading(content.header, 1.25)
        self.header.setAccessibleName(content.header)
        self.details = wrapped(content.details)
        self.details.setAccessibleName(self.tr("Client details"))
        self.details.setVisible(bool(content.details))
        # One short line per fact (no wrapping: a wrapped label claims spare height here).
        self.details.setWordWrap(False)
        self.details.setToolTip(content.details)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.note_label = wrapped(content.disclaimer)
        for label in (self.emergency, self.header):
            # One line each, sized to their text: a wrapped label would claim spare height.
            label.setWordWrap(False)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.message = QTextBrowser()
        self.message.setAccessibleName(self.tr("The message, with matched phrases marked"))
        lines_needed = min(5, 1 + len(content.text or "") // 110)
        self.message.setFixedHeight(self.fontMetrics().lineSpacing() * lines_needed + 14)
        self.message.setHtml(highlighted_html(content))
        self.message.setVisible(bool(content.text))
        self.phrases = QListWidget()
        self.phrases.setAccessibleName(self.tr("Matched phrases and why"))
        for m in content.matches:
            if m.negated:
                said = self.tr("“%1”: %2, said as not happening")
            elif m.scored:
                said = self.tr("“%1”: %2, weighed by the learned scorer (not a written rule)")
            else:
                said = self.tr("“%1”: %2")
            self.phrases.addItem(fill(said, m.phrase, m.label))
        rows = min(4, max(1, self.phrases.count()))
        row_height = max(self.phrases.sizeHintForRow(0), self.fontMetrics().lineSpacing() + 4)
        self.phrases.setFixedHeight(row_height * rows + 2 * self.phrases.frameWidth() + 6)
        if self.phrases.count() <= 4:
            self.phrases.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phrases.setVisible(bool(content.matches))  # never "no text given" in a reference

        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        headings = content.headings or tuple(s.split(".")[0][:40] for s in content.steps)
        self.steps = [
            StepItem(i, head, step)
            for i, (head, step) in enumerate(zip(headings, content.steps, strict=True), start=1)
        ]
        for item in self.steps:
            steps_layout.addWidget(item)
        steps_layout.addStretch(1)

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

        self.short_reply = QPlainTextEdit(content.short_reply)
        self.short_reply.setAccessibleName(self.tr("Short reply for a text message (editable)"))
        self.reply = QPlainTextEdit(content.reply)
        self.reply.setAccessibleName(self.tr("Full reply for email (editable)"))
        self.replies = QTabWidget()
        self.replies.setAccessibleName(self.tr("Reply to the client"))
        self.replies.addTab(self.short_reply, self.tr("Text message (short)"))
        self.replies.addTab(self.reply, self.tr("Email (full)"))
        self.replies.setMinimumHeight(150)
        self.short_reply.textChanged.connect(self._count)
        copy_reply = QPushButton(self.tr("Copy &reply"))
        copy_reply.setAccessibleName(self.tr("Copy the reply shown"))
        copy_reply.clicked.connect(self.copy_reply)
        self.length = QLabel()
        self.length.setAccessibleName(self.tr("Length of the short reply"))
        self._count()
        self.what_i_did = QLineEdit()
        self.what_i_did.setAccessibleName(self.tr("What I did"))
        self.what_i_did.setPlaceholderText(
            self.tr("What I did, e.g. sent the crisis reply; called on-call team")
        )
        self.handled_button = QPushButton(self.tr("&Mark as handled"))
        self.handled_button.clicked.connect(self.mark_handled)
        self.handled_button.setEnabled(content.contact_id is not None)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Your steps"), 1.15))
        left.addWidget(steps_box, 1)
        # The lines and the reply side by side with the steps: what to send is in view at once.
        reply_row = QHBoxLayout()
        reply_row.addWidget(heading(self.tr("Reply to the client"), 1.15), 1)
        reply_row.addWidget(self.status)
        reply_row.addWidget(copy_reply)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Crisis lines"), 1.15))
        right.addWidget(lines_box)
        right.addLayout(reply_row)
        right.addWidget(self.replies, 1)
        right.addWidget(self.length, 0, Qt.AlignmentFlag.AlignRight)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.details)
        body_layout.addWidget(self.message)
        body_layout.addWidget(self.phrases)
        body_layout.addLayout(columns, 1)
        body_layout.addWidget(self.note_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        self.scroll.setWidget(body)

        handled_row = QHBoxLayout()
        handled_row.addWidget(self.what_i_did, 1)
        handled_row.addWidget(self.handled_button)
        self.handled_box = QWidget()
        self.handled_box.setLayout(handled_row)
        handled_row.setContentsMargins(0, 0, 0, 0)
        self.handled_box.setVisible(not reference)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        if crisis or reference:
            layout.addWidget(self.emergency)  # a life first
            layout.addWidget(self.header)
        else:
            layout.addWidget(self.header)  # "Worth a look" first; the number still in view
            layout.addWidget(self.emergency)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.handled_box)
        fit_to_screen(self, 900, 740)

    def _count(self) -> None:
        n = len(self.short_reply.toPlainText())
        self.length.setText(self.tr("%d characters") % n)

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        self.status.setText(self.tr("Copied."))

    def _copy_line(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.copy(str(button.property("copy_text")))

    def copy_reply(self) -> None:
        """Copy the version shown: the text message or the email."""
        shown = self.replies.currentWidget()
        assert isinstance(shown, QPlainTextEdit)
        self.copy(shown.toPlainText())

    def mark_handled(self) -> None:
        if self.content.contact_id is None:
            return
        self.handled.emit(self.what_i_did.text().strip())
        self.close()
