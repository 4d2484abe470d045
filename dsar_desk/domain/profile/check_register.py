"""Checking the register: [[processing]], [[recipient]], the references between them, languages."""

from __future__ import annotations

from dsar_desk.domain.countries import PARTIAL_ADEQUACY, has_adequacy, is_eea
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.checker import MISSING, Checker, did_you_mean, quote, type_name
from dsar_desk.domain.profile.model import (
    _EMAIL_RE,
    CONTROLLER_KEYS,
    LEGAL_BASES,
    PROCESSING_KEYS,
    RECIPIENT_KEYS,
    RECIPIENT_ROLES,
)
from dsar_desk.domain.profile.wording import retention_is_vague, third_person


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
        _check_automated(c, activity, path)
        if not isinstance(activity.get("made_public"), bool):
            c.text(activity, path, "made_public", False)
        _check_wording(c, activity, path)
        valid.append((n, activity))
    return valid


def _texts_of(value: object) -> list[str]:
    """Every string of a (text) or (text list) value, whatever its languages."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts_of(v)]
    return []


def _check_wording(c: Checker, activity: dict, path: tuple) -> None:
    """What an access answer would print from this activity: a real retention period, and words
    addressed to the requester rather than a privacy policy's "the User"."""
    vague = [t for t in _texts_of(activity.get("retention")) if retention_is_vague(t)]
    if vague:
        c.warn((*path, "retention"), msg("profile.retention-vague",
                                         "{value} is not a retention period: give the period, or the criteria that "
                                         "decide it (GDPR Art. 15(1)(d)); until then access answers are refused",
                                         value=quote(vague[0])))
    for key in ("name", "purposes", "data", "retention", "source", "automated_decisions"):
        words = next((w for w in map(third_person, _texts_of(activity.get(key))) if w), None)
        if words:
            c.warn((*path, key), msg("profile.third-person",
                                     "speaks of {words} as a privacy policy does; an access answer is written to the "
                                     "requester: write it to \"you\", or without the person (EDPB Guidelines 01/2022)",
                                     words=quote(words)))


def _check_automated(c: Checker, activity: dict, path: tuple) -> None:
    """Art. 15(1)(h): whether an automated decision is one of Art. 22, its logic and consequences."""
    c.text(activity, path, "automated_decisions", False)
    art22 = c.boolean(activity, path, "automated_art22")
    c.text(activity, path, "automated_logic", False)
    c.text(activity, path, "automated_consequences", False)
    if "automated_decisions" in activity and "automated_art22" not in activity:
        c.warn((*path, "automated_decisions"), msg(
            "profile.automated-art22-unknown",
            "say whether these are decisions based solely on automated processing with legal or similarly "
            "significant effects: automated_art22 = true or false (GDPR Art. 22); until then access answers are "
            "refused"))
    if art22 and not ("automated_logic" in activity and "automated_consequences" in activity):
        c.warn((*path, "automated_art22"), msg(
            "profile.automated-logic-missing",
            "a decision of Art. 22 needs automated_logic (the logic involved) and automated_consequences (its "
            "significance and envisaged consequences) for access answers (GDPR Art. 15(1)(h)); until then they are "
            "refused"))


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
        c.text(recipient, path, "name", True, proper_name=True)
        names = _texts_of(recipient.get("name"))
        name = names[0] if names else None
        c.choice(recipient, path, "role", RECIPIENT_ROLES, True)
        c.text(recipient, path, "purpose", False)
        c.text(recipient, path, "safeguards", False)
        if c.boolean(recipient, path, "category"):
            c.warn((*path, "category"), msg("profile.recipient-category",
                                            "is a category of recipients: the Court of Justice (C-154/21, "
                                            "Österreichische Post) expects the recipients themselves to be named "
                                            "where they are known; name each as its own [[recipient]] if you can"))
        email = c.string(recipient, path, "email", False)
        if email is not None and not _EMAIL_RE.fullmatch(email.strip()):
            c.warn((*path, "email"), msg("profile.email-invalid", "{value} does not look like an e-mail address",
                                         value=quote(email)))
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
        why = msg("profile.transfer-partial-blocks",
                  "{who} is in {country}, outside the EEA, and no safeguards are stated; {partial}: if {who} is "
                  "certified, say so in safeguards, else state the safeguards used (e.g. standard contractual "
                  "clauses) - GDPR Art. 44-46; until then access answers naming it are refused", who=who, country=country,
                  partial=PARTIAL_ADEQUACY[country])
    else:
        why = msg("profile.transfer-unsafe",
                  "{who} is in {country}, outside the EEA and without an adequacy decision, and no safeguards are "
                  "stated: state them in safeguards (e.g. standard contractual clauses) - GDPR Art. 44-46; until then "
                  "access answers naming it are refused",
                  who=who, country=country)
    c.warn((*path, "country"), why)


def check_references(c: Checker, activities: list[tuple[int, dict]], recipients: dict[str, int] | None) -> None:
    """Every recipient id a [[processing]] names exists; every [[recipient]] is named."""
    used: set[str] = set()
    for n, activity in activities:
        path = ("processing", n, "recipients")
        value = activity.get("recipients", MISSING)
        if value is MISSING:
            c.warn(path, msg("profile.recipients-unknown", "no recipients are listed for this activity: name them, "
                                                           "or write recipients = [] if the data goes to no one "
                                                           "outside the organisation; until then access answers that "
                                                           "include it are refused"))
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


def check_controllers(c: Checker, data: dict) -> None:
    """[[controller]]: for whom the organisation processes data as processor (Art. 28 GDPR)."""
    if c.array_of_tables(("controller",), False) is None:
        return
    ids: dict[str, int] = {}
    for n, controller in c.tables_of("controller", False):
        path = ("controller", n)
        c.unknown_keys(controller, path, CONTROLLER_KEYS)
        cid = c.string(controller, path, "id", True)
        if cid is not None:
            if cid in ids:
                c.error((*path, "id"), msg("profile.controller-id-twice",
                                           "{id} is already the id of controller[{other}]; ids must be unique",
                                           id=quote(cid), other=ids[cid]))
            else:
                ids[cid] = n
        c.text(controller, path, "name", True, proper_name=True)
        if "address" in controller:
            c.lines(controller["address"], (*path, "address"))
        if "country" in controller:
            c.country_code(controller["country"], (*path, "country"))
        email = c.string(controller, path, "email", False)
        if email is not None and not _EMAIL_RE.fullmatch(email.strip()):
            c.warn((*path, "email"), msg("profile.email-invalid", "{value} does not look like an e-mail address",
                                         value=quote(email)))
