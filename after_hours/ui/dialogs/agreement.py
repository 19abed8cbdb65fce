"""Edit one client's communication agreement: channels, response time, crisis plan, language.

Builds an :class:`after_hours.availability.agreements.Agreement` (which checks itself); the page saves it
with ``AgreementStore.set`` and re-judges boundary flags, since a channel outside an agreement
counts as a boundary event.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from after_hours.availability.agreements import Agreement, AgreementError
from after_hours.availability.contacts import Channel
from after_hours.ui.base.labels import CHANNEL_LABELS, channel_label


class AgreementDialog(QDialog):
    def __init__(
        self,
        today: date,
        agreement: Agreement | None = None,
        client: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Communication agreement"))
        self.client = QLineEdit(agreement.client if agreement else client)
        self.client.setAccessibleName(self.tr("Client pseudonym"))
        self.client.setReadOnly(agreement is not None)
        self.channels: dict[Channel, QCheckBox] = {}
        grid = QGridLayout()
        for i, channel in enumerate(CHANNEL_LABELS):
            box = QCheckBox(channel_label(channel))
            box.setChecked(agreement.allows(channel) if agreement else False)
            self.channels[channel] = box
            grid.addWidget(box, i // 3, i % 3)
        self.response = QSpinBox()
        self.response.setAccessibleName(self.tr("Promised response time"))
        self.response.setRange(0, 24 * 60)
        self.response.setSpecialValueText(self.tr("not promised"))
        self.response.setSuffix(self.tr(" h"))
        self.response.setValue((agreement.response_hours or 0) if agreement else 0)
        self.crisis_plan = QPlainTextEdit(agreement.crisis_plan if agreement else "")
        self.crisis_plan.setAccessibleName(self.tr("Crisis plan"))
        self.crisis_plan.setPlaceholderText(
            self.tr("What the client does in a crisis outside your hours, in their words")
        )
        self.crisis_plan.setTabChangesFocus(True)
        self.crisis_plan.setFixedHeight(80)
        self.discussed = QDateEdit()
        self.discussed.setAccessibleName(self.tr("Discussed on"))
        self.discussed.setCalendarPopup(True)
        self.discussed.setDisplayFormat("d MMM yyyy")
        on = agreement.discussed_on if agreement else today
        self.discussed.setDate(QDate(on.year, on.month, on.day))
        self.review = QSpinBox()
        self.review.setAccessibleName(self.tr("Review every"))
        self.review.setRange(1, 520)
        self.review.setSuffix(self.tr(" weeks"))
        self.review.setValue(agreement.review_weeks if agreement else 12)
        # The client's language for replies and the handout, whatever the interface's.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Client's language"))
        self.language.addItem(self.tr("Same as my replies"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        current = self.language.findData(agreement.language if agreement else "")
        self.language.setCurrentIndex(max(current, 0))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout(self)
        form.addRow(self.tr("C&lient"), self.client)
        form.addRow(self.tr("Channels allowed"), grid)
        form.addRow(self.tr("&Reply within"), self.response)
        form.addRow(self.tr("Crisis &plan"), self.crisis_plan)
        form.addRow(self.tr("&Discussed on"), self.discussed)
        form.addRow(self.tr("Re&view every"), self.review)
        form.addRow(self.tr("Lan&guage of replies and handout"), self.language)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_agreement: Agreement | None = None

    def agreement(self) -> Agreement:
        """The agreement as entered; raises ``AgreementError`` with a plain sentence."""
        d = self.discussed.date()
        return Agreement(
            client=self.client.text(),
            channels=tuple(c for c, box in self.channels.items() if box.isChecked()),
            discussed_on=date(d.year(), d.month(), d.day()),
            review_weeks=self.review.value(),
            response_hours=self.response.value() or None,
            crisis_plan=self.crisis_plan.toPlainText().strip(),
            language=str(self.language.currentData() or ""),
        )

    def accept(self) -> None:
        try:
            self.result_agreement = self.agreement()
        except AgreementError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        super().accept()
