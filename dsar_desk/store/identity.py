"""Identity checks in the database, the disclosure block, ID copies and their purge, reminders.

* :func:`record_check` saves a check (and the ID copy kept with it, encrypted) with its timeline
  event in one transaction, and ends the wait for the requester when the identity is settled.
* :func:`disclosure_block` says whether letters that disclose data may be made.
* :func:`request_proof` asks the requester for proof (an ID copy only with the reason why lesser
  means are not enough) and puts the case in "awaiting identity".
* :func:`purge_id_copies` deletes the ID copies whose retention is over (SQLite secure_delete,
  then the space reclaimed) and leaves "ID copy purged on <date>" in the timeline.
* :func:`identity_reminders` lists the identity requests unanswered for longer than the
  organisation's number of days.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date, timedelta

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from dsar_desk.domain import identity as rules
from dsar_desk.domain.cases import OPEN_STATUSES, CaseRuleError, FieldProblem
from dsar_desk.domain.identity import IdentityDraft, IdentityFields
from dsar_desk.store.models import Attachment, BaseModel, Case, Event, Organisation, Pause, Setting, database, now
from dsar_desk.store.organisations import profile_of

__all__ = [
    "IdentityCheck",
    "IdentityReminder",
    "PurgeResult",
    "disclosure_block",
    "identity_reminders",
    "latest_check",
    "checks_of",
    "purge_id_copies",
    "record_check",
    "reminder_days",
    "request_proof",
    "retention_days",
    "set_reminder_days",
]


class IdentityCheck(BaseModel):
    """One identity check of a case. Nothing of the MRZ, only the last 4 of a document number."""

    case = ForeignKeyField(Case, backref="identity_checks", on_delete="CASCADE")
    method = CharField()
    outcome = CharField()  # verified | failed | not-needed
    checked_on = DateField()
    matched = CharField(default="")  # comma separated keys of rules.MATCHED_DATA
    document_type = CharField(default="")
    issuing_country = CharField(default="")
    expiry = DateField(null=True)
    expired = BooleanField(default=False)
    number_last4 = CharField(default="")
    mrz_format = CharField(default="")  # "" when no MRZ was checked
    mrz_check_digits_ok = BooleanField(null=True)
    mrz_failed = CharField(default="")  # fields whose check digit failed, comma separated
    mrz_name_agrees = BooleanField(null=True)
    mrz_expiry_agrees = BooleanField(null=True)
    mrz_number_agrees = BooleanField(null=True)
    mrz_country_agrees = BooleanField(null=True)  # migration 5
    reason = TextField(default="")
    proportionality = TextField(default="")  # why lesser means were not enough (ID copy)
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")  # the ID copy kept
    blacked_out = BooleanField(default=False)  # the clerk confirmed photo/national number masked
    who = CharField()
    recorded_at = DateTimeField(default=now)

    class Meta:
        table_name = "identity_check"
        indexes = ((("case", "recorded_at"), False),)


REMINDER_SETTING = "identity_reminder_days:{slug}"


# --------------------------------------------------------------------------- lookups


def checks_of(case: Case) -> list[IdentityCheck]:
    return list(IdentityCheck.select().where(IdentityCheck.case == case)
                .order_by(IdentityCheck.recorded_at, IdentityCheck.id))


def latest_check(case: Case) -> IdentityCheck | None:
    return (IdentityCheck.select().where(IdentityCheck.case == case)
            .order_by(IdentityCheck.recorded_at.desc(), IdentityCheck.id.desc()).first())


def _open_identity_pause(case: Case) -> Pause | None:
    return Pause.select().where(Pause.case == case, Pause.reason == "identity", Pause.received.is_null()).first()


def disclosure_block(case: Case) -> str | None:
    """None when letters that disclose data (access, portability) may be made; else the reason.

    They may when the latest check is verified or "not needed" (a recorded override with its
    reason), or when no check was ever asked: the profile's policy asks for none and the case
    is not waiting for proof of identity.
    """
    latest = latest_check(case)
    waiting = case.status == "awaiting-identity" or _open_identity_pause(case) is not None
    return rules.disclosure_reason(
        policy_identity=profile_of(case.organisation).identity,
        latest_outcome=latest.outcome if latest else None,
        latest_on=latest.checked_on if latest else None,
        waiting_for_identity=waiting,
    )


def retention_days(org: Organisation) -> int:
    return int(profile_of(org).id_copy_retention_days)


def reminder_days(org: Organisation) -> int:
    """Days after which an unanswered identity request is a reminder (organisation setting)."""
    row = Setting.get_or_none(Setting.key == REMINDER_SETTING.format(slug=org.slug))
    if row is not None:
        try:
            return max(1, int(row.value))
        except ValueError:
            pass
    return rules.DEFAULT_REMINDER_DAYS


def set_reminder_days(org: Organisation, days: int) -> None:
    if not isinstance(days, int) or not 1 <= days <= 365:
        from dsar_desk.store.cases import InvalidCase

        raise InvalidCase([FieldProblem("reminder_days", "must be a whole number of days between 1 and 365")])
    with database.atomic():
        Setting.insert(key=REMINDER_SETTING.format(slug=org.slug), value=str(days)).on_conflict_replace().execute()


# --------------------------------------------------------------------------- recording


def record_check(
    case: Case,
    draft: IdentityDraft,
    who: str,
    *,
    id_copy=None,  # a dsar_desk.store.cases.NewAttachment kept until the purge (kind "id-copy")
    today: date | None = None,
) -> IdentityCheck:
    """Validate and save a check, its ID copy (encrypted) and its timeline event, all at once.

    A verified or not-needed check ends the wait for the requester's proof (the case goes on
    "in progress"). Raises InvalidCase naming each bad field; nothing is written then.
    """
    from dsar_desk.store import attachment_keys
    from dsar_desk.store import cases as store

    today = today or date.today()
    draft = replace(draft, keep_id_copy=id_copy is not None)
    fields, problems = rules.validate_check(draft, today)
    if id_copy is not None:
        if not id_copy.data:
            problems.append(FieldProblem("id_copy", f"{id_copy.filename} is empty"))
        elif len(id_copy.data) > store.MAX_ATTACHMENT_BYTES:
            problems.append(FieldProblem("id_copy", f"{id_copy.filename} is larger than 50 MB"))
    if problems:
        raise store.InvalidCase(problems)
    assert fields is not None
    if id_copy is not None:
        attachment_keys.current_key()  # KeyNeeded now, before anything is written
    pause = _open_identity_pause(case)
    with database.atomic():
        attachment = None
        if id_copy is not None:
            attachment = store._store_attachment(
                case, store.NewAttachment(id_copy.filename, id_copy.data, kind="id-copy"), who)
        check = IdentityCheck.create(case=case, who=who, attachment=attachment, **_columns(fields))
        text = rules.summary_text(fields)
        if fields.keep_id_copy:
            until = rules.purge_date(fields.checked_on, retention_days(case.organisation))
            text += f"; the ID copy is deleted on {until.isoformat()}"
        Event.create(case=case, who=who, kind="identity", field="outcome", new=fields.outcome, text=text)
        if pause is not None and fields.outcome in ("verified", "not-needed"):
            store.identity_received(case, who, max(fields.checked_on, pause.requested))
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


def request_proof(case: Case, who: str, *, id_copy: bool = False, reason: str = "",
                  on: date | None = None) -> Pause:
    """Ask the requester for proof of identity; the case waits in "awaiting identity".

    Asking for an ID copy needs the reason why lesser means are not enough; it is recorded.
    """
    from dsar_desk.store import cases as store

    if id_copy:
        problems = rules.validate_id_copy_request(reason)
        if problems:
            raise store.InvalidCase(problems)
    if case.status not in OPEN_STATUSES:
        raise CaseRuleError("the case is not open")
    with database.atomic():
        pause = store.request_identity(case, who, on)
        what = "an ID copy" if id_copy else "proof of identity"
        text = f"{what} asked of the requester"
        if reason.strip():
            text += f"; why lesser means are not enough: {reason.strip()}" if id_copy else f": {reason.strip()}"
        if id_copy:
            text += "; the requester may black out the photo and the national number"
        Event.create(case=case, who=who, kind="identity", field="request", new="id-copy" if id_copy else "proof",
                     text=text)
    return pause


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class IdentityReminder:
    case_id: int
    reference: str
    organisation: str
    requested: date
    days_waiting: int
    reminder_days: int


def identity_reminders(today: date | None = None, organisation: str | None = None) -> list[IdentityReminder]:
    """Open cases whose identity request has gone unanswered for more than the organisation's days."""
    today = today or date.today()
    out: list[IdentityReminder] = []
    orgs = Organisation.select()
    if organisation:
        orgs = orgs.where(Organisation.slug == organisation)
    for org in orgs:
        days = reminder_days(org)
        cutoff = today - timedelta(days=days)
        rows = (
            Pause.select(Pause.requested, Case.id, Case.reference)
            .join(Case)
            .where(
                Case.organisation == org,
                Case.status.in_(OPEN_STATUSES),
                Pause.reason == "identity",
                Pause.received.is_null(),
                Pause.requested < cutoff,
            )
            .order_by(Pause.requested)
        )
        for p in rows:
            out.append(IdentityReminder(p.case.id, p.case.reference, org.slug, p.requested,
                                        (today - p.requested).days, days))
    out.sort(key=lambda r: r.requested)
    return out


# --------------------------------------------------------------------------- purge


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    references: tuple[str, ...]
    seconds: float  # time spent reclaiming the space (checkpoint + VACUUM)


def _due_copies(today: date) -> list[tuple[int, str, Case]]:
    """(attachment id, file name, case) of every ID copy still held whose retention is over."""
    due: list[tuple[int, str, Case]] = []
    copies = (
        Attachment.select(Attachment.id, Attachment.filename, Attachment.added_at, Case, Organisation)
        .join(Case).join(Organisation)
        .where(Attachment.kind == "id-copy", Attachment.data.is_null(False))
    )
    for a in copies:
        case = a.case
        days = retention_days(case.organisation)
        check = IdentityCheck.select().where(IdentityCheck.attachment == a.id).first()
        if check is None:  # a copy attached outside a check: the next check on the case decides
            check = (IdentityCheck.select().where(IdentityCheck.case == case,
                                                  IdentityCheck.recorded_at >= a.added_at)
                     .order_by(IdentityCheck.recorded_at).first())
        if check is not None:
            start = check.checked_on
        elif case.status not in OPEN_STATUSES:  # closed without a check: kept no longer
            start = case.updated_at.date()
        else:
            continue
        if rules.purge_date(start, days) <= today:
            due.append((a.id, a.filename, case))
    return due


def purge_id_copies(today: date | None = None, *, reclaim: bool = True) -> PurgeResult:
    """Delete the content of every ID copy whose retention is over, then reclaim the space.

    The rows stay (name, size, hash: the check's evidence) with ``data`` NULL; SQLite's
    secure_delete overwrites the freed pages; then the WAL is checkpointed and truncated and the
    file is VACUUMed, so no byte of the copy (even encrypted) remains in the database files.
    Must not be called inside a transaction. Safe to run from a worker thread.
    """
    today = today or date.today()
    due = _due_copies(today)
    if not due:
        return PurgeResult(0, (), 0.0)
    with database.atomic():
        for attachment_id, filename, case in due:
            Attachment.update(data=None).where(Attachment.id == attachment_id).execute()
            Event.create(case=case, who="DSAR Desk", kind="purged", new=filename,
                         text=f"ID copy purged on {today.isoformat()} ({filename}); the check's outcome is kept")
    seconds = reclaim_space() if reclaim else 0.0
    return PurgeResult(len(due), tuple(sorted({c.reference for _, _, c in due})), seconds)


def reclaim_space() -> float:
    """Checkpoint and truncate the WAL, VACUUM, truncate again. Returns the seconds it took."""
    if database.in_transaction():
        raise RuntimeError("reclaim_space() must run outside a transaction")
    started = time.perf_counter()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.execute_sql("VACUUM")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started
