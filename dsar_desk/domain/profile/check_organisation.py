"""Checking who the controller is: format, [organisation], [policy], [authority].

Each function takes the :class:`~dsar_desk.domain.profile.checker.Checker` and the parsed data,
reports what is wrong, and returns what the later sections need.
"""

from __future__ import annotations

from dsar_desk.domain.countries import DEFAULT_AUTHORITIES
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.checker import MISSING, Checker, is_int, quote, type_name
from dsar_desk.domain.profile.model import (
    _EMAIL_RE,
    AUTHORITY_KEYS,
    FORMAT,
    IDENTITY_CHECKS,
    MAX_ADDRESS_LINES,
    ORGANISATION_KEYS,
    POLICY_KEYS,
    POLICY_LIMITS,
    SLUG_RE,
    Path,
)
from dsar_desk.domain.profile.wording import has_postal_address, national_register


def check_format(c: Checker, data: dict) -> bool:
    """False when the file is of a newer format (its other keys may mean something else)."""
    value = data.get("format", MISSING)
    where = ("format",)
    if value is MISSING:
        c.error(where, msg("profile.format-required", "is required: write format = {format} at the top of the file",
                           format=FORMAT))
    elif not is_int(value):
        c.error(where, msg("profile.format-type", "must be the number {format}, not {type}",
                           format=FORMAT, type=type_name(value)))
    elif value > FORMAT:
        c.error(where, msg("profile.format-newer", "is {value}: this file needs a newer version of DSAR Desk "
                                                   "(this version reads format {format})", value=value, format=FORMAT))
        return False
    elif value != FORMAT:
        c.error(where, msg("profile.format-wrong", "must be {format}, not {value}", format=FORMAT, value=value))
    return True


def check_organisation(c: Checker, data: dict) -> str | None:
    """[organisation]; returns its country when valid."""
    path = ("organisation",)
    org = c.table(data, path, True, "[organisation]")
    if org is None:
        return None
    c.unknown_keys(org, path, ORGANISATION_KEYS)
    slug = c.string(org, path, "slug", True)
    if slug is not None and not SLUG_RE.fullmatch(slug):
        c.error((*path, "slug"), msg("profile.slug-invalid", "must be 2 to 40 characters from a-z, 0-9 and '-'; "
                                                             "not {value}", value=quote(slug)))
    c.string(org, path, "name", True)
    c.string(org, path, "registration", False)
    c.string(org, path, "phone", False)
    c.string(org, path, "website", False)
    email = c.string(org, path, "email", False)
    if email is not None and not _EMAIL_RE.fullmatch(email.strip()):
        c.warn((*path, "email"), msg("profile.email-invalid", "{value} does not look like an e-mail address",
                                     value=quote(email)))
    c.text(org, path, "dpo", False)
    c.text(org, path, "place", False)
    address = org.get("address", MISSING)
    if address is MISSING:
        c.error((*path, "address"), msg("profile.address-required", "is required: 1 to {most} lines",
                                        most=MAX_ADDRESS_LINES))
    elif c.lines(address, (*path, "address")) and not has_postal_address(address):
        c.warn((*path, "address"), msg("profile.address-not-postal",
                                       "has no line with a postcode and a town: letters cannot be posted (they say "
                                       "so, and cannot be marked sent by post); give the postal address"))
    country = None
    value = org.get("country", MISSING)
    if value is MISSING:
        c.error((*path, "country"), msg("profile.country-required",
                                        'is required: an ISO 3166-1 alpha-2 code such as "BE"'))
    else:
        country = c.country_code(value, (*path, "country"))
    if "registration" not in org and "name" in org:
        c.warn((*path, "registration"), msg("profile.registration-missing",
                                            "no company number: every letter shows it in the letterhead; give the "
                                            "number from {register}", register=national_register(country)),
               line_at=(*path, "name"))
    check_language_list(c, org, path)
    c.country = country
    return country


def check_language_list(c: Checker, org: dict, path: Path) -> None:
    where = (*path, "languages")
    value = org.get("languages", MISSING)
    if value is MISSING:
        c.error(where, msg("profile.languages-required",
                           'is required: the letter languages, default first, such as ["nl", "fr"]'))
        return
    if not isinstance(value, list):
        hint = msg("profile.hint-list", " (write [{value}])", value=quote(value)) if isinstance(value, str) else ""
        c.error(where, msg("profile.languages-type", "must be a list of language codes, not {type}{hint}",
                           type=type_name(value), hint=hint))
        return
    if not value:
        c.error(where, msg("profile.languages-empty", "must name at least one language"))
        return
    ok = True
    seen: set[str] = set()
    for n, lang in enumerate(value):
        if not c.language_key(lang, (*where, n)):
            ok = False
        elif lang in seen:
            c.error((*where, n), msg("profile.language-twice", "{value} is listed twice", value=quote(lang)))
            ok = False
        else:
            seen.add(lang)
    if ok:
        c.languages = list(value)


def check_policy(c: Checker, data: dict) -> None:
    path = ("policy",)
    policy = c.table(data, path, False, "[policy]")
    if policy is None:
        return
    c.unknown_keys(policy, path, POLICY_KEYS)
    for key, (low, high) in POLICY_LIMITS.items():
        value = policy.get(key, MISSING)
        if value is not MISSING:
            _policy_number(c, (*path, key), value, low, high)
    c.choice(policy, path, "identity", IDENTITY_CHECKS, False)
    c.boolean(policy, path, "suppression_list")


def _policy_number(c: Checker, where: Path, value: object, low: int, high: int) -> None:
    key = where[-1]
    if not is_int(value):
        c.error(where, msg("profile.policy-number-type", "must be a whole number from {low} to {high}, not {type}",
                           low=low, high=high, type=type_name(value)))
    elif key == "deadline_days" and value > high:
        c.error(where, msg("profile.deadline-too-late",
                           "{value} days is later than the legal limit of one month (GDPR Art. 12(3)); use at most "
                           "{high}, or leave it out for one month (the app never sets a deadline later than the "
                           "legal limit)", value=value, high=high))
    elif not low <= value <= high:
        c.error(where, msg("profile.policy-number-range", "must be a whole number from {low} to {high}, not {value}",
                           low=low, high=high, value=value))
    elif key == "free_requests_per_year" and value == 0:
        c.warn(where, msg("profile.free-requests-zero",
                          "0 free requests: the first copy of one's data is always free of charge (GDPR Art. 15(3)); "
                          "a fee can only be asked for further copies"))


def check_authority(c: Checker, data: dict, country: str | None) -> None:
    path = ("authority",)
    authority = c.table(data, path, False, "[authority]")
    if authority is None:
        if "authority" not in data and country is not None and country not in DEFAULT_AUTHORITIES:
            if country == "DE":
                why = msg("profile.authority-why-de", "in Germany each Land has its own supervisory authority")
            else:
                why = msg("profile.authority-why-known", "DSAR Desk knows the supervisory authority of {known} only",
                          known=", ".join(sorted(DEFAULT_AUTHORITIES)))
            c.error(path, msg("profile.authority-required", "is required for an organisation in {country}: {why}; "
                                                            "add an [authority] table with name, address and website",
                              country=country, why=why), line_at=("organisation", "country"))
        return
    c.unknown_keys(authority, path, AUTHORITY_KEYS)
    c.text(authority, path, "name", True)
    c.string(authority, path, "website", False)
    where = (*path, "address")
    address = authority.get("address", MISSING)
    if address is MISSING:
        c.error(where, msg("profile.address-required", "is required: 1 to {most} lines", most=MAX_ADDRESS_LINES))
    elif isinstance(address, dict) and address:
        ok = True
        for lang, lines in address.items():
            ok = c.language_key(lang, (*where, lang)) and ok
            ok = c.lines(lines, (*where, lang)) and ok
        if ok:
            c.texts.append((where, address, "list"))
    else:
        c.lines(address, where)
