"""Countries as GDPR sees them: the EEA, adequacy decisions, ISO codes, default authorities.

Plain data and three small functions; no imports of ours, nothing done at import time.
Country codes are ISO 3166-1 alpha-2, upper case ("BE", "GB" — not "UK", "GR" — not "EL").
"""

from __future__ import annotations

__all__ = [
    "EU",
    "EEA",
    "ADEQUACY",
    "PARTIAL_ADEQUACY",
    "ISO_COUNTRIES",
    "COUNTRY_HINTS",
    "DEFAULT_AUTHORITIES",
    "is_eea",
    "has_adequacy",
    "is_valid_country",
]

# The 27 member states of the European Union.
EU: frozenset[str] = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})

# The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. The GDPR applies
# in all of them, so a transfer inside the EEA is not a transfer to a "third country".
EEA: frozenset[str] = EU | {"IS", "LI", "NO"}

# Countries with an adequacy decision of the European Commission (GDPR Art. 45), as of 2026.
# A transfer to them needs no further safeguards.
#   CA: covers commercial organisations subject to PIPEDA.
#   JP: covers private-sector operators under the APPI (with the supplementary rules).
#   KR: covers the PIPA.
#   GB: renewed in 2025 (until 2031).
# BR: the Commission started the adoption procedure for Brazil in 2025; as we cannot confirm
# that the decision was adopted, Brazil is left out (a recipient there gets a warning unless
# safeguards are stated, which is the safe side).
# US: deliberately NOT in this set, see PARTIAL_ADEQUACY.
ADEQUACY: frozenset[str] = frozenset({
    "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
})

# Adequacy that does not cover every organisation in the country. For the United States the
# EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795) covers only
# organisations certified under the DPF. Adequacy is therefore NOT automatic: a US recipient
# without stated safeguards (for example "DPF-certified" or "standard contractual clauses")
# still gets a warning, and has_adequacy("US") is False.
PARTIAL_ADEQUACY: dict[str, str] = {
    "US": "the EU-US Data Privacy Framework covers only organisations certified under it",
}

# ISO 3166-1 alpha-2: all 249 officially assigned codes.
ISO_COUNTRIES: frozenset[str] = frozenset({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ",
    "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW",
    "CX", "CY", "CZ",
    "DE", "DJ", "DK", "DM", "DO", "DZ",
    "EC", "EE", "EG", "EH", "ER", "ES", "ET",
    "FI", "FJ", "FK", "FM", "FO", "FR",
    "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT",
    "GU", "GW", "GY",
    "HK", "HM", "HN", "HR", "HT", "HU",
    "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
    "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
    "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
    "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM",
    "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY",
    "QA",
    "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ",
    "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
    "UA", "UG", "UM", "US", "UY", "UZ",
    "VA", "VC", "VE", "VG", "VI", "VN", "VU",
    "WF", "WS",
    "YE", "YT",
    "ZA", "ZM", "ZW",
})

# Codes people write that are not ISO 3166-1 alpha-2, and the code they mean.
COUNTRY_HINTS: dict[str, str] = {
    "UK": "GB",  # reserved, not assigned
    "EL": "GR",  # the EU's own abbreviation for Greece
}

# Supervisory authorities DSAR Desk knows by default (profile-format.md, "Default authorities").
# Same shape as a profile's [authority] table: "name" is one string (the authority's own name,
# used in every language) or a table language -> string; "address" a list of lines or a table
# language -> list; "website" a string or a table language -> string.
# Belgium: the table gives no German address and no German website, so German uses the French ones.
DEFAULT_AUTHORITIES: dict[str, dict] = {
    "FR": {
        "name": "Commission Nationale de l'Informatique et des Libertés (CNIL)",
        "address": ["3 Place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07"],
        "website": "https://www.cnil.fr",
    },
    "BE": {
        "name": {
            "fr": "Autorité de protection des données",
            "nl": "Gegevensbeschermingsautoriteit",
            "de": "Datenschutzbehörde",
        },
        "address": {
            "fr": ["Rue de la Presse 35", "1000 Bruxelles"],
            "nl": ["Drukpersstraat 35", "1000 Brussel"],
            "de": ["Rue de la Presse 35", "1000 Bruxelles"],
        },
        "website": {
            "fr": "https://www.autoriteprotectiondonnees.be",
            "nl": "https://www.gegevensbeschermingsautoriteit.be",
            "de": "https://www.autoriteprotectiondonnees.be",
        },
    },
    "NL": {
        "name": "Autoriteit Persoonsgegevens",
        "address": ["Postbus 93374", "2509 AJ Den Haag"],
        "website": "https://autoriteitpersoonsgegevens.nl",
    },
    "LU": {
        "name": "Commission nationale pour la protection des données (CNPD)",
        "address": ["15, boulevard du Jazz", "L-4370 Belvaux"],
        "website": "https://cnpd.public.lu",
    },
}


def is_valid_country(cc: object) -> bool:
    """True for an assigned ISO 3166-1 alpha-2 code written in upper case."""
    return isinstance(cc, str) and cc in ISO_COUNTRIES


def is_eea(cc: object) -> bool:
    """True for a member state of the European Economic Area."""
    return isinstance(cc, str) and cc in EEA


def has_adequacy(cc: object) -> bool:
    """True where an adequacy decision covers every recipient in the country.

    False for the EEA itself (no transfer, no decision needed — use is_eea) and for the US,
    whose adequacy (the Data Privacy Framework) covers only certified organisations.
    """
    return isinstance(cc, str) and cc in ADEQUACY
