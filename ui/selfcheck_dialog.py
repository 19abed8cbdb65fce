"""The self-check as a dialog: the Copenhagen Burnout Inventory on one scrolling form.

Thin over :mod:`availability.selfcheck`: the item wording and options come from the shipped
definition, scoring and storage from ``SelfCheckStore``. Keyboard: Tab moves between questions,
the arrow keys between options, Space chooses; the digits 1-5 choose an option and move on, and
Delete clears an answer. The answers are the clinician's own and go nowhere but the store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from availability.clock import Clock
from availability.selfcheck import (
    AnswerError,
    Band,
    Item,
    Questionnaire,
    ScaleScore,
    SelfCheck,
    SelfCheckStore,
    cbi,
    score,
)

# Calm tints for the conventional bands: no alarm red (that is kept for a crisis).
BAND_TINTS = {
    Band.LOWER: QColor("#dfe9f3"),
    Band.MODERATE: QColor("#f6e3b4"),
    Band.HIGH: QColor("#eac3a4"),
}
BAR_COLOUR = QColor("#3f5f7f")


class ItemRow(QFrame):
    """One question with its five options as radio buttons, and a way to clear the answer."""

    changed = Signal()
    advance = Signal()

    def __init__(self, item: Item, position: int, total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item-{item.id}")
        self.setAccessibleName(item.text)
        self.question = QLabel(f"{position}. {item.text}")
        self.question.setWordWrap(True)
        self.question.setAccessibleName(
            self.tr("Question %1 of %2").replace("%1", str(position)).replace("%2", str(total))
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        options = QHBoxLayout()
        options.setContentsMargins(16, 0, 0, 0)
        options.setSpacing(14)
        for number, label in enumerate(item.options, start=1):
            button = QRadioButton(label)
            button.setAccessibleName(label)
            button.setAccessibleDescription(item.text)
            button.setToolTip(self.tr("Press %1 to choose").replace("%1", str(number)))
            button.installEventFilter(self)
            self.group.addButton(button, number)
            options.addWidget(button)
        options.addStretch(1)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(
            self.tr("Clear the answer to: %1").replace("%1", item.text)
        )
        self.clear_button.setAutoRaise(True)
        link = self.clear_button.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            link.setColor(group, QPalette.ColorRole.ButtonText, link.color(QPalette.ColorRole.Link))
        self.clear_button.setPalette(link)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete does it by keyboard
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        header = QHBoxLayout()
        header.addWidget(self.question, 1)
        header.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addLayout(options)
        self.group.idToggled.connect(self._toggled)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, option: int | None) -> None:
        if option is None:
            self.clear()
            return
        button = self.group.button(option)
        if button is not None:
            button.setChecked(True)

    def clear(self) -> None:
        # An exclusive group cannot uncheck its last button; lift exclusivity for a moment.
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.setEnabled(False)
        self.changed.emit()

    def focus_answer(self) -> None:
        """Give focus to the chosen option, or the first one: where Tab would land."""
        target = self.group.checkedButton() or self.group.button(1)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def buttons(self) -> list[QAbstractButton]:
        return [self.group.button(n) for n in range(1, len(self.item.options) + 1)]

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.clear_button.setEnabled(True)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if Qt.Key.Key_1.value <= key <= Qt.Key.Key_1.value + len(self.item.options) - 1:
                option = key - Qt.Key.Key_1.value + 1
                self.group.button(option).setChecked(True)
                self.group.button(option).setFocus(Qt.FocusReason.OtherFocusReason)
                self.advance.emit()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                self.focus_answer()
                return True
        return super().eventFilter(watched, event)


class ScoreBar(QWidget):
    """A 0-100 bar with the conventional bands tinted behind it and their edges labelled."""

    BAR_HEIGHT = 14

    def __init__(self, value: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setMinimumSize(220, self.BAR_HEIGHT + self.fontMetrics().height() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        pad = metrics.horizontalAdvance("100") / 2 + 1
        r = QRectF(pad, 0.5, self.width() - 2 * pad, self.BAR_HEIGHT)
        interp = cbi().interpretation
        spans = [
            (0.0, interp.moderate_from, BAND_TINTS[Band.LOWER]),
            (interp.moderate_from, interp.high_from, BAND_TINTS[Band.MODERATE]),
            (interp.high_from, 100.0, BAND_TINTS[Band.HIGH]),
        ]
        painter.setPen(Qt.PenStyle.NoPen)
        for lo, hi, colour in spans:
            painter.setBrush(colour)
            painter.drawRect(
                QRectF(
                    r.left() + r.width() * lo / 100,
                    r.top(),
                    r.width() * (hi - lo) / 100,
                    r.height(),
                )
            )
        if self.value is not None:
            x = r.left() + r.width() * self.value / 100
            painter.setBrush(BAR_COLOUR)
            painter.drawRect(QRectF(r.left(), r.center().y() - 3, x - r.left(), 6))
            painter.drawEllipse(QRectF(x - 6, r.center().y() - 6, 12, 12))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for tick in (0.0, interp.moderate_from, interp.high_from, 100.0):
            x = r.left() + r.width() * tick / 100
            text = f"{tick:g}"
            w = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x - w / 2 - 2, r.bottom() + 2, w + 4, metrics.height()), text)
        painter.end()


class SelfCheckDialog(QDialog):
    """Answer the self-check, save it, then read the scale scores with the convention note."""

    saved = Signal(object)  # the SelfCheck just recorded

    def __init__(
        self,
        store: SelfCheckStore,
        clock: Clock,
        parent: QWidget | None = None,
        questionnaire: Questionnaire | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._q = questionnaire or cbi()
        self.result_check: SelfCheck | None = None
        self.setWindowTitle(self.tr("Burnout self-check"))
        self.setAccessibleName(self.tr("Burnout self-check"))
        self.rows: dict[str, ItemRow] = {}
        self.pages = QStackedWidget()
        self.form_page = self._build_form()
        self.pages.addWidget(self.form_page)
        self.results = QWidget()
        self.pages.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(820, 680)
        self._update_progress()

    # -- the form -------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        total = len(self._q.items)
        intro = QLabel(
            self.tr(
                "%1 questions from the %2, about 3 minutes. Think of the last few weeks. "
                "Skip any question you prefer not to answer: a scale is scored when at least "
                "half of its questions are answered. Your answers stay on this computer."
            )
            .replace("%1", str(total))
            .replace("%2", self._q.name)
        )
        intro.setWordWrap(True)
        keys = QLabel(
            self.tr(
                "Keyboard: Tab moves to the next question, arrows between options, Space or 1-5 "
                "chooses, Delete clears."
            )
        )
        keys.setWordWrap(True)
        keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(12, 4, 18, 12)
        position = 0
        ordered: list[ItemRow] = []
        for scale in self._q.scales:
            heading = QLabel(scale.name)
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setWeight(QFont.Weight.DemiBold)
            heading.setFont(font)
            heading.setAccessibleName(scale.name)
            about = QLabel(scale.about)
            about.setWordWrap(True)
            about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addSpacing(10)
            form.addWidget(heading)
            form.addWidget(about)
            for item in scale.items:
                position += 1
                row = ItemRow(item, position, total)
                row.changed.connect(self._update_progress)
                self.rows[item.id] = row
                ordered.append(row)
                form.addWidget(row)
        form.addStretch(1)
        for here, following in zip(ordered, [*ordered[1:], None], strict=True):
            if following is None:
                here.advance.connect(lambda: self.save_button.setFocus())
            else:
                here.advance.connect(following.focus_answer)
                here.advance.connect(lambda r=following: self.scroll.ensureWidgetVisible(r))

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Progress"))
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the self-check"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 6, 0, 0)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(buttons)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(12, 4, 18, 0)
        header.addWidget(intro)
        header.addWidget(keys)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        if ordered:
            self.setFocusProxy(ordered[0].buttons()[0])
        return page

    def answers(self) -> dict[str, int | None]:
        return {item_id: row.value() for item_id, row in self.rows.items()}

    def set_answers(self, answers: dict[str, int | None]) -> None:
        for item_id, option in answers.items():
            self.rows[item_id].set_value(option)

    def _update_progress(self) -> None:
        answers = self.answers()
        done = sum(v is not None for v in answers.values())
        scores = score(answers, self._q)
        waiting = [s.name for s in scores.scales if not s.scored]
        text = (
            self.tr("%1 of %2 answered.").replace("%1", str(done)).replace("%2", str(len(answers)))
        )
        if scores.any_scored and waiting:
            text += " " + self.tr("Not enough answers yet to score: %1.").replace(
                "%1", ", ".join(waiting)
            )
        elif not scores.any_scored:
            text += " " + self.tr("Answer at least half the questions of one part to save.")
        self.progress.setText(text)
        self.save_button.setEnabled(scores.any_scored)

    def save(self) -> None:
        try:
            check = self._store.record(self.answers())
        except AnswerError as exc:  # the button is disabled first; kept for safety
            self.progress.setText(str(exc))
            return
        self.result_check = check
        self._show_results(check)
        self.saved.emit(check)

    # -- the results ----------------------------------------------------------------------

    def band_text(self, scale: ScaleScore) -> str:
        if scale.band is None:
            return self.tr("Not scored: fewer than half of its questions were answered.")
        return {
            Band.LOWER: self.tr("Under 50"),
            Band.MODERATE: self.tr("Moderate (50 to under 75)"),
            Band.HIGH: self.tr("High (75 or more)"),
        }[scale.band]

    def closing_text(self, check: SelfCheck) -> str:
        band = check.scores.highest_band
        if band is Band.HIGH:
            return self.tr(
                "Some of this sounds heavy. It may help to talk it over with your supervisor or "
                "someone you trust, and to look at your after-hours load with them."
            )
        if band is Band.MODERATE:
            return self.tr(
                "Worth keeping an eye on: compare it with your next self-check and with your "
                "weekly after-hours figures."
            )
        return self.tr("Thank you for checking in. Doing this about once a month shows the trend.")

    def _show_results(self, check: SelfCheck) -> None:
        layout = QVBoxLayout(self.results)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Your self-check is saved"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        layout.addWidget(title)
        self.score_labels: dict[str, QLabel] = {}
        self.band_labels: dict[str, QLabel] = {}
        for scale in check.scores.scales:
            frame = QFrame()
            frame.setAccessibleName(scale.name)
            grid = QVBoxLayout(frame)
            grid.setContentsMargins(0, 10, 0, 4)
            top = QHBoxLayout()
            name = QLabel(scale.name)
            bold = name.font()
            bold.setWeight(QFont.Weight.DemiBold)
            name.setFont(bold)
            value = QLabel("–" if scale.score is None else f"{scale.score:.1f}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.3)
            value.setFont(big)
            value.setAccessibleName(self.tr("%1 score").replace("%1", scale.name))
            top.addWidget(name)
            top.addStretch(1)
            top.addWidget(value)
            band = QLabel(
                self.band_text(scale)
                + "  ·  "
                + self.tr("%1 of %2 answered")
                .replace("%1", str(scale.answered))
                .replace("%2", str(scale.items))
            )
            band.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addLayout(top)
            grid.addWidget(ScoreBar(scale.score))
            grid.addWidget(band)
            self.score_labels[scale.scale_id] = value
            self.band_labels[scale.scale_id] = band
            layout.addWidget(frame)
        self.closing = QLabel(self.closing_text(check))
        self.closing.setWordWrap(True)
        layout.addSpacing(10)
        layout.addWidget(self.closing)
        self.convention = QLabel(
            self.tr(
                "Scores run from 0 to 100. The bands are a convention (50 to under 75 moderate, "
                "75 or more high, as used by the UK General Medical Council); the inventory's "
                "authors set no cut-offs. This is a self-monitoring aid, not a diagnosis."
            )
        )
        self.convention.setWordWrap(True)
        layout.addWidget(self.convention)
        source = QLabel(self._q.citation)
        source.setWordWrap(True)
        source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(source)
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(close)
        self.pages.setCurrentWidget(self.results)
        # The form is done with; let the dialog shrink to the results.
        self.pages.removeWidget(self.form_page)
        self.form_page.hide()
        self.resize(self.width(), min(self.height(), self.sizeHint().height()))
        self.close_button.setFocus()
