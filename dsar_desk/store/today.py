"""The "today" view and the reminders, as SQL: what is overdue, due today, due soon, waiting.

Built for 100,000 cases: every query starts from the open statuses on the ``case(status, due)``
index, lists are LIMITed (the view shows the most urgent rows and the total), and the counts
per assignee are one GROUP BY. Nothing here loads every case.

A case whose clock is stopped (an open pause: the organisation asked the requester for proof of
identity or to narrow the request, and the organisation's rule is "suspend" or "restart") is not
overdue nor due: its stored due date only holds until the requester answers. It is listed under
"waiting" with the days waited so far. Under the rule "none" the clock runs on while waiting, so
such a case is both waiting and, in time, overdue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from peewee import JOIN, fn
from peewee import Case as When

from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.domain.deadlines import Pause as PausePeriod
from dsar_desk.domain.reminders import MAX_ITEMS, DueItem, Reminder
from dsar_desk.store.identity import reminder_days
from dsar_desk.store.models import Case, Organisation, Pause

SECTIONS = ("overdue", "today", "soon", "waiting", "extended")
DEFAULT_LIMIT = 200  # rows listed per section; the total is always given


@dataclass(frozen=True)
class TodayRow:
    case_id: int
    reference: str
    organisation: str  # the organisation's name
    rights: tuple[str, ...]
    received: date
    due: date
    status: str
    assignee: str
    extended: bool
    waiting_since: date | None = None  # when the open pause began (waiting section)

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def days_waited(self, today: date) -> int | None:
        return None if self.waiting_since is None else (today - self.waiting_since).days

    def needs_reminder(self, today: date, after_days: int | None) -> bool:
        """Waiting longer than the organisation's reminder days: time to remind the requester."""
        waited = self.days_waited(today)
        return waited is not None and after_days is not None and waited > after_days


@dataclass(frozen=True)
class AssigneeCounts:
    assignee: str
    overdue: int = 0
    today: int = 0
    soon: int = 0
    waiting: int = 0
    extended: int = 0
    open: int = 0


@dataclass
class Section:
    key: str
    total: int
    rows: list[TodayRow] = field(default_factory=list)

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass
class TodaySnapshot:
    today: date
    within_days: int
    sections: dict[str, Section]
    assignees: list[AssigneeCounts]
    due_for_deletion: tuple = ()  # store.retention.DueForDeletion: closed cases past their retention

    def total(self, key: str) -> int:
        return self.sections[key].total


# -- the building blocks --------------------------------------------------------------------
#
# "Waiting" and "clock stopped" are IN (subquery) tests: SQLite evaluates each subquery once into
# a temporary index (open pauses are few, organisations fewer) and probes it for every open case,
# which is cheaper than joining the pause table row by row.

def _waiting():
    """The case has an open pause (at most one: request_identity refuses a second)."""
    return Case.id.in_(Pause.select(Pause.case).where(Pause.received.is_null()))


def _clock_stopped():
    stopping = Organisation.select(Organisation.id).where(Organisation.pause_rule != "none")
    return Case.organisation.in_(stopping) & _waiting()


def _open():
    return Case.status.in_(OPEN_STATUSES)


def _row_fields():
    return (Case.id, Case.reference, Organisation.name, Case.rights, Case.received, Case.due, Case.status,
            Case.assignee, Case.extended)


def _rows(query) -> list[TodayRow]:
    return [
        TodayRow(cid, ref, org, tuple(x for x in rights.split(",") if x), received, due, status, assignee,
                 bool(extended), *rest)
        for (cid, ref, org, rights, received, due, status, assignee, extended, *rest) in query.tuples()
    ]


def _window(today: date, within_days: int) -> tuple[date, date]:
    return today + timedelta(days=1), today + timedelta(days=within_days)


def _due_condition(key: str, today: date, within_days: int):
    first, last = _window(today, within_days)
    if key == "overdue":
        return Case.due < today
    if key == "today":
        return Case.due == today
    if key == "soon":
        return (Case.due >= first) & (Case.due <= last)
    raise ValueError(key)


def _base(organisation: str | None, fields=None):
    query = Case.select(*(fields or _row_fields())).join(Organisation).where(_open())
    if organisation:
        query = query.where(Organisation.slug == organisation)
    return query


def section_rows(key: str, today: date | None = None, within_days: int = 7, limit: int = DEFAULT_LIMIT,
                 organisation: str | None = None) -> list[TodayRow]:
    """The first ``limit`` rows of a section, the most urgent first."""
    today = today or date.today()
    if key in ("overdue", "today", "soon"):
        query = (_base(organisation)
                 .where(_due_condition(key, today, within_days) & ~_clock_stopped())
                 .order_by(Case.due, Case.id))
    elif key == "waiting":
        # the open pause itself gives the date it began; at most one is open per case
        # From the open pauses (few) to their cases, longest waiting first. CROSS JOIN is SQLite's
        # way to keep this join order: left to itself it walks every open case (7x slower).
        query = (Pause.select(*_row_fields(), Pause.requested)
                 .join(Case, JOIN.CROSS)
                 .join(Organisation, on=(Case.organisation == Organisation.id))
                 .where((Pause.case == Case.id) & Pause.received.is_null() & _open())
                 .order_by(Pause.requested, Case.id))
        if organisation:
            query = query.where(Organisation.slug == organisation)
    elif key == "extended":
        query = _base(organisation).where(Case.extended == True).order_by(Case.due, Case.id)  # noqa: E712
    else:
        raise ValueError(f"unknown section {key!r}")
    return _rows(query.limit(limit))


def counts_per_assignee(today: date | None = None, within_days: int = 7,
                        organisation: str | None = None) -> list[AssigneeCounts]:
    """One GROUP BY over the open cases: the numbers of each section per assignee."""
    today = today or date.today()
    # Here one LEFT JOIN to the open pause reads better and runs ~30% faster than the IN tests
    # repeated in five sums (at most one open pause per case, so no case is counted twice).
    waiting = Pause.id.is_null(False)
    running = ~((Organisation.pause_rule != "none") & waiting)

    def count_if(condition):
        return fn.SUM(When(None, ((condition, 1),), 0))

    query = (_base(organisation, (
        Case.assignee,
        *(count_if(running & _due_condition(key, today, within_days)) for key in ("overdue", "today", "soon")),
        count_if(waiting),
        count_if(Case.extended == True),  # noqa: E712
        fn.COUNT(Case.id),
    )).switch(Case).join(Pause, JOIN.LEFT_OUTER, on=(Pause.case == Case.id) & Pause.received.is_null())
             .group_by(Case.assignee).order_by(Case.assignee))
    return [AssigneeCounts(*(row[0],), *(int(x or 0) for x in row[1:])) for row in query.tuples()]


def snapshot(today: date | None = None, within_days: int = 7, limit: int = DEFAULT_LIMIT,
             organisation: str | None = None) -> TodaySnapshot:
    """Everything the today view shows: five sections (first rows + totals) and the assignees."""
    today = today or date.today()
    assignees = counts_per_assignee(today, within_days, organisation)
    totals = {
        "overdue": sum(a.overdue for a in assignees),
        "today": sum(a.today for a in assignees),
        "soon": sum(a.soon for a in assignees),
        "waiting": sum(a.waiting for a in assignees),
        "extended": sum(a.extended for a in assignees),
    }
    sections = {
        key: Section(key, totals[key],
                     section_rows(key, today, within_days, limit, organisation) if totals[key] else [])
        for key in SECTIONS
    }
    from dsar_desk.store.retention import due_for_deletion  # its profiles load with the first count

    deletion = tuple(due_for_deletion(today, organisation))
    return TodaySnapshot(today, within_days, sections, assignees, deletion)


def due_totals(today: date | None = None, within_days: int = 7) -> dict[str, int]:
    """Totals of the overdue, today, soon and waiting sections, without grouping per assignee.

    Counted on the ``case(status, due)`` index alone, minus the cases whose clock is stopped
    (counted from the open pauses, which are few): quick enough for a badge at any size.
    """
    today = today or date.today()
    due = {key: _due_condition(key, today, within_days) for key in ("overdue", "today", "soon")}

    def on_index(condition) -> int:
        return Case.select(fn.COUNT(Case.id)).where(_open() & condition).scalar() or 0

    def count_if(condition):
        return fn.COALESCE(fn.SUM(When(None, ((condition, 1),), 0)), 0)

    stops = Organisation.pause_rule != "none"
    s_overdue, s_today, s_soon, waiting = (
        Pause.select(*(count_if(stops & condition) for condition in due.values()), fn.COUNT(Pause.id))
        .join(Case, JOIN.CROSS).join(Organisation, on=(Case.organisation == Organisation.id))  # pauses first
        .where((Pause.case == Case.id) & Pause.received.is_null() & _open())
        .tuples().get())
    return {
        "overdue": on_index(due["overdue"]) - s_overdue,
        "today": on_index(due["today"]) - s_today,
        "soon": on_index(due["soon"]) - s_soon,
        "waiting": waiting,
    }


def reminder(today: date | None = None, within_days: int = 7, max_items: int = MAX_ITEMS) -> Reminder:
    """What to remind the clerk of: counts and the most urgent references (overdue first)."""
    today = today or date.today()
    totals = due_totals(today, within_days)
    first, last = _window(today, within_days)
    items = (_base(None, (Case.reference, Case.due))
             .where((Case.due <= last) & ~_clock_stopped())
             .order_by(Case.due, Case.id)
             .limit(max_items))
    return Reminder(
        today=today,
        within_days=within_days,
        overdue=totals["overdue"],
        due_today=totals["today"],
        due_soon=totals["soon"],
        waiting=totals["waiting"],
        items=tuple(DueItem(ref, due) for ref, due in items.tuples()),
    )


def waiting_cases_with_pauses() -> list[tuple[tuple, list]]:
    """The open cases waiting for the requester under a rule that stops the clock, with what their
    deadline depends on: ((id, received, extended, legal_limit, promise, due, country,
    subdivision, deadline_days, pause_rule), [pauses]). Two queries, whatever the count."""
    rows = list(
        Pause.select(Case.id, Case.received, Case.extended, Case.legal_limit, Case.promise, Case.due,
                     Organisation.country, Organisation.subdivision, Organisation.deadline_days,
                     Organisation.pause_rule)
        .join(Case, JOIN.CROSS).join(Organisation, on=(Case.organisation == Organisation.id))
        .where((Pause.case == Case.id) & Pause.received.is_null() & _open() & (Organisation.pause_rule != "none"))
        .tuples()
    )
    periods: dict[int, list] = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 5000):
        for case_id, requested, received in (Pause.select(Pause.case, Pause.requested, Pause.received)
                                              .where(Pause.case.in_(ids[start:start + 5000]))
                                              .order_by(Pause.case, Pause.requested).tuples()):
            periods.setdefault(case_id, []).append(PausePeriod(requested, received))
    return [(row, periods.get(row[0], [])) for row in rows]


def reminder_days_by_organisation() -> dict[str, int]:
    """Organisation name → days after which an unanswered identity request deserves a reminder."""
    return {org.name: reminder_days(org) for org in Organisation.select()}
