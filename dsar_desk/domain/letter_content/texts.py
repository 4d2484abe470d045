"""The letter texts: loading the TOML files, filling their {placeholders}, typography, dates.

The wording lives in ``resources/letters/<lang>/<kind>.toml`` and ``common.toml`` (see the
README there): a lawyer reads and corrects it without reading Python.

Plain Python: stdlib, babel and dsar_desk.domain only.
"""

from __future__ import annotations

import re
import string
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_currency

from dsar_desk.domain.letter_content.model import LETTER_KINDS, LETTER_LANGUAGES, LetterError
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.wording import postal_city
from dsar_desk.resources import resource

_BABEL_LOCALES = {"en": "en_GB", "nl": "nl", "fr": "fr", "de": "de"}


def letters_dir() -> Path:
    """``resources/letters`` (dsar_desk.resources: the source tree, an installed wheel or a bundle)."""
    return resource("letters")


# Where the same language is written differently by country (resources/letters/README.md):
# language -> the countries that have a folder of their own ("nl-BE", "nl-NL", "fr-BE", "fr-FR").
VARIANTS = {"nl": ("NL", "BE"), "fr": ("FR", "BE")}


def variant_for(language: str, organisation_country: str | None, requester_country: str | None = None) -> str | None:
    """The country whose usage a letter follows: the organisation's, where the language is written
    there; else the requester's (a French company writing Dutch to a requester in Belgium); else none."""
    countries = VARIANTS.get(language, ())
    for country in (organisation_country, requester_country):
        if country and country.upper() in countries:
            return country.upper()
    return None


def _read(path: Path, where: str, name: str) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise LetterError(msg("letter.texts-file-missing", "The letter texts for “{language}” lack the file "
                                                           "{name}.toml.", language=where, name=name)) from None
    except tomllib.TOMLDecodeError as exc:
        raise LetterError(msg("letter.texts-file-unreadable", "The letter text file {language}/{name}.toml "
                                                              "cannot be read: {error}.", language=where,
                              name=name, error=str(exc))) from None


def _merge(base: dict[str, Any], override: dict[str, Any]) -> None:
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


@lru_cache(maxsize=32)
def load_texts(language: str, folder: str | None = None, variant: str | None = None) -> dict[str, dict[str, Any]]:
    """All texts of one language: {"common": {...}, "access": {...}, ...}.

    With ``variant`` ("BE"), the files of ``<language>-<variant>/`` (each optional, each key
    optional) replace the texts they have: the common Dutch texts, then the Belgian ones.
    """
    base = Path(folder) if folder else letters_dir()
    names = ("common", *LETTER_KINDS)
    texts = {name: _read(base / language / f"{name}.toml", language, name) for name in names}
    overrides = base / f"{language}-{variant}" if variant else None
    if overrides is not None and overrides.is_dir():
        for name in names:
            path = overrides / f"{name}.toml"
            if path.is_file():
                _merge(texts[name], _read(path, f"{language}-{variant}", name))
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


def city_of(address_line: str) -> str | None:
    """The city of an address line that starts with a postcode: "1170 Brussel" → "Brussel",
    "2509 AJ Den Haag" → "Den Haag", "75334 Paris Cedex 07" → "Paris", "L-4370 Belvaux" →
    "Belvaux". None when the line has no leading postcode (then the letter shows the date only).
    """
    return postal_city(address_line)


def format_money(cents: int, language: str) -> str:
    """12,50 € / € 12,50 / €12.50, as the letter's language writes an amount in euros."""
    return format_currency(cents / 100, "EUR", locale=_locale(language))


def join_words(items: list[str], and_word: str) -> str:
    """"15", "15 and 17", "15, 17 and 20"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {and_word} {items[-1]}"


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
