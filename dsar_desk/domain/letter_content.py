"""What goes into a letter to a requester: the legal rules, in plain Python.

:func:`build_letter` turns a :class:`LetterRequest` (the case, as the clerk filled it in) and the
organisation's :class:`~dsar_desk.domain.profile.Profile` into a :class:`LetterContent`: the
letterhead, the address for the window envelope, the references, the subject and a list of
typed blocks (headings, paragraphs, bullet lists, key-value tables, address blocks). The
``letters`` floor lays that out on A4 with reportlab; the preview can show it as it is.

The wording lives in ``resources/letters/<lang>/<kind>.toml`` and ``common.toml``, with named
``{placeholders}``, so that a lawyer can read and correct it without reading Python. Which
paragraphs go into which letter, and in which order, is decided here.

No Qt, no database, no reportlab here: this module imports only the standard library, babel
and the other modules of ``dsar_desk.domain``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import string
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from babel import Locale
from babel.dates import format_date as _babel_format_date

from dsar_desk.domain.countries import has_adequacy, is_eea

if TYPE_CHECKING:  # pragma: no cover
    from dsar_desk.domain.profile import Profile

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
_ANSWER_FOR_RIGHT = {
    "access": "access",
    "portability": "portability",
    "erasure": "erasure",
    "rectification": "rectification",
    "restriction": "restriction",
    "objection": "objection",
    "withdraw-consent": "withdraw-consent",
}
_BABEL_LOCALES = {"en": "en_GB", "nl": "nl", "fr": "fr", "de": "de"}


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
    """A letter that cannot be made as asked, with a plain message for the clerk."""


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
    fell_back: list[str] = field(default_factory=list)  # register fields in another language
    missing: list[str] = field(default_factory=list)  # gaps the clerk should look at
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


# ------------------------------------------------------------------------- the texts


def letters_dir() -> Path:
    """``resources/letters``: in the source tree, an installed wheel or a PyInstaller bundle.

    The same search as ``dsar_desk.resources`` (the domain floor imports nothing above it).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "letters"
    package = Path(__file__).resolve().parent.parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed / "letters"
    return package.parent / "resources" / "letters"


@lru_cache(maxsize=16)
def load_texts(language: str, folder: str | None = None) -> dict[str, dict[str, Any]]:
    """All texts of one language: {"common": {...}, "access": {...}, ...}."""
    base = Path(folder) if folder else letters_dir()
    texts: dict[str, dict[str, Any]] = {}
    for name in ("common", *LETTER_KINDS):
        path = base / language / f"{name}.toml"
        try:
            with path.open("rb") as fh:
                texts[name] = tomllib.load(fh)
        except FileNotFoundError:
            raise LetterError(f"The letter texts for “{language}” lack the file {name}.toml.") from None
        except tomllib.TOMLDecodeError as exc:
            raise LetterError(f"The letter text file {language}/{name}.toml cannot be read: {exc}.") from None
    return texts


_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    """The {names} a text uses."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def _fill(template: str, values: dict[str, str], where: str) -> str:
    try:
        return template.format_map(values)
    except KeyError as exc:
        raise LetterError(
            f"The letter text {where} uses the placeholder {{{exc.args[0]}}}, which DSAR Desk does not fill in."
        ) from None
    except (ValueError, IndexError) as exc:
        raise LetterError(f"The letter text {where} has a misplaced brace: {exc}.") from None


_FR_THIN = re.compile(r"[ \u00a0]([;!?»])")
_FR_COLON = re.compile(r" :")
_FR_GUILLEMET = re.compile(r"« ")


def french_typography(text: str) -> str:
    """No line break before « : ; ! ? » or after «, as French typesetting wants; ’ for '."""
    text = text.replace("'", "\u2019")
    text = _FR_COLON.sub("\u00a0:", text)
    text = _FR_THIN.sub("\u202f\\1", text)
    return _FR_GUILLEMET.sub("«\u00a0", text)


# ------------------------------------------------------------------- small formatters


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(_BABEL_LOCALES.get(language, language))


def format_letter_date(day: date, language: str) -> str:
    """"22 November 2026", "22 november 2026", "22 novembre 2026" (and "1er novembre")."""
    text = _babel_format_date(day, "long", locale=_locale(language))
    if language == "fr" and day.day == 1:
        text = re.sub(r"^1(?=\s)", "1er", text)
    return text


def country_name(code: str, language: str) -> str:
    return _locale(language).territories.get(code.upper(), code.upper())


_DUTCH_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}\s+")
_LEADING_CODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d\s-]*\s+")
_CEDEX = re.compile(r"\s+cedex(\s+\d+)?$", re.IGNORECASE)


def city_of(address_line: str) -> str | None:
    """The city of an address line that starts with a postcode: "1170 Brussel" → "Brussel",
    "2509 AJ Den Haag" → "Den Haag", "75334 Paris Cedex 07" → "Paris", "L-4370 Belvaux" →
    "Belvaux". None when the line has no leading postcode (then the letter shows the date only).
    """
    line = address_line.strip().rstrip(",")
    stripped = _DUTCH_POSTCODE.sub("", line)
    if stripped == line:
        stripped = _LEADING_CODE.sub("", line)
    if stripped == line:
        return None
    city = _CEDEX.sub("", stripped).strip()
    if not city or any(ch.isdigit() for ch in city):
        return None
    return city


def portability_file_names(reference: str) -> list[str]:
    """Default names of the machine-readable annex: ``<reference>-data.json`` and ``.csv``."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-") or "data"
    return [f"{safe}-data.json", f"{safe}-data.csv"]


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def portability_annex(data: dict[str, Any]) -> tuple[bytes, bytes]:
    """The machine-readable annex of a portability answer: (JSON bytes, CSV bytes).

    ``data`` maps a section name to a list of records, each record a flat dict of
    field → value::

        {"records": [{"name": "Zoë Ørsted", "email": "zoe@example.eu"}, ...]}
        {"customer-account": [...], "orders": [...]}          # several sections

    JSON: the same structure, UTF-8, indented, dates as ISO 8601. CSV: UTF-8 (no byte order
    mark), comma-separated, one header row (the union of the fields, in order of first
    appearance); with more than one section, a first column ``section`` says where each row
    comes from. Nested values (lists, dicts) are written into a CSV cell as JSON.
    """
    if not isinstance(data, dict):
        raise LetterError("The portability data must be a mapping of section name to a list of records.")
    sections: list[tuple[str, list[dict[str, Any]]]] = []
    for name, records in data.items():
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise LetterError(f"The portability section “{name}” must be a list of records (field → value).")
        sections.append((str(name), records))
    json_bytes = (
        json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable) + "\n"
    ).encode("utf-8")

    fields: dict[str, None] = {}
    for _, records in sections:
        for record in records:
            for key in record:
                fields.setdefault(str(key), None)
    several = len(sections) > 1
    header = (["section"] if several else []) + list(fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for name, records in sections:
        for record in records:
            row = [name] if several else []
            as_str = {str(k): v for k, v in record.items()}
            for key in fields:
                value = as_str.get(key)
                if value is None:
                    row.append("")
                elif isinstance(value, (dict, list, tuple, set)):
                    row.append(json.dumps(value, ensure_ascii=False, default=_jsonable))
                elif isinstance(value, (date, datetime)):
                    row.append(value.isoformat())
                else:
                    row.append(str(value))
            writer.writerow(row)
    return json_bytes, buffer.getvalue().encode("utf-8")


# ------------------------------------------------------------------------- suggestion


def suggest_kind(status: str, rights: list[str]) -> str:
    """The letter a case most likely needs next, from its status and the rights asked for.

    received → acknowledgement; awaiting-identity → identity-request; refused → refusal;
    in-progress, answered, closed → the answer to the first right asked for (access first);
    anything else (a withdrawn request, a request for "other") → acknowledgement.
    """
    if status == "received":
        return "acknowledgement"
    if status == "awaiting-identity":
        return "identity-request"
    if status == "refused":
        return "refusal"
    if status in ("in-progress", "answered", "closed"):
        for right in _ANSWER_FOR_RIGHT:
            if right in rights:
                return _ANSWER_FOR_RIGHT[right]
    return "acknowledgement"


# ------------------------------------------------------------------------- the builder


class _Builder:
    def __init__(
        self, req: LetterRequest, profile: Profile, texts: dict[str, dict[str, Any]], folder: str | None
    ):
        self.req = req
        self.texts_folder = folder
        self.profile = profile
        self.lang = req.language
        self.texts = texts
        self.blocks: list[Block] = []
        self.fell_back: list[str] = []
        self.missing: list[str] = []
        self.attachments: list[str] = []
        self.values = self._base_values()
        self._authority_done = False

    # -- texts from the resources

    def t(self, section: str, key: str, **extra: str) -> str:
        """A text of the letter's language, placeholders filled in."""
        kind_or_common, _, table = section.partition(".")
        data = self.texts[kind_or_common]
        if table:
            data = data.get(table, {})
        try:
            template = data[key]
        except KeyError:
            raise LetterError(
                f"The letter texts for “{self.lang}” lack “{key}” in {kind_or_common}.toml"
                + (f" [{table}]" if table else "")
                + "."
            ) from None
        values = self.values if not extra else {**self.values, **extra}
        return _fill(template, values, f"{self.lang}/{kind_or_common}.toml “{key}”")

    def para(self, section: str, key: str, **extra: str) -> None:
        self.blocks.append(Paragraph(self.t(section, key, **extra)))

    def quote(self, text: str) -> None:
        """Text typed by the clerk: one paragraph per blank-line-separated part."""
        for part in re.split(r"\n\s*\n", text.strip()):
            part = " ".join(part.split())
            if part:
                self.blocks.append(Paragraph(part, "quote"))

    # -- texts from the profile, with the fallback recorded

    def ptext(self, value: Any, path: str) -> str:
        if value is None or value == "":
            return ""
        loc = self.profile.text(value, self.lang)
        if getattr(loc, "fell_back", False):
            self.fell_back.append(f"{path} ({loc.language})")
        return loc.text or ""

    def ptext_list(self, value: Any, path: str) -> list[str]:
        if not value:
            return []
        loc = self.profile.text_list(value, self.lang)
        if getattr(loc, "fell_back", False):
            self.fell_back.append(f"{path} ({loc.language})")
        return [item for item in (loc.items or []) if item]

    # -- values every text may use

    def _base_values(self) -> dict[str, str]:
        req, profile = self.req, self.profile
        return {
            "requester_name": req.requester_name,
            "reference": req.reference,
            "requester_reference": req.requester_reference or "",
            "organisation": profile.name,
            "organisation_email": profile.email or "",
            "organisation_address": ", ".join(profile.address),
            "received_date": format_letter_date(req.received, self.lang),
            "due_date": format_letter_date(req.due, self.lang),
            "letter_date": format_letter_date(req.letter_date, self.lang),
            "authority_name": "",
            "authority_address": "",
            "authority_website": "",
            "dpo": "",
            "new_due_date": format_letter_date(req.extended_due, self.lang) if req.extended_due else "",
            "extension_reasons": " ".join(req.extension_reasons.split()),
            "refusal_reasons": " ".join(req.refusal_reasons.split()),
            "exception_detail": " ".join(req.erasure_exception_detail.split()),
            "compelling_grounds": " ".join(req.objection_compelling_grounds.split()),
        }

    def _authority(self) -> Any:
        if not self._authority_done:
            self._authority_done = True
            self._authority_value = self.profile.authority(self.lang)
            auth = self._authority_value
            if auth is None:
                self.missing.append(f"no supervisory authority for {self.profile.country}")
            else:
                if getattr(auth, "fell_back", False):
                    self.fell_back.append(f"supervisory authority ({self.profile.default_language})")
                self.values["authority_name"] = auth.name or ""
                self.values["authority_address"] = ", ".join(auth.address or [])
                self.values["authority_website"] = auth.website or ""
        return self._authority_value

    # -- the register

    def concerned(self) -> list[dict[str, Any]]:
        return [p for p in self.profile.processing if p.get("id") not in self.req.not_concerned]

    def recipients_of(self, activity: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        out = []
        for rid in activity.get("recipients") or []:
            rec = self.profile.recipients.get(rid)
            if rec is not None:
                out.append((rid, rec))
            else:
                self.missing.append(f"processing '{activity.get('id')}' names an unknown recipient '{rid}'")
        return out

    def recipient_name(self, rid: str) -> str:
        rec = self.profile.recipients.get(rid)
        return rec.get("name", rid) if rec else rid

    # -- shared paragraphs

    def complaint(self, court: bool) -> None:
        auth = self._authority()
        if auth is None:
            self.para("common.rights", "complaint_unknown")
        else:
            self.para("common.rights", "complaint")
            lines = [auth.name, *(auth.address or [])]
            if auth.website:
                lines.append(auth.website)
            self.blocks.append(AddressBlock(tuple(line for line in lines if line)))
        if court:
            self.para("common.rights", "court")

    def informed(self, kind: str) -> None:
        """Art. 19: the recipients told of a rectification, erasure or restriction."""
        names = [self.recipient_name(rid) for rid in self.req.recipients_informed]
        if names:
            self.para(kind, "informed")
            self.blocks.append(BulletList(tuple(names)))
            return
        with_recipients = [p.get("id") for p in self.concerned() if p.get("recipients")]
        if with_recipients:
            self.missing.append(
                "no recipient marked as informed (Art. 19), though the register lists recipients for: "
                + ", ".join(f"'{pid}'" for pid in with_recipients)
            )

    # -- the kinds

    def acknowledgement(self) -> None:
        for key in ("received", "next_steps", "due", "free"):
            self.para("acknowledgement", key)

    def identity_request(self) -> None:
        req, kind = self.req, "identity-request"
        proof = " ".join(req.identity_proof_needed.split()).rstrip(". ")
        if not proof:
            policy = getattr(self.profile, "identity", None) or "id-copy"
            defaults = self.texts[kind].get("default_proof", {})
            if policy not in defaults:
                raise LetterError(
                    "Say what proof of identity the requester must send: the profile asks for no identity check."
                )
            proof = self.t(f"{kind}.default_proof", policy)
        self.para(kind, "intro")
        known = [item.strip() for item in req.identity_known_data if item.strip()]
        if known:
            self.para(kind, "known_data")
            self.blocks.append(BulletList(tuple(known)))
        self.para(kind, "proof", proof_needed=proof)
        self.para(kind, "proportionate")
        self.para(kind, "black_out")
        days = req.id_copy_retention_days
        if days is None:
            days = getattr(self.profile, "id_copy_retention_days", 0) or 0
        protection = self.t(kind, "protection")
        if days <= 0:
            deletion = self.t(kind, "deleted_at_once")
        else:
            deletion = self.t(kind, "deleted_after", retention_days=str(days))
        self.blocks.append(Paragraph(f"{protection} {deletion}"))
        if req.pause_restarts_clock:
            self.para(kind, "clock")
        self.para(kind, "reply_email" if self.profile.email else "reply_post")
        self.para(kind, "without")

    def extension(self) -> None:
        req = self.req
        if req.extended_due is None:
            raise LetterError("An extension letter needs the new due date.")
        if not req.extension_reasons.strip():
            raise LetterError("An extension letter needs the reasons for the extension (Art. 12(3) GDPR).")
        if req.extended_due <= req.due:
            raise LetterError("The new due date of an extension must come after the current due date.")
        new_due = format_letter_date(req.extended_due, self.lang)
        self.para("extension", "intro")
        self.para("extension", "extension", new_due_date=new_due)
        self.para("extension", "reasons")
        self.quote(req.extension_reasons)
        self.para("extension", "sooner")

    def access(self) -> None:
        activities = self.concerned()
        if not activities:
            raise LetterError(
                "Every processing activity is marked as not concerning the requester: "
                "send the no-data letter instead of an access answer."
            )
        self.para("access", "intro")
        self.para("access", "confirm")
        self.blocks.append(Heading(self.t("common.fields", "activities_heading"), 1))
        outside_eea = False
        for activity in activities:
            pid = activity.get("id", "?")
            name = self.ptext(activity.get("name"), f"processing '{pid}' name") or pid
            rows: list[tuple[str, tuple[str, ...]]] = []
            purposes = self.ptext_list(activity.get("purposes"), f"processing '{pid}' purposes")
            rows.append((self.t("common.fields", "purposes"), tuple(purposes)))
            basis = activity.get("legal_basis")
            if basis:
                basis_texts = self.texts["common"].get("legal_basis", {})
                basis_text = self.t("common.legal_basis", basis) if basis in basis_texts else str(basis)
                rows.append((self.t("common.fields", "legal_basis"), (basis_text,)))
            data = self.ptext_list(activity.get("data"), f"processing '{pid}' data")
            rows.append((self.t("common.fields", "data"), tuple(data)))
            recipients = []
            for rid, rec in self.recipients_of(activity):
                line, abroad = self._recipient_line(rid, rec)
                outside_eea = outside_eea or abroad
                recipients.append(line)
            if not recipients:
                recipients = [self.t("common.fields", "no_recipients")]
            rows.append((self.t("common.fields", "recipients"), tuple(recipients)))
            retention = self.ptext(activity.get("retention"), f"processing '{pid}' retention")
            if not retention:
                self.missing.append(f"processing '{pid}' has no retention period")
            rows.append((self.t("common.fields", "retention"), (retention,) if retention else ()))
            source = self.ptext(activity.get("source"), f"processing '{pid}' source")
            if source and not self._is_self(source):
                rows.append((self.t("common.fields", "source"), (source,)))
            automated = self.ptext(activity.get("automated_decisions"), f"processing '{pid}' automated decisions")
            rows.append(
                (self.t("common.fields", "automated"), (automated or self.t("common.fields", "no_automated"),))
            )
            self.blocks.append(Heading(name, 2))
            self.blocks.append(KeyValueTable(tuple(rows)))
        if outside_eea:
            self.para("access", "transfers")
        self.blocks.append(Heading(self.t("common.rights", "heading"), 1))
        self.para("common.rights", "intro")
        self.blocks.append(
            BulletList(tuple(self.t("common.rights", k) for k in ("rectification", "erasure", "restriction", "objection")))
        )
        self.para("common.rights", "free")
        self.complaint(court=False)
        self.blocks.append(Heading(self.t("access", "copy_heading"), 1))
        annexes = [a for a in self.req.annexes if a.strip()]
        if annexes:
            self.para("access", "copy")
            self.blocks.append(BulletList(tuple(annexes)))
            self.attachments += annexes
        else:
            self.para("access", "copy_unlisted")
            self.missing.append("no file listed as the copy of the data (Art. 15(3))")
        self.para("access", "copy_free")

    def _recipient_line(self, rid: str, rec: dict[str, Any]) -> tuple[str, bool]:
        country = str(rec.get("country") or "").upper()
        role_key = rec.get("role") or ""
        roles = self.texts["common"].get("roles", {})
        role = self.t("common.roles", role_key) if role_key in roles else role_key
        line = self.t(
            "common.fields",
            "recipient",
            recipient_name=rec.get("name") or rid,
            recipient_role=role,
            recipient_country=country_name(country, self.lang) if country else "",
        )
        sep = self.t("common.fields", "separator")
        purpose = self.ptext(rec.get("purpose"), f"recipient '{rid}' purpose")
        if purpose:
            line += sep + self.t("common.fields", "recipient_purpose", recipient_purpose=purpose)
        abroad = bool(country) and not is_eea(country)
        if abroad:
            safeguards = self.ptext(rec.get("safeguards"), f"recipient '{rid}' safeguards")
            if has_adequacy(country):
                line += sep + self.t("common.fields", "transfer_adequacy")
            elif safeguards:
                line += sep + self.t("common.fields", "transfer_safeguards", safeguards=safeguards)
            else:
                line += sep + self.t("common.fields", "transfer_unknown")
                self.missing.append(
                    f"recipient '{rid}' ({country}) is outside the EEA, has no adequacy decision and no safeguards in the profile"
                )
        return line, abroad

    def _is_self(self, source: str) -> bool:
        """Does the register's "source" only say the data come from the requester?

        True for a phrase of ``[source] self`` in common.toml, alone or followed by a comma and
        the circumstances ("De betrokkene zelf, bij het plaatsen van een bestelling").
        """
        text = _normalise(source)
        phrases = _self_phrases(self.texts_folder)
        return text in phrases or text.split(",", 1)[0].strip() in phrases

    def rectification(self) -> None:
        self.para("rectification", "intro")
        self.para("rectification", "done")
        fields_ = [f.strip() for f in self.req.rectified_fields if f.strip()]
        if fields_:
            self.para("rectification", "fields")
            self.blocks.append(BulletList(tuple(fields_)))
        self.informed("rectification")

    def erasure(self) -> None:
        req = self.req
        self.para("erasure", "intro")
        if req.erasure_exception:
            if req.erasure_exception not in ERASURE_EXCEPTIONS:
                raise LetterError(
                    f"“{req.erasure_exception}” is not an exception of Art. 17(3) GDPR "
                    f"(known: {', '.join(ERASURE_EXCEPTIONS)})."
                )
            self.para("erasure", "partial")
            self.para("erasure", "exception", exception=self.t("erasure.exceptions", req.erasure_exception))
            if req.erasure_exception_detail.strip():
                self.quote(req.erasure_exception_detail)
            else:
                self.missing.append("partial erasure: say which data are kept and why")
            self.para("erasure", "kept")
            self.informed("erasure")
            self.complaint(court=True)
        else:
            self.para("erasure", "done")
            self.informed("erasure")

    def restriction(self) -> None:
        ground = self.req.restriction_ground
        if not ground:
            raise LetterError("Choose the ground of the restriction (Art. 18(1)(a)–(d) GDPR).")
        if ground not in RESTRICTION_GROUNDS:
            raise LetterError(
                f"“{ground}” is not a ground of Art. 18(1) GDPR (known: {', '.join(RESTRICTION_GROUNDS)})."
            )
        self.para("restriction", "intro")
        self.para("restriction", "done")
        self.blocks.append(Paragraph(f"{self.t('restriction', 'ground')} {self.t('restriction.grounds', ground)}"))
        self.para("restriction", "lifting")
        self.informed("restriction")

    def objection(self) -> None:
        req = self.req
        self.para("objection", "intro")
        if req.objection_direct_marketing:
            self.para("objection", "direct_marketing")
        elif req.objection_compelling_grounds.strip():
            self.para("objection", "continued")
            self.quote(req.objection_compelling_grounds)
            self.complaint(court=True)
        else:
            self.para("objection", "stopped")

    def withdraw_consent(self) -> None:
        self.para("withdraw-consent", "intro")
        self.para("withdraw-consent", "done")
        names = [
            self.ptext(p.get("name"), f"processing '{p.get('id')}' name") or str(p.get("id"))
            for p in self.concerned()
            if p.get("legal_basis") == "consent"
        ]
        if names:
            self.para("withdraw-consent", "activities")
            self.blocks.append(BulletList(tuple(names)))
        else:
            self.missing.append("no processing activity of the register is based on consent")
        self.para("withdraw-consent", "before")
        self.para("withdraw-consent", "erasure")

    def portability(self) -> None:
        activities = [p for p in self.concerned() if p.get("legal_basis") in ("consent", "contract")]
        if not activities:
            raise LetterError(
                "No processing activity concerning the requester is based on consent or a contract: "
                "the right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this reason."
            )
        files = [f.strip() for f in self.req.portability_files if f.strip()] or portability_file_names(
            self.req.reference
        )
        self.para("portability", "intro")
        self.para("portability", "files")
        self.blocks.append(BulletList(tuple(files)))
        self.attachments += files
        self.para("portability", "formats")
        self.para("portability", "scope")
        self.blocks.append(
            BulletList(
                tuple(self.ptext(p.get("name"), f"processing '{p.get('id')}' name") or str(p.get("id")) for p in activities)
            )
        )
        self.para("portability", "transmit")

    def refusal(self) -> None:
        req = self.req
        if not req.refusal_reasons.strip():
            raise LetterError("A refusal needs its reasons: the requester must be told why (Art. 12(4) GDPR).")
        self.para("refusal", "intro")
        self.para("refusal", "unfounded" if req.manifestly_unfounded_or_excessive else "refused")
        self.quote(req.refusal_reasons)
        self.para("refusal", "remedies")
        self.complaint(court=True)

    def no_data(self) -> None:
        self.para("no-data", "intro")
        known = [item.strip() for item in self.req.identity_known_data if item.strip()]
        if known:
            self.para("no-data", "searched_for")
            self.blocks.append(BulletList(tuple(known)))
        else:
            self.para("no-data", "searched")
        self.para("no-data", "result")
        self.para("no-data", "more")
        self.complaint(court=False)


def _normalise(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").strip().rstrip(".").split())


@lru_cache(maxsize=4)
def _self_phrases(folder: str | None) -> frozenset[str]:
    phrases: set[str] = set()
    for lang in LETTER_LANGUAGES:
        try:
            texts = load_texts(lang, folder)
        except LetterError:
            continue
        phrases.update(_normalise(p) for p in texts["common"].get("source", {}).get("self", []))
    return frozenset(phrases)


_KIND_METHODS = {
    "acknowledgement": _Builder.acknowledgement,
    "identity-request": _Builder.identity_request,
    "extension": _Builder.extension,
    "access": _Builder.access,
    "rectification": _Builder.rectification,
    "erasure": _Builder.erasure,
    "restriction": _Builder.restriction,
    "objection": _Builder.objection,
    "withdraw-consent": _Builder.withdraw_consent,
    "portability": _Builder.portability,
    "refusal": _Builder.refusal,
    "no-data": _Builder.no_data,
}


def _french(content: LetterContent) -> None:
    ft = french_typography

    def fix_block(block: Block) -> Block:
        if isinstance(block, Heading):
            return Heading(ft(block.text), block.level)
        if isinstance(block, Paragraph):
            return Paragraph(ft(block.text), block.style)
        if isinstance(block, BulletList):
            return BulletList(tuple(ft(i) for i in block.items))
        if isinstance(block, KeyValueTable):
            return KeyValueTable(tuple((ft(k), tuple(ft(v) for v in vs)) for k, vs in block.rows))
        return block

    content.blocks = [fix_block(b) for b in content.blocks]
    content.subject = ft(content.subject)
    content.closing = ft(content.closing)


def build_letter(req: LetterRequest, profile: Profile, texts_folder: str | Path | None = None) -> LetterContent:
    """Assemble the letter ``req.kind`` in ``req.language`` from the case and the profile.

    Raises :class:`LetterError` for a letter that cannot be made: unknown kind or language, a
    refusal without reasons, an extension without reasons or new date, an access answer when
    every processing activity is marked as not concerning the requester (send no-data), ...
    Gaps that do not stop the letter are listed in ``missing``; register texts taken from the
    organisation's default language are listed in ``fell_back`` as
    "processing 'customer-account' purposes (nl)" (in brackets: the language used).
    """
    if req.kind not in LETTER_KINDS:
        raise LetterError(f"There is no letter of the kind “{req.kind}” (known: {', '.join(LETTER_KINDS)}).")
    if req.language not in LETTER_LANGUAGES:
        raise LetterError(
            f"Letters are not available in “{req.language}” (available: {', '.join(LETTER_LANGUAGES)})."
        )
    if not req.requester_name.strip():
        raise LetterError("The letter needs the requester's name.")
    if not req.reference.strip():
        raise LetterError("The letter needs the case reference.")
    folder = str(texts_folder) if texts_folder else None
    texts = load_texts(req.language, folder)
    b = _Builder(req, profile, texts, folder)
    lang = req.language

    dpo = b.ptext((profile.data.get("organisation") or {}).get("dpo"), "organisation dpo")  # (text)
    b.values["dpo"] = dpo
    _KIND_METHODS[req.kind](b)
    if req.kind != "identity-request":  # that letter already says where to write
        b.para("common.letter", "questions_email" if profile.email else "questions_post")
    if dpo:
        b.para("common.letter", "dpo")

    # Letterhead, window, references.
    contact = [c for c in (profile.email, profile.phone, profile.website) if c]
    sender = Sender(profile.name, list(profile.address), contact, profile.registration or None)
    abroad = bool(req.requester_country) and req.requester_country.upper() != (profile.country or "").upper()
    address = [line.strip() for line in req.requester_address if line and line.strip()]
    recipient_lines = [req.requester_name.strip(), *address]
    if not address:
        b.missing.append("no postal address of the requester: this letter can go by e-mail, not by post")
    if address and abroad:
        recipient_lines.append(country_name(req.requester_country, lang).upper())
    return_line = ""
    if address:
        parts = [profile.name, *profile.address]
        if abroad and profile.country:
            parts.append(country_name(profile.country, lang).upper())
        return_line = " · ".join(parts)
    place = req.place or (city_of(profile.address[-1]) if profile.address else None)
    day = format_letter_date(req.letter_date, lang)
    place_date = b.t("common.letter", "place_date", place=place, date=day) if place else b.t(
        "common.letter", "date_only", date=day
    )
    references = [(b.t("common.letter", "our_reference"), req.reference)]
    if req.requester_reference:
        references.append((b.t("common.letter", "your_reference"), req.requester_reference))

    title = b.t(req.kind, "title")
    content = LetterContent(
        kind=req.kind,
        title=title,
        subject=b.t(req.kind, "subject"),
        language=lang,
        sender=sender,
        recipient_lines=recipient_lines,
        return_line=return_line,
        place_date=place_date,
        references=references,
        salutation=b.t("common.letter", "salutation"),
        blocks=b.blocks,
        closing=b.t("common.letter", "closing"),
        signature=Signature(req.clerk_name.strip(), req.clerk_role.strip(), profile.name),
        fell_back=list(dict.fromkeys(b.fell_back)),
        missing=list(dict.fromkeys(b.missing)),
        metadata={
            "title": title,
            "author": profile.name,
            "subject": req.reference,
            "language": lang,
            "creator": "DSAR Desk",
            "keywords": f"GDPR, {req.kind}",
        },
        labels={
            "page": texts["common"]["letter"]["page"],
            "continuation": b.t("common.letter", "continuation"),
        },
        attachments=b.attachments,
    )
    if lang == "fr":
        _french(content)
    return content
