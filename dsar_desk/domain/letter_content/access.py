"""The answer to a request for access (Art. 15 GDPR): each activity that concerns the requester,
its recipients and transfers, the rights, and the copy of the data."""

from __future__ import annotations

from typing import Any

from dsar_desk.domain.countries import has_adequacy, is_eea
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.model import BulletList, Heading, KeyValueTable, LetterError
from dsar_desk.domain.letter_content.texts import country_name
from dsar_desk.domain.messages import msg

Row = tuple[str, tuple[str, ...]]


def access(b: Builder) -> None:
    activities = b.concerned()
    if not activities:
        raise LetterError(msg("letter.access-nothing-concerned",
                              "Every processing activity is marked as not concerning the requester: send the no-data "
                              "letter instead of an access answer."))
    b.para("access", "intro")
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
    rights(b)
    copy(b)


def activity_rows(b: Builder, activity: dict[str, Any]) -> tuple[list[Row], bool]:
    """The Art. 15(1) rows of one activity, and whether a recipient is outside the EEA."""
    pid = str(activity.get("id", "?"))
    field = lambda key: b.t("common.fields", key)  # noqa: E731
    rows: list[Row] = [(field("purposes"), tuple(b.ptext_list(activity.get("purposes"), "processing", pid, "purposes")))]
    basis = activity.get("legal_basis")
    if basis:
        basis_text = b.t("common.legal_basis", basis) if basis in b.texts["common"].get("legal_basis", {}) else str(basis)
        rows.append((field("legal_basis"), (basis_text,)))
    rows.append((field("data"), tuple(b.ptext_list(activity.get("data"), "processing", pid, "data"))))
    recipients, outside_eea = [], False
    for rid, rec in b.recipients_of(activity):
        line, abroad = recipient_line(b, rid, rec)
        outside_eea = outside_eea or abroad
        recipients.append(line)
    rows.append((field("recipients"), tuple(recipients or [field("no_recipients")])))
    retention = b.ptext(activity.get("retention"), "processing", pid, "retention")
    if not retention:
        b.missing.append(msg("letter.no-retention", "processing '{id}' has no retention period", id=pid))
    rows.append((field("retention"), (retention,) if retention else ()))
    source = b.ptext(activity.get("source"), "processing", pid, "source")
    if source and not b.is_self(source):
        rows.append((field("source"), (source,)))
    automated = b.ptext(activity.get("automated_decisions"), "processing", pid, "automated decisions")
    rows.append((field("automated"), (automated or field("no_automated"),)))
    return rows, outside_eea


def recipient_line(b: Builder, rid: str, rec: dict[str, Any]) -> tuple[str, bool]:
    country = str(rec.get("country") or "").upper()
    role_key = rec.get("role") or ""
    role = b.t("common.roles", role_key) if role_key in b.texts["common"].get("roles", {}) else role_key
    line = b.t("common.fields", "recipient", recipient_name=rec.get("name") or rid, recipient_role=role,
               recipient_country=country_name(country, b.lang) if country else "")
    sep = b.t("common.fields", "separator")
    purpose = b.ptext(rec.get("purpose"), "recipient", rid, "purpose")
    if purpose:
        line += sep + b.t("common.fields", "recipient_purpose", recipient_purpose=purpose)
    abroad = bool(country) and not is_eea(country)
    if abroad:
        safeguards = b.ptext(rec.get("safeguards"), "recipient", rid, "safeguards")
        if has_adequacy(country):
            line += sep + b.t("common.fields", "transfer_adequacy")
        elif safeguards:
            line += sep + b.t("common.fields", "transfer_safeguards", safeguards=safeguards)
        else:
            line += sep + b.t("common.fields", "transfer_unknown")
            b.missing.append(msg("letter.transfer-no-safeguards", "recipient '{id}' ({country}) is outside the EEA, "
                                                                  "has no adequacy decision and no safeguards in the "
                                                                  "profile", id=rid, country=country))
    return line, abroad


def rights(b: Builder) -> None:
    """Art. 15(1)(e) and (f): the other rights and the complaint."""
    b.blocks.append(Heading(b.t("common.rights", "heading"), 1))
    b.para("common.rights", "intro")
    b.blocks.append(BulletList(tuple(b.t("common.rights", k)
                                     for k in ("rectification", "erasure", "restriction", "objection"))))
    b.para("common.rights", "free")
    b.complaint(court=False)


def copy(b: Builder) -> None:
    """Art. 15(3): the copy of the data."""
    b.blocks.append(Heading(b.t("access", "copy_heading"), 1))
    annexes = [a for a in b.req.annexes if a.strip()]
    if annexes:
        b.para("access", "copy")
        b.blocks.append(BulletList(tuple(annexes)))
        b.attachments += annexes
    else:
        b.para("access", "copy_unlisted")
        b.missing.append(msg("letter.no-copy-listed", "no file listed as the copy of the data (Art. 15(3))"))
    b.para("access", "copy_free")
