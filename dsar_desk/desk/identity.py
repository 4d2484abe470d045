"""Identity checks: recording a check (with the ID copy kept encrypted), the reminder days of an
organisation, and the purge of ID copies whose retention is over.

Asking the requester for proof of identity is :func:`dsar_desk.desk.cases.request_identity`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date

from dsar_desk.desk import keys
from dsar_desk.desk.attachments import store_attachment
from dsar_desk.desk.backup import scrub_backups
from dsar_desk.desk.cases import check_allowed, end_wait
from dsar_desk.domain import actions
from dsar_desk.domain import identity as rules
from dsar_desk.domain.cases import FieldProblem, InvalidCase, NewAttachment, attachment_problems
from dsar_desk.domain.identity import IdentityDraft, IdentityFields
from dsar_desk.domain.messages import msg
from dsar_desk.store.db import is_server, purge_turn, reclaim_space, writing
from dsar_desk.store.identity import REMINDER_SETTING, due_id_copies, open_identity_pause, retention_days
from dsar_desk.store.identity import policy_method as policy_identity
from dsar_desk.store.models import Attachment, Case, Event, IdentityCheck, Organisation, Setting, now


def set_reminder_days(org: Organisation, days: int) -> None:
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 365:
        raise InvalidCase([FieldProblem("reminder_days", msg("identity.reminder-days",
                                                             "must be a whole number of days between 1 and 365"))])
    with writing():
        Setting.put(REMINDER_SETTING.format(slug=org.slug), str(days))


def record_check(
    case: Case,
    draft: IdentityDraft,
    who: str,
    *,
    id_copy: NewAttachment | None = None,  # kept until the purge (kind "id-copy")
    today: date | None = None,
) -> IdentityCheck:
    """Validate and save a check, its ID copy (encrypted) and its timeline event, all at once.

    Only on a case still owing an answer; a method other than the one the organisation's policy
    asks for needs the reason. A verified or not-needed check ends the wait for the
    requester's proof (the case goes on "in progress"). Raises InvalidCase naming each bad field;
    nothing is written then.
    """
    today = today or date.today()
    check_allowed(case, actions.IDENTITY_CHECK, today)
    draft = replace(draft, keep_id_copy=id_copy is not None)
    fields, problems = rules.validate_check(draft, today, policy_identity=policy_identity(case))
    if id_copy is not None:
        if not id_copy.data:
            problems.append(FieldProblem("id_copy", msg("identity.copy-empty", "{name} is empty", name=id_copy.filename)))
        else:
            problems += attachment_problems([id_copy], "id_copy")
    if problems:
        raise InvalidCase(problems)
    assert fields is not None
    if id_copy is not None:
        keys.current_key()  # KeyNeeded now, before anything is written
    with writing():
        # Recording a check only adds (a check, an event): it works on the case as it is now.
        current = case.reread()
        case.__data__.update(current.__data__)
        case._dirty.clear()
        pause = open_identity_pause(case)
        attachment = None
        if id_copy is not None:
            attachment = store_attachment(case, NewAttachment(id_copy.filename, id_copy.data, kind="id-copy"), who)
        check = IdentityCheck.create(case=case, who=who, attachment=attachment, **_columns(fields))
        text = rules.summary_text(fields)
        if fields.keep_id_copy:
            until = rules.purge_date(fields.checked_on, retention_days(case.organisation))
            text += f"; the ID copy is deleted on {until.isoformat()}"
        Event.create(case=case, who=who, kind="identity", field="outcome", new=fields.outcome, text=text)
        if pause is not None and fields.outcome in ("verified", "not-needed"):
            end_wait(case, pause, who, max(fields.checked_on, pause.requested))
        case.updated_at = now()
        case.save()
    return check


def _columns(fields: IdentityFields) -> dict:
    mrz = fields.mrz
    return {
        "method": fields.method,
        "outcome": fields.outcome,
        "checked_on": fields.checked_on,
        "matched": ",".join(fields.matched),
        "document_type": fields.document_type,
        "issuing_country": fields.issuing_country,
        "expiry": fields.expiry,
        "expired": fields.expired,
        "number_last4": fields.number_last4,
        "mrz_format": mrz.format if mrz else "",
        "mrz_check_digits_ok": mrz.check_digits_ok if mrz else None,
        "mrz_failed": ",".join(mrz.failed) if mrz else "",
        "mrz_name_agrees": mrz.name_agrees if mrz else None,
        "mrz_expiry_agrees": mrz.expiry_agrees if mrz else None,
        "mrz_number_agrees": mrz.number_agrees if mrz else None,
        "mrz_country_agrees": mrz.country_agrees if mrz else None,
        "reason": fields.reason,
        "proportionality": fields.proportionality,
        "blacked_out": fields.blacked_out,
    }


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    references: tuple[str, ...]
    seconds: float  # time spent reclaiming the space (checkpoint + VACUUM)


def purge_id_copies(today: date | None = None, *, reclaim: bool = True) -> PurgeResult:
    """Delete the content of every ID copy whose retention is over, then reclaim the space.

    The rows stay (name, size, hash: the check's evidence) with ``data`` NULL; SQLite's
    secure_delete overwrites the freed pages; then the WAL is checkpointed and truncated and the
    file is VACUUMed, so no byte of the copy (even encrypted) remains in the database files; the
    backups the app wrote lose the copy too.
    Must not be called inside a transaction. Safe to run from a worker thread.
    """
    today = today or date.today()
    with purge_turn() as mine:  # on a team's server: one app of the team purges at a time
        if not mine:
            return PurgeResult(0, (), 0.0)
        due = due_id_copies(today)
        if not due:
            return PurgeResult(0, (), 0.0)
        with writing():
            for attachment_id, filename, case in due:
                Attachment.update(data=None).where(Attachment.id == attachment_id).execute()
                Event.create(case=case, who="DSAR Desk", kind="purged", new=filename,
                             text=f"ID copy purged on {today.isoformat()} ({filename}); the check's outcome is kept")
        started = time.perf_counter()
        if reclaim:
            reclaim_space(("attachment",))
        if not is_server():
            scrub_backups([attachment_id for attachment_id, _, _ in due])  # and from every backup the app wrote
    return PurgeResult(len(due), tuple(sorted({c.reference for _, _, c in due})), time.perf_counter() - started
                       if reclaim else 0.0)
