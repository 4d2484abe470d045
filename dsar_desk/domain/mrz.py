"""Machine-readable zone (MRZ) of identity documents, ICAO Doc 9303.

Reads the MRZ lines a clerk typed or pasted from a copy of an identity card or passport, checks
every check digit and compares the names and expiry date with what the clerk entered.

Supported: TD1 (3 lines of 30, identity cards), TD2 (2 lines of 36) and TD3 (2 lines of 44,
passports). Visas (MRV-A, MRV-B) are not.

Input is accepted as typed: spaces and tabs at the ends of lines, lowercase letters, blank lines
and CRLF/CR line ends are tolerated. Nothing else is corrected: a space or any other character
inside a line, a wrong line length or a wrong line count is an :class:`MrzFormatError` whose
message says plainly what is wrong.

Check digits (ICAO 9303 part 3, 4.9): the characters get the values 0-9 for digits, 10-35 for
A-Z and 0 for the filler ``<``; they are multiplied by the weights 7, 3, 1, 7, 3, 1, ... and the
check digit is the sum modulo 10.

Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dsar_desk.domain.messages import msg

__all__ = [
    "CheckDigit",
    "MrzFormatError",
    "MrzResult",
    "check_digit",
    "compare_with",
    "parse_mrz",
    "to_mrz_name",
]

FILLER = "<"
MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_WEIGHTS = (7, 3, 1)

# format name -> (line count, line length, plain description)
_FORMATS = {
    "TD1": (3, 30, "TD1 identity card"),
    "TD2": (2, 36, "TD2"),
    "TD3": (2, 44, "TD3 passport"),
}


class MrzFormatError(ValueError):
    """The text is not an MRZ: wrong line count or length, or characters an MRZ cannot hold."""


@dataclass(frozen=True)
class CheckDigit:
    """One check digit: which field, the digit computed from the data, the one printed."""

    field: str  # "document_number", "birth_date", "expiry_date", "personal_number", "composite"
    expected: str
    found: str
    ok: bool

    def to_dict(self) -> dict:
        return {"field": self.field, "expected": self.expected, "found": self.found, "ok": self.ok}


FIELD_LABELS = {
    "document_number": msg("mrz.field-document-number", "document number"),
    "birth_date": msg("mrz.field-birth-date", "date of birth"),
    "expiry_date": msg("mrz.field-expiry-date", "date of expiry"),
    "personal_number": msg("mrz.field-personal-number", "personal number"),
    "optional_data": msg("mrz.field-optional-data", "optional data"),
    "composite": msg("mrz.field-composite", "composite (whole line)"),
}


@dataclass(frozen=True)
class MrzResult:
    format: str  # "TD1" | "TD2" | "TD3"
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    sex: str  # "M", "F" or "X" (unspecified; printed as X or <)
    birth_date: date | None  # None when the MRZ date is not a real date (or unknown, "<<")
    expiry_date: date | None
    optional_data: str  # filler removed at both ends; TD1: line-1 part and line-2 part joined by " "
    checks: tuple[CheckDigit, ...]
    # The name field is filled up to its last character, so the names may have been cut short
    # (ICAO 9303 part 3, 4.6: truncation is shown by a letter in the last position).
    names_truncated: bool = False

    @property
    def valid(self) -> bool:
        """All check digits agree with the data."""
        return all(check.ok for check in self.checks)

    def failed(self) -> list[CheckDigit]:
        return [check for check in self.checks if not check.ok]

    def failed_messages(self) -> list[str]:
        """Plain sentences for the failed checks, e.g. for the identity-check screen."""
        return [
            msg("mrz.check-digit-wrong", "the check digit of the {field} is {found!r}; the data gives {expected!r}",
                field=FIELD_LABELS.get(c.field, c.field), found=c.found, expected=c.expected)
            for c in self.failed()
        ]

    def document_number_last4(self) -> str:
        """The last four characters of the document number (all of it when shorter)."""
        return self.document_number[-4:]

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "sex": self.sex,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "optional_data": self.optional_data,
            "names_truncated": self.names_truncated,
            "checks": [check.to_dict() for check in self.checks],
            "valid": self.valid,
        }


# --------------------------------------------------------------------------- check digits


def _char_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == FILLER:
        return 0
    raise ValueError(msg("mrz.mrz-character", "{ch!r} is not an MRZ character", ch=ch))


def check_digit(data: str) -> str:
    """The ICAO 9303 check digit of ``data`` (uppercase MRZ characters), as a one-digit string."""
    total = sum(_char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data))
    return str(total % 10)


def _check(field: str, data: str, found: str) -> CheckDigit:
    expected = check_digit(data)
    return CheckDigit(field=field, expected=expected, found=found, ok=found == expected)


# --------------------------------------------------------------------------- reading lines


def _clean_lines(text: str) -> list[str]:
    if not isinstance(text, str):
        raise MrzFormatError(msg("mrz.mrz-must-given-as", "the MRZ must be given as text"))
    lines = [line.strip(" \t").upper() for line in text.splitlines()]
    return [line for line in lines if line]


def _check_characters(lines: list[str]) -> None:
    for number, line in enumerate(lines, start=1):
        for position, ch in enumerate(line, start=1):
            if ch in MRZ_CHARS:
                continue
            if ch in " \t":
                raise MrzFormatError(
                    msg("mrz.line-has-space-at",
                        "line {number} has a space at position {position}; MRZ lines have no spaces (the filler is <)",
                        number=number, position=position)
                )
            raise MrzFormatError(
                msg("mrz.line-position-mrz-character",
                    "line {number}, position {position}: {ch!r} is not an MRZ character (only A-Z, 0-9 and < are)",
                    number=number, position=position, ch=ch)
            )


def _line_count_message(lines: list[str]) -> str:
    if not lines:
        return msg("mrz.empty", "no MRZ lines: the text is empty")
    if len(lines) == 1:
        parts = lines[0].split()
        for name, (count, width, label) in _FORMATS.items():
            if len(parts) == count and all(len(part) == width for part in parts):
                return msg("mrz.lines-on-one-line",
                           "1 line holding {count} {label} lines separated by spaces; put each line on its own line",
                           count=count, label=label)
        length = len(lines[0])
        for name, (count, width, label) in _FORMATS.items():
            if length == count * width:
                return msg("mrz.lines-run-together", "1 line of {length} characters; this looks like {count} {label} "
                           "lines run together: put a line break after every {width} characters",
                           length=length, count=count, label=label, width=width)
    if len(lines) == 1:
        return msg("mrz.one-line", "1 line; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)")
    return msg("mrz.line-count", "{count} lines; an MRZ has 2 lines (TD2, TD3 passport) or 3 lines (TD1 identity card)",
               count=len(lines))


def _detect_format(lines: list[str]) -> str:
    if len(lines) == 3:
        fmt = "TD1"
    elif len(lines) == 2:
        lengths = [len(line) for line in lines]
        if 44 in lengths:
            fmt = "TD3"
        elif 36 in lengths:
            fmt = "TD2"
        elif lengths == [30, 30]:
            raise MrzFormatError(
                msg("mrz.2-lines-30-characters",
                    "2 lines of 30 characters; a TD1 identity card MRZ has 3 lines of 30: one is missing")
            )
        else:
            raise MrzFormatError(
                msg("mrz.line-1-has-characters",
                    "line 1 has {first} characters and line 2 has {second}; a 2-line MRZ has 36 (TD2) or 44 "
                    "(TD3 passport) characters on each line",
                    first=lengths[0], second=lengths[1])
            )
    else:
        raise MrzFormatError(_line_count_message(lines))
    _, width, label = _FORMATS[fmt]
    for number, line in enumerate(lines, start=1):
        if len(line) != width:
            raise MrzFormatError(
                msg("mrz.line-has-characters-line",
                    "line {number} has {count} characters; a {label} line has {width}",
                    number=number, count=len(line), label=label, width=width)
            )
    if lines[0][0] == "V":
        raise MrzFormatError(msg("mrz.mrz-visa-document-code",
                                 "this is the MRZ of a visa (document code V); visas are not supported"))
    return fmt


# --------------------------------------------------------------------------- fields


def _strip_filler(value: str) -> str:
    return value.strip(FILLER)


def _split_name(field: str) -> tuple[str, str, bool]:
    truncated = field[-1] != FILLER
    body = field.rstrip(FILLER)
    surname, sep, given = body.partition("<<")
    surname_words = [w for w in surname.split(FILLER) if w]
    given_words = [w for w in given.split(FILLER) if w]
    return " ".join(surname_words), " ".join(given_words), truncated


def _yymmdd(value: str) -> tuple[int, int, int] | None:
    if len(value) != 6 or not value.isdigit():
        return None
    return int(value[:2]), int(value[2:4]), int(value[4:])


def _birth_date(value: str, today: date) -> date | None:
    parts = _yymmdd(value)
    if parts is None:
        return None
    yy, mm, dd = parts
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, mm, dd)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _expiry_date(value: str) -> date | None:
    parts = _yymmdd(value)
    if parts is None:
        return None
    yy, mm, dd = parts
    try:
        return date(2000 + yy, mm, dd)
    except ValueError:
        return None


def _sex(ch: str, line: int, position: int) -> str:
    if ch in ("M", "F"):
        return ch
    if ch in ("X", FILLER):
        return "X"
    raise MrzFormatError(
        msg("mrz.line-position-sex-field",
            "line {line}, position {position}: the sex field holds {ch!r}; it must be M, F, X or <",
            line=line, position=position, ch=ch)
    )


def _document_number(number_field: str, check_char: str, optional: str) -> tuple[str, CheckDigit, str]:
    """Document number, its check and the optional data left over.

    When the check digit position holds ``<`` the number is longer than 9 characters (ICAO 9303
    parts 5 and 6): the rest of the number, then its check digit, come first in the optional data
    field, followed by filler.
    """
    if check_char != FILLER:
        return (
            number_field.rstrip(FILLER),
            _check("document_number", number_field, check_char),
            _strip_filler(optional),
        )
    run, _, rest = optional.partition(FILLER)
    if not run:
        # The overflow is announced but there is none: no check digit at all.
        return (
            number_field.rstrip(FILLER),
            CheckDigit("document_number", check_digit(number_field), FILLER, False),
            _strip_filler(rest),
        )
    number = number_field + run[:-1]
    return number, _check("document_number", number, run[-1]), _strip_filler(rest)


def _parse_td3(lines: list[str], today: date) -> MrzResult:
    l1, l2 = lines
    surname, given, truncated = _split_name(l1[5:44])
    number, number_check, _ = _document_number(l2[0:9], l2[9], "")
    personal = l2[28:42]
    personal_found = l2[42]
    if personal == FILLER * 14:
        ok = personal_found in (FILLER, "0")
        personal_check = CheckDigit(
            "personal_number", personal_found if ok else "0", personal_found, ok
        )
    else:
        personal_check = _check("personal_number", personal, personal_found)
    checks = (
        number_check,
        _check("birth_date", l2[13:19], l2[19]),
        _check("expiry_date", l2[21:27], l2[27]),
        personal_check,
        _check("composite", l2[0:10] + l2[13:20] + l2[21:43], l2[43]),
    )
    return MrzResult(
        format="TD3",
        document_code=_strip_filler(l1[0:2]),
        issuing_state=_strip_filler(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=_strip_filler(l2[10:13]),
        sex=_sex(l2[20], 2, 21),
        birth_date=_birth_date(l2[13:19], today),
        expiry_date=_expiry_date(l2[21:27]),
        optional_data=_strip_filler(personal),
        checks=checks,
        names_truncated=truncated,
    )


def _parse_td2(lines: list[str], today: date) -> MrzResult:
    l1, l2 = lines
    surname, given, truncated = _split_name(l1[5:36])
    number, number_check, optional = _document_number(l2[0:9], l2[9], l2[28:35])
    checks = (
        number_check,
        _check("birth_date", l2[13:19], l2[19]),
        _check("expiry_date", l2[21:27], l2[27]),
        _check("composite", l2[0:10] + l2[13:20] + l2[21:35], l2[35]),
    )
    return MrzResult(
        format="TD2",
        document_code=_strip_filler(l1[0:2]),
        issuing_state=_strip_filler(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=_strip_filler(l2[10:13]),
        sex=_sex(l2[20], 2, 21),
        birth_date=_birth_date(l2[13:19], today),
        expiry_date=_expiry_date(l2[21:27]),
        optional_data=optional,
        checks=checks,
        names_truncated=truncated,
    )


def _parse_td1(lines: list[str], today: date) -> MrzResult:
    l1, l2, l3 = lines
    surname, given, truncated = _split_name(l3)
    number, number_check, optional1 = _document_number(l1[5:14], l1[14], l1[15:30])
    optional2 = _strip_filler(l2[18:29])
    checks = (
        number_check,
        _check("birth_date", l2[0:6], l2[6]),
        _check("expiry_date", l2[8:14], l2[14]),
        _check("composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]),
    )
    return MrzResult(
        format="TD1",
        document_code=_strip_filler(l1[0:2]),
        issuing_state=_strip_filler(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=_strip_filler(l2[15:18]),
        sex=_sex(l2[7], 2, 8),
        birth_date=_birth_date(l2[0:6], today),
        expiry_date=_expiry_date(l2[8:14]),
        optional_data=" ".join(part for part in (optional1, optional2) if part),
        checks=checks,
        names_truncated=truncated,
    )


_PARSERS = {"TD1": _parse_td1, "TD2": _parse_td2, "TD3": _parse_td3}


def parse_mrz(text: str, *, today: date | None = None) -> MrzResult:
    """Read an MRZ (TD1, TD2 or TD3) and check all its check digits.

    Raises :class:`MrzFormatError` when the text is not an MRZ. A readable MRZ whose check digits
    fail is returned with ``valid`` False; see :meth:`MrzResult.failed`.

    ``today`` (default: the current date) decides the century of the birth date: the latest one
    that does not put the birth in the future. Expiry dates are always 20YY.
    """
    lines = _clean_lines(text)
    if len(lines) not in (2, 3):
        raise MrzFormatError(_line_count_message(lines))
    _check_characters(lines)
    fmt = _detect_format(lines)
    return _PARSERS[fmt](lines, today or date.today())


# --------------------------------------------------------------------------- names

# ICAO 9303 part 3, section 6: letters that do not simply lose their accent. Where issuers differ
# (German umlauts and the Scandinavian letters written with or without the added E/A), every
# form in use is accepted.
_TRANSLITERATION: dict[str, tuple[str, ...]] = {
    "Ä": ("AE", "A"),
    "Å": ("AA", "A"),
    "Æ": ("AE",),
    "Ö": ("OE", "O"),
    "Ø": ("OE", "O"),
    "Œ": ("OE",),
    "Ü": ("UE", "U"),
    "ß": ("SS",),
    "ẞ": ("SS",),
    "Þ": ("TH",),
    "Ð": ("D",),
    "Đ": ("D",),
    "Ħ": ("H",),
    "Ĳ": ("IJ",),
    "Ł": ("L",),
    "Ŀ": ("L",),
    "Ŋ": ("N",),
    "ĸ": ("K",),
    "ı": ("I",),
    "Ŧ": ("T",),
}
_SEPARATORS = frozenset(" \t-‐‑‒–—,<_/")
_DROPPED = frozenset("'’‘ʼ`´.")


class _Untranslatable(ValueError):
    def __init__(self, ch: str):
        super().__init__(ch)
        self.ch = ch


def _char_options(ch: str) -> tuple[str, ...]:
    upper = ch.upper()  # "ß".upper() is "SS", "ı".upper() is "I"
    for key in (ch, upper):
        if key in _TRANSLITERATION:
            return _TRANSLITERATION[key]
    # Everything else loses its accents: É → E, Ç → C, Ő → O, Ĳ → IJ (compatibility form).
    base = "".join(
        c for c in unicodedata.normalize("NFKD", upper) if not unicodedata.combining(c)
    ).upper()
    if base and all("A" <= c <= "Z" for c in base):
        return (base,)
    raise _Untranslatable(ch)


def _words(name: str) -> list[str]:
    cleaned = "".join(" " if c in _SEPARATORS else c for c in name if c not in _DROPPED)
    return cleaned.split()


def _word_options(word: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_char_options(c) for c in word)


def to_mrz_name(name: str) -> str:
    """A name as an MRZ would print it (first form where issuers differ): 'Jörg-Øster' → 'JOERG<OESTER'."""
    return FILLER.join(
        "".join(options[0] for options in _word_options(word)) for word in _words(name)
    )


def _consistent(pieces: tuple[tuple[str, ...], ...], target: str, allow_prefix: bool) -> bool:
    """Can ``target`` be spelt by choosing one option for each piece (or be the start of it)?"""

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if j == len(target):
            return i == len(pieces) or allow_prefix
        if i == len(pieces):
            return False
        for option in pieces[i]:
            rest = target[j:]
            if rest.startswith(option) and match(i + 1, j + len(option)):
                return True
            if allow_prefix and option.startswith(rest) and option != rest:
                return True  # cut short inside this piece
        return False

    return match(0, 0)


def _join_words(words: list[tuple[tuple[str, ...], ...]], separators: tuple[str, ...]) -> tuple:
    pieces: list[tuple[str, ...]] = []
    for index, word in enumerate(words):
        if index:
            pieces.append(separators)
        pieces.extend(word)
    return tuple(pieces)


def _surname_matches(entered: str, mrz: str, truncated: bool) -> bool:
    words = [_word_options(w) for w in _words(entered)]
    # Most issuers write a space or hyphen as <; accept a name written together too.
    pieces = _join_words(words, (FILLER, ""))
    target = mrz.replace(" ", FILLER)
    return _consistent(pieces, target, allow_prefix=truncated and bool(target))


def _given_matches(entered: str, mrz: str, truncated: bool) -> bool:
    words = [_word_options(w) for w in _words(entered)]
    target = mrz.replace(" ", FILLER)
    if _consistent(_join_words(words, (FILLER, "")), target, allow_prefix=False):
        return True
    if not truncated:
        return False
    # Cut short: each printed name may be shortened (down to an initial) and the last ones may
    # be missing altogether.
    printed = [w for w in target.split(FILLER) if w]
    if len(printed) > len(words):
        return False
    return all(_consistent(word, part, allow_prefix=True) for word, part in zip(words, printed))


def compare_with(
    result: MrzResult,
    *,
    surname: str | None = None,
    given_names: str | None = None,
    expiry: date | None = None,
) -> list[str]:
    """Plain messages for each disagreement between the MRZ and what the clerk entered.

    Names are compared in MRZ form: uppercase, accents removed as ICAO 9303 prescribes (Ø → OE,
    Æ → AE, Å → AA, ß → SS, Ĳ → IJ, Ł → L; Ä/Ö/Ü as AE/OE/UE or A/O/U), spaces and hyphens as
    ``<``, apostrophes dropped. When the MRZ name field is full the printed names may be cut
    short, and a shortened form is accepted. ``None`` or blank means "not entered": not compared.
    An empty list means everything entered agrees.
    """
    messages: list[str] = []
    for label, entered, printed, matcher in (
        (msg("mrz.label-surname", "surname"), surname, result.surname, _surname_matches),
        (msg("mrz.label-given-names", "given names"), given_names, result.given_names, _given_matches),
    ):
        if entered is None or not entered.strip():
            continue
        try:
            ok = matcher(entered, printed, result.names_truncated)
        except _Untranslatable as exc:
            messages.append(
                msg("mrz.has-no-mrz-spelling",
                    "{label}: {ch!r} in {entered!r} has no MRZ spelling; compare with {value} by eye",
                    label=label, ch=exc.ch, entered=entered.strip(), value=printed or "(empty)")
            )
            continue
        if not ok:
            messages.append(
                msg("mrz.name-differs-cut", "{label}: the MRZ has {mrz}, you entered {entered} (the MRZ name may be "
                    "cut short)", label=label, mrz=printed or "(nothing)", entered=entered.strip())
                if result.names_truncated else
                msg("mrz.name-differs", "{label}: the MRZ has {mrz}, you entered {entered}",
                    label=label, mrz=printed or "(nothing)", entered=entered.strip())
            )
    if expiry is not None:
        if result.expiry_date is None:
            messages.append(
                msg("mrz.expiry-date-mrz-date",
                    "expiry date: the MRZ date of expiry cannot be read, you entered {expiry}",
                    expiry=expiry)
            )
        elif result.expiry_date != expiry:
            messages.append(
                msg("mrz.expiry-date-mrz-has", "expiry date: the MRZ has {expiry_date}, you entered {expiry}",
                    expiry_date=result.expiry_date, expiry=expiry)
            )
    return messages
