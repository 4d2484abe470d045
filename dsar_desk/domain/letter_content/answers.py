"""The answers to the other rights (Art. 16-21 GDPR), refusals and "no data held"."""

from __future__ import annotations

from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import (
    ERASURE_EXCEPTIONS,
    RESTRICTION_GROUNDS,
    BulletList,
    LetterError,
    Paragraph,
)
from dsar_desk.domain.letter_content.portability import portability_file_names
from dsar_desk.domain.messages import msg


def rectification(b: Builder) -> None:
    b.para("rectification", "intro")
    b.para("rectification", "done")
    fields_ = [f.strip() for f in b.req.rectified_fields if f.strip()]
    if fields_:
        b.para("rectification", "fields")
        b.blocks.append(BulletList(tuple(fields_)))
    b.informed("rectification")


def erasure(b: Builder) -> None:
    req = b.req
    b.para("erasure", "intro")
    if req.erasure_exception:
        if req.erasure_exception not in ERASURE_EXCEPTIONS:
            raise LetterError(msg("letter.erasure-exception-unknown", "“{exception}” is not an exception of "
                                                                      "Art. 17(3) GDPR (known: {known}).",
                                  exception=req.erasure_exception, known=", ".join(ERASURE_EXCEPTIONS)))
        b.para("erasure", "partial")
        b.para("erasure", "exception", exception=b.t("erasure.exceptions", req.erasure_exception))
        if req.erasure_exception_detail.strip():
            b.quote(req.erasure_exception_detail)
        else:
            b.missing.append(msg("letter.erasure-detail-missing", "partial erasure: say which data are kept and why"))
        b.para("erasure", "kept")
        b.informed("erasure")
        b.complaint(court=True)
    else:
        b.para("erasure", "done")
        b.informed("erasure")


def restriction(b: Builder) -> None:
    ground = b.req.restriction_ground
    if not ground:
        raise LetterError(msg("letter.restriction-no-ground", "Choose the ground of the restriction "
                                                              "(Art. 18(1)(a)–(d) GDPR)."))
    if ground not in RESTRICTION_GROUNDS:
        raise LetterError(msg("letter.restriction-ground-unknown", "“{ground}” is not a ground of Art. 18(1) GDPR "
                                                                   "(known: {known}).",
                              ground=ground, known=", ".join(RESTRICTION_GROUNDS)))
    b.para("restriction", "intro")
    b.para("restriction", "done")
    b.blocks.append(Paragraph(f"{b.t('restriction', 'ground')} {b.t('restriction.grounds', ground)}"))
    b.para("restriction", "lifting")
    b.informed("restriction")


def objection(b: Builder) -> None:
    req = b.req
    b.para("objection", "intro")
    if req.objection_direct_marketing:
        b.para("objection", "direct_marketing")
    elif req.objection_compelling_grounds.strip():
        b.para("objection", "continued")
        b.quote(req.objection_compelling_grounds)
        b.complaint(court=True)
    else:
        b.para("objection", "stopped")


def withdraw_consent(b: Builder) -> None:
    b.para("withdraw-consent", "intro")
    b.para("withdraw-consent", "done")
    names = [b.activity_name(p) for p in b.concerned() if p.get("legal_basis") == "consent"]
    if names:
        b.para("withdraw-consent", "activities")
        b.blocks.append(BulletList(tuple(names)))
    else:
        b.missing.append(msg("letter.no-consent-activity", "no processing activity of the register is based on consent"))
    b.para("withdraw-consent", "before")
    b.para("withdraw-consent", "erasure")


def portability(b: Builder) -> None:
    activities = [p for p in b.concerned() if p.get("legal_basis") in ("consent", "contract")]
    if not activities:
        raise LetterError(msg("letter.portability-not-applicable",
                              "No processing activity concerning the requester is based on consent or a contract: the "
                              "right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this "
                              "reason."))
    files = [f.strip() for f in b.req.portability_files if f.strip()] or portability_file_names(b.req.reference)
    b.para("portability", "intro")
    b.para("portability", "files")
    b.blocks.append(BulletList(tuple(files)))
    b.attachments += files
    b.para("portability", "formats")
    b.para("portability", "scope")
    b.blocks.append(BulletList(tuple(b.activity_name(p) for p in activities)))
    b.para("portability", "transmit")


def refusal(b: Builder) -> None:
    req = b.req
    if not req.refusal_reasons.strip():
        raise LetterError(msg("letter.refusal-no-reasons", "A refusal needs its reasons: the requester must be told "
                                                           "why (Art. 12(4) GDPR)."))
    b.para("refusal", "intro")
    b.para("refusal", "unfounded" if req.manifestly_unfounded_or_excessive else "refused")
    b.quote(req.refusal_reasons)
    b.para("refusal", "remedies")
    b.complaint(court=True)


def no_data(b: Builder) -> None:
    b.para("no-data", "intro")
    known = [item.strip() for item in b.req.identity_known_data if item.strip()]
    if known:
        b.para("no-data", "searched_for")
        b.blocks.append(BulletList(tuple(known)))
    else:
        b.para("no-data", "searched")
    b.para("no-data", "result")
    b.para("no-data", "more")
    b.complaint(court=False)
