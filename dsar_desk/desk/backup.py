"""Backups a clerk can trust: written with SQLite's backup API, owner-only, checked after writing
(SQLite's integrity check and the record's chain), kept for a number of days; restored only after
the same check, the current file kept aside first.

Backups live in the private folder ``backups/`` beside the database. An ID copy purged at the end
of its retention is purged from every backup there too (:func:`scrub_backups`), and attachments a
backup still holds unencrypted (from before encryption came in) are encrypted in it once the key
is at hand: no backup keeps what the database itself no longer may.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dsar_desk.desk import keys
from dsar_desk.domain.messages import msg
from dsar_desk.paths import ensure_private_dir, make_private
from dsar_desk.store import db as store_db
from dsar_desk.store.db import DatabaseError, backups_dir, is_server, quick_check
from dsar_desk.store.migrations import LATEST
from dsar_desk.store.models import Attachment, Setting, database
from dsar_desk.store.record import gap_after, has_event, head_of_file, verify_file

log = logging.getLogger(__name__)

KEEP_SETTING = "backups_kept"
DEFAULT_KEEP = 14
DAILY_PREFIX = "daily-"


class BackupFailed(DatabaseError):
    """A backup could not be written or did not pass its check; nothing was kept."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    events: int
    head: str


def database_path() -> Path:
    db = database.obj
    if db is None:
        raise BackupFailed(msg("backup.no-database", "no database is open"))
    if is_server():
        raise BackupFailed(msg("backup.server", "a team server is backed up by its administrator (pg_dump, the "
                               "server's own backups), not by DSAR Desk"))
    return Path(db.database)


def kept() -> int:
    row = Setting.get_or_none(Setting.key == KEEP_SETTING)
    try:
        return max(1, min(365, int(row.value))) if row else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def set_kept(days: int) -> None:
    from dsar_desk.domain.cases import FieldProblem, InvalidCase

    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 365:
        raise InvalidCase([FieldProblem("backups_kept", msg("backup.kept-range",
                                                            "must be a whole number between 1 and 365"))])
    with store_db.writing():
        Setting.put(KEEP_SETTING, str(days))


def check_file(path: Path) -> None:
    """Raise BackupFailed unless ``path`` is a sound DSAR Desk database whose record holds."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problem = quick_check(conn)
            version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupFailed(msg("backup.not-a-database", "{path} is not a DSAR Desk database ({why})",
                               path=str(path), why=str(exc))) from None
    if problem:
        raise BackupFailed(msg("backup.damaged", "{path} is damaged ({detail})", path=str(path), detail=problem))
    if version is None or version > LATEST:
        raise BackupFailed(msg("backup.newer", "{path} was written by a newer DSAR Desk (schema {version})",
                               path=str(path), version=version))
    verdict = verify_file(path)
    if not verdict.ok:
        raise BackupFailed(msg("backup.record-broken", "{path}: the record does not hold ({first})",
                               path=str(path), first=verdict.problems[0]))


def backup(target: Path | None = None, *, daily: bool = False, label: str = "") -> BackupResult:
    """A verified copy of the open database at ``target`` (a file, or a folder for the usual name),
    by default in the backups folder. Never overwrites a file; owner-only."""
    source = database_path()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{DAILY_PREFIX if daily else ''}{source.stem}-{stamp}{label}{source.suffix or '.sqlite3'}"
    if target is None:
        folder = ensure_private_dir(backups_dir(source))
        target, number = folder / name, 2
        while target.exists():  # two backups in the same second
            target = folder / name.replace(f"{stamp}{label}", f"{stamp}{label}-{number}")
            number += 1
    elif target.is_dir():
        target = target / name
    else:
        ensure_private_dir(target.parent)
    if target.exists():
        raise BackupFailed(msg("backup.exists", "{path} exists already: choose another name", path=str(target)))
    part = target.with_name(f".{target.name}.part")
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
        dest = sqlite3.connect(str(part))
        try:
            database.connection().backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        check_file(part)
        os.replace(part, target)
    except OSError as exc:
        raise BackupFailed(msg("backup.cannot-write", "cannot write {path} ({why})", path=str(target),
                               why=exc.strerror or exc.__class__.__name__)) from None
    finally:
        if part.exists():
            part.unlink()
    make_private(target)
    head = head_of_file(target)
    log.info("backup written (%s bytes, %s)", target.stat().st_size, "daily" if daily else "on demand")
    if daily:
        prune()
    return BackupResult(target, target.stat().st_size, head[0] if head else 0, head[1] if head else "")


def is_backup_of(candidate: Path, source: Path) -> bool:
    """Whether ``candidate`` (a file name in the backups folder) is a backup the app wrote of the
    database ``source``: daily, on demand or before an upgrade, by the names backup() and
    upgrade_copy() give. Databases kept in one folder share its backups folder: each counts, prunes,
    purges and compares only its own."""
    stem = re.escape(source.stem)
    return re.match(rf"(?:{re.escape(DAILY_PREFIX)})?{stem}(?:-\d{{8}}-\d{{6}}|\.before-v\d)", candidate.name) is not None


def _own_backups(hidden: bool = False) -> list[Path]:
    source = database_path()
    try:
        return sorted(p for p in backups_dir(source).iterdir() if p.is_file() and (hidden or not p.name.startswith("."))
                      and is_backup_of(p, source))
    except OSError:
        return []


def daily_backups() -> list[Path]:
    return sorted((p for p in _own_backups() if p.name.startswith(DAILY_PREFIX)), key=lambda p: p.name)


def prune() -> list[Path]:
    """Keep the newest ``kept()`` daily backups; returns those deleted."""
    old = daily_backups()[:-kept()]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def daily_backup(now: datetime | None = None) -> BackupResult | None:
    """The day's automatic backup, when the newest one is a day old or more (the app runs it at
    start and then every day, off the UI thread). None on a team server: its administrator backs it up."""
    if is_server():
        return None
    now = now or datetime.now()
    newest = daily_backups()[-1:] if daily_backups() else []
    if newest and datetime.fromtimestamp(newest[0].stat().st_mtime) > now - timedelta(days=1):
        return None
    return backup(daily=True)


def restore(source: Path) -> BackupResult:
    """Put the content of the backup ``source`` back into the open database, after checking it.

    The current content is first backed up beside the others (so a restore can be undone); the
    copy goes in through SQLite's backup API, so another DSAR Desk that has the file open sees the
    restored content, never a half-written file. Returns the copy of what was there before."""
    source = Path(source)
    if not source.is_file():
        raise BackupFailed(msg("backup.not-found", "{path} is not a file", path=str(source)))
    check_file(source)
    path = database_path()
    try:
        aside = backup(label="-before-restore")
    except BackupFailed:  # the database itself is damaged (why it is restored): keep its bytes as they are
        aside = _raw_copy(path)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(database.connection())
    finally:
        src.close()
    store_db.close_database()
    store_db.open_database(path)  # an older backup's schema is upgraded like any older file
    log.info("database restored from a backup")
    return aside


def _raw_copy(path: Path) -> BackupResult:
    """The bytes of a damaged database file, kept aside owner-only before a restore replaces them."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = ensure_private_dir(backups_dir(path)) / f".{path.stem}-{stamp}-damaged-before-restore{path.suffix}"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as out, path.open("rb") as src:
        shutil.copyfileobj(src, out)
    return BackupResult(target, target.stat().st_size, 0, "")


def backup_files() -> list[Path]:
    """Every backup of the open database in the backups folder beside it (daily, on demand, before
    an upgrade), oldest name first; the hidden files being written are left out, and so are the
    backups of other databases kept in the same folder."""
    return _own_backups()


def scrub_backups(purged_attachment_ids: list[int]) -> int:
    """Remove the content of purged ID copies from every backup, and encrypt in them what is
    still plaintext when the key is at hand. Returns how many backups changed."""
    changed = 0
    key = None
    try:
        key, kid = keys.current_key()
    except (keys.KeyNeeded, keys.SecretStoreError):
        kid = ""
    for path in backup_files():
        try:
            conn = sqlite3.connect(str(path))
        except sqlite3.DatabaseError:
            continue
        try:
            conn.execute("PRAGMA secure_delete = 1")
            before = conn.total_changes
            if purged_attachment_ids:
                marks = ",".join("?" * len(purged_attachment_ids))
                conn.execute(f'UPDATE "attachment" SET "data" = NULL WHERE "kind" = \'id-copy\' AND "id" IN ({marks})',
                             purged_attachment_ids)
            if key is not None:
                plain = conn.execute('SELECT "id", "case_id", "sha256", "data" FROM "attachment" '
                                     'WHERE "key_id" = \'\' AND "data" IS NOT NULL').fetchall()
                for attachment_id, case_id, sha, data in plain:
                    conn.execute('UPDATE "attachment" SET "data" = ?, "key_id" = ? WHERE "id" = ?',
                                 (keys.seal(key, bytes(data), case_id, sha), kid, attachment_id))
            conn.commit()
            if conn.total_changes != before:
                conn.execute("VACUUM")
                changed += 1
        except sqlite3.DatabaseError:
            log.warning("a backup could not be scrubbed (not a database)")
        finally:
            conn.close()
    return changed


def encrypt_everywhere() -> int:
    """Encrypt the attachments stored before encryption came in, in the database and in its
    backups, when the key is at hand without asking (both front ends call this when they open a
    database; without the key it waits for another time). Returns how many were encrypted."""
    if not Attachment.select().where((Attachment.key_id == "") & Attachment.data.is_null(False)).exists():
        return 0
    try:
        count = keys.encrypt_plain_attachments()
    except (keys.KeyNeeded, keys.SecretStoreError, keys.VaultError):
        return 0
    if not is_server():  # a team server's backups are the server's (pg_dump), not the app's
        scrub_backups([])
    return count


@dataclass
class BackupComparison:
    compared: int = 0
    problems: list = None

    def __post_init__(self):
        self.problems = self.problems or []


def compare_with_backups() -> BackupComparison:
    """The anchor of the record: the last event of every backup the app wrote must still be in
    the database with the same hash (unless a retention purge removed it since). A record rewritten
    with a recomputed chain is caught here."""
    result = BackupComparison()
    if is_server():
        return result  # the app writes no backups of a team server
    for path in _own_backups():
        head = head_of_file(path)
        if head is None:
            continue
        result.compared += 1
        if not has_event(*head) and not gap_after(head[0]):
            result.problems.append(msg("record.backup-head-missing",
                                       "the backup {name} ends with event {event}, which the database does not hold "
                                       "as it was: the record was rewritten after that backup",
                                       name=path.name, event=head[0]))
    return result
