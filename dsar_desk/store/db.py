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
from datetime import datetime
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from dsar_desk.domain.messages import msg
from dsar_desk.paths import ensure_private_dir, make_private
from dsar_desk.store.migrations import LATEST, MIGRATIONS
from dsar_desk.store.models import SchemaVersion, database

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


def open_database(location: Path | str, *, check: bool = True) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``location``; bind the models to it.

    An older schema is upgraded after a backup copy; a newer one is refused and left untouched;
    a file that fails SQLite's quick check is refused, never written to (``check``).
    """
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
    refresh_statistics()
    for file in database_files(path):
        if file.exists():
            make_private(file)  # an older copy may have been world-readable
    return db


def refresh_statistics() -> None:
    """SQLite's planner statistics (ANALYZE, at most 1,000 rows read per index) again when the case
    table has grown or shrunk by half or more since they were taken: with statistics it walks the
    list's sort index instead of sorting every open case. Skipped when another process writes."""
    db = database.obj
    try:
        stat = db.execute_sql("SELECT \"stat\" FROM \"sqlite_stat1\" WHERE \"tbl\" = 'case' LIMIT 1").fetchone()
    except OperationalError:
        stat = None  # no statistics yet
    taken = int(stat[0].split()[0]) if stat and stat[0].split()[0].isdigit() else 0
    now_rows = db.execute_sql('SELECT max("id") FROM "case"').fetchone()[0] or 0  # read in O(1)
    if now_rows < 1000 and taken < 1000 or taken and 0.5 <= now_rows / taken <= 2:
        return
    try:
        with database.atomic(lock_type="IMMEDIATE"):
            db.execute_sql("PRAGMA analysis_limit = 1000")
            db.execute_sql("ANALYZE")
    except OperationalError:  # busy: another process writes; the next start takes them
        log.info("planner statistics not refreshed: the database is busy")


# -- writing ------------------------------------------------------------------------------------

@contextmanager
def writing() -> Iterator[None]:
    """One write transaction that holds the write lock from its start (nested: a savepoint).

    Past the busy timeout, :class:`DatabaseBusy` says so in plain words; nothing was written."""
    try:
        if database.in_transaction():
            with database.atomic():
                yield
        else:
            with database.atomic(lock_type="IMMEDIATE"):
                yield
    except OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy() from None
        raise


@contextmanager
def bulk_writing(cache_mb: int = 256) -> Iterator[None]:
    """For a bulk load on this connection (the demo's 100,000 cases): a large page cache while it
    writes (its three dozen indexes and the search index no longer fall out of the 8 MB one), and
    the planner's statistics refreshed after, so the queries that follow plan for the new size."""
    db = database.obj
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


def reclaim_space() -> None:
    """Give back the space of deleted rows so that no byte of them stays in the database files:
    checkpoint and truncate the WAL, VACUUM, truncate again. Not inside a transaction."""
    if database.in_transaction():
        raise RuntimeError("reclaim_space() must run outside a transaction")
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
    PostgreSQL (when it comes): ``(expression - DATE '1970-01-01')``."""
    if type(database.obj).__name__.startswith("Postgres"):  # pragma: no cover - no server yet
        return f"({expression} - DATE '1970-01-01')"
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
