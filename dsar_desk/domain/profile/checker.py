"""The building blocks of a profile check: one typed value at a time, each problem at once.

A :class:`Checker` walks the parsed TOML; the sections (``check_organisation``,
``check_register``) call its blocks (``string``, ``choice``, ``text`` ...), which report every
problem as a coded message with its key path and line, and return the value when it is usable.

Plain Python: stdlib and dsar_desk.domain only.
"""

from __future__ import annotations

import datetime
import difflib
import json

from dsar_desk.domain.countries import COUNTRY_HINTS, is_valid_country
from dsar_desk.domain.messages import Message, msg
from dsar_desk.domain.profile.locate import Locator
from dsar_desk.domain.profile.model import MAX_ADDRESS_LINES, Path, Problem, is_valid_language, path_str

MISSING = object()
# Words people use for a role, and the role they mean.
ALIASES = {"subcontractor": "processor", "sub-processor": "processor", "subprocessor": "processor",
           "joint-controller": "controller", "public-authority": "authority"}
_TOML_SCALARS = (str, int, float, bool, datetime.date, datetime.time)  # datetime is a date


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def first_non_toml(value: object, path: Path) -> tuple[Path, Message] | None:
    """The first value inside `value` that TOML cannot hold (None, a set, a non-string key...)."""
    if isinstance(value, _TOML_SCALARS):
        return None
    if isinstance(value, list):
        for n, item in enumerate(value):
            bad = first_non_toml(item, (*path, n))
            if bad:
                return bad
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return (*path, str(key)), msg("profile.key-not-string", "a key must be a string, not {type}",
                                              type=type_name(key))
            bad = first_non_toml(item, (*path, key))
            if bad:
                return bad
        return None
    return path, msg("profile.no-toml-form", "{type} has no TOML form (leave the key out instead)",
                     type=type_name(value))


def did_you_mean(word: object, choices) -> Message | str:
    """" (did you mean "x"?)" for a near miss, else ""."""
    if not isinstance(word, str):
        return ""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return msg("profile.hint-did-you-mean", " (did you mean {choice}?)", choice=quote(match[0])) if match else ""


def quote(value: object) -> str:
    """A value as it would be written in TOML, shortened, for messages."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def type_name(value: object) -> str:
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


def _empty(required: bool) -> Message:
    if required:
        return msg("profile.empty", "must not be empty")
    return msg("profile.empty-optional", "must not be empty; leave the key out instead")


class Checker:
    """Collects the errors and warnings of one profile; the sections drive it."""

    def __init__(self, data: object, text: str | None):
        self.data = data
        self.locator = Locator(text) if text is not None else None
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.texts: list[tuple[Path, object, str]] = []  # (path, value, "text" | "list")
        self.languages: list[str] | None = None
        self.country: str | None = None

    # reporting
    def _problem(self, path: Path, message: Message, line_at: Path | None) -> Problem:
        line = self.locator.find(line_at if line_at is not None else path) if self.locator else None
        return Problem(path_str(path), message, line)

    def error(self, path: Path, message: Message, line_at: Path | None = None) -> None:
        self.errors.append(self._problem(path, message, line_at))

    def warn(self, path: Path, message: Message, line_at: Path | None = None) -> None:
        self.warnings.append(self._problem(path, message, line_at))

    # building blocks
    def table(self, parent: dict, path: Path, required: bool, how: str) -> dict | None:
        value = parent.get(path[-1], MISSING)
        if value is MISSING:
            if required:
                self.error(path, msg("profile.table-required", "is required: add a {how} table", how=how))
            return None
        if not isinstance(value, dict):
            self.error(path, msg("profile.table-type", "must be a table ({how}), not {type}",
                                 how=how, type=type_name(value)))
            return None
        return value

    def unknown_keys(self, table: dict, path: Path, known: tuple[str, ...]) -> None:
        for key, value in table.items():
            if key in known:
                continue
            if not isinstance(key, str):
                self.error((*path, str(key)), msg("profile.key-not-string", "a key must be a string, not {type}",
                                                  type=type_name(key)))
                continue
            bad = first_non_toml(value, (*path, key))
            if bad is not None:
                self.error(bad[0], msg("profile.not-toml", "cannot be written in TOML: {why}", why=bad[1]))
                continue
            self.warn((*path, key), msg("profile.unknown-key", "unknown key: this version of DSAR Desk does not "
                                                               "use it (it is kept on export){hint}",
                                        hint=did_you_mean(key, known)))

    def string(self, table: dict, path: Path, key: str, required: bool) -> str | None:
        value = table.get(key, MISSING)
        where = (*path, key)
        if value is MISSING:
            if required:
                self.error(where, msg("profile.required", "is required"))
            return None
        if not isinstance(value, str):
            self.error(where, msg("profile.not-string", "must be a string, not {type}", type=type_name(value)))
            return None
        if not value.strip():
            self.error(where, _empty(required))
            return None
        return value

    def boolean(self, table: dict, path: Path, key: str) -> bool | None:
        """An optional true/false key."""
        value = table.get(key, MISSING)
        if value is MISSING:
            return None
        if not isinstance(value, bool):
            self.error((*path, key), msg("profile.not-boolean", "must be true or false, not {type}",
                                         type=type_name(value)))
            return None
        return value

    def choice(self, table: dict, path: Path, key: str, choices: tuple[str, ...], required: bool) -> str | None:
        value = table.get(key, MISSING)
        where = (*path, key)
        if value is MISSING:
            if required:
                self.error(where, msg("profile.choice-required", "is required: one of {choices}",
                                      choices=", ".join(choices)))
            return None
        if value not in choices or not isinstance(value, str):
            alias = ALIASES.get(value.lower()) if isinstance(value, str) else None
            if alias in choices:
                hint = msg("profile.hint-alias", " (a {word} is a {choice})", word=value, choice=quote(alias))
            else:
                hint = did_you_mean(value, choices)
            self.error(where, msg("profile.choice-invalid", "must be one of: {choices}; not {value}{hint}",
                                  choices=", ".join(choices), value=quote(value), hint=hint))
            return None
        return value

    def lines(self, value: object, where: Path) -> bool:
        """A postal address: a list of 1 to 5 non-empty strings."""
        if not isinstance(value, list):
            hint = msg("profile.hint-lines", ' (write ["line 1", "line 2"])') if isinstance(value, str) else ""
            self.error(where, msg("profile.lines-type", "must be a list of 1 to {most} lines, not {type}{hint}",
                                  most=MAX_ADDRESS_LINES, type=type_name(value), hint=hint))
            return False
        ok = True
        if not 1 <= len(value) <= MAX_ADDRESS_LINES:
            self.error(where, msg("profile.lines-count", "must have 1 to {most} lines, not {count}",
                                  most=MAX_ADDRESS_LINES, count=len(value)))
            ok = False
        for n, item in enumerate(value):
            if not isinstance(item, str):
                self.error((*where, n), msg("profile.not-string", "must be a string, not {type}", type=type_name(item)))
                ok = False
            elif not item.strip():
                self.error((*where, n), msg("profile.empty-line", "must not be an empty line"))
                ok = False
        return ok

    def country_code(self, value: object, where: Path) -> str | None:
        if not isinstance(value, str):
            self.error(where, msg("profile.country-type", 'must be a country code such as "BE", not {type}',
                                  type=type_name(value)))
            return None
        if is_valid_country(value):
            return value
        if is_valid_country(value.upper()):
            hint = msg("profile.hint-write", " (write {value})", value=quote(value.upper()))
        elif value.upper() in COUNTRY_HINTS:
            hint = msg("profile.hint-did-you-mean", " (did you mean {choice}?)",
                       choice=quote(COUNTRY_HINTS[value.upper()]))
        else:
            hint = ""
        self.error(where, msg("profile.country-invalid",
                              "{value} is not an ISO 3166-1 alpha-2 country code in capitals{hint}",
                              value=quote(value), hint=hint))
        return None

    def language_key(self, lang: object, where: Path) -> bool:
        if is_valid_language(lang):
            return True
        hint = ""
        if isinstance(lang, str) and is_valid_language(lang.lower()):
            hint = msg("profile.hint-write", " (write {value})", value=quote(lang.lower()))
        self.error(where, msg("profile.language-invalid", '{value} is not a language code: use a two-letter '
                                                          'ISO 639-1 code such as "nl" or "fr"{hint}',
                              value=quote(lang), hint=hint))
        return False

    def text(self, table: dict, path: Path, key: str, required: bool, proper_name: bool = False) -> None:
        """A (text) field: a string, or a table of language code -> string.

        ``proper_name``: a plain string is the same in every language (a recipient's name), so it
        lacks no language."""
        value = table.get(key, MISSING)
        where = (*path, key)
        if value is MISSING:
            if required:
                self.error(where, msg("profile.required", "is required"))
            return
        if isinstance(value, str):
            if not value.strip():
                self.error(where, _empty(required))
            elif not proper_name:
                self.texts.append((where, value, "text"))
            return
        if isinstance(value, dict):
            if not value:
                self.error(where, msg("profile.text-no-language", "must give the text in at least one language"))
                return
            ok = True
            for lang, text in value.items():
                ok = self.language_key(lang, (*where, lang)) and ok
                if not isinstance(text, str):
                    self.error((*where, lang), msg("profile.not-string", "must be a string, not {type}",
                                                   type=type_name(text)))
                    ok = False
                elif not text.strip():
                    self.error((*where, lang), _empty(True))
                    ok = False
            if ok:
                self.texts.append((where, value, "text"))
            return
        self.error(where, msg("profile.text-type", 'must be a string, or a table of language = string such as '
                                                   '{{ nl = "...", fr = "..." }}; not {type}', type=type_name(value)))

    def text_list(self, table: dict, path: Path, key: str, required: bool) -> None:
        """A (text list) field: a list of strings, or a table of language code -> list."""
        value = table.get(key, MISSING)
        where = (*path, key)
        if value is MISSING:
            if required:
                self.error(where, msg("profile.required", "is required"))
            return
        if isinstance(value, list):
            if self._string_list(value, where, required):
                self.texts.append((where, value, "list"))
            return
        if isinstance(value, dict):
            if not value:
                self.error(where, msg("profile.list-no-language", "must give the list in at least one language"))
                return
            ok = True
            for lang, items in value.items():
                ok = self.language_key(lang, (*where, lang)) and ok
                if not isinstance(items, list):
                    self.error((*where, lang), msg("profile.list-of-strings", "must be a list of strings, not {type}",
                                                   type=type_name(items)))
                    ok = False
                else:
                    ok = self._string_list(items, (*where, lang), required) and ok
            if ok:
                self.texts.append((where, value, "list"))
            return
        hint = msg("profile.hint-one-item", ' (write ["..."] for one item)') if isinstance(value, str) else ""
        self.error(where, msg("profile.list-type", "must be a list of strings, or a table of language = list; "
                                                   "not {type}{hint}", type=type_name(value), hint=hint))

    def _string_list(self, items: list, where: Path, non_empty: bool) -> bool:
        ok = True
        if non_empty and not items:
            self.error(where, _empty(True))
            ok = False
        for n, item in enumerate(items):
            if not isinstance(item, str):
                self.error((*where, n), msg("profile.not-string", "must be a string, not {type}", type=type_name(item)))
                ok = False
            elif not item.strip():
                self.error((*where, n), _empty(True))
                ok = False
        return ok

    def array_of_tables(self, path: Path, required: bool) -> list | None:
        value = self.data.get(path[-1], MISSING)
        name = path[-1]
        if value is MISSING:
            if required:
                self.error(path, msg("profile.array-required",
                                     "is required: the register needs at least one [[{name}]] table", name=name))
            return None
        if not isinstance(value, list):
            self.error(path, msg("profile.array-type", "must be written as [[{name}]] tables, not {type}",
                                 name=name, type=type_name(value)))
            return None
        if required and not value:
            self.error(path, msg("profile.array-empty", "needs at least one [[{name}]] table", name=name))
        return value

    def tables_of(self, name: str, required: bool):
        """(index, table) of each well-formed [[name]] table; the others are reported."""
        items = self.array_of_tables((name,), required)
        for n, item in enumerate(items or []):
            if not isinstance(item, dict):
                self.error((name, n), msg("profile.array-item-type", "must be a table, not {type}",
                                          type=type_name(item)))
                continue
            yield n, item
