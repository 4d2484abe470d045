"""Closed cases that expire: delete them under the retention rule, keeping the figures.

    due_for_deletion(today)                     # the Today view's list (references only)
    report = purge_closed_cases(today, dry_run=True)   # what would go
    report = purge_closed_cases(today)          # delete, record, reclaim the space

The design (README, "Retention of closed cases"): a case closed more than the profile's
``case_retention_years`` ago is **deleted**, with everything of it: its timeline, letters,
attachments (ID copies included), checklist, pauses and identity checks (the foreign keys
cascade). What the figures count of it stays as one anonymous row of ``case_facts`` (no name,
e-mail, address, summary, note, letter or reference: see :class:`dsar_desk.store.models.CaseFacts`),
so the figures of past years are the same after the purge; a later request of the same requester
keeps counting as a repeat (``case.repeat_of_deleted``). Each purge leaves a record per
organisation, "N cases deleted under the retention rule on DATE" (``retention_purge``), which the
figures and the annual report show.

Care taken as for the ID copies (:func:`dsar_desk.store.identity.purge_id_copies`): SQLite's
secure_delete (on for every connection, :mod:`dsar_desk.store.db`) overwrites the freed pages,
then the WAL is checkpointed and truncated and the file VACUUMed, so no byte of a deleted case
is left in the database file or its WAL.

Not done here (issue 12, on main): chaining the purge record into the tamper-evident evidence
chain and purging the backups. :func:`after_purge` is the one place to do both.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dsar_desk.store import figures as figures_store
from dsar_desk.store.identity import reclaim_space
from dsar_desk.store.models import CaseFacts, Event, Organisation, RetentionPurge, Setting, database
from dsar_desk.store.retention import DueForDeletion, due_for_deletion

log = logging.getLogger(__name__)

__all__ = ["PurgeReport", "due_for_deletion", "purge_closed_cases", "after_purge", "backups_beside"]

BATCH = 500  # cases deleted per statement (SQLite allows 32,766 parameters; PostgreSQL 65,535)
WHO = "DSAR Desk"


@dataclass(frozen=True)
class PurgeReport:
    """What a purge deleted (or would delete, when ``dry_run``)."""

    purged_on: date
    dry_run: bool
    due: tuple[DueForDeletion, ...]
    per_organisation: dict[str, int] = field(default_factory=dict)
    record_ids: tuple[int, ...] = ()  # the retention_purge rows written
    seconds: float = 0.0  # reclaiming the space (checkpoint + VACUUM)
    backups: tuple[Path, ...] = ()  # backup files beside the database that may still hold deleted cases

    @property
    def cases(self) -> int:
        return len(self.due)

    def to_json(self) -> dict:
        return {
            "purged_on": self.purged_on.isoformat(),
            "dry_run": self.dry_run,
            "cases": self.cases,
            "per_organisation": self.per_organisation,
            "deleted" if not self.dry_run else "due": [d.to_json() for d in self.due],
            "backups_to_purge": [str(p) for p in self.backups],
        }


def purge_closed_cases(today: date | None = None, dry_run: bool = False, who: str = WHO) -> PurgeReport:
    """Delete every closed case whose retention is over, keep its figures, record the purge.

    One transaction for the deletion and its records; then the space is reclaimed (must not be
    called inside a transaction). Safe to run from a worker thread. ``dry_run``: only say which.
    """
    today = today or date.today()
    due = tuple(due_for_deletion(today))
    per_org = dict(sorted(Counter(d.organisation for d in due).items()))
    if dry_run or not due:
        return PurgeReport(today, dry_run, due, per_org, backups=tuple(backups_beside()))
    if database.in_transaction():
        raise RuntimeError("purge_closed_cases() must run outside a transaction (it reclaims the space)")
    figures_store.refresh_facts(today)  # the anonymous rows kept are the facts of now
    records: list[int] = []
    with database.atomic():
        orgs = {o.slug: o for o in Organisation.select()}
        for slug, count in per_org.items():
            years = next(d.retention_years for d in due if d.organisation == slug)
            record = RetentionPurge.create(organisation=orgs[slug], purged_on=today, cases=count,
                                           retention_years=years, who=who)
            records.append(record.id)
            ids = [d.case_id for d in due if d.organisation == slug]
            for start in range(0, len(ids), BATCH):
                _delete(ids[start:start + BATCH], record.id)
        _lower_watermark()
    seconds = reclaim_space()
    report = PurgeReport(today, False, due, per_org, tuple(records), seconds, tuple(backups_beside()))
    log.info("retention purge: %d case(s) deleted", report.cases)  # no reference, no name in the log
    after_purge(report)
    return report


def _delete(ids: list[int], purge_id: int) -> None:
    values = {f"id{i}": v for i, v in enumerate(ids)}
    values["purge"] = purge_id
    values["yes"] = True
    listed = ", ".join(f":id{i}" for i in range(len(ids)))
    # their facts stay, anonymous once the case is gone (case_id SET NULL by the foreign key)
    database.execute_sql(*figures_store.named_sql(
        f'UPDATE "case_facts" SET "purge_id" = :purge WHERE "case_id" IN ({listed})', values))
    missing = ids and CaseFacts.select().where(CaseFacts.case.in_(ids)).count() != len(ids)
    if missing:  # pragma: no cover - refresh_facts() just made them
        raise RuntimeError("the figures of a case to delete are not stored; nothing was deleted")
    # a later request of the same requester stays a repeat once the earlier one is gone
    repeats = figures_store.repeats_losing_their_earlier(listed)
    database.execute_sql(*figures_store.named_sql(
        f'UPDATE "case" SET "repeat_of_deleted" = :yes WHERE "id" IN ({repeats})', values))
    database.execute_sql(*figures_store.named_sql(f'DELETE FROM "case" WHERE "id" IN ({listed})', values))


def _lower_watermark() -> None:
    """Event ids may be reused once the newest are deleted: keep the refresh's mark below them."""
    top = Event.select(Event.id).order_by(Event.id.desc()).limit(1).scalar() or 0
    row = Setting.get_or_none(Setting.key == figures_store.WATERMARK)
    if row is not None and int(row.value or 0) > top:
        Setting.update(value=str(top)).where(Setting.key == figures_store.WATERMARK).execute()


def backups_beside() -> list[Path]:
    """Backup copies of the database beside it (made before each schema upgrade): they may still
    hold cases the purge deleted."""
    name = getattr(database.obj, "database", None)
    if not name or name == ":memory:":
        return []
    path = Path(name)
    return sorted(path.parent.glob(f"{path.stem}.v*.backup{path.suffix}"))


def after_purge(report: PurgeReport) -> None:
    """Issue 12 (on main): chain each retention_purge record of ``report.record_ids`` into the
    evidence chain, and purge ``report.backups`` (and any other backup) of the deleted cases.

    Called once per purge, after the deletion was committed and the space reclaimed. Nothing is
    done here yet on this branch; the report lists the backups so the CLI can say so.
    """
    return None
