"""The figures of the requests, as SQL: the read-only query layer under the dashboard, the CLI and
the report (which call :func:`dsar_desk.desk.figures.figures`: it brings the stored facts up to
date, then counts here).

    f = desk.figures.figures(date(2026, 1, 1), date(2026, 12, 31), organisation="ecomarket")
    f.total.received, f.total.on_time_rate, f.days_median, f.months["2026-03"].rights["access"]
    f.to_json()

A request belongs to the period in which it was **received** (``case.received``, from
``period_start`` to ``period_end``, both included); what is still open is counted as of
``today``. Every number comes from what the database holds, in these words:

**answered**, **answer date**
    The day the first reply letter was sent (``letter.sent_on`` of a letter of
    ``domain.letter_details.REPLY_KINDS``: what ``store.letters.answered_on`` gives); for a case with no
    reply letter sent, the day of its first status change to "answered" or "refused" (``event``
    kind "status"; the UTC day of the event, so a status set between midnight and 1 or 2 a.m.
    local time counts on the day before). A case counts as answered when it has an answer date and
    is no longer open (received, awaiting identity, in progress): a case reopened after its answer
    counts as open until it is answered or closed again, and then with its first answer date.
**days to answer**
    Calendar days from the day received to the answer date (received on the 3rd, answered on the
    5th: 2). Waiting for the requester is not taken off: the legal limit already allows for it.
    Median and 90th percentile are nearest-rank values of the per-day histogram: the median is
    the number of days within which at least half of the answers went out.
**on time**, **late**
    Answered on or before the case's legal limit (``case.legal_limit``, written by the deadline
    engine: one month from receipt, or three once extended, moved by the days waited for the
    requester under the organisation's pause rule, rolled to the next working day), or after it.
    The organisation's own shorter promise is not the test.
**paused for identity**
    The organisation asked the requester for proof of identity (a ``pause`` with reason
    "identity"), answered or not. Such requests are **kept apart from the on-time rate**:
    ``on_time`` and ``late`` (and ``on_time_rate``) count only answered requests never paused for
    identity; ``paused_on_time`` and ``paused_late`` count the others. **Days waited**: from each
    identity request to its answer (open pauses not counted).
**open, on time / late / waiting**
    Open today (status received, awaiting identity, in progress). *Waiting*: the clock is stopped,
    an information request (identity or clarification) is unanswered and the organisation's pause
    rule is not "none" (the Today view's "waiting"). Otherwise *late* when the due date
    (``case.due``: the earlier of the promise and the legal limit; the case list's "overdue") has
    passed, else *on time*; ``open_past_legal_limit`` counts the late ones past the legal limit
    itself.
**withdrawn**, **unanswered**
    *Withdrawn*: no answer date and a status change to "withdrawn" (or the status withdrawn).
    *Unanswered*: no longer open, no answer date, not withdrawn (cases closed outside the app's
    workflow; 0 in a desk used as meant).
**extended**, **extension notified within the first month**
    ``case.extended`` (the clerk extended the deadline; event kind "extended"). The extension is
    *notified in time* when the first extension letter (kind "extension") was sent on or before
    the first limit (``case.first_limit``: one month from receipt with the days waited, rolled to
    a working day: Art. 12(3) wants the requester told within one month), *late* when sent after
    it, *not notified* when no extension letter was sent.
**refused**, **partly refused**, **grounds**
    Of the requests no longer open: *refused* when the status is "refused", or every right's
    outcome recorded at closing (``case.outcomes``) is "refused"; *partly refused* when some right
    is "partly granted", or refused beside others granted or with no data. The **grounds** of each
    (a request may have several, so grounds can add up to more than the requests): manifestly
    unfounded or excessive (``case.unfounded``, Art. 12(5)); identity not established (the last
    identity check failed); an Art. 17(3) exception (a checklist item kept under it); "other"
    when none of these (the reasons are the clerk's words in the case).
**identity checks**, **ID copy asked**
    Requests by the method and outcome of their last identity check (``identity_check``). *ID copy
    asked*: the clerk asked the requester for a copy of an identity document (timeline event kind
    "identity", field "request", "id-copy").
**repeat request**
    The same requester (same e-mail address, any case, or the same name and postal address as
    typed) had an earlier request to the same organisation received in the 12 months before (the
    same day a year earlier is out; withdrawn ones left out), as the checklist's repeat check
    counts them but without its accent folding of names. A request whose earlier one was deleted
    under the retention rule keeps counting (``case.repeat_of_deleted``, set by the purge).
**deleted**
    Requests deleted under the retention rule (:mod:`dsar_desk.desk.retention`). Their row of
    ``case_facts`` stays, anonymous, so the figures of a period are the same before and after.

How it is computed. The per-case facts are one SELECT: the cases joined to per-case aggregates
of their letters, timeline, pauses, identity checks and checklist (read from the partial,
covering indexes of migration 12) and to the set of repeat requests. A case's facts do not change
until something happens to it, which always leaves a timeline event, so they are kept in
``case_facts``: :func:`dsar_desk.desk.figures.refresh_facts` (the application layer: it writes)
recomputes only the cases with an event since the last refresh (and the other requests of the
same requesters, for repeats), and the few facts that depend on today (an open case late or
waiting) are read from the case itself at each count.
The figures are then one statement over that table: a GROUP BY per (month, organisation,
channel, clerk) summed here into the total and the breakdowns, and small GROUP BYs for the
days-to-answer histogram, the grounds and the identity checks. No Python loop over cases.
Where the table cannot be written (a read-only file, a busy database), every fact is computed
live: the same numbers (the tests check it), slower.

The SQL is written for SQLite and PostgreSQL alike (CASE WHEN, COALESCE, SUBSTR, CAST, LOWER,
DATE(), ``||``, row values, booleans compared with bound parameters); the only dialect-specific
piece, the day number of a date, comes from :func:`dsar_desk.store.db.day_number_sql`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import fn

from dsar_desk.domain.cases import OPEN_STATUSES, RIGHTS, FieldProblem
from dsar_desk.domain.figures import (
    COUNTERS,
    GROUNDS,
    Figures,
    PurgeRecord,
    channel_order,
    counts_from_row,
    months_between,
)
from dsar_desk.domain.letter_details import REPLY_KINDS
from dsar_desk.domain.messages import msg
from dsar_desk.store.db import day_number_sql
from dsar_desk.store.models import Case, CaseFacts, Event, Organisation, RetentionPurge, Setting, database

log = logging.getLogger(__name__)

__all__ = ["InvalidPeriod", "count_figures", "facts_stale", "case_rows", "CaseRow", "FACT_COLUMNS", "WATERMARK",
           "years_with_requests", "named_sql", "repeats_losing_their_earlier", "facts_sql", "sql_values",
           "UNCACHED", "BULK", "watermark", "last_event_id"]
EXCEPTIONS = GROUNDS[2:-1]  # the Art. 17(3) exceptions
WATERMARK = "figures.event_watermark"  # Setting: the last event id whose case's facts are in case_facts
BULK = 2000  # more stale cases than this: recompute them with one statement over their id range


def _name(text: str) -> str:
    return text.replace("-", "_")


# The facts stored per case (the columns of case_facts, but for case_id and purge_id).
FACT_COLUMNS = (
    "organisation_id", "received", "month", "channel", "assignee", "state", "days_to_answer", "on_time",
    "extended", "extension_notice", "paused_identity", "waited_days", "refused", "partly_refused",
    "repeat_request", "id_copy_asked", "identity_method", "identity_outcome",
    *(f"r_{_name(r)}" for r in RIGHTS), *(f"g_{_name(g)}" for g in GROUNDS),
)
# Facts only an open case has (they depend on today).
LIVE_COLUMNS = ("open_on_time", "open_late", "open_past_legal_limit", "open_waiting")


class InvalidPeriod(ValueError):
    """The period or organisation asked for cannot be counted; ``problems`` name the field."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(str(p.message) for p in problems))
        self.problems = problems


# -- building the SQL ------------------------------------------------------------------------------
#
# The text names its parameters (":start", ":today", ":like_access"); named_sql() turns them
# into the driver's placeholders in the order they appear, so no list of values can slip.

_NAMED = re.compile(r"(?<![:\w]):([a-z][a-z0-9_]*)")


def named_sql(sql: str, values: dict[str, Any]) -> tuple[str, list]:
    """``sql`` with its :name parameters as the driver's placeholders, and their values in order."""
    params: list = []

    def put(match: re.Match) -> str:
        params.append(values[match.group(1)])
        return database.param

    return _NAMED.sub(put, sql), params


def _quoted(values) -> str:
    """A list of our own constants (never user input) as SQL literals."""
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def sql_values(**extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "yes": True,
        "like_refused": '%"outcome": "refused"%', "like_partly": '%"outcome": "partly-granted"%',
        "like_granted": '%"outcome": "granted"%', "like_no_data": '%"outcome": "no-data"%',
    }
    values.update({f"like_{_name(r)}": f"%{r}%" for r in RIGHTS})  # no right's name is inside another's
    values.update(extra)
    return values


def _period(alias: str, organisation_id: int | None) -> str:
    """Received in the period (and of the organisation).

    COALESCE() around the date keeps SQLite from walking the received index, a random read per
    row: a year is most of the cases, and reading the table in order is several times faster.
    It changes nothing for PostgreSQL.
    """
    received = f'COALESCE({alias}."received", {alias}."received")'
    sql = f"{received} >= :start AND {received} <= :end"
    if organisation_id is not None:
        sql += f' AND {alias}."organisation_id" = :org'
    return sql


def _repeats_sql(scope: str, restrict_to: str = "", bulk: bool = True) -> str:
    """The ids of the cases in ``scope`` that repeat an earlier request of the same requester to
    the organisation received in the 12 months before (the same day a year earlier out, withdrawn
    ones left out): same e-mail address (any case), or same name and postal address.

    ``bulk`` (many cases in scope): only cases whose address or name-and-address occurs more than
    once in the organisation (two GROUP BYs over covering indexes) are looked into; otherwise each
    case is probed at once. ``restrict_to``: a condition on the earlier case ``e`` (the purge asks
    which live requests lose their earlier one).
    """
    year_before = ('CAST(CAST(SUBSTR(CAST(c."received" AS VARCHAR(10)), 1, 4) AS INTEGER) - 1 AS VARCHAR(4)) '
                   '|| SUBSTR(CAST(c."received" AS VARCHAR(10)), 5, 6)')
    window = (f'e."organisation_id" = c."organisation_id" AND e."id" <> c."id" AND e."received" <= c."received" '
              f'AND (e."received" < c."received" OR e."id" < c."id") '
              f'AND CAST(e."received" AS VARCHAR(10)) > {year_before} AND e."status" <> \'withdrawn\'')
    if restrict_to:
        window += f" AND {restrict_to}"
    twice_email = ('SELECT d."organisation_id", LOWER(d."requester_email") FROM "case" d '
                   'GROUP BY d."organisation_id", LOWER(d."requester_email") '
                   'HAVING COUNT(*) > 1 AND LOWER(d."requester_email") <> \'\'')
    twice_name = ('SELECT d."organisation_id", d."requester_name", d."requester_address" FROM "case" d '
                  'GROUP BY d."organisation_id", d."requester_name", d."requester_address" '
                  'HAVING COUNT(*) > 1 AND d."requester_address" <> \'\'')
    email_twice = f'(c."organisation_id", LOWER(c."requester_email")) IN ({twice_email}) AND ' if bulk else ""
    name_twice = (f'(c."organisation_id", c."requester_name", c."requester_address") IN ({twice_name}) AND '
                  if bulk else 'c."requester_address" <> \'\' AND ')
    return f"""
    SELECT c."id" AS case_id FROM "case" c
    WHERE {scope} AND (
        ({email_twice}c."requester_email" <> ''
         AND EXISTS (SELECT 1 FROM "case" e WHERE {window}
                     AND LOWER(e."requester_email") = LOWER(c."requester_email")))
        OR ({name_twice}EXISTS (SELECT 1 FROM "case" e WHERE {window}
                        AND e."requester_name" = c."requester_name"
                        AND e."requester_address" = c."requester_address")))"""


def _raw_sql(scope: str, restrict_earlier: str = "", bulk: bool = True, ids_scope: str | None = None) -> str:
    """One row per case in ``scope`` (a condition on ``c``): its columns and the aggregates of
    its letters, events, pauses, identity checks and checklist.

    The aggregates read only the cases of ``ids_scope`` (default: ``scope``; the open cases pass
    the open status alone, which its index answers at once). ``bulk``: see _repeats_sql.
    """
    day = day_number_sql
    ids = f'(SELECT c2."id" FROM "case" c2 WHERE {(ids_scope or scope).replace("c.", "c2.")})'
    exceptions = ", ".join(f'MAX(CASE WHEN k."exception" = \'{x}\' THEN 1 ELSE 0 END) AS x_{_name(x)}'
                           for x in EXCEPTIONS)
    return f"""
SELECT c."id" AS case_id, c."organisation_id" AS organisation_id, c."received" AS received,
       c."rights" AS rights, c."channel" AS channel, c."assignee" AS assignee, c."status" AS status,
       c."legal_limit" AS legal_limit, c."first_limit" AS first_limit, c."due" AS due,
       CASE WHEN c."extended" = :yes THEN 1 ELSE 0 END AS extended,
       CASE WHEN c."unfounded" = :yes THEN 1 ELSE 0 END AS unfounded,
       CASE WHEN c."repeat_of_deleted" = :yes THEN 1 ELSE 0 END AS repeat_of_deleted,
       o."pause_rule" AS pause_rule,
       CASE WHEN c."status" IN {_quoted(OPEN_STATUSES)} THEN 1 ELSE 0 END AS is_open,
       COALESCE(lt.first_reply, ev.first_answer) AS answered_on,
       lt.extension_sent AS extension_sent,
       COALESCE(ev.withdrawn_event, 0) AS withdrawn_event,
       COALESCE(ev.id_copy_asked, 0) AS id_copy_asked,
       COALESCE(pz.identity_pauses, 0) AS identity_pauses,
       COALESCE(pz.open_pauses, 0) AS open_pauses,
       COALESCE(pz.waited_days, 0) AS waited_days,
       COALESCE(ic."method", '') AS identity_method,
       COALESCE(ic."outcome", '') AS identity_outcome,
       CASE WHEN c."status" IN {_quoted(OPEN_STATUSES)} THEN 0
            WHEN c."status" = 'refused' THEN 1
            WHEN c."outcomes" = '' THEN 0
            WHEN c."outcomes" LIKE :like_partly THEN 2
            WHEN c."outcomes" NOT LIKE :like_refused THEN 0
            WHEN c."outcomes" LIKE :like_granted OR c."outcomes" LIKE :like_no_data THEN 2
            ELSE 1 END AS refusal,
       {", ".join(f"COALESCE(ck.x_{_name(x)}, 0) AS x_{_name(x)}" for x in EXCEPTIONS)},
       CASE WHEN rp.case_id IS NULL THEN 0 ELSE 1 END AS earlier_request
FROM "case" c
JOIN "organisation" o ON o."id" = c."organisation_id"
LEFT JOIN (
    SELECT l."case_id" AS case_id,
           MIN(CASE WHEN l."kind" <> 'extension' THEN l."sent_on" END) AS first_reply,
           MIN(CASE WHEN l."kind" = 'extension' THEN l."sent_on" END) AS extension_sent
    FROM "letter" l
    WHERE l."sent_on" IS NOT NULL AND l."kind" IN {_quoted(REPLY_KINDS + ("extension",))} AND l."case_id" IN {ids}
    GROUP BY l."case_id"
) lt ON lt.case_id = c."id"
LEFT JOIN (
    SELECT e."case_id" AS case_id,
           MIN(CASE WHEN e."kind" = 'status' AND e."new" IN ('answered', 'refused') THEN DATE(e."at") END) AS first_answer,
           MAX(CASE WHEN e."kind" = 'status' AND e."new" = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn_event,
           MAX(CASE WHEN e."kind" = 'identity' AND e."field" = 'request' AND e."new" = 'id-copy' THEN 1 ELSE 0 END)
               AS id_copy_asked
    FROM "event" e
    WHERE e."kind" IN ('status', 'identity') AND e."case_id" IN {ids}
    GROUP BY e."case_id"
) ev ON ev.case_id = c."id"
LEFT JOIN (
    SELECT p."case_id" AS case_id,
           SUM(CASE WHEN p."reason" = 'identity' THEN 1 ELSE 0 END) AS identity_pauses,
           SUM(CASE WHEN p."received" IS NULL THEN 1 ELSE 0 END) AS open_pauses,
           SUM(CASE WHEN p."reason" = 'identity' AND p."received" IS NOT NULL
                    THEN {day('p."received"')} - {day('p."requested"')} ELSE 0 END) AS waited_days
    FROM "pause" p WHERE p."case_id" IN {ids}
    GROUP BY p."case_id"
) pz ON pz.case_id = c."id"
LEFT JOIN (
    SELECT i."case_id" AS case_id, MAX(i."id") AS last_id FROM "identity_check" i
    WHERE i."case_id" IN {ids} GROUP BY i."case_id"
) il ON il.case_id = c."id"
LEFT JOIN "identity_check" ic ON ic."id" = il.last_id
LEFT JOIN (
    SELECT k."case_id" AS case_id, {exceptions}
    FROM "checklist_item" k WHERE k."exception" <> ''
    GROUP BY k."case_id"
) ck ON ck.case_id = c."id"
LEFT JOIN ({_repeats_sql(scope, restrict_earlier, bulk)}
) rp ON rp.case_id = c."id"
WHERE {scope}"""


def facts_sql(scope: str, restrict_earlier: str = "", bulk: bool = True, ids_scope: str | None = None) -> str:
    """The facts of the live cases in ``scope``: case_id, FACT_COLUMNS, LIVE_COLUMNS, "deleted"."""
    day = day_number_sql
    no_exception = " AND ".join(f"r.x_{_name(x)} = 0" for x in EXCEPTIONS)
    ground_flags = {  # the grounds a refusal would have; the aggregates count them where refused
        "unfounded": "r.unfounded = 1",
        "identity": "r.identity_outcome = 'failed'",
        **{x: f"r.x_{_name(x)} = 1" for x in EXCEPTIONS},
        "other": f"r.unfounded = 0 AND r.identity_outcome <> 'failed' AND {no_exception}",
    }
    grounds = ",\n       ".join(f"CASE WHEN {cond} THEN 1 ELSE 0 END AS g_{_name(g)}" for g, cond in ground_flags.items())
    rights = ",\n       ".join(f"CASE WHEN r.rights LIKE :like_{_name(x)} THEN 1 ELSE 0 END AS r_{_name(x)}"
                               for x in RIGHTS)
    running = "r.is_open = 1 AND NOT (r.open_pauses > 0 AND r.pause_rule <> 'none')"
    return f"""
SELECT r.case_id AS case_id, r.organisation_id AS organisation_id, r.received AS received,
       SUBSTR(CAST(r.received AS VARCHAR(10)), 1, 7) AS month, r.channel AS channel, r.assignee AS assignee,
       CASE WHEN r.is_open = 1 THEN 'open'
            WHEN r.answered_on IS NOT NULL THEN 'answered'
            WHEN r.withdrawn_event = 1 OR r.status = 'withdrawn' THEN 'withdrawn'
            ELSE 'unanswered' END AS state,
       CASE WHEN r.is_open = 0 AND r.answered_on IS NOT NULL
            THEN {day('r.answered_on')} - {day('r.received')} END AS days_to_answer,
       CASE WHEN r.is_open = 0 AND r.answered_on IS NOT NULL
            THEN CASE WHEN r.answered_on <= r.legal_limit THEN 1 ELSE 0 END END AS on_time,
       r.extended AS extended,
       CASE WHEN r.extended = 0 THEN ''
            WHEN r.extension_sent IS NULL THEN 'none'
            WHEN r.first_limit IS NOT NULL AND r.extension_sent <= r.first_limit THEN 'in-time'
            ELSE 'late' END AS extension_notice,
       CASE WHEN r.identity_pauses > 0 THEN 1 ELSE 0 END AS paused_identity,
       r.waited_days AS waited_days,
       CASE WHEN r.refusal = 1 THEN 1 ELSE 0 END AS refused,
       CASE WHEN r.refusal = 2 THEN 1 ELSE 0 END AS partly_refused,
       CASE WHEN r.earlier_request = 1 OR r.repeat_of_deleted = 1 THEN 1 ELSE 0 END AS repeat_request,
       r.id_copy_asked AS id_copy_asked,
       r.identity_method AS identity_method, r.identity_outcome AS identity_outcome,
       {rights},
       {grounds},
       CASE WHEN {running} AND r.due >= :today THEN 1 ELSE 0 END AS open_on_time,
       CASE WHEN {running} AND r.due < :today THEN 1 ELSE 0 END AS open_late,
       CASE WHEN {running} AND r.legal_limit < :today THEN 1 ELSE 0 END AS open_past_legal_limit,
       CASE WHEN r.is_open = 1 AND r.open_pauses > 0 AND r.pause_rule <> 'none' THEN 1 ELSE 0 END AS open_waiting,
       0 AS deleted
FROM ({_raw_sql(scope, restrict_earlier, bulk, ids_scope)}
) r"""


_OPEN = f'c."status" IN {_quoted(OPEN_STATUSES)}'
UNCACHED = 'NOT EXISTS (SELECT 1 FROM "case_facts" cf0 WHERE cf0."case_id" = c."id")'


def _cached_sql(organisation_id: int | None, with_today: bool) -> str:
    """The stored facts of the period (and the anonymous rows of deleted cases).

    ``with_today``: with LIVE_COLUMNS, which only an open case has and which depend on today:
    read from the case itself (its due date and legal limit, kept up to date by the deadline
    engine) and its unanswered information request, so they are never stale.
    """
    columns = ", ".join(f'cf."{c}" AS {c}' for c in FACT_COLUMNS)
    where = f'{_period("cf", organisation_id)} AND (cf."case_id" IS NOT NULL OR cf."purge_id" IS NOT NULL)'
    deleted = 'CASE WHEN cf."purge_id" IS NULL THEN 0 ELSE 1 END AS deleted'
    if not with_today:
        return f'SELECT {columns}, {deleted} FROM "case_facts" cf WHERE {where}'
    stopped = 'op.case_id IS NOT NULL AND o."pause_rule" <> \'none\''
    running = f'c."id" IS NOT NULL AND NOT ({stopped})'
    return f"""
SELECT {columns}, {deleted},
       CASE WHEN {running} AND c."due" >= :today THEN 1 ELSE 0 END AS open_on_time,
       CASE WHEN {running} AND c."due" < :today THEN 1 ELSE 0 END AS open_late,
       CASE WHEN {running} AND c."legal_limit" < :today THEN 1 ELSE 0 END AS open_past_legal_limit,
       CASE WHEN c."id" IS NOT NULL AND {stopped} THEN 1 ELSE 0 END AS open_waiting
FROM "case_facts" cf
LEFT JOIN "case" c ON c."id" = cf."case_id" AND cf."state" = 'open'
LEFT JOIN "organisation" o ON o."id" = c."organisation_id"
LEFT JOIN (SELECT DISTINCT p."case_id" AS case_id FROM "pause" p WHERE p."received" IS NULL) op
       ON op.case_id = c."id"
WHERE {where}"""


# -- whether case_facts is up to date (the refresh itself writes: dsar_desk.desk.figures) ----------------

def watermark() -> int:
    """The last event id whose case's facts are in case_facts (0: none yet)."""
    row = Setting.get_or_none(Setting.key == WATERMARK)
    try:
        return int(row.value) if row else 0
    except ValueError:
        return 0


def last_event_id() -> int:
    return Event.select(fn.MAX(Event.id)).scalar() or 0


def facts_stale() -> bool:
    """Whether a case has an event since the last refresh, has no row, or a row lost its case
    without a purge: then :func:`dsar_desk.desk.figures.refresh_facts` has work to do."""
    return watermark() != last_event_id() or orphans() or not all_counted()


def all_counted() -> bool:
    """Every case has its row (two counts over indexes: a few milliseconds at 100,000 cases)."""
    return database.execute_sql(
        'SELECT (SELECT COUNT(*) FROM "case") = (SELECT COUNT(*) FROM "case_facts" WHERE "case_id" IS NOT NULL)'
    ).fetchone()[0] == 1


def orphans() -> bool:
    """A row whose case is gone without a purge (a case deleted by hand): dropped at the refresh."""
    return database.execute_sql(
        'SELECT 1 FROM "case_facts" WHERE "case_id" IS NULL AND "purge_id" IS NULL LIMIT 1').fetchone() is not None


# -- the aggregates -----------------------------------------------------------------------------------

def _aggregates(full: bool, with_rights: bool, with_grounds: bool) -> list[str]:
    """The SELECT list of one pass: COUNTERS, right_<r>, ref_<g>, par_<g> (zeros where not asked)."""
    def count(cond: str) -> str:
        return f"SUM(CASE WHEN {cond} THEN 1 ELSE 0 END)"

    cols = ["COUNT(*) AS received"]
    if not full:
        cols += [f"0 AS {name}" for name in COUNTERS[1:]]
    else:
        answered = "f.state = 'answered'"
        cols += [
            count(answered) + " AS answered",
            count(answered + " AND f.paused_identity = 0 AND f.on_time = 1") + " AS on_time",
            count(answered + " AND f.paused_identity = 0 AND f.on_time = 0") + " AS late",
            count(answered + " AND f.paused_identity = 1 AND f.on_time = 1") + " AS paused_on_time",
            count(answered + " AND f.paused_identity = 1 AND f.on_time = 0") + " AS paused_late",
            count("f.state = 'open'") + " AS open",
            "SUM(f.open_on_time) AS open_on_time",
            "SUM(f.open_late) AS open_late",
            "SUM(f.open_past_legal_limit) AS open_past_legal_limit",
            "SUM(f.open_waiting) AS open_waiting",
            count("f.state = 'withdrawn'") + " AS withdrawn",
            count("f.state = 'unanswered'") + " AS unanswered",
            "SUM(f.extended) AS extended",
            count("f.extension_notice = 'in-time'") + " AS extension_in_time",
            count("f.extension_notice = 'late'") + " AS extension_late",
            count("f.extension_notice = 'none'") + " AS extension_not_notified",
            "SUM(f.paused_identity) AS paused_identity",
            "SUM(f.refused) AS refused",
            "SUM(f.partly_refused) AS partly_refused",
            "SUM(f.repeat_request) AS repeat_request",
            "SUM(f.id_copy_asked) AS id_copy_asked",
            "SUM(f.deleted) AS deleted",
        ]
    cols += [f"SUM(f.r_{_name(r)}) AS right_{_name(r)}" if with_rights else f"0 AS right_{_name(r)}"
             for r in RIGHTS]
    for kind, flag in (("ref", "f.refused"), ("par", "f.partly_refused")):
        cols += [f"SUM({flag} * f.g_{_name(g)}) AS {kind}_{_name(g)}" if with_grounds else f"0 AS {kind}_{_name(g)}"
                 for g in GROUNDS]
    return cols


# One pass sums every counter per (month, organisation, channel, clerk): a few hundred groups,
# added up here into the total and the breakdowns. Small passes give the days-to-answer histogram,
# the refusal grounds and the identity checks.
GROUP_KEYS = ("month", "organisation_id", "channel", "assignee")


def _figures_sql(organisation_id: int | None, cached: bool) -> str:
    """The figures statement: from the stored facts (in the refresh's transaction, so every case
    has its row), or from the facts computed live."""
    if cached:
        with_today = f"({_cached_sql(organisation_id, True)}\n)"
        plain = f"({_cached_sql(organisation_id, False)}\n)"
        head = ""
    else:
        with_today = plain = "live"
        head = f"WITH live AS ({facts_sql(_period('c', organisation_id))}\n)\n"
    keys = ", ".join(f"f.{k}" for k in GROUP_KEYS)
    nulls = ", ".join("NULL" for _ in GROUP_KEYS)
    counts = ", ".join(_aggregates(False, False, False))
    passes = (
        f"SELECT 'group' AS section, {keys}, NULL AS k, {', '.join(_aggregates(True, True, False))} "
        f"FROM {with_today} f GROUP BY {keys}",
        f"SELECT 'grounds', {nulls}, NULL, {', '.join(_aggregates(False, False, True))} "
        f"FROM {plain} f WHERE f.refused = 1 OR f.partly_refused = 1",
        f"SELECT 'days', {nulls}, CAST(f.days_to_answer AS VARCHAR(10)), {counts} "
        f"FROM {plain} f WHERE f.state = 'answered' GROUP BY f.days_to_answer",
        f"SELECT 'identity', {nulls}, f.identity_method || ':' || f.identity_outcome, {counts} "
        f"FROM {plain} f WHERE f.identity_method <> '' GROUP BY f.identity_method, f.identity_outcome",
    )
    return head + "\nUNION ALL\n".join(passes)


def _sum_rows(rows: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        for name, value in row.items():
            if isinstance(value, int) and name not in GROUP_KEYS:
                out[name] = out.get(name, 0) + value
    return out


def _run(sql: str, params: list) -> tuple[list[str], list[tuple]]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return names, cursor.fetchall()


def _organisation_id(organisation: str | None) -> tuple[int | None, str | None]:
    if not organisation:
        return None, None
    row = Organisation.get_or_none(Organisation.slug == organisation)
    if row is None:
        raise InvalidPeriod([FieldProblem("organisation", msg(
            "figures.unknown-organisation", "no organisation '{slug}'", slug=organisation))])
    return row.id, row.name


def check_period(period_start: date, period_end: date) -> None:
    if not isinstance(period_start, date) or not isinstance(period_end, date):
        raise InvalidPeriod([FieldProblem("period", msg("figures.period-not-dates",
                                                        "give the first and the last day of the period"))])
    if period_end < period_start:
        raise InvalidPeriod([FieldProblem("period", msg(
            "figures.period-reversed", "the period ends on {end}, before it starts on {start}",
            start=period_start, end=period_end))])


def count_figures(period_start: date, period_end: date, organisation: str | None = None,
                  today: date | None = None, *, stored: bool = True) -> Figures:
    """Everything counted of the requests received from period_start to period_end (included).

    ``organisation``: a slug, or None for all. Raises :class:`InvalidPeriod` for a reversed
    period or an unknown organisation. ``stored``: count the rows of ``case_facts`` (the caller,
    :func:`dsar_desk.desk.figures.figures`, brought them up to date); otherwise every fact is
    computed live (the same numbers, slower). Reads only; safe from a worker thread.
    """
    today = today or date.today()
    check_period(period_start, period_end)
    org_id, org_name = _organisation_id(organisation)
    values = sql_values(start=period_start, end=period_end, org=org_id, today=today)
    names, rows = _run(*named_sql(_figures_sql(org_id, stored), values))
    slugs = dict(Organisation.select(Organisation.id, Organisation.slug).tuples())
    groups: list[dict[str, Any]] = []
    grounds_row: dict[str, Any] = {}
    days: dict[int, int] = {}
    identity: dict[str, dict[str, int]] = {}
    for row in rows:
        data = dict(zip(names, row, strict=True))
        if data["section"] == "group":
            groups.append(data)
        elif data["section"] == "grounds":
            grounds_row = data
        elif data["section"] == "days":
            days[int(data["k"])] = int(data["received"])
        else:
            method, _, outcome = data["k"].partition(":")
            identity.setdefault(method, {})[outcome] = int(data["received"])

    def breakdown(key: str) -> dict[Any, dict[str, int]]:
        parts: dict[Any, list] = {}
        for g in groups:
            parts.setdefault(g[key], []).append(g)
        return {k: _sum_rows(v) for k, v in parts.items()}

    total = counts_from_row(_sum_rows(groups))
    by_month = breakdown("month")
    months = {m: counts_from_row(by_month.get(m, {})) for m in months_between(period_start, period_end)}
    by_org = breakdown("organisation_id")
    organisations = {slugs.get(k, str(k)): counts_from_row(v)
                     for k, v in sorted(by_org.items(), key=lambda kv: slugs.get(kv[0], str(kv[0])))}
    by_channel = breakdown("channel")
    channels = {c: counts_from_row(by_channel[c]) for c in channel_order(list(by_channel))}
    clerks = {k: counts_from_row(v) for k, v in
              sorted(breakdown("assignee").items(), key=lambda kv: (-kv[1].get("received", 0), kv[0]))}
    grounds = {
        "refused": {g: int(grounds_row.get(f"ref_{_name(g)}") or 0) for g in GROUNDS},
        "partly-refused": {g: int(grounds_row.get(f"par_{_name(g)}") or 0) for g in GROUNDS},
    }
    return Figures(
        period_start=period_start, period_end=period_end, organisation=organisation or None,
        organisation_name=org_name, today=today, total=total, months=months, organisations=organisations,
        channels=channels, clerks=clerks, days_to_answer=dict(sorted(days.items())), refusal_grounds=grounds,
        identity_checks={m: identity[m] for m in sorted(identity)},
        purges=tuple(_purges(period_start, period_end, org_id, slugs)),
    )


def years_with_requests(today: date | None = None) -> list[int]:
    """The years from the first request received (or deleted and counted) to this year, newest first."""
    today = today or date.today()
    first = [Case.select(fn.MIN(Case.received)).scalar(), CaseFacts.select(fn.MIN(CaseFacts.received)).scalar()]
    years = [int(str(d)[:4]) for d in first if d]
    return list(range(today.year, min(years + [today.year]) - 1, -1))


def _purges(start: date, end: date, org_id: int | None, slugs: dict[int, str]) -> list[PurgeRecord]:
    query = (RetentionPurge.select().where(RetentionPurge.purged_on >= start, RetentionPurge.purged_on <= end)
             .order_by(RetentionPurge.purged_on, RetentionPurge.id))
    if org_id is not None:
        query = query.where(RetentionPurge.organisation == org_id)
    return [PurgeRecord(p.purged_on, slugs.get(p.organisation_id, str(p.organisation_id)), p.cases,
                        p.retention_years) for p in query]


# -- for the retention purge (dsar_desk.desk.retention) -------------------------------------------------

def repeats_losing_their_earlier(case_ids_sql: str) -> str:
    """SQL of the ids of the cases not among ``case_ids_sql`` (a list of SQL values) that repeat
    a request among them: the purge marks them before deleting the earlier ones. Only the other
    requests of the same requesters are looked at (found on the indexes of e-mail and of name
    and address), not every case: a purge of thousands of cases stays linear."""
    same_requester = f"""
        SELECT s."id" FROM "case" x JOIN "case" s ON s."organisation_id" = x."organisation_id"
               AND LOWER(s."requester_email") = LOWER(x."requester_email")
        WHERE x."id" IN ({case_ids_sql}) AND x."requester_email" <> ''
        UNION
        SELECT s."id" FROM "case" x JOIN "case" s ON s."organisation_id" = x."organisation_id"
               AND s."requester_name" = x."requester_name" AND s."requester_address" = x."requester_address"
        WHERE x."id" IN ({case_ids_sql}) AND x."requester_address" <> ''"""
    scope = f'c."id" IN ({same_requester}) AND c."id" NOT IN ({case_ids_sql})'
    return _repeats_sql(scope, f'e."id" IN ({case_ids_sql})', bulk=False)


# -- the case list with its facts (an export with personal data) -----------------------------------

@dataclass(frozen=True)
class CaseRow:
    """One request of the period with the facts the figures count (holds requester data)."""

    reference: str
    organisation: str
    requester_name: str
    requester_email: str
    received: date
    rights: tuple[str, ...]
    channel: str
    assignee: str
    status: str
    state: str
    due: date
    legal_limit: date
    answered_on: date | None
    days_to_answer: int | None
    on_time: bool | None
    extended: bool
    extension_notice: str
    paused_identity: bool
    refused: bool
    partly_refused: bool
    grounds: tuple[str, ...]
    repeat_request: bool
    identity_method: str
    identity_outcome: str

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, date) else list(value) if isinstance(value, tuple) else value
        return out


def case_rows(period_start: date, period_end: date, organisation: str | None = None,
              today: date | None = None) -> list[CaseRow]:
    """The live requests of the period with their facts, oldest first (deleted ones are not listed).

    Computed live (not from case_facts), so it is also the check of the stored facts.
    """
    today = today or date.today()
    check_period(period_start, period_end)
    org_id, _ = _organisation_id(organisation)
    grounds = " || ".join(f"CASE WHEN f.g_{_name(g)} = 1 THEN '{g},' ELSE '' END" for g in GROUNDS)
    sql = f"""WITH facts AS ({facts_sql(_period("c", org_id))}
)
SELECT c."reference", o."slug", c."requester_name", c."requester_email", c."received", c."rights", c."channel",
       c."assignee", c."status", f.state, c."due", c."legal_limit", f.days_to_answer, f.on_time, f.extended,
       f.extension_notice, f.paused_identity, f.refused, f.partly_refused,
       CASE WHEN f.refused = 1 OR f.partly_refused = 1 THEN {grounds} ELSE '' END, f.repeat_request,
       f.identity_method, f.identity_outcome
FROM facts f JOIN "case" c ON c."id" = f.case_id JOIN "organisation" o ON o."id" = c."organisation_id"
ORDER BY c."received", c."id\""""
    _, rows = _run(*named_sql(sql, sql_values(start=period_start, end=period_end, org=org_id, today=today)))
    out = []
    for (ref, slug, name, email, received, rights, channel, assignee, status, state, due, legal, days, on_time,
         extended, notice, paused, refused, partly, ground_text, repeat, method, outcome) in rows:
        received_day = _day(received)
        out.append(CaseRow(
            ref, slug, name, email, received_day, tuple(x for x in rights.split(",") if x), channel, assignee,
            status, state, _day(due), _day(legal),
            None if days is None else date.fromordinal(received_day.toordinal() + int(days)),
            None if days is None else int(days), None if on_time is None else bool(on_time), bool(extended), notice,
            bool(paused), bool(refused), bool(partly), tuple(x for x in ground_text.split(",") if x), bool(repeat),
            method, outcome))
    return out


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])

