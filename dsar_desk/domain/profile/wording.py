"""What a register text says, read the way a lawyer reads an access answer.

    retention_is_vague("Niet gespecificeerd")                       -> True
    retention_is_vague("Aussi longtemps que nécessaire")            -> True
    retention_is_vague("As long as necessary, at most 3 years")     -> False: a period is given
    third_person("Données renseignées par l'Utilisateur")           -> "l'Utilisateur"
    has_postal_address(["Adresse postale non indiquée ..."])         -> False

An access answer must give the retention period, or the criteria that decide it (Art. 15(1)(d)
GDPR); "not specified" or "as long as necessary" alone give neither. A register copied from a
privacy policy speaks of "the User"; an answer speaks to the requester (EDPB Guidelines 01/2022:
tailored, not the privacy policy). Both are heuristics over en, nl and fr wording: the import
warns, the access letter refuses a vague retention until the clerk gives a period or criteria.

Plain Python: stdlib only.
"""

from __future__ import annotations

import re

__all__ = ["retention_is_vague", "third_person", "has_postal_address", "postal_city", "national_register"]

# "not specified", in the three letter languages (case, accents and ’ are normalised).
UNSPECIFIED = (
    "not specified", "unspecified", "not stated", "not defined", "not determined", "to be determined",
    "details on request",
    "niet gespecificeerd", "niet bepaald", "niet vermeld", "niet gedefinieerd", "nog te bepalen",
    "non specifie", "non specifiee", "non precise", "non precisee", "non defini", "non definie", "non determine",
    "non determinee", "non indique", "non indiquee", "a determiner", "information detaillee sur demande",
)
# "as long as necessary": a period only when a number comes with it.
NECESSARY = (
    "as long as necessary", "as long as needed", "no longer than necessary", "for as long as", "as long as required",
    "zo lang als nodig", "zolang nodig", "zolang als nodig", "niet langer dan nodig", "niet langer dan noodzakelijk",
    "zo lang als noodzakelijk", "zolang noodzakelijk",
    "aussi longtemps que necessaire", "le temps necessaire", "la duree necessaire", "pas plus longtemps que necessaire",
    "aussi longtemps que",
)
_NUMBERS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente)\b")
_THIRD_PERSON = re.compile(
    r"\b(?:the\s+users?|l['’]\s*utilisat(?:eur|rice)|(?:les|des|aux)\s+utilisat(?:eur|rice)s|de\s+gebruikers?)\b",
    re.IGNORECASE)
_POSTCODE_FIRST = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+\S")
_POSTCODE_LAST = re.compile(r"\S\s+(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?$")
_DUTCH_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}\s+")
_LEADING_CODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d\s-]*\s+")
_CEDEX = re.compile(r"\s+cedex(\s+\d+)?$", re.IGNORECASE)

# Which register gives an organisation's company number, by country.
REGISTERS = {
    "NL": "the Kamer van Koophandel (KvK number)",
    "BE": "the Crossroads Bank for Enterprises (KBO/BCE enterprise number)",
    "FR": "the SIREN directory and the Registre du commerce et des sociétés (SIREN/RCS)",
    "LU": "the Registre de commerce et des sociétés (RCS Luxembourg)",
}


def _plain(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.split())


def retention_is_vague(text: str) -> bool:
    """True when a retention text gives neither a period nor criteria (see the module doc)."""
    plain = _plain(text).strip(" .")
    if not plain:
        return True
    if any(re.search(rf"\b{re.escape(p)}\b", plain) for p in UNSPECIFIED):
        return True
    if any(p in plain for p in NECESSARY):
        return not _NUMBERS.search(plain)
    return False


def third_person(text: str) -> str | None:
    """The privacy-policy wording ("the User", "l'Utilisateur", "de gebruiker") in a text, or None."""
    match = _THIRD_PERSON.search(text)
    return match.group(0) if match else None


def postal_city(line: str) -> str | None:
    """The town of an address line that starts with a postcode: "1170 Brussel" → "Brussel",
    "2509 AJ Den Haag" → "Den Haag", "75334 Paris Cedex 07" → "Paris"; else None."""
    line = line.strip().rstrip(",")
    stripped = _DUTCH_POSTCODE.sub("", line)
    if stripped == line:
        stripped = _LEADING_CODE.sub("", line)
    if stripped == line:
        return None
    city = _CEDEX.sub("", stripped).strip()
    if not city or any(ch.isdigit() for ch in city):
        return None
    return city


def has_postal_address(lines: list[str]) -> bool:
    """Does an address have a line with a postcode and a town (so that a letter can reach it)?"""
    return any(postal_city(line) or _POSTCODE_LAST.search(line.strip()) for line in lines if isinstance(line, str))


def national_register(country: str | None) -> str:
    """The register where the company number of an organisation of ``country`` is found."""
    return REGISTERS.get((country or "").upper(), "the national company register")
