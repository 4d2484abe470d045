"""Opening the database from a location, and the database's own maintenance.

The one module that knows which database engine holds the data: ``open_database(location)``
takes the location the clerk gave (a file path today; a server URL for a team), opens it with
the right settings, upgrades its schema (a backup first) and binds every model to it. Nothing
else in the code names SQLite.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from dsar_desk.domain.messages import msg
from dsar_desk.paths import ensure_private_dir
from dsar_desk.store.migrations import LATEST, MIGRATIONS
from dsar_desk.store.models import SchemaVersion, database

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "busy_timeout": 5000,  # ms: a second process (the CLI beside the GUI) waits instead of failing
    "synchronous": "normal",
    "secure_delete": 1,  # deleted personal data is overwritten, not left in free pages
    "cache_size": -32000,  # 32 MB
}


class DatabaseError(Exception):
    """The database cannot be opened; the message is meant for the clerk."""


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


def backup_file(path: Path, version: int) -> Path:
    """A consistent copy (SQLite's backup API, safe with WAL) beside the database."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, 0o600)
    return target


def open_database(location: Path | str) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``location``; bind the models to it.

    An older schema is upgraded after a backup copy; a newer one is refused and left untouched.
    """
    path = Path(location)
    ensure_private_dir(path.parent)
    is_new = not path.exists()
    if is_new:
        # Create the file with owner-only permissions before SQLite writes a byte.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        probe = sqlite3.connect(path)
        try:
            version = _schema_version(probe)
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(msg("database.cannot-read-as-database", "{path} cannot be read as a database ({exc})",
                                path=path, exc=exc)) from None
    if version > LATEST:
        raise DatabaseError(
            msg("database.was-written-by-newer",
                "{path} was written by a newer DSAR Desk (schema {version}; this version knows up to {LATEST}). Update DSAR Desk; the file was left untouched.",
                path=path, version=version, LATEST=LATEST)
        )
    if 0 < version < LATEST:
        backup = backup_file(path, version)
        log.info("database schema %s < %s: backup written to %s", version, LATEST, backup.name)

    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    for number in range(version + 1, LATEST + 1):
        with db.atomic():
            for statement in MIGRATIONS[number]:
                db.execute_sql(statement)
            SchemaVersion.create(version=number)
        log.info("database migrated to schema %s", number)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            try:
                os.chmod(side, 0o600)
            except OSError:  # pragma: no cover
                pass
    return db


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


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
