"""Mail in the database, read: the accounts of the organisations, the mailbox states, the Inbox,
the e-mails sent. Every change goes through :mod:`dsar_desk.desk.mail`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dsar_desk.domain.messages import from_json
from dsar_desk.store.models import Case, MailAccountRow, MailboxState, MailMessage, MailSent, Organisation

__all__ = ["account_of", "accounts", "state_of", "known_message_ids", "inbox", "get_message", "messages_of",
           "sent_of", "case_for", "our_message_ids", "mailbox_problems", "InboxRow", "INBOX_STATES"]

INBOX_STATES = ("new", "unreadable")  # what the Inbox shows; handled messages leave it


def account_of(org: Organisation) -> dict | None:
    """The organisation's mail settings as stored (``MailAccount.to_dict()``), or None."""
    row = MailAccountRow.get_or_none(MailAccountRow.organisation == org)
    return None if row is None else json.loads(row.settings)


def accounts() -> list[tuple[Organisation, dict]]:
    """Every organisation with mail settings, by name, with its settings as stored."""
    rows = (MailAccountRow.select(MailAccountRow, Organisation).join(Organisation)
            .order_by(Organisation.name))
    return [(row.organisation, json.loads(row.settings)) for row in rows]


def state_of(org: Organisation, folder: str) -> tuple[int | None, int]:
    """(UIDVALIDITY, last UID) where the last stored round of this folder stopped."""
    row = MailboxState.get_or_none(MailboxState.organisation == org, MailboxState.folder == folder)
    return (row.uidvalidity, row.last_uid) if row else (None, 0)


def known_message_ids(org: Organisation) -> set[str]:
    """The Message-IDs of the messages already kept for this organisation."""
    return {mid for (mid,) in MailMessage.select(MailMessage.message_id)
            .where(MailMessage.organisation == org, MailMessage.message_id != "").tuples()}


def our_message_ids(org: Organisation, ids) -> dict[str, int]:
    """Of ``ids``, the Message-IDs of e-mails we sent for this organisation's cases -> their case id."""
    ids = [i for i in ids if i]
    if not ids:
        return {}
    rows = (MailSent.select(MailSent.message_id, MailSent.case).join(Case)
            .where(MailSent.message_id.in_(ids), Case.organisation == org).tuples())
    return {mid: case_id for mid, case_id in rows}


def case_for(org: Organisation, references, thread_ids=()) -> Case | None:
    """The case of this organisation a message points to: a reference in its subject, else one of
    our Message-IDs it answers."""
    for reference in references:
        case = Case.get_or_none(Case.reference == reference, Case.organisation == org)
        if case is not None:
            return case
    found = our_message_ids(org, thread_ids)
    for message_id in thread_ids:
        if message_id in found:
            return Case.get_by_id(found[message_id])
    return None


@dataclass(frozen=True)
class InboxRow:
    id: int
    organisation: str  # slug
    organisation_name: str
    sender: str
    subject: str
    sent_date: object
    received_at: object
    state: str
    references: tuple[str, ...]
    problem: str  # the message, as English text (the GUI translates it by code)
    size: int
    case_reference: str
    identity_attachments: tuple[str, ...]


def _row(m: MailMessage) -> InboxRow:
    hint = json.loads(m.identity_hint) if m.identity_hint else {}
    return InboxRow(m.id, m.organisation.slug, m.organisation.name, m.sender, m.subject, m.sent_date, m.received_at,
                    m.state, tuple(r for r in m.references.split(",") if r),
                    from_json(json.loads(m.problem)) if m.problem else "", m.size, m.case.reference if m.case_id else "",
                    tuple(hint.get("attachments", ())))


_LISTED = (MailMessage.id, MailMessage.organisation, MailMessage.message_id, MailMessage.sender, MailMessage.subject, MailMessage.sent_date,
           MailMessage.received_at, MailMessage.state, MailMessage.references, MailMessage.problem, MailMessage.size,
           MailMessage.case, MailMessage.identity_hint)


def inbox(organisation: str | None = None, states=INBOX_STATES) -> list[InboxRow]:
    """The messages waiting for the clerk (newest first), without their content."""
    query = (MailMessage.select(*_LISTED, Organisation.slug, Organisation.name).join(Organisation)
             .where(MailMessage.state.in_(list(states))))
    if organisation:
        query = query.where(Organisation.slug == organisation)
    return [_row(m) for m in query.order_by(MailMessage.received_at.desc(), MailMessage.id.desc())]


def messages_of(case: Case) -> list[MailMessage]:
    """The received messages kept with a case (oldest first)."""
    return list(MailMessage.select(*_LISTED).where(MailMessage.case == case).order_by(MailMessage.id))


def get_message(message_id: int) -> MailMessage | None:
    return MailMessage.select(MailMessage, Organisation).join(Organisation).where(
        MailMessage.id == message_id).get_or_none()


def sent_of(case: Case) -> list[MailSent]:
    return list(MailSent.select().where(MailSent.case == case).order_by(MailSent.id))


def mailbox_problems() -> list[tuple[str, str, object]]:
    """(organisation name, problem message, since) of every mailbox whose last round failed."""
    rows = (MailboxState.select(MailboxState, Organisation).join(Organisation)
            .where(MailboxState.problem != "").order_by(Organisation.name))
    return [(row.organisation.name, from_json(json.loads(row.problem)), row.problem_at) for row in rows]
