"""Letters that end a request without (or before) an answer on the merits: refusal, no data
held, wrong organisation, forwarded to the controller, a request about a deceased person."""

from __future__ import annotations

from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import AddressBlock, BulletList, LetterError
from dsar_desk.domain.messages import msg


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
    b.para("no-data", "kept")
    b.para("no-data", "more")
    b.complaint(court=False)


def wrong_organisation(b: Builder) -> None:
    kind = "wrong-organisation"
    b.para(kind, "intro")
    intended = " ".join(b.req.intended_for.split()).rstrip(".")  # "… B.V." ends the sentence: one full stop
    if intended:
        b.para(kind, "other", intended_for=intended)
    else:
        b.para(kind, "other_unknown")
    b.para(kind, "ours")
    b.para(kind, "kept")


def _controller(b: Builder) -> tuple[str, list[str]]:
    """The controller's name (in the letter's language) and how to reach it."""
    chosen = b.req.controller.strip()
    record = b.profile.controllers.get(chosen)
    if record is None:
        return chosen, []
    name = b.ptext(record.get("name"), "controller", chosen, "name") if isinstance(record.get("name"), dict) \
        else str(record.get("name"))
    lines = [name, *record.get("address", [])]
    if record.get("email"):
        lines.append(record["email"])
    return name, lines if len(lines) > 1 else []


def forwarded(b: Builder) -> None:
    kind = "forwarded"
    name, contact = _controller(b)
    if not name:
        raise LetterError(msg("letter.gap-controller", "name the controller the request is forwarded to (a "
                                                       "[[controller]] of the profile, or its name)"))
    b.para(kind, "intro")
    b.para(kind, "processor", controller=name)
    b.para(kind, "forwarded", controller=name)
    if contact:
        b.para(kind, "contact", controller=name)
        b.blocks.append(AddressBlock(tuple(contact)))


def deceased(b: Builder) -> None:
    """Recital 27: the GDPR protects the living; France gives rights after death (art. 85 LIL)."""
    kind, country = "deceased", (b.profile.country or "").upper()
    name = " ".join(b.req.deceased_name.split())
    b.para(kind, "intro", deceased_name=name)
    b.para(kind, "gdpr")
    national = b.texts[kind].get("national", {})
    b.para(f"{kind}.national", country if country in national else "default", deceased_name=name)
    if country == "FR":
        b.para(kind, "proof_fr")
    else:
        b.para(kind, "other_rules")
