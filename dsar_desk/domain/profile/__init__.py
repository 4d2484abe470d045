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

The package, by what the code holds:
    model.py               the format's constants, Profile, Localized, Problem, ProfileCheck
    locate.py              where each key is in the TOML text (line numbers)
    checker.py             the building blocks of a check (a string, a choice, a (text) field ...)
    check_organisation.py  format, [organisation], [policy], [authority]
    check_register.py      [[processing]], [[recipient]], [[controller]], references, languages
    wording.py             what a register text says: vague retention, policy wording, postal address
    parse.py               parse_profile(), check_profile_data()
    dump.py                dump_profile(), dump_profile_data()

Every problem is a coded message (dsar_desk.domain.messages): Problem.message.code.
Plain Python: stdlib, tomllib, tomli_w and dsar_desk.domain only.
"""

from dsar_desk.domain.profile.dump import dump_profile, dump_profile_data
from dsar_desk.domain.profile.model import (
    AUTHORITY_KEYS,
    CONTROLLER_KEYS,
    FORMAT,
    IDENTITY_CHECKS,
    LANGUAGE_CODES,
    LEGAL_BASES,
    MAX_ADDRESS_LINES,
    ORGANISATION_KEYS,
    POLICY_DEFAULTS,
    POLICY_KEYS,
    POLICY_LIMITS,
    PROCESSING_KEYS,
    RECIPIENT_KEYS,
    RECIPIENT_ROLES,
    ROOT_KEYS,
    SLUG_RE,
    Authority,
    Localized,
    LocalizedList,
    Problem,
    Profile,
    ProfileCheck,
    is_valid_language,
    path_str,
)
from dsar_desk.domain.profile.parse import check_profile_data, parse_profile

__all__ = [
    "FORMAT",
    "LEGAL_BASES",
    "IDENTITY_CHECKS",
    "RECIPIENT_ROLES",
    "LANGUAGE_CODES",
    "POLICY_DEFAULTS",
    "POLICY_LIMITS",
    "MAX_ADDRESS_LINES",
    "ROOT_KEYS",
    "ORGANISATION_KEYS",
    "POLICY_KEYS",
    "AUTHORITY_KEYS",
    "CONTROLLER_KEYS",
    "PROCESSING_KEYS",
    "RECIPIENT_KEYS",
    "SLUG_RE",
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
