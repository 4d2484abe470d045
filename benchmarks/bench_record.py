"""The cost of the tamper-evident record: a chained event write, `verify`, a backup, the quick check.

Run on demand:  .venv/bin/python benchmarks/bench_record.py [--cases 100000]
Prints the time of an event write with its chain link (median of many, beside the same write
into a table without the chain for the ratio), `verify` of the whole record, a checked backup,
and SQLite's quick check at open.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--writes", type=int, default=300)
    args = parser.parse_args()
    from dsar_desk.desk import backup as backups
    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.store.db import close_database, open_database, writing
    from dsar_desk.store.models import Case, Event, database
    from dsar_desk.store.record import verify_open_database

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        open_database(db)
        load_samples()
        started = time.perf_counter()
        make_cases(args.cases, "Anna Clerk")
        print(f"cases: {args.cases:,} (built in {time.perf_counter() - started:.1f} s, "
              f"{Event.select().count():,} events)")
        case = Case.select().first()
        chained, plain = [], []
        database.execute_sql('CREATE TABLE "plain_event" AS SELECT * FROM "event" WHERE 0')
        for n in range(args.writes):
            t = time.perf_counter()
            with writing():
                Event.create(case=case, who="bench", kind="note", text=f"note {n}")
            chained.append(time.perf_counter() - t)
            t = time.perf_counter()
            with writing():
                database.execute_sql('INSERT INTO "plain_event" ("case_id", "at", "who", "kind", "field", "old", '
                                     '"new", "text", "prev_hash", "hash") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                                     (case.id, "2026-12-02 10:00:00", "bench", "note", "", "", "", f"note {n}", "",
                                      ""))
            plain.append(time.perf_counter() - t)
        c, p = statistics.median(chained) * 1000, statistics.median(plain) * 1000
        print(f"event write with its chain link: median {c:.2f} ms (a plain insert: {p:.2f} ms; ratio {c / p:.1f})")
        t = time.perf_counter()
        verdict = verify_open_database()
        print(f"verify: {time.perf_counter() - t:.2f} s for {verdict.events:,} events, {verdict.letters:,} letters "
              f"({'holds' if verdict.ok else 'DOES NOT HOLD'})")
        t = time.perf_counter()
        result = backups.backup()
        print(f"backup (written, integrity-checked, chain verified): {time.perf_counter() - t:.2f} s, "
              f"{result.size / 1e6:.0f} MB")
        close_database()
        t = time.perf_counter()
        open_database(db)
        print(f"open with the quick check: {(time.perf_counter() - t) * 1000:.0f} ms")
        close_database()
        t = time.perf_counter()
        open_database(db, check=False)
        print(f"open without it: {(time.perf_counter() - t) * 1000:.0f} ms")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
