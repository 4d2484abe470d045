"""Assembling a letter: the kind's blocks, then the frame (letterhead, window, references,
place and date, salutation, closing, signature, enclosures); and which letter a case needs next."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from dsar_desk.domain.letter_content import access as _access
from dsar_desk.domain.letter_content import answers as _answers
from dsar_desk.domain.letter_content import combined as _combined
from dsar_desk.domain.letter_content import outcomes as _outcomes
from dsar_desk.domain.letter_content import procedure as _procedure
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.gaps import LetterBlocked, letter_blocks
from dsar_desk.domain.letter_content.model import (
    ANSWER_FOR_RIGHT,
    COMBINED_ORDER,
    LETTER_KINDS,
    LETTER_LANGUAGES,
    Block,
    BulletList,
    Heading,
    KeyValueTable,
    LetterContent,
    LetterError,
    LetterRequest,
    Paragraph,
    Sender,
    Signature,
)
from dsar_desk.domain.letter_content.texts import (
    city_of,
    country_name,
    format_letter_date,
    french_typography,
    load_texts,
    variant_for,
)
from dsar_desk.domain.messages import msg

if TYPE_CHECKING:  # pragma: no cover
    from dsar_desk.domain.profile import Profile

KIND_BUILDERS: dict[str, Callable[[Builder], None]] = {
    "acknowledgement": _procedure.acknowledgement,
    "identity-request": _procedure.identity_request,
    "identity-reminder": _procedure.identity_reminder,
    "identity-closing": _procedure.identity_closing,
    "clarification": _procedure.clarification,
    "mandate-request": _procedure.mandate_request,
    "extension": _procedure.extension,
    "access": _access.access,
    "partial-access": _access.partial_access,
    "rectification": _answers.rectification,
    "rectification-refused": _answers.rectification_refused,
    "erasure": _answers.erasure,
    "restriction": _answers.restriction,
    "objection": _answers.objection,
    "withdraw-consent": _answers.withdraw_consent,
    "portability": _answers.portability,
    "combined": _combined.combined,
    "fee": _procedure.fee,
    "refusal": _outcomes.refusal,
    "no-data": _outcomes.no_data,
    "wrong-organisation": _outcomes.wrong_organisation,
    "forwarded": _outcomes.forwarded,
    "deceased": _outcomes.deceased,
}
_REGISTER_WORDS = re.compile(r"\b(?:KvK|KBO|BCE|RPR|RPM|RCS|SIREN|SIRET|RNE|TVA|BTW|VAT|HRB|HRA)\b", re.IGNORECASE)
# The letter already says how to reply, or is written to someone who is not the requester.
_NO_QUESTIONS_PARAGRAPH = ("identity-request", "identity-reminder")


def suggest_kind(status: str, rights: list[str]) -> str:
    """The letter a case most likely needs next, from its status and the rights asked for.

    received → acknowledgement; awaiting-identity → identity-request; refused → refusal;
    in-progress, answered, closed → one combined answer when several rights are asked, else the
    answer to the right asked; anything else (a withdrawn request, "other") → acknowledgement.
    """
    if status == "received":
        return "acknowledgement"
    if status == "awaiting-identity":
        return "identity-request"
    if status == "refused":
        return "refusal"
    if status in ("in-progress", "answered", "closed"):
        answered = [r for r in COMBINED_ORDER if r in rights]
        if len(answered) > 1:
            return "combined"
        for right in ANSWER_FOR_RIGHT:
            if right in rights:
                return ANSWER_FOR_RIGHT[right]
    return "acknowledgement"


def _check_request(req: LetterRequest) -> None:
    if req.kind not in LETTER_KINDS:
        raise LetterError(msg("letter.kind-unknown", "There is no letter of the kind “{kind}” (known: {known}).",
                              kind=req.kind, known=", ".join(LETTER_KINDS)))
    if req.language not in LETTER_LANGUAGES:
        raise LetterError(msg("letter.language-unavailable", "Letters are not available in “{language}” "
                                                             "(available: {available}).",
                              language=req.language, available=", ".join(LETTER_LANGUAGES)))
    if not req.requester_name.strip():
        raise LetterError(msg("letter.requester-name-needed", "The letter needs the requester's name."))
    if not req.reference.strip():
        raise LetterError(msg("letter.reference-needed", "The letter needs the case reference."))


def _window(b: Builder) -> tuple[list[str], str]:
    """The address lines for the window (name first) and the return line above them."""
    req, profile, lang = b.req, b.profile, b.lang
    to_representative = bool(req.representative_name.strip())
    name = req.representative_name.strip() if to_representative else req.requester_name.strip()
    lines = req.representative_address if to_representative else req.requester_address
    country = req.representative_country if to_representative else req.requester_country
    abroad = bool(country) and country.upper() != (profile.country or "").upper()
    address = [line.strip() for line in lines if line and line.strip()]
    recipient_lines = [name, *address]
    if not address:
        b.missing.append(msg("letter.requester-no-postal-address", "no postal address of the requester: this letter "
                                                                   "can go by e-mail, not by post"))
    if address and abroad:
        recipient_lines.append(country_name(country, lang).upper())
    return_line = ""
    if address and b.postal:
        parts = [profile.name, *profile.address]
        if abroad and profile.country:
            parts.append(country_name(profile.country, lang).upper())
        return_line = " · ".join(parts)
    return recipient_lines, return_line


def _place_date(b: Builder) -> str:
    req, profile = b.req, b.profile
    place = req.place or b.ptext(profile.place, "organisation", "", "place")
    if not place:
        place = next((city_of(line) for line in reversed(profile.address) if city_of(line)), None)
    day = format_letter_date(req.letter_date, b.lang)
    if place:
        return b.t("common.letter", "place_date", place=place, date=day)
    return b.t("common.letter", "date_only", date=day)


def _registration(b: Builder) -> str | None:
    """The company number with the name of its register: "KBO 0749.612.337", "KvK 12345678"."""
    number = (b.profile.registration or "").strip()
    if not number:
        b.missing.append(msg("letter.no-registration", "the profile gives no company number for the letterhead "
                                                       "(organisation.registration)"))
        return None
    country = (b.profile.country or "").upper()
    label = b.texts["common"].get("registration", {}).get(country)
    if country == "BE" and re.fullmatch(r"BE\s*[\d.\s]+", number, re.IGNORECASE):
        number = number[2:].strip()  # the VAT form of the enterprise number: the register's own form
    if not label or _REGISTER_WORDS.search(number):  # "RCS Paris 552 100 554" names its register already
        return number
    return f"{label} {number}"


def _closing_paragraphs(b: Builder, dpo: str) -> None:
    profile = b.profile
    if b.req.kind not in _NO_QUESTIONS_PARAGRAPH:
        if profile.email:
            b.para("common.letter", "questions_email")
        elif b.postal:
            b.para("common.letter", "questions_post")
    if dpo:
        b.para("common.letter", "dpo")


def build_letter(req: LetterRequest, profile: Profile, texts_folder: str | Path | None = None) -> LetterContent:
    """Assemble the letter ``req.kind`` in ``req.language`` from the case and the profile.

    Raises :class:`LetterBlocked` (a :class:`LetterError`) when the letter would state what is
    not so or lacks what it needs (gaps.letter_blocks: every problem, with its field), and
    :class:`LetterError` for a letter that cannot be made (unknown kind or language, a refusal
    without reasons, ...). Gaps that do not stop the letter are listed in ``missing``; register
    texts taken from another language in ``fell_back``, as "processing 'customer-account'
    purposes (nl)" (in brackets: the language used).
    """
    _check_request(req)
    folder = str(texts_folder) if texts_folder else None
    blocks = letter_blocks(req, profile, folder)
    if blocks:
        raise LetterBlocked(blocks)
    texts = load_texts(req.language, folder, variant_for(req.language, profile.country, req.requester_country))
    b = Builder(req, profile, texts, folder)
    b.values["dpo"] = dpo = b.ptext((profile.data.get("organisation") or {}).get("dpo"), "organisation", "", "dpo")
    if req.representative_name.strip() and req.kind != "mandate-request":
        b.para("common.letter", "representative")
    KIND_BUILDERS[req.kind](b)
    _closing_paragraphs(b, dpo)
    content = _frame(b, texts)
    if req.language == "fr":
        _french(content)
    return content


def _subject(b: Builder) -> str:
    if b.req.kind == "combined":
        return b.t("combined", "subject", articles=_combined.articles(b))
    return b.t(b.req.kind, "subject")


def _frame(b: Builder, texts: dict) -> LetterContent:
    req, profile = b.req, b.profile
    contact = [c for c in (profile.email, profile.phone, profile.website) if c]
    recipient_lines, return_line = _window(b)
    if not b.postal:
        b.missing.append(msg("letter.sender-no-postal-address", "the profile gives no postal address of the "
                                                                "organisation: the letter cannot be posted (add "
                                                                "organisation.address)"))
    references = [(b.t("common.letter", "our_reference"), req.reference)]
    if req.requester_reference:
        references.append((b.t("common.letter", "your_reference"), req.requester_reference))
    title = b.t(req.kind, "title")
    salutation = "salutation_representative" if req.representative_name.strip() else "salutation"
    return LetterContent(
        kind=req.kind, title=title, subject=_subject(b), language=req.language,
        sender=Sender(profile.name, list(profile.address) if b.postal else [], contact, _registration(b)),
        recipient_lines=recipient_lines, return_line=return_line, place_date=_place_date(b), references=references,
        salutation=b.t("common.letter", salutation), blocks=b.blocks, closing=b.t("common.letter", "closing"),
        signature=Signature(req.clerk_name.strip(), req.clerk_role.strip(), profile.name),
        fell_back=list(dict.fromkeys(b.fell_back)), missing=list(dict.fromkeys(b.missing)),
        metadata={"title": title, "author": profile.name, "subject": req.reference, "language": req.language,
                  "creator": "DSAR Desk", "keywords": f"GDPR, {req.kind}"},
        labels={"page": texts["common"]["letter"]["page"], "continuation": b.t("common.letter", "continuation")},
        attachments=b.attachments, enclosures_label=b.t("common.letter", "enclosures"),
        postable=b.postal and bool(recipient_lines[1:]),
    )


def _french(content: LetterContent) -> None:
    """French typography on every text of the letter (not on names, addresses and file names)."""
    ft = french_typography

    def fix_block(block: Block) -> Block:
        if isinstance(block, Heading):
            return Heading(ft(block.text), block.level)
        if isinstance(block, Paragraph):
            return Paragraph(ft(block.text), block.style)
        if isinstance(block, BulletList):
            return block if block.literal else BulletList(tuple(ft(i) for i in block.items))
        if isinstance(block, KeyValueTable):
            return KeyValueTable(tuple((ft(k), tuple(ft(v) for v in vs)) for k, vs in block.rows))
        return block

    content.blocks = [fix_block(b) for b in content.blocks]
    for name in ("title", "subject", "closing", "salutation", "place_date", "enclosures_label"):
        setattr(content, name, ft(getattr(content, name)))
    content.references = [(ft(label), value) for label, value in content.references]
    content.labels = {key: ft(value) for key, value in content.labels.items()}
    content.metadata["title"] = ft(content.metadata.get("title", ""))
    content.signature = Signature(content.signature.name, ft(content.signature.role), content.signature.organisation)
