"""Letters about the procedure, before the answer: acknowledgement, identity request, reminder
and closing, clarification of scope, a representative's mandate, extension, fee."""

from __future__ import annotations

from datetime import timedelta

from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import FEE_REASONS, BulletList, LetterError, Paragraph
from dsar_desk.domain.letter_content.texts import format_letter_date, format_money
from dsar_desk.domain.messages import msg

REMINDER_DAYS = 30  # an identity reminder gives the requester this long before the request is closed


def acknowledgement(b: Builder) -> None:
    for key in ("received", "next_steps", "due", "free"):
        b.para("acknowledgement", key)


def _proof(b: Builder) -> str:
    """What the requester is asked to send: the clerk's words, else the profile's method."""
    proof = " ".join(b.req.identity_proof_needed.split()).rstrip(". ")
    if proof:
        return proof
    policy = getattr(b.profile, "identity", None) or "none"
    if policy not in b.texts["identity-request"].get("default_proof", {}):
        raise LetterError(msg("letter.identity-proof-needed", "Say what proof of identity the requester must "
                                                              "send: the profile asks for no identity check."))
    return b.t("identity-request.default_proof", policy)


def _black_out(b: Builder) -> None:
    """On an ID copy: what must be blacked out (the Dutch BSN) and what may be, by the
    organisation's country (rijksregisternummer in Belgium, no national number in France)."""
    kind, country = "identity-request", (b.profile.country or "").upper()
    numbers = b.texts[kind].get("national_number", {})
    if country == "NL":
        b.para(kind, "black_out_must", number=b.t(f"{kind}.national_number", "NL"))
        b.para(kind, "black_out")
    elif country in numbers:
        b.para(kind, "black_out_number", number=b.t(f"{kind}.national_number", country))
    else:
        b.para(kind, "black_out")


def _documents(b: Builder) -> None:
    kind = "identity-request"
    days = b.req.id_copy_retention_days
    if days is None:
        days = getattr(b.profile, "id_copy_retention_days", 0) or 0
    protection = b.t(kind, "protection")
    deletion = b.t(kind, "deleted_at_once") if days <= 0 else b.t(kind, "deleted_after", retention_days=str(days))
    b.blocks.append(Paragraph(f"{protection} {deletion}"))


def _reply(b: Builder) -> None:
    kind = "identity-request"
    if b.postal and b.profile.email:
        b.para(kind, "reply_email")
    elif b.profile.email:
        b.para(kind, "reply_email_only")
    else:
        b.para(kind, "reply_post")


def identity_request(b: Builder) -> None:
    req, kind = b.req, "identity-request"
    proof = _proof(b)
    b.para(kind, "intro")
    if req.identity_doubt.strip():
        b.para(kind, "doubt")
        b.quote(req.identity_doubt)
    known = [item.strip() for item in req.identity_known_data if item.strip()]
    if known:
        b.para(kind, "known_data")
        b.blocks.append(BulletList(tuple(known)))
    b.para(kind, "proof", proof_needed=proof)
    b.para(kind, "proportionate")
    if b.profile.identity == "id-copy":
        _black_out(b)
    _documents(b)
    if req.pause_restarts_clock:
        b.para(kind, "clock")
    _reply(b)
    b.para(kind, "without")


def _asked(b: Builder) -> dict[str, str]:
    asked = b.req.identity_asked_on
    return {"asked_date": format_letter_date(asked, b.lang)} if asked else {}


def identity_reminder(b: Builder) -> None:
    req, kind = b.req, "identity-reminder"
    asked = _asked(b)
    b.para(kind, "intro" if asked else "intro_undated", **asked)
    if req.identity_doubt.strip():
        b.para("identity-request", "doubt")
        b.quote(req.identity_doubt)
    b.para(kind, "proof", proof_needed=_proof(b))
    if b.profile.identity == "id-copy":
        _black_out(b)
    _reply(b)
    reply_by = req.reply_by or req.letter_date + timedelta(days=REMINDER_DAYS)
    b.para(kind, "closing_date", reply_by=format_letter_date(reply_by, b.lang))


def identity_closing(b: Builder) -> None:
    kind = "identity-closing"
    asked = _asked(b)
    b.para(kind, "intro" if asked else "intro_undated", **asked)
    b.para(kind, "closed")
    b.para(kind, "new")
    b.complaint(court=True)


def clarification(b: Builder) -> None:
    kind = "clarification"
    b.para(kind, "intro")
    b.para(kind, "large")
    if b.req.clarification_questions.strip():
        b.quote(b.req.clarification_questions)
    b.para(kind, "all")
    b.para(kind, "clock")


def mandate_request(b: Builder) -> None:
    kind = "mandate-request"
    b.para(kind, "intro")
    b.para(kind, "why")
    items = [b.t(kind, "mandate")]
    proof = " ".join(b.req.identity_proof_needed.split()).rstrip(". ")
    if proof:
        items.append(proof)
    b.blocks.append(BulletList(tuple(items)))
    b.para(kind, "then")


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


def fee(b: Builder) -> None:
    req, kind = b.req, "fee"
    if req.fee_reason not in FEE_REASONS:
        raise LetterError(msg("letter.fee-reason-unknown", "“{reason}” is not a reason for a fee (known: {known}).",
                              reason=req.fee_reason, known=", ".join(FEE_REASONS)))
    b.para(kind, "intro")
    if req.fee_reason == "further-copy":
        b.para(kind, "further_copy")
    else:
        b.para(kind, "excessive")
        b.quote(req.refusal_reasons)
        b.para(kind, "excessive_fee")
    b.para(kind, "amount", fee=format_money(req.fee_cents or 0, b.lang))
    b.para(kind, "pay")
    if req.fee_payment.strip():
        b.quote(req.fee_payment)
    if req.fee_reason == "excessive":
        b.complaint(court=True)
