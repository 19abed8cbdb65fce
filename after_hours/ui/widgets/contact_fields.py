"""The fields a contact form is made of, shared by the quick-log and the contact editor.

One place builds them so the two forms name their controls the same way for screen readers,
show the same channel icons and complete pseudonyms alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from after_hours.ui.base.icons import svg_icon
from after_hours.ui.base.labels import CHANNEL_LABELS, KIND_LABELS, channel_label, kind_label


def channel_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("ContactFields", "Channel"))
    for channel in CHANNEL_LABELS:
        combo.addItem(svg_icon(f"channel-{channel.value}.svg"), channel_label(channel), channel)
    return combo


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("ContactFields", "What happened"))
    for kind in KIND_LABELS:
        combo.addItem(kind_label(kind), kind)
    return combo


def client_field(known: list[str], owner: QObject) -> QLineEdit:
    """A pseudonym box completing from the known pseudonyms, anywhere in the name."""
    field = QLineEdit()
    field.setAccessibleName(QCoreApplication.translate("ContactFields", "Client pseudonym"))
    field.setPlaceholderText(QCoreApplication.translate("ContactFields", "a pseudonym, e.g. J.D."))
    completer = QCompleter(known, owner)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setCompleter(completer)
    return field
