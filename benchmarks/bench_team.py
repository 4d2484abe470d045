"""Team mode at 100,000 cases on a real PostgreSQL server (issue 13), beside the same on SQLite.

Run on demand (starts its own PostgreSQL like the tests: Debian's postgresql package):
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_team.py [--cases 100000] [--clients 5] [--seconds 60]

Measures, in one run on this machine:
  * building the cases in a file and `team migrate` to the server (copy and check);
  * the window shown with the list filled, on the server (process start → shown), beside a bare
    PySide6 window;
  * search (count + first page through the window), open a case, sort: on the server and on the file,
    each beside a plain LIKE '%x%' scan of the same rows on the same backend;
  * N clients (processes, each its own login... the same team role) doing a clerk's mix for S seconds:
    p50/p95 per action, the conflicts detected, and afterwards that nothing was lost (every note and
    case a client reported written is there; the record's chain verifies);
  * a colleague's change → notification on another connection (LISTEN), median of 20.
Targets (issue 13, 2-core machine): search ≤ 20 ms at 100,000 cases on both; a colleague's change
visible ≤ 2 s; p95 of any clerk action ≤ 150 ms with 5 clients.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEEDLES = ["smig", "zoe", "ECO-2026-01", "de vries", "x@nothing", "peeters", "ørsted", "example.org"]
ACTIONS = ("open", "search", "note", "status", "edit", "new")
MIX = (("open", 35), ("search", 25), ("note", 15), ("edit", 10), ("status", 10), ("new", 5))


def ms(values) -> str:
    if not values:
        return "-"
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"p50 {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (n={len(values)})"


# -- one client of the mix (a child process) --------------------------------------------------

def client(url: str, seconds: float, seed: int, out: Path) -> None:
    from dsar_desk.desk import cases as desk
    from dsar_desk.desk.team import open_location
    from dsar_desk.domain.cases import CaseDraft
    from dsar_desk.store import case_list
    from dsar_desk.store.cases import actions_of, events_of, facts_of
    from dsar_desk.store.checklist import repeat_check
    from dsar_desk.store.models import Case, ChangedMeanwhile

    open_location(url)
    rng = random.Random(seed)
    top = Case.select(Case.id).order_by(Case.id.desc()).scalar()
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    conflicts = 0
    notes, made = [], []
    weights = [w for _a, w in MIX]
    names = [a for a, _w in MIX]
    ended = time.perf_counter() + seconds
    while time.perf_counter() < ended:
        action = rng.choices(names, weights)[0]
        case = Case.get_or_none(Case.id == rng.randint(1, top))
        if case is None:
            continue
        started = time.perf_counter()
        try:
            if action == "open":  # what the case window reads
                list(events_of(case)), facts_of(case), actions_of(case)
                repeat_check(case.organisation, case.requester_email, case.requester_name, case.address_lines,
                             case.right_list, case.received, exclude_case=case.id)
            elif action == "search":
                f = case_list.CaseFilter(text=rng.choice(NEEDLES[:-1]), status="open")
                case_list.count(f), case_list.page(f, 0, 200)
            elif action == "note":
                text = f"bench note {seed}-{len(notes)}"
                desk.add_note(case, text, "bench")
                notes.append(text)
            elif action == "edit":
                stale = case  # read, think, save: a colleague may have changed it meanwhile
                time.sleep(0.01)
                desk.update_case(stale, {"summary": f"edited by {seed} at {time.time():.3f}"}, "bench")
            elif action == "status":
                if case.status != "received":
                    continue  # only what a clerk would do to this case; not timed
                desk.change_status(case, "in-progress", "bench")
            elif action == "new":
                made.append(desk.create_case(CaseDraft(organisation=case.organisation.slug, name=f"Bench {seed}",
                                                       email="bench@example.org", language="nl", rights=["access"]),
                                             "bench").reference)
        except ChangedMeanwhile:
            conflicts += 1
            continue
        except Exception as exc:  # noqa: BLE001 - counted, named in the report
            times.setdefault(f"refused {action} ({exc.__class__.__name__})", []).append(time.perf_counter() - started)
            continue
        times[action].append(time.perf_counter() - started)
    out.write_text(json.dumps({"times": times, "conflicts": conflicts, "notes": notes, "made": made}))


# -- the parent -------------------------------------------------------------------------------------

def window_start(url: str, env: dict, runs: int) -> tuple[list[float], list[float]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_desk import BARE_WINDOW, timed_runs

    ours, bare = [], []
    for _ in range(runs):
        bare += timed_runs([sys.executable, "-c", BARE_WINDOW], dict(os.environ), 1)
        ours += timed_runs([sys.executable, "-m", "dsar_desk", "--db", url], env, 1)
    return ours, bare


def in_window(location: str) -> dict:
    """Search, open and sort through the window on ``location`` (a file or the server)."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from dsar_desk.desk.team import open_location
    from dsar_desk.store import case_list
    from dsar_desk.store.models import Case, database
    from dsar_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    open_location(location)
    window = MainWindow("Anna Clerk")
    window.show()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    results: dict[str, list[float]] = {"search": [], "scan": [], "open": [], "sort": []}
    like = "ILIKE" if database.obj.param == "%s" else "LIKE"
    for text in NEEDLES * 2:
        started = time.perf_counter()
        window.search.setText(text)
        window.apply_filter()
        for row in range(min(40, window.model.rowCount())):
            for column in range(9):
                window.model.index(row, column).data()
        app.processEvents()
        results["search"].append(time.perf_counter() - started)
        started = time.perf_counter()
        database.execute_sql(f"""SELECT count(*) FROM "case" WHERE "reference" || ' ' || "requester_name" || ' ' ||
                             "requester_email" {like} {database.obj.param}""", (f"%{text.lower()}%",)).fetchone()
        results["scan"].append(time.perf_counter() - started)
    window.search.setText("")
    window.apply_filter()
    header = window.table.horizontalHeader()
    for column in range(window.model.columnCount()):
        for order in (0, 1):
            started = time.perf_counter()
            window.table.sortByColumn(column, type(header.sortIndicatorOrder())(order))
            window.model.index(0, 0).data()
            app.processEvents()
            results["sort"].append(time.perf_counter() - started)
    from dsar_desk.ui.case_detail import CaseDetail

    total = Case.select().count()
    rng = random.Random(13)
    for _ in range(20):
        case_id = case_list.page(case_list.CaseFilter(), rng.randrange(total), 1)[0][0]
        started = time.perf_counter()
        detail = CaseDetail(case_id, "Anna Clerk", window)
        detail.show()
        app.processEvents()
        results["open"].append(time.perf_counter() - started)
        detail.close()
        detail.deleteLater()
        app.processEvents()
    window.close()
    return results


def notify_latency(pg, dbname: str, password: str, rounds: int = 20) -> list[float]:
    """A change on one connection → its notification on another (LISTEN), as a colleague's app gets it."""
    import psycopg

    from dsar_desk.store.server import CHANNEL

    got: list[float] = []
    sent: list[float] = []
    ready = threading.Event()

    def listen():
        with psycopg.connect(host="127.0.0.1", port=pg.port, user="dsar_owner", password=password, dbname=dbname,
                             autocommit=True, sslmode="disable") as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            ready.set()
            for note in conn.notifies(timeout=60):
                if '"table": "case"' in note.payload:
                    got.append(time.perf_counter())
                    if len(got) >= rounds:
                        break

    thread = threading.Thread(target=listen)
    thread.start()
    ready.wait(10)
    with psycopg.connect(host="127.0.0.1", port=pg.port, user="dsar_owner", password=password, dbname=dbname,
                         autocommit=True, sslmode="disable") as writer:
        case_id = writer.execute('SELECT min("id") FROM "case"').fetchone()[0]
        for _ in range(rounds):
            time.sleep(0.1)
            sent.append(time.perf_counter())
            writer.execute('UPDATE "case" SET "updated_at" = now() AT TIME ZONE \'UTC\' WHERE "id" = %s', (case_id,))
    thread.join(30)
    return [g - s for s, g in zip(sent, got)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--client", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--window", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        url, seconds, seed, out = args.client
        client(url, float(seconds), int(seed), Path(out))
        return
    if args.window:
        print(json.dumps(in_window(args.window)))
        return

    import keyring

    from tests.pg_server import OWNER_PASSWORD, PostgresServer
    from tests.unit.memory_keyring import SharedTestKeyring

    tmp = Path(tempfile.mkdtemp(prefix="bench-team-"))
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.unit.memory_keyring.SharedTestKeyring",
               DSAR_DESK_TEST_KEYRING=str(tmp / "keyring.json"), PYTHONPATH=str(ROOT),
               DSAR_DESK_DATA=str(tmp / "data"), DSAR_DESK_CONFIG=str(tmp / "config"), DSAR_DESK_LOGS=str(tmp / "logs"))
    os.environ.update({k: env[k] for k in ("DSAR_DESK_TEST_KEYRING", "DSAR_DESK_DATA", "DSAR_DESK_CONFIG",
                                           "DSAR_DESK_LOGS")})
    keyring.set_keyring(SharedTestKeyring())
    pg = PostgresServer().start()
    try:
        from dsar_desk import secrets
        from dsar_desk.desk.demo import load_samples, make_cases
        from dsar_desk.desk.team import init_server, migrate_file
        from dsar_desk.domain.location import parse_location
        from dsar_desk.settings import Settings
        from dsar_desk.store.db import close_database, open_database

        Settings().set("clerk_name", "Anna Clerk")
        file = tmp / "clerk.sqlite3"
        started = time.perf_counter()
        open_database(file)
        load_samples()
        make_cases(args.cases, "Anna Clerk")
        close_database()
        print(f"cases: {args.cases:,} built in a file in {time.perf_counter() - started:.1f} s")
        dbname = pg.new_database()
        url = pg.url(dbname)
        secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
        init_server(url)
        started = time.perf_counter()
        done = migrate_file(file, url)
        print(f"team migrate: {done.tables['case']:,} cases, {done.events:,} events copied and checked in "
              f"{time.perf_counter() - started:.1f} s")
        pg.admin("ANALYZE", dbname=dbname)
        subprocess.run([sys.executable, "-m", "dsar_desk", "--db", url, "case", "list", "--limit", "1"], env=env,
                       check=True, capture_output=True, cwd=ROOT)
        start_env = dict(env, DSAR_DESK_EXIT_AFTER_SHOWN="1")
        ours, bare = window_start(url, start_env, args.runs)
        print(f"window shown with list filled (server): median {statistics.median(ours) * 1000:.0f} ms; bare "
              f"PySide6 window {statistics.median(bare) * 1000:.0f} ms; ratio {statistics.median(ours) / statistics.median(bare):.2f}x")
        for label, location in (("server", url), ("file", str(file))):
            child = subprocess.run([sys.executable, __file__, "--window", location], env=env, check=True, cwd=ROOT,
                                   capture_output=True, text=True)
            r = json.loads(child.stdout.strip().splitlines()[-1])
            print(f"{label}: search {ms(r['search'])} | plain LIKE scan {ms(r['scan'])} | ratio "
                  f"{statistics.median(r['search']) / statistics.median(r['scan']):.2f}x")
            print(f"{label}: open {ms(r['open'])}; sort {ms(r['sort'])}")
        latency = notify_latency(pg, dbname, OWNER_PASSWORD)
        print(f"a change → the other connection's notification: median {statistics.median(latency) * 1000:.1f} ms, "
              f"max {max(latency) * 1000:.1f} ms over {len(latency)}")
        outs = [tmp / f"client-{i}.json" for i in range(args.clients)]
        runs = [subprocess.Popen([sys.executable, __file__, "--client", url, str(args.seconds), str(i), str(out)],
                                 env=env, cwd=ROOT) for i, out in enumerate(outs)]
        for run in runs:
            run.wait()
        merged: dict[str, list[float]] = {}
        conflicts, notes, made = 0, [], []
        for out in outs:
            data = json.loads(out.read_text())
            for action, values in data["times"].items():
                merged.setdefault(action, []).extend(values)
            conflicts += data["conflicts"]
            notes += data["notes"]
            made += data["made"]
        print(f"{args.clients} clients for {args.seconds:.0f} s, a clerk's mix ({', '.join(f'{a} {w}%' for a, w in MIX)}):")
        for action, values in merged.items():
            print(f"  {action}: {ms(values)}")
        from dsar_desk.desk.team import open_location
        from dsar_desk.store.models import Case, Event
        from dsar_desk.store.record import verify_open_database

        open_location(url)
        found_notes = {t for (t,) in Event.select(Event.text).where(Event.kind == "note",
                                                                     Event.text.startswith("bench note")).tuples()}
        found_cases = {r for (r,) in Case.select(Case.reference).where(Case.reference.in_(made)).tuples()}
        verdict = verify_open_database()
        print(f"  conflicts detected (a save over a colleague's change, refused): {conflicts}")
        print(f"  nothing lost: {len(found_notes & set(notes))}/{len(notes)} notes, {len(found_cases)}/{len(made)} "
              f"new cases found; the chain {'holds' if verdict.ok else 'does NOT hold'} ({verdict.events:,} events)")
        close_database()
    finally:
        pg.stop()


if __name__ == "__main__":
    main()
