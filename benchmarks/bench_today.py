"""The Today view, the reminders and the .ics export at 100,000 cases.

Run on demand:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_today.py [--cases 100000]
Targets (2-core machine): the Today view's queries ≤ 100 ms (it refreshes after every change of
a case), the reminder ≤ 100 ms, the .ics export off the UI thread ≤ 10 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(db: Path, cases: int) -> float:
    """The demo cases, plus what the demo leaves out: open pauses and extensions."""
    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.domain.cases import OPEN_STATUSES
    from dsar_desk.store.cases import refresh_deadline
    from dsar_desk.store.db import open_database
    from dsar_desk.store.models import Case, Pause, database

    started = time.perf_counter()
    open_database(db)
    load_samples()
    make_cases(cases, "Anna Clerk")
    rng = random.Random(3)
    today = date.today()
    with database.atomic():
        waiting = list(Case.select(Case.id, Case.received).where(Case.status == "awaiting-identity").tuples())
        Pause.insert_many([
            {"case": cid, "reason": "identity", "requested": min(today, received + timedelta(days=rng.randint(1, 5))),
             "received": None}
            for cid, received in waiting
        ]).execute()
        fresh = Case.select().where(Case.status.in_(OPEN_STATUSES), Case.received >= today - timedelta(days=20))
        for case in fresh.limit(max(1, cases // 200)):
            case.extended = True
            case.extension_reasons = "benchmark"
            refresh_deadline(case)
            case.save()
    return time.perf_counter() - started


def timed(fn, runs: int = 15) -> tuple[float, float]:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        values.append(time.perf_counter() - started)
    return statistics.median(values) * 1000, max(values) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        built = build(db, args.cases)
        from dsar_desk.domain.cases import OPEN_STATUSES
        from dsar_desk.store import today as today_store
        from dsar_desk.store.calendar import write_calendar
        from dsar_desk.store.models import Case, Pause

        open_cases = Case.select().where(Case.status.in_(OPEN_STATUSES)).count()
        print(f"cases: {args.cases:,} ({open_cases:,} open, {Pause.select().count():,} waiting; built in {built:.1f} s)")
        snap = today_store.snapshot()
        print("sections: " + ", ".join(f"{k} {snap.total(k):,}" for k in today_store.SECTIONS)
              + f"; {len(snap.assignees)} assignees")
        for name, fn in [
            ("today view: snapshot (5 sections of ≤200 rows + counts per assignee)", lambda: today_store.snapshot()),
            ("counts per assignee (one GROUP BY over the open cases)", lambda: today_store.counts_per_assignee()),
            ("due totals (index counts minus stopped clocks)", lambda: today_store.due_totals()),
            ("overdue section, 200 rows", lambda: today_store.section_rows("overdue")),
            ("waiting section, 200 rows", lambda: today_store.section_rows("waiting")),
            ("reminder", lambda: today_store.reminder()),
        ]:
            median, worst = timed(fn)
            print(f"{name}: median {median:.1f} ms, max {worst:.1f} ms")
        started = time.perf_counter()
        moved = today_store.refresh_waiting_deadlines(date.today() + timedelta(days=1))
        print(f"morning refresh of waiting cases' due dates: {moved:,} moved in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        result = write_calendar(Path(tmp) / "due.ics")
        print(f".ics export: {result.events:,} events + {result.cancelled:,} cancelled in "
              f"{time.perf_counter() - started:.2f} s, {(Path(tmp) / 'due.ics').stat().st_size / 1e6:.1f} MB")

        from PySide6.QtWidgets import QApplication

        from dsar_desk.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        window = MainWindow("Anna Clerk")
        window.show()
        app.processEvents()
        median, worst = timed(lambda: (window.today.refresh(), app.processEvents()), runs=10)
        print(f"Today dock refresh in the window (queries + widgets): median {median:.1f} ms, max {worst:.1f} ms")
        median, worst = timed(lambda: (window.reload(), app.processEvents()), runs=10)
        print(f"main window reload after a change (list + today + title): median {median:.1f} ms, max {worst:.1f} ms")
        window.close()


if __name__ == "__main__":
    main()
