"""A ready reply (expectation-setting or friend request), editable, with Copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from after_hours.availability.crisis import ReplyContext, render
from after_hours.ui.base.screen_fit import fit_to_screen
from after_hours.ui.base.services import Services
from after_hours.ui.widgets.common import heading, wrapped


class ReplyDialog(QDialog):
    """Shows ``render(kind)`` for the profile now; the clinician edits and copies it."""

    def __init__(
        self,
        services: Services,
        kind: str,
        about: str = "",
        parent: QWidget | None = None,
        *,
        client: str | None = None,
    ) -> None:
        super().__init__(parent)
        # In the client's language when their agreement names one.
        context = ReplyContext.build(services.profile.db, services.clock, client=client)
        rendered = render(kind, context)
        self.setWindowTitle(rendered.title)
        self.text = QPlainTextEdit(rendered.text)
        self.text.setAccessibleName(self.tr("Reply (editable)"))
        self.status = QLabel()
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(rendered.title, 1.2))
        if about:
            layout.addWidget(wrapped(about))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied: paste it into your reply."))
