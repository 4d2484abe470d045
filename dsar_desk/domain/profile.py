"""Organisation profiles: parse, validate and export the TOML file of profile-format.md.

    check = parse_profile(text)          # never raises for bad input
    if check.ok:
        profile = check.profile
        profile.text(activity["name"], "fr")   # Localized(text, language, fell_back)
    for problem in check.errors + check.warnings:
        print(problem)                     # "line 12: processing[1].legal_basis: must be one of ..."

Every problem is reported at once, each with its key path and, where the text is known, its
line. Errors refuse the file; warnings show a gap but let it in.

Defaults when a [policy] key is absent (the spec gives most of them):
    deadline_days           None  -> one month (GDPR Art. 12(3))
    identity                "none" -> the spec names no default check, and the GDPR does not make
                                      one the rule: a controller asks for proof of identity only
                                      when it has reasonable doubts (Art. 12(6)). So no check is
                                      asked unless the profile says so.
    id_copy_retention_days  0      (spec)
    free_requests_per_year  None  -> not stated
    case_retention_years    5      (spec)

Other choices worth knowing:
- `recipients` absent from a [[processing]] gives the "no recipients" warning; `recipients = []`
  states that the data goes to no one outside the organisation, and gives none.
- A text field written as a plain string is in the default language; in a profile with several
  languages it therefore lacks the others, and gets the missing-language warning too.
- A file with a `format` newer than 1 gets that one error only: its other keys may mean
  something this version does not know.
- Policy numbers have upper bounds (see POLICY_LIMITS) so dates computed from them stay sane.

Plain Python: stdlib, tomllib, tomli_w and dsar_desk.domain.countries only.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

import tomli_w

from dsar_desk.domain.countries import (
    COUNTRY_HINTS,
    DEFAULT_AUTHORITIES,
    PARTIAL_ADEQUACY,
    has_adequacy,
    is_eea,
    is_valid_country,
)

__all__ = [
    "FORMAT",
    "LEGAL_BASES",
    "IDENTITY_CHECKS",
    "RECIPIENT_ROLES",
    "LANGUAGE_CODES",
    "POLICY_DEFAULTS",
    "POLICY_LIMITS",
    "Problem",
    "ProfileCheck",
    "Profile",
    "Localized",
    "LocalizedList",
    "Authority",
    "parse_profile",
    "check_profile_data",
    "dump_profile",
    "dump_profile_data",
    "is_valid_language",
    "path_str",
]

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
ROOT_KEYS = ("format", "organisation", "policy", "authority", "processing", "recipient")
ORGANISATION_KEYS = ("slug", "name", "registration", "address", "country", "languages", "email", "phone",
                     "website", "dpo")
POLICY_KEYS = ("deadline_days", "identity", "id_copy_retention_days", "free_requests_per_year",
               "case_retention_years")
AUTHORITY_KEYS = ("name", "address", "website")
PROCESSING_KEYS = ("id", "name", "purposes", "data", "legal_basis", "retention", "source", "systems",
                   "recipients", "automated_decisions")
RECIPIENT_KEYS = ("id", "name", "role", "country", "purpose", "safeguards")

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
    message: str
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


# --------------------------------------------------------------------------------------------
# Line numbers

class _Locator:
    """Finds the line of each key (and array element) in TOML text, as tomllib gives none.

    A small scanner over the same grammar: table headers, [[array]] headers, dotted and quoted
    keys, inline tables, arrays over several lines, all four kinds of strings. Best effort: on
    anything it does not understand it stops and keeps what it found.
    """

    def __init__(self, text: str):
        self.text = text
        self.i = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        self.arrays: dict[Path, int] = {}  # [[array]] path -> tables seen so far
        try:
            self._document()
        except Exception:  # noqa: BLE001 - best effort, the parse itself is tomllib's job
            pass

    def find(self, path: Path) -> int | None:
        """The line of `path`, else of its nearest ancestor that has one (the table header)."""
        for n in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:n]))
            if line is not None:
                return line
        return None

    # scanning helpers
    def _peek(self, n: int = 1) -> str:
        return self.text[self.i:self.i + n]

    def _advance(self, n: int = 1) -> str:
        chunk = self.text[self.i:self.i + n]
        self.line += chunk.count("\n")
        self.i += n
        return chunk

    def _spaces(self) -> None:
        while self._peek() in (" ", "\t") and self._peek():
            self.i += 1

    def _blank(self) -> None:
        """Spaces, newlines and comments."""
        while self.i < len(self.text):
            c = self._peek()
            if c in " \t\r\n":
                self._advance()
            elif c == "#":
                end = self.text.find("\n", self.i)
                self.i = len(self.text) if end < 0 else end
            else:
                return

    def _expect(self, s: str) -> None:
        if self._peek(len(s)) != s:
            raise ValueError(f"expected {s!r} at line {self.line}")
        self._advance(len(s))

    def _record(self, path: Path, line: int) -> None:
        self.lines.setdefault(path, line)

    # grammar
    def _document(self) -> None:
        context: Path = ()
        while True:
            self._blank()
            if self.i >= len(self.text):
                return
            line = self.line
            if self._peek(2) == "[[":
                self._advance(2)
                self._spaces()
                keys = self._key()
                self._spaces()
                self._expect("]]")
                array = (*self._resolve(keys[:-1]), keys[-1])
                count = self.arrays.get(array, 0)
                self.arrays[array] = count + 1
                context = (*array, count)
                self._record(array, line)
                self._record(context, line)
            elif self._peek() == "[":
                self._advance()
                self._spaces()
                keys = self._key()
                self._spaces()
                self._expect("]")
                context = self._resolve(keys)
                self._record(context, line)
            else:
                self._keyvalue(context)
            self._spaces()
            if self._peek() == "#":
                self._blank()

    def _resolve(self, keys: list[str]) -> Path:
        """A header's keys as a path, with the current index of each [[array]] on the way."""
        path: list = []
        for key in keys:
            path.append(key)
            if tuple(path) in self.arrays:
                path.append(self.arrays[tuple(path)] - 1)
        return tuple(path)

    def _keyvalue(self, base: Path) -> None:
        line = self.line
        keys = self._key()
        for n in range(1, len(keys) + 1):
            self._record((*base, *keys[:n]), line)
        self._spaces()
        self._expect("=")
        self._spaces()
        self._value((*base, *keys))

    def _key(self) -> list[str]:
        keys = []
        while True:
            self._spaces()
            c = self._peek()
            if c == '"':
                keys.append(json.loads(_toml_to_json_string(self._basic_string()), strict=False))
            elif c == "'":
                keys.append(self._literal_string()[1:-1])
            else:
                m = _BARE_KEY_RE.match(self.text, self.i)
                if not m:
                    raise ValueError(f"no key at line {self.line}")
                keys.append(m.group())
                self.i = m.end()
            self._spaces()
            if self._peek() != ".":
                return keys
            self._advance()

    def _value(self, path: Path) -> None:
        c = self._peek()
        if c == '"':
            if self._peek(3) == '"""':
                self._multiline('"""')
            else:
                self._basic_string()
        elif c == "'":
            if self._peek(3) == "'''":
                self._multiline("'''")
            else:
                self._literal_string()
        elif c == "[":
            self._advance()
            index = 0
            while True:
                self._blank()
                if self._peek() == "]":
                    self._advance()
                    return
                self._record((*path, index), self.line)
                self._value((*path, index))
                self._blank()
                if self._peek() == ",":
                    self._advance()
                    index += 1
                    continue
                self._expect("]")
                return
        elif c == "{":
            self._advance()
            while True:
                self._blank()
                if self._peek() == "}":
                    self._advance()
                    return
                self._keyvalue(path)
                self._blank()
                if self._peek() == ",":
                    self._advance()
                    continue
                self._expect("}")
                return
        else:
            m = re.compile(r"[^,\]}#\r\n]+").match(self.text, self.i)
            if not m:
                raise ValueError(f"no value at line {self.line}")
            self.i = m.end()

    def _basic_string(self) -> str:
        start = self.i
        self._advance()
        while True:
            c = self._peek()
            if c in ("", "\n"):
                raise ValueError("unterminated string")
            self._advance()
            if c == "\\":
                self._advance()
            elif c == '"':
                return self.text[start:self.i]

    def _literal_string(self) -> str:
        end = self.text.index("'", self.i + 1)
        s = self.text[self.i:end + 1]
        self._advance(end + 1 - self.i)
        return s

    def _multiline(self, delim: str) -> None:
        self._advance(3)
        while True:
            if self.i >= len(self.text):
                raise ValueError("unterminated string")
            if delim == '"""' and self._peek() == "\\":
                self._advance(2)
                continue
            if self._peek(3) == delim:
                self._advance(3)
                extra = 0
                while self._peek() == delim[0] and extra < 2:
                    self._advance()
                    extra += 1
                return
            self._advance()


def _toml_to_json_string(s: str) -> str:
    """A TOML basic string (with quotes) as JSON, for json.loads: \\U and \\e need care."""
    def fix(m: re.Match) -> str:
        esc = m.group()
        if esc.startswith("\\U"):
            return json.dumps(chr(int(esc[2:], 16)))[1:-1]
        if esc == "\\e":
            return "\\u001b"
        return esc
    return re.sub(r"\\U[0-9A-Fa-f]{8}|\\.", fix, s)


# --------------------------------------------------------------------------------------------
# Validation

_MISSING = object()
# Words people use for a role, and the role they mean.
_ALIASES = {"subcontractor": "processor", "sub-processor": "processor", "subprocessor": "processor",
            "joint-controller": "controller", "public-authority": "authority"}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_TOML_SCALARS = (str, int, float, bool, datetime.date, datetime.time)  # datetime is a date


def _first_non_toml(value: object, path: Path) -> tuple[Path, str] | None:
    """The first value inside `value` that TOML cannot hold (None, a set, a non-string key...)."""
    if isinstance(value, _TOML_SCALARS):
        return None
    if isinstance(value, list):
        for n, item in enumerate(value):
            bad = _first_non_toml(item, (*path, n))
            if bad:
                return bad
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return (*path, str(key)), f"a key must be a string, not {_type_name(key)}"
            bad = _first_non_toml(item, (*path, key))
            if bad:
                return bad
        return None
    return path, f"{_type_name(value)} has no TOML form (leave the key out instead)"


def _did_you_mean(word: object, choices) -> str:
    if not isinstance(word, str):
        return ""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {_quote(match[0])}?)" if match else ""


def _quote(value: object) -> str:
    """A value as it would be written in TOML, shortened, for messages."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if value is None:
        return "empty (None)"
    return f"a {type(value).__name__}"


class _Checker:
    def __init__(self, data: object, text: str | None):
        self.data = data
        self.locator = _Locator(text) if text is not None else None
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.texts: list[tuple[Path, object, str]] = []  # (path, value, "text" | "list")
        self.languages: list[str] | None = None

    # reporting
    def _problem(self, path: Path, message: str, line_at: Path | None) -> Problem:
        line = self.locator.find(line_at if line_at is not None else path) if self.locator else None
        return Problem(path_str(path), message, line)

    def error(self, path: Path, message: str, line_at: Path | None = None) -> None:
        self.errors.append(self._problem(path, message, line_at))

    def warn(self, path: Path, message: str, line_at: Path | None = None) -> None:
        self.warnings.append(self._problem(path, message, line_at))

    # building blocks
    def table(self, parent: dict, path: Path, required: bool, how: str) -> dict | None:
        value = parent.get(path[-1], _MISSING)
        if value is _MISSING:
            if required:
                self.error(path, f"is required: add a {how} table")
            return None
        if not isinstance(value, dict):
            self.error(path, f"must be a table ({how}), not {_type_name(value)}")
            return None
        return value

    def unknown_keys(self, table: dict, path: Path, known: tuple[str, ...]) -> None:
        for key, value in table.items():
            if key in known:
                continue
            if not isinstance(key, str):
                self.error((*path, str(key)), f"a key must be a string, not {_type_name(key)}")
                continue
            bad = _first_non_toml(value, (*path, key))
            if bad is not None:
                self.error(bad[0], f"cannot be written in TOML: {bad[1]}")
                continue
            self.warn((*path, key), "unknown key: this version of DSAR Desk does not use it "
                                    f"(it is kept on export){_did_you_mean(key, known)}")

    def string(self, table: dict, path: Path, key: str, required: bool) -> str | None:
        value = table.get(key, _MISSING)
        where = (*path, key)
        if value is _MISSING:
            if required:
                self.error(where, "is required")
            return None
        if not isinstance(value, str):
            self.error(where, f"must be a string, not {_type_name(value)}")
            return None
        if not value.strip():
            self.error(where, "must not be empty" + ("" if required else "; leave the key out instead"))
            return None
        return value

    def choice(self, table: dict, path: Path, key: str, choices: tuple[str, ...], required: bool) -> str | None:
        value = table.get(key, _MISSING)
        where = (*path, key)
        if value is _MISSING:
            if required:
                self.error(where, f"is required: one of {', '.join(choices)}")
            return None
        if value not in choices or not isinstance(value, str):
            alias = _ALIASES.get(value.lower()) if isinstance(value, str) else None
            hint = f" (a {value} is a {_quote(alias)})" if alias in choices else _did_you_mean(value, choices)
            self.error(where, f"must be one of: {', '.join(choices)}; not {_quote(value)}{hint}")
            return None
        return value

    def lines(self, value: object, where: Path) -> bool:
        """A postal address: a list of 1 to 5 non-empty strings."""
        if not isinstance(value, list):
            self.error(where, f"must be a list of 1 to {MAX_ADDRESS_LINES} lines, not {_type_name(value)}"
                              + (' (write ["line 1", "line 2"])' if isinstance(value, str) else ""))
            return False
        ok = True
        if not 1 <= len(value) <= MAX_ADDRESS_LINES:
            self.error(where, f"must have 1 to {MAX_ADDRESS_LINES} lines, not {len(value)}")
            ok = False
        for n, item in enumerate(value):
            if not isinstance(item, str):
                self.error((*where, n), f"must be a string, not {_type_name(item)}")
                ok = False
            elif not item.strip():
                self.error((*where, n), "must not be an empty line")
                ok = False
        return ok

    def country(self, value: object, where: Path) -> str | None:
        if not isinstance(value, str):
            self.error(where, f"must be a country code such as \"BE\", not {_type_name(value)}")
            return None
        if is_valid_country(value):
            return value
        if is_valid_country(value.upper()):
            hint = f" (write {_quote(value.upper())})"
        elif value.upper() in COUNTRY_HINTS:
            hint = f" (did you mean {_quote(COUNTRY_HINTS[value.upper()])}?)"
        else:
            hint = ""
        self.error(where, f"{_quote(value)} is not an ISO 3166-1 alpha-2 country code in capitals{hint}")
        return None

    def language_key(self, lang: object, where: Path) -> bool:
        if is_valid_language(lang):
            return True
        hint = f" (write {_quote(lang.lower())})" if isinstance(lang, str) and is_valid_language(lang.lower()) else ""
        self.error(where, f"{_quote(lang)} is not a language code: use a two-letter ISO 639-1 code "
                          f"such as \"nl\" or \"fr\"{hint}")
        return False

    def text(self, table: dict, path: Path, key: str, required: bool) -> None:
        """A (text) field: a string, or a table of language code -> string."""
        value = table.get(key, _MISSING)
        where = (*path, key)
        if value is _MISSING:
            if required:
                self.error(where, "is required")
            return
        if isinstance(value, str):
            if not value.strip():
                self.error(where, "must not be empty" + ("" if required else "; leave the key out instead"))
            else:
                self.texts.append((where, value, "text"))
            return
        if isinstance(value, dict):
            if not value:
                self.error(where, "must give the text in at least one language")
                return
            ok = True
            for lang, text in value.items():
                ok = self.language_key(lang, (*where, lang)) and ok
                if not isinstance(text, str):
                    self.error((*where, lang), f"must be a string, not {_type_name(text)}")
                    ok = False
                elif not text.strip():
                    self.error((*where, lang), "must not be empty")
                    ok = False
            if ok:
                self.texts.append((where, value, "text"))
            return
        self.error(where, f"must be a string, or a table of language = string such as "
                          f"{{ nl = \"...\", fr = \"...\" }}; not {_type_name(value)}")

    def text_list(self, table: dict, path: Path, key: str, required: bool) -> None:
        """A (text list) field: a list of strings, or a table of language code -> list."""
        value = table.get(key, _MISSING)
        where = (*path, key)
        if value is _MISSING:
            if required:
                self.error(where, "is required")
            return
        if isinstance(value, list):
            if self._string_list(value, where, required):
                self.texts.append((where, value, "list"))
            return
        if isinstance(value, dict):
            if not value:
                self.error(where, "must give the list in at least one language")
                return
            ok = True
            for lang, items in value.items():
                ok = self.language_key(lang, (*where, lang)) and ok
                if not isinstance(items, list):
                    self.error((*where, lang), f"must be a list of strings, not {_type_name(items)}")
                    ok = False
                else:
                    ok = self._string_list(items, (*where, lang), required) and ok
            if ok:
                self.texts.append((where, value, "list"))
            return
        hint = ' (write ["..."] for one item)' if isinstance(value, str) else ""
        self.error(where, f"must be a list of strings, or a table of language = list; not {_type_name(value)}{hint}")

    def _string_list(self, items: list, where: Path, non_empty: bool) -> bool:
        ok = True
        if non_empty and not items:
            self.error(where, "must not be empty")
            ok = False
        for n, item in enumerate(items):
            if not isinstance(item, str):
                self.error((*where, n), f"must be a string, not {_type_name(item)}")
                ok = False
            elif not item.strip():
                self.error((*where, n), "must not be empty")
                ok = False
        return ok

    def array_of_tables(self, path: Path, required: bool) -> list | None:
        value = self.data.get(path[-1], _MISSING)
        name = path[-1]
        if value is _MISSING:
            if required:
                self.error(path, f"is required: the register needs at least one [[{name}]] table")
            return None
        if not isinstance(value, list):
            self.error(path, f"must be written as [[{name}]] tables, not {_type_name(value)}")
            return None
        if required and not value:
            self.error(path, f"needs at least one [[{name}]] table")
        return value

    # the whole file
    def run(self) -> None:
        data = self.data
        if not isinstance(data, dict):
            self.error((), "a profile must be a TOML table")
            return
        if not self.check_format(data):
            return
        self.unknown_keys(data, (), ROOT_KEYS)
        country = self.check_organisation(data)
        self.check_policy(data)
        self.check_authority(data, country)
        activities = self.check_processing(data)
        recipients = self.check_recipients(data)
        self.check_references(activities, recipients)
        self.check_languages()

    def check_format(self, data: dict) -> bool:
        value = data.get("format", _MISSING)
        if value is _MISSING:
            self.error(("format",), f"is required: write format = {FORMAT} at the top of the file")
        elif not _is_int(value):
            self.error(("format",), f"must be the number {FORMAT}, not {_type_name(value)}")
        elif value > FORMAT:
            self.error(("format",), f"is {value}: this file needs a newer version of DSAR Desk "
                                    f"(this version reads format {FORMAT})")
            return False
        elif value != FORMAT:
            self.error(("format",), f"must be {FORMAT}, not {value}")
        return True

    def check_organisation(self, data: dict) -> str | None:
        path = ("organisation",)
        org = self.table(data, path, True, "[organisation]")
        if org is None:
            return None
        self.unknown_keys(org, path, ORGANISATION_KEYS)
        slug = self.string(org, path, "slug", True)
        if slug is not None and not SLUG_RE.fullmatch(slug):
            self.error((*path, "slug"), f"must be 2 to 40 characters from a-z, 0-9 and '-'; not {_quote(slug)}")
        self.string(org, path, "name", True)
        self.string(org, path, "registration", False)
        self.string(org, path, "phone", False)
        self.string(org, path, "website", False)
        email = self.string(org, path, "email", False)
        if email is not None and not _EMAIL_RE.fullmatch(email.strip()):
            self.warn((*path, "email"), f"{_quote(email)} does not look like an e-mail address")
        self.text(org, path, "dpo", False)
        address = org.get("address", _MISSING)
        if address is _MISSING:
            self.error((*path, "address"), f"is required: 1 to {MAX_ADDRESS_LINES} lines")
        else:
            self.lines(address, (*path, "address"))
        country = None
        value = org.get("country", _MISSING)
        if value is _MISSING:
            self.error((*path, "country"), "is required: an ISO 3166-1 alpha-2 code such as \"BE\"")
        else:
            country = self.country(value, (*path, "country"))
        self.check_language_list(org, path)
        return country

    def check_language_list(self, org: dict, path: Path) -> None:
        where = (*path, "languages")
        value = org.get("languages", _MISSING)
        if value is _MISSING:
            self.error(where, "is required: the letter languages, default first, such as [\"nl\", \"fr\"]")
            return
        if not isinstance(value, list):
            hint = f" (write [{_quote(value)}])" if isinstance(value, str) else ""
            self.error(where, f"must be a list of language codes, not {_type_name(value)}{hint}")
            return
        if not value:
            self.error(where, "must name at least one language")
            return
        ok = True
        seen: set[str] = set()
        for n, lang in enumerate(value):
            if not self.language_key(lang, (*where, n)):
                ok = False
            elif lang in seen:
                self.error((*where, n), f"{_quote(lang)} is listed twice")
                ok = False
            else:
                seen.add(lang)
        if ok:
            self.languages = list(value)

    def check_policy(self, data: dict) -> None:
        path = ("policy",)
        policy = self.table(data, path, False, "[policy]")
        if policy is None:
            return
        self.unknown_keys(policy, path, POLICY_KEYS)
        for key, (low, high) in POLICY_LIMITS.items():
            value = policy.get(key, _MISSING)
            where = (*path, key)
            if value is _MISSING:
                continue
            if not _is_int(value):
                self.error(where, f"must be a whole number from {low} to {high}, not {_type_name(value)}")
            elif key == "deadline_days" and value > high:
                self.error(where, f"{value} days is later than the legal limit of one month (GDPR Art. 12(3)); "
                                  f"use at most {high}, or leave it out for one month "
                                  "(the app never sets a deadline later than the legal limit)")
            elif not low <= value <= high:
                self.error(where, f"must be a whole number from {low} to {high}, not {value}")
            elif key == "free_requests_per_year" and value == 0:
                self.warn(where, "0 free requests: the first copy of one's data is always free of charge "
                                 "(GDPR Art. 15(3)); a fee can only be asked for further copies")
        self.choice(policy, path, "identity", IDENTITY_CHECKS, False)

    def check_authority(self, data: dict, country: str | None) -> None:
        path = ("authority",)
        authority = self.table(data, path, False, "[authority]")
        if authority is None:
            if "authority" not in data and country is not None and country not in DEFAULT_AUTHORITIES:
                known = ", ".join(sorted(DEFAULT_AUTHORITIES))
                why = "in Germany each Land has its own supervisory authority" if country == "DE" else \
                    f"DSAR Desk knows the supervisory authority of {known} only"
                self.error(path, f"is required for an organisation in {country}: {why}; add an [authority] "
                                 "table with name, address and website", line_at=("organisation", "country"))
            return
        self.unknown_keys(authority, path, AUTHORITY_KEYS)
        self.text(authority, path, "name", True)
        self.string(authority, path, "website", False)
        where = (*path, "address")
        address = authority.get("address", _MISSING)
        if address is _MISSING:
            self.error(where, f"is required: 1 to {MAX_ADDRESS_LINES} lines")
        elif isinstance(address, dict) and address:
            ok = True
            for lang, lines in address.items():
                ok = self.language_key(lang, (*where, lang)) and ok
                ok = self.lines(lines, (*where, lang)) and ok
            if ok:
                self.texts.append((where, address, "list"))
        else:
            self.lines(address, where)

    def check_processing(self, data: dict) -> list[tuple[int, dict]]:
        activities = self.array_of_tables(("processing",), True)
        if activities is None:
            return []
        valid = []
        seen: dict[str, int] = {}
        for n, activity in enumerate(activities):
            path = ("processing", n)
            if not isinstance(activity, dict):
                self.error(path, f"must be a table, not {_type_name(activity)}")
                continue
            self.unknown_keys(activity, path, PROCESSING_KEYS)
            pid = self.string(activity, path, "id", True)
            if pid is not None:
                if pid in seen:
                    self.error((*path, "id"), f"{_quote(pid)} is already the id of processing[{seen[pid]}]; "
                                              "ids must be unique")
                else:
                    seen[pid] = n
            self.text(activity, path, "name", True)
            self.text_list(activity, path, "purposes", True)
            self.text_list(activity, path, "data", True)
            self.choice(activity, path, "legal_basis", LEGAL_BASES, True)
            self.text(activity, path, "retention", True)
            self.text(activity, path, "source", False)
            self.text_list(activity, path, "systems", False)
            self.text(activity, path, "automated_decisions", False)
            valid.append((n, activity))
        return valid

    def check_recipients(self, data: dict) -> dict[str, int] | None:
        """Recipient id -> index, or None where the recipient list itself is unusable."""
        recipients = self.array_of_tables(("recipient",), False)
        if recipients is None:
            return None if "recipient" in data else {}
        ids: dict[str, int] = {}
        for n, recipient in enumerate(recipients):
            path = ("recipient", n)
            if not isinstance(recipient, dict):
                self.error(path, f"must be a table, not {_type_name(recipient)}")
                continue
            self.unknown_keys(recipient, path, RECIPIENT_KEYS)
            rid = self.string(recipient, path, "id", True)
            if rid is not None:
                if rid in ids:
                    self.error((*path, "id"), f"{_quote(rid)} is already the id of recipient[{ids[rid]}]; "
                                              "ids must be unique")
                else:
                    ids[rid] = n
            name = self.string(recipient, path, "name", True)
            self.choice(recipient, path, "role", RECIPIENT_ROLES, True)
            self.text(recipient, path, "purpose", False)
            self.text(recipient, path, "safeguards", False)
            value = recipient.get("country", _MISSING)
            country = None
            if value is _MISSING:
                self.error((*path, "country"), "is required: an ISO 3166-1 alpha-2 code such as \"US\"")
            else:
                country = self.country(value, (*path, "country"))
            if country and not is_eea(country) and not has_adequacy(country) and "safeguards" not in recipient:
                who = name or rid or "this recipient"
                if country in PARTIAL_ADEQUACY:
                    why = (f"{who} is in {country}, outside the EEA, and no safeguards are stated; "
                           f"{PARTIAL_ADEQUACY[country]}: if {who} is certified, say so in safeguards, else state the "
                           "safeguards used (e.g. standard contractual clauses) - GDPR Art. 44-46")
                else:
                    why = (f"{who} is in {country}, outside the EEA and without an adequacy decision, and no "
                           "safeguards are stated: state them in safeguards (e.g. standard contractual "
                           "clauses) - GDPR Art. 44-46")
                self.warn((*path, "country"), why)
        return ids

    def check_references(self, activities: list[tuple[int, dict]], recipients: dict[str, int] | None) -> None:
        used: set[str] = set()
        for n, activity in activities:
            path = ("processing", n, "recipients")
            value = activity.get("recipients", _MISSING)
            if value is _MISSING:
                self.warn(path, "no recipients are listed for this activity: name them, or write "
                                "recipients = [] if the data goes to no one outside the organisation")
                continue
            if not isinstance(value, list):
                self.error(path, f"must be a list of recipient ids, not {_type_name(value)}"
                                 + (f" (write [{_quote(value)}])" if isinstance(value, str) else ""))
                continue
            listed: set[str] = set()
            for k, rid in enumerate(value):
                where = (*path, k)
                if not isinstance(rid, str):
                    self.error(where, f"must be a recipient id (a string), not {_type_name(rid)}")
                    continue
                used.add(rid)
                if rid in listed:
                    self.warn(where, f"recipient {_quote(rid)} is listed twice")
                listed.add(rid)
                if recipients is not None and rid not in recipients:
                    self.error(where, f"unknown recipient id {_quote(rid)}: no [[recipient]] has this id"
                                      f"{_did_you_mean(rid, recipients)}")
        for rid, n in (recipients or {}).items():
            if rid not in used:
                self.warn(("recipient", n, "id"), f"recipient {_quote(rid)} is not named by any [[processing]], "
                                                  "so no access response will mention it")

    def check_languages(self) -> None:
        """Warn for each text field that lacks a language of organisation.languages."""
        languages = self.languages
        if not languages:
            return
        default = languages[0]
        for where, value, kind in self.texts:
            if isinstance(value, (str, list)):
                others = languages[1:]
                if others:
                    noun = "text" if kind == "text" else "list"
                    self.warn(where, f"is a single {noun}, taken as {_quote(default)}; it has no "
                                     f"{', '.join(_quote(x) for x in others)} version, so letters in "
                                     f"{'those languages' if len(others) > 1 else _quote(others[0])} "
                                     f"will use the {_quote(default)} one")
                continue
            fallback = default if default in value else next((x for x in languages if x in value), next(iter(value)))
            for lang in languages:
                if lang not in value:
                    self.warn(where, f"has no {_quote(lang)} version (organisation.languages lists it); "
                                     f"letters in {_quote(lang)} will use the {_quote(fallback)} one")
            if kind == "list":
                sizes = {lang: len(items) for lang, items in value.items() if isinstance(items, list)}
                if len(set(sizes.values())) > 1:
                    described = ", ".join(f"{lang}: {size}" for lang, size in sizes.items())
                    self.warn(where, f"the languages have lists of different lengths ({described}); "
                                     "check that every item is translated")


def _by_line(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line is None, p.line or 0))


def check_profile_data(data: dict, text: str | None = None) -> ProfileCheck:
    """Validate an already-parsed profile (the GUI editor's data); `text` only to find lines.

    Never raises for bad data: every problem becomes an error or a warning.
    """
    checker = _Checker(data, text)
    try:
        checker.run()
    except RecursionError:
        checker.error((), "the profile is nested too deeply to check")
    except Exception as exc:  # noqa: BLE001 - bad input must never crash an import
        checker.error((), f"internal error while checking the profile ({type(exc).__name__}); "
                          "please report it")
    errors, warnings = _by_line(checker.errors), _by_line(checker.warnings)
    profile = Profile(data) if not errors else None
    return ProfileCheck(profile, errors, warnings)


_TOML_WHERE_RE = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")


def parse_profile(text: str) -> ProfileCheck:
    """Parse and validate the TOML text of a profile. Never raises for bad input.

    A TOML syntax error gives one error with the line tomllib reports.
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            line = bytes(text)[:exc.start].count(b"\n") + 1
            return ProfileCheck(None, [Problem("", "the file is not UTF-8 text", line)], [])
    if not isinstance(text, str):
        return ProfileCheck(None, [Problem("", f"expected the text of a TOML file, not {_type_name(text)}")], [])
    if text.startswith("\ufeff"):  # a byte order mark, as some Windows editors write
        text = text[1:]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _TOML_WHERE_RE.search(message)
        line = None
        if m:
            message = message[:m.start()]
            if m.group(1):
                line = int(m.group(1))
                message += f" (column {m.group(2)})"
            else:
                line = text.count("\n") + (0 if text.endswith("\n") else 1) or 1
                message += " (at the end of the file)"
        line = getattr(exc, "lineno", None) or line
        return ProfileCheck(None, [Problem("", f"TOML syntax error: {message}", line)], [])
    except RecursionError:
        return ProfileCheck(None, [Problem("", "TOML syntax error: the file is nested too deeply")], [])
    except Exception as exc:  # noqa: BLE001 - never raise for bad input
        return ProfileCheck(None, [Problem("", f"the file could not be read as TOML ({type(exc).__name__})")], [])
    return check_profile_data(data, text)


# --------------------------------------------------------------------------------------------
# Export

_WIDTH = 100
_SECTIONS = ("organisation", "policy", "authority", "processing", "recipient")


def dump_profile(profile: Profile) -> str:
    """The profile as TOML text: parse_profile(dump_profile(p)).profile.data == p.data."""
    return dump_profile_data(profile.data)


def dump_profile_data(data: dict) -> str:
    """TOML text for profile data (keys in the spec's order, unknown keys kept).

    Language tables are written inline (`name = { nl = "...", fr = "..." }`) when they fit on a
    line, else as dotted keys (`name.nl = "..."`); long lists one item a line.
    """
    out: list[str] = [f"# DSAR Desk organisation profile (profile-format.md, format {data.get('format', FORMAT)})"]
    tables: list[tuple[str, object, bool]] = []
    if "format" in data:
        out.append(f"format = {_scalar(data['format'])}")
    for key, value in data.items():
        if key == "format":
            continue
        if isinstance(value, dict):
            continue
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            continue
        out.extend(_keyvalue([key], value))
    for key in _SECTIONS:
        if key in data:
            tables.append((key, data[key], isinstance(data[key], list)))
    for key, value in data.items():
        if key in _SECTIONS or key == "format":
            continue
        if isinstance(value, dict):
            tables.append((key, value, False))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((key, value, True))
    for key, value, is_array in tables:
        header = _key(key)
        if is_array:
            for item in value:
                out.append("")
                out.append(f"[[{header}]]")
                for k, v in item.items():
                    out.extend(_keyvalue([k], v))
        else:
            out.append("")
            out.append(f"[{header}]")
            for k, v in value.items():
                out.extend(_keyvalue([k], v))
    return "\n".join(out) + "\n"


def _key(key: str) -> str:
    return key if _BARE_KEY_RE.fullmatch(key) else _string(key)


def _keyvalue(keys: list[str], value: object) -> list[str]:
    name = ".".join(_key(k) for k in keys)
    if isinstance(value, dict) and value:
        line = f"{name} = {_inline(value)}"
        if len(line) <= _WIDTH:
            return [line]
        out = []
        for k, v in value.items():
            out.extend(_keyvalue([*keys, k], v))
        return out
    if isinstance(value, list) and value:
        line = f"{name} = {_inline(value)}"
        if len(line) <= _WIDTH:
            return [line]
        return [f"{name} = [", *(f"    {_inline(item)}," for item in value), "]"]
    return [f"{name} = {_inline(value)}"]


def _inline(value: object) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_inline(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, str):
        return _string(value)
    return _scalar(value)


def _string(s: str) -> str:
    """A TOML basic string, escaping what TOML requires (controls, quote, backslash)."""
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _scalar(value: object) -> str:
    """Numbers, booleans, dates and times, formatted by tomli_w."""
    text = tomli_w.dumps({"v": value})
    return text.split("=", 1)[1].strip()
