"""The due-date seam: the one way a stored case is turned into the deadline engine's input.

Every screen and command asks :func:`deadline_of` for a case's deadline; the desk layer calls
:func:`refresh_deadline` whenever something the deadline depends on changed (received date,
extension, a pause, the organisation's rules), so that the stored ``legal_limit``, ``first_limit``, ``promise``
and ``due`` the case list sorts and filters on always equal the engine's answer.

A leaf: it imports the models and the domain only.
"""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.deadlines import Deadline, DeadlineInput, compute_deadline
from dsar_desk.domain.deadlines import Pause as PausePeriod
from dsar_desk.store.models import Case, Organisation, Pause


def deadline_input(case: Case, org: Organisation | None = None) -> DeadlineInput:
    org = org or case.organisation
    pauses = tuple(
        PausePeriod(requested=p.requested, received=p.received)
        for p in Pause.select().where(Pause.case == case).order_by(Pause.requested)
    ) if case.id else ()
    return DeadlineInput(
        received=case.received,
        country=org.country,
        subdivision=org.subdivision,
        promise_days=org.deadline_days,
        extended=bool(case.extended),
        pauses=pauses,
        pause_rule=org.pause_rule,
    )


def deadline_of(case: Case, language: str = "en", today: date | None = None) -> Deadline:
    """The one function every screen and command asks for a case's deadline."""
    return compute_deadline(deadline_input(case), language=language, today=today or date.today())


def refresh_deadline(case: Case, today: date | None = None) -> Deadline:
    """Recompute the case's legal limit, first limit, promise and due date into its fields (the
    caller saves). ``first_limit``: the one-month limit with pauses, also once extended (the
    figures check that an extension was notified by then)."""
    deadline = compute_deadline(deadline_input(case), language="en", today=today or date.today())
    case.legal_limit = deadline.legal_limit
    case.first_limit = deadline.first_limit
    case.promise = deadline.promise
    case.due = deadline.due
    return deadline
