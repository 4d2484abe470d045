"""`dsar-desk verify`, `backup`, `restore`: the record proves itself, and copies of it are kept.

    verify                        walk the record's chain; exit 1 naming the first case and event that does not hold
    backup [-o FILE|FOLDER]       a checked, owner-only copy (default: the backups folder beside the database)
    restore FILE                  check FILE, keep the current database aside, put FILE's content back
"""

from __future__ import annotations

from pathlib import Path

from dsar_desk.cli.common import EXIT_FAILED_CHECK, EXIT_OK, CliError, open_db, out


def register(sub, csub) -> None:
    verify = sub.add_parser("verify", help="check that the record (timelines, letters) was not changed behind the app")
    verify.set_defaults(handler=cmd_verify)
    backup = sub.add_parser("backup", help="write a checked backup of the database")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where (default: the backups folder)")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup's content back (the current database is kept aside)")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=cmd_restore)


def verdict_lines(verdict, backups) -> tuple[bool, list[str]]:
    lines = [f"events: {verdict.events:,}, letters: {verdict.letters:,}, retention purges: {verdict.gaps}"]
    ok = verdict.ok and not backups.problems
    if verdict.ok:
        lines.append(f"chain: holds (head {verdict.head[:16]})")
    else:
        first = f"case {verdict.first_bad_reference}" if verdict.first_bad_reference else "the record"
        lines.append(f"chain: does NOT hold from {first}, event {verdict.first_bad_event}" if verdict.first_bad_event
                     else "chain: does NOT hold")
        lines += [f"  {p}" for p in verdict.problems]
    lines.append(f"backups compared: {backups.compared}" + ("" if not backups.problems else ", with problems:"))
    lines += [f"  {p}" for p in backups.problems]
    return ok, lines


def cmd_verify(args) -> int:
    from dsar_desk.desk.backup import compare_with_backups
    from dsar_desk.store.record import verify_open_database

    open_db(args)
    ok, lines = verdict_lines(verify_open_database(), compare_with_backups())
    for line in lines:
        out(line)
    return EXIT_OK if ok else EXIT_FAILED_CHECK


def cmd_backup(args) -> int:
    from dsar_desk.desk.backup import BackupFailed, backup

    open_db(args)
    try:
        result = backup(args.output)
    except BackupFailed as exc:
        raise CliError(f"backup: {exc}") from None
    out(str(result.path))
    out(f"{result.size:,} bytes; checked (integrity, record chain up to event {result.events})")
    return EXIT_OK


def cmd_restore(args) -> int:
    from dsar_desk.desk.backup import BackupFailed, restore

    open_db(args, check=False)  # restoring is how a damaged file is mended
    try:
        aside = restore(args.file)
    except BackupFailed as exc:
        raise CliError(f"restore: {exc}") from None
    out(f"restored from {args.file}")
    out(f"the database as it was before is kept in {aside.path}")
    return EXIT_OK
