"""The fields a contact form is made of, shared by the quick-log and the contact editor.

One place builds them so the two forms name their controls the same way for screen readers,
show the same channel icons and complete pseudonyms alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from after_hours.ui.base.icons import svg_icon
from after_hours.ui.base.labels import CHANNEL_LABELS, KIND_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactFields", text)


def channel_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(_tr("Channel"))
    for channel, label in CHANNEL_LABELS.items():
        combo.addItem(svg_icon(f"channel-{channel.value}.svg"), _tr(label), channel)
    return combo


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(_tr("What happened"))
    for kind, label in KIND_LABELS.items():
        combo.addItem(_tr(label), kind)
    return combo


def client_field(known: list[str], owner: QObject) -> QLineEdit:
    """A pseudonym box completing from the known pseudonyms, anywhere in the name."""
    field = QLineEdit()
    field.setAccessibleName(_tr("Client pseudonym"))
    field.setPlaceholderText(_tr("a pseudonym, e.g. J.D."))
    completer = QCompleter(known, owner)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
    return field
