"""What a careful tester threw at the CLI: each input that once gave a traceback, changed the
database on the way to an error, or left a file readable by others, now gives one line and exit 2
(or 1), writes nothing, and keeps files private."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dsar_desk.__main__ import main
from dsar_desk.store.db import close_database

ROOT = Path(__file__).resolve().parents[2]


def run(db, capsys, *argv) -> tuple[int, str, str]:
    close_database()
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    close_database()
    return code, out, err


def counts(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                     for t in ("case", "event", "letter", "attachment", "setting"))
    finally:
        conn.close()


@pytest.fixture
def demo_db(db_path, capsys):
    assert main(["--db", str(db_path), "demo", "--cases", "3"]) == 0
    capsys.readouterr()
    reference = json.loads((run(db_path, capsys, "case", "list", "--json")[1]))[0]["reference"]
    return db_path, reference


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_numbers_out_of_any_sense_are_refused_in_one_line(demo_db, capsys):
    db, _ = demo_db
    for argv, field in ((["case", "list", "--due-within", "99999999999999999999"], "--due-within"),
                        (["deadline", "--received", "2026-01-05", "--country", "BE", "--waited", "10000000000"],
                         "--waited"),
                        (["demo", "--cases", "-1"], "--cases")):
        code, _, err = run(db, capsys, *argv)
        assert code == 2 and field in err and "Traceback" not in err, err


def test_text_that_is_not_utf8_is_refused_before_anything_reads_it(demo_db):
    db, _ = demo_db
    before = counts(db)
    result = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db), "case", "new", "--org", "ecomarket",
                             b"--name", b"Jan \xff\xfe Peeters", "--email", "j@example.be", "--language", "nl",
                             "--right", "access"], cwd=ROOT, capture_output=True, env=dict(os.environ))
    assert result.returncode == 2
    assert b"is not valid UTF-8 text" in result.stderr and b"Traceback" not in result.stderr
    assert counts(db) == before


def test_a_closed_pipe_is_not_an_error(demo_db):
    db, _ = demo_db
    result = subprocess.run(f'"{sys.executable}" -m dsar_desk --db "{db}" case list --json | head -c 0',
                            shell=True, cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


@pytest.mark.parametrize("where", ["/dev/null", "FILE/x.sqlite"])
def test_a_database_location_that_cannot_hold_one_is_refused(tmp_path, capsys, where):
    if where.startswith("FILE"):
        (tmp_path / "some-file").write_text("not a folder")
        where = str(tmp_path / "some-file" / "x.sqlite")
    code, _, err = run(where, capsys, "profile", "list")
    assert code == 2 and err.startswith("database: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_existing_folder_keeps_its_permissions(tmp_path, capsys):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp: sticky, world-writable
    code, _, _ = run(shared / "x.sqlite3", capsys, "profile", "list")
    assert code == 0
    assert mode(shared) == 0o1777
    assert mode(shared / "x.sqlite3") == 0o600
    nested = tmp_path / "made" / "by" / "dsar"
    assert run(nested / "x.sqlite3", capsys, "profile", "list")[0] == 0
    assert mode(tmp_path / "made") == mode(tmp_path / "made" / "by") == mode(nested) == 0o700


def test_an_older_world_readable_database_is_made_private(demo_db, capsys):
    db, _ = demo_db
    os.chmod(db, 0o644)
    assert run(db, capsys, "profile", "list")[0] == 0
    assert mode(db) == 0o600


def test_a_device_or_huge_attachment_is_refused_before_it_is_read(demo_db, capsys):
    db, _ = demo_db
    before = counts(db)
    code, _, err = run(db, capsys, "case", "new", "--org", "ecomarket", "--name", "Jan Peeters", "--email",
                       "j@example.be", "--language", "nl", "--right", "access", "--attach", "/dev/zero")
    assert code == 2 and "is not a file" in err and "Traceback" not in err
    assert counts(db) == before


def test_an_invalid_case_makes_no_key_and_prints_no_recovery_code(demo_db, capsys, tmp_path):
    db, _ = demo_db
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    before = counts(db)
    code, out, err = run(db, capsys, "case", "new", "--org", "ecomarket", "--name", "", "--email", "nope",
                         "--language", "nl", "--right", "access", "--attach", str(scan))
    assert code == 2 and "recovery code" not in err and "recovery code" not in out
    assert counts(db) == before  # no attachment key setting either


def test_a_letter_that_cannot_be_written_is_not_kept(demo_db, capsys):
    db, reference = demo_db
    before = counts(db)
    code, _, err = run(db, capsys, "letter", reference, "--kind", "acknowledgement", "-o", "/proc/x.pdf")
    assert code == 2 and "cannot write" in err
    assert counts(db) == before  # no letter, no event


def test_deeply_nested_portability_data_is_refused(demo_db, capsys, tmp_path):
    db, reference = demo_db
    deep = tmp_path / "deep.json"
    deep.write_text("{\"a\": " * 2000 + "1" + "}" * 2000)
    code, _, err = run(db, capsys, "letter", reference, "--kind", "portability", "--data", str(deep),
                       "--override-identity", "test")
    assert code == 2 and "nests deeper than 32 levels" in err and "Traceback" not in err


def test_names_with_terminal_escapes_or_bidi_overrides_are_refused(demo_db, capsys):
    db, _ = demo_db
    for name in ("Jan \x1b[2J Peeters", "Jan \u202egnirts\u202c Peeters"):
        code, _, err = run(db, capsys, "case", "new", "--org", "ecomarket", "--name", name, "--email",
                           "j@example.be", "--language", "nl", "--right", "access")
        assert code == 2 and "Requester name:" in err and ("control character" in err or "right-to-left" in err)
        assert "\x1b" not in err and "\u202e" not in err  # the message names the code, never prints it raw


def test_a_profile_too_big_or_with_hostile_text_is_refused(demo_db, capsys, tmp_path):
    db, _ = demo_db
    from dsar_desk.resources import resource

    sample = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")
    big = tmp_path / "big.toml"
    big.write_text(sample.replace('name = "', 'name = "' + "X" * 10_000_000, 1), encoding="utf-8")
    junk = tmp_path / "junk.toml"
    junk.write_text(sample + "\n[junk]\n" + "".join(f"k{n} = {n}\n" for n in range(200_000)), encoding="utf-8")
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(sample.replace('name = "', 'name = "\u202e', 1), encoding="utf-8")
    before = counts(db)
    for path in (big, junk, hostile):
        code, _, err = run(db, capsys, "profile", "import", str(path))
        assert code == 2 and "Traceback" not in err, err
    assert counts(db) == before


def test_files_with_personal_data_are_owner_only(demo_db, capsys, tmp_path):
    db, reference = demo_db
    out_folder = tmp_path / "letters" / "made-by-o"
    code, out, err = run(db, capsys, "letter", reference, "--kind", "acknowledgement", "-o",
                         str(out_folder / "answer.pdf"))
    assert code == 0, err
    written = [Path(p) for p in out.split()]
    assert written == [out_folder / "answer.pdf"] and mode(written[0]) == 0o600
    assert mode(out_folder) == mode(out_folder.parent) == 0o700
    export = tmp_path / "profile.toml"
    assert run(db, capsys, "profile", "export", "ecomarket", "-o", str(export))[0] == 0
    assert mode(export) == 0o600
    log = Path(os.environ["DSAR_DESK_LOGS"]) / "dsar-desk.log"
    assert log.exists() and mode(log) == 0o600


def test_a_link_planted_where_the_letter_is_written_is_not_followed(demo_db, capsys, tmp_path):
    db, reference = demo_db
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    folder = tmp_path / "out"
    folder.mkdir()
    language = json.loads(run(db, capsys, "case", "show", reference, "--json")[1])["requester"]["language"]
    name = f"{reference}-acknowledgement-v1-{language}.pdf"
    (folder / f".{name}.part").symlink_to(victim)
    (folder / f"{name}.part").symlink_to(victim)
    code, _, err = run(db, capsys, "letter", reference, "--kind", "acknowledgement", "-o", str(folder))
    assert code == 0, err
    assert victim.read_text() == "untouched"
    assert (folder / name).read_bytes().startswith(b"%PDF")
