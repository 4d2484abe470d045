"""Identity checks: how the clerk made sure the requester is who they say, and no more than needed.

EDPB Guidelines 01/2022 on the right of access: reuse what the organisation already knows (an
account, a customer number) before asking for anything; ask for a copy of an identity document
only where lesser means are not enough, let the requester black out what is not needed, and note
"ID checked" rather than keep the copy. These rules turn that into checks on what the clerk
records:

* a method (matched with data already held, and which; ID document seen; signed letter; in
  person; electronic identity; other; or "not needed" with the reason) and an outcome
  (verified, failed, not needed);
* for a document: its type, issuing country, expiry date (an expired document is flagged) and
  only the last four characters of its number;
* an optional machine-readable zone, checked digit by digit (ICAO 9303) and against the name and
  expiry entered; only the result is kept, never the MRZ itself;
* proportionality: keeping or asking for an ID copy needs the reason why lesser means are not
  enough, and keeping one needs the clerk's confirmation that the photo and national number were
  blacked out (or are needed).

Plain Python: no Qt, no peewee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.countries import is_valid_country
from dsar_desk.domain.messages import Message, msg
from dsar_desk.domain.mrz import MrzFormatError, compare_with, parse_mrz

__all__ = [
    "DOCUMENT_TYPES",
    "DOCUMENT_TYPE_LABELS",
    "MATCHED_DATA",
    "MATCHED_LABELS",
    "METHODS",
    "METHOD_LABELS",
    "OUTCOMES",
    "OUTCOME_LABELS",
    "DEFAULT_REMINDER_DAYS",
    "IdentityDraft",
    "IdentityFields",
    "MrzSummary",
    "check_mrz",
    "disclosure_reason",
    "policy_method",
    "POLICY_METHODS",
    "last4",
    "purge_date",
    "split_name",
    "summary_text",
    "validate_check",
    "validate_id_copy_request",
]

METHODS = ("account-match", "id-document", "signed-letter", "in-person", "eid", "other", "not-needed")
METHOD_LABELS = {
    "account-match": "Matched with data we already hold",
    "id-document": "Identity document seen",
    "signed-letter": "Signed letter",
    "in-person": "In person",
    "eid": "Electronic identity (eID, itsme, DigiD, FranceConnect…)",
    "other": "Other",
    "not-needed": "Not needed",
}
# What matched, for "account-match".
MATCHED_DATA = ("account-email", "customer-number", "postal-address", "phone", "order-number",
                "date-of-birth", "other")
MATCHED_LABELS = {
    "account-email": "Email address of the account",
    "customer-number": "Customer number",
    "postal-address": "Postal address",
    "phone": "Phone number",
    "order-number": "Order or invoice number",
    "date-of-birth": "Date of birth",
    "other": "Other data held",
}
DOCUMENT_TYPES = ("passport", "identity-card", "driving-licence", "residence-permit")
DOCUMENT_TYPE_LABELS = {
    "passport": "Passport",
    "identity-card": "Identity card",
    "driving-licence": "Driving licence",
    "residence-permit": "Residence permit",
}
# The check each identity policy of a profile ([policy] identity) asks for; "none" asks for none.
POLICY_METHODS = {"id-copy": "id-document", "account-match": "account-match", "signed-letter": "signed-letter"}
OUTCOMES = ("verified", "failed", "not-needed")
OUTCOME_LABELS = {"verified": "Verified", "failed": "Failed", "not-needed": "Not needed"}

# Days after which an unanswered identity request is shown as a reminder, when the organisation
# set no number of its own (the profile format has no key for it).
DEFAULT_REMINDER_DAYS = 14


# --------------------------------------------------------------------------- MRZ


@dataclass(frozen=True)
class MrzSummary:
    """What is kept of an MRZ check: the result, never the MRZ (nor the names it holds)."""

    format: str  # TD1 | TD2 | TD3
    check_digits_ok: bool
    failed: tuple[str, ...]  # field names whose check digit fails: "document_number", "composite"…
    name_agrees: bool | None  # None: no name entered to compare
    expiry_agrees: bool | None  # None: no expiry entered to compare
    number_agrees: bool | None  # None: no document number entered to compare
    messages: tuple[str, ...]  # plain sentences for the clerk (shown, not stored)
    country_agrees: bool | None = None  # None: no issuing country entered, or the MRZ state is no country

    @property
    def all_agree(self) -> bool:
        return self.check_digits_ok and all(
            x is not False for x in (self.name_agrees, self.expiry_agrees, self.number_agrees, self.country_agrees)
        )

    def parts(self) -> list[Message]:
        """The result, one message per fact: the check digits, then what agrees and what differs."""
        out = [msg("mrz.summary-ok", "MRZ {format}: every check digit holds", format=self.format)
               if self.check_digits_ok else
               msg("mrz.summary-wrong", "MRZ {format}: check digit wrong: {fields}", format=self.format,
                   fields=list(self.failed))]
        for key, value in (("name", self.name_agrees), ("expiry", self.expiry_agrees),
                           ("number", self.number_agrees), ("country", self.country_agrees)):
            if value is not None:
                out.append(_AGREEMENT[key][0 if value else 1])
        return out

    def text(self) -> str:
        """One line for the timeline (no personal data)."""
        return "; ".join(self.parts())


_AGREEMENT = {
    "name": (msg("mrz.name-agrees", "name agrees"), msg("mrz.name-differs-short", "name differs")),
    "expiry": (msg("mrz.expiry-agrees", "expiry date agrees"), msg("mrz.expiry-differs", "expiry date differs")),
    "number": (msg("mrz.number-agrees", "document number agrees"),
               msg("mrz.number-differs", "document number differs")),
    "country": (msg("mrz.country-agrees", "issuing country agrees"),
                msg("mrz.country-differs", "issuing country differs")),
}


def check_mrz(
    text: str,
    *,
    surname: str = "",
    given_names: str = "",
    expiry: date | None = None,
    document_number: str = "",
    issuing_country: str = "",
    today: date | None = None,
) -> MrzSummary:
    """Check an MRZ and compare it with what was entered. Raises MrzFormatError for no MRZ."""
    result = parse_mrz(text, today=today)
    name_messages = compare_with(result, surname=surname or None, given_names=given_names or None)
    expiry_messages = compare_with(result, expiry=expiry)
    number = _alnum(document_number)
    number_agrees = None
    messages = list(result.failed_messages())
    if number:
        # Only the last characters are kept, so compare the end of the number.
        tail = number[-4:]
        number_agrees = result.document_number.endswith(tail)
        if not number_agrees:
            messages.append(msg("identity.document-number-mrz-number",
                                "document number: the MRZ number does not end in {tail}",
                                tail=tail))
    messages += name_messages + expiry_messages
    country_agrees = None
    entered = (issuing_country or "").strip().upper()
    mrz_country = mrz_state_country(result.issuing_state)
    if entered and mrz_country:
        country_agrees = entered == mrz_country
        if not country_agrees:
            messages.append(msg("identity.issuing-country-mrz-says",
                                "issuing country: the MRZ says {issuing_state} ({mrz_country}), not {entered}",
                                issuing_state=result.issuing_state, mrz_country=mrz_country, entered=entered))
    return MrzSummary(
        format=result.format,
        check_digits_ok=result.valid,
        failed=tuple(c.field for c in result.failed()),
        name_agrees=None if not (surname.strip() or given_names.strip()) else not name_messages,
        expiry_agrees=None if expiry is None else not expiry_messages,
        number_agrees=number_agrees,
        messages=tuple(messages),
        country_agrees=country_agrees,
    )


def mrz_state_country(code: str) -> str | None:
    """The two-letter country of an MRZ issuing state (ICAO 9303 uses ISO 3166 alpha-3, and "D" for
    Germany; "GBD"/"GBN"... for British documents). None for an organisation (UNO, EUE) or unknown."""
    code = (code or "").replace("<", "").upper()
    if code == "D":
        return "DE"
    if code.startswith("GB") and len(code) == 3:
        return "GB"
    from babel.core import get_global

    aliases = get_global("territory_aliases").get(code)  # CLDR: "DEU" -> ["DE"]
    if aliases and is_valid_country(aliases[0]):  # not "XX" (unknown) nor an organisation
        return aliases[0]
    return None


# --------------------------------------------------------------------------- the check


@dataclass
class IdentityDraft:
    """What the clerk entered, as typed."""

    method: str = ""
    outcome: str = ""
    checked_on: date | None = None
    matched: list[str] = field(default_factory=list)  # for account-match: keys of MATCHED_DATA
    document_type: str = ""
    issuing_country: str = ""
    expiry: date | None = None
    document_number: str = ""  # as typed; only the last 4 characters are kept
    mrz: str = ""  # pasted MRZ lines; checked, never kept
    surname: str = ""  # for the MRZ comparison only
    given_names: str = ""  # for the MRZ comparison only
    reason: str = ""  # why not needed / what "other" was / why it failed
    proportionality: str = ""  # why lesser means are not enough (ID copy kept)
    keep_id_copy: bool = False  # a copy of the document is attached to be kept until the purge
    blacked_out: bool = False  # the clerk confirms photo and national number are blacked out


@dataclass(frozen=True)
class IdentityFields:
    """A valid check, ready to store: nothing of the MRZ, only the last 4 of the number."""

    method: str
    outcome: str
    checked_on: date
    matched: tuple[str, ...]
    document_type: str
    issuing_country: str
    expiry: date | None
    expired: bool
    number_last4: str
    mrz: MrzSummary | None
    reason: str
    proportionality: str
    keep_id_copy: bool
    blacked_out: bool
    warnings: tuple[str, ...] = ()


def _alnum(value: str) -> str:
    return "".join(c for c in (value or "").upper() if c.isalnum())


def last4(document_number: str) -> str:
    """The last four letters or digits of a document number (spaces and dashes ignored)."""
    return _alnum(document_number)[-4:]


def split_name(full_name: str) -> tuple[str, str]:
    """A first guess of (surname, given names) from a full name: the last word is the surname.

    Only a default for the MRZ comparison fields; the clerk corrects it (“van der Berg”).
    """
    words = (full_name or "").split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    return words[-1], " ".join(words[:-1])


def is_expired(expiry: date | None, checked_on: date) -> bool:
    """A document is expired on the day of the check when its expiry date is before that day."""
    return expiry is not None and expiry < checked_on


def policy_method(policy_identity: str | None) -> str | None:
    """The method the organisation's policy asks for (None: the policy asks for no routine check)."""
    return POLICY_METHODS.get(policy_identity or "")


def validate_check(draft: IdentityDraft, today: date | None = None,
                   policy_identity: str | None = None) -> tuple[IdentityFields | None, list[FieldProblem]]:
    """Every problem at once, each naming its field; (None, problems) when any.

    ``policy_identity``: the organisation's policy ([policy] identity): a method other than the
    one it asks for needs the reason why (a check that was not needed has its reason anyway)."""
    today = today or date.today()
    problems: list[FieldProblem] = []
    warnings: list[str] = []
    method = (draft.method or "").strip()
    outcome = (draft.outcome or "").strip()
    reason = (draft.reason or "").strip()
    proportionality = (draft.proportionality or "").strip()

    if method not in METHODS:
        problems.append(FieldProblem("method", msg("identity.choose-how-identity-was",
                                                   "choose how the identity was checked ({known})",
                                                   known=list(METHODS))))
    if outcome not in OUTCOMES:
        problems.append(FieldProblem("outcome", msg("identity.choose-outcome", "choose the outcome ({known})",
                                                    known=list(OUTCOMES))))
    if method == "not-needed" and outcome in OUTCOMES and outcome != "not-needed":
        problems.append(FieldProblem("outcome", msg("identity.check-was-needed-has",
                                                    "a check that was not needed has the outcome 'not needed'")))
    if outcome == "not-needed" and method in METHODS and method != "not-needed":
        problems.append(FieldProblem("outcome", msg("identity.needed-goes-with-method",
                                                    "'not needed' goes with the method 'not needed'")))
    if (method == "not-needed" or outcome == "not-needed") and not reason:
        problems.append(FieldProblem("reason", msg("identity.say-why-no-identity",
                                                   "say why no identity check is needed")))
    if method == "other" and not reason:
        problems.append(FieldProblem("reason", msg("identity.describe-how-identity-was",
                                                   "describe how the identity was checked")))
    if outcome == "failed" and not reason:
        problems.append(FieldProblem("reason", msg("identity.say-why-check-failed", "say why the check failed")))
    asked = policy_method(policy_identity)
    if asked and method in METHODS and method not in (asked, "not-needed", "other") and not reason:
        problems.append(FieldProblem("reason", msg("identity.other-method-reason",
                                                   "the organisation's policy asks for \u201c{policy}\u201d: say why "
                                                   "the identity was checked another way",
                                                   policy=METHOD_LABELS[asked])))

    checked_on = draft.checked_on or today
    if checked_on > today:
        problems.append(FieldProblem("checked_on", msg("identity.cannot-future", "cannot be in the future")))

    matched: tuple[str, ...] = ()
    if method == "account-match":
        unknown = [m for m in draft.matched if m not in MATCHED_DATA]
        if unknown:
            problems.append(FieldProblem("matched", msg("identity.unknown-data", "unknown data: {unknown} ({known})",
                                                        unknown=list(unknown), known=list(MATCHED_DATA))))
        matched = tuple(m for m in MATCHED_DATA if m in draft.matched)
        if not matched and not unknown:
            problems.append(FieldProblem("matched", msg("identity.tick-which-data-matched",
                                                        "tick which data matched what the organisation holds")))
        if "other" in matched and not reason:
            problems.append(FieldProblem("reason", msg("identity.say-which-other-data",
                                                       "say which other data matched")))

    document_type = issuing_country = number4 = ""
    expiry: date | None = None
    expired = False
    mrz: MrzSummary | None = None
    is_document = method == "id-document"
    if is_document:
        document_type = (draft.document_type or "").strip()
        if document_type not in DOCUMENT_TYPES:
            problems.append(FieldProblem("document_type", msg("identity.choose-type-document",
                                                              "choose the type of document ({known})",
                                                              known=list(DOCUMENT_TYPES))))
        issuing_country = (draft.issuing_country or "").strip().upper()
        if not issuing_country:
            problems.append(FieldProblem("issuing_country", msg("identity.give-country-issued-document",
                                                                "give the country that issued the document")))
        elif not is_valid_country(issuing_country):
            problems.append(FieldProblem("issuing_country", msg("identity.two-letter-country-code",
                                                                "'{issuing_country}' is not a two-letter country code",
                                                                issuing_country=issuing_country)))
        expiry = draft.expiry
        if is_expired(expiry, checked_on):
            expired = True
            warnings.append(msg("identity.document-expired-on", "the document expired on {expiry}",
                                expiry=expiry))
        raw_number = draft.document_number or ""
        if raw_number.strip():
            number4 = last4(raw_number)
            if not number4:
                problems.append(FieldProblem("document_number", msg("identity.has-no-letters-digits",
                                                                    "has no letters or digits")))
        if (draft.mrz or "").strip():
            try:
                mrz = check_mrz(draft.mrz, surname=draft.surname, given_names=draft.given_names,
                                expiry=expiry, document_number=raw_number,
                                issuing_country=draft.issuing_country or "", today=today)
            except MrzFormatError as exc:
                problems.append(FieldProblem("mrz", str(exc)))
            else:
                if not mrz.all_agree:
                    warnings.append(mrz.text())
    else:
        if (draft.mrz or "").strip():
            problems.append(FieldProblem("mrz", msg("identity.mrz-only-goes-with",
                                                    "an MRZ only goes with the method 'identity document seen'")))

    keep = bool(draft.keep_id_copy)
    if keep:
        if not is_document:
            problems.append(FieldProblem("id_copy", msg("identity.id-copy-kept-only",
                                                        "an ID copy is kept only with the method 'identity document seen'")))
        if not proportionality:
            problems.append(FieldProblem(
                "proportionality",
                msg("identity.say-why-lesser-means-2",
                    "say why lesser means (data already held, a signed letter) are not enough before keeping an ID copy"),
            ))
        if not draft.blacked_out:
            problems.append(FieldProblem(
                "blacked_out",
                msg("identity.confirm-photo-national-number",
                    "confirm that the photo and the national number are blacked out, or that they are needed"),
            ))
    if outcome == "verified" and expired:
        warnings.append(msg("identity.identity-recorded-as-verified",
                            "the identity is recorded as verified with an expired document"))

    if problems:
        return None, problems
    return IdentityFields(
        method=method,
        outcome=outcome,
        checked_on=checked_on,
        matched=matched,
        document_type=document_type,
        issuing_country=issuing_country,
        expiry=expiry,
        expired=expired,
        number_last4=number4,
        mrz=mrz,
        reason=reason,
        proportionality=proportionality if (keep or proportionality) else "",
        keep_id_copy=keep,
        blacked_out=bool(draft.blacked_out) if keep else False,
        warnings=tuple(warnings),
    ), []


def validate_id_copy_request(reason: str) -> list[FieldProblem]:
    """Asking the requester for an ID copy needs the reason why lesser means are not enough."""
    if not (reason or "").strip():
        return [FieldProblem(
            "proportionality",
            msg("identity.say-why-lesser-means",
                "say why lesser means (data already held, a signed letter) are not enough before asking for an ID copy"),
        )]
    return []


def summary_text(fields: IdentityFields) -> str:
    """The timeline line of a check: method, outcome and the non-identifying details."""
    text = f"Identity {OUTCOME_LABELS[fields.outcome].lower()}: {METHOD_LABELS[fields.method].split(' (')[0].lower()}"
    details: list[str] = []
    if fields.matched:
        details.append("matched " + ", ".join(MATCHED_LABELS[m].lower() for m in fields.matched))
    if fields.method == "id-document":
        doc = DOCUMENT_TYPE_LABELS.get(fields.document_type, fields.document_type).lower()
        doc += f" issued by {fields.issuing_country}"
        if fields.number_last4:
            doc += f", number ending {fields.number_last4}"
        if fields.expiry:
            doc += f", {'EXPIRED on' if fields.expired else 'valid until'} {fields.expiry.isoformat()}"
        details.append(doc)
    if fields.mrz is not None:
        details.append(fields.mrz.text())
    if fields.keep_id_copy:
        details.append("ID copy kept (photo and national number blacked out or needed)")
    if fields.reason:
        details.append(fields.reason)
    if fields.proportionality:
        details.append(f"why an ID copy: {fields.proportionality}")
    return text + (" — " + "; ".join(details) if details else "")


def purge_date(checked_on: date, retention_days: int) -> date:
    """The day an ID copy must be gone: ``retention_days`` after the check (0: that same day)."""
    return checked_on + timedelta(days=max(0, int(retention_days)))


def disclosure_reason(
    *,
    policy_identity: str,
    latest_outcome: str | None,
    latest_on: date | None = None,
    waiting_for_identity: bool = False,
) -> str | None:
    """Why letters that disclose data (access, portability) must wait, or None when they may go.

    ``policy_identity`` is the organisation's default check ("none" means the profile asks for
    none: the GDPR asks for proof only on reasonable doubt, Art. 12(6)). The latest recorded check
    decides when there is one: verified or not needed lifts the block, failed keeps it.
    """
    if latest_outcome in ("verified", "not-needed"):
        return None
    if latest_outcome == "failed":
        if latest_on:
            return msg("identity.block-failed-on", "the identity check failed on {day}: record a new check, or "
                       "record that no check is needed with the reason, before disclosing data", day=latest_on)
        return msg("identity.block-failed", "the identity check failed: record a new check, or record that no "
                   "check is needed with the reason, before disclosing data")
    if waiting_for_identity:
        return msg("identity.block-waiting", "the case is waiting for the requester's proof of identity: record "
                   "the identity check before disclosing data")
    if policy_identity and policy_identity != "none":
        asked = policy_method(policy_identity)
        return msg("identity.block-policy", "the organisation's policy asks for an identity check "
                   "(\u201c{method}\u201d) and none is recorded: record it (or that it is not needed, with the "
                   "reason) before disclosing data",
                   method=METHOD_LABELS.get(asked, policy_identity) if asked else policy_identity)
    return None


# Names of the fields of a check, for messages ("Issuing country: ...").
FIELD_LABELS = {
    "method": "Method",
    "outcome": "Outcome",
    "checked_on": "Date of the check",
    "matched": "Data that matched",
    "document_type": "Type of document",
    "issuing_country": "Issuing country",
    "expiry": "Expiry date",
    "document_number": "Document number",
    "mrz": "Machine-readable zone (MRZ)",
    "reason": "Reason",
    "proportionality": "Why an ID copy",
    "id_copy": "ID copy",
    "blacked_out": "Blacked out",
}
