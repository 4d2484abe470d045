"""The interface language: the clerk's choice in the settings, else the OS language, else English.

``apply_language`` sets the default QLocale (dates, numbers, the deadline explanations);
``install_translator`` also loads our translations (resources/translations/dsar_desk_LL.qm,
compiled from the .ts by packaging/update_translations.py) and Qt's own (qtbase_LL.qm: the
standard buttons OK, Cancel, Yes, No and the file dialogs).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dsar_desk.resources import resource

log = logging.getLogger(__name__)

SUPPORTED = ("en", "nl", "fr")
# The name of each language in that language: what the clerk looks for in the settings.
NATIVE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}
REGIONS = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}

_installed: list[QTranslator] = []


def ui_language() -> str:
    """The language the interface (and deadline explanations) use: en, nl or fr."""
    code = QLocale().name().split("_")[0]
    return code if code in SUPPORTED else "en"


def apply_language(choice: str) -> None:
    """Make ``choice`` (or the OS language when empty) the default locale of the interface."""
    if choice not in SUPPORTED and QLocale.system().language() == QLocale.Language.C:
        choice = "en"  # no OS locale (LANG unset): English words, day-month-year dates
    if choice in SUPPORTED:
        QLocale.setDefault(QLocale(REGIONS[choice]))
    else:
        QLocale.setDefault(QLocale.system())


def translation_file(language: str) -> str:
    return str(resource("translations", f"dsar_desk_{language}.qm"))


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators installed by install_translator (the words go back to English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translator(app: QCoreApplication, choice: str = "") -> str:
    """Use ``choice`` (en, nl, fr; empty: the OS language) for the whole interface from now on.

    Replaces the translators installed by an earlier call, so it can be called again after the
    clerk changed the language (windows built afterwards are in the new language). Returns the
    language in use.
    """
    remove_translators(app)
    apply_language(choice)
    language = ui_language()
    if language == "en":  # the words of the code; the .qm only gives the plural forms
        english = QTranslator(app)
        if english.load(translation_file("en")):
            app.installTranslator(english)
            _installed.append(english)
        return language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt's own %s translation not found; standard buttons stay in English", language)
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found; the interface stays in English", language)
    return language
