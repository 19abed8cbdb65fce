"""The interface language: Qt's translators for our strings and Qt's own, and the domain's.

The language is the Settings choice (``app.language``: "en" or "fr"), else the system's, read
the way the CLI reads it (``after_hours.availability.i18n.system_language``), so the window and
``after-hours status`` in the same session agree. Our catalogue is
``resources/translations/after_hours_<lang>.qm`` (built by ``make translations`` with
``pyside6-lrelease`` from the ``.ts`` kept in the repository); Qt's ``qtbase_<lang>.qm``, shipped
inside PySide6, translates the standard dialog buttons (Save, Cancel, Next...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox

from after_hours.availability import i18n
from after_hours.availability.resources import resource

# What the Settings lists offer, each language in its own name.
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français (Canada)"))
QT_LOCALES = {"en": "en_CA", "fr": "fr_CA"}

_installed: list[QTranslator] = []
_data: list[bytes] = []


def interface_language(setting: str | None) -> str:
    """The language to show: the Settings choice, else the system's."""
    return setting if setting in i18n.LANGUAGES else i18n.system_language()


def install_translators(app: QCoreApplication, setting: str | None) -> str:
    """Load the translators for the chosen language; return the language in use.

    Called once at start-up before any window is built (Qt translates when a string is set).
    The domain follows the same language, so reasons and statuses match the widgets.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _data.clear()
    language = interface_language(setting)
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QT_LOCALES.get(language, "en_CA")))
    if language == "en":
        return language
    ours = QTranslator(app)
    data = resource("translations", f"after_hours_{language}.qm").read_bytes()
    _data.append(data)  # Qt reads the catalogue in place: keep its bytes alive
    if ours.load(data):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def language_combo(current: str, *, system: str) -> QComboBox:
    """A list of languages, first "follow the system" (its label ``system``), then each one."""
    combo = QComboBox()
    combo.addItem(system, "")
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
