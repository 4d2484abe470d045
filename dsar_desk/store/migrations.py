"""Numbered migrations. Each is a list of steps applied in one transaction: SQL statements, or a
Python function given the database (for what SQL alone cannot do, e.g. computing hashes).

Never edit a migration that has shipped: add the next number. Version 1 is the schema as first
released, written out as SQL so that later changes to the models cannot change what it creates.
"""

from __future__ import annotations

from collections.abc import Callable

from dsar_desk.domain.cases import search_text
from dsar_desk.domain.checklist import requester_key
from dsar_desk.domain.record import GENESIS, event_hash
from dsar_desk.store.models import OPEN_STATUSES_SQL
from dsar_desk.store.server import setting_rules

LEGACY_EVENTS_SETTING = "record_chained_from_event"


def chain_existing_events(db) -> None:
    """Migration 6: link each letter event to its letter, then chain every event in id order."""
    letters = {(case_id, kind, version): (lid, sha) for lid, case_id, kind, version, sha in db.execute_sql(
        'SELECT "id", "case_id", "kind", "version", "sha256" FROM "letter"').fetchall()}
    prev = GENESIS
    rows = db.execute_sql('SELECT "id", "case_id", "at", "who", "kind", "field", "old", "new", "text" FROM "event" '
                          'ORDER BY "id"').fetchall()
    for event_id, case_id, at, who, kind, field, old, new, text in rows:
        letter_id, sha = None, ""
        if kind in ("letter", "letter-sent"):
            version = None
            if kind == "letter" and str(new).startswith("v") and str(new)[1:].isdigit():
                version = int(str(new)[1:])
            elif kind == "letter-sent":  # the sent letter: the one of that kind already sent that day
                found = db.execute_sql('SELECT "version" FROM "letter" WHERE "case_id" = ? AND "kind" = ? '
                                       'AND "sent_on" = ? ORDER BY "version" DESC LIMIT 1',
                                       (case_id, field, new)).fetchone()
                version = found[0] if found else None
            if version is not None and (case_id, field, version) in letters:
                letter_id, sha = letters[(case_id, field, version)]
        digest = event_hash(prev, case_id, at, who, kind, field, old, new, text, sha)
        db.execute_sql('UPDATE "event" SET "letter_id" = ?, "prev_hash" = ?, "hash" = ? WHERE "id" = ?',
                       (letter_id, prev, digest, event_id))
        prev = digest
    # Events written before the chain keep their times as they were, even where a clock once went
    # back: the time-order rule of the record holds from the first event written after this.
    last = rows[-1][0] if rows else 0
    db.execute_sql('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)',
                   (LEGACY_EVENTS_SETTING, str(last)))


def search_with_summary_and_notes(db) -> None:
    """Migration 7: the search text of every case holds its summary and notes too."""
    notes: dict[int, list[str]] = {}
    for case_id, text in db.execute_sql('SELECT "case_id", "text" FROM "event" WHERE "kind" = \'note\' ORDER BY "id"'):
        notes.setdefault(case_id, []).append(text)
    rows = db.execute_sql('SELECT "id", "reference", "requester_name", "requester_email", "summary" FROM "case"')
    for case_id, reference, name, email, summary in rows.fetchall():
        db.execute_sql('UPDATE "case" SET "search" = ? WHERE "id" = ?',
                       (search_text(reference, name, email, summary, notes.get(case_id, ())), case_id))


SEARCH_INDEX = [
    """CREATE VIRTUAL TABLE "case_search" USING fts5("search", content='case', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER "case_search_insert" AFTER INSERT ON "case" BEGIN INSERT INTO "case_search" ("rowid", "search") VALUES (NEW."id", NEW."search"); END""",
    """CREATE TRIGGER "case_search_delete" AFTER DELETE ON "case" BEGIN INSERT INTO "case_search" ("case_search", "rowid", "search") VALUES ('delete', OLD."id", OLD."search"); END""",
    """CREATE TRIGGER "case_search_update" AFTER UPDATE OF "search" ON "case" BEGIN INSERT INTO "case_search" ("case_search", "rowid", "search") VALUES ('delete', OLD."id", OLD."search"); INSERT INTO "case_search" ("rowid", "search") VALUES (NEW."id", NEW."search"); END""",
    """INSERT INTO "case_search" ("case_search") VALUES ('rebuild')""",
]


def search_index_available(db) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 and later, built with FTS5)."""
    try:
        db.execute_sql("""CREATE VIRTUAL TABLE temp."fts5_probe" USING fts5("x", tokenize='trigram')""")
    except Exception:  # noqa: BLE001 - "no such module: fts5" or "no such tokenizer: trigram"
        return False
    db.execute_sql('DROP TABLE temp."fts5_probe"')
    return True


def create_search_index(db) -> None:
    """Migration 7: the case search index, where the SQLite can hold one. Without FTS5 the search
    scans the search column (slower at 100,000 cases, same results): store.case_list.matching()."""
    if not search_index_available(db):
        return
    for statement in SEARCH_INDEX:
        db.execute_sql(statement)


# Every column of the case list sorts along an index whatever single filter is chosen, so that a
# page reads a few hundred rows and never sorts all the cases the filter keeps: one index per column
# for all cases (the models' indexes), for the open cases (partial: the list's default filter),
# after the status, after the organisation and after the assignee (a filter chosen). Two filters
# together keep few enough cases to be sorted.
_SORT_KEYS = {"reference": ("organisation_id", "year", "number"), "requester": ("requester_name",),
              "rights": ("rights",), "organisation_due": ("organisation_id", "due"), "received": ("received",),
              "due": ("due",), "status_due": ("status", "due"), "assignee_due": ("assignee", "due")}


def _sort_indexes() -> list[str]:
    def columns_sql(columns) -> str:
        return ", ".join(f'"{c}"' for c in columns)

    statements = [f'CREATE INDEX "case_open_{name}" ON "case" ({columns_sql(columns)}) '
                  f'WHERE "status" IN {OPEN_STATUSES_SQL}'
                  for name, columns in _SORT_KEYS.items() if name != "status_due"]
    made = {("status", "due"), ("organisation_id", "year", "number"), ("organisation_id", "due"),
            ("assignee", "due")}  # the models' indexes
    for prefix in ("status", "organisation_id", "assignee"):
        for columns in _SORT_KEYS.values():
            key = (prefix, *(c for c in columns if c != prefix))
            if key not in made:
                made.add(key)
                statements.append(f'CREATE INDEX "case_{"_".join(key)}" ON "case" ({columns_sql(key)})')
    return statements


SORT_INDEXES = _sort_indexes()


def analyse(db) -> None:
    """The statistics SQLite's planner needs to prefer a sort index over the status index (kept
    fresh by db.refresh_statistics)."""
    db.execute_sql("PRAGMA analysis_limit = 0")
    db.execute_sql('ANALYZE "case"')


def fill_requester_keys(db) -> None:
    """Migration 11: each case's requester key, from its name (portable SQL: files and servers)."""
    rows = db.execute_sql('SELECT "id", "requester_name" FROM "case"').fetchall()
    for case_id, name in rows:
        db.execute_sql(f'UPDATE "case" SET "requester_key" = {db.param} WHERE "id" = {db.param}',
                       (requester_key(name), case_id))


REQUESTER_KEY = [
    """ALTER TABLE "case" ADD COLUMN "requester_key" TEXT NOT NULL DEFAULT ''""",
    fill_requester_keys,
    """CREATE INDEX "case_organisation_id_requester_key" ON "case" ("organisation_id", "requester_key")""",
]

def backfill_first_limits(db) -> None:
    """Migration 12: the first (one-month) limit of every extended case, from the deadline engine.

    Reads and writes plain SQL: the models may describe a later schema than this step's.
    """
    from datetime import date

    from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, Pause, compute_deadline

    def day(value):
        return value if isinstance(value, date) or value is None else date.fromisoformat(str(value)[:10])

    rows = db.execute_sql(
        'SELECT c."id", c."received", o."country", o."subdivision", o."deadline_days", o."pause_rule" '
        'FROM "case" c JOIN "organisation" o ON o."id" = c."organisation_id" WHERE c."extended" = ' + db.param, (True,)).fetchall()
    for case_id, received, country, subdivision, days, rule in rows:
        pauses = tuple(Pause(day(a), day(b)) for a, b in db.execute_sql(
            f'SELECT "requested", "received" FROM "pause" WHERE "case_id" = {db.param} ORDER BY "requested"', (case_id,)))
        try:
            first = compute_deadline(DeadlineInput(received=day(received), country=country, subdivision=subdivision,
                                                   promise_days=days, extended=True, pauses=pauses,
                                                   pause_rule=rule)).first_limit
        except DeadlineError:  # pragma: no cover - a stored case always has a computable deadline
            continue
        db.execute_sql(f'UPDATE "case" SET "first_limit" = {db.param} WHERE "id" = {db.param}', (first.isoformat(), case_id))


# 12: issue 16 (figures, dashboard, annual report, retention of closed cases). Everything but the
# backfill of the extended cases' first limit (a Python step: it needs the deadline engine) is
# plain SQL that PostgreSQL runs too, except the "INTEGER NOT NULL PRIMARY KEY" row ids (SERIAL
# there) and DATETIME (TIMESTAMP there), written like migrations 1-7.
# The indexes the figures read along (the same on both backends; a new team database makes them
# with the tables).
FIGURES_INDEXES = [
    # the figures read these without touching the letters' PDFs, the timeline texts or the checklist notes
    """CREATE INDEX "letter_sent_case_id_kind" ON "letter" ("case_id", "kind", "sent_on") WHERE "sent_on" IS NOT NULL""",
    """CREATE INDEX "event_figures_case_id" ON "event" ("case_id", "kind", "new", "field", "at") WHERE "kind" IN ('status', 'identity')""",
    """CREATE INDEX "checklistitem_exception_case_id" ON "checklist_item" ("case_id", "exception") WHERE "exception" <> ''""",
    # the closings, oldest first: which closed cases are due for deletion (store/retention.py)
    """CREATE INDEX "event_closed_at" ON "event" ("at", "case_id") WHERE "kind" = 'status' AND "new" = 'closed'""",
    # (organisation_id, lower(requester_email)) is migration 7's case_organisation_id_email
    """CREATE INDEX "case_organisation_id_name" ON "case" ("organisation_id", "requester_name", "requester_address")""",
]

FIGURES = [
    # the one-month limit (with pauses) also of an extended case: "extension notified within the first month"
    """ALTER TABLE "case" ADD COLUMN "first_limit" DATE""",
    """UPDATE "case" SET "first_limit" = "legal_limit" WHERE "extended" = 0""",
    backfill_first_limits,
    # a later request of a requester whose earlier one was deleted under the retention rule
    """ALTER TABLE "case" ADD COLUMN "repeat_of_deleted" INTEGER NOT NULL DEFAULT 0""",
    *FIGURES_INDEXES,
    # what was deleted under the retention rule, and when (no case data: counts only)
    """CREATE TABLE "retention_purge" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "purged_on" DATE NOT NULL, "cases" INTEGER NOT NULL, "retention_years" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE INDEX "retentionpurge_organisation_id" ON "retention_purge" ("organisation_id")""",
    # The per-case facts the figures count (dsar_desk.store.figures), one row per case no longer open,
    # kept up to date by the figures themselves (a cache, rebuilt from the timeline when in doubt).
    # When a case is deleted under the retention rule its row stays, anonymous: case_id becomes
    # NULL, purge_id says which purge; no name, e-mail, address, summary, note or reference in it.
    """CREATE TABLE "case_facts" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER, "purge_id" INTEGER, "organisation_id" INTEGER NOT NULL, "received" DATE NOT NULL, "month" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "assignee" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "days_to_answer" INTEGER, "on_time" INTEGER, "extended" INTEGER NOT NULL, "extension_notice" VARCHAR(255) NOT NULL, "paused_identity" INTEGER NOT NULL, "waited_days" INTEGER NOT NULL, "refused" INTEGER NOT NULL, "partly_refused" INTEGER NOT NULL, "repeat_request" INTEGER NOT NULL, "id_copy_asked" INTEGER NOT NULL, "identity_method" VARCHAR(255) NOT NULL, "identity_outcome" VARCHAR(255) NOT NULL, "r_access" INTEGER NOT NULL, "r_rectification" INTEGER NOT NULL, "r_erasure" INTEGER NOT NULL, "r_restriction" INTEGER NOT NULL, "r_portability" INTEGER NOT NULL, "r_objection" INTEGER NOT NULL, "r_withdraw_consent" INTEGER NOT NULL, "r_other" INTEGER NOT NULL, "g_unfounded" INTEGER NOT NULL, "g_identity" INTEGER NOT NULL, "g_freedom_of_expression" INTEGER NOT NULL, "g_legal_obligation" INTEGER NOT NULL, "g_public_health" INTEGER NOT NULL, "g_archiving_research" INTEGER NOT NULL, "g_legal_claims" INTEGER NOT NULL, "g_other" INTEGER NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE SET NULL, FOREIGN KEY ("purge_id") REFERENCES "retention_purge" ("id") ON DELETE RESTRICT, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE UNIQUE INDEX "casefacts_case_id" ON "case_facts" ("case_id")""",
    """CREATE INDEX "casefacts_received" ON "case_facts" ("received")""",
    """CREATE INDEX "casefacts_organisation_id_received" ON "case_facts" ("organisation_id", "received")""",
    """CREATE INDEX "casefacts_purge_id" ON "case_facts" ("purge_id")""",
]

# The same for a team's server: SERIAL row ids, TIMESTAMP, a BOOLEAN flag as the models make it.
FIGURES_SERVER = [
    """ALTER TABLE "case" ADD COLUMN "first_limit" DATE""",
    """UPDATE "case" SET "first_limit" = "legal_limit" WHERE "extended" = FALSE""",
    backfill_first_limits,
    """ALTER TABLE "case" ADD COLUMN "repeat_of_deleted" BOOLEAN NOT NULL DEFAULT FALSE""",
    *FIGURES_INDEXES,
    """CREATE TABLE "retention_purge" ("id" SERIAL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "purged_on" DATE NOT NULL, "cases" INTEGER NOT NULL, "retention_years" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE INDEX "retentionpurge_organisation_id" ON "retention_purge" ("organisation_id")""",
    """CREATE TABLE "case_facts" ("id" SERIAL PRIMARY KEY, "case_id" INTEGER, "purge_id" INTEGER, "organisation_id" INTEGER NOT NULL, "received" DATE NOT NULL, "month" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "assignee" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "days_to_answer" INTEGER, "on_time" INTEGER, "extended" INTEGER NOT NULL, "extension_notice" VARCHAR(255) NOT NULL, "paused_identity" INTEGER NOT NULL, "waited_days" INTEGER NOT NULL, "refused" INTEGER NOT NULL, "partly_refused" INTEGER NOT NULL, "repeat_request" INTEGER NOT NULL, "id_copy_asked" INTEGER NOT NULL, "identity_method" VARCHAR(255) NOT NULL, "identity_outcome" VARCHAR(255) NOT NULL, "r_access" INTEGER NOT NULL, "r_rectification" INTEGER NOT NULL, "r_erasure" INTEGER NOT NULL, "r_restriction" INTEGER NOT NULL, "r_portability" INTEGER NOT NULL, "r_objection" INTEGER NOT NULL, "r_withdraw_consent" INTEGER NOT NULL, "r_other" INTEGER NOT NULL, "g_unfounded" INTEGER NOT NULL, "g_identity" INTEGER NOT NULL, "g_freedom_of_expression" INTEGER NOT NULL, "g_legal_obligation" INTEGER NOT NULL, "g_public_health" INTEGER NOT NULL, "g_archiving_research" INTEGER NOT NULL, "g_legal_claims" INTEGER NOT NULL, "g_other" INTEGER NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE SET NULL, FOREIGN KEY ("purge_id") REFERENCES "retention_purge" ("id") ON DELETE RESTRICT, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE UNIQUE INDEX "casefacts_case_id" ON "case_facts" ("case_id")""",
    """CREATE INDEX "casefacts_received" ON "case_facts" ("received")""",
    """CREATE INDEX "casefacts_organisation_id_received" ON "case_facts" ("organisation_id", "received")""",
    """CREATE INDEX "casefacts_purge_id" ON "case_facts" ("purge_id")""",
    *setting_rules(),  # a clerk's count moves the figures' watermark, and only that setting
]



Step = str | Callable

MIGRATIONS: dict[int, list[Step]] = {
    1: [
    """CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "applied_at" DATETIME NOT NULL)""",
    """CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "organisation" ("id" INTEGER NOT NULL PRIMARY KEY, "slug" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "prefix" VARCHAR(255) NOT NULL, "country" VARCHAR(255) NOT NULL, "languages" VARCHAR(255) NOT NULL, "deadline_days" INTEGER, "profile" TEXT NOT NULL, "profile_version" INTEGER NOT NULL, "subdivision" VARCHAR(255), "pause_rule" VARCHAR(255) NOT NULL, "imported_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "organisation_slug" ON "organisation" ("slug")""",
    """CREATE UNIQUE INDEX "organisation_prefix" ON "organisation" ("prefix")""",
    """CREATE TABLE "case" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "reference" VARCHAR(255) NOT NULL, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL, "requester_name" VARCHAR(255) NOT NULL, "requester_email" VARCHAR(255) NOT NULL, "requester_address" TEXT NOT NULL, "requester_country" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "rights" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "received" DATE NOT NULL, "summary" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "assignee" VARCHAR(255) NOT NULL, "extended" INTEGER NOT NULL, "extension_reasons" TEXT NOT NULL, "legal_limit" DATE NOT NULL, "promise" DATE, "due" DATE NOT NULL, "outcomes" TEXT NOT NULL, "search" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE INDEX "case_organisation_id" ON "case" ("organisation_id")""",
    """CREATE UNIQUE INDEX "case_reference" ON "case" ("reference")""",
    """CREATE UNIQUE INDEX "case_organisation_id_year_number" ON "case" ("organisation_id", "year", "number")""",
    """CREATE INDEX "case_status_due" ON "case" ("status", "due")""",
    """CREATE INDEX "case_due" ON "case" ("due")""",
    """CREATE INDEX "case_received" ON "case" ("received")""",
    """CREATE INDEX "case_assignee_status" ON "case" ("assignee", "status")""",
    """CREATE INDEX "case_requester_name" ON "case" ("requester_name")""",
    """CREATE INDEX "case_requester_email" ON "case" ("requester_email")""",
    """CREATE TABLE "pause" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "reason" VARCHAR(255) NOT NULL, "requested" DATE NOT NULL, "received" DATE, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "pause_case_id" ON "pause" ("case_id")""",
    """CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "who" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "old" TEXT NOT NULL, "new" TEXT NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "event_case_id" ON "event" ("case_id")""",
    """CREATE INDEX "event_case_id_at" ON "event" ("case_id", "at")""",
    """CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "filename" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "sha256" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "data" BLOB, "key_id" VARCHAR(255) NOT NULL, "added_at" DATETIME NOT NULL, "who" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "attachment_case_id" ON "attachment" ("case_id")""",
    ],
    # 2: identity checks.
    2: [
    """CREATE TABLE "identity_check" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "method" VARCHAR(255) NOT NULL, "outcome" VARCHAR(255) NOT NULL, "checked_on" DATE NOT NULL, "matched" VARCHAR(255) NOT NULL, "document_type" VARCHAR(255) NOT NULL, "issuing_country" VARCHAR(255) NOT NULL, "expiry" DATE, "expired" INTEGER NOT NULL, "number_last4" VARCHAR(255) NOT NULL, "mrz_format" VARCHAR(255) NOT NULL, "mrz_check_digits_ok" INTEGER, "mrz_failed" VARCHAR(255) NOT NULL, "mrz_name_agrees" INTEGER, "mrz_expiry_agrees" INTEGER, "mrz_number_agrees" INTEGER, "reason" TEXT NOT NULL, "proportionality" TEXT NOT NULL, "attachment_id" INTEGER, "blacked_out" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "recorded_at" DATETIME NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE, FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "identitycheck_case_id" ON "identity_check" ("case_id")""",
    """CREATE INDEX "identitycheck_attachment_id" ON "identity_check" ("attachment_id")""",
    """CREATE INDEX "identitycheck_case_id_recorded_at" ON "identity_check" ("case_id", "recorded_at")""",
    ],
    # 3: letters kept with their case.
    3: [
    """CREATE TABLE "letter" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "version" INTEGER NOT NULL, "language" VARCHAR(255) NOT NULL, "pdf" BLOB NOT NULL, "sha256" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "made_at" DATETIME NOT NULL, "override_reason" TEXT NOT NULL, "details" TEXT NOT NULL, "report" TEXT NOT NULL, "annex_json" BLOB, "annex_json_name" VARCHAR(255) NOT NULL, "annex_csv" BLOB, "annex_csv_name" VARCHAR(255) NOT NULL, "sent_method" VARCHAR(255), "sent_on" DATE, "sent_tracking" VARCHAR(255), "sent_by" VARCHAR(255), "sent_at" DATETIME, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "letter_case_id" ON "letter" ("case_id")""",
    """CREATE UNIQUE INDEX "letter_case_id_kind_version" ON "letter" ("case_id", "kind", "version")""",
    # A letter is evidence: its content never changes, and it is marked sent once.
    """CREATE TRIGGER "letter_immutable" BEFORE UPDATE OF "case_id", "kind", "version", "language", "pdf", "sha256", "size", "who", "made_at", "override_reason", "details", "report", "annex_json", "annex_json_name", "annex_csv", "annex_csv_name" ON "letter" BEGIN SELECT RAISE(ABORT, 'a letter is never changed once made'); END""",
    """CREATE TRIGGER "letter_sent_once" BEFORE UPDATE OF "sent_method", "sent_on", "sent_tracking", "sent_by", "sent_at" ON "letter" WHEN OLD."sent_on" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a letter is marked sent only once'); END""",
    ],
    # 4: register versions and the fulfilment checklist.
    4: [
    """CREATE TABLE "register_version" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "version" INTEGER NOT NULL, "profile" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "registerversion_organisation_id" ON "register_version" ("organisation_id")""",
    """CREATE UNIQUE INDEX "registerversion_organisation_id_version" ON "register_version" ("organisation_id", "version")""",
    # the profile texts already stored become their first recorded versions
    """INSERT INTO "register_version" ("organisation_id", "version", "profile", "created_at") SELECT "id", "profile_version", "profile", "updated_at" FROM "organisation\"""",
    """CREATE TABLE "checklist_item" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "right" VARCHAR(255) NOT NULL, "activity" VARCHAR(255) NOT NULL, "target_kind" VARCHAR(255) NOT NULL, "target" VARCHAR(255) NOT NULL, "target_name" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "exception" VARCHAR(255) NOT NULL, "who" VARCHAR(255) NOT NULL, "at" DATETIME, "register_version" INTEGER NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "checklistitem_case_id" ON "checklist_item" ("case_id")""",
    """CREATE UNIQUE INDEX "checklistitem_case_id_key" ON "checklist_item" ("case_id", "key")""",
    # the case: the register version its checklist and letters were built from, fees, refusal flag
    """ALTER TABLE "case" ADD COLUMN "register_version" INTEGER""",
    """ALTER TABLE "case" ADD COLUMN "fee_asked_cents" INTEGER""",
    """ALTER TABLE "case" ADD COLUMN "fee_paid_cents" INTEGER""",
    """ALTER TABLE "case" ADD COLUMN "unfounded" INTEGER NOT NULL DEFAULT 0""",
    """ALTER TABLE "case" ADD COLUMN "unfounded_reason" TEXT NOT NULL DEFAULT ''""",
    ],
    # 5: whether the MRZ's issuing state agrees with the issuing country entered.
    5: [
    """ALTER TABLE "identity_check" ADD COLUMN "mrz_country_agrees" INTEGER""",
    ],
    # 6: the tamper-evident record (domain.record): events chained by hash, letters referenced from
    # their events, events and letters append-only, gap records of the retention purge.
    6: [
    """ALTER TABLE "event" ADD COLUMN "letter_id" INTEGER""",
    """ALTER TABLE "event" ADD COLUMN "prev_hash" VARCHAR(255) NOT NULL DEFAULT ''""",
    """ALTER TABLE "event" ADD COLUMN "hash" VARCHAR(255) NOT NULL DEFAULT ''""",
    """CREATE INDEX "event_letter_id" ON "event" ("letter_id")""",
    chain_existing_events,
    """CREATE TABLE "record_gap" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "who" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "after_event_id" INTEGER NOT NULL, "prev_hash" VARCHAR(255) NOT NULL, "deleted_events" INTEGER NOT NULL, "references" TEXT NOT NULL, "prev_gap_hash" VARCHAR(255) NOT NULL, "hash" VARCHAR(255) NOT NULL)""",
    """CREATE TABLE "purge_gate" ("id" INTEGER NOT NULL PRIMARY KEY, "reason" TEXT NOT NULL)""",
    """CREATE TRIGGER "event_append_only" BEFORE UPDATE ON "event" BEGIN SELECT RAISE(ABORT, 'the record is append-only: an event is never changed'); END""",
    """CREATE TRIGGER "event_kept" BEFORE DELETE ON "event" WHEN NOT EXISTS (SELECT 1 FROM "purge_gate") BEGIN SELECT RAISE(ABORT, 'the record is append-only: an event is deleted only by the retention purge'); END""",
    """CREATE TRIGGER "event_not_replaced" BEFORE INSERT ON "event" WHEN EXISTS (SELECT 1 FROM "event" WHERE "id" = NEW."id") BEGIN SELECT RAISE(ABORT, 'the record is append-only: an event is never replaced'); END""",
    """CREATE TRIGGER "event_in_time_order" BEFORE INSERT ON "event" WHEN NEW."at" < (SELECT "at" FROM "event" ORDER BY "id" DESC LIMIT 1) BEGIN SELECT RAISE(ABORT, 'the record is append-only: an event cannot be dated before the last one'); END""",
    """CREATE TRIGGER "letter_kept" BEFORE DELETE ON "letter" WHEN NOT EXISTS (SELECT 1 FROM "purge_gate") BEGIN SELECT RAISE(ABORT, 'a letter is deleted only by the retention purge'); END""",
    """CREATE TRIGGER "letter_not_replaced" BEFORE INSERT ON "letter" WHEN EXISTS (SELECT 1 FROM "letter" WHERE "id" = NEW."id" OR ("case_id" = NEW."case_id" AND "kind" = NEW."kind" AND "version" = NEW."version")) BEGIN SELECT RAISE(ABORT, 'a letter is never replaced'); END""",
    """CREATE TRIGGER "record_gap_append_only" BEFORE UPDATE ON "record_gap" BEGIN SELECT RAISE(ABORT, 'a gap record is never changed'); END""",
    """CREATE TRIGGER "record_gap_kept" BEFORE DELETE ON "record_gap" BEGIN SELECT RAISE(ABORT, 'a gap record is never deleted'); END""",
    ],
    # 7: the case search as an index (SQLite FTS5 with the trigram tokenizer over the case's search
    # text, kept in step by triggers), the search text with the summary and the notes, and the
    # indexes the list sorts on and the repeat-request check looks up.
    7: [
    search_with_summary_and_notes,
    create_search_index,
    """CREATE INDEX "case_rights" ON "case" ("rights")""",
    """CREATE INDEX "case_assignee_due" ON "case" ("assignee", "due")""",
    """CREATE INDEX "case_organisation_id_due" ON "case" ("organisation_id", "due")""",
    """CREATE INDEX "case_organisation_id_email" ON "case" ("organisation_id", lower("requester_email"))""",
    'DROP INDEX "case_assignee_status"',  # (assignee, status, due) below serves it
    *SORT_INDEXES,
    analyse,
    ],
    # 8: none (the number was kept for the figures of issue 16 while they were made; they came as 12).
    8: [],
    # ---- 9: mail (begin) ---------------------------------------------------------------------
    # The mail account of each organisation (settings, never a secret), where each folder's last
    # fetch round stopped, every received message once (the Inbox), and every e-mail sent (its
    # Message-ID, for replies). Portable SQL: plain tables and indexes, no trigger, no upsert.
    9: [
    """CREATE TABLE "mail_account" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "settings" TEXT NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "mailaccount_organisation_id" ON "mail_account" ("organisation_id")""",
    """CREATE TABLE "mailbox_state" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "folder" VARCHAR(255) NOT NULL, "uidvalidity" INTEGER, "last_uid" INTEGER NOT NULL, "checked_at" DATETIME, "problem" TEXT NOT NULL, "problem_at" DATETIME, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "mailboxstate_organisation_id" ON "mailbox_state" ("organisation_id")""",
    """CREATE UNIQUE INDEX "mailboxstate_organisation_id_folder" ON "mailbox_state" ("organisation_id", "folder")""",
    """CREATE TABLE "mail_message" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "source" VARCHAR(255) NOT NULL, "folder" VARCHAR(255) NOT NULL, "uidvalidity" INTEGER, "uid" INTEGER, "message_id" TEXT NOT NULL, "sender" TEXT NOT NULL, "subject" TEXT NOT NULL, "sent_date" DATETIME, "received_at" DATETIME NOT NULL, "state" VARCHAR(255) NOT NULL, "references" TEXT NOT NULL, "identity_hint" TEXT NOT NULL, "problem" TEXT NOT NULL, "raw" BLOB, "key_id" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "case_id" INTEGER, "attachment_id" INTEGER, "handled_by" VARCHAR(255) NOT NULL, "handled_at" DATETIME, "server_done" INTEGER NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE SET NULL, FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "mailmessage_organisation_id" ON "mail_message" ("organisation_id")""",
    """CREATE INDEX "mailmessage_case_id" ON "mail_message" ("case_id")""",
    """CREATE INDEX "mailmessage_attachment_id" ON "mail_message" ("attachment_id")""",
    """CREATE UNIQUE INDEX "mailmessage_organisation_id_folder_uidvalidity_uid" ON "mail_message" ("organisation_id", "folder", "uidvalidity", "uid")""",
    """CREATE INDEX "mailmessage_organisation_id_message_id" ON "mail_message" ("organisation_id", "message_id")""",
    """CREATE INDEX "mailmessage_state" ON "mail_message" ("state")""",
    """CREATE TABLE "mail_sent" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "letter_id" INTEGER, "checklist_item_id" INTEGER, "message_id" TEXT NOT NULL, "recipients" TEXT NOT NULL, "attachments" TEXT NOT NULL, "response" TEXT NOT NULL, "accepted_at" DATETIME NOT NULL, "sent_folder" VARCHAR(255) NOT NULL, "copy_problem" TEXT NOT NULL, "zip_name" VARCHAR(255) NOT NULL, "password_channel" VARCHAR(255) NOT NULL, "who" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "mailsent_case_id" ON "mail_sent" ("case_id")""",
    """CREATE UNIQUE INDEX "mailsent_message_id" ON "mail_sent" ("message_id")""",
    ],
    # ---- 9: mail (end) -----------------------------------------------------------------------
    # 10: team mode (issue 13): the rows clerks edit carry a version, so that no save overwrites a
    # change it has not seen (store.models.VersionedModel).
    10: [
    """ALTER TABLE "case" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1""",
    """ALTER TABLE "checklist_item" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1""",
    ],
    # 11: the requester's name as the repeat check compares it, indexed per organisation: opening a
    # case looks up the requester's earlier cases in one index (it searched the names before).
    11: REQUESTER_KEY,
    # 12: issue 16 (figures, dashboard, annual report, retention of closed cases).
    12: FIGURES,
}

LATEST = max(MIGRATIONS)

# A team's PostgreSQL database (store/server.py) starts at SERVER_BASE: `dsar-desk team init`
# creates the tables of the models as they are at that version, then the server's own rules.
# Every migration after it carries its PostgreSQL form here, under the same number, so that a
# team database is upgraded by the same numbers as a file. Fixed once a release has shipped it.
SERVER_BASE = 10
SERVER_MIGRATIONS: dict[int, list[Step]] = {11: REQUESTER_KEY, 12: FIGURES_SERVER}
