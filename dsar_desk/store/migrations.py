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
}

LATEST = max(MIGRATIONS)
