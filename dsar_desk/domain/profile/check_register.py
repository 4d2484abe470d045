"""Checking the register: [[processing]], [[recipient]], the references between them, languages."""

from __future__ import annotations

from dsar_desk.domain.countries import PARTIAL_ADEQUACY, has_adequacy, is_eea
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.checker import MISSING, Checker, did_you_mean, quote, type_name
from dsar_desk.domain.profile.model import LEGAL_BASES, PROCESSING_KEYS, RECIPIENT_KEYS, RECIPIENT_ROLES


def check_processing(c: Checker, data: dict) -> list[tuple[int, dict]]:
    """Each [[processing]]; returns (index, table) of those that are tables."""
    valid = []
    seen: dict[str, int] = {}
    for n, activity in c.tables_of("processing", True):
        path = ("processing", n)
        c.unknown_keys(activity, path, PROCESSING_KEYS)
        pid = c.string(activity, path, "id", True)
        if pid is not None:
            if pid in seen:
                c.error((*path, "id"), msg("profile.processing-id-twice",
                                           "{id} is already the id of processing[{other}]; ids must be unique",
                                           id=quote(pid), other=seen[pid]))
            else:
                seen[pid] = n
        c.text(activity, path, "name", True)
        c.text_list(activity, path, "purposes", True)
        c.text_list(activity, path, "data", True)
        c.choice(activity, path, "legal_basis", LEGAL_BASES, True)
        c.text(activity, path, "retention", True)
        c.text(activity, path, "source", False)
        c.text_list(activity, path, "systems", False)
        c.text(activity, path, "automated_decisions", False)
        valid.append((n, activity))
    return valid


def check_recipients(c: Checker, data: dict) -> dict[str, int] | None:
    """Recipient id -> index, or None where the recipient list itself is unusable."""
    if c.array_of_tables(("recipient",), False) is None:
        return None if "recipient" in data else {}
    ids: dict[str, int] = {}
    for n, recipient in c.tables_of("recipient", False):
        path = ("recipient", n)
        c.unknown_keys(recipient, path, RECIPIENT_KEYS)
        rid = c.string(recipient, path, "id", True)
        if rid is not None:
            if rid in ids:
                c.error((*path, "id"), msg("profile.recipient-id-twice",
                                           "{id} is already the id of recipient[{other}]; ids must be unique",
                                           id=quote(rid), other=ids[rid]))
            else:
                ids[rid] = n
        name = c.string(recipient, path, "name", True)
        c.choice(recipient, path, "role", RECIPIENT_ROLES, True)
        c.text(recipient, path, "purpose", False)
        c.text(recipient, path, "safeguards", False)
        value = recipient.get("country", MISSING)
        country = None
        if value is MISSING:
            c.error((*path, "country"), msg("profile.recipient-country-required",
                                            'is required: an ISO 3166-1 alpha-2 code such as "US"'))
        else:
            country = c.country_code(value, (*path, "country"))
        _check_transfer(c, recipient, path, country, name or rid or "this recipient")
    return ids


def _check_transfer(c: Checker, recipient: dict, path: tuple, country: str | None, who: str) -> None:
    """A recipient outside the EEA needs an adequacy decision or safeguards (GDPR Art. 44-46)."""
    if not country or is_eea(country) or has_adequacy(country) or "safeguards" in recipient:
        return
    if country in PARTIAL_ADEQUACY:
        why = msg("profile.transfer-partial",
                  "{who} is in {country}, outside the EEA, and no safeguards are stated; {partial}: if {who} is "
                  "certified, say so in safeguards, else state the safeguards used (e.g. standard contractual "
                  "clauses) - GDPR Art. 44-46", who=who, country=country, partial=PARTIAL_ADEQUACY[country])
    else:
        why = msg("profile.transfer-no-safeguards",
                  "{who} is in {country}, outside the EEA and without an adequacy decision, and no safeguards are "
                  "stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46",
                  who=who, country=country)
    c.warn((*path, "country"), why)


def check_references(c: Checker, activities: list[tuple[int, dict]], recipients: dict[str, int] | None) -> None:
    """Every recipient id a [[processing]] names exists; every [[recipient]] is named."""
    used: set[str] = set()
    for n, activity in activities:
        path = ("processing", n, "recipients")
        value = activity.get("recipients", MISSING)
        if value is MISSING:
            c.warn(path, msg("profile.recipients-missing", "no recipients are listed for this activity: name them, or "
                                                           "write recipients = [] if the data goes to no one outside "
                                                           "the organisation"))
            continue
        if not isinstance(value, list):
            hint = msg("profile.hint-list", " (write [{value}])", value=quote(value)) if isinstance(value, str) else ""
            c.error(path, msg("profile.recipients-type", "must be a list of recipient ids, not {type}{hint}",
                              type=type_name(value), hint=hint))
            continue
        listed: set[str] = set()
        for k, rid in enumerate(value):
            where = (*path, k)
            if not isinstance(rid, str):
                c.error(where, msg("profile.recipient-id-type", "must be a recipient id (a string), not {type}",
                                   type=type_name(rid)))
                continue
            used.add(rid)
            if rid in listed:
                c.warn(where, msg("profile.recipient-twice", "recipient {id} is listed twice", id=quote(rid)))
            listed.add(rid)
            if recipients is not None and rid not in recipients:
                c.error(where, msg("profile.recipient-unknown", "unknown recipient id {id}: no [[recipient]] has this "
                                                                "id{hint}", id=quote(rid), hint=did_you_mean(rid, recipients)))
    for rid, n in (recipients or {}).items():
        if rid not in used:
            c.warn(("recipient", n, "id"), msg("profile.recipient-unused", "recipient {id} is not named by any "
                                                                           "[[processing]], so no access response "
                                                                           "will mention it", id=quote(rid)))


def check_languages(c: Checker) -> None:
    """Warn for each text field that lacks a language of organisation.languages."""
    languages = c.languages
    if not languages:
        return
    default = languages[0]
    for where, value, kind in c.texts:
        if isinstance(value, (str, list)):
            others = languages[1:]
            if others:
                c.warn(where, msg("profile.single-language",
                                  "is a single {noun}, taken as {default}; it has no {others} version, so letters in "
                                  "{which} will use the {default} one", noun="text" if kind == "text" else "list",
                                  default=quote(default), others=", ".join(quote(x) for x in others),
                                  which="those languages" if len(others) > 1 else quote(others[0])))
            continue
        fallback = default if default in value else next((x for x in languages if x in value), next(iter(value)))
        for lang in languages:
            if lang not in value:
                c.warn(where, msg("profile.language-missing", "has no {lang} version (organisation.languages lists "
                                                              "it); letters in {lang} will use the {fallback} one",
                                  lang=quote(lang), fallback=quote(fallback)))
        if kind == "list":
            sizes = {lang: len(items) for lang, items in value.items() if isinstance(items, list)}
            if len(set(sizes.values())) > 1:
                described = ", ".join(f"{lang}: {size}" for lang, size in sizes.items())
                c.warn(where, msg("profile.list-lengths", "the languages have lists of different lengths "
                                                          "({sizes}); check that every item is translated",
                                  sizes=described))
