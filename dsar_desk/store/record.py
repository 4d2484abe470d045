"""Reading the record for its check: the events in chain order with what they point at, the gap
records, the letters, and what the cases say of themselves (see domain.record for the design)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from dsar_desk.domain.messages import msg
from dsar_desk.domain.record import EventRow, GapRow, Verdict, walk
from dsar_desk.store.migrations import LEGACY_EVENTS_SETTING
from dsar_desk.store.models import Event, RecordGap, database

CHUNK = 20_000


def _events(execute) -> Iterator[EventRow]:
    last = 0
    while True:
        rows = execute(
            'SELECT e."id", e."case_id", COALESCE(c."reference", \'\'), e."at", e."who", e."kind", e."field", e."old", '
            'e."new", e."text", e."prev_hash", e."hash", e."letter_id", l."sha256" '
            'FROM "event" e LEFT JOIN "case" c ON c."id" = e."case_id" LEFT JOIN "letter" l ON l."id" = e."letter_id" '
            'WHERE e."id" > ? ORDER BY e."id" LIMIT ?', (last, CHUNK))
        if not rows:
            return
        for row in rows:
            yield EventRow(*row)
        last = rows[-1][0]


def _gaps(execute) -> list[GapRow]:
    return [GapRow(*row) for row in execute(
        'SELECT "id", "after_event_id", "prev_hash", "deleted_events", "references", "reason", "at", '
        '"prev_gap_hash", "hash" FROM "record_gap" ORDER BY "id"', ())]


def _letters_and_cases(execute, verdict: Verdict) -> None:
    """What the chain alone does not cover: a letter's bytes against its SHA-256, a letter that no
    event records, a case whose status is not the one its timeline ends with."""
    for letter_id, reference, kind, version, sha, pdf in _letter_rows(execute):
        if hashlib.sha256(bytes(pdf)).hexdigest() != sha:
            verdict.fail(msg("record.letter-bytes", "case {reference}: the bytes of the {kind} letter v{version} do "
                             "not match its SHA-256", reference=reference, kind=kind, version=version))
    for reference, kind, version in execute(
            'SELECT c."reference", l."kind", l."version" FROM "letter" l JOIN "case" c ON c."id" = l."case_id" '
            'WHERE NOT EXISTS (SELECT 1 FROM "event" e WHERE e."letter_id" = l."id" AND e."kind" = \'letter\')',
            ()):
        verdict.fail(msg("record.letter-unrecorded", "case {reference}: the {kind} letter v{version} is in no event "
                         "of the record", reference=reference, kind=kind, version=version))
    for reference, status, last in execute(
            'SELECT c."reference", c."status", (SELECT e."new" FROM "event" e WHERE e."case_id" = c."id" AND '
            'e."kind" = \'status\' ORDER BY e."id" DESC LIMIT 1) FROM "case" c', ()):
        if last is not None and last != status:
            verdict.fail(msg("record.status-differs", "case {reference}: the case says {status} but its timeline ends "
                             "with {last}", reference=reference, status=status, last=last))


def _letter_rows(execute) -> Iterator[tuple]:
    last = 0
    while True:
        rows = execute('SELECT l."id", c."reference", l."kind", l."version", l."sha256", l."pdf" FROM "letter" l '
                       'JOIN "case" c ON c."id" = l."case_id" WHERE l."id" > ? ORDER BY l."id" LIMIT 500', (last,))
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _legacy(execute) -> int:
    rows = execute('SELECT "value" FROM "setting" WHERE "key" = ?', (LEGACY_EVENTS_SETTING,))
    try:
        return int(rows[0][0]) if rows else 0
    except ValueError:
        return 0


def verify_with(execute) -> Verdict:
    """The whole check, on any connection: ``execute(sql, params) -> list of rows``."""
    verdict = walk(_events(execute), _gaps(execute), time_order_after=_legacy(execute))
    _letters_and_cases(execute, verdict)
    return verdict


def verify_open_database() -> Verdict:
    placeholder = database.obj.param  # "?" on SQLite, "%s" on a team's PostgreSQL

    def execute(sql: str, params: tuple) -> list:
        return database.execute_sql(sql.replace("?", placeholder), params).fetchall()

    return verify_with(execute)


def verify_file(path: Path) -> Verdict:
    """The same check of a database file that is not open (a backup), read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return verify_with(lambda sql, params: conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def head_of_file(path: Path) -> tuple[int, str] | None:
    """(id, hash) of the last event of a database file (a backup's chain head), read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute('SELECT "id", "hash" FROM "event" ORDER BY "id" DESC LIMIT 1').fetchone()
        return (row[0], row[1]) if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def has_event(event_id: int, digest: str) -> bool:
    return Event.select().where(Event.id == event_id, Event.hash == digest).exists()


def gap_after(event_id: int) -> bool:
    """Whether a retention purge removed events from ``event_id`` on (a backup head may be gone)."""
    return RecordGap.select().where(RecordGap.after_event_id > event_id).exists() or \
        RecordGap.select().where(RecordGap.after_event_id == 0).exists()


def last_event() -> tuple[int, str] | None:
    row = Event.select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1).tuples().first()
    return row if row else None

