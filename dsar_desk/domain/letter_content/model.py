"""What a letter is made of: the kinds, the request (the case as the clerk filled it in), the
typed blocks and the finished :class:`LetterContent`.

Plain Python: no Qt, no database, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Union

from dsar_desk.domain.cases import ERASURE_EXCEPTIONS  # noqa: F401  (Art. 17(3): one list, in domain.cases)
from dsar_desk.domain.messages import Message

LETTER_KINDS = (
    "acknowledgement",
    "identity-request",
    "identity-reminder",
    "identity-closing",
    "clarification",
    "mandate-request",
    "extension",
    "access",
    "partial-access",
    "rectification",
    "rectification-refused",
    "erasure",
    "restriction",
    "objection",
    "withdraw-consent",
    "portability",
    "combined",
    "fee",
    "refusal",
    "no-data",
    "wrong-organisation",
    "forwarded",
    "deceased",
)
# The legal basis of each kind (printed nowhere: the letters cite it themselves; for the clerk and docs).
LEGAL_BASIS = {
    "acknowledgement": "Art. 12(3) GDPR",
    "identity-request": "Art. 12(2) and 12(6) GDPR",
    "identity-reminder": "Art. 12(2) and 12(6) GDPR",
    "identity-closing": "Art. 11(2), 12(2) and 12(4) GDPR",
    "clarification": "Recital 63 GDPR; EDPB Guidelines 01/2022, § 35",
    "mandate-request": "Art. 12(6) GDPR; EDPB Guidelines 01/2022 (requests through a third party)",
    "extension": "Art. 12(3) GDPR",
    "access": "Art. 15 GDPR",
    "partial-access": "Art. 15(4) GDPR",
    "rectification": "Art. 16 and 19 GDPR",
    "rectification-refused": "Art. 16, 12(4) GDPR (supplementary statement)",
    "erasure": "Art. 17 and 19 GDPR",
    "restriction": "Art. 18 and 19 GDPR",
    "objection": "Art. 21 GDPR",
    "withdraw-consent": "Art. 7(3) GDPR",
    "portability": "Art. 20 GDPR",
    "combined": "Art. 12(3) GDPR and the articles of each right answered",
    "fee": "Art. 12(5) and 15(3) GDPR",
    "refusal": "Art. 12(4) and 12(5) GDPR",
    "no-data": "Art. 15(1) GDPR",
    "wrong-organisation": "Art. 12(4) GDPR",
    "forwarded": "Art. 28(3)(e) GDPR",
    "deceased": "Recital 27 GDPR; France: art. 85 Loi Informatique et Libertés",
}
LETTER_LANGUAGES = ("en", "nl", "fr")
# Letters that disclose personal data: send them only once the identity is confirmed (a
# combined answer too, when it has an access or portability section: see discloses()).
DISCLOSING_KINDS = ("access", "partial-access", "portability")
# The sections of a combined answer, in the order the law gives the rights (Art. 15 to 21, then
# the withdrawal of consent, then portability, whose files come last).
COMBINED_ORDER = ("access", "rectification", "erasure", "restriction", "objection", "withdraw-consent", "portability")
# The kinds that read the register's activities as an access answer does.
ACCESS_KINDS = ("access", "partial-access")

RESTRICTION_GROUNDS = (
    "accuracy-contested",  # Art. 18(1)(a)
    "unlawful-opposes-erasure",  # Art. 18(1)(b)
    "legal-claims",  # Art. 18(1)(c)
    "objection-pending",  # Art. 18(1)(d)
)
FEE_REASONS = ("further-copy", "excessive")  # Art. 15(3); Art. 12(5)(a)
# The answer letter for each right, in the order a case with several rights is answered
# (access first: its answer carries the most information).
ANSWER_FOR_RIGHT = {
    "access": "access",
    "portability": "portability",
    "erasure": "erasure",
    "rectification": "rectification",
    "restriction": "restriction",
    "objection": "objection",
    "withdraw-consent": "withdraw-consent",
}


# The {placeholders} every letter text may use (see resources/letters/README.md) ...
PLACEHOLDERS = frozenset({
    "requester_name", "reference", "requester_reference", "organisation", "organisation_email",
    "organisation_address", "received_date", "due_date", "letter_date", "authority_name",
    "authority_address", "authority_website", "dpo", "new_due_date", "extension_reasons",
    "refusal_reasons", "exception_detail", "compelling_grounds", "representative_name", "case_years", "deceased_name",
})
# ... and those filled in only where the comment above a text says so.
LOCAL_PLACEHOLDERS = frozenset({
    "place", "date", "page", "pages",  # common [letter]
    "recipient_name", "recipient_role", "recipient_country", "recipient_purpose", "safeguards",  # [fields]
    "description", "logic", "consequences", "basis", "activity",  # [fields]
    "proof_needed", "retention_days", "number", "asked_date", "reply_by",  # identity letters
    "exception", "where",  # erasure
    "articles", "fee", "controller", "intended_for",  # combined, fee, forwarded, wrong organisation
})


class LetterError(ValueError):
    """A letter that cannot be made as asked; ``message`` is the coded message for the clerk."""

    def __init__(self, message: Message | str):
        super().__init__(message)
        self.message = message

# ------------------------------------------------------------------------------ inputs


@dataclass
class LetterRequest:
    """Everything about the case a letter needs, as the clerk filled it in."""

    kind: str
    language: str
    reference: str  # e.g. "ECO-2026-0042"
    requester_name: str
    requester_address: list[str]  # postal lines; empty when answered by e-mail
    requester_country: str | None  # ISO alpha-2
    rights: list[str]
    received: date
    due: date
    letter_date: date
    clerk_name: str
    clerk_role: str = ""
    requester_reference: str | None = None
    place: str | None = None  # default: the city of the organisation's last address line
    extended_due: date | None = None
    extension_reasons: str = ""
    refusal_reasons: str = ""
    manifestly_unfounded_or_excessive: bool = False
    identity_proof_needed: str = ""
    identity_known_data: list[str] = field(default_factory=list)
    id_copy_retention_days: int | None = None  # None: the profile's policy
    pause_restarts_clock: bool = True
    not_concerned: set[str] = field(default_factory=set)
    annexes: list[str] = field(default_factory=list)
    recipients_informed: list[str] = field(default_factory=list)
    erasure_exception: str | None = None
    erasure_exception_detail: str = ""
    restriction_ground: str | None = None
    objection_direct_marketing: bool = True
    objection_compelling_grounds: str = ""
    rectified_fields: list[str] = field(default_factory=list)
    portability_files: list[str] = field(default_factory=list)
    # Issue 15 -----------------------------------------------------------------------------------
    channel: str = ""  # how the request came ("email": the copy is given electronically, Art. 15(3))
    # The checklist's search items (Art. 15 tailored, EDPB 01/2022): the activities where data were
    # found; None = no checklist was consulted (every activity not marked not_concerned is listed).
    found: set[str] | None = None
    search_open: set[str] = field(default_factory=set)  # activities whose search is still open
    search_missing: set[str] = field(default_factory=set)  # activities the checklist has no search for
    identity_doubt: str = ""  # why there is a reasonable doubt about the identity (Art. 12(6))
    identity_asked_on: date | None = None  # when the proof of identity was asked (reminder, closing)
    reply_by: date | None = None  # reminder: the day after which the request is closed (default +30 days)
    clarification_questions: str = ""  # what the clerk asks the requester to specify
    representative_name: str = ""  # the letter goes to the person who made the request for the requester
    representative_address: list[str] = field(default_factory=list)
    representative_country: str | None = None  # ISO alpha-2; the window shows it when not the organisation's
    withheld_reasons: str = ""  # partial access: why others' data are withheld (Art. 15(4))
    controller: str = ""  # forwarded: a [[controller]] id of the profile, or the controller's name
    intended_for: str = ""  # wrong organisation: the organisation the request seems meant for
    fee_cents: int | None = None  # fee letter: the amount asked
    fee_reason: str = "further-copy"  # one of FEE_REASONS
    fee_payment: str = ""  # how to pay, as the clerk types it (optional)
    deceased_name: str = ""
    rectification_refused_reasons: str = ""
    supplementary_statement: bool = False  # the requester's statement was added to the data (Art. 16)
    consents_withdrawn: list[str] = field(default_factory=list)  # activity ids; default: every consent one
    objection_activities: list[str] = field(default_factory=list)  # activity ids; default: every 6(1)(e)/(f)
    sections: list[str] = field(default_factory=list)  # combined: the answers (default: from the rights)
    # What the checklist says of the actions, so that the checklist and the letters read the same facts
    # (see gaps.action_outcome). None: no checklist was consulted (the letter takes what the clerk gives).
    informed_by_checklist: dict[str, list[str]] | None = None  # right -> recipient ids whose "inform" is done
    checklist_acts: dict[str, list[int]] = field(default_factory=dict)  # right -> open "act" items (positions)
    inform_open: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # right -> (position, recipient id)
    kept_by_checklist: dict[str, list[str]] = field(default_factory=dict)  # right -> Art. 17(3) exceptions recorded


@dataclass
class LetterLayout:
    """Where the address goes on the page; read by the ``letters`` floor.

    ``window`` is "din5008" (DIN 5008 form B, left window), "fr-right" (French right-hand
    window of DL/C5 envelopes) or "custom" with ``window_mm`` = (x, y from the top-left corner,
    width, height) of the envelope window in millimetres.
    """

    window: str = "din5008"
    window_mm: tuple[float, float, float, float] | None = None
    fold_marks: bool = True


# ------------------------------------------------------------------------------ output


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: a part of a combined answer; 1: section; 2: a processing activity


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # "body"; "quote": text typed by the clerk (reasons), set off


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    literal: bool = False  # file names and the like: printed exactly, no typography


@dataclass(frozen=True)
class KeyValueTable:
    """Label / value rows; a value may have several lines (one per recipient, say)."""

    rows: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class AddressBlock:
    """A postal address set off from the text (the supervisory authority)."""

    lines: tuple[str, ...]


Block = Union[Heading, Paragraph, BulletList, KeyValueTable, AddressBlock]


@dataclass
class Sender:
    name: str
    address: list[str]  # empty when the profile gives no postal address
    contact: list[str]  # e-mail, phone, website: as they are in the profile
    registration: str | None  # with the name of its register: "KBO 0749.612.337"


@dataclass
class Signature:
    name: str
    role: str
    organisation: str


@dataclass
class LetterContent:
    """A letter, structured, ready to be laid out or previewed."""

    kind: str
    title: str
    subject: str
    language: str
    sender: Sender
    recipient_lines: list[str]  # name first; the window envelope shows these
    return_line: str  # the sender on one line, above the address ("" when no postal address)
    place_date: str
    references: list[tuple[str, str]]  # (label, value)
    salutation: str
    blocks: list[Block]
    closing: str
    signature: Signature
    fell_back: list[Message] = field(default_factory=list)  # register fields in another language
    missing: list[Message] = field(default_factory=list)  # gaps the clerk should look at
    metadata: dict[str, str] = field(default_factory=dict)  # PDF title, author, subject, language
    labels: dict[str, str] = field(default_factory=dict)  # "page": "Page {page} / {pages}", "continuation"
    attachments: list[str] = field(default_factory=list)  # files sent with the letter
    enclosures_label: str = ""  # "Enclosures": the heading of the list printed after the signature
    postable: bool = True  # False: the sender or the addressee has no postal address

    def plain_text(self) -> str:
        """The letter as plain text, top to bottom (preview, tests, e-mail body)."""
        out: list[str] = [self.sender.name, *self.sender.address, ""]
        out += [*self.recipient_lines, ""]
        out += [f"{label}: {value}" for label, value in self.references]
        out += [self.place_date, "", self.subject, "", self.salutation, ""]
        for block in self.blocks:
            if isinstance(block, Heading):
                out += [block.text, ""]
            elif isinstance(block, Paragraph):
                out += [block.text, ""]
            elif isinstance(block, BulletList):
                out += [f"• {item}" for item in block.items] + [""]
            elif isinstance(block, KeyValueTable):
                for label, values in block.rows:
                    out.append(f"{label}: {values[0] if values else ''}")
                    out += [f"    {v}" for v in values[1:]]
                out.append("")
            elif isinstance(block, AddressBlock):
                out += [f"    {line}" for line in block.lines] + [""]
        out += [self.closing, "", self.signature.name]
        out += [line for line in (self.signature.role, self.signature.organisation) if line]
        if self.attachments:
            out += ["", self.enclosures_label or "Enclosures", *(f"• {name}" for name in self.attachments)]
        return "\n".join(out) + "\n"

