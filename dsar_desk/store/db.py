"""Opening the database from a location, writing to it, and the database's own maintenance.

The one module that knows which database engine holds the data: ``open_database(location)``
takes the location the clerk gave (a file path today; a server URL for a team), checks it,
opens it with the right settings, upgrades its schema (a backup first) and binds every model to
it. Nothing else in the code names SQLite.

Every write goes through :func:`writing`: the transaction takes the write lock when it begins
(SQLite ``BEGIN IMMEDIATE``), so a second writer waits its turn (up to the busy timeout) instead
of failing half-way, and a read followed by a write (the next case number) cannot be overtaken.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import InterfaceError, OperationalError, SqliteDatabase

from dsar_desk.domain.location import ServerLocation, is_server_url, parse_location
from dsar_desk.domain.messages import msg
from dsar_desk.paths import ensure_private_dir, make_private
from dsar_desk.store import server
from dsar_desk.store.migrations import FIGURES_INDEXES, LATEST, MIGRATIONS, SERVER_MIGRATIONS, SORT_INDEXES
from dsar_desk.store.models import MODELS, SchemaVersion, database
from dsar_desk.store.server import ServerDatabase

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000  # a second writer (the CLI beside the GUI, a colleague) waits this long
SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "secure_delete": 1,  # deleted personal data is overwritten, not left in free pages
    "cache_size": -8000,  # 8 MB per connection (the OS caches the file too): the UI thread and each worker have one
}
SIDE_FILES = ("-wal", "-shm", "-journal")


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is meant for the clerk."""


class DatabaseBusy(DatabaseError):
    """Another DSAR Desk kept the write lock for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(msg("database.busy", "the database is busy: another DSAR Desk is writing; try again"))


class DatabaseDamaged(DatabaseError):
    """The file fails SQLite's check: it is refused, never written to."""


class DatabaseUnavailable(DatabaseError):
    """The team server cannot be reached (or refused the login); nothing was written."""


class NotAllowed(DatabaseError):
    """The server refused what this login tried: the role does not allow it (or the record's rules)."""


# -- where the database is ----------------------------------------------------------------------

def check_location(path: Path) -> None:
    """A location a database can live at: a regular file or none yet, in a folder (or one to make)."""
    if path.exists() and not path.is_file():
        raise DatabaseError(msg("database.not-a-file", "{path} is not a database file (it is a folder or a device)",
                                path=str(path)))
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DatabaseError(msg("database.parent-not-folder", "{path} cannot hold a database: {parent} is a "
                                        "file, not a folder", path=str(path), parent=str(parent)))
            break


def database_files(path: Path | None = None) -> list[Path]:
    """The files SQLite keeps for the open database (or ``path``): itself and its side files.

    Nothing else in the process may open them (closing any descriptor of them drops SQLite's
    locks for the whole process, on POSIX systems): the attachment readers refuse them."""
    if path is None:
        db = database.obj
        if db is None or not isinstance(db, SqliteDatabase):
            return []
        path = Path(db.database)
    return [path] + [Path(str(path) + suffix) for suffix in SIDE_FILES]


def is_database_file(candidate: Path) -> bool:
    """Whether ``candidate`` is one of the open database's files, decided without opening it."""
    try:
        info = candidate.stat()
    except OSError:
        return False
    for own in database_files():
        try:
            mine = own.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (mine.st_dev, mine.st_ino):
            return True
    return False


# -- opening ------------------------------------------------------------------------------------

def _schema_version(conn: sqlite3.Connection) -> int:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not has_table:
        has_any = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        if has_any:
            raise DatabaseError(msg("database.file-dsar-desk-database",
                                    "this file is not a DSAR Desk database (it has other tables and no schema version)"))
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] or 0


def backups_dir(path: Path) -> Path:
    """Where the backups of the database at ``path`` go: a private folder beside it."""
    return path.parent / "backups"


def upgrade_copy(path: Path, version: int) -> Path:
    """A consistent copy (SQLite's backup API, safe with WAL) before the schema is upgraded."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = ensure_private_dir(backups_dir(path))
    target = folder / f"{path.stem}.before-v{LATEST}-from-v{version}-{stamp}{path.suffix or '.sqlite3'}"
    copy_database(path, target)
    return target


def copy_database(source: Path | str, target: Path) -> None:
    """Copy with SQLite's backup API into ``target``, created exclusively and owner-only."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)
    src = sqlite3.connect(str(source))
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
    finally:
        src.close()


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when SQLite's quick check passes, else what it found (first line)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return str(rows[0][0]) if rows else "no answer"


def newest_backup(path: Path) -> Path | None:
    folder = backups_dir(path)
    try:
        candidates = [p for p in folder.iterdir() if p.is_file() and p.suffix == (path.suffix or ".sqlite3")]
    except OSError:
        return None
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def damaged(path: Path, detail: str) -> DatabaseDamaged:
    backup = newest_backup(path)
    if backup is not None:
        return DatabaseDamaged(msg("database.damaged-backup", "{path} is damaged ({detail}); nothing was written. The "
                                   "newest backup is {backup}: restore it with `dsar-desk --db {path} restore "
                                   "{backup}`", path=str(path), detail=detail, backup=str(backup)))
    return DatabaseDamaged(msg("database.damaged", "{path} is damaged ({detail}); nothing was written, and no backup "
                               "of it was found", path=str(path), detail=detail))


def open_database(location: Path | str | ServerLocation, *, check: bool = True,
                  password: str | None = None, statistics: str = "now") -> SqliteDatabase | ServerDatabase:
    """Open the database at ``location`` and bind the models to it: a file (created and migrated
    if needed) or a team's PostgreSQL server (``postgresql://user@host/db``, with ``password``
    from the keyring: see desk.team).

    A file: an older schema is upgraded after a backup copy; a newer one is refused and left
    untouched; a file that fails SQLite's quick check is refused, never written to (``check``).
    A server: its schema is made and upgraded by ``dsar-desk team init`` (an administrator);
    a clerk's app refuses an older or newer one with the way out.

    ``statistics="later"``: stale planner statistics of a large file are left for the caller to
    refresh off the UI thread (refresh_statistics); small files are done at once either way.
    """
    if isinstance(location, ServerLocation) or is_server_url(location):
        place = location if isinstance(location, ServerLocation) else parse_location(location)
        return open_server(place, password)
    path = Path(location)
    check_location(path)
    ensure_private_dir(path.parent)
    is_new = not path.exists()
    if is_new:
        # Create the file with owner-only permissions before SQLite writes a byte.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
    try:
        probe = sqlite3.connect(path)
        try:
            version = _schema_version(probe)
            if check and not is_new:
                problem = quick_check(probe)
                if problem:
                    raise damaged(path, problem)
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, str(exc)) if "malformed" in str(exc) else DatabaseError(
            msg("database.cannot-read-database", "{path} cannot be read as a database ({why})",
                path=str(path), why=str(exc))) from None
    if version > LATEST:
        raise DatabaseError(msg("database.written-newer-dsar-desk",
                                "{path} was written by a newer DSAR Desk (schema {version}; this version knows up to "
                                "{latest}). Update DSAR Desk; the file was left untouched.",
                                path=str(path), version=version, latest=LATEST))
    if 0 < version < LATEST:
        copy = upgrade_copy(path, version)
        log.info("database schema %s < %s: copy written to %s", version, LATEST, copy.name)

    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    for number in range(version + 1, LATEST + 1):
        with writing():
            for step in MIGRATIONS[number]:
                step(db) if callable(step) else db.execute_sql(step)
            SchemaVersion.create(version=number)
        log.info("database migrated to schema %s", number)
    if statistics == "now" or (db.execute_sql('SELECT max("id") FROM "case"').fetchone()[0] or 0) < STATISTICS_NOW_BELOW:
        refresh_statistics()
    for file in database_files(path):
        if file.exists():
            make_private(file)  # an older copy may have been world-readable
    return db


STATISTICS_NOW_BELOW = 100_000  # cases: below, open_database takes the statistics at once (< 0.5 s)


def statistics_stale() -> bool:
    """Whether SQLite's planner statistics of the case table are missing or were taken when it held
    half or twice as many rows as now (then the planner may sort every open case instead of
    walking the list's index: 1 s instead of 5 ms at 1,000,000 cases)."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        return False
    try:
        stat = db.execute_sql("SELECT \"stat\" FROM \"sqlite_stat1\" WHERE \"tbl\" = 'case' LIMIT 1").fetchone()
    except OperationalError:
        stat = None  # no statistics yet
    taken = int(stat[0].split()[0]) if stat and stat[0].split()[0].isdigit() else 0
    rows = db.execute_sql('SELECT max("id") FROM "case"').fetchone()[0] or 0  # read in O(1)
    if rows < 1000 and taken < 1000:
        return False
    return not taken or not 0.5 <= rows / taken <= 2


def refresh_statistics(force: bool = False) -> bool:
    """Take the planner's statistics of the case table again (a full ANALYZE: 0.4 s at 100,000
    cases, 4 s at 1,000,000) when they are stale, or ``force``. Skipped when another process
    writes (the next start takes them). Safe off the UI thread. Returns whether it ran."""
    db = database.obj
    if not isinstance(db, SqliteDatabase) or not (force or statistics_stale()):
        return False
    try:
        with database.atomic(lock_type="IMMEDIATE"):
            db.execute_sql("PRAGMA analysis_limit = 0")
            db.execute_sql('ANALYZE "case"')
    except OperationalError:  # busy: another process writes
        log.info("planner statistics not refreshed: the database is busy")
        return False
    return True


# -- a team's server ------------------------------------------------------------------------------

def server_problem(exc: BaseException, place: ServerLocation) -> DatabaseError:
    """A plain message for a connection failure (psycopg's text names the user, never a password)."""
    why = " ".join(str(exc).split())[:300] or exc.__class__.__name__
    if "password authentication failed" in why or "no password supplied" in why:
        return DatabaseUnavailable(msg("database.server-login-refused", "the team server {label} refused the login "
                                       "of {user} (wrong or missing password): store it again with `dsar-desk team "
                                       "password {url}` (or in File → Team server…)", label=place.label,
                                       user=place.user, url=place.url))
    return DatabaseUnavailable(msg("database.server-unreachable", "the team server {label} cannot be reached ({why}); "
                                   "nothing was written", label=place.label, why=why))


def connect_server(place: ServerLocation, password: str | None) -> ServerDatabase:
    """A connection to the server (not yet bound to the models), or DatabaseUnavailable."""
    db = ServerDatabase(place, password)
    try:
        db.connect()
    except (OperationalError, InterfaceError) as exc:
        raise server_problem(exc, place) from None
    return db


# -- what went wrong, in the clerk's words (File → Team server…, Test the connection) --------------

# libpq's words for each step of a connection (its messages are in English whatever the locale
# with lc_messages unset; the server's own errors come in the server's language, hence the codes).
_DNS = ("could not translate host name", "name or service not known", "nodename nor servname",
        "temporary failure in name resolution", "no address associated")
_REFUSED = ("connection refused",)
_TIMEOUT = ("timeout expired", "timed out", "no route to host", "network is unreachable")
_TLS = ("certificate", "ssl", "tls")
_LOGIN = ("password authentication failed", "no password supplied", "28p01")
_NO_DATABASE = ("does not exist",)
_NOT_ADMITTED = ("no pg_hba.conf entry",)


@dataclass(frozen=True)
class ServerProbe:
    """What a test connection found: ``step`` is where it stopped ("dns", "refused", "timeout",
    "tls", "login", "admitted", "database", "schema", "other"), or "ok"; ``message`` says it."""

    step: str
    message: object  # a Message
    version: int = 0

    @property
    def ok(self) -> bool:
        return self.step == "ok"


def diagnose(why: str, place: ServerLocation) -> ServerProbe:
    """Which step of the connection failed, from libpq's text, and what to do about it."""
    text = " ".join(why.split()).lower()
    host, port = place.host, place.port
    if any(w in text for w in _DNS):
        return ServerProbe("dns", msg("team.test-dns", "the server name {host} is not known (DNS): check the host "
                                      "in the address, and that this computer is on the organisation's network",
                                      host=host))
    if any(w in text for w in _REFUSED):
        return ServerProbe("refused", msg("team.test-refused", "nothing answers at {host} port {port}: the server "
                                          "is not running there, or the port is not the right one", host=host,
                                          port=str(port)))
    if any(w in text for w in _TIMEOUT):
        return ServerProbe("timeout", msg("team.test-timeout", "{host} port {port} does not answer in time: the "
                                          "network or a firewall keeps the server out of reach", host=host,
                                          port=str(port)))
    if any(w in text for w in _LOGIN):
        return ServerProbe("login", msg("team.test-login", "the server refused the login of {user}: the password "
                                        "is wrong, or there is no such login", user=place.user))
    if any(w in text for w in _NOT_ADMITTED):
        return ServerProbe("admitted", msg("team.test-not-admitted", "the server does not admit {user} from this "
                                           "computer (pg_hba.conf): ask its administrator", user=place.user))
    if "root certificate file" in text:
        return ServerProbe("tls", msg("team.test-ca-file", "the CA certificate file named by sslrootcert cannot be "
                                      "read: {file}", file=place.options.get("sslrootcert", "")))
    if "does not match host name" in text:
        return ServerProbe("tls", msg("team.test-tls-name", "the server's certificate is not made out to {host}: "
                                      "write the host as the certificate names it", host=host))
    if any(w in text for w in _TLS):
        return ServerProbe("tls", msg("team.test-tls", "the server's TLS certificate cannot be trusted: it is not "
                                      "signed by the CA of sslrootcert, or the server offers no TLS ({why})",
                                      why=" ".join(why.split())[:200]))
    if "database" in text and any(w in text for w in _NO_DATABASE):
        return ServerProbe("database", msg("team.test-no-database", "the server has no database {dbname}: check "
                                           "the database in the address", dbname=place.dbname))
    return ServerProbe("other", msg("team.test-other", "the server cannot be reached ({why})",
                                    why=" ".join(why.split())[:300] or "?"))


def probe_server(place: ServerLocation, password: str) -> ServerProbe:
    """Connect once with ``password`` (nothing bound, nothing written) and look at the schema."""
    db = ServerDatabase(place, password)
    try:
        db.connect()
    except (OperationalError, InterfaceError) as exc:
        return diagnose(str(exc), place)
    try:
        version = server.schema_version(db)
    except (OperationalError, InterfaceError) as exc:
        return diagnose(str(exc), place)
    except Exception as exc:  # noqa: BLE001 - a refusal of the server (a login without rights on the tables)
        return ServerProbe("schema", msg("team.test-no-rights", "{user} may not read the team's tables (the server "
                                         "said: {why}): ask an administrator to add the login to the team",
                                         user=place.user, why=str(exc).splitlines()[0][:200]))
    finally:
        try:
            db.close()
        except Exception:  # noqa: BLE001
            pass
    problem = schema_problem(place, version)
    if problem is not None:
        return ServerProbe("schema", problem.args[0], version)
    return ServerProbe("ok", msg("team.test-ok", "connected to {label}: the server took the login and the team "
                                 "database is ready (schema {version})", label=place.label, version=version), version)


# -- the server out of reach: read-only ------------------------------------------------------------

def read_only_message(place: ServerLocation):
    return msg("database.read-only", "the team server {label} cannot be reached: DSAR Desk is read-only until it "
               "is back (nothing was written)", label=place.label)


def set_unreachable(unreachable: bool) -> None:
    """On a team's server: the app turns read-only (every write refused before it starts, every
    new connection refused at once) or back to normal. Each change makes every thread drop its
    connection at its next query. Nothing on a file."""
    db = database.obj
    if isinstance(db, ServerDatabase):
        db.unreachable = DatabaseUnavailable(read_only_message(db.location)) if unreachable else None
        db.generation += 1


def is_unreachable() -> bool:
    db = database.obj
    return isinstance(db, ServerDatabase) and db.unreachable is not None


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` says the team server is out of reach (rather than a rule or a busy lock)."""
    if not is_server() or isinstance(exc, (DatabaseBusy, NotAllowed)):
        return False
    if isinstance(exc, DatabaseUnavailable):
        return True
    return isinstance(exc, (OperationalError, InterfaceError)) and not _is_lock_timeout(exc)


def _not_ours(place: ServerLocation) -> DatabaseError:
    return DatabaseError(msg("database.server-not-dsar-desk", "the database {label} on the server is not a DSAR Desk "
                             "database (it has other tables and no schema version): nothing was written",
                             label=place.label))


def schema_problem(place: ServerLocation, version: int) -> DatabaseError | None:
    """Why a team database at schema ``version`` cannot be used by this DSAR Desk, or None."""
    if version == server.NOT_OURS:
        return _not_ours(place)
    if version == 0:
        return DatabaseError(msg("database.server-empty", "the team database {label} has no DSAR Desk tables yet: an "
                                 "administrator creates them with `dsar-desk team init {url}`",
                                 label=place.label, url=place.url))
    if version > LATEST:
        return DatabaseError(msg("database.server-newer", "the team database {label} was upgraded by a newer DSAR "
                                 "Desk (schema {version}; this version knows up to {latest}): update DSAR Desk",
                                 label=place.label, version=version, latest=LATEST))
    if version < LATEST:
        return DatabaseError(msg("database.server-older", "the team database {label} is at schema {version} and this "
                                 "DSAR Desk needs {latest}: an administrator upgrades it with `dsar-desk team init "
                                 "{url}`", label=place.label, version=version, latest=LATEST, url=place.url))
    return None


def open_server(place: ServerLocation, password: str | None) -> ServerDatabase:
    """Bind the models to the team's database, whose schema must be this version's."""
    db = connect_server(place, password)
    version = server.schema_version(db)
    problem = schema_problem(place, version)
    if problem is not None:
        db.close()
        raise problem
    database.initialize(db)
    return db


def init_server(place: ServerLocation, password: str | None) -> tuple[int, int]:
    """Create the team's schema on an empty database, or upgrade an older one (the same version
    rule as a file: older upgraded, newer refused untouched); the roles and grants each time.
    Returns (version before, version after)."""
    db = connect_server(place, password)
    database.initialize(db)
    before = server.schema_version(db)
    if before == server.NOT_OURS:
        db.close()
        raise _not_ours(place)
    if before > LATEST:
        db.close()
        raise DatabaseError(msg("database.server-newer", "the team database {label} was upgraded by a newer DSAR "
                                "Desk (schema {version}; this version knows up to {latest}): update DSAR Desk",
                                label=place.label, version=before, latest=LATEST))
    try:
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK,))
            if before == 0:
                db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                db.create_tables(MODELS, safe=False)
                for statement in SORT_INDEXES + FIGURES_INDEXES + server.search_rules() + server.record_rules() + \
                        server.notify_rules():
                    server.ddl(db, statement)
                server.ddl(db, 'CREATE INDEX "case_organisation_id_email" ON "case" ("organisation_id", '
                           'lower("requester_email"))')
                for number in range(1, LATEST + 1):  # the models are the latest schema: all of it at once
                    SchemaVersion.create(version=number)
                before_steps = LATEST
            else:
                before_steps = before
            for number in range(before_steps + 1, LATEST + 1):
                for step in SERVER_MIGRATIONS[number]:
                    step(db) if callable(step) else server.ddl(db, step)
                SchemaVersion.create(version=number)
            for statement in server.grants(place.dbname):
                server.ddl(db, statement)
    except (OperationalError, InterfaceError) as exc:
        raise server_problem(exc, place) from None
    except Exception as exc:  # noqa: BLE001 - the server's refusal (privileges), in its words
        name = exc.__class__.__name__
        if "InsufficientPrivilege" in name or "permission denied" in str(exc) or "must be owner" in str(exc):
            raise NotAllowed(msg("database.server-init-not-allowed", "{user} may not create or change the tables of "
                                 "{label} (the server said: {why}); run this as the database's owner",
                                 user=place.user, label=place.label, why=str(exc).splitlines()[0])) from None
        raise
    return before, LATEST


@contextmanager
def purge_turn() -> Iterator[bool]:
    """Whether this app may run a purge now: always on a file; on a team's server only the one app
    that holds the team's purge lock (a session advisory lock, let go at the end), so the team's
    ID copies are purged once, not by every clerk's app at the same time."""
    db = database.obj
    if not isinstance(db, ServerDatabase):
        yield True
        return
    got = db.execute_sql("SELECT pg_try_advisory_lock(%s)", (server.PURGE_LOCK,)).fetchone()[0]
    try:
        yield bool(got)
    finally:
        if got:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (server.PURGE_LOCK,))


def is_server() -> bool:
    """Whether the open database is a team's server (else the clerk's own file)."""
    return isinstance(database.obj, ServerDatabase)


def current_location() -> Path | ServerLocation | None:
    db = database.obj
    if isinstance(db, ServerDatabase):
        return db.location
    if isinstance(db, SqliteDatabase):
        return Path(db.database)
    return None


# -- writing ------------------------------------------------------------------------------------

def _is_lock_timeout(exc: BaseException) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text or "lock timeout" in text or "LockNotAvailable" in type(exc).__name__ \
        or "canceling statement due to lock timeout" in text


@contextmanager
def writing() -> Iterator[None]:
    """One write transaction that holds the write lock from its start (nested: a savepoint).

    On a file, SQLite's ``BEGIN IMMEDIATE``; on a team's server, the team's write lock (an
    advisory lock held to the end of the transaction): one writer at a time, the others wait
    their turn, so a read followed by a write (the next case number, the chain's last event)
    cannot be overtaken. Past the busy timeout, :class:`DatabaseBusy` says so in plain words;
    a server that cannot be reached is :class:`DatabaseUnavailable`; nothing was written."""
    db = database.obj
    if isinstance(db, ServerDatabase) and db.unreachable is not None and not database.in_transaction():
        raise DatabaseUnavailable(read_only_message(db.location))  # before anything starts: nothing queued
    try:
        if database.in_transaction():
            with database.atomic():
                yield
        elif isinstance(db, ServerDatabase):
            with database.atomic():
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK,))
                yield
        else:
            with database.atomic(lock_type="IMMEDIATE"):
                yield
    except (OperationalError, InterfaceError) as exc:
        if _is_lock_timeout(exc):
            raise DatabaseBusy() from None
        if isinstance(db, ServerDatabase):
            if _refused_by_role(exc):
                raise NotAllowed(msg("database.not-allowed", "the team server refused this for {user}: {why}",
                                     user=db.location.user, why=str(exc).splitlines()[0])) from None
            db.close()  # a dead connection is not used again: the next query reconnects
            raise server_problem(exc, db.location) from None
        raise
    except Exception as exc:
        if isinstance(db, ServerDatabase) and _refused_by_role(exc):
            raise NotAllowed(msg("database.not-allowed", "the team server refused this for {user}: {why}",
                                 user=db.location.user, why=str(exc).splitlines()[0])) from None
        raise


def _refused_by_role(exc: BaseException) -> bool:
    return "InsufficientPrivilege" in type(exc).__name__ or "permission denied" in str(exc) or \
        "InsufficientPrivilege" in type(getattr(exc, "__cause__", None) or exc).__name__


@contextmanager
def bulk_writing(cache_mb: int = 256) -> Iterator[None]:
    """For a bulk load on this connection (the demo's 100,000 cases): a large page cache while it
    writes (its three dozen indexes and the search index no longer fall out of the 8 MB one), and
    the planner's statistics refreshed after, so the queries that follow plan for the new size."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):  # a team's server sizes its own buffers
        yield
        return
    before = SQLITE_PRAGMAS["cache_size"]
    db.execute_sql(f"PRAGMA cache_size = {-int(cache_mb) * 1000}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {before}")
        refresh_statistics()


def integrity_check() -> str | None:
    """SQLite's full integrity check of the open database: None when it holds."""
    rows = database.execute_sql("PRAGMA integrity_check").fetchall()
    return None if rows and rows[0][0] == "ok" else "; ".join(str(r[0]) for r in rows[:5])


def reclaim_space(tables: tuple[str, ...] = ()) -> None:
    """Give back the space of deleted rows so that no byte of them stays in the database files:
    checkpoint and truncate the WAL, VACUUM, truncate again. Not inside a transaction.

    On a team's server: VACUUM FULL of ``tables`` (default: every table of the desk), which
    rewrites each into a new file without the dead rows (an exclusive lock while it runs; the
    others' writes wait)."""
    if database.in_transaction():
        raise RuntimeError("reclaim_space() must run outside a transaction")
    if is_server():
        from dsar_desk.store.models import MODELS

        names = tables or tuple(m._meta.table_name for m in MODELS)
        database.execute_sql("VACUUM FULL " + ", ".join(server.quote_ident(n) for n in names))
        return
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.execute_sql("VACUUM")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def close_thread_connection() -> None:
    """A worker thread closes its own connection when its job is done (peewee keeps one per thread)."""
    db = database.obj
    if db is not None:
        db.close()


def day_number_sql(expression: str) -> str:
    """SQL for the whole number of days from a fixed origin to the DATE ``expression``, so that two
    of them subtract to the days between (issue 16's figures; the one date function SQLite and
    PostgreSQL spell differently). SQLite: julianday() of a date is N.5, truncated to N.
    PostgreSQL: ``(expression - DATE '1970-01-01')``."""
    if is_server():
        return f"(CAST({expression} AS DATE) - DATE '1970-01-01')"
    return f"CAST(julianday({expression}) AS INTEGER)"


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
