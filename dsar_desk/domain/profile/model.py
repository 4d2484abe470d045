"""The profile as the rest of the app reads it: constants of the format, the Profile, problems.

Plain Python: stdlib and dsar_desk.domain only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from dsar_desk.domain.countries import DEFAULT_AUTHORITIES
from dsar_desk.domain.messages import Message

FORMAT = 1
LEGAL_BASES = ("consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests")
IDENTITY_CHECKS = ("id-copy", "account-match", "signed-letter", "none")
RECIPIENT_ROLES = ("processor", "controller", "authority")

POLICY_DEFAULTS: dict[str, Any] = {
    "deadline_days": None,
    "identity": "none",
    "id_copy_retention_days": 0,
    "free_requests_per_year": None,
    "case_retention_years": 5,
}
# (lowest, highest) accepted value of each [policy] number.
POLICY_LIMITS: dict[str, tuple[int, int]] = {
    "deadline_days": (1, 31),
    "id_copy_retention_days": (0, 3650),
    "free_requests_per_year": (0, 366),
    "case_retention_years": (0, 100),
}
MAX_ADDRESS_LINES = 5

# ISO 639-1 two-letter language codes.
LANGUAGE_CODES: frozenset[str] = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da
de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz
ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln
lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi
pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti
tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

SLUG_RE = re.compile(r"[a-z0-9-]{2,40}")
_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

# The keys the format knows, per table.
ROOT_KEYS = ("format", "organisation", "policy", "authority", "processing", "recipient", "controller")
ORGANISATION_KEYS = ("slug", "name", "registration", "address", "country", "languages", "email", "phone",
                     "website", "dpo", "place")
POLICY_KEYS = ("deadline_days", "identity", "id_copy_retention_days", "free_requests_per_year",
               "case_retention_years", "suppression_list")
AUTHORITY_KEYS = ("name", "address", "website")
PROCESSING_KEYS = ("id", "name", "purposes", "data", "legal_basis", "retention", "source", "systems",
                   "recipients", "automated_decisions", "automated_art22", "automated_logic",
                   "automated_consequences", "made_public")
RECIPIENT_KEYS = ("id", "name", "role", "country", "purpose", "safeguards", "category", "email")
# [[controller]]: the controllers for which the organisation acts as processor (Art. 28 GDPR).
CONTROLLER_KEYS = ("id", "name", "address", "country", "email")

Path = tuple  # of str keys and int indexes


def is_valid_language(code: object) -> bool:
    """True for a lower-case ISO 639-1 code such as "nl"."""
    return isinstance(code, str) and code in LANGUAGE_CODES


def path_str(path: Path) -> str:
    """("processing", 1, "name", "fr") -> 'processing[1].name.fr'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = part if _BARE_KEY_RE.fullmatch(part) else json.dumps(part, ensure_ascii=False)
            out += ("." if out else "") + key
    return out


# --------------------------------------------------------------------------------------------
# Results

@dataclass(frozen=True)
class Problem:
    """One error or warning: where (key path, line) and what, in plain English."""

    path: str
    message: Message | str  # a coded Message (str() is the English sentence)
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        what = f"{self.path}: {self.message}" if self.path else self.message
        return where + what


@dataclass
class ProfileCheck:
    """The outcome of a check: the profile (None when there are errors), errors, warnings."""

    profile: Profile | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def problems(self) -> list[Problem]:
        """Errors then warnings."""
        return [*self.errors, *self.warnings]


@dataclass(frozen=True)
class Localized:
    text: str
    language: str
    fell_back: bool  # True when `language` is not the one asked for


@dataclass(frozen=True)
class LocalizedList:
    items: list[str]
    language: str
    fell_back: bool


@dataclass(frozen=True)
class Authority:
    name: str
    address: list[str]
    website: str | None
    fell_back: bool  # the name or (per-language) address is not in the language asked for


# --------------------------------------------------------------------------------------------
# The profile

class Profile:
    """A valid profile. Make one with parse_profile() or check_profile_data(), which validate;
    Profile(data) itself trusts its data.

    `data` is the parsed TOML as given: defaults are not filled in, so exporting gives the same
    data back. The attributes below read it and apply the defaults (see the module docstring).
    """

    def __init__(self, data: dict):
        self.data = data

    # organisation
    @property
    def _org(self) -> dict:
        return self.data["organisation"]

    @property
    def slug(self) -> str:
        return self._org["slug"]

    @property
    def name(self) -> str:
        return self._org["name"]

    @property
    def country(self) -> str:
        return self._org["country"]

    @property
    def languages(self) -> list[str]:
        return list(self._org["languages"])

    @property
    def default_language(self) -> str:
        return self._org["languages"][0]

    @property
    def address(self) -> list[str]:
        return list(self._org["address"])

    @property
    def registration(self) -> str | None:
        return self._org.get("registration")

    @property
    def email(self) -> str | None:
        return self._org.get("email")

    @property
    def phone(self) -> str | None:
        return self._org.get("phone")

    @property
    def website(self) -> str | None:
        return self._org.get("website")

    @property
    def dpo(self) -> str | dict | None:
        """The raw (text) value; use text(profile.dpo, language)."""
        return self._org.get("dpo")

    # policy
    @property
    def policy(self) -> dict:
        """[policy] with the defaults filled in."""
        given = self.data.get("policy", {})
        return {key: given.get(key, default) for key, default in POLICY_DEFAULTS.items()}

    @property
    def deadline_days(self) -> int | None:
        """The promised deadline in calendar days; None = one month (GDPR Art. 12(3))."""
        return self.policy["deadline_days"]

    @property
    def identity(self) -> str:
        """The default identity check; absent -> "none" (the spec names no default, and the GDPR
        asks for proof of identity only on reasonable doubt, Art. 12(6))."""
        return self.policy["identity"]

    @property
    def id_copy_retention_days(self) -> int:
        return self.policy["id_copy_retention_days"]

    @property
    def free_requests_per_year(self) -> int | None:
        return self.policy["free_requests_per_year"]

    @property
    def case_retention_years(self) -> int:
        return self.policy["case_retention_years"]

    @property
    def place(self) -> str | dict | None:
        """The raw (text) town of the letterhead's date line; absent: the town of the address."""
        return self._org.get("place")

    @property
    def suppression_list(self) -> bool:
        """Whether an erased requester's e-mail address is kept on a do-not-contact list."""
        return bool(self.data.get("policy", {}).get("suppression_list", False))

    @property
    def controllers(self) -> dict[str, dict]:
        """[[controller]] by id: the controllers for which the organisation is only the processor."""
        return {c["id"]: c for c in self.data.get("controller", [])}

    def recipient_name(self, recipient: dict, language: str | None = None) -> str:
        """A recipient's (text) name in ``language`` (default: the organisation's default language)."""
        localized = self.text(recipient.get("name"), language or self.default_language)
        return localized.text if localized else str(recipient.get("id", ""))

    # register
    @property
    def processing(self) -> list[dict]:
        return list(self.data["processing"])

    @property
    def recipients(self) -> dict[str, dict]:
        return {r["id"]: r for r in self.data.get("recipient", [])}

    def processing_by_id(self, processing_id: str) -> dict | None:
        for activity in self.data["processing"]:
            if activity["id"] == processing_id:
                return activity
        return None

    def recipients_of(self, processing: dict) -> list[dict]:
        """The [[recipient]] tables a [[processing]] names, in its order."""
        known = self.recipients
        return [known[rid] for rid in processing.get("recipients", []) if rid in known]

    # languages
    def text(self, value: str | dict | None, language: str) -> Localized | None:
        """A (text) value in `language`, else the default language, else any language present.

        A plain string is in the default language. None (an optional field left out) gives None.
        """
        if value is None:
            return None
        if isinstance(value, str):
            return Localized(value, self.default_language, language != self.default_language)
        lang = self._pick(value, language)
        return Localized(value[lang], lang, lang != language)

    def text_list(self, value: list | dict | None, language: str) -> LocalizedList | None:
        """A (text list) value in `language`, with the same fallback as text()."""
        if value is None:
            return None
        if isinstance(value, list):
            return LocalizedList(list(value), self.default_language, language != self.default_language)
        lang = self._pick(value, language)
        return LocalizedList(list(value[lang]), lang, lang != language)

    def _pick(self, table: dict, language: str) -> str:
        if language in table:
            return language
        if self.default_language in table:
            return self.default_language
        for lang in self.languages:
            if lang in table:
                return lang
        return next(iter(table))

    def authority(self, language: str) -> Authority | None:
        """The supervisory authority: [authority] of the profile, else the default for the
        country (FR, BE, NL, LU); None where there is neither (a valid profile always has one).

        The names of default authorities given as one string are their own names, used in every
        language, so they never count as a fallback.
        """
        given = self.data.get("authority")
        if given:
            name = self.text(given["name"], language)
            address = given["address"]
            fell_back = name.fell_back
            if isinstance(address, dict):
                localized = self.text_list(address, language)
                fell_back = fell_back or localized.fell_back
                lines = localized.items
            else:
                lines = list(address)
            website = given.get("website")
            return Authority(name.text, lines, website, fell_back)
        default = DEFAULT_AUTHORITIES.get(self.country)
        if default is None:
            return None
        fell_back = False
        parts = []
        for key in ("name", "address", "website"):
            value = default.get(key)
            if isinstance(value, dict):
                lang = self._pick(value, language)
                if key != "website":
                    fell_back = fell_back or lang != language
                value = value[lang]
            parts.append(list(value) if isinstance(value, list) else value)
        return Authority(parts[0], parts[1], parts[2], fell_back)

    def __repr__(self) -> str:
        return f"Profile(slug={self.data.get('organisation', {}).get('slug')!r})"
