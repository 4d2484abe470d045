"""The desk at 100,000 (or 1,000,000) cases: start-up, search, opening a case, sorting, memory —
each beside a yardstick measured on the same machine in the same run, and the ratio.

Run on demand:
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_desk.py [--cases 100000] [--db FILE]

``--db FILE`` keeps the built database (built there if the file does not exist), so that a run at
1,000,000 cases need not build it again. Absolute times do not travel between machines; the ratios
do. Targets (issue 18):

    window shown with the list filled   ≤ 3 × a bare PySide6 window with a 40-row table
    search (count and first page)       ≤ 0.5 × a plain LIKE '%x%' scan over the same rows
    open a case                         median ≤ 50 ms, max ≤ 100 ms
    sort on any column                  ≤ 60 ms
    peak RSS of the in-process run      ≤ 200 MB

The in-process part runs in a process of its own, so that building the database does not count
in its peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEEDLES = ["smig", "zoe", "ECO-2026-01", "example.org", "de vries", "x@nothing", "peeters", "ørsted"]
BARE_WINDOW = """
import time; started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
from PySide6.QtCore import QTimer
app = QApplication([])
window = QMainWindow()
table = QTableWidget(40, 9)
for row in range(40):
    for column in range(9):
        table.setItem(row, column, QTableWidgetItem(f"cell {row} {column}"))
window.setCentralWidget(table)
window.resize(1200, 800)
window.show()
def shown():
    print(f"shown {time.perf_counter() - started:.3f}s", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def build(db: Path, cases: int) -> float:
    try:
        from dsar_desk.desk.demo import load_samples, make_cases
    except ImportError:  # the code before issue 11, for the "before" figures
        from dsar_desk.store.demo import load_samples, make_cases
    from dsar_desk.store.db import close_database, open_database

    started = time.perf_counter()
    open_database(db)
    load_samples()
    make_cases(cases, "Anna Clerk")
    close_database()
    return time.perf_counter() - started


def _env(db: Path) -> dict:
    home = db.parent / (db.stem + "-home")
    return dict(os.environ, DSAR_DESK_EXIT_AFTER_SHOWN="1", DSAR_DESK_DATA=str(home / "data"),
                DSAR_DESK_CONFIG=str(home / "config"), DSAR_DESK_LOGS=str(home / "logs"))


def timed_runs(command: list[str], env: dict, runs: int) -> list[float]:
    """Process start → its "shown" line read (the window shown, the first page filled; the process
    then quits, after its background work, which is not counted)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                 cwd=ROOT)
        for line in child.stdout:
            if line.startswith("shown"):
                times.append(time.perf_counter() - started)
                break
        else:
            raise SystemExit(f"{command[:3]} never said it was shown")
        child.stdout.read()
        child.wait()
    return times


def startup(db: Path, runs: int) -> tuple[list[float], list[float]]:
    """Ours and the bare window's, interleaved so that both meet the same load."""
    ours, bare = [], []
    for _ in range(runs):
        bare += timed_runs([sys.executable, "-c", BARE_WINDOW], dict(os.environ), 1)
        ours += timed_runs([sys.executable, "-m", "dsar_desk", "--db", str(db)], _env(db), 1)
    return ours, bare


def scan(db: Path, needle: str) -> float:
    """The yardstick of the search: a plain LIKE '%x%' over reference, name and e-mail of every case
    (what the search used to scan), in a connection of its own."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.execute('SELECT count(*) FROM "case"').fetchone()  # warm the cache as the app's is
        started = time.perf_counter()
        conn.execute("""SELECT count(*) FROM "case" WHERE "reference" || ' ' || "requester_name" || ' '
                        || "requester_email" LIKE ?""", (f"%{needle}%",)).fetchone()
        return time.perf_counter() - started
    finally:
        conn.close()


def in_process(db: Path) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    from dsar_desk.store import case_list
    from dsar_desk.store.db import open_database
    from dsar_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    open_database(db, check=False)
    window = MainWindow("Anna Clerk")
    window.show()
    app.processEvents()
    try:  # what the app does once its window is shown (the first case's calendars, locale data)
        from dsar_desk.ui.app import prepare_after_start
    except ImportError:  # the code before issue 18 had none
        pass
    else:
        prepare_after_start(window)
    QThreadPool.globalInstance().waitForDone()  # and the Today count, off the UI thread
    app.processEvents()
    results: dict[str, list] = {"search": [], "scan": [], "open": [], "sort": [], "filter overdue": [],
                                "search lines": [], "sort lines": [], "rss lines": []}

    def rss(phase: str) -> None:
        results["rss lines"].append(f"  peak RSS after {phase}: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    rss("the window shown and prepared")
    for text in NEEDLES * 2:  # each needle twice: the second is the cache-warm one a clerk meets
        started = time.perf_counter()
        window.search.setText(text)
        window.apply_filter()
        for row in range(min(40, window.model.rowCount())):  # what a screen shows
            for column in range(9):
                window.model.index(row, column).data()
        app.processEvents()
        took = time.perf_counter() - started
        yardstick = scan(db, text.lower())
        results["search"].append(took)
        results["scan"].append(yardstick)
        results["search lines"].append(f"  search {text!r}: {window.model.rowCount():,} rows, {took * 1000:.1f} ms "
                                       f"(scan {yardstick * 1000:.1f} ms)")
    rss("16 searches")
    window.search.setText("")
    window.apply_filter()
    header = window.table.horizontalHeader()
    for column in range(window.model.columnCount()):
        for order in (0, 1):
            started = time.perf_counter()
            window.table.sortByColumn(column, type(header.sortIndicatorOrder())(order))
            for row in range(min(40, window.model.rowCount())):
                window.model.index(row, 0).data()
            app.processEvents()
            took = time.perf_counter() - started
            results["sort"].append(took)
            results["sort lines"].append(f"  sort {window.model.headerData(column, Qt.Orientation.Horizontal)!s} "
                                         f"{'down' if order else 'up'}: {took * 1000:.1f} ms")
    rss("18 sorts")
    started = time.perf_counter()
    window.overdue.setChecked(True)
    window.model.index(0, 0).data()
    app.processEvents()
    results["filter overdue"].append(time.perf_counter() - started)
    window.overdue.setChecked(False)
    total = case_list.count(case_list.CaseFilter())
    rng = random.Random(18)
    ids = [case_list.page(case_list.CaseFilter(), rng.randrange(total), 1)[0][0] for _ in range(20)]
    from dsar_desk.ui.case_detail import CaseDetail  # imported already, after start, where the app does so
    for case_id in ids:
        started = time.perf_counter()
        detail = CaseDetail(case_id, "Anna Clerk", window)
        detail.show()
        app.processEvents()
        results["open"].append(time.perf_counter() - started)
        detail.close()
        detail.deleteLater()
        app.processEvents()
        # the app's event loop deletes a closed window; processEvents() alone does not
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    rss("20 cases opened")
    results["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the built database here (reused when it exists)")
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each kind")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the in-process part, as a child
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(in_process(args.measure)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db.resolve() if args.db else Path(tmp) / "bench.sqlite3"
        if db.exists():
            print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB, reused)")
        else:
            built = build(db, args.cases)
            print(f"cases: {args.cases:,} (built in {built:.1f} s, file {db.stat().st_size / 1e6:.0f} MB)")
        subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db)], env=_env(db), check=True,
                       capture_output=True, cwd=ROOT)  # a first start migrates a reused older file
        ours, bare = startup(db, args.runs)
        print(f"window shown with list filled: {ms(ours)} (min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})")
        child = subprocess.run([sys.executable, __file__, "--measure", str(db)], check=True, cwd=ROOT,
                               capture_output=True, text=True)
        results = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"search: {ms(results['search'])}, max {max(results['search']) * 1000:.0f} ms "
              f"over {len(results['search'])}")
        print(f"open: {ms(results['open'])}, max {max(results['open']) * 1000:.0f} ms over {len(results['open'])}")
        print(f"sort: {ms(results['sort'])}, max {max(results['sort']) * 1000:.0f} ms over {len(results['sort'])}")
        print(f"filter overdue: {ms(results['filter overdue'])}")
        print(f"peak RSS of the in-process run: {results['rss']:.0f} MB")
        print()
        print("against the machine itself (same run):")
        ratio = statistics.median(ours) / statistics.median(bare)
        print(f"  start-up {ms(ours)} / bare PySide6 window with a 40-row table {ms(bare)} = "
              f"{ratio:.2f}x (target ≤ 3)")
        ratio = statistics.median(results["search"]) / statistics.median(results["scan"])
        print(f"  search {ms(results['search'])} / plain LIKE scan {ms(results['scan'])} = "
              f"{ratio:.2f}x (target ≤ 0.5)")
        print(f"  open: median {statistics.median(results['open']) * 1000:.0f} ms (target ≤ 50), "
              f"max {max(results['open']) * 1000:.0f} ms (target ≤ 100)")
        print(f"  sort: max {max(results['sort']) * 1000:.0f} ms over every column both ways (target ≤ 60)")
        print(f"  peak RSS {results['rss']:.0f} MB (target ≤ 200)")
        print()
        print("\n".join(results["rss lines"] + results["search lines"] + results["sort lines"]))


if __name__ == "__main__":
    main()
