"""Cases: intake, edits, the workflow, notes, asking the requester for information, extension,
fees and the mark "manifestly unfounded or excessive".

Every function checks what the rules allow (:mod:`dsar_desk.domain.actions`) before it writes,
writes in one transaction, and leaves an event in the case's timeline with who and when.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from peewee import fn

from dsar_desk.desk import checklist
from dsar_desk.desk.attachments import store_attachment
from dsar_desk.domain import actions, finishing
from dsar_desk.domain import cases as rules
from dsar_desk.domain.cases import (
    CaseDraft,
    CaseFields,
    CaseRuleError,
    FieldProblem,
    InvalidCase,
    NewAttachment,
    attachment_problems,
)
from dsar_desk.domain.checklist import ChecklistError, format_cents, requester_key
from dsar_desk.domain.conflicts import Difference, differences
from dsar_desk.domain.deadlines import Deadline
from dsar_desk.domain.identity import validate_id_copy_request
from dsar_desk.domain.messages import msg
from dsar_desk.domain.text import text_problem
from dsar_desk.store.answers import round_of, sent_in_round
from dsar_desk.store.cases import draft_of, facts_of, get_case_by_id, note_texts, open_pause
from dsar_desk.store.db import writing
from dsar_desk.store.deadlines import refresh_deadline
from dsar_desk.store.models import Case, ChangedMeanwhile, Event, Organisation, Pause, now, server_login
from dsar_desk.store.organisations import get_organisation, organisation_languages

EDITABLE = ("name", "email", "address", "country", "language", "rights", "channel", "received", "summary", "assignee")
MAX_FEE_CENTS = 100_000_00


def check_allowed(case: Case, action: str, today: date | None = None) -> None:
    actions.check_action(facts_of(case), action, today or date.today())


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


def create_case(
    draft: CaseDraft,
    who: str,
    attachments: list[NewAttachment] | None = None,
    today: date | None = None,
) -> Case:
    """Validate every field, then save the case, its first event, its attachments and its
    checklist at once."""
    today = today or date.today()
    fields = validate(draft, who, today)
    problems = attachment_problems(attachments or [])
    if problems:
        raise InvalidCase(problems)
    org = get_organisation(fields.organisation)
    with writing():
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
            search=rules.search_text(reference, fields.name, fields.email, fields.summary),
            requester_key=requester_key(fields.name),
        )
        refresh_deadline(case, today)
        case.save()
        Event.create(case=case, who=who, kind="created", text=f"request received by {fields.channel}")
        for attachment in attachments or []:
            store_attachment(case, attachment, who)
        checklist.build_checklist(case, who)
    return case


# -- edits --------------------------------------------------------------------------------------

def _shown(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(value) if all("\n" not in v for v in value) else "\n".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _values(fields: CaseFields | Case) -> dict:
    if isinstance(fields, Case):
        case = fields
        return {"name": case.requester_name, "email": case.requester_email, "address": case.address_lines,
                "country": case.requester_country, "language": case.language, "rights": case.right_list,
                "channel": case.channel, "received": case.received, "summary": case.summary,
                "assignee": case.assignee}
    return {"name": fields.name, "email": fields.email, "address": list(fields.address), "country": fields.country,
            "language": fields.language, "rights": list(fields.rights), "channel": fields.channel,
            "received": fields.received, "summary": fields.summary, "assignee": fields.assignee}


def _edit(case: Case, changes: dict, who: str, today: date | None):
    """The edits checked with the intake's validation: (fields, new values, old values, changed)."""
    unknown = [k for k in changes if k not in EDITABLE]
    if unknown:
        raise InvalidCase([FieldProblem(k, msg("case.not-editable", "cannot be edited")) for k in unknown])
    draft = draft_of(case)
    for key, value in changes.items():
        setattr(draft, key, value)
    fields = validate(draft, who, today)
    new_values, old_values = _values(fields), _values(case)
    changed = [k for k in EDITABLE if k in changes and new_values[k] != old_values[k]]
    return fields, new_values, old_values, changed


def edited(case: Case, changes: dict, who: str, today: date | None = None) -> dict:
    """The part of ``changes`` that changes ``case`` as it was read (the fields the clerk edited)."""
    _fields, _new, _old, changed = _edit(case, changes, who, today)
    return {k: changes[k] for k in changed}


@contextmanager
def _unchanged_if_refused(case: Case) -> Iterator[None]:
    """A write refused (a colleague's change, the server gone, a rule) leaves the case object as
    it was read, so that the caller can still compare with it or try again."""
    data, dirty = dict(case.__data__), set(case._dirty)
    try:
        yield
    except BaseException:
        case.__data__.clear()
        case.__data__.update(data)
        case._dirty = dirty
        raise


def _kept_over(case: Case, over: ChangedMeanwhile, who: str, what: list[str]) -> None:
    """Inside the write: the timeline says that this write went over a colleague's change."""
    at = over.at.strftime("%Y-%m-%d %H:%M") if hasattr(over.at, "strftime") else ""
    Event.create(case=case, who=who, kind="overwritten", field=", ".join(what), old=over.who or "",
                 new=str(over.version or ""),
                 text=f"kept over a change by {over.who or 'someone else'}" + (f" at {at} UTC" if at else "")
                      + f": {', '.join(what)}")


def update_case(case: Case, changes: dict, who: str, today: date | None = None, *,
                over: ChangedMeanwhile | None = None) -> list[str]:
    """Apply edits with the intake's validation; returns the fields that changed.

    ``changes`` maps a field of EDITABLE to its new value. Each changed field becomes an event
    with its old and new value. Nothing is saved if any field is invalid; a save over a version
    that moved since ``case`` was read raises ChangedMeanwhile (nothing written, ``case`` as it
    was). ``over``: the ChangedMeanwhile the clerk chose to write over ("keep mine", on the case
    read again): the timeline records whose change these edits went over.
    """
    fields, new_values, old_values, changed = _edit(case, changes, who, today)
    if not changed:
        return []
    with _unchanged_if_refused(case), writing():
        case.requester_name = fields.name
        case.requester_key = requester_key(fields.name)
        case.requester_email = fields.email
        case.requester_address = "\n".join(fields.address)
        case.requester_country = fields.country
        case.language = fields.language
        case.rights = ",".join(fields.rights)
        case.channel = fields.channel
        case.received = fields.received
        case.summary = fields.summary
        case.assignee = fields.assignee
        case.search = rules.search_text(case.reference, fields.name, fields.email, fields.summary, note_texts(case))
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
        if over is not None:
            _kept_over(case, over, who, changed)
        if "rights" in changed:
            checklist.build_checklist(case, who)  # the items follow the rights asked
    return changed


def keep_my_edits(case: Case, changes: dict, who: str, over: ChangedMeanwhile,
                  today: date | None = None) -> tuple[Case, list[str]]:
    """"Keep mine" after ChangedMeanwhile: the fields the clerk changed since ``case`` was read,
    written on top of the case as it is now (the colleague's other changes stay), recorded as
    kept over their change. Returns the case as written and the fields written."""
    mine = edited(case, changes, who, today)
    fresh = get_case_by_id(case.id)
    return fresh, update_case(fresh, mine, who, today, over=over)


def compare(case: Case, changes: dict | None = None, status: str | None = None) -> list[Difference]:
    """What the colleague changed since ``case`` was read, beside what the clerk would write
    (``changes`` of the fields, or the ``status`` they chose): one row per field either changed."""
    fresh = get_case_by_id(case.id)
    base, theirs = _values(case), _values(fresh)
    base["status"], theirs["status"] = case.status, fresh.status
    mine: dict = {}
    if changes:
        draft = draft_of(case)
        for key, value in changes.items():
            setattr(draft, key, value)
        mine = {k: v for k, v in _values(_as_typed(draft)).items() if k in changes}
    if status is not None:
        mine["status"] = status
    return differences(("status", *EDITABLE), base, theirs, mine)


def _as_typed(draft: CaseDraft) -> CaseFields | Case:
    """The draft's values as the clerk typed them (for a comparison; not validated)."""
    return CaseFields(organisation=draft.organisation, name=draft.name, email=draft.email,
                      address=tuple(draft.address), country=draft.country, language=draft.language,
                      rights=tuple(draft.rights), channel=draft.channel, received=draft.received,
                      summary=draft.summary, assignee=draft.assignee)


# -- workflow -----------------------------------------------------------------------------------

def change_status(
    case: Case,
    new: str,
    who: str,
    *,
    outcomes: dict[str, dict] | None = None,
    note: str = "",
    override: str = "",
    today: date | None = None,
    over: ChangedMeanwhile | None = None,
) -> None:
    """Move a case along the workflow.

    Refusing or recording a withdrawal needs a note. "Answered" needs every checklist item
    marked (or an ``override`` reason, kept in the timeline) and every right asked answered: by a
    reply letter sent since the case was last reopened, or by an outcome with the reason no letter
    is needed (``outcomes[right] = {"outcome": ..., "reason": ..., "no_letter": "why"}``). Closing
    takes the outcome of each right from the letters sent (or from "answered"), and refuses one
    that does not match them (domain.finishing). A case changed by someone else since it was read
    raises ChangedMeanwhile; ``over``: the change the clerk chose to go over (on the case read
    again), recorded.
    """
    old = case.status
    check_allowed(case, actions.status_action(new), today)
    problems = rules.check_status_note(new, note)
    state = round_of(case)
    sent = sent_in_round(case, state)
    recorded = state.outcomes()
    given = {r: dict(o) for r, o in (outcomes or {}).items()}
    final: dict[str, dict] = {}
    if new == "answered":
        problems += finishing.answer_problems(case.right_list, sent, given)
        if not problems:
            final = {r: _entry(o) for r, o in given.items() if (o.get("no_letter") or "").strip()
                     and r not in finishing.covered(sent, case.right_list)}
    elif new == "closed":
        final, found = finishing.closing_outcomes(case.right_list, sent, recorded, given, old)
        problems += found
    still_open = checklist.guard_answered(case, override) if new == "answered" else []
    if problems:
        raise InvalidCase(problems)
    with _unchanged_if_refused(case), writing():
        case.status = new
        case.updated_at = now()
        if new in ("answered", "closed"):
            case.outcomes = json.dumps(final, ensure_ascii=False) if final else ""
        elif finishing.is_reopening(old, new):
            case.outcomes = ""  # a new round: its answers are still to be given
        case.save()
        Event.create(case=case, who=who, kind="status", field="status", old=old, new=new, text=note.strip())
        if over is not None:
            _kept_over(case, over, who, ["status"])
        if still_open:
            checklist.record_override(case, who, override, still_open)
        if new == "answered":
            for right in case.right_list:
                if right in final:
                    _outcome_events(case, who, right, final[right])
        if new == "closed":
            for right in case.right_list:
                entry = final[right]
                if right in recorded and recorded[right].get("no_letter") and \
                        recorded[right].get("outcome") == entry["outcome"]:
                    continue  # recorded when the case was answered: the timeline has it
                Event.create(case=case, who=who, kind="outcome", field=right, new=entry["outcome"],
                             text=finishing.outcome_text(entry["outcome"], entry.get("reason", "")))


def _entry(given: dict) -> dict:
    return {"outcome": given["outcome"], "reason": (given.get("reason") or "").strip(),
            "no_letter": " ".join(str(given["no_letter"]).split())}


def _outcome_events(case: Case, who: str, right: str, entry: dict) -> None:
    Event.create(case=case, who=who, kind="outcome", field=right, new=entry["outcome"],
                 text=finishing.outcome_text(entry["outcome"], entry.get("reason", "")))
    Event.create(case=case, who=who, kind="no-letter", field=right, text=entry["no_letter"])


def undo_status_change(case: Case, who: str, at: datetime | None = None) -> str:
    """Take back the last status change (domain.finishing.undo_problem says when it may be): the
    case gets its status (and the outcomes of its round) back, and the undo is a new event; the
    change itself stays in the timeline. Returns the status restored."""
    state = round_of(case)
    who = server_login() or who  # on a team's server the clerk is the login the events are written as
    problem = finishing.undo_problem(state, who, at or now())
    if problem is not None:
        raise CaseRuleError(problem)
    change = state.last_change
    assert change is not None
    with writing():
        Event.create(case=case, who=who, kind="status-undo", field="status", old=change.new, new=change.old,
                     text=f"undoes the change {rules.STATUS_LABELS[change.old].lower()} \u2192 "
                          f"{rules.STATUS_LABELS[change.new].lower()} of {change.at.isoformat(sep=' ')} UTC")
        outcomes = round_of(case).outcomes() if change.old in finishing.END_STATUSES else {}
        case.status = change.old
        case.outcomes = json.dumps(outcomes, ensure_ascii=False) if outcomes else ""
        case.updated_at = now()
        case.save()
    return change.old


def add_note(case: Case, text: str, who: str) -> Event:
    text = (text or "").strip()
    if not text:
        raise InvalidCase([FieldProblem("note", msg("case.note-empty", "is empty"))])
    if len(text) > rules.NOTE_MAX:
        raise InvalidCase([FieldProblem("note", msg("case.note-too-long", "is longer than {max} characters",
                                                    max=rules.NOTE_MAX))])
    problem = text_problem(text, multiline=True)
    if problem:
        raise InvalidCase([FieldProblem("note", problem)])
    with writing():
        # A note only adds: it is written on the case as it is now, whatever version the caller read,
        # and does not move the version (a colleague's edit of the case is no conflict with it).
        stamp = now()
        search = Case.select(Case.search).where(Case.id == case.id).scalar() or ""
        search = rules.search_text(search, "", "", "", (text,))  # the note is found by the search
        Case.update(updated_at=stamp, search=search).where(Case.id == case.id).execute()
        case.__data__.update(updated_at=stamp, search=search)
        return Event.create(case=case, who=who, kind="note", text=text)


# -- waiting for the requester (drives the deadline suspension) ------------------------------

def request_identity(case: Case, who: str, on: date | None = None, *, id_copy: bool = False,
                     why: str = "") -> Pause:
    """Ask the requester for proof of identity: the case waits in "awaiting identity" and the
    clock stops from ``on``. Asking for an ID copy needs the reason why lesser means are not
    enough (``why``); it is recorded."""
    if id_copy:
        problems = validate_id_copy_request(why)
        if problems:
            raise InvalidCase(problems)
    return _request_information(case, who, on, "identity", id_copy=id_copy, why=why)


def request_clarification(case: Case, who: str, on: date | None = None, why: str = "") -> Pause:
    """Ask the requester to say which data or processing the request is about (EDPB 01/2022
    § 35): the clock waits until the answer arrives."""
    return _request_information(case, who, on, "clarification", why=why)


def _request_information(case: Case, who: str, on: date | None, reason: str, *, id_copy: bool = False,
                         why: str = "") -> Pause:
    on = on or date.today()
    check_allowed(case, actions.REQUEST_IDENTITY if reason == "identity" else actions.REQUEST_CLARIFICATION)
    if on < case.received:
        raise CaseRuleError(msg("case.pause-before-received",
                                "the request for information cannot be dated before the case was received"))
    if on > date.today():
        raise CaseRuleError(msg("case.pause-in-future", "{day} is in the future", day=on))
    with writing():
        pause = Pause.create(case=case, reason=reason, requested=on)
        before = case.due
        if reason == "identity" and case.status in ("received", "in-progress"):
            Event.create(case=case, who=who, kind="status", field="status", old=case.status, new="awaiting-identity")
            case.status = "awaiting-identity"
        refresh_deadline(case)
        case.save()
        Event.create(case=case, who=who, kind="pause", new=on.isoformat(),
                     text=f"{reason} requested from the requester; the deadline is suspended")
        if case.due != before:
            Event.create(case=case, who=who, kind="deadline", old=before.isoformat(), new=case.due.isoformat())
        why = (why or "").strip()
        if reason == "identity" and (id_copy or why):
            text = ("an ID copy" if id_copy else "proof of identity") + " asked of the requester"
            if why:
                text += f"; why lesser means are not enough: {why}" if id_copy else f": {why}"
            if id_copy:
                text += "; the requester may black out the photo and the national number"
            Event.create(case=case, who=who, kind="identity", field="request",
                         new="id-copy" if id_copy else "proof", text=text)
    return pause


def information_received(case: Case, who: str, on: date | None = None) -> Pause:
    """What was asked of the requester arrived on ``on``: the clock runs again."""
    on = on or date.today()
    check_allowed(case, actions.INFORMATION_RECEIVED)
    pause = open_pause(case)
    if on < pause.requested:
        raise CaseRuleError(msg("case.answer-before-asked", "the answer cannot arrive before it was asked for"))
    if on > date.today():
        raise CaseRuleError(msg("case.pause-in-future", "{day} is in the future", day=on))
    with writing():
        end_wait(case, pause, who, on)
    return pause


def end_wait(case: Case, pause: Pause, who: str, on: date) -> None:
    """Inside a transaction: end the wait (also when a verified identity check ends it)."""
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


def extend(case: Case, reasons: str, who: str, on: date | None = None) -> Deadline:
    """Extend by two months (Art. 12(3)); refused on a case no longer open, after the first
    limit, or without reasons."""
    on = on or date.today()
    check_allowed(case, actions.EXTEND, on)
    if not (reasons or "").strip():
        raise InvalidCase([FieldProblem("reasons", msg("case.extension-reasons",
                                                       "give the reasons for the extension (they go in the letter)"))])
    with writing():
        before = case.due
        case.extended = True
        case.extension_reasons = reasons.strip()
        deadline = refresh_deadline(case, on)
        case.save()
        Event.create(case=case, who=who, kind="extended", old=before.isoformat(), new=case.due.isoformat(),
                     text=reasons.strip())
    return deadline


# -- fees and refusals -------------------------------------------------------------------------

def record_fee(case: Case, who: str, *, asked_cents: int | None = None, paid_cents: int | None = None) -> None:
    """A reasonable fee asked or paid (Art. 15(3), 12(5)), in integer cents; each change an event."""
    for name, value in (("asked", asked_cents), ("paid", paid_cents)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0
                                  or value > MAX_FEE_CENTS):
            raise ChecklistError(msg("case.fee-range", "fee {which}: must be an amount between 0.00 and 100000.00 euros",
                                     which=name))
    with writing():
        for column, value, label in (("fee_asked_cents", asked_cents, "fee asked"),
                                     ("fee_paid_cents", paid_cents, "fee paid")):
            old = getattr(case, column)
            if value is None or value == old:
                continue
            setattr(case, column, value)
            Event.create(case=case, who=who, kind="fee", field=column, old=format_cents(old),
                         new=format_cents(value), text=f"{label}: EUR {format_cents(value)}")
        case.updated_at = now()
        case.save()


def mark_unfounded(case: Case, reason: str, who: str, refuse: bool = True) -> None:
    """Mark the request manifestly unfounded or excessive (Art. 12(5)) with its reason: the flag and
    the reason feed the refusal letter; the case moves to "refused" when the workflow allows it."""
    reason = (reason or "").strip()
    if not reason:
        raise ChecklistError(msg("case.unfounded-reason", "reason: say why the request is manifestly unfounded or "
                                 "excessive (the requester is told, Art. 12(4))"))
    check_allowed(case, actions.MARK_UNFOUNDED)
    with writing():
        case.unfounded = True
        case.unfounded_reason = reason
        case.updated_at = now()
        case.save()
        Event.create(case=case, who=who, kind="unfounded", new="manifestly unfounded or excessive", text=reason)
        if refuse and "refused" in rules.allowed_transitions(case.status):
            # the status note is what the refusal letter quotes as the reasons (store.letters)
            change_status(case, "refused", who, note=reason)
