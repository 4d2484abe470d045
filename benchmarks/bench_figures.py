"""The figures, the dashboard and the annual report at 100,000 cases.

Run on demand:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_figures.py [--cases 100000]
Targets (2-core machine): the figures of a year and the dashboard filled well under a second
(the stored facts warm: the demo fills them, and after that a refresh recomputes only the cases
that changed); the annual report PDF a few seconds at most.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, runs: int = 7) -> tuple[float, float]:
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
        os.environ.setdefault("DSAR_DESK_CONFIG", str(Path(tmp) / "config"))
        from dsar_desk.desk.demo import load_samples, make_cases
        from dsar_desk.store.db import open_database
        from dsar_desk.store.models import Case, CaseFacts, Event, Setting

        open_database(Path(tmp) / "bench.sqlite3")
        load_samples()
        started = time.perf_counter()
        make_cases(args.cases, "Anna Clerk")
        built = time.perf_counter() - started

        from dsar_desk.desk import figures as store  # figures() and refresh_facts()
        from dsar_desk.desk.procedure import procedure_for
        from dsar_desk.desk.retention import due_for_deletion
        from dsar_desk.letters.report import report_pdf
        from dsar_desk.store.figures import WATERMARK
        from dsar_desk.store.organisations import list_organisations

        today = date.today()
        year = (date(today.year, 1, 1), date(today.year, 12, 31))
        print(f"cases: {Case.select().count():,}, timeline events {Event.select().count():,}; demo built in "
              f"{built:.1f} s (the stored facts of its {CaseFacts.select().count():,} cases included)")
        f = store.figures(*year)
        print(f"this year: {f.total.received:,} requests, {f.total.open:,} open; median {f.days_median} days")
        for name, fn in [
            ("figures of this year, all organisations (refresh + one statement)", lambda: store.figures(*year)),
            ("figures of this year, one organisation", lambda: store.figures(*year, "ecomarket")),
            ("figures of two years", lambda: store.figures(date(today.year - 1, 1, 1), year[1])),
            ("figures of this year computed live, without the stored facts",
             lambda: store.figures(*year, cached=False)),
        ]:
            median, worst = timed(fn, runs=3 if "live" in name else 7)
            print(f"{name}: median {median:.0f} ms, max {worst:.0f} ms")
        case = Case.select().where(Case.status == "closed").first()
        from dsar_desk.desk.cases import add_note
        from dsar_desk.store.db import writing

        add_note(case, "benchmark", "Anna Clerk")  # one case changed: the refresh recomputes it (and its requester's)
        median, _ = timed(lambda: store.refresh_facts(), runs=1)
        print(f"refresh after one case changed: {median:.0f} ms")
        started = time.perf_counter()
        with writing():
            CaseFacts.delete().execute()
            Setting.delete().where(Setting.key == WATERMARK).execute()  # as right after the upgrade
        store.refresh_facts()
        print(f"stored facts rebuilt from scratch (first figures after the upgrade): "
              f"{time.perf_counter() - started:.1f} s")
        median, worst = timed(lambda: due_for_deletion(today), runs=5)
        print(f"closed cases due for deletion (Today view, none due): median {median:.0f} ms, max {worst:.0f} ms")
        later = date(today.year + 6, today.month, min(today.day, 28))
        started = time.perf_counter()
        due = due_for_deletion(later)
        print(f"  ... six years on, when {len(due):,} are due at once: {(time.perf_counter() - started) * 1000:.0f} ms")

        procedures = [procedure_for(o.slug, "en") for o in list_organisations()]
        names = {o.slug: o.name for o in list_organisations()}

        def report():
            return report_pdf(store.figures(*year), procedures, "en", names)

        median, worst = timed(report, runs=3)
        print(f"annual report PDF (figures + charts + tables + 3 procedures): median {median:.0f} ms, "
              f"max {worst:.0f} ms, {len(report()) / 1000:.0f} kB")

        from PySide6.QtCore import QThreadPool
        from PySide6.QtWidgets import QApplication

        from dsar_desk.ui.figures import FiguresDialog

        app = QApplication.instance() or QApplication([])
        dialog = FiguresDialog()
        dialog.show()

        def fill():
            done = []
            dialog.loaded.connect(lambda: done.append(True))
            dialog.refresh()
            while not done:
                app.processEvents()
                time.sleep(0.002)
            app.processEvents()
            dialog.loaded.disconnect()

        fill()
        median, worst = timed(fill, runs=7)
        print(f"dashboard filled (count off the UI thread, headline, three charts): median {median:.0f} ms, "
              f"max {worst:.0f} ms")
        started = time.perf_counter()
        dialog.show_figures(dialog.figures)
        app.processEvents()
        print(f"  of which the widgets and charts on the UI thread: {(time.perf_counter() - started) * 1000:.0f} ms")
        dialog.close()
        QThreadPool.globalInstance().waitForDone()

        from dsar_desk.desk.retention import purge_closed_cases
        from dsar_desk.store.record import verify_open_database

        before = store.figures(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)).to_json()
        started = time.perf_counter()
        report = purge_closed_cases(later)
        took = time.perf_counter() - started
        print(f"retention purge six years on: {report.cases:,} cases, {report.events:,} events deleted, "
              f"{report.gaps:,} gap records; {took:.1f} s in all, of which reclaiming the space {report.seconds:.1f} s")
        after = store.figures(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)).to_json()
        same = {k: v for k, v in after["total"].items() if k != "deleted"} == \
            {k: v for k, v in before["total"].items() if k != "deleted"}
        started = time.perf_counter()
        verdict = verify_open_database()
        print(f"  figures of last year the same after it: {same}; verify: {'holds' if verdict.ok else 'FAILS'} "
              f"({verdict.events:,} events, {verdict.gaps:,} gaps) in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
