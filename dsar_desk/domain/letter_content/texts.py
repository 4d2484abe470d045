"""The letter texts: loading the TOML files, filling their {placeholders}, typography, dates.

The wording lives in ``resources/letters/<lang>/<kind>.toml`` and ``common.toml`` (see the
README there): a lawyer reads and corrects it without reading Python.

Plain Python: stdlib, babel and dsar_desk.domain only.
"""

from __future__ import annotations

import re
import string
import sys
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_format_date

from dsar_desk.domain.letter_content.model import LETTER_KINDS, LETTER_LANGUAGES, LetterError
from dsar_desk.domain.messages import msg

_BABEL_LOCALES = {"en": "en_GB", "nl": "nl", "fr": "fr", "de": "de"}

def letters_dir() -> Path:
    """``resources/letters``: in the source tree, an installed wheel or a PyInstaller bundle.

    The same search as ``dsar_desk.resources`` (the domain floor imports nothing above it).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "letters"
    package = Path(__file__).resolve().parents[2]  # dsar_desk/
    installed = package / "_resources"
    if installed.is_dir():
        return installed / "letters"
    return package.parent / "resources" / "letters"


@lru_cache(maxsize=16)
def load_texts(language: str, folder: str | None = None) -> dict[str, dict[str, Any]]:
    """All texts of one language: {"common": {...}, "access": {...}, ...}."""
    base = Path(folder) if folder else letters_dir()
    texts: dict[str, dict[str, Any]] = {}
    for name in ("common", *LETTER_KINDS):
        path = base / language / f"{name}.toml"
        try:
            with path.open("rb") as fh:
                texts[name] = tomllib.load(fh)
        except FileNotFoundError:
            raise LetterError(msg("letter.texts-file-missing", "The letter texts for “{language}” lack the file "
                                                               "{name}.toml.", language=language, name=name)) from None
        except tomllib.TOMLDecodeError as exc:
            raise LetterError(msg("letter.texts-file-unreadable", "The letter text file {language}/{name}.toml "
                                                                  "cannot be read: {error}.", language=language,
                                  name=name, error=str(exc))) from None
    return texts


_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    """The {names} a text uses."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def fill(template: str, values: dict[str, str], where: str) -> str:
    """``template`` with its {placeholders} filled in; ``where`` names the text in a problem."""
    try:
        return template.format_map(values)
    except KeyError as exc:
        raise LetterError(msg("letter.text-unknown-placeholder", "The letter text {where} uses the placeholder "
                                                                 "{{{name}}}, which DSAR Desk does not fill in.",
                              where=where, name=exc.args[0])) from None
    except (ValueError, IndexError) as exc:
        raise LetterError(msg("letter.text-misplaced-brace", "The letter text {where} has a misplaced brace: "
                                                             "{error}.", where=where, error=str(exc))) from None


_FR_THIN = re.compile(r"[ \u00a0]([;!?»])")
_FR_COLON = re.compile(r" :")
_FR_GUILLEMET = re.compile(r"« ")


def french_typography(text: str) -> str:
    """No line break before « : ; ! ? » or after «, as French typesetting wants; ’ for '."""
    text = text.replace("'", "\u2019")
    text = _FR_COLON.sub("\u00a0:", text)
    text = _FR_THIN.sub("\u202f\\1", text)
    return _FR_GUILLEMET.sub("«\u00a0", text)



# ------------------------------------------------------------------- small formatters


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(_BABEL_LOCALES.get(language, language))


def format_letter_date(day: date, language: str) -> str:
    """"22 November 2026", "22 november 2026", "22 novembre 2026" (and "1er novembre")."""
    text = _babel_format_date(day, "long", locale=_locale(language))
    if language == "fr" and day.day == 1:
        text = re.sub(r"^1(?=\s)", "1er", text)
    return text


def country_name(code: str, language: str) -> str:
    return _locale(language).territories.get(code.upper(), code.upper())


_DUTCH_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}\s+")
_LEADING_CODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d\s-]*\s+")
_CEDEX = re.compile(r"\s+cedex(\s+\d+)?$", re.IGNORECASE)


def city_of(address_line: str) -> str | None:
    """The city of an address line that starts with a postcode: "1170 Brussel" → "Brussel",
    "2509 AJ Den Haag" → "Den Haag", "75334 Paris Cedex 07" → "Paris", "L-4370 Belvaux" →
    "Belvaux". None when the line has no leading postcode (then the letter shows the date only).
    """
    line = address_line.strip().rstrip(",")
    stripped = _DUTCH_POSTCODE.sub("", line)
    if stripped == line:
        stripped = _LEADING_CODE.sub("", line)
    if stripped == line:
        return None
    city = _CEDEX.sub("", stripped).strip()
    if not city or any(ch.isdigit() for ch in city):
        return None
    return city



def normalise(text: str) -> str:
    """A phrase for comparing: case, ’ and a final full stop ignored, spaces collapsed."""
    return " ".join(text.casefold().replace("’", "'").strip().rstrip(".").split())


@lru_cache(maxsize=4)
def self_phrases(folder: str | None) -> frozenset[str]:
    """The phrases of ``[source] self`` of every language: "the data subject", "de betrokkene"..."""
    phrases: set[str] = set()
    for lang in LETTER_LANGUAGES:
        try:
            texts = load_texts(lang, folder)
        except LetterError:
            continue
        phrases.update(normalise(p) for p in texts["common"].get("source", {}).get("self", []))
    return frozenset(phrases)


def is_self(source: str, folder: str | None) -> bool:
    """Does the register's "source" only say the data come from the requester?

    True for a phrase of ``[source] self`` in common.toml, alone or followed by a comma and
    the circumstances ("De betrokkene zelf, bij het plaatsen van een bestelling").
    """
    text = normalise(source)
    phrases = self_phrases(folder)
    return text in phrases or text.split(",", 1)[0].strip() in phrases
