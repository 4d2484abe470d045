"""Identity checks in the database, read: the checks of a case, the disclosure block, the ID
copies whose retention is over, the identity requests that deserve a reminder.

Recording a check, asking for proof and purging ID copies are use cases of
:mod:`dsar_desk.desk.identity`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dsar_desk.domain import identity as rules
from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.store.models import Attachment, Case, IdentityCheck, Organisation, Pause, Setting
from dsar_desk.store.organisations import profile_of

REMINDER_SETTING = "identity_reminder_days:{slug}"


def checks_of(case: Case) -> list[IdentityCheck]:
    return list(IdentityCheck.select().where(IdentityCheck.case == case)
                .order_by(IdentityCheck.recorded_at, IdentityCheck.id))


def latest_check(case: Case) -> IdentityCheck | None:
    return (IdentityCheck.select().where(IdentityCheck.case == case)
            .order_by(IdentityCheck.recorded_at.desc(), IdentityCheck.id.desc()).first())


def open_identity_pause(case: Case) -> Pause | None:
    return Pause.select().where(Pause.case == case, Pause.reason == "identity", Pause.received.is_null()).first()


def disclosure_block(case: Case) -> str | None:
    """None when letters that disclose data (access, portability) may be made; else the reason.

    They may when the latest check is verified or "not needed" (a recorded override with its
    reason), or when no check was ever asked: the profile's policy asks for none and the case
    is not waiting for proof of identity.
    """
    latest = latest_check(case)
    waiting = case.status == "awaiting-identity" or open_identity_pause(case) is not None
    return rules.disclosure_reason(
        policy_identity=profile_of(case.organisation).identity,
        latest_outcome=latest.outcome if latest else None,
        latest_on=latest.checked_on if latest else None,
        waiting_for_identity=waiting,
    )


def policy_method(case: Case) -> str:
    """The check the organisation's policy asks of requesters (profile [policy] identity)."""
    return profile_of(case.organisation).identity


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


def due_id_copies(today: date) -> list[tuple[int, str, Case]]:
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
