"""Closed cases that expire: delete them under the retention rule, keeping the figures and the record.

    due_for_deletion(today)                            # the Today view's list (references only)
    report = purge_closed_cases(today, dry_run=True)   # what would go
    report = purge_closed_cases(today)                 # delete, record, reclaim, scrub the backups

The design (README, "Retention of closed cases"): a case closed more than the profile's
``case_retention_years`` ago is **deleted**, with everything of it: its timeline, letters,
attachments (ID copies included), checklist, pauses and identity checks (the foreign keys
cascade). What the figures count of it stays as one anonymous row of ``case_facts`` (no name,
e-mail, address, summary, note, letter or reference: see :class:`dsar_desk.store.models.CaseFacts`),
so the figures of past years are the same after the purge; a later request of the same requester
keeps counting as a repeat (``case.repeat_of_deleted``). Each purge leaves a record per
organisation, "N cases deleted under the retention rule on DATE" (``retention_purge``), which the
figures and the annual report show.

Under the evidence rules of the record (:mod:`dsar_desk.domain.record`, migration 6): events and
letters are deleted only while a ``purge_gate`` row is there, inside the purge's one transaction;
each run of deleted events in the chain gets a ``record_gap`` row (the event after the run, the
hash it names, how many events went, which references, and why), chained to the gap before it, so
``dsar-desk verify`` still passes and the purge itself is on the record. Everything happens in one
transaction: a purge that fails or is killed half-way deletes nothing.

Then (:func:`after_purge`) no byte of a deleted case is left: the search index merged
(FTS5 'optimize', so no token of a deleted case stays in its pages), SQLite's secure_delete
having overwritten the freed pages, the WAL checkpointed and truncated and the file VACUUMed
(:func:`dsar_desk.store.db.reclaim_space`); and every backup the app wrote loses the deleted cases
the same way, with its own gap records, so each backup still passes its check before a restore.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dsar_desk.desk import backup as backups
from dsar_desk.desk.figures import refresh_facts
from dsar_desk.domain.record import GENESIS, gap_hash, moment
from dsar_desk.store import figures as figures_store
from dsar_desk.store.db import bulk_writing, is_server, reclaim_space, writing
from dsar_desk.store.models import CaseFacts, Event, Organisation, RetentionPurge, Setting, database, now
from dsar_desk.store.retention import DueForDeletion, due_for_deletion

log = logging.getLogger(__name__)

__all__ = ["PurgeReport", "due_for_deletion", "purge_closed_cases", "after_purge", "delete_cases"]

BATCH = 500  # cases deleted per statement (SQLite allows 32,766 parameters; PostgreSQL 65,535)
WHO = "DSAR Desk"
CHUNK = 20_000  # events read at a time to find the runs the purge cuts out of the chain

Execute = Callable[[str, tuple], list]


@dataclass(frozen=True)
class PurgeReport:
    """What a purge deleted (or would delete, when ``dry_run``)."""

    purged_on: date
    dry_run: bool
    due: tuple[DueForDeletion, ...]
    per_organisation: dict[str, int] = field(default_factory=dict)
    record_ids: tuple[int, ...] = ()  # the retention_purge rows written
    gaps: int = 0  # record_gap rows written (one per run of deleted events in the chain)
    events: int = 0  # events deleted
    seconds: float = 0.0  # reclaiming the space (search index, checkpoint, VACUUM)
    backups: int = 0  # backups the deleted cases were removed from
    purge_of: dict[int, int] = field(default_factory=dict, repr=False)  # case id -> retention_purge id

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
            "events_deleted": self.events,
            "gap_records": self.gaps,
            "backups_scrubbed": self.backups,
        }


def purge_reason(per_org: dict[str, int], years: dict[str, int], today: date) -> str:
    """The words of the gap records: what was deleted, under which rule, on which day."""
    parts = ", ".join(f"{slug} {count} (closed more than {years[slug]} years ago)" for slug, count in per_org.items())
    total = sum(per_org.values())
    return f"retention purge of {today.isoformat()}: {total} closed case{'s' if total != 1 else ''} deleted: {parts}"


def purge_closed_cases(today: date | None = None, dry_run: bool = False, who: str = WHO) -> PurgeReport:
    """Delete every closed case whose retention is over, keep its figures, record the purge in
    the chain, then reclaim the space and remove the cases from every backup.

    One write transaction for the deletion and its records. Must not be called inside a
    transaction (the space is reclaimed after it). Safe to run from a worker thread.
    ``dry_run``: only say which.
    """
    today = today or date.today()
    if dry_run:
        due = tuple(due_for_deletion(today))
        return PurgeReport(today, True, due, dict(sorted(Counter(d.organisation for d in due).items())))
    if database.in_transaction():
        raise RuntimeError("purge_closed_cases() must run outside a transaction (it reclaims the space)")
    refresh_facts(today)  # the anonymous rows kept are the facts of now
    records: list[int] = []
    with bulk_writing(), writing():  # a large page cache: thousands of cases may go at once
        due = tuple(due_for_deletion(today))  # again, under the write lock: none reopened meanwhile
        if not due:
            return PurgeReport(today, False, due)
        refresh_facts(today)  # nested: nothing to do unless a case changed since
        per_org = dict(sorted(Counter(d.organisation for d in due).items()))
        years = {d.organisation: d.retention_years for d in due}
        reason = purge_reason(per_org, years, today)
        orgs = {o.slug: o for o in Organisation.select()}
        purge_of: dict[int, int] = {}
        for slug, count in per_org.items():
            record = RetentionPurge.create(organisation=orgs[slug], purged_on=today, cases=count,
                                           retention_years=years[slug], who=who)
            records.append(record.id)
            purge_of.update({d.case_id: record.id for d in due if d.organisation == slug})
        events, gaps = delete_cases(_peewee_execute, [(d.case_id, d.reference) for d in due], purge_of, reason, who)
        _lower_watermark()
    report = PurgeReport(today, False, due, per_org, tuple(records), gaps, events, purge_of=purge_of)
    log.info("retention purge: %d case(s), %d event(s) deleted", report.cases, events)  # no reference, no name
    return after_purge(report, reason, who)


def _peewee_execute(sql: str, params: tuple = ()) -> list:
    cursor = database.execute_sql(sql.replace("?", database.param), params)
    return cursor.fetchall() if cursor.description else []


def _tables(execute: Execute) -> set[str]:
    return {name for (name,) in execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')", ())}


def _chain_runs(execute: Execute, gone: set[int]) -> list[tuple[int, str, int, list[int]]]:
    """The runs of events of the ``gone`` cases in the chain, in id order: (the id of the first
    event after the run or 0 when none is left after it, the prev_hash that event holds, how many
    events the run has, the case ids in it)."""
    runs: list[tuple[int, str, int, list[int]]] = []
    count, cases, last_hash, last = 0, [], "", 0
    while True:
        rows = execute('SELECT "id", "case_id", "prev_hash", "hash" FROM "event" WHERE "id" > ? ORDER BY "id" LIMIT ?',
                       (last, CHUNK))
        if not rows:
            break
        for event_id, case_id, prev_hash, digest in rows:
            if case_id in gone:
                count += 1
                if case_id not in cases:
                    cases.append(case_id)
                last_hash = digest
            elif count:
                runs.append((event_id, prev_hash, count, cases))
                count, cases = 0, []
        last = rows[-1][0]
    if count:
        runs.append((0, last_hash, count, cases))
    return runs


def delete_cases(execute: Execute, cases: list[tuple[int, str]], purge_of: dict[int, int] | None, reason: str,
                 who: str, at: datetime | None = None) -> tuple[int, int]:
    """Delete the ``cases`` (id, reference) with all they hold, inside the caller's transaction, on
    the connection ``execute`` runs on (the open database, or a backup): their facts kept
    anonymous with the purge that deleted them (``purge_of``: case id -> retention_purge id),
    later repeats marked, the purge gate opened and shut, a gap record per run of deleted events.
    Only the parts of the schema the file has are touched (an older backup may have no chain).
    Returns (events deleted, gap records written)."""
    tables = _tables(execute)
    ids = [case_id for case_id, _ in cases]
    references = dict(cases)
    at = (at or now()).replace(microsecond=0)
    case_columns = _columns(execute, "case")
    gated = "purge_gate" in tables
    if gated:
        execute('INSERT INTO "purge_gate" ("reason") VALUES (?)', (reason,))
    runs = _chain_runs(execute, set(ids)) if "record_gap" in tables and "prev_hash" in _columns(execute, "event") else []
    events = sum(execute(f'SELECT COUNT(*) FROM "event" WHERE "case_id" IN ({_marks(part)})', tuple(part))[0][0]
                 for part in _batches(ids))
    for part in _batches(ids):
        marks, values = _marks(part), tuple(part)
        if "case_facts" in tables and purge_of:
            for purge_id in sorted({purge_of[i] for i in part}):
                mine = [i for i in part if purge_of[i] == purge_id]
                execute(f'UPDATE "case_facts" SET "purge_id" = ? WHERE "case_id" IN ({_marks(mine)})',
                        (purge_id, *mine))
            missing = len(part) - execute(f'SELECT COUNT(*) FROM "case_facts" WHERE "case_id" IN ({marks})',
                                          values)[0][0]
            if missing:  # pragma: no cover - refresh_facts() just made them
                raise RuntimeError("the figures of a case to delete are not stored; nothing was deleted")
        if "repeat_of_deleted" in case_columns:
            # a later request of the same requester stays a repeat once the earlier one is gone
            repeats = figures_store.repeats_losing_their_earlier(marks)
            execute(f'UPDATE "case" SET "repeat_of_deleted" = ? WHERE "id" IN ({repeats})',
                    (True, *values * (repeats.count("?") // len(values))))  # the list appears three times
        execute(f'DELETE FROM "case" WHERE "id" IN ({marks})', values)
    gaps = 0
    if runs:
        last = execute('SELECT "hash" FROM "record_gap" ORDER BY "id" DESC LIMIT 1', ())
        prev_gap = last[0][0] if last else GENESIS
        stamp = moment(at)
        for after_event_id, prev_hash, count, run_cases in runs:
            refs = ",".join(references[c] for c in run_cases)
            digest = gap_hash(prev_gap, after_event_id, prev_hash, count, refs, reason, stamp)
            execute('INSERT INTO "record_gap" ("at", "who", "reason", "after_event_id", "prev_hash", "deleted_events", '
                    '"references", "prev_gap_hash", "hash") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                    (stamp, who, reason, after_event_id, prev_hash, count, refs, prev_gap, digest))
            prev_gap = digest
            gaps += 1
    if "case_search" in tables:  # no token of a deleted case left in the index's pages
        execute('INSERT INTO "case_search" ("case_search") VALUES (\'optimize\')', ())
    if gated:
        execute('DELETE FROM "purge_gate"', ())
    return events, gaps


def _columns(execute: Execute, table: str) -> set[str]:
    return {row[1] for row in execute(f'PRAGMA table_info("{table}")', ())}


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def _batches(ids: list[int]) -> list[list[int]]:
    return [ids[start:start + BATCH] for start in range(0, len(ids), BATCH)]


def _lower_watermark() -> None:
    """Event ids may be reused once the newest are deleted: keep the refresh's mark below them."""
    top = Event.select(Event.id).order_by(Event.id.desc()).limit(1).scalar() or 0
    row = Setting.get_or_none(Setting.key == figures_store.WATERMARK)
    if row is not None and int(row.value or 0) > top:
        Setting.update(value=str(top)).where(Setting.key == figures_store.WATERMARK).execute()


def after_purge(report: PurgeReport, reason: str, who: str = WHO) -> PurgeReport:
    """After the deletion was committed: give back the space so that no byte of the deleted
    cases stays in the database file or its WAL, and remove the cases from every backup the app
    wrote (each with its own gap records: it still passes its check). Returns the report with the
    seconds spent and the backups changed."""
    started = time.perf_counter()
    reclaim_space()
    seconds = time.perf_counter() - started
    changed = scrub_backups([(d.case_id, d.reference) for d in report.due], report.purge_of, reason, who)
    return dataclasses.replace(report, seconds=seconds, backups=changed)


def scrub_backups(cases: list[tuple[int, str]], purge_of: dict[int, int], reason: str, who: str) -> int:
    """Delete the purged ``cases`` (id and reference must both match) from every backup in the
    backups folder, with the retention_purge records, then VACUUM each changed file. Returns how
    many backups changed; a file that is not a database is left alone (and logged)."""
    if not cases or is_server():  # a team's server is backed up by its administrator, not by the app
        return 0
    ids = sorted(set(purge_of.values()))
    records = list(RetentionPurge.select().where(RetentionPurge.id.in_(ids)).tuples()) if ids else []
    facts = list(CaseFacts.select().where(CaseFacts.purge.in_(ids)).tuples()) if ids else []
    wanted = dict(cases)
    changed = 0
    for path in backups.backup_files():
        changed += _scrub_one(path, wanted, records, facts, reason, who)
    return changed


def _insert(execute: Execute, model, rows: list[tuple], *, keep_id: bool) -> None:
    columns = [f.column_name for f in model._meta.sorted_fields]
    start = 0 if keep_id else 1  # the id is the first column
    names = ", ".join(f'"{c}"' for c in columns[start:])
    verb = "INSERT OR IGNORE" if keep_id else "INSERT"
    for row in rows:
        execute(f'{verb} INTO "{model._meta.table_name}" ({names}) VALUES ({_marks(columns[start:])})',
                tuple(_plain(v) for v in row[start:]))


def _scrub_one(path: Path, wanted: dict[int, str], records: list[tuple], facts: list[tuple], reason: str,
               who: str) -> int:
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.DatabaseError:
        return 0
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")

        def execute(sql: str, params: tuple = ()) -> list:
            return conn.execute(sql, params).fetchall()

        present = []
        ids = list(wanted)
        for part in _batches(ids):
            present += [(i, r) for i, r in execute(f'SELECT "id", "reference" FROM "case" WHERE "id" IN ({_marks(part)})',
                                                   tuple(part)) if wanted.get(i) == r]
        if not present:
            return 0
        tables = _tables(execute)
        with conn:
            if "case_facts" in tables and "retention_purge" in tables:
                # the backup's figures add up as the database's do: the purge's records and the
                # anonymous facts of the deleted cases as the database holds them now
                _insert(execute, RetentionPurge, records, keep_id=True)
                ids = [i for i, _ in present]
                for part in _batches(ids):
                    execute(f'DELETE FROM "case_facts" WHERE "case_id" IN ({_marks(part)})', tuple(part))
                execute('DELETE FROM "case_facts" WHERE "purge_id" IN (SELECT "id" FROM "retention_purge" '
                        f'WHERE "id" IN ({_marks(records)}))', tuple(r[0] for r in records))
                _insert(execute, CaseFacts, facts, keep_id=False)
            delete_cases(execute, present, None, reason, who)
        conn.execute("VACUUM")
        return 1
    except sqlite3.DatabaseError:
        log.warning("a backup could not be scrubbed of the purged cases (not a database, or damaged)")
        return 0
    finally:
        conn.close()


def _plain(value):
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return value
