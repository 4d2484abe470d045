"""The record proves itself: edits behind the app's back are refused by the database or caught by
`dsar-desk verify`; backups are checked, restore puts them back; a damaged file is refused and
named with its newest backup; purged ID copies leave every file the app wrote."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from dsar_desk.__main__ import main
from dsar_desk.desk import backup as backups
from dsar_desk.desk import cases as desk
from dsar_desk.desk import identity as idesk
from dsar_desk.desk import letters as ldesk
from dsar_desk.domain.cases import CaseDraft, NewAttachment
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import cases as store
from dsar_desk.store.db import close_database, open_database
from dsar_desk.store.models import Event
from dsar_desk.store.record import verify_open_database


def new_case(**changes):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be", language="nl",
                rights=["access"], received=date.today() - timedelta(days=3))
    base.update(changes)
    return desk.create_case(CaseDraft(**base), "anna")


@pytest.fixture
def record(db_path, samples):
    """A database with a timeline, a letter and a sent letter; closed so sqlite3 can tamper."""
    case = new_case()
    desk.change_status(case, "in-progress", "anna")
    desk.add_note(case, "called back", "anna")
    letter = ldesk.make_letter(case, "acknowledgement", None, "anna")
    ldesk.mark_sent(letter, "email", date.today(), "", "anna")
    desk.add_note(store.get_case(case.reference), "after the letter", "anna")
    reference = case.reference
    assert verify_open_database().ok
    close_database()
    yield db_path, reference
    close_database()


def tamper(db_path: Path, *statements: str, drop_triggers: bool = False) -> None:
    conn = sqlite3.connect(db_path)
    if drop_triggers:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def verify(db_path, capsys) -> tuple[int, str]:
    code = main(["--db", str(db_path), "verify"])
    return code, capsys.readouterr().out


def test_an_untouched_record_verifies(record, capsys):
    db_path, _ = record
    code, out = verify(db_path, capsys)
    assert code == 0 and "chain: holds" in out
    assert "letters: 2" in out  # the letter made and the letter sent


@pytest.mark.parametrize("statement", [
    'UPDATE "event" SET "text" = \'forged\' WHERE "kind" = \'note\'',
    'DELETE FROM "event" WHERE "kind" = \'note\'',
    'DELETE FROM "letter"',
    'INSERT OR REPLACE INTO "letter" SELECT "id", "case_id", "kind", "version", "language", X\'25504446\', '
    '\'\' || lower(hex(randomblob(32))), 4, "who", "made_at", "override_reason", "details", "report", "annex_json", '
    '"annex_json_name", "annex_csv", "annex_csv_name", "sent_method", "sent_on", "sent_tracking", "sent_by", "sent_at" '
    'FROM "letter"',
    'INSERT INTO "event" ("case_id", "at", "who", "kind", "field", "old", "new", "text", "prev_hash", "hash") '
    'SELECT "case_id", \'2020-01-01 00:00:00\', \'x\', \'note\', \'\', \'\', \'\', \'back-dated\', \'\', \'\' '
    'FROM "event" LIMIT 1',
    'INSERT OR REPLACE INTO "event" SELECT "id", "case_id", "at", "who", "kind", "field", "old", "new", '
    '\'rewritten\', "letter_id", "prev_hash", "hash" FROM "event" WHERE "kind" = \'created\'',
])
def test_the_database_refuses_each_forging_route(record, statement):
    db_path, _ = record
    with pytest.raises(sqlite3.IntegrityError):
        tamper(db_path, statement)


def forge_letter_with_matching_hash(db_path):
    pdf = b"%PDF-1.4 forged content"
    sha = hashlib.sha256(pdf).hexdigest()
    return (f'INSERT OR REPLACE INTO "letter" SELECT "id", "case_id", "kind", "version", "language", '
            f"X'{pdf.hex()}', '{sha}', {len(pdf)}, \"who\", \"made_at\", \"override_reason\", \"details\", \"report\", "
            '"annex_json", "annex_json_name", "annex_csv", "annex_csv_name", "sent_method", "sent_on", '
            '"sent_tracking", "sent_by", "sent_at" FROM "letter"')


@pytest.mark.parametrize("route,expected", [
    ("update", "was changed"),
    ("delete", "missing or was changed"),
    ("delete-letter", "letter it records is missing"),
    ("replace-letter", "the letter it records was changed"),
    ("back-dated", "dated before the event written before it"),
    ("status", "its timeline ends with"),
])
def test_verify_names_the_first_case_and_event_that_does_not_hold(record, capsys, route, expected):
    """The same routes done with the triggers dropped first (a tool that removes them): caught by
    the chain, exit 1, the case and event named."""
    db_path, reference = record
    statements = {
        "update": ['UPDATE "event" SET "text" = \'forged\' WHERE "kind" = \'note\' AND "text" = \'called back\''],
        "delete": ['DELETE FROM "event" WHERE "kind" = \'note\' AND "text" = \'called back\''],
        "delete-letter": ['DELETE FROM "letter"'],
        "replace-letter": [forge_letter_with_matching_hash(db_path)],
        "back-dated": ['INSERT INTO "event" ("case_id", "at", "who", "kind", "field", "old", "new", "text", '
                       '"prev_hash", "hash") SELECT "case_id", \'2020-01-01 00:00:00\', \'x\', \'note\', \'\', \'\', '
                       '\'\', \'back-dated\', "hash", \'0\' FROM "event" ORDER BY "id" DESC LIMIT 1'],
        "status": ['UPDATE "case" SET "status" = \'closed\''],
    }[route]
    tamper(db_path, *statements, drop_triggers=True)
    code, out = verify(db_path, capsys)
    assert code == 1, out
    assert "does NOT hold" in out and expected in out
    if route not in ("status",):
        assert f"case {reference}" in out


def test_a_rewritten_chain_is_caught_by_the_backups(record, capsys):
    """Someone who changes an event and recomputes every hash after it with the published algorithm
    passes the chain, but not the backup written before: its last event is no longer there as it was."""
    db_path, _ = record
    open_database(db_path)
    backups.backup()
    close_database()
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute('UPDATE "event" SET "text" = \'forged\' WHERE "text" = \'called back\'')
    from dsar_desk.domain.record import GENESIS, event_hash

    prev = GENESIS
    rows = conn.execute('SELECT e."id", e."case_id", e."at", e."who", e."kind", e."field", e."old", e."new", '
                        'e."text", l."sha256" FROM "event" e LEFT JOIN "letter" l ON l."id" = e."letter_id" '
                        'ORDER BY e."id"').fetchall()
    for event_id, case_id, at, who, kind, field, old, new, text, sha in rows:
        digest = event_hash(prev, case_id, at, who, kind, field, old, new, text, sha or "")
        conn.execute('UPDATE "event" SET "prev_hash" = ?, "hash" = ? WHERE "id" = ?', (prev, digest, event_id))
        prev = digest
    conn.commit()
    conn.close()
    code, out = verify(db_path, capsys)
    assert code == 1
    assert "chain: holds" in out and "the record was rewritten after that backup" in out


def undo_migration_12(conn) -> None:
    """Back from schema 12: no stored facts of the figures, no retention records, no first limit."""
    import re

    from dsar_desk.store.migrations import MIGRATIONS

    for statement in (step for step in MIGRATIONS[12] if isinstance(step, str)):
        made = re.match(r'CREATE (?:UNIQUE )?INDEX "(\w+)"', statement)
        if made:
            conn.execute('DROP INDEX IF EXISTS "%s"' % made.group(1))
    conn.execute('DROP TABLE IF EXISTS "case_facts"')
    conn.execute('DROP TABLE IF EXISTS "retention_purge"')
    conn.execute('ALTER TABLE "case" DROP COLUMN "first_limit"')
    conn.execute('ALTER TABLE "case" DROP COLUMN "repeat_of_deleted"')
    conn.execute('DELETE FROM "setting" WHERE "key" = \'figures.event_watermark\'')
    conn.execute('DELETE FROM "schema_version" WHERE "version" >= 12')


def undo_migration_7(conn) -> None:
    """Back from schema 7: no search index, none of its indexes, the older (assignee, status)."""
    import re

    from dsar_desk.store.migrations import MIGRATIONS

    conn.execute('DROP TABLE IF EXISTS "case_search"')
    for statement in (step for step in MIGRATIONS[7] if isinstance(step, str)):
        made = re.match(r'CREATE INDEX "(\w+)"', statement)
        if made:
            conn.execute('DROP INDEX "%s"' % made.group(1))
    conn.execute('CREATE INDEX "case_assignee_status" ON "case" ("assignee", "status")')


def undo_migration_9(conn) -> None:
    """Back from schema 9: no mail tables."""
    for table in ("mail_sent", "mail_message", "mailbox_state", "mail_account"):
        conn.execute(f'DROP TABLE "{table}"')


def undo_migration_10(conn) -> None:
    """Back from schema 10: no version columns."""
    conn.execute('ALTER TABLE "case" DROP COLUMN "version"')
    conn.execute('ALTER TABLE "checklist_item" DROP COLUMN "version"')


def undo_migration_11(conn) -> None:
    """Back from schema 11: no requester key."""
    conn.execute('DROP INDEX "case_organisation_id_requester_key"')
    conn.execute('ALTER TABLE "case" DROP COLUMN "requester_key"')


def back_to_schema(conn, version: int) -> None:
    """A file of the latest schema made as an older one would be (for the migrations' tests)."""
    for number, undo in ((12, undo_migration_12), (11, undo_migration_11), (10, undo_migration_10),
                         (9, undo_migration_9), (7, undo_migration_7)):
        if number > version:
            undo(conn)
    conn.execute('DELETE FROM "schema_version" WHERE "version" > ?', (version,))


def test_a_database_from_before_the_chain_is_chained_by_its_migration(db_path, samples):
    case = new_case()
    desk.add_note(case, "a note", "anna")
    close_database()
    conn = sqlite3.connect(db_path)  # back to schema 5: no chain, no triggers
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'letter_%'"
                                " OR name IN ('letter_kept', 'letter_not_replaced')").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute('UPDATE "event" SET "hash" = \'\', "prev_hash" = \'\'')
    conn.execute('DROP TABLE "record_gap"')
    conn.execute('DROP TABLE "purge_gate"')
    back_to_schema(conn, 6)
    conn.execute('DELETE FROM "schema_version" WHERE "version" >= 6')
    conn.commit()
    conn.close()
    # the columns exist already in this hand-made old file: let migration 6 add them to a copy without them
    conn = sqlite3.connect(db_path)
    conn.execute('CREATE TABLE "event_old" AS SELECT "id", "case_id", "at", "who", "kind", "field", "old", "new", '
                 '"text" FROM "event"')
    conn.execute('DROP TABLE "event"')
    conn.execute('CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "case_id" INTEGER NOT NULL, "at" DATETIME '
                 'NOT NULL, "who" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, '
                 '"old" TEXT NOT NULL, "new" TEXT NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("case_id") REFERENCES '
                 '"case" ("id") ON DELETE CASCADE)')
    conn.execute('INSERT INTO "event" SELECT * FROM "event_old"')
    conn.execute('DROP TABLE "event_old"')
    conn.execute('CREATE INDEX "event_case_id" ON "event" ("case_id")')
    conn.execute('CREATE INDEX "event_case_id_at" ON "event" ("case_id", "at")')
    conn.commit()
    conn.close()
    open_database(db_path)
    verdict = verify_open_database()
    assert verdict.ok, verdict.problems
    assert verdict.events == Event.select().count() >= 2
    with pytest.raises(Exception, match="append-only"):
        Event.update(text="x").execute()


def test_backup_is_checked_owner_only_and_restore_puts_it_back(db_path, samples, capsys):
    case = new_case()
    code = main(["--db", str(db_path), "backup"])
    out = capsys.readouterr().out
    assert code == 0 and "checked" in out
    copy = Path(out.splitlines()[0])
    assert copy.parent == db_path.parent / "backups" and copy.stat().st_mode & 0o777 == 0o600
    open_database(db_path)
    desk.add_note(store.get_case(case.reference), "after the backup", "anna")
    close_database()
    code = main(["--db", str(db_path), "restore", str(copy)])
    out = capsys.readouterr().out
    assert code == 0 and "kept in" in out
    open_database(db_path)
    texts = [e.text for e in store.events_of(store.get_case(case.reference))]
    assert "after the backup" not in texts and verify_open_database().ok
    aside = Path(out.split("kept in ")[1].strip())
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM event WHERE text = 'after the backup'").fetchone()[0] == 1
    kept.close()


def test_a_damaged_file_is_refused_naming_its_newest_backup(db_path, samples, capsys):
    from dsar_desk.desk.demo import make_cases

    make_cases(300, "anna")
    backups.backup()
    close_database()
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:  # 4 KB of the middle of the file overwritten
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\x5a" * 4096)
    before = db_path.read_bytes()
    for argv in (["case", "list"], ["demo", "--cases", "1"]):
        code = main(["--db", str(db_path), *argv])
        err = capsys.readouterr().err
        assert code in (1, 2) and "damaged" in err and "Traceback" not in err
        assert "restore" in err and "backups" in err
    assert db_path.read_bytes() == before  # nothing written into the damaged file
    code = main(["--db", str(db_path), "check"])
    assert code == 1 and "FAIL database" in capsys.readouterr().out
    newest = sorted((db_path.parent / "backups").iterdir())[-1]
    assert main(["--db", str(db_path), "restore", str(newest)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "case", "list"]) == 0


def test_a_purged_id_copy_leaves_every_file_the_app_wrote(db_path, samples):
    marker = b"ID-COPY-MARKER-" + b"7" * 64
    case = new_case(organisation="ecomail")  # its policy keeps ID copies for some days
    idesk.record_check(case, IdentityDraft(method="id-document", outcome="verified", checked_on=date.today(),
                                           document_type="identity-card", issuing_country="BE",
                                           proportionality="the account e-mail was not the one used",
                                           blacked_out=True),
                       "anna", id_copy=NewAttachment("id.png", b"\x89PNG" + marker))
    from dsar_desk.store.models import Attachment

    sealed = bytes(Attachment.get(Attachment.kind == "id-copy").data)  # what is at rest: the ciphertext
    trace = sealed[16:80]
    backups.backup()
    backups.backup(daily=True)
    close_database()
    assert any(trace in p.read_bytes() for p in db_path.parent.rglob("*") if p.is_file())  # it is there now
    open_database(db_path)
    result = idesk.purge_id_copies(date.today() + timedelta(days=400))
    assert result.purged == 1
    close_database()
    written = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert sum(p.parent.name == "backups" for p in written) == 2
    for path in written:  # the database, its WAL, every backup: no byte of the copy, plain or sealed
        data = path.read_bytes()
        assert marker not in data and trace not in data, path
    for path in (db_path.parent / "backups").iterdir():
        copy = sqlite3.connect(path)
        assert copy.execute("SELECT count(*) FROM attachment WHERE kind = 'id-copy' AND data IS NOT NULL"
                            ).fetchone()[0] == 0, path.name
        copy.close()


def test_two_databases_in_one_folder_keep_to_their_own_backups(db_path, samples, capsys):
    """The backups folder beside the files is shared: each database counts, prunes and compares
    only the backups of its own (another's daily backups are never pruned, its record never
    taken for a rewritten one)."""
    other = db_path.with_name("other-office.sqlite3")
    for path in (db_path, other):
        close_database()
        open_database(path)
        if path == other:
            from dsar_desk.desk.demo import load_samples

            load_samples()
        desk.add_note(new_case(name=f"Bram {path.stem}"), "a note", "anna")
        for _ in range(3):
            backups.backup(daily=True)
    # the last opened (other) keeps its own three; the first's three are still there
    assert len(backups.daily_backups()) == 3
    folder = db_path.parent / "backups"
    assert len([p for p in folder.iterdir() if p.name.startswith("daily-")]) == 6
    backups.set_kept(1)
    assert len(backups.prune()) == 2  # two of its own pruned
    assert len(backups.daily_backups()) == 1
    assert len([p for p in folder.iterdir() if p.name.startswith(f"daily-{db_path.stem}-")]) == 3  # untouched
    close_database()
    code, out = verify(db_path, capsys)
    assert code == 0 and "rewritten" not in out, out
    code, out = verify(other, capsys)
    assert code == 0 and "rewritten" not in out, out
