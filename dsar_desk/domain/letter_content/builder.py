"""The builder: what every letter shares while its blocks are assembled.

A :class:`Builder` holds the request, the profile and the texts of the letter's language; the
kinds (``kinds.py``) call its helpers to add paragraphs, read register texts (recording those
that fell back to another language) and note what the clerk should check before sending.

Plain Python: stdlib and dsar_desk.domain only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dsar_desk.domain.letter_content.gaps import concerned
from dsar_desk.domain.letter_content.model import (
    AddressBlock,
    Block,
    BulletList,
    LetterError,
    LetterRequest,
    Paragraph,
)
from dsar_desk.domain.letter_content.texts import fill, format_letter_date, is_self
from dsar_desk.domain.messages import Message, msg
from dsar_desk.domain.profile.wording import has_postal_address

if TYPE_CHECKING:  # pragma: no cover
    from dsar_desk.domain.profile import Profile


class Builder:
    def __init__(
        self, req: LetterRequest, profile: Profile, texts: dict[str, dict[str, Any]], folder: str | None
    ):
        self.req = req
        self.texts_folder = folder
        self.profile = profile
        self.lang = req.language
        self.texts = texts
        self.blocks: list[Block] = []
        self.fell_back: list[Message] = []
        self.missing: list[Message] = []
        self.attachments: list[str] = []
        self.postal = has_postal_address(profile.address)  # can a letter reach the organisation by post?
        self.values = self._base_values()
        self._authority_done = False
        self._authority_value: Any = None
        self.combined = False  # a section of a combined answer: no intro of its own, remedies once at the end
        self.remedies: bool | None = None  # combined: None, or whether the court paragraph is owed

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
            where = f"{kind_or_common}.toml" + (f" [{table}]" if table else "")
            raise LetterError(msg("letter.text-missing", "The letter texts for “{language}” lack “{key}” in {where}.",
                                  language=self.lang, key=key, where=where)) from None
        values = self.values if not extra else {**self.values, **extra}
        return fill(template, values, f"{self.lang}/{kind_or_common}.toml “{key}”")

    def para(self, section: str, key: str, **extra: str) -> None:
        self.blocks.append(Paragraph(self.t(section, key, **extra)))

    def quote(self, text: str) -> None:
        """Text typed by the clerk: one paragraph per blank-line-separated part."""
        for part in re.split(r"\n\s*\n", text.strip()):
            part = " ".join(part.split())
            if part:
                self.blocks.append(Paragraph(part, "quote"))

    # -- texts from the profile, with the fallback recorded

    def _owner_name(self, owner: str, oid: str) -> str:
        """What the clerk calls a processing activity, recipient or controller: its name (in the
        letter's language, else any), never only its id."""
        if owner == "processing":
            record = self.profile.processing_by_id(oid) or {}
        elif owner == "recipient":
            record = self.profile.recipients.get(oid) or {}
        else:
            record = self.profile.controllers.get(oid) or {}
        localized = self.profile.text(record.get("name"), self.lang) if record.get("name") else None
        return localized.text if localized and localized.text else oid

    def _fell_back(self, owner: str, oid: str, key: str, language: str) -> None:
        name = self._owner_name(owner, oid)
        if owner == "processing":
            self.fell_back.append(msg("letter.fell-back-processing-named", "processing \u201c{name}\u201d: {key} "
                                      "({language})", name=name, key=key, language=language))
        elif owner == "recipient":
            self.fell_back.append(msg("letter.fell-back-recipient-named", "recipient \u201c{name}\u201d: {key} "
                                      "({language})", name=name, key=key, language=language))
        elif owner == "controller":
            self.fell_back.append(msg("letter.fell-back-controller-named", "controller \u201c{name}\u201d: {key} "
                                      "({language})", name=name, key=key, language=language))
        else:
            self.fell_back.append(msg("letter.fell-back-organisation", "organisation {key} ({language})",
                                      key=key, language=language))

    def ptext(self, value: Any, owner: str, oid: str, key: str) -> str:
        """A (text) value of the register in the letter's language; ``owner`` 'processing',
        'recipient', 'controller' or 'organisation', ``oid`` its id, ``key`` the field (for the fallback note)."""
        if value is None or value == "":
            return ""
        loc = self.profile.text(value, self.lang)
        if getattr(loc, "fell_back", False):
            self._fell_back(owner, oid, key, loc.language)
        return loc.text or ""

    def ptext_list(self, value: Any, owner: str, oid: str, key: str) -> list[str]:
        if not value:
            return []
        loc = self.profile.text_list(value, self.lang)
        if getattr(loc, "fell_back", False):
            self._fell_back(owner, oid, key, loc.language)
        return [item for item in (loc.items or []) if item]

    def activity_name(self, activity: dict[str, Any]) -> str:
        pid = str(activity.get("id", "?"))
        return self.ptext(activity.get("name"), "processing", pid, "name") or pid

    # -- values every text may use

    def _base_values(self) -> dict[str, str]:
        req, profile = self.req, self.profile
        return {
            "requester_name": req.requester_name,
            "reference": req.reference,
            "requester_reference": req.requester_reference or "",
            "organisation": profile.name,
            "organisation_email": profile.email or "",
            "organisation_address": ", ".join(profile.address) if has_postal_address(profile.address) else "",
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
            "representative_name": " ".join(req.representative_name.split()),
            "deceased_name": " ".join(req.deceased_name.split()),
            "case_years": str(profile.case_retention_years),
        }

    def authority(self) -> Any:
        """The supervisory authority (None when the profile has none), its values filled in."""
        if not self._authority_done:
            self._authority_done = True
            self._authority_value = auth = self.profile.authority(self.lang)
            if auth is None:
                self.missing.append(msg("letter.no-authority", "no supervisory authority for {country}",
                                        country=self.profile.country))
            else:
                if getattr(auth, "fell_back", False):
                    self.fell_back.append(msg("letter.fell-back-authority", "supervisory authority ({language})",
                                              language=self.profile.default_language))
                self.values["authority_name"] = auth.name or ""
                self.values["authority_address"] = ", ".join(auth.address or [])
                self.values["authority_website"] = auth.website or ""
        return self._authority_value

    # -- the register

    def concerned(self, access: bool = False) -> list[dict[str, Any]]:
        """The activities of the register this letter speaks of (see gaps.concerned)."""
        return concerned(self.req, self.profile, access)

    def recipients_of(self, activity: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        out = []
        for rid in activity.get("recipients") or []:
            rec = self.profile.recipients.get(rid)
            if rec is not None:
                out.append((rid, rec))
            else:
                self.missing.append(msg("letter.unknown-recipient", "processing '{id}' names an unknown recipient "
                                                                    "'{recipient}'", id=activity.get("id"), recipient=rid))
        return out

    def recipient_name(self, rid: str) -> str:
        """A recipient's name in the letter's language (a plain string is its name in every language)."""
        rec = self.profile.recipients.get(rid)
        if rec is None:
            return rid
        name = rec.get("name")
        if isinstance(name, dict):
            return self.ptext(name, "recipient", rid, "name") or rid
        return str(name or rid)

    def is_self(self, source: str) -> bool:
        return is_self(source, self.texts_folder)

    # -- shared paragraphs

    def complaint(self, court: bool) -> None:
        """The complaint to the supervisory authority and, for a refusal or a partial answer, the
        court as the organisation's country provides (in a combined answer: once, at the end)."""
        if self.combined:
            self.remedies = bool(self.remedies) or court
            return
        auth = self.authority()
        country = (self.profile.country or "").upper()
        if auth is None:
            self.para("common.rights", "complaint_unknown")
        else:
            self.para("common.rights", "complaint")
            lines = [auth.name, *(auth.address or [])]
            if auth.website:
                lines.append(auth.website)
            self.blocks.append(AddressBlock(tuple(line for line in lines if line)))
            online = self.texts["common"].get("complaint_online", {})
            if country in online:
                self.para("common.complaint_online", country)
        if court:
            courts = self.texts["common"].get("court", {})
            self.para("common.court", country if country in courts else "default")

    def intro(self, kind: str, key: str = "intro") -> None:
        """The opening sentence of a kind ("On ... you asked us to ..."); a combined answer has one of its own."""
        if not self.combined:
            self.para(kind, key)

    def informed(self, kind: str) -> None:
        """Art. 19: the recipients told of a rectification, erasure or restriction."""
        told = self.req.informed_by_checklist
        # the checklist, when there is one, says who was told (the letter and the checklist read the same facts)
        rids = (told.get(kind) or []) if told is not None else self.req.recipients_informed
        names = [self.recipient_name(rid) for rid in rids]
        if names:
            self.para(kind, "informed")
            self.blocks.append(BulletList(tuple(names)))
            return
        with_recipients = [self.activity_name(p) for p in self.concerned() if p.get("recipients")]
        if with_recipients:
            self.missing.append(msg("letter.recipients-not-told",
                                    "no recipient marked as informed (Art. 19), though the register lists recipients "
                                    "for: {activities}", activities=", ".join(f"\u201c{n}\u201d" for n in with_recipients)))
