"""Several writers on one SQLite file, and a writer killed at random: every write done or refused
with one clear line, never a traceback, never a duplicate reference, nothing half-written."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from datetime import date
from dsar_desk.store.db import open_database
from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft
open_database(sys.argv[1])
for n in range(int(sys.argv[2])):
    case = desk.create_case(CaseDraft(organisation="ecomarket", name=f"Writer {sys.argv[3]} {n}",
                                      email="w@example.be", language="nl", rights=["access"]), "writer")
    desk.add_note(case, "second write of the same case", "writer")
    print(case.reference, flush=True)
"""


def env() -> dict:
    return dict(os.environ)


def prepare(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db), "demo", "--cases", "0"], check=True,
                   cwd=ROOT, env=env(), capture_output=True)


def references(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r for (r,) in conn.execute('SELECT "reference" FROM "case"').fetchall()]
    finally:
        conn.close()


def test_three_cli_loops_on_one_file_never_fail_with_a_traceback(tmp_path):
    db = tmp_path / "data" / "team.sqlite3"
    prepare(db)
    script = (f'for i in $(seq 1 8); do "{sys.executable}" -m dsar_desk --db "{db}" case new --org ecomarket '
              f'--name "Loop $1 $i" --email l@example.be --language nl --right access; echo "exit $?"; done')
    loops = [subprocess.Popen(["bash", "-c", script, "loop", str(n)], cwd=ROOT, env=env(), text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(3)]
    outputs = [loop.communicate(timeout=600) for loop in loops]
    made, refused = [], 0
    for out, err in outputs:
        assert "Traceback" not in err, err
        for line in err.splitlines():
            assert line == "the database is busy: another DSAR Desk is writing; try again", line
            refused += 1
        made += [line for line in out.splitlines() if not line.startswith("exit")]
        assert all(line in ("exit 0", "exit 2") for line in out.splitlines() if line.startswith("exit"))
    assert len(made) + refused == 24
    stored = references(db)
    assert sorted(stored) == sorted(made) and len(set(stored)) == len(stored)
    assert len(made) >= 20  # a busy refusal is rare: the write lock is held for milliseconds


def test_three_writer_processes_through_the_application_layer_all_succeed(tmp_path):
    db = tmp_path / "data" / "team.sqlite3"
    prepare(db)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), "25", str(n)], cwd=ROOT, env=env(),
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(3)]
    results = [(p.communicate(timeout=600), p.returncode) for p in procs]
    made = []
    for (out, err), code in results:
        assert code == 0 and "Traceback" not in err, err
        made += out.split()
    assert len(made) == 75 and len(set(made)) == 75
    assert sorted(references(db)) == sorted(made)
    check = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db), "verify"], cwd=ROOT, env=env(),
                           capture_output=True, text=True)
    assert check.returncode == 0 and "chain: holds" in check.stdout, check.stdout


def test_a_writer_killed_at_random_moments_loses_nothing_it_reported(tmp_path):
    db = tmp_path / "data" / "crash.sqlite3"
    prepare(db)
    reported: list[str] = []
    rng = random.Random(11)
    for kill in range(20):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "1000", str(kill)], cwd=ROOT, env=env(),
                                text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        time.sleep(0.8 + rng.random() * 1.2)  # start-up is about half a second: kill mid-writes
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        reported += out.split()
    assert len(reported) > 20
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r for (r,) in conn.execute('SELECT "reference" FROM "case"').fetchall()}
        assert set(reported) <= stored  # every write reported as done is there
        # nothing half-written: every case has its "created" event and its checklist
        orphans = conn.execute('SELECT count(*) FROM "case" c WHERE NOT EXISTS (SELECT 1 FROM "event" e WHERE '
                               'e."case_id" = c."id" AND e."kind" = \'created\')').fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()
    check = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db), "verify"], cwd=ROOT, env=env(),
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
