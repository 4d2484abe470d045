"""Assembling a letter: the kind's blocks, then the frame (letterhead, window, references,
place and date, salutation, closing, signature); and which letter a case needs next."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from dsar_desk.domain.letter_content import access as _access
from dsar_desk.domain.letter_content import answers as _answers
from dsar_desk.domain.letter_content import procedure as _procedure
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import (
    ANSWER_FOR_RIGHT,
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
from dsar_desk.domain.letter_content.texts import city_of, country_name, format_letter_date, french_typography, load_texts
from dsar_desk.domain.messages import msg

if TYPE_CHECKING:  # pragma: no cover
    from dsar_desk.domain.profile import Profile

KIND_BUILDERS: dict[str, Callable[[Builder], None]] = {
    "acknowledgement": _procedure.acknowledgement,
    "identity-request": _procedure.identity_request,
    "extension": _procedure.extension,
    "access": _access.access,
    "rectification": _answers.rectification,
    "erasure": _answers.erasure,
    "restriction": _answers.restriction,
    "objection": _answers.objection,
    "withdraw-consent": _answers.withdraw_consent,
    "portability": _answers.portability,
    "refusal": _answers.refusal,
    "no-data": _answers.no_data,
}


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
    abroad = bool(req.requester_country) and req.requester_country.upper() != (profile.country or "").upper()
    address = [line.strip() for line in req.requester_address if line and line.strip()]
    recipient_lines = [req.requester_name.strip(), *address]
    if not address:
        b.missing.append(msg("letter.requester-no-postal-address", "no postal address of the requester: this letter "
                                                                   "can go by e-mail, not by post"))
    if address and abroad:
        recipient_lines.append(country_name(req.requester_country, lang).upper())
    return_line = ""
    if address:
        parts = [profile.name, *profile.address]
        if abroad and profile.country:
            parts.append(country_name(profile.country, lang).upper())
        return_line = " · ".join(parts)
    return recipient_lines, return_line


def _place_date(b: Builder) -> str:
    req, profile = b.req, b.profile
    place = req.place or (city_of(profile.address[-1]) if profile.address else None)
    day = format_letter_date(req.letter_date, b.lang)
    if place:
        return b.t("common.letter", "place_date", place=place, date=day)
    return b.t("common.letter", "date_only", date=day)


def build_letter(req: LetterRequest, profile: Profile, texts_folder: str | Path | None = None) -> LetterContent:
    """Assemble the letter ``req.kind`` in ``req.language`` from the case and the profile.

    Raises :class:`LetterError` for a letter that cannot be made: unknown kind or language, a
    refusal without reasons, an extension without reasons or new date, an access answer when
    every processing activity is marked as not concerning the requester (send no-data), ...
    Gaps that do not stop the letter are listed in ``missing``; register texts taken from the
    organisation's default language are listed in ``fell_back`` as
    "processing 'customer-account' purposes (nl)" (in brackets: the language used).
    """
    _check_request(req)
    folder = str(texts_folder) if texts_folder else None
    texts = load_texts(req.language, folder)
    b = Builder(req, profile, texts, folder)
    b.values["dpo"] = dpo = b.ptext((profile.data.get("organisation") or {}).get("dpo"), "organisation", "", "dpo")
    KIND_BUILDERS[req.kind](b)
    if req.kind != "identity-request":  # that letter already says where to write
        b.para("common.letter", "questions_email" if profile.email else "questions_post")
    if dpo:
        b.para("common.letter", "dpo")
    content = _frame(b, texts)
    if req.language == "fr":
        _french(content)
    return content


def _frame(b: Builder, texts: dict) -> LetterContent:
    req, profile = b.req, b.profile
    contact = [c for c in (profile.email, profile.phone, profile.website) if c]
    recipient_lines, return_line = _window(b)
    references = [(b.t("common.letter", "our_reference"), req.reference)]
    if req.requester_reference:
        references.append((b.t("common.letter", "your_reference"), req.requester_reference))
    title = b.t(req.kind, "title")
    return LetterContent(
        kind=req.kind,
        title=title,
        subject=b.t(req.kind, "subject"),
        language=req.language,
        sender=Sender(profile.name, list(profile.address), contact, profile.registration or None),
        recipient_lines=recipient_lines,
        return_line=return_line,
        place_date=_place_date(b),
        references=references,
        salutation=b.t("common.letter", "salutation"),
        blocks=b.blocks,
        closing=b.t("common.letter", "closing"),
        signature=Signature(req.clerk_name.strip(), req.clerk_role.strip(), profile.name),
        fell_back=list(dict.fromkeys(b.fell_back)),
        missing=list(dict.fromkeys(b.missing)),
        metadata={"title": title, "author": profile.name, "subject": req.reference, "language": req.language,
                  "creator": "DSAR Desk", "keywords": f"GDPR, {req.kind}"},
        labels={"page": texts["common"]["letter"]["page"], "continuation": b.t("common.letter", "continuation")},
        attachments=b.attachments,
    )


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
