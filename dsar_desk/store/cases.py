"""Cases in the database: intake, edits, workflow, notes, attachments, the due-date seam.

Every change that touches several rows runs in one transaction, and every change leaves an
event in the case's timeline with who and when.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass
from datetime import date

from peewee import fn

from dsar_desk.domain import cases as rules
from dsar_desk.domain.cases import CaseDraft, CaseFields, CaseRuleError, FieldProblem
from dsar_desk.domain.deadlines import Deadline, DeadlineInput, compute_deadline
from dsar_desk.domain.deadlines import Pause as PausePeriod
from dsar_desk.store.models import Attachment, Case, Event, Organisation, Pause, database, now
from dsar_desk.store.organisations import get_organisation, organisation_languages

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class InvalidCase(ValueError):
    """One or more fields are invalid; nothing was saved."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class UnknownCase(LookupError):
    def __init__(self, reference: str):
        super().__init__(f"no case '{reference}'")
        self.reference = reference


# -- the due-date seam ----------------------------------------------------------------------

def deadline_input(case: Case, org: Organisation | None = None) -> DeadlineInput:
    org = org or case.organisation
    pauses = tuple(
        PausePeriod(requested=p.requested, received=p.received)
        for p in Pause.select().where(Pause.case == case).order_by(Pause.requested)
    ) if case.id else ()
    return DeadlineInput(
        received=case.received,
        country=org.country,
        subdivision=org.subdivision,
        promise_days=org.deadline_days,
        extended=bool(case.extended),
        pauses=pauses,
        pause_rule=org.pause_rule,
    )


def deadline_of(case: Case, language: str = "en", today: date | None = None) -> Deadline:
    """The one function every screen and command asks for a case's deadline."""
    return compute_deadline(deadline_input(case), language=language, today=today or date.today())


def refresh_deadline(case: Case, today: date | None = None) -> Deadline:
    """Recompute and store the case's legal limit, promise and due date (not saved here)."""
    deadline = compute_deadline(deadline_input(case), language="en", today=today or date.today())
    case.legal_limit = deadline.legal_limit
    case.first_limit = deadline.first_limit  # issue 16: was the extension notified by then?
    case.promise = deadline.promise
    case.due = deadline.due
    return deadline


def refresh_open_cases(org: Organisation) -> int:
    """After a change of the organisation's deadline settings; returns how many due dates moved."""
    moved = 0
    for case in Case.select().where(Case.organisation == org, Case.status.in_(rules.OPEN_STATUSES)):
        before = case.due
        refresh_deadline(case)
        if case.due != before:
            moved += 1
            case.save()
    return moved


# -- lookups ------------------------------------------------------------------------------------

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


# -- intake -------------------------------------------------------------------------------------

def validate(draft: CaseDraft, who: str, today: date | None = None) -> CaseFields:
    fields, problems = rules.validate_case(
        draft,
        organisation_languages=organisation_languages(),
        today=today or date.today(),
        default_assignee=who,
    )
    if problems:
        raise InvalidCase(problems)
    assert fields is not None
    return fields


def _next_number(org: Organisation, year: int) -> int:
    last = Case.select(fn.MAX(Case.number)).where(Case.organisation == org, Case.year == year).scalar()
    return (last or 0) + 1


def _search_text(reference: str, name: str, email: str) -> str:
    return rules.search_key(reference, name, email)


@dataclass
class NewAttachment:
    filename: str
    data: bytes
    kind: str = "request"


def create_case(
    draft: CaseDraft,
    who: str,
    attachments: list[NewAttachment] | None = None,
    today: date | None = None,
) -> Case:
    """Validate every field, then save the case, its first event and its attachments at once."""
    today = today or date.today()
    fields = validate(draft, who, today)
    problems = [
        FieldProblem("attachments", f"{a.filename} is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
        for a in attachments or []
        if len(a.data) > MAX_ATTACHMENT_BYTES
    ]
    if problems:
        raise InvalidCase(problems)
    org = get_organisation(fields.organisation)
    with database.atomic():
        year = fields.received.year
        number = _next_number(org, year)
        reference = rules.format_reference(org.prefix, year, number)
        case = Case(
            organisation=org,
            reference=reference,
            year=year,
            number=number,
            requester_name=fields.name,
            requester_email=fields.email,
            requester_address="\n".join(fields.address),
            requester_country=fields.country,
            language=fields.language,
            rights=",".join(fields.rights),
            channel=fields.channel,
            received=fields.received,
            summary=fields.summary,
            status="received",
            assignee=fields.assignee,
            search=_search_text(reference, fields.name, fields.email),
        )
        refresh_deadline(case, today)
        case.save()
        Event.create(case=case, who=who, kind="created", text=f"request received by {fields.channel}")
        for attachment in attachments or []:
            _store_attachment(case, attachment, who)
        from dsar_desk.store.checklist import build_checklist  # issue 6: the fulfilment checklist

        build_checklist(case, who)
    return case


# -- edits --------------------------------------------------------------------------------------

EDITABLE = ("name", "email", "address", "country", "language", "rights", "channel", "received", "summary", "assignee")


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


def _shown(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(value) if all("\n" not in v for v in value) else "\n".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def update_case(case: Case, changes: dict, who: str, today: date | None = None) -> list[str]:
    """Apply edits with the intake's validation; returns the fields that changed.

    ``changes`` maps a field of EDITABLE to its new value. Each changed field becomes an event
    with its old and new value. Nothing is saved if any field is invalid.
    """
    unknown = [k for k in changes if k not in EDITABLE]
    if unknown:
        raise InvalidCase([FieldProblem(k, "cannot be edited") for k in unknown])
    draft = draft_of(case)
    for key, value in changes.items():
        setattr(draft, key, value)
    fields = validate(draft, who, today)
    new_values = {
        "name": fields.name,
        "email": fields.email,
        "address": list(fields.address),
        "country": fields.country,
        "language": fields.language,
        "rights": list(fields.rights),
        "channel": fields.channel,
        "received": fields.received,
        "summary": fields.summary,
        "assignee": fields.assignee,
    }
    old_values = {
        "name": case.requester_name,
        "email": case.requester_email,
        "address": case.address_lines,
        "country": case.requester_country,
        "language": case.language,
        "rights": case.right_list,
        "channel": case.channel,
        "received": case.received,
        "summary": case.summary,
        "assignee": case.assignee,
    }
    changed = [k for k in EDITABLE if k in changes and new_values[k] != old_values[k]]
    if not changed:
        return []
    with database.atomic():
        case.requester_name = fields.name
        case.requester_email = fields.email
        case.requester_address = "\n".join(fields.address)
        case.requester_country = fields.country
        case.language = fields.language
        case.rights = ",".join(fields.rights)
        case.channel = fields.channel
        case.received = fields.received
        case.summary = fields.summary
        case.assignee = fields.assignee
        case.search = _search_text(case.reference, fields.name, fields.email)
        case.updated_at = now()
        before_due = case.due
        if "received" in changed:
            refresh_deadline(case, today)
        case.save()
        for key in changed:
            Event.create(
                case=case, who=who, kind="edited", field=key,
                old=_shown(old_values[key]), new=_shown(new_values[key]),
            )
        if case.due != before_due:
            Event.create(case=case, who=who, kind="deadline", old=before_due.isoformat(),
                         new=case.due.isoformat(), text="due date recomputed")
        if "rights" in changed:
            from dsar_desk.store.checklist import build_checklist  # issue 6: items follow the rights

            build_checklist(case, who)
    return changed


# -- workflow -----------------------------------------------------------------------------------

def change_status(
    case: Case,
    new: str,
    who: str,
    *,
    outcomes: dict[str, dict] | None = None,
    note: str = "",
    override: str = "",
) -> None:
    """Move a case along the workflow. Closing needs an outcome for every right asked.

    "answered" needs every checklist item marked, or an `override` reason (kept in the timeline).
    """
    old = case.status
    rules.check_transition(old, new)
    still_open = []
    if new == "answered":
        from dsar_desk.store.checklist import guard_answered  # issue 6

        still_open = guard_answered(case, override)
    if new == "closed":
        problems = rules.check_outcomes(case.right_list, outcomes or {})
        if problems:
            raise InvalidCase(problems)
    with database.atomic():
        case.status = new
        case.updated_at = now()
        if new == "closed":
            case.outcomes = json.dumps(
                {r: {"outcome": o["outcome"], "reason": (o.get("reason") or "").strip()}
                 for r, o in (outcomes or {}).items()},
                ensure_ascii=False,
            )
        case.save()
        Event.create(case=case, who=who, kind="status", field="status", old=old, new=new, text=note.strip())
        if still_open:
            from dsar_desk.store.checklist import record_override

            record_override(case, who, override, still_open)
        if new == "closed":
            for right in case.right_list:
                entry = outcomes[right]
                text = rules.OUTCOME_LABELS[entry["outcome"]]
                if (entry.get("reason") or "").strip():
                    text += f": {entry['reason'].strip()}"
                Event.create(case=case, who=who, kind="outcome", field=right, new=entry["outcome"], text=text)


def add_note(case: Case, text: str, who: str) -> Event:
    text = (text or "").strip()
    if not text:
        raise InvalidCase([FieldProblem("note", "is empty")])
    with database.atomic():
        case.updated_at = now()
        case.save()
        return Event.create(case=case, who=who, kind="note", text=text)


def _store_attachment(case: Case, attachment: NewAttachment, who: str) -> Attachment:
    name = attachment.filename.replace("\\", "/").rsplit("/", 1)[-1] or "attachment"
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    sha256 = hashlib.sha256(attachment.data).hexdigest()
    # Encrypted at rest (issue 5), bound to its case: a blob moved to another case does not open.
    from dsar_desk.store import attachment_keys

    key, key_id = attachment_keys.current_key()
    row = Attachment.create(
        case=case,
        filename=name,
        mime=mime,
        size=len(attachment.data),
        sha256=sha256,
        kind=attachment.kind,
        data=attachment_keys.seal(key, attachment.data, case.id, sha256),
        key_id=key_id,
        who=who,
    )
    Event.create(case=case, who=who, kind="attachment", new=name, text=f"{name} ({len(attachment.data):,} bytes)")
    return row


def add_attachment(case: Case, attachment: NewAttachment, who: str) -> Attachment:
    if len(attachment.data) > MAX_ATTACHMENT_BYTES:
        raise InvalidCase([FieldProblem("attachments", f"{attachment.filename} is larger than 50 MB")])
    with database.atomic():
        return _store_attachment(case, attachment, who)


def attachment_data(attachment_id: int) -> bytes:
    """The decrypted bytes, without a timeline entry: for the app's own use. A clerk opening or
    saving an attachment goes through :func:`open_attachment`, which records it."""
    from dsar_desk.store import attachment_keys

    row = Attachment.select(Attachment.case, Attachment.data, Attachment.key_id, Attachment.sha256).where(
        Attachment.id == attachment_id).get()
    return attachment_keys.unseal(row.data, row.key_id, row.case_id, row.sha256)


def open_attachment(attachment_id: int, who: str, action: str = "opened") -> bytes:
    """Decrypt an attachment for the clerk; "<file> opened" goes in the timeline."""
    data = attachment_data(attachment_id)
    row = Attachment.select(Attachment.case, Attachment.filename).where(Attachment.id == attachment_id).get()
    with database.atomic():
        Event.create(case=row.case_id, who=who, kind="opened", new=row.filename, text=f"{row.filename} {action}")
    return data


# -- waiting for the requester (drives the deadline suspension) ------------------------------

def open_pause(case: Case) -> Pause | None:
    """The request for information still unanswered (at most one per case), or None."""
    return Pause.select().where(Pause.case == case, Pause.received.is_null()).first()


def request_identity(case: Case, who: str, on: date | None = None, reason: str = "identity") -> Pause:
    on = on or date.today()
    if open_pause(case) is not None:
        raise CaseRuleError("the case is already waiting for the requester")
    if on < case.received:
        raise CaseRuleError("the request for information cannot be dated before the case was received")
    with database.atomic():
        pause = Pause.create(case=case, reason=reason, requested=on)
        before = case.due
        if case.status == "received" or case.status == "in-progress":
            old = case.status
            case.status = "awaiting-identity" if reason == "identity" else case.status
            if case.status != old:
                Event.create(case=case, who=who, kind="status", field="status", old=old, new=case.status)
        refresh_deadline(case)
        case.save()
        Event.create(case=case, who=who, kind="pause", new=on.isoformat(),
                     text=f"{reason} requested from the requester; the deadline is suspended")
        if case.due != before:
            Event.create(case=case, who=who, kind="deadline", old=before.isoformat(), new=case.due.isoformat())
    return pause


def identity_received(case: Case, who: str, on: date | None = None) -> Pause:
    on = on or date.today()
    pause = open_pause(case)
    if pause is None:
        raise CaseRuleError("the case is not waiting for the requester")
    if on < pause.requested:
        raise CaseRuleError("the answer cannot arrive before it was asked for")
    with database.atomic():
        pause.received = on
        pause.save()
        before = case.due
        if case.status == "awaiting-identity":
            Event.create(case=case, who=who, kind="status", field="status", old=case.status, new="in-progress")
            case.status = "in-progress"
        refresh_deadline(case)
        case.save()
        waited = (on - pause.requested).days
        Event.create(case=case, who=who, kind="pause", new=on.isoformat(),
                     text=f"{pause.reason} received after {waited} days")
        if case.due != before:
            Event.create(case=case, who=who, kind="deadline", old=before.isoformat(), new=case.due.isoformat())
    return pause


def extend(case: Case, reasons: str, who: str, on: date | None = None) -> Deadline:
    """Extend by two months (Art. 12(3)); refused after the first limit or without reasons."""
    from dsar_desk.domain.deadlines import extension_allowed

    on = on or date.today()
    if case.extended:
        raise CaseRuleError("the case is already extended")
    if not (reasons or "").strip():
        raise InvalidCase([FieldProblem("reasons", "give the reasons for the extension (they go in the letter)")])
    ok, why = extension_allowed(deadline_input(case), on)
    if not ok:
        raise CaseRuleError(why)
    with database.atomic():
        before = case.due
        case.extended = True
        case.extension_reasons = reasons.strip()
        deadline = refresh_deadline(case, on)
        case.save()
        Event.create(case=case, who=who, kind="extended", old=before.isoformat(), new=case.due.isoformat(),
                     text=reasons.strip())
    return deadline


# -- output ------------------------------------------------------------------------------------

def case_dict(case: Case, today: date | None = None, language: str = "en") -> dict:
    """The case as a JSON-ready dict (the CLI's `case show --json`)."""
    today = today or date.today()
    deadline = deadline_of(case, language, today)
    return {
        "reference": case.reference,
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
        "days_left": deadline.days_left(today),
        "extended": deadline.extended,
        "waited_days": deadline.waited_days,
        "deadline_explanation": deadline.explanation,
        "outcomes": json.loads(case.outcomes) if case.outcomes else {},
        "attachments": [
            {"filename": a.filename, "size": a.size, "sha256": a.sha256, "kind": a.kind,
             "added_at": a.added_at.isoformat(), "who": a.who}
            for a in attachments_of(case)
        ],
        **_letters_summary(case),  # "letters" made, and "answered_on" (first reply letter sent)
        "events": [
            {k: v for k, v in {
                "at": e.at.isoformat() + "Z", "who": e.who, "kind": e.kind,
                "field": e.field, "old": e.old, "new": e.new, "text": e.text,
            }.items() if v != "" or k in ("at", "who", "kind")}
            for e in events_of(case)
        ],
    }


def _letters_summary(case: Case) -> dict:
    from dsar_desk.store.letters import letters_summary  # issue 4; imports this module

    return letters_summary(case)
