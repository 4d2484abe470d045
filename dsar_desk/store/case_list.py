"""The case list as SQL: filters, sorting, counting and pages of plain tuples.

The GUI's table model and the CLI's `case list` both use this, so that they show the same
cases for the same filter. Nothing here builds a Python object per case: rows come back as
tuples, one page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from peewee import JOIN, SQL, NodeList, SqliteDatabase, fn

from dsar_desk.domain.cases import days_left, search_key
from dsar_desk.domain.reminders import DEFAULT_WITHIN_DAYS
from dsar_desk.store.models import OPEN_STATUSES_SQL, Case, Organisation

# Columns of the list, in display order: key, header. "days_left" sorts like "due".
COLUMNS = (
    ("reference", "Reference"),
    ("requester", "Requester"),
    ("rights", "Rights"),
    ("organisation", "Organisation"),
    ("received", "Received"),
    ("due", "Due"),
    ("days_left", "Days left"),
    ("status", "Status"),
    ("assignee", "Assignee"),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)

# Each column sorts on the keys of an index, so that a page is read in index order, never sorted
# whole: reference (organisation, year, number), requester, rights, received, due, status (status,
# due), assignee (assignee, due). The organisation's name is sorted per organisation (few) in name
# order, each on the (organisation, due) index: see page().
_SORT_FIELDS = {
    "reference": (Case.organisation, Case.year, Case.number),
    "requester": (Case.requester_name,),
    "rights": (Case.rights,),
    "organisation": (Case.due,),
    "received": (Case.received,),
    "due": (Case.due,),
    "days_left": (Case.due,),
    "status": (Case.status, Case.due),
    "assignee": (Case.assignee, Case.due),
}
MIN_INDEXED_SEARCH = 3  # the trigram index finds a text of 3 characters or more; shorter ones are scanned

class CaseRow(NamedTuple):
    """One row of the list: the same fields for the table model and `case list`."""

    id: int
    reference: str
    requester_name: str
    requester_email: str
    rights: str  # comma separated
    organisation: str  # the organisation's name
    received: date
    due: date
    status: str
    assignee: str

    @property
    def right_list(self) -> list[str]:
        return [r for r in self.rights.split(",") if r]

    def days_left(self, today: date) -> int | None:
        return days_left(self.status, self.due, today)


# The columns a row is selected from, in the order of CaseRow.
ROW_FIELDS = (
    Case.id,
    Case.reference,
    Case.requester_name,
    Case.requester_email,
    Case.rights,
    Organisation.name,
    Case.received,
    Case.due,
    Case.status,
    Case.assignee,
)


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""  # search on reference, name, email, as you type
    status: str | None = None  # one status, or "open" for every status still owing an answer
    organisation: str | None = None  # slug
    overdue: bool = False
    due_within: int | None = None  # days
    assignee: str | None = None  # "mine": the clerk's name
    today: date | None = None
    hits: tuple[int, ...] | None = None  # the search's cases, found once (search_hits): pages read these only

    def with_(self, **changes) -> "CaseFilter":
        return replace(self, **changes)


SEARCH_CAP = 2_000  # the window shows at most the newest 2,000 cases a search finds (and says so)


@dataclass(frozen=True)
class SearchHits:
    ids: tuple[int, ...]  # newest first, at most the cap
    more: bool  # more cases match than the cap: the clerk is asked to refine the search


def search_hits(f: CaseFilter, cap: int | None = None) -> SearchHits:
    """The newest ``cap`` cases that match the search text and every other filter, found by walking
    the search index from the newest case back and stopping at ``cap`` (so a text that is in
    every case costs what a rare one costs: the first 2,000, not 1,000,000)."""
    cap = SEARCH_CAP if cap is None else cap
    needle = search_key(f.text.strip())
    rest = f.with_(text="", hits=None)
    db = Case._meta.database.obj
    hits: list[int] = []
    if len(needle) >= MIN_INDEXED_SEARCH and _search_index():
        # Windows of the search index, newest first (FTS5 reads its doclists from the end and stops
        # at the LIMIT); the other filters are applied to each window in SQL; the windows grow until
        # the cap is reached or the index has no more.
        phrase = '"' + needle.replace('"', '""') + '"'
        below, window = None, 2 * cap
        while len(hits) <= cap:
            where = '"case_search" MATCH ?' + ('' if below is None else ' AND "rowid" < ?')
            params = (phrase,) if below is None else (phrase, below)
            inner = f'SELECT "rowid" FROM "case_search" WHERE {where} ORDER BY "rowid" DESC LIMIT {int(window)}'
            found = _where(Case.select(Case.id), rest).where(Case.id.in_(SQL(f"({inner})", params)))
            newest = NodeList((SQL("+"), Case.id), glue="").desc()  # + : the window drives, not the table's order
            hits += [i for (i,) in found.order_by(newest).limit(cap + 1 - len(hits)).tuples()]
            edge = db.execute_sql(f'SELECT min("rowid"), count(*) FROM ({inner})', params).fetchone()
            if edge[1] < window:
                break  # the index has no more matches
            below, window = edge[0], window * 2
    else:  # short texts, an SQLite without FTS5, a team's server (its trigram index serves the LIKE)
        hits = [i for (i,) in _where(Case.select(Case.id), f.with_(hits=None)).order_by(Case.id.desc())
                .limit(cap + 1).tuples()]
    return SearchHits(tuple(hits[:cap]), len(hits) > cap)


def _search_index() -> bool:
    """Whether the database holds the case search index (migration 7 makes it where SQLite has FTS5)."""
    db = Case._meta.database.obj
    if not isinstance(db, SqliteDatabase):
        return False
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'case_search'").fetchone() is not None


def matching(needle: str):
    """The condition "the case's search text holds ``needle``" (normalised by search_key): through
    the trigram index (SQLite FTS5) for 3 characters or more, a scan for fewer."""
    if len(needle) < MIN_INDEXED_SEARCH or not _search_index():
        return Case.search.contains(needle)
    phrase = '"' + needle.replace('"', '""') + '"'
    return Case.id.in_(SQL('(SELECT "rowid" FROM "case_search" WHERE "case_search" MATCH ?)', (phrase,)))


def is_open():
    """The condition "the case is open", written with literals (store.models.OPEN_STATUSES_SQL) so
    that SQLite reads the open cases' partial indexes for it."""
    return NodeList((Case.status, SQL("IN " + OPEN_STATUSES_SQL)))


def _where(query, f: CaseFilter):
    today = f.today or date.today()
    if f.hits is not None:
        query = query.where(Case.id.in_(f.hits) if f.hits else SQL("1 = 0"))
    elif f.text.strip():
        query = query.where(matching(search_key(f.text.strip())))
    if f.status == "open" or f.overdue or f.due_within is not None:
        query = query.where(is_open())
    elif f.status:
        query = query.where(Case.status == f.status)
    if f.organisation:
        query = query.where(Case.organisation == Organisation.select(Organisation.id)
                            .where(Organisation.slug == f.organisation))
    if f.overdue and f.due_within is not None:
        query = query.where(Case.due <= today + timedelta(days=f.due_within))
    elif f.overdue:
        query = query.where(Case.due < today)
    elif f.due_within is not None:
        query = query.where(Case.due.between(today, today + timedelta(days=f.due_within)))
    if f.assignee:
        query = query.where(Case.assignee == f.assignee)
    return query


def count(f: CaseFilter) -> int:
    """How many cases the filter shows: one pass over the filter's index (or the search index)."""
    return _where(Case.select(fn.COUNT(Case.id)), f).scalar() or 0


def _rows():
    """The row fields, the case first: a LEFT JOIN (the same rows: every case has its organisation)
    keeps SQLite from putting the few organisations in the outer loop and sorting every case."""
    return Case.select(*ROW_FIELDS).join(Organisation, JOIN.LEFT_OUTER)


def page(f: CaseFilter, offset: int, limit: int, sort: str = "due", descending: bool = False) -> list[CaseRow]:
    """A page of the list in the column's order, read along the column's index (for all cases, for
    the open ones, or after the chosen status: migration 7), so that a first page at 100,000 cases
    reads a few hundred rows. A search sorts its matching cases instead."""
    fields = _SORT_FIELDS.get(sort, _SORT_FIELDS["due"])
    searching = bool(f.text.strip())
    if searching:
        # The search index gives the matching cases; walking a sort index instead (SQLite's choice
        # for ORDER BY ... LIMIT) would read every row to find them. A unary + (a no-op on any
        # value) keeps the order and rules the sort index out.
        fields = (Organisation.name, Case.due) if sort == "organisation" else fields
        if isinstance(Case._meta.database.obj, SqliteDatabase):  # PostgreSQL's planner needs no such hint
            fields = [NodeList((SQL("+"), x), glue="") for x in fields]
    order = [x.desc() if descending else x.asc() for x in fields]
    order.append(Case.id.desc() if descending else Case.id.asc())
    if sort == "organisation" and not searching:
        return _page_by_organisation(f, offset, limit, order, descending)
    query = _where(_rows(), f).order_by(*order)
    return [CaseRow(*row) for row in query.limit(limit).offset(offset).tuples()]


def _page_by_organisation(f: CaseFilter, offset: int, limit: int, order, descending: bool) -> list[CaseRow]:
    """Sorted by the organisation's name: the organisations (few) in name order, and the cases of
    each by due date on an (organisation, due) index, taken one organisation after the other until
    the page is full. Never sorts the whole list."""
    orgs = Organisation.select(Organisation.id).order_by(Organisation.name.desc() if descending
                                                         else Organisation.name.asc(), Organisation.id)
    if f.organisation:
        orgs = orgs.where(Organisation.slug == f.organisation)
    rows: list[CaseRow] = []
    skip = offset
    open_only = f.status == "open" or f.overdue or f.due_within is not None
    along_open_index = open_only and isinstance(Case._meta.database.obj, SqliteDatabase)
    for (org_id,) in orgs.tuples():
        if skip:
            counted = _where(Case.select(fn.COUNT(Case.id)), f).where(Case.organisation == org_id).scalar()
            if counted <= skip:
                skip -= counted
                continue
        part = _where(_rows(), f).where(Case.organisation == org_id)
        taken = part.order_by(*order).limit(limit - len(rows)).offset(skip)
        skip = 0
        rows += _along_open_index(taken) if along_open_index else [CaseRow(*row) for row in taken.tuples()]
        if len(rows) >= limit:
            break
    return rows


def _along_open_index(query) -> list[CaseRow]:
    """One organisation's open cases in due order, read along the open cases' (organisation, due)
    index. SQLite's planner takes the (organisation, status, due) index for the three open statuses
    instead, and then sorts every open case of the organisation: 100-120 ms for a page at 1,000,000
    cases, under 1 ms along this index."""
    sql, params = query.sql()
    table = 'FROM "case" AS "t1"'
    if table not in sql:  # pragma: no cover - peewee names the table so in every query of this module
        return [CaseRow(*row) for row in query.tuples()]
    sql = sql.replace(table, table + ' INDEXED BY "case_open_organisation_due"', 1)
    values = [getattr(field, "python_value", None) or (lambda value: value) for field in ROW_FIELDS]
    return [CaseRow(*(convert(value) for convert, value in zip(values, row)))
            for row in Case._meta.database.execute_sql(sql, params)]


def row_dict(row: CaseRow, today: date) -> dict:
    """A row as `case list --json` prints it."""
    return {"reference": row.reference, "requester": row.requester_name, "email": row.requester_email,
            "rights": row.right_list, "organisation": row.organisation, "received": row.received.isoformat(),
            "due": row.due.isoformat(), "days_left": row.days_left(today), "status": row.status,
            "assignee": row.assignee}


def references(f: CaseFilter, limit: int | None = None) -> list[str]:
    query = _where(Case.select(Case.reference), f).order_by(Case.due, Case.id)
    if limit:
        query = query.limit(limit)
    return [r for (r,) in query.tuples()]


def summary_counts(today: date | None = None, soon_days: int = DEFAULT_WITHIN_DAYS) -> dict[str, int]:
    """How many open cases are overdue and due soon (window title, tray badge)."""
    today = today or date.today()
    base = Case.select(Case.id).where(is_open())
    return {
        "overdue": base.where(Case.due < today).count(),
        "due_soon": base.where(Case.due.between(today, today + timedelta(days=soon_days))).count(),
        "open": base.count(),
    }
