"""The case list as SQL: filters, sorting, counting and pages of plain tuples.

The GUI's table model and the CLI's `case list` both use this, so that they show the same
cases for the same filter. Nothing here builds a Python object per case: rows come back as
tuples, one page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from peewee import SQL, NodeList

from dsar_desk.domain.cases import OPEN_STATUSES, days_left, search_key
from dsar_desk.domain.reminders import DEFAULT_WITHIN_DAYS
from dsar_desk.store.models import Case, Organisation

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

_SORT_FIELDS = {
    "reference": (Case.organisation, Case.year, Case.number),
    "requester": (Case.requester_name,),
    "rights": (Case.rights,),
    "organisation": (Organisation.name,),
    "received": (Case.received,),
    "due": (Case.due,),
    "days_left": (Case.due,),
    "status": (Case.status,),
    "assignee": (Case.assignee,),
}

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

    def with_(self, **changes) -> "CaseFilter":
        return replace(self, **changes)


def _where(query, f: CaseFilter):
    today = f.today or date.today()
    if f.text.strip():
        needle = search_key(f.text.strip())
        query = query.where(Case.search.contains(needle))
    if f.status == "open":
        query = query.where(Case.status.in_(OPEN_STATUSES))
    elif f.status:
        query = query.where(Case.status == f.status)
    if f.organisation:
        query = query.where(Organisation.slug == f.organisation)
    if f.overdue or f.due_within is not None:
        query = query.where(Case.status.in_(OPEN_STATUSES))
        if f.overdue and f.due_within is not None:
            query = query.where(Case.due <= today + timedelta(days=f.due_within))
        elif f.overdue:
            query = query.where(Case.due < today)
        else:
            query = query.where(Case.due.between(today, today + timedelta(days=f.due_within)))
    if f.assignee:
        query = query.where(Case.assignee == f.assignee)
    return query


def count(f: CaseFilter) -> int:
    return _where(Case.select(Case.id).join(Organisation), f).count()


def page(f: CaseFilter, offset: int, limit: int, sort: str = "due", descending: bool = False) -> list[CaseRow]:
    fields = _SORT_FIELDS.get(sort, _SORT_FIELDS["due"])
    if f.text.strip():
        # A search scans the search column anyway; walking a sort index instead (SQLite's choice
        # for ORDER BY ... LIMIT) costs a random read per row and is 3-4x slower when few rows
        # match. A unary + (a no-op on any value) keeps the order and rules the index out.
        fields = [NodeList((SQL("+"), x), glue="") for x in fields]
    order = [x.desc() if descending else x.asc() for x in fields]
    order.append(Case.id.desc() if descending else Case.id.asc())
    query = _where(Case.select(*ROW_FIELDS).join(Organisation), f).order_by(*order)
    return [CaseRow(*row) for row in query.limit(limit).offset(offset).tuples()]


def row_dict(row: CaseRow, today: date) -> dict:
    """A row as `case list --json` prints it."""
    return {"reference": row.reference, "requester": row.requester_name, "email": row.requester_email,
            "rights": row.right_list, "organisation": row.organisation, "received": row.received.isoformat(),
            "due": row.due.isoformat(), "days_left": row.days_left(today), "status": row.status,
            "assignee": row.assignee}


def references(f: CaseFilter, limit: int | None = None) -> list[str]:
    query = _where(Case.select(Case.reference).join(Organisation), f).order_by(Case.due, Case.id)
    if limit:
        query = query.limit(limit)
    return [r for (r,) in query.tuples()]


def summary_counts(today: date | None = None, soon_days: int = DEFAULT_WITHIN_DAYS) -> dict[str, int]:
    """How many open cases are overdue and due soon (window title, tray badge)."""
    today = today or date.today()
    base = Case.select(Case.id).where(Case.status.in_(OPEN_STATUSES))
    return {
        "overdue": base.where(Case.due < today).count(),
        "due_soon": base.where(Case.due.between(today, today + timedelta(days=soon_days))).count(),
        "open": base.count(),
    }
