"""Opening the database: SQLite pragmas, private file modes, migrations with a backup first."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from dsar_desk.paths import ensure_private_dir
from dsar_desk.store.migrations import LATEST, MIGRATIONS, apply_step
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
            raise DatabaseError("this file is not a DSAR Desk database (it has other tables and no schema version)")
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


def open_database(path: Path | str) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; bind the models to it.

    An older schema is upgraded after a backup copy; a newer one is refused and left untouched.
    """
    path = Path(path)
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
        raise DatabaseError(f"{path} cannot be read as a database ({exc})") from None
    if version > LATEST:
        raise DatabaseError(
            f"{path} was written by a newer DSAR Desk (schema {version}; this version knows up to "
            f"{LATEST}). Update DSAR Desk; the file was left untouched."
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
                apply_step(db, statement)
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
