"""A team's PostgreSQL server: connecting, its schema, the rules the server itself enforces.

The team's database is created (and later upgraded) by ``dsar-desk team init URL``, run by an
administrator: the tables of :mod:`dsar_desk.store.models` as they are at schema
:data:`SERVER_BASE` (a team database starts there; every later migration carries a PostgreSQL
form too), then what SQLite's triggers do in plpgsql, the search index (``pg_trgm``), the
notifications of every change (LISTEN/NOTIFY, so that another clerk's window follows within a
second or two), and the two roles of a team:

* ``<db>_clerk``: reads everything; writes cases, checklists, pauses, identity checks, ID copies,
  notes and letters; marks letters sent. Never an organisation, a register, a setting or a purge.
* ``<db>_admin``: a clerk who may also import profiles and registers, change the organisation's
  settings, purge, and add clerks (``dsar-desk team add-clerk``).

Events are written only as the login that writes them (the server's ``session_user``, checked by
a trigger) and at the server's clock; no login may change or delete an event or a letter (a
trigger) but the purge, which only an administrator can open (``purge_gate``).
"""

from __future__ import annotations

import json
import logging
import re

from peewee import PostgresqlDatabase

from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.domain.location import ServerLocation

log = logging.getLogger(__name__)

CHANNEL = "dsar_desk"  # LISTEN/NOTIFY channel of every change
PRESENCE = "dsar_desk_presence"  # who has which case open (notifications only, nothing stored)
WRITE_LOCK = 0x44534152  # pg_advisory_xact_lock key of the write transaction ("DSAR")
PURGE_LOCK = 0x44534153  # pg_try_advisory_lock key of the ID-copy purge: one app of the team at a time
LOCK_TIMEOUT = "10s"  # a second writer waits this long, as SQLite's busy timeout
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def bind_driver() -> None:
    """Give peewee the psycopg 3 driver it was imported without (see dsar_desk/store/__init__.py):
    the names peewee 4.5 takes from psycopg when it finds it at import."""
    import peewee
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if peewee.psycopg is None:
        peewee.psycopg, peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle, adapter.txn_inerror, adapter.txn_unknown = (
            TransactionStatus.IDLE, TransactionStatus.INERROR, TransactionStatus.UNKNOWN)


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database on psycopg 3, with the session settings of the desk."""

    def __init__(self, location: ServerLocation, password: str | None):
        bind_driver()
        self.location = location
        # While the server cannot be reached (store.db.set_unreachable), the exception every new
        # connection raises at once, so that no thread (the UI's least of all) waits for a dead
        # server; and the generation of the connections: each thread drops a connection made
        # before the last change of reachability and makes a new one at its next query.
        self.unreachable: Exception | None = None
        self.generation = 0
        kwargs = location.connect_kwargs()
        super().__init__(location.dbname, password=password, prefer_psycopg3=True,
                         **kwargs)

    def _connect(self):
        if self.unreachable is not None:
            raise self.unreachable
        conn = super()._connect()
        self._state.generation = self.generation
        return conn

    def cursor(self, named_cursor=None):
        """peewee's cursor, on a live connection: one psycopg found broken (the server restarted,
        the network dropped) or one of an older generation is closed first, and a new one made,
        but never in the middle of a transaction."""
        state = self._state
        if not state.closed and not state.transactions:
            conn = state.conn
            if getattr(conn, "closed", False) or getattr(conn, "broken", False) or \
                    getattr(state, "generation", self.generation) != self.generation:
                try:
                    self.close()
                except Exception:  # noqa: BLE001 - a dead connection closes badly: forget it
                    state.reset()
        return super().cursor(named_cursor)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        """peewee's execute_sql; while the server is out of reach, the read-only refusal itself
        (store.db.DatabaseUnavailable) rather than peewee's wrapping of it."""
        if self.unreachable is not None and not self.in_transaction():
            raise self.unreachable
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except Exception as exc:
            if exc.args and exc.args[0] is self.unreachable and self.unreachable is not None:
                raise self.unreachable from None
            raise

    def _initialize_connection(self, conn) -> None:
        with conn.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
            cursor.execute("SET TIME ZONE 'UTC'")
        conn.commit()


def ddl(db: PostgresqlDatabase, statement: str) -> None:
    """Run a statement with no parameters (plpgsql bodies hold % signs that are not placeholders)."""
    db.connection().execute(statement)


def role_names(dbname: str) -> tuple[str, str]:
    """The team's two group roles on this server, named after the database (a server may hold
    several teams' databases)."""
    base = re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:40]
    return f"{base}_clerk", f"{base}_admin"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- what the server enforces -----------------------------------------------------------------

def _refuse(name: str, condition: str, text: str, when: str, table: str, row: str = "OLD") -> list[str]:
    """A trigger function raising ``text`` when ``condition`` holds, and its trigger."""
    return [
        f"""CREATE OR REPLACE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF {condition} THEN RAISE EXCEPTION '{text}' USING ERRCODE = 'integrity_constraint_violation'; END IF;
  RETURN {row};
END $$""",
        f'CREATE TRIGGER "{name}" {when} ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{name}"()',
    ]


def setting_rules() -> list[str]:
    """The team's settings (the attachment key's id, the letters' layout...) are an administrator's;
    a clerk's count of the figures may move their watermark (the one setting a clerk writes)."""
    return _refuse("setting_by_admin", "NEW.\"key\" <> 'figures.event_watermark' AND NOT "
                   "has_table_privilege(session_user, 'organisation', 'UPDATE')",
                   "only an administrator changes the settings of the team", "BEFORE INSERT OR UPDATE",
                   "setting", "NEW")


LETTER_CONTENT = ("case_id", "kind", "version", "language", "pdf", "sha256", "size", "who", "made_at",
                  "override_reason", "details", "report", "annex_json", "annex_json_name", "annex_csv",
                  "annex_csv_name")
LETTER_SENT = ("sent_method", "sent_on", "sent_tracking", "sent_by", "sent_at")
NOTIFIED = {  # table -> the column naming the case
    "case": "id", "event": "case_id", "letter": "case_id", "checklist_item": "case_id", "pause": "case_id",
    "identity_check": "case_id", "attachment": "case_id", "organisation": None, "register_version": None,
}


def record_rules() -> list[str]:
    """What SQLite's triggers of migrations 3 and 6 do, in plpgsql, and the login rule of events."""
    statements: list[str] = []
    statements += _refuse("event_append_only", "TRUE", "the record is append-only: an event is never changed",
                          "BEFORE UPDATE", "event")
    statements += _refuse("event_kept", 'NOT EXISTS (SELECT 1 FROM "purge_gate")',
                          "the record is append-only: an event is deleted only by the retention purge",
                          "BEFORE DELETE", "event")
    statements += _refuse("event_in_time_order", 'NEW."at" < (SELECT "at" FROM "event" ORDER BY "id" DESC LIMIT 1)',
                          "the record is append-only: an event cannot be dated before the last one",
                          "BEFORE INSERT", "event", "NEW")
    statements += _refuse("event_by_its_login", 'NEW."who" IS DISTINCT FROM session_user',
                          "an event records the login that writes it", "BEFORE INSERT", "event", "NEW")
    statements += _refuse("letter_kept", 'NOT EXISTS (SELECT 1 FROM "purge_gate")',
                          "a letter is deleted only by the retention purge", "BEFORE DELETE", "letter")
    changed = " OR ".join(f'NEW."{c}" IS DISTINCT FROM OLD."{c}"' for c in LETTER_CONTENT)
    statements += _refuse("letter_immutable", changed,
                          "a letter is never changed once made: make it again for a new version",
                          "BEFORE UPDATE", "letter", "NEW")
    sent = " OR ".join(f'NEW."{c}" IS DISTINCT FROM OLD."{c}"' for c in LETTER_SENT)
    statements += _refuse("letter_sent_once", f'OLD."sent_on" IS NOT NULL AND ({sent})',
                          "a letter is marked sent only once", "BEFORE UPDATE", "letter", "NEW")
    statements += setting_rules()
    statements += _refuse("record_gap_append_only", "TRUE", "a gap record is never changed", "BEFORE UPDATE",
                          "record_gap")
    statements += _refuse("record_gap_kept", "TRUE", "a gap record is never deleted", "BEFORE DELETE", "record_gap")
    return statements


def notify_rules() -> list[str]:
    """One notification per statement that changes what a clerk sees: the table, the cases (up to
    100, else "many"), the login. Fed by triggers, so the CLI's changes notify as the GUI's do."""
    statements = [f"""CREATE OR REPLACE FUNCTION "dsar_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cases jsonb := '[]'::jsonb;
  how_many integer := 0;
BEGIN
  IF TG_ARGV[0] <> '' THEN
    IF TG_OP = 'DELETE' THEN
      EXECUTE format('SELECT coalesce(jsonb_agg(DISTINCT %I), ''[]''), count(DISTINCT %I) FROM old_rows', TG_ARGV[0], TG_ARGV[0]) INTO cases, how_many;
    ELSE
      EXECUTE format('SELECT coalesce(jsonb_agg(DISTINCT %I), ''[]''), count(DISTINCT %I) FROM new_rows', TG_ARGV[0], TG_ARGV[0]) INTO cases, how_many;
    END IF;
    IF how_many > 100 THEN cases := '"many"'::jsonb; END IF;
  END IF;
  PERFORM pg_notify('{CHANNEL}', jsonb_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'cases', cases,
                                                  'who', session_user)::text);
  RETURN NULL;
END $$"""]
    for table, column in NOTIFIED.items():
        for op, rows in (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "NEW TABLE AS new_rows"),
                         ("DELETE", "OLD TABLE AS old_rows")):
            statements.append(f'CREATE TRIGGER "{table}_notify_{op.lower()}" AFTER {op} ON "{table}" '
                              f"REFERENCING {rows} FOR EACH STATEMENT EXECUTE FUNCTION \"dsar_notify\"('{column or ''}')")
    return statements


def search_rules() -> list[str]:
    """The case search on the server: a trigram index (pg_trgm) on the same search text SQLite's
    FTS5 indexes; the same LIKE '%x%' uses it."""
    return ['CREATE INDEX "case_search_trigram" ON "case" USING gin ("search" gin_trgm_ops)']


def grants(dbname: str) -> list[str]:
    """The roles and what each may do, on this database."""
    clerk, admin = role_names(dbname)
    c, a = quote_ident(clerk), quote_ident(admin)
    statements = [
        f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{clerk}') THEN CREATE ROLE {c} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{admin}') THEN CREATE ROLE {a} NOLOGIN; END IF;
END $$""",
        f"GRANT {c} TO {a}",
        f"REVOKE ALL ON DATABASE {quote_ident(dbname)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quote_ident(dbname)} TO {c}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {c}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {c}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {c}",
        f'GRANT INSERT, UPDATE ON "case", "checklist_item", "pause", "identity_check", "attachment" TO {c}',
        f'GRANT INSERT ON "event", "letter" TO {c}',
        # the Inbox and the mail sent are a clerk's work; the mail account's settings an administrator's
        f'GRANT INSERT, UPDATE ON "mailbox_state", "mail_message", "mail_sent" TO {c}',
        # the figures' facts of each case: a cache any clerk's count brings up to date (no personal data)
        f'GRANT INSERT, UPDATE, DELETE ON "case_facts" TO {c}',
        f'GRANT INSERT, UPDATE ON "setting" TO {c}',  # the watermark only: see setting_rules
        f'GRANT UPDATE ({", ".join(chr(34) + x + chr(34) for x in LETTER_SENT)}) ON "letter" TO {c}',
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {a}",
        f'REVOKE INSERT, UPDATE, DELETE ON "schema_version" FROM {a}',
        f'REVOKE UPDATE ON "event", "record_gap" FROM {a}',
    ]
    return statements


def server_rules(dbname: str) -> list[str]:
    return record_rules() + notify_rules() + search_rules() + grants(dbname)


# -- reading the server ------------------------------------------------------------------------

NOT_OURS = -1  # schema_version() of a database with other tables and no schema version


def schema_version(db: PostgresqlDatabase) -> int:
    """The schema version of a team database; 0 when it has no tables yet, NOT_OURS when it has
    other tables than DSAR Desk's."""
    has = db.execute_sql("SELECT to_regclass('public.schema_version') IS NOT NULL").fetchone()[0]
    if not has:
        others = db.execute_sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                                ).fetchone()[0]
        return NOT_OURS if others else 0
    return db.execute_sql('SELECT coalesce(max("version"), 0) FROM "schema_version"').fetchone()[0]


def login(db: PostgresqlDatabase) -> str:
    return db.execute_sql("SELECT session_user").fetchone()[0]


def is_admin(db: PostgresqlDatabase) -> bool:
    _clerk, admin = role_names(db.database)
    row = db.execute_sql("SELECT pg_has_role(session_user, %s, 'MEMBER') OR "
                         "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) OR "
                         "session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database "
                         "WHERE datname = current_database())", (admin,)).fetchone()
    return bool(row[0])


def open_statuses_sql() -> str:
    return "(" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"


def decode_notification(payload: str) -> dict:
    """A change notification as a dict (table, op, cases: list or "many", who); {} when unreadable."""
    try:
        data = json.loads(payload)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
