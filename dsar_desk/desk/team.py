"""Team mode: the clerk's own file or the team's PostgreSQL server, one way in for the GUI and the CLI.

* :func:`open_location` opens what ``--db`` or the settings name: a file path, or a server URL
  whose login's password comes from the OS keyring (never from the URL, the settings or a log).
* :func:`store_password` puts a login's password in the keyring (``dsar-desk team password URL``,
  File → Team server…), after checking that the server takes it.
* :func:`init_server` creates or upgrades the team's schema (``dsar-desk team init URL``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dsar_desk import secrets
from dsar_desk.domain.location import FileLocation, ServerLocation, parse_location
from dsar_desk.domain.messages import msg
from dsar_desk.store import db as store_db
from dsar_desk.store.db import DatabaseError, DatabaseUnavailable, NotAllowed


def password_of(place: ServerLocation) -> str | None:
    """The login's password from the keyring, or None when none is stored (or no keyring works)."""
    try:
        return secrets.get_secret(place.secret_name)
    except secrets.SecretStoreError:
        return None


def open_location(location: str | Path | FileLocation | ServerLocation, *, check: bool = True):
    """Open the database at ``location`` and bind the models to it (store.db.open_database)."""
    place = location if isinstance(location, (FileLocation, ServerLocation)) else parse_location(location)
    if isinstance(place, FileLocation):
        return store_db.open_database(place.path, check=check)
    password = password_of(place)
    if password is None:
        raise DatabaseUnavailable(msg("team.no-password", "no password is stored for {label}: store it with "
                                      "`dsar-desk team password {url}` (or in File → Team server…)",
                                      label=place.label, url=place.url))
    return store_db.open_database(place, password=password)


def check_password(place: ServerLocation, password: str) -> None:
    """Connect once with ``password``; DatabaseUnavailable (in plain words) when the server refuses."""
    connection = store_db.connect_server(place, password)
    connection.close()


def test_connection(location: str | ServerLocation, password: str | None = None) -> store_db.ServerProbe:
    """Try the server with ``password`` (else the one in the keyring) without opening it for the
    app: where it stopped (the name, the port, TLS, the login, the database, its schema) in the
    clerk's words. Nothing is stored, nothing written. Safe off the UI thread."""
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.not-a-server", "{location} is a file, not a team server: a file needs no "
                                "password", location=str(location)))
    password = password or password_of(place)
    if not password:
        return store_db.ServerProbe("password", msg("team.test-no-password", "no password is stored for {label}: "
                                                    "type it (it is kept in the keyring, never in the settings)",
                                                    label=place.label))
    return store_db.probe_server(place, password)


def try_server(location: str | ServerLocation, password: str | None = None) -> store_db.ServerProbe:
    """Before the app uses a team server: the test of :func:`test_connection`; a ``password``
    given is kept in the keyring (:func:`store_password`) once the server took the login (even
    when its database is not ready yet), never when it refused it."""
    probe = test_connection(location, password)
    if password and probe.step in ("ok", "schema"):
        store_password(location, password, check=False)  # the probe just signed in with it
    return probe


def store_password(location: str | ServerLocation, password: str, *, check: bool = True) -> ServerLocation:
    """Keep the login's password in the OS keyring under the server and user, after the server took it."""
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.not-a-server", "{location} is a file, not a team server: a file needs no "
                                "password", location=str(location)))
    if not password:
        raise DatabaseError(msg("team.password-empty", "the password is empty"))
    if check:
        check_password(place, password)
    secrets.set_secret(place.secret_name, password)
    return place


def forget_password(location: str | ServerLocation) -> None:
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    secrets.delete_secret(place.secret_name)


def init_server(location: str | ServerLocation, password: str | None = None) -> tuple[int, int]:
    """Create or upgrade the team's schema (an administrator: the database's owner). Returns the
    schema version before and after."""
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.not-a-server", "{location} is a file, not a team server: a file needs no "
                                "password", location=str(location)))
    password = password if password is not None else password_of(place)
    if password is None:
        raise DatabaseUnavailable(msg("team.no-password", "no password is stored for {label}: store it with "
                                      "`dsar-desk team password {url}` (or in File → Team server…)",
                                      label=place.label, url=place.url))
    try:
        return store_db.init_server(place, password)
    finally:
        store_db.close_database()


# -- the team's members ------------------------------------------------------------------------

LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,40}$")
SCRAM_ITERATIONS = 4096


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677), made here so
    that the password itself is never in a statement the server could log."""
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}${b64(stored_key).decode()}:{b64(server_key).decode()}"


@dataclass(frozen=True)
class Member:
    login: str
    role: str  # "clerk" or "admin"


def add_clerk(name: str, password: str, *, admin: bool = False) -> Member:
    """A new login of the team on the open server (run by an administrator): a clerk, or an
    administrator with ``admin``. The server refuses a login that may not create roles."""
    from dsar_desk.store import server
    from dsar_desk.store.models import database

    db = database.obj
    if not store_db.is_server():
        raise DatabaseError(msg("team.file-no-members", "a file has one clerk: team members live on a team server "
                                "(--db postgresql://...)"))
    if not LOGIN_NAME.match(name or ""):
        raise DatabaseError(msg("team.login-name", "the login “{name}” must be 2 to 41 lower-case letters, digits, "
                                "dots, dashes or underscores, starting with a letter", name=name))
    if len(password or "") < 12:
        raise DatabaseError(msg("team.password-short", "the password must have 12 characters or more"))
    clerk_role, admin_role = server.role_names(db.database)
    role = admin_role if admin else clerk_role
    verifier = scram_verifier(password)
    try:
        with db.atomic():
            exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if exists:
                raise DatabaseError(msg("team.login-exists", "the server has a login “{name}” already", name=name))
            server.ddl(db, f"CREATE ROLE {server.quote_ident(name)} LOGIN PASSWORD '{verifier}'")
            server.ddl(db, f"GRANT {server.quote_ident(role)} TO {server.quote_ident(name)}")
    except DatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - the server's refusal, in its words (no secret in it)
        if "permission denied" in str(exc) or "InsufficientPrivilege" in type(exc).__name__:
            raise NotAllowed(msg("team.add-not-allowed", "{user} may not add team members on this server (it needs "
                                 "the CREATEROLE right): ask the server's administrator",
                                 user=db.location.user)) from None
        raise
    return Member(name, "admin" if admin else "clerk")


def members() -> list[Member]:
    """The team's logins and their roles, as the server has them."""
    from dsar_desk.store import server
    from dsar_desk.store.models import database

    db = database.obj
    clerk_role, admin_role = server.role_names(db.database)
    rows = db.execute_sql(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN (%s, %s) AND m.rolcanlogin ORDER BY m.rolname",
        (clerk_role, admin_role)).fetchall()
    found: dict[str, str] = {}
    for login, group in rows:
        if group == admin_role or login not in found:
            found[login] = "admin" if group == admin_role else "clerk"
    return [Member(login, role) for login, role in found.items()]


# -- moving a clerk's file to the team's server -------------------------------------------------

@dataclass
class Migrated:
    tables: dict[str, int]  # rows copied per table
    events: int
    head: str  # the chain's last hash, the same on both sides


def migrate_file(file: Path, location: str | ServerLocation, password: str | None = None) -> Migrated:
    """Copy a clerk's database file whole to the team's (empty) server database: every table, the
    events with their chain, letters, attachments (still encrypted with the key they had: the
    recovery code brings it to the colleagues), register versions; then check the copy (the rows
    of each table, the chain verified on the server, the same chain head). The file is left as
    it was: an older schema is upgraded on a temporary copy first. Run as the database's owner."""
    from dsar_desk.store import server
    from dsar_desk.store.models import MODELS, database
    from dsar_desk.store.record import verify_file, verify_open_database

    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.migrate-to-file", "{location} is a file: the copy goes to a team server "
                                "(postgresql://...)", location=str(location)))
    file = Path(file)
    if not file.is_file():
        raise DatabaseError(msg("team.migrate-no-file", "{path} is not a database file", path=str(file)))
    with tempfile.TemporaryDirectory(prefix="dsar-desk-migrate-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        store_db.copy_database(file, copy)  # the clerk's file is only read
        store_db.open_database(copy)  # upgraded to this version's schema on the copy, if older
        store_db.close_database()
        source = verify_file(copy)
        if not source.ok:
            raise DatabaseError(msg("team.migrate-record-broken", "the record of {path} does not hold ({problem}): "
                                    "nothing was copied; run `dsar-desk --db {path} verify`", path=str(file),
                                    problem=str(source.problems[0]) if source.problems else "?"))
        password = password if password is not None else password_of(place)
        target = store_db.open_database(place, password=password)
        try:
            if target.execute_sql('SELECT count(*) FROM "case"').fetchone()[0]:
                raise DatabaseError(msg("team.migrate-not-empty", "the team database {label} holds cases already: a "
                                        "file is copied only into an empty team database (two records are never "
                                        "merged)", label=place.label))
            conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
            counts: dict[str, int] = {}
            try:
                with target.atomic():
                    target.execute_sql("SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK,))
                    for table in ("event", "letter", "record_gap"):  # the history comes as it is, by its writers
                        server.ddl(target, f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
                    for model in MODELS:
                        table = model._meta.table_name
                        if table == "schema_version":
                            continue
                        if table == "setting":  # the server's own settings give way to the file's
                            target.execute_sql('DELETE FROM "setting"')
                        counts[table] = _copy_table(conn, model)
                    for table in ("event", "letter", "record_gap"):
                        server.ddl(target, f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
                    for model in MODELS:
                        pk = model._meta.primary_key
                        if getattr(pk, "field_type", "") == "AUTO":
                            table = model._meta.table_name
                            column = pk.column_name
                            quoted = '"' + table + '"'
                            target.execute_sql(f"SELECT setval(pg_get_serial_sequence('{quoted}', '{column}'), "
                                               f'coalesce((SELECT max("{column}") FROM {quoted}), 0) + 1, false)')
            finally:
                conn.close()
            copied = verify_open_database()
            problems = []
            for table, rows in counts.items():
                there = database.obj.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if there != rows:
                    problems.append(f"{table}: {rows} rows in the file, {there} on the server")
            if not copied.ok or copied.head != source.head or problems:
                raise DatabaseError(msg("team.migrate-check-failed", "the copy on {label} does not match the file "
                                        "({problem}); the team database should be emptied and the copy run again",
                                        label=place.label, problem=(problems or [str(p) for p in copied.problems] or
                                                                    ["another chain head"])[0]))
            return Migrated(counts, copied.events, copied.head)
        finally:
            store_db.close_database()


def _copy_table(conn: sqlite3.Connection, model) -> int:
    """Every row of ``model``'s table from the file, with its id, in id order, in pages."""
    table = model._meta.table_name
    fields = model._meta.sorted_fields
    columns = [f.column_name for f in fields]
    have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    columns = [c for c in columns if c in have]
    by_column = {f.column_name: f for f in fields}
    copied = 0
    cursor = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}" ORDER BY 1')
    while True:
        rows = cursor.fetchmany(500)
        if not rows:
            return copied
        data = [{by_column[c]: _value(by_column[c], v) for c, v in zip(columns, row)} for row in rows]
        model.insert_many(data).execute()
        copied += len(rows)


def _value(field, value):
    from peewee import BooleanField

    if value is not None and isinstance(field, BooleanField):
        return bool(value)
    return value
