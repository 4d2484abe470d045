"""Letters about the procedure, before the answer: acknowledgement, identity request, extension."""

from __future__ import annotations

from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import BulletList, LetterError, Paragraph
from dsar_desk.domain.letter_content.texts import format_letter_date
from dsar_desk.domain.messages import msg


def acknowledgement(b: Builder) -> None:
    for key in ("received", "next_steps", "due", "free"):
        b.para("acknowledgement", key)


def identity_request(b: Builder) -> None:
    req, kind = b.req, "identity-request"
    proof = " ".join(req.identity_proof_needed.split()).rstrip(". ")
    if not proof:
        policy = getattr(b.profile, "identity", None) or "id-copy"
        defaults = b.texts[kind].get("default_proof", {})
        if policy not in defaults:
            raise LetterError(msg("letter.identity-proof-needed", "Say what proof of identity the requester must "
                                                                  "send: the profile asks for no identity check."))
        proof = b.t(f"{kind}.default_proof", policy)
    b.para(kind, "intro")
    known = [item.strip() for item in req.identity_known_data if item.strip()]
    if known:
        b.para(kind, "known_data")
        b.blocks.append(BulletList(tuple(known)))
    b.para(kind, "proof", proof_needed=proof)
    b.para(kind, "proportionate")
    b.para(kind, "black_out")
    days = req.id_copy_retention_days
    if days is None:
        days = getattr(b.profile, "id_copy_retention_days", 0) or 0
    protection = b.t(kind, "protection")
    if days <= 0:
        deletion = b.t(kind, "deleted_at_once")
    else:
        deletion = b.t(kind, "deleted_after", retention_days=str(days))
    b.blocks.append(Paragraph(f"{protection} {deletion}"))
    if req.pause_restarts_clock:
        b.para(kind, "clock")
    b.para(kind, "reply_email" if b.profile.email else "reply_post")
    b.para(kind, "without")


def extension(b: Builder) -> None:
    req = b.req
    if req.extended_due is None:
        raise LetterError(msg("letter.extension-no-date", "An extension letter needs the new due date."))
    if not req.extension_reasons.strip():
        raise LetterError(msg("letter.extension-no-reasons", "An extension letter needs the reasons for the "
                                                             "extension (Art. 12(3) GDPR)."))
    if req.extended_due <= req.due:
        raise LetterError(msg("letter.extension-not-later", "The new due date of an extension must come after the "
                                                            "current due date."))
    new_due = format_letter_date(req.extended_due, b.lang)
    b.para("extension", "intro")
    b.para("extension", "extension", new_due_date=new_due)
    b.para("extension", "reasons")
    b.quote(req.extension_reasons)
    b.para("extension", "sooner")
