"""What can be done to a case now, and why not: the one answer the case detail and the CLI share.

    facts = CaseFacts(status="closed", extended=False, waiting=False, deadline=inputs)
    for action in available_actions(facts, today):
        action.name, action.allowed, action.reason     # reason: a Message when not allowed
    check_action(facts, "extend", today)               # raises CaseRuleError(reason)

The desk layer calls :func:`check_action` before every change, so a front end cannot do what
this module does not allow; the case detail shows a button per allowed action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dsar_desk.domain.cases import (
    OPEN_STATUSES,
    STATUS_LABELS,
    STATUSES,
    TRANSITIONS,
    CaseRuleError,
    allowed_transitions,
)
from dsar_desk.domain.deadlines import DeadlineInput, extension_allowed
from dsar_desk.domain.messages import Message, msg

# Actions besides the status changes ("status:<new status>").
REQUEST_IDENTITY = "request-identity"  # ask the requester for proof of identity (the clock waits)
REQUEST_CLARIFICATION = "request-clarification"  # ask the requester to narrow the request
INFORMATION_RECEIVED = "information-received"  # what was asked arrived (the clock runs again)
EXTEND = "extend"  # two more months (Art. 12(3))
IDENTITY_CHECK = "identity-check"  # record how the identity was checked
MARK_UNFOUNDED = "mark-unfounded"  # manifestly unfounded or excessive (Art. 12(5))
OTHER_ACTIONS = (REQUEST_IDENTITY, REQUEST_CLARIFICATION, INFORMATION_RECEIVED, EXTEND, IDENTITY_CHECK,
                 MARK_UNFOUNDED)


def status_action(new: str) -> str:
    return f"status:{new}"


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know of a case (the desk layer reads it from the database)."""

    status: str
    extended: bool
    waiting: bool  # an open request for information (identity or clarification)
    deadline: DeadlineInput | None = None  # needed to decide on an extension


@dataclass(frozen=True)
class Action:
    name: str
    allowed: bool
    reason: Message | None = None  # why not, when not allowed

    @property
    def status(self) -> str | None:
        """The new status of a status change, else None."""
        return self.name.split(":", 1)[1] if self.name.startswith("status:") else None


def _not_open(status: str, what: str) -> Message:
    return msg("case.action-needs-open-case", "the case is {status}: {what} only while it still owes an answer",
               status=STATUS_LABELS.get(status, status).lower(), what=what)


def transition_problem(old: str, new: str) -> Message | None:
    """Why a case that is ``old`` cannot become ``new`` (the workflow of domain.cases.TRANSITIONS)."""
    if new not in STATUSES:
        return msg("case.status-unknown", "'{status}' is not a status ({known})", status=new, known=list(STATUSES))
    if new in allowed_transitions(old):
        return None
    possible = [STATUS_LABELS[s] for s in allowed_transitions(old)] or ["none"]
    return msg("case.status-not-allowed", "a case that is {old} cannot become {new} (possible: {possible})",
               old=STATUS_LABELS[old].lower(), new=STATUS_LABELS[new].lower(), possible=possible)


def check_transition(old: str, new: str) -> None:
    problem = transition_problem(old, new)
    if problem is not None:
        raise CaseRuleError(problem)


def _decide(facts: CaseFacts, name: str, today: date) -> Message | None:
    """None when ``name`` is allowed now, else the reason why not."""
    is_open = facts.status in OPEN_STATUSES
    if name.startswith("status:"):
        return transition_problem(facts.status, name.split(":", 1)[1])
    if name in (REQUEST_IDENTITY, REQUEST_CLARIFICATION):
        if not is_open:
            return _not_open(facts.status, "the requester can be asked for information")
        if facts.waiting:
            return msg("case.already-waiting", "the case is already waiting for the requester")
        return None
    if name == INFORMATION_RECEIVED:
        if not facts.waiting:
            return msg("case.not-waiting", "the case is not waiting for the requester")
        if not is_open:
            return _not_open(facts.status, "an answer of the requester can be recorded")
        return None
    if name == EXTEND:
        if not is_open:
            return _not_open(facts.status, "the deadline can be extended")
        if facts.extended:
            return msg("case.already-extended", "the case is already extended")
        if facts.deadline is not None:
            ok, why = extension_allowed(facts.deadline, today)
            if not ok:
                return why
        return None
    if name == IDENTITY_CHECK:
        return None if is_open else _not_open(facts.status, "an identity check can be recorded")
    if name == MARK_UNFOUNDED:
        return None if is_open else _not_open(facts.status, "a request can be marked manifestly unfounded or excessive")
    raise KeyError(name)


def available_actions(facts: CaseFacts, today: date) -> list[Action]:
    """Every action with whether it is allowed now and, if not, why: status changes first."""
    names = [status_action(s) for s in STATUSES if s != facts.status and s in _reachable_statuses()]
    names += list(OTHER_ACTIONS)
    return [Action(n, (r := _decide(facts, n, today)) is None, r) for n in names]


def allowed(facts: CaseFacts, today: date) -> list[Action]:
    """Only the actions allowed now."""
    return [a for a in available_actions(facts, today) if a.allowed]


def check_action(facts: CaseFacts, name: str, today: date) -> None:
    """Raise :class:`CaseRuleError` with the reason when ``name`` is not allowed now."""
    reason = _decide(facts, name, today)
    if reason is not None:
        raise CaseRuleError(reason)


def _reachable_statuses() -> set[str]:
    return {s for targets in TRANSITIONS.values() for s in targets}
