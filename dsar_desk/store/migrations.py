"""Numbered migrations. Each is a list of SQL statements applied in one transaction.

Never edit a migration that has shipped: add the next number. Version 1 is the schema as first
released, written out as SQL so that later changes to the models cannot change what it creates.
"""

from __future__ import annotations

MIGRATIONS: dict[int, list[str]] = {
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
    # 2: identity checks (issue 5). Slot reserved: only the identity work edits this list.
    2: [
    """CREATE TABLE "identity_check" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "method" VARCHAR(255) NOT NULL, "outcome" VARCHAR(255) NOT NULL, "checked_on" DATE NOT NULL, "matched" VARCHAR(255) NOT NULL, "document_type" VARCHAR(255) NOT NULL, "issuing_country" VARCHAR(255) NOT NULL, "expiry" DATE, "expired" INTEGER NOT NULL, "number_last4" VARCHAR(255) NOT NULL, "mrz_format" VARCHAR(255) NOT NULL, "mrz_check_digits_ok" INTEGER, "mrz_failed" VARCHAR(255) NOT NULL, "mrz_name_agrees" INTEGER, "mrz_expiry_agrees" INTEGER, "mrz_number_agrees" INTEGER, "reason" TEXT NOT NULL, "proportionality" TEXT NOT NULL, "attachment_id" INTEGER, "blacked_out" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "recorded_at" DATETIME NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE, FOREIGN KEY ("attachment_id") REFERENCES "attachment" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "identitycheck_case_id" ON "identity_check" ("case_id")""",
    """CREATE INDEX "identitycheck_attachment_id" ON "identity_check" ("attachment_id")""",
    """CREATE INDEX "identitycheck_case_id_recorded_at" ON "identity_check" ("case_id", "recorded_at")""",
    ],
    # 3: letters kept with their case (issue 4). Slot reserved: only the letters work edits this list.
    3: [
    """CREATE TABLE "letter" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "version" INTEGER NOT NULL, "language" VARCHAR(255) NOT NULL, "pdf" BLOB NOT NULL, "sha256" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "made_at" DATETIME NOT NULL, "override_reason" TEXT NOT NULL, "details" TEXT NOT NULL, "report" TEXT NOT NULL, "annex_json" BLOB, "annex_json_name" VARCHAR(255) NOT NULL, "annex_csv" BLOB, "annex_csv_name" VARCHAR(255) NOT NULL, "sent_method" VARCHAR(255), "sent_on" DATE, "sent_tracking" VARCHAR(255), "sent_by" VARCHAR(255), "sent_at" DATETIME, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "letter_case_id" ON "letter" ("case_id")""",
    """CREATE UNIQUE INDEX "letter_case_id_kind_version" ON "letter" ("case_id", "kind", "version")""",
    # A letter is evidence: its content never changes, and it is marked sent once.
    """CREATE TRIGGER "letter_immutable" BEFORE UPDATE OF "case_id", "kind", "version", "language", "pdf", "sha256", "size", "who", "made_at", "override_reason", "details", "report", "annex_json", "annex_json_name", "annex_csv", "annex_csv_name" ON "letter" BEGIN SELECT RAISE(ABORT, 'a letter is never changed once made'); END""",
    """CREATE TRIGGER "letter_sent_once" BEFORE UPDATE OF "sent_method", "sent_on", "sent_tracking", "sent_by", "sent_at" ON "letter" WHEN OLD."sent_on" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a letter is marked sent only once'); END""",
    ],
    # 4: register versions and fulfilment checklist (issue 6). Slot reserved.
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
    # ---- 6: issue 16 (figures, dashboard, annual report, retention of closed cases) ----------------
    # Slot taken by the figures work; renumber when merging. Everything but the backfill of the
    # extended cases' first limit (a Python step: it needs the deadline engine) is plain SQL that
    # PostgreSQL runs too, except the "INTEGER NOT NULL PRIMARY KEY" row ids (SERIAL there) and
    # DATETIME (TIMESTAMP there), written like migrations 1-5.
    6: [
    # the one-month limit (with pauses) also of an extended case: "extension notified within the first month"
    """ALTER TABLE "case" ADD COLUMN "first_limit" DATE""",
    """UPDATE "case" SET "first_limit" = "legal_limit" WHERE "extended" = 0""",
    "python:backfill_first_limits",
    # a later request of a requester whose earlier one was deleted under the retention rule
    """ALTER TABLE "case" ADD COLUMN "repeat_of_deleted" INTEGER NOT NULL DEFAULT 0""",
    # the figures read these without touching the letters' PDFs, the timeline texts or the checklist notes
    """CREATE INDEX "letter_sent_case_id_kind" ON "letter" ("case_id", "kind", "sent_on") WHERE "sent_on" IS NOT NULL""",
    """CREATE INDEX "event_figures_case_id" ON "event" ("case_id", "kind", "new", "field", "at") WHERE "kind" IN ('status', 'identity')""",
    """CREATE INDEX "checklistitem_exception_case_id" ON "checklist_item" ("case_id", "exception") WHERE "exception" <> ''""",
    # the closings, oldest first: which closed cases are due for deletion (store/retention.py)
    """CREATE INDEX "event_closed_at" ON "event" ("at", "case_id") WHERE "kind" = 'status' AND "new" = 'closed'""",
    """CREATE INDEX "case_organisation_id_email" ON "case" ("organisation_id", LOWER("requester_email"), "received")""",
    """CREATE INDEX "case_organisation_id_name" ON "case" ("organisation_id", "requester_name", "requester_address")""",
    # what was deleted under the retention rule, and when (no case data: counts only)
    """CREATE TABLE "retention_purge" ("id" INTEGER NOT NULL PRIMARY KEY, "organisation_id" INTEGER NOT NULL, "purged_on" DATE NOT NULL, "cases" INTEGER NOT NULL, "retention_years" INTEGER NOT NULL, "who" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE INDEX "retentionpurge_organisation_id" ON "retention_purge" ("organisation_id")""",
    # The per-case facts the figures count (dsar_desk.store.figures), one row per case no longer open,
    # kept up to date by the figures themselves (a cache, rebuilt from the timeline when in doubt).
    # When a case is deleted under the retention rule its row stays, anonymous: case_id becomes
    # NULL, purge_id says which purge; no name, e-mail, address, summary, note or reference in it.
    """CREATE TABLE "case_facts" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER, "purge_id" INTEGER, "organisation_id" INTEGER NOT NULL, "received" DATE NOT NULL, "month" VARCHAR(7) NOT NULL, "channel" VARCHAR(255) NOT NULL, "assignee" VARCHAR(255) NOT NULL, "state" VARCHAR(255) NOT NULL, "days_to_answer" INTEGER, "on_time" INTEGER, "extended" INTEGER NOT NULL, "extension_notice" VARCHAR(255) NOT NULL, "paused_identity" INTEGER NOT NULL, "waited_days" INTEGER NOT NULL, "refused" INTEGER NOT NULL, "partly_refused" INTEGER NOT NULL, "repeat_request" INTEGER NOT NULL, "id_copy_asked" INTEGER NOT NULL, "identity_method" VARCHAR(255) NOT NULL, "identity_outcome" VARCHAR(255) NOT NULL, "r_access" INTEGER NOT NULL, "r_rectification" INTEGER NOT NULL, "r_erasure" INTEGER NOT NULL, "r_restriction" INTEGER NOT NULL, "r_portability" INTEGER NOT NULL, "r_objection" INTEGER NOT NULL, "r_withdraw_consent" INTEGER NOT NULL, "r_other" INTEGER NOT NULL, "g_unfounded" INTEGER NOT NULL, "g_identity" INTEGER NOT NULL, "g_freedom_of_expression" INTEGER NOT NULL, "g_legal_obligation" INTEGER NOT NULL, "g_public_health" INTEGER NOT NULL, "g_archiving_research" INTEGER NOT NULL, "g_legal_claims" INTEGER NOT NULL, "g_other" INTEGER NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("id") ON DELETE SET NULL, FOREIGN KEY ("purge_id") REFERENCES "retention_purge" ("id") ON DELETE RESTRICT, FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT)""",
    """CREATE UNIQUE INDEX "casefacts_case_id" ON "case_facts" ("case_id")""",
    """CREATE INDEX "casefacts_received" ON "case_facts" ("received")""",
    """CREATE INDEX "casefacts_organisation_id_received" ON "case_facts" ("organisation_id", "received")""",
    """CREATE INDEX "casefacts_purge_id" ON "case_facts" ("purge_id")""",
    ],
    # ---- end of migration 6 (issue 16) -------------------------------------------------------------
}

LATEST = max(MIGRATIONS)


def apply_step(db, statement: str) -> None:
    """Run one step of a migration: an SQL statement, or "python:NAME", a function of this module."""
    if statement.startswith("python:"):
        globals()[statement.removeprefix("python:")](db)
    else:
        db.execute_sql(statement)


# ---- migration 6 (issue 16): its Python step ----------------------------------------------------

def backfill_first_limits(db) -> None:
    """The first (one-month) limit of every extended case, from the deadline engine.

    Reads and writes plain SQL: the models may describe a later schema than this step's.
    """
    from datetime import date

    from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, Pause, compute_deadline

    def day(value):
        return value if isinstance(value, date) or value is None else date.fromisoformat(str(value)[:10])

    rows = db.execute_sql(
        'SELECT c."id", c."received", o."country", o."subdivision", o."deadline_days", o."pause_rule" '
        'FROM "case" c JOIN "organisation" o ON o."id" = c."organisation_id" WHERE c."extended" <> 0').fetchall()
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

