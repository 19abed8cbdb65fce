"""Small widgets shared by the wizard and the Settings and Schedule pages."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QCompleter, QFrame, QLabel, QSizePolicy, QWidget

from after_hours.ui.base.qt_namespace import Qt, set_enum_property

# Regions with vetted crisis lines (domain brief, section 1); "Other" gets the emergency number
# prompt and the user's own lines.
REGIONS: tuple[tuple[str, str], ...] = (
    ("CA", QT_TRANSLATE_NOOP("Regions", "Canada")),
    ("US", QT_TRANSLATE_NOOP("Regions", "United States")),
    ("UK", QT_TRANSLATE_NOOP("Regions", "United Kingdom")),
    ("IE", QT_TRANSLATE_NOOP("Regions", "Ireland")),
    ("AU", QT_TRANSLATE_NOOP("Regions", "Australia")),
    ("NZ", QT_TRANSLATE_NOOP("Regions", "New Zealand")),
    ("IL", QT_TRANSLATE_NOOP("Regions", "Israel")),
    ("OTHER", QT_TRANSLATE_NOOP("Regions", "Other")),
)


@cache
def zone_names() -> tuple[str, ...]:
    """IANA zone names people pick from (the legacy aliases such as ``US/Eastern`` left out)."""
    names = {n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV"))}
    names.add("UTC")
    return tuple(sorted(names))


# Names a system may report for UTC (Debian containers and CI say ``Etc/UTC``): all shown as UTC.
UTC_ALIASES = frozenset(
    {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0",
     "Etc/GMT-0", "Etc/Greenwich", "UCT", "Universal", "Zulu", "GMT", "GMT0", "Greenwich"}
)  # fmt: skip


def known_zone(text: str) -> str | None:
    """The zone name ``text`` stands for, or None when it is no zone at all.

    Names from the list come back as they are; the UTC aliases come back as ``UTC``; any other
    name the zone database knows (``US/Eastern``) is accepted as typed, so a system zone left
    out of the list never blocks the user.
    """
    text = text.strip()
    if text in zone_names():
        return text
    if text in UTC_ALIASES:
        return "UTC"
    if not text or text.startswith(("/", ".")) or ".." in text:
        return None
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return text


class ZoneCombo(QComboBox):
    """A searchable list of IANA zones: type "toron" and pick America/Toronto."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(zone_names()))
        completer = QCompleter(list(zone_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setAccessibleName(self.tr("Time zone"))
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Time zone (type to search)"))
        self.set_zone(current)

    def set_zone(self, name: str) -> None:
        name = known_zone(name) or name
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def zone(self) -> str | None:
        """The chosen zone, or None when the text is not a known zone name."""
        return known_zone(self.currentText())


class RegionCombo(QComboBox):
    """The regions with crisis lines, by name."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in REGIONS:
            self.addItem(QCoreApplication.translate("Regions", name), code)  # tr: noop
        self.setAccessibleName(self.tr("Region for crisis lines"))
        index = self.findData(current.upper())
        self.setCurrentIndex(index if index >= 0 else len(REGIONS) - 1)

    def region(self) -> str:
        return str(self.currentData())


def heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")  # Qt.X, by name
    return label


def card() -> QFrame:
    """A framed panel that follows the palette (no colours of its own)."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame
