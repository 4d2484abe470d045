"""The figures, kept quick: the per-case facts stored in ``case_facts`` brought up to date (a write,
so it is here, in the application layer), then counted by the read-only queries of
:mod:`dsar_desk.store.figures`.

    f = figures(date(2026, 1, 1), date(2026, 12, 31), organisation="ecomarket")
    f.total.received, f.total.on_time_rate, f.days_median, f.to_json()

Where the database cannot be written (a read-only file, another process holding the write lock
past the busy timeout) every fact is computed live from the cases: the same numbers, slower.
"""

from __future__ import annotations

import logging
from datetime import date

from peewee import OperationalError

from dsar_desk.domain.figures import Figures
from dsar_desk.store import figures as store
from dsar_desk.store.db import DatabaseBusy, writing
from dsar_desk.store.figures import InvalidPeriod, named_sql
from dsar_desk.store.models import Setting, database

log = logging.getLogger(__name__)

__all__ = ["figures", "refresh_facts", "InvalidPeriod"]


def refresh_facts(today: date | None = None) -> int:
    """Bring ``case_facts`` up to date; returns how many cases' facts were (re)computed.

    The cases with a timeline event since the last refresh, and the other requests of the same
    requesters (a repeat depends on the earlier one), lose their row; every case without a row
    gets one. Writes nothing when nothing changed. One write transaction (``writing()``; nested
    in the caller's when there is one); safe from any thread or process at the same time.
    """
    today = today or date.today()
    if not database.in_transaction() and not store.facts_stale():
        return 0  # the usual case: nothing happened since the last count, no write lock taken
    with writing():
        mark, top = store.watermark(), store.last_event_id()
        if mark == top and not store.orphans() and store.all_counted():
            return 0
        if mark == 0 or mark > top:  # first run, or events deleted and their ids reused: start again
            database.execute_sql('DELETE FROM "case_facts" WHERE "case_id" IS NOT NULL')
            mark = 0
        elif mark < top:
            changed = 'SELECT DISTINCT e."case_id" FROM "event" e WHERE e."id" > :mark AND e."id" <= :top'
            same_requester = f"""
                SELECT o."id" FROM "case" o JOIN "case" x ON x."organisation_id" = o."organisation_id"
                WHERE x."id" IN ({changed}) AND o."id" <> x."id"
                  AND ((x."requester_email" <> '' AND LOWER(o."requester_email") = LOWER(x."requester_email"))
                       OR (x."requester_address" <> '' AND o."requester_name" = x."requester_name"
                           AND o."requester_address" = x."requester_address"))"""
            database.execute_sql(*named_sql(
                f'DELETE FROM "case_facts" WHERE "case_id" IN ({changed}) OR "case_id" IN ({same_requester})',
                {"mark": mark, "top": top}))
        database.execute_sql('DELETE FROM "case_facts" WHERE "case_id" IS NULL AND "purge_id" IS NULL')
        lo, hi, made = database.execute_sql(
            f'SELECT MIN(c."id"), MAX(c."id"), COUNT(*) FROM "case" c WHERE {store.UNCACHED}').fetchone()
        if made:
            scope = f'c."id" >= :lo AND c."id" <= :hi AND {store.UNCACHED}'
            columns = ", ".join(f'"{c}"' for c in store.FACT_COLUMNS)
            select = ", ".join(f"f.{c}" for c in store.FACT_COLUMNS)
            facts = store.facts_sql(scope, bulk=made > store.BULK)
            database.execute_sql(*named_sql(
                f'INSERT INTO "case_facts" ("case_id", {columns}) SELECT f.case_id, {select} FROM ({facts}\n) f',
                store.sql_values(lo=lo, hi=hi, today=today)))
        Setting.insert(key=store.WATERMARK, value=str(top)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(top)}).execute()
    return int(made or 0)


def figures(period_start: date, period_end: date, organisation: str | None = None,
            today: date | None = None, *, cached: bool = True) -> Figures:
    """Everything counted of the requests received from period_start to period_end (included).

    ``organisation``: a slug, or None for all. Raises :class:`InvalidPeriod` for a reversed
    period or an unknown organisation. Brings ``case_facts`` up to date first and counts from it
    (unless ``cached`` is False, or the database cannot be written: then every fact is computed
    live). Safe from a worker thread. The refresh and the count are one transaction when the
    refresh has work to do; otherwise the count is one statement over the stored facts.
    """
    today = today or date.today()
    store.check_period(period_start, period_end)
    if cached:
        try:
            if store.facts_stale():
                with writing():  # the refresh and the sums see the same database
                    refresh_facts(today)
                    return store.count_figures(period_start, period_end, organisation, today, stored=True)
            return store.count_figures(period_start, period_end, organisation, today, stored=True)
        except (DatabaseBusy, OperationalError) as exc:  # read-only or busy: the same figures, computed live
            log.info("figures computed without the stored facts (%s)", exc.__class__.__name__)
    return store.count_figures(period_start, period_end, organisation, today, stored=False)
