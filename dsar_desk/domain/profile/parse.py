"""Reading a profile: TOML text or parsed data -> ProfileCheck (the profile, errors, warnings).

Never raises for bad input: every problem becomes an error or a warning.
"""

from __future__ import annotations

import re
import tomllib

from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.check_organisation import (
    check_authority,
    check_format,
    check_organisation,
    check_policy,
)
from dsar_desk.domain.profile.check_register import (
    check_controllers,
    check_languages,
    check_processing,
    check_recipients,
    check_references,
)
from dsar_desk.domain.profile.checker import Checker, type_name
from dsar_desk.domain.profile.model import ROOT_KEYS, Problem, Profile, ProfileCheck

_TOML_WHERE_RE = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")


def _run(c: Checker) -> None:
    data = c.data
    if not isinstance(data, dict):
        c.error((), msg("profile.not-table", "a profile must be a TOML table"))
        return
    if not check_format(c, data):
        return
    c.unknown_keys(data, (), ROOT_KEYS)
    country = check_organisation(c, data)
    check_policy(c, data)
    check_authority(c, data, country)
    activities = check_processing(c, data)
    recipients = check_recipients(c, data)
    check_references(c, activities, recipients)
    check_controllers(c, data)
    check_languages(c)


def _by_line(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line is None, p.line or 0))


def check_profile_data(data: dict, text: str | None = None) -> ProfileCheck:
    """Validate an already-parsed profile (the GUI editor's data); `text` only to find lines.

    Never raises for bad data: every problem becomes an error or a warning.
    """
    checker = Checker(data, text)
    try:
        _run(checker)
    except RecursionError:
        checker.error((), msg("profile.too-deep", "the profile is nested too deeply to check"))
    except Exception as exc:  # noqa: BLE001 - bad input must never crash an import
        checker.error((), msg("profile.internal-error", "internal error while checking the profile ({type}); "
                                                        "please report it", type=type(exc).__name__))
    errors, warnings = _by_line(checker.errors), _by_line(checker.warnings)
    profile = Profile(data) if not errors else None
    return ProfileCheck(profile, errors, warnings)


def _syntax_error(exc: tomllib.TOMLDecodeError, text: str) -> Problem:
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
    return Problem("", msg("profile.toml-syntax", "TOML syntax error: {error}", error=message), line)


def parse_profile(text: str) -> ProfileCheck:
    """Parse and validate the TOML text of a profile. Never raises for bad input.

    A TOML syntax error gives one error with the line tomllib reports.
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            line = bytes(text)[:exc.start].count(b"\n") + 1
            return ProfileCheck(None, [Problem("", msg("profile.not-utf8", "the file is not UTF-8 text"), line)], [])
    if not isinstance(text, str):
        return ProfileCheck(None, [Problem("", msg("profile.not-text", "expected the text of a TOML file, not {type}",
                                                   type=type_name(text)))], [])
    if text.startswith("\ufeff"):  # a byte order mark, as some Windows editors write
        text = text[1:]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return ProfileCheck(None, [_syntax_error(exc, text)], [])
    except RecursionError:
        return ProfileCheck(None, [Problem("", msg("profile.toml-too-deep",
                                                   "TOML syntax error: the file is nested too deeply"))], [])
    except Exception as exc:  # noqa: BLE001 - never raise for bad input
        return ProfileCheck(None, [Problem("", msg("profile.toml-unreadable",
                                                   "the file could not be read as TOML ({type})",
                                                   type=type(exc).__name__))], [])
    return check_profile_data(data, text)
