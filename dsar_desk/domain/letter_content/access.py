"""The answer to a request for access (Art. 15 GDPR): each activity where data about the
requester were found, its recipients and transfers, the rights, and the copy of the data;
and the partial answer that withholds other persons' data (Art. 15(4)).

Only what is so is printed: an activity without a recipients key, a vague retention or a
transfer without adequacy decision or safeguards never reaches here (gaps.letter_blocks stops
the letter first); "none" is printed only for ``recipients = []``.
"""

from __future__ import annotations

from typing import Any

from dsar_desk.domain.countries import has_adequacy, is_eea
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import BulletList, Heading, KeyValueTable, LetterError
from dsar_desk.domain.letter_content.texts import country_name
from dsar_desk.domain.messages import msg

Row = tuple[str, tuple[str, ...]]


def access(b: Builder, partial: bool = False) -> None:
    activities = b.concerned(access=True)  # where data about the requester were found (the checklist)
    if not activities:
        raise LetterError(msg("letter.access-nothing-concerned",
                              "Every processing activity is marked as not concerning the requester: send the no-data "
                              "letter instead of an access answer."))
    b.intro("access")
    b.para("access", "confirm")
    b.blocks.append(Heading(b.t("common.fields", "activities_heading"), 1))
    outside_eea = False
    for activity in activities:
        rows, abroad = activity_rows(b, activity)
        outside_eea = outside_eea or abroad
        b.blocks.append(Heading(b.activity_name(activity), 2))
        b.blocks.append(KeyValueTable(tuple(rows)))
    if outside_eea:
        b.para("access", "transfers")
    rights(b, complaint=not partial)
    copy(b)


def partial_access(b: Builder) -> None:
    """Art. 15(4): the access answer, with the data of other persons withheld and why; the
    complaint and the court once, at the end."""
    access(b, partial=True)
    b.blocks.append(Heading(b.t("partial-access", "withheld_heading"), 1))
    b.para("partial-access", "withheld")
    b.quote(b.req.withheld_reasons)
    b.para("partial-access", "remedies")
    b.complaint(court=True)


def activity_rows(b: Builder, activity: dict[str, Any]) -> tuple[list[Row], bool]:
    """The Art. 15(1) rows of one activity, and whether a recipient is outside the EEA."""
    pid = str(activity.get("id", "?"))
    field = lambda key: b.t("common.fields", key)  # noqa: E731
    rows: list[Row] = [(field("purposes"), tuple(b.ptext_list(activity.get("purposes"), "processing", pid, "purposes")))]
    basis = activity.get("legal_basis")
    if basis:
        rows.append((field("legal_basis"), (basis_text(b, basis),)))
    rows.append((field("data"), tuple(b.ptext_list(activity.get("data"), "processing", pid, "data"))))
    recipients, outside_eea = [], False
    for rid, rec in b.recipients_of(activity):
        line, abroad = recipient_line(b, rid, rec)
        outside_eea = outside_eea or abroad
        recipients.append(line)
    if "recipients" in activity and not activity.get("recipients"):  # recipients = []: truly none
        recipients = [field("no_recipients")]
    rows.append((field("recipients"), tuple(recipients)))
    retention = b.ptext(activity.get("retention"), "processing", pid, "retention")
    rows.append((field("retention"), (retention,) if retention else ()))
    source = b.ptext(activity.get("source"), "processing", pid, "source")
    if source and not b.is_self(source):
        rows.append((field("source"), (source,)))
    rows.append((field("automated"), tuple(automated_lines(b, activity))))
    return rows, outside_eea


def basis_text(b: Builder, basis: str) -> str:
    return b.t("common.legal_basis", basis) if basis in b.texts["common"].get("legal_basis", {}) else str(basis)


def automated_lines(b: Builder, activity: dict[str, Any]) -> list[str]:
    """Art. 15(1)(h): none; or the decision, and whether it is one of Art. 22 with its logic and consequences."""
    pid = str(activity.get("id", "?"))
    description = b.ptext(activity.get("automated_decisions"), "processing", pid, "automated decisions")
    if not activity.get("automated_art22"):
        if not description:
            return [b.t("common.fields", "no_automated")]
        return [b.t("common.fields", "automated_not_art22", description=description.rstrip(". ") + ".")]
    lines = [b.t("common.fields", "automated_art22", description=description.rstrip(". ") + ".")] if description \
        else [b.t("common.fields", "automated_art22_plain")]
    logic = b.ptext(activity.get("automated_logic"), "processing", pid, "automated logic")
    consequences = b.ptext(activity.get("automated_consequences"), "processing", pid, "automated consequences")
    lines.append(b.t("common.fields", "automated_logic", logic=logic))
    lines.append(b.t("common.fields", "automated_consequences", consequences=consequences))
    return lines


def recipient_line(b: Builder, rid: str, rec: dict[str, Any]) -> tuple[str, bool]:
    country = str(rec.get("country") or "").upper()
    role_key = rec.get("role") or ""
    role = b.t("common.roles", role_key) if role_key in b.texts["common"].get("roles", {}) else role_key
    line = b.t("common.fields", "recipient_category" if rec.get("category") else "recipient",
               recipient_name=b.recipient_name(rid), recipient_role=role,
               recipient_country=country_name(country, b.lang) if country else "")
    sep = b.t("common.fields", "separator")
    purpose = b.ptext(rec.get("purpose"), "recipient", rid, "purpose")
    if purpose:
        line += sep + b.t("common.fields", "recipient_purpose", recipient_purpose=purpose)
    abroad = bool(country) and not is_eea(country)
    if abroad:
        safeguards = b.ptext(rec.get("safeguards"), "recipient", rid, "safeguards")
        if safeguards:  # a certification (the EU-US Data Privacy Framework) is given here too
            line += sep + b.t("common.fields", "transfer_safeguards", safeguards=safeguards)
        elif has_adequacy(country):
            line += sep + b.t("common.fields", "transfer_adequacy")
    return line, abroad


def rights(b: Builder, complaint: bool = True) -> None:
    """Art. 15(1)(e) and (f): the other rights and the complaint; in France also the directives
    about one's data after death (art. 85 of the Loi Informatique et Libertés)."""
    b.blocks.append(Heading(b.t("common.rights", "heading"), 1))
    b.para("common.rights", "intro")
    keys = ["rectification", "erasure", "restriction", "objection"]
    if (b.profile.country or "").upper() == "FR":
        keys.insert(3, "directives_after_death")
    b.blocks.append(BulletList(tuple(b.t("common.rights", k) for k in keys)))
    b.para("common.rights", "free")
    if complaint:
        b.complaint(court=False)


def copy(b: Builder) -> None:
    """Art. 15(3): the copy of the data, enclosed, and electronically when the request came so."""
    b.blocks.append(Heading(b.t("access", "copy_heading"), 1))
    annexes = [a.strip() for a in b.req.annexes if a.strip()]
    b.para("access", "copy_electronic" if b.req.channel == "email" else "copy")
    b.blocks.append(BulletList(tuple(annexes), literal=True))
    b.attachments += annexes
    b.para("access", "copy_free")
