"""The interface language: the clerk's choice in the settings, else the OS language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

SUPPORTED = ("en", "nl", "fr")


def ui_language() -> str:
    """The language the interface (and deadline explanations) use: en, nl or fr."""
    code = QLocale().name().split("_")[0]
    return code if code in SUPPORTED else "en"


def apply_language(choice: str) -> None:
    """Make ``choice`` (or the OS language when empty) the default locale of the interface."""
    if choice in SUPPORTED:
        region = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}[choice]
        QLocale.setDefault(QLocale(region))
