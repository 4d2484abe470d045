"""The answers to the other rights: rectification (done, or refused in part with the
supplementary statement), erasure (and what is kept), restriction, objection, withdrawal of
consent, portability (Art. 7(3), 16-21 GDPR)."""

from __future__ import annotations

from dsar_desk.domain.letter_content.access import basis_text
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.gaps import consent_activities, objection_activities, portable_activities
from dsar_desk.domain.letter_content.model import (
    ERASURE_EXCEPTIONS,
    RESTRICTION_GROUNDS,
    BulletList,
    LetterError,
    Paragraph,
)
from dsar_desk.domain.letter_content.portability import portability_file_names
from dsar_desk.domain.messages import msg


def _fields(b: Builder) -> list[str]:
    return [f.strip() for f in b.req.rectified_fields if f.strip()]


def rectification(b: Builder) -> None:
    b.intro("rectification")
    b.para("rectification", "done")
    if _fields(b):
        b.para("rectification", "fields")
        b.blocks.append(BulletList(tuple(_fields(b))))
    b.informed("rectification")


def rectification_refused(b: Builder) -> None:
    """Art. 16: what was rectified, what was not and why, and the supplementary statement."""
    kind = "rectification-refused"
    b.intro(kind)
    if _fields(b):
        b.para(kind, "partly")
        b.blocks.append(BulletList(tuple(_fields(b))))
        b.para(kind, "refused_rest")
    else:
        b.para(kind, "refused")
    b.quote(b.req.rectification_refused_reasons)
    b.para(kind, "statement_added" if b.req.supplementary_statement else "statement_right")
    if _fields(b):
        b.informed("rectification")
    b.complaint(court=True)


def _kept(b: Builder) -> None:
    """Art. 17(3): what erasure leaves, and why: the record of the request, a suppression list."""
    b.para("erasure", "kept_record")
    if b.profile.suppression_list:
        b.para("erasure", "suppression")


def _made_public(b: Builder) -> None:
    """Art. 17(2): data the organisation made public."""
    for activity in b.concerned():
        value = activity.get("made_public")
        if not value:
            continue
        where = "" if value is True else b.ptext(value, "processing", str(activity.get("id")), "made_public")
        if where:
            b.para("erasure", "made_public", where=where)
        else:
            b.para("erasure", "made_public_plain")


def erasure(b: Builder) -> None:
    req = b.req
    b.intro("erasure")
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
    else:
        b.para("erasure", "done")
    _kept(b)
    _made_public(b)
    b.informed("erasure")
    if req.erasure_exception:
        b.complaint(court=True)


def restriction(b: Builder) -> None:
    ground = b.req.restriction_ground
    if not ground:
        raise LetterError(msg("letter.restriction-no-ground", "Choose the ground of the restriction "
                                                              "(Art. 18(1)(a)–(d) GDPR)."))
    if ground not in RESTRICTION_GROUNDS:
        raise LetterError(msg("letter.restriction-ground-unknown", "“{ground}” is not a ground of Art. 18(1) GDPR "
                                                                   "(known: {known}).",
                              ground=ground, known=", ".join(RESTRICTION_GROUNDS)))
    b.intro("restriction")
    b.para("restriction", "done")
    b.blocks.append(Paragraph(f"{b.t('restriction', 'ground')} {b.t('restriction.grounds', ground)}"))
    b.para("restriction", "lifting")
    b.informed("restriction")


def objection(b: Builder) -> None:
    req = b.req
    b.intro("objection")
    if req.objection_direct_marketing:
        b.para("objection", "direct_marketing")
        return
    b.para("objection", "activities")
    b.blocks.append(BulletList(tuple(
        b.t("objection", "activity", activity=b.activity_name(p), basis=basis_text(b, p.get("legal_basis", "")))
        for p in objection_activities(req, b.profile))))
    if req.objection_compelling_grounds.strip():
        b.para("objection", "continued")
        b.quote(req.objection_compelling_grounds)
        b.complaint(court=True)
    else:
        b.para("objection", "stopped")


def withdraw_consent(b: Builder) -> None:
    b.intro("withdraw-consent")
    b.para("withdraw-consent", "done")
    b.para("withdraw-consent", "activities")
    b.blocks.append(BulletList(tuple(b.activity_name(p) for p in consent_activities(b.req, b.profile))))
    b.para("withdraw-consent", "before")
    b.para("withdraw-consent", "erasure")


def portability(b: Builder) -> None:
    activities = portable_activities(b.req, b.profile, b.texts_folder)
    if not activities:
        raise LetterError(msg("letter.portability-not-applicable",
                              "No processing activity concerning the requester is based on consent or a contract: the "
                              "right to data portability (Art. 20 GDPR) does not apply. Send a refusal with this "
                              "reason."))
    files = [f.strip() for f in b.req.portability_files if f.strip()] or portability_file_names(b.req.reference)
    b.intro("portability")
    b.para("portability", "files")
    b.blocks.append(BulletList(tuple(files), literal=True))
    b.attachments += files
    b.para("portability", "formats")
    b.para("portability", "scope")
    b.blocks.append(BulletList(tuple(b.activity_name(p) for p in activities)))
    b.para("portability", "others")
    b.para("portability", "erasure")
    b.para("portability", "transmit")
