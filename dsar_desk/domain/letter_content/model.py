"""What a letter is made of: the kinds, the request (the case as the clerk filled it in), the
typed blocks and the finished :class:`LetterContent`.

Plain Python: no Qt, no database, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Union

from dsar_desk.domain.messages import Message

LETTER_KINDS = (
    "acknowledgement",
    "identity-request",
    "extension",
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "withdraw-consent",
    "portability",
    "refusal",
    "no-data",
)
LETTER_LANGUAGES = ("en", "nl", "fr")
# Letters that disclose personal data: send them only once the identity is confirmed.
DISCLOSING_KINDS = ("access", "portability")

ERASURE_EXCEPTIONS = (
    "freedom-of-expression",  # Art. 17(3)(a)
    "legal-obligation",  # Art. 17(3)(b)
    "public-health",  # Art. 17(3)(c)
    "archiving-research",  # Art. 17(3)(d)
    "legal-claims",  # Art. 17(3)(e)
)
RESTRICTION_GROUNDS = (
    "accuracy-contested",  # Art. 18(1)(a)
    "unlawful-opposes-erasure",  # Art. 18(1)(b)
    "legal-claims",  # Art. 18(1)(c)
    "objection-pending",  # Art. 18(1)(d)
)
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
    "refusal_reasons", "exception_detail", "compelling_grounds",
})
# ... and those filled in only where the comment above a text says so.
LOCAL_PLACEHOLDERS = frozenset({
    "place", "date", "page", "pages",  # common [letter]
    "recipient_name", "recipient_role", "recipient_country", "recipient_purpose", "safeguards",  # [fields]
    "proof_needed", "retention_days",  # identity-request
    "exception",  # erasure
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
    level: int = 1  # 1: section; 2: a processing activity


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # "body"; "quote": text typed by the clerk (reasons), set off


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


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
    address: list[str]
    contact: list[str]  # e-mail, phone, website: as they are in the profile
    registration: str | None


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
        return "\n".join(out) + "\n"

