"""The self-check as a dialog: the Copenhagen Burnout Inventory on one scrolling form.

Thin over :mod:`after_hours.availability.selfcheck`: the item wording and options come from the shipped
definition, scoring and storage from ``SelfCheckStore``. Keyboard: Tab moves between questions,
the arrow keys between options, Space chooses; the digits 1-5 choose an option and move on, and
Delete clears an answer. The answers are the clinician's own and go nowhere but the store.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
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
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.clock import Clock
from after_hours.availability.selfcheck import (
    AnswerError,
    Item,
    Questionnaire,
    SelfCheck,
    SelfCheckStore,
    cbi,
    score,
)
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.widgets.selfcheck_results import SelfCheckResults


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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits and Delete reach here from the radio buttons, which ignore those keys.

        (Handled in the parent rather than with an event filter on each button: a Python event
        filter can be called while Qt tears the children down, which crashes PySide6 at exit.)
        """
        key = event.key()
        if Qt.Key.Key_1.value <= key <= Qt.Key.Key_1.value + len(self.item.options) - 1:
            button = self.group.button(key - Qt.Key.Key_1.value + 1)
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.advance.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            self.focus_answer()
            return
        super().keyPressEvent(event)


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
        self.results: SelfCheckResults | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 820, 680)
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
            + (f" {self._q.translation_note}" if self._q.translation_note else "")
        )
        intro.setWordWrap(True)
        self.keys_hint = keys = QLabel(
            self.tr(
                "Keyboard: press 1-5 to answer; that moves on to the next question by itself. "
                "Arrows move between options, Delete clears, Tab skips a question."
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
        # Bound methods, not lambdas: a lambda holding ``self`` keeps the dialog alive until
        # the application is torn down, where PySide6 can crash deleting it.
        self._next_row = dict(zip(ordered, [*ordered[1:], None], strict=True))
        for row in ordered:
            row.advance.connect(self._advance)

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

    def _advance(self) -> None:
        """After a digit chose an answer: on to the next question, or to Save after the last."""
        row = self.sender()
        following = self._next_row.get(row) if isinstance(row, ItemRow) else None
        if following is None:
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        following.focus_answer()
        self.scroll.ensureWidgetVisible(following)

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

    def _show_results(self, check: SelfCheck) -> None:
        self.results = SelfCheckResults(check, self._q)
        self.results.close_requested.connect(self.accept)
        self.pages.addWidget(self.results)
        self.pages.setCurrentWidget(self.results)
        # The form is done with; let the dialog shrink to the results.
        self.pages.removeWidget(self.form_page)
        self.form_page.hide()
        self.resize(self.width(), min(self.height(), self.sizeHint().height()))
        self.results.close_button.setFocus()
