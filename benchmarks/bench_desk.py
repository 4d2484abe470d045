"""The desk at 100,000 cases: start-up, search, opening a case, peak memory.

Run on demand:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_desk.py [--cases 100000]
Targets (2-core machine): window ≤ 1.5 s, search ≤ 100 ms, open ≤ 100 ms, RSS ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(db: Path, cases: int) -> float:
    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.store.db import close_database, open_database

    started = time.perf_counter()
    open_database(db)
    load_samples()
    make_cases(cases, "Anna Clerk")
    close_database()
    return time.perf_counter() - started


def startup(db: Path, runs: int = 5) -> list[float]:
    """Process start → main window shown with the first page of the list filled (measured outside)."""
    env = dict(os.environ, DSAR_DESK_EXIT_AFTER_SHOWN="1", DSAR_DESK_DATA=str(db.parent / "data"),
               DSAR_DESK_CONFIG=str(db.parent / "config"), DSAR_DESK_LOGS=str(db.parent / "logs"))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db)], env=env,
                             capture_output=True, text=True, check=True).stdout
        assert "shown" in out, out
        times.append(time.perf_counter() - started)
    return times


def in_process(db: Path) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from dsar_desk.store import case_list
    from dsar_desk.store.db import open_database
    from dsar_desk.ui.case_detail import CaseDetail
    from dsar_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    open_database(db)
    window = MainWindow("Anna Clerk")
    window.show()
    app.processEvents()
    results: dict[str, list[float]] = {"search": [], "open": [], "sort": [], "filter overdue": []}
    for text in ["smig", "zoe", "ECO-2026-01", "example.org", "de vries", "x@nothing", "peeters", "ørsted"]:
        started = time.perf_counter()
        window.search.setText(text)
        window.apply_filter()
        for row in range(min(40, window.model.rowCount())):  # what a screen shows
            for column in range(9):
                window.model.index(row, column).data()
        app.processEvents()
        results["search"].append(time.perf_counter() - started)
        print(f"  search {text!r}: {window.model.rowCount():,} rows, {(time.perf_counter() - started) * 1000:.1f} ms")
    window.search.setText("")
    window.apply_filter()
    for column in (1, 5, 2, 3):
        started = time.perf_counter()
        window.table.sortByColumn(column, window.table.horizontalHeader().sortIndicatorOrder())
        window.model.index(0, 0).data()
        app.processEvents()
        results["sort"].append(time.perf_counter() - started)
    started = time.perf_counter()
    window.overdue.setChecked(True)
    window.model.index(0, 0).data()
    results["filter overdue"].append(time.perf_counter() - started)
    window.overdue.setChecked(False)
    ids = [r[0] for r in case_list.page(case_list.CaseFilter(), 500, 10)]
    for case_id in ids:
        started = time.perf_counter()
        detail = CaseDetail(case_id, "Anna Clerk", window)
        detail.show()
        app.processEvents()
        results["open"].append(time.perf_counter() - started)
        detail.close()
        detail.deleteLater()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        built = build(db, args.cases)
        print(f"cases: {args.cases:,} (built in {built:.1f} s, file {db.stat().st_size / 1e6:.0f} MB)")
        times = startup(db)
        print(f"window shown with list filled: median {statistics.median(times) * 1000:.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; target 1500)")
        results = in_process(db)
        for name, values in results.items():
            print(f"{name}: median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms "
                  f"over {len(values)}" + (" (target 100)" if name in ("search", "open") else ""))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of the in-process run: {rss:.0f} MB (target 300)")


if __name__ == "__main__":
    main()
