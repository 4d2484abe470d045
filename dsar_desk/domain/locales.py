"""The one choice of babel locale per language, for dates and numbers written by the rules
(deadline explanations, letters): English is written the Irish way (EU, day before month, no
comma after the weekday: "Monday 2 March 2026"); Dutch, French and German by their own CLDR data.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

BABEL_LOCALES = {"en": "en_IE", "nl": "nl", "fr": "fr", "de": "de"}


@lru_cache(maxsize=16)
def babel_locale(language: str) -> Locale:
    """The babel Locale of ``language`` (en, nl, fr, de; anything else: English)."""
    return Locale.parse(BABEL_LOCALES.get(language, BABEL_LOCALES["en"]))
