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
}

LATEST = max(MIGRATIONS)
