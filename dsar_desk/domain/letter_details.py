"""What a clerk may add to a letter, how a letter leaves, and which letters answer a request.

Plain rules shared by the desk layer (which enforces them), the letters dialog and the CLI
(which show and ask for exactly these).
"""

from __future__ import annotations

import re
from typing import Any

from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.messages import Message, msg

SEND_METHODS = ("post", "registered", "email", "hand")
SEND_METHOD_LABELS = {
    "post": "post",
    "registered": "registered post",
    "email": "email",
    "hand": "by hand",
}
MAX_TRACKING = 64

# Letters that answer the request: once sent, they are the evidence of when the organisation
# answered (acknowledgement, identity request and extension are not answers).
REPLY_KINDS = (
    "access", "portability", "rectification", "erasure", "restriction", "objection",
    "withdraw-consent", "refusal", "no-data", "partial-access", "rectification-refused", "combined",
    "identity-closing", "wrong-organisation", "forwarded", "deceased",
)

# What each kind is called on screen and in the rules' messages (the interface translates these).
KIND_LABELS = {
    "acknowledgement": "Acknowledgement of receipt",
    "identity-request": "Request for proof of identity",
    "extension": "Extension of the deadline",
    "access": "Access answer (Art. 15)",
    "rectification": "Rectification done",
    "erasure": "Erasure done",
    "restriction": "Restriction done",
    "objection": "Objection handled",
    "withdraw-consent": "Consent withdrawn",
    "portability": "Portability (with data files)",
    "refusal": "Refusal",
    "no-data": "No data held",
    # the kinds of the second round: reminders, closing, clarification, representatives, partial answers
    "identity-reminder": "Reminder: proof of identity",
    "identity-closing": "Closed: no proof of identity",
    "clarification": "Asking to specify the request (recital 63)",
    "mandate-request": "Representative: asking for the mandate",
    "partial-access": "Partial access, others' data withheld (Art. 15(4))",
    "rectification-refused": "Rectification refused (Art. 16)",
    "combined": "One answer to every right asked",
    "fee": "Fee (Art. 12(5), 15(3))",
    "wrong-organisation": "Wrong organisation",
    "forwarded": "Forwarded to the controller (we are its processor)",
    "deceased": "About a deceased person",
}

# Window positions of the letterhead's address block (see domain.letter_content.LetterLayout).
WINDOWS = ("din5008", "fr-right", "custom")

# What the clerk may add to a letter beyond what the case holds (LetterRequest fields), and, for
# those that only mean something in some kinds of letter, which kinds.
DETAIL_FIELDS = (
    "requester_reference", "place", "extension_reasons", "refusal_reasons",
    "manifestly_unfounded_or_excessive", "identity_proof_needed", "annexes", "recipients_informed",
    "erasure_exception", "erasure_exception_detail", "restriction_ground", "objection_direct_marketing",
    "objection_compelling_grounds", "rectified_fields", "id_copy_retention_days",
    "identity_doubt", "reply_by", "clarification_questions", "representative_name", "representative_address",
    "representative_country", "withheld_reasons", "controller", "intended_for", "fee_cents", "fee_reason",
    "fee_payment", "deceased_name", "rectification_refused_reasons", "supplementary_statement",
    "consents_withdrawn", "objection_activities", "sections",
)
DETAILS_BY_KIND: dict[str, tuple[str, ...]] = {
    "refusal_reasons": ("refusal", "fee", "combined"),
    "manifestly_unfounded_or_excessive": ("refusal", "fee", "combined"),
    "restriction_ground": ("restriction", "combined"),
    "erasure_exception": ("erasure", "combined"),
    "erasure_exception_detail": ("erasure", "combined"),
    "objection_direct_marketing": ("objection", "combined"),
    "objection_compelling_grounds": ("objection", "combined"),
    "annexes": ("access", "partial-access", "portability", "combined"),
    "rectified_fields": ("rectification", "rectification-refused", "combined"),
    "recipients_informed": ("rectification", "rectification-refused", "erasure", "restriction", "combined"),
    "identity_doubt": ("identity-request", "identity-reminder"),
    "clarification_questions": ("clarification",),
    "withheld_reasons": ("partial-access",),
    "rectification_refused_reasons": ("rectification-refused",),
    "supplementary_statement": ("rectification-refused",),
    "fee_cents": ("fee",),
    "fee_reason": ("fee",),
    "fee_payment": ("fee",),
    "controller": ("forwarded",),
    "intended_for": ("wrong-organisation",),
    "deceased_name": ("deceased",),
    "sections": ("combined",),
}
# The machine-readable copy handed over with a portability answer (alone or in a combined one).
PORTABILITY_DATA_KINDS = ("portability", "combined")


def letter_file_name(reference: str, kind: str, version: int, language: str) -> str:
    """The file name of a letter: ECO-2026-0042-access-v1-nl.pdf."""
    ref = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-") or "letter"
    return f"{ref}-{kind}-v{version}-{language}.pdf"


def kinds_for(field: str) -> tuple[str, ...]:
    """The kinds of letter the detail ``field`` belongs to (every kind when not restricted)."""
    from dsar_desk.domain.letter_content.model import LETTER_KINDS  # the letters' package, when needed

    return DETAILS_BY_KIND.get(field, tuple(LETTER_KINDS))


def detail_applies(field: str, kind: str) -> bool:
    """Whether the detail ``field`` means something in a letter of ``kind``."""
    kinds = DETAILS_BY_KIND.get(field)
    return field in DETAIL_FIELDS and (kinds is None or kind in kinds)


def detail_problems(kind: str, details: dict[str, Any]) -> list[tuple[str, Message]]:
    """(field, message) for each detail given that a letter of ``kind`` cannot take."""
    problems = []
    for name in details:
        if name not in DETAIL_FIELDS:
            problems.append((name, msg("letter.detail-unknown", "is not something a letter can be given")))
        elif not detail_applies(name, kind):
            problems.append((name, msg("letter.detail-wrong-kind", "only goes in a letter of the kind {kinds}",
                                       kinds=list(DETAILS_BY_KIND[name]))))
    return problems


def clean_details(kind: str, details: dict[str, Any]) -> dict[str, Any]:
    """The details as the letter uses them: an objection to direct marketing has no compelling
    grounds (Art. 21(3): processing for direct marketing simply stops), an erasure without an
    exception has no exception detail; empty values are left out."""
    out = {k: v for k, v in details.items() if v not in (None, "", [], ())}
    if kind == "objection" and out.get("objection_direct_marketing", True):
        out.pop("objection_compelling_grounds", None)
        if "objection_direct_marketing" in details:
            out["objection_direct_marketing"] = True
    elif kind == "objection" and "objection_direct_marketing" in details:
        out["objection_direct_marketing"] = False
    if kind == "erasure" and not out.get("erasure_exception"):
        out.pop("erasure_exception_detail", None)
    if kind == "fee" and details.get("fee_reason") != "excessive":
        out.pop("refusal_reasons", None)  # a further copy's fee is no refusal: no reasons of one
        out.pop("manifestly_unfounded_or_excessive", None)
    if kind == "refusal" and "manifestly_unfounded_or_excessive" in details:
        out["manifestly_unfounded_or_excessive"] = bool(details["manifestly_unfounded_or_excessive"])
    return out


def extension_letter_owed(extended: bool, kinds_made: set[str] | frozenset[str]) -> bool:
    """Art. 12(3): an extended case owes the requester a letter with the extension and its
    reasons; owed until an extension letter was made."""
    return bool(extended) and "extension" not in kinds_made


class InvalidLetter(ValueError):
    """The letter cannot be made or marked sent as asked; nothing was saved.

    ``problems`` name the field ("kind", "language", "identity", "date", "tracking", ...).
    ``blocked`` is set when only the identity check stands in the way (an override with a
    reason is possible).
    """

    def __init__(self, problems: list[FieldProblem], blocked: str | None = None):
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems
        self.blocked = blocked


def letter_problem(field: str, message: str, blocked: str | None = None) -> InvalidLetter:
    return InvalidLetter([FieldProblem(field, message)], blocked)


MAX_DATA_BYTES = 50 * 1024 * 1024
MAX_DATA_DEPTH = 32


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings skipped), without parsing it."""
    depth = deepest = 0
    in_string = escape = False
    for ch in text:
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def parse_portability_data(text: str) -> dict[str, Any]:
    """The organisation's export handed over with a portability answer: a JSON object of section
    name → records, at most MAX_DATA_BYTES and MAX_DATA_DEPTH levels deep. ValueError (a Message)
    otherwise."""
    import json

    if len(text) > MAX_DATA_BYTES:
        raise ValueError(msg("letter.data-too-large", "is larger than {mb} MB", mb=MAX_DATA_BYTES // (1024 * 1024)))
    if json_depth(text) > MAX_DATA_DEPTH:
        raise ValueError(msg("letter.data-too-deep", "nests deeper than {max} levels: not an export of records",
                             max=MAX_DATA_DEPTH))
    try:
        data = json.loads(text)
    except ValueError:
        raise ValueError(msg("letter.data-not-json", "is not a JSON file")) from None
    if not isinstance(data, dict):
        raise ValueError(msg("letter.data-not-object", "must be a JSON object of section name → list of records"))
    return data
