"""Cases in the database, read: lookups, the timeline, attachments, the facts the rules need, JSON.

Every change of a case goes through the application layer (:mod:`dsar_desk.desk.cases`).
"""

from __future__ import annotations

import json
from datetime import date

from dsar_desk.domain.actions import Action, CaseFacts, available_actions
from dsar_desk.domain.cases import CaseDraft, days_left
from dsar_desk.domain.messages import msg
from dsar_desk.store.deadlines import deadline_input, deadline_of
from dsar_desk.store.letters import letters_summary
from dsar_desk.store.models import Attachment, Case, Event, Organisation, Pause


class UnknownCase(LookupError):
    def __init__(self, reference: str):
        super().__init__(msg("case.unknown", "no case '{reference}'", reference=reference))
        self.reference = reference


def get_case(reference: str) -> Case:
    case = (
        Case.select(Case, Organisation)
        .join(Organisation)
        .where(Case.reference == reference.strip().upper())
        .get_or_none()
    )
    if case is None:
        raise UnknownCase(reference)
    return case


def get_case_by_id(case_id: int) -> Case:
    case = Case.select(Case, Organisation).join(Organisation).where(Case.id == case_id).get_or_none()
    if case is None:
        raise UnknownCase(str(case_id))
    return case


def events_of(case: Case) -> list[Event]:
    return list(Event.select().where(Event.case == case).order_by(Event.at, Event.id))


def attachments_of(case: Case) -> list[Attachment]:
    return list(
        Attachment.select(
            Attachment.id, Attachment.filename, Attachment.mime, Attachment.size, Attachment.sha256,
            Attachment.kind, Attachment.added_at, Attachment.who, Attachment.key_id,
        )
        .where(Attachment.case == case)
        .order_by(Attachment.added_at, Attachment.id)
    )


def note_texts(case: Case) -> list[str]:
    """The texts of the case's notes, oldest first (what the search finds besides the fields)."""
    return [t for (t,) in Event.select(Event.text).where(Event.case == case, Event.kind == "note")
            .order_by(Event.id).tuples()]


def open_pause(case: Case) -> Pause | None:
    """The request for information still unanswered (at most one per case), or None."""
    return Pause.select().where(Pause.case == case, Pause.received.is_null()).first()


def facts_of(case: Case) -> CaseFacts:
    """What the rules of :mod:`dsar_desk.domain.actions` need to know of the case."""
    return CaseFacts(status=case.status, extended=bool(case.extended), waiting=open_pause(case) is not None,
                     deadline=deadline_input(case))


def actions_of(case: Case, today: date | None = None) -> list[Action]:
    """What can be done to the case now, and why not (the case detail shows these)."""
    return available_actions(facts_of(case), today or date.today())


def draft_of(case: Case) -> CaseDraft:
    return CaseDraft(
        organisation=case.organisation.slug,
        name=case.requester_name,
        email=case.requester_email,
        address=case.address_lines,
        country=case.requester_country,
        language=case.language,
        rights=case.right_list,
        channel=case.channel,
        received=case.received,
        summary=case.summary,
        assignee=case.assignee,
    )


def case_dict(case: Case, today: date | None = None, language: str = "en") -> dict:
    """The case as a JSON-ready dict (the CLI's `case show --json`)."""
    today = today or date.today()
    deadline = deadline_of(case, language, today)
    return {
        "reference": case.reference,
        "version": case.version,  # what `--if-version` compares with
        "organisation": case.organisation.slug,
        "requester": {
            "name": case.requester_name,
            "email": case.requester_email,
            "address": case.address_lines,
            "country": case.requester_country,
            "language": case.language,
        },
        "rights": case.right_list,
        "channel": case.channel,
        "received": case.received.isoformat(),
        "status": case.status,
        "assignee": case.assignee,
        "summary": case.summary,
        "legal_limit": deadline.legal_limit.isoformat(),
        "promise": deadline.promise.isoformat() if deadline.promise else None,
        "due": deadline.due.isoformat(),
        "days_left": days_left(case.status, deadline.due, today),
        "extended": deadline.extended,
        "waited_days": deadline.waited_days,
        "deadline_explanation": deadline.explanation,
        "outcomes": json.loads(case.outcomes) if case.outcomes else {},
        "attachments": [
            {"filename": a.filename, "size": a.size, "sha256": a.sha256, "kind": a.kind,
             "added_at": a.added_at.isoformat(), "who": a.who}
            for a in attachments_of(case)
        ],
        **letters_summary(case),  # "letters" made, and "answered_on" (first reply letter sent)
        "events": [
            {k: v for k, v in {
                "at": e.at.isoformat() + "Z", "who": e.who, "kind": e.kind,
                "field": e.field, "old": e.old, "new": e.new, "text": e.text,
            }.items() if v != "" or k in ("at", "who", "kind")}
            for e in events_of(case)
        ],
    }
