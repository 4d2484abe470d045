"""Keeping stored due dates equal to the deadline engine's answer when the rules around them move."""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, compute_deadline, prepare_calendar
from dsar_desk.store.db import writing
from dsar_desk.store.deadlines import refresh_deadline
from dsar_desk.store.models import Case, Organisation
from dsar_desk.store.today import waiting_cases_with_pauses


def prepare_calendars(today: date | None = None) -> int:
    """The public-holiday calendars of every organisation's country, for last year to next year,
    built now (about 0.2 s the first time) rather than when the clerk first opens a case."""
    year = (today or date.today()).year
    places = {(org.country, org.subdivision or None) for org in Organisation.select(Organisation.country,
                                                                                   Organisation.subdivision)}
    for country, subdivision in places:
        prepare_calendar(country, subdivision, range(year - 1, year + 2))
    return len(places)


def refresh_open_cases(org: Organisation) -> int:
    """After a change of the organisation's deadline settings; returns how many due dates moved."""
    moved = 0
    with writing():
        for case in Case.select().where(Case.organisation == org, Case.status.in_(OPEN_STATUSES)):
            before = case.due
            refresh_deadline(case)
            if case.due != before:
                moved += 1
                case.save()
    return moved


def refresh_waiting_deadlines(today: date | None = None) -> int:
    """Store today's due date of the cases waiting for the requester; returns how many moved.

    While a pause is open under "suspend" or "restart", the engine's due date moves on by a day
    every day waited, but the stored ``due`` (what the case list sorts and filters on) is only
    recomputed on a change of the case. Run at start and every morning, this keeps the list's
    "due" and "overdue" in step with the engine. Only the waiting cases are read (few), with
    their pauses in one query; no timeline event (the move is the rule, not a decision).
    """
    today = today or date.today()
    rows = waiting_cases_with_pauses()
    moved = 0
    with writing():
        for (case_id, received, extended, legal, promise, due, country, sub, days, rule), periods in rows:
            try:
                d = compute_deadline(DeadlineInput(received=received, country=country, subdivision=sub,
                                                   promise_days=days, extended=bool(extended),
                                                   pauses=tuple(periods), pause_rule=rule),
                                     language="en", today=today)
            except DeadlineError:  # pragma: no cover - stored cases always have a computable deadline
                continue
            if (d.legal_limit, d.promise, d.due) != (legal, promise, due):
                Case.update(legal_limit=d.legal_limit, first_limit=d.first_limit, promise=d.promise,
                            due=d.due).where(Case.id == case_id).execute()
                moved += 1
    return moved
