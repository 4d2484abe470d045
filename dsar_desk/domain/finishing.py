"""Closing means finished: which letter answers which right, and how; what a new letter may not
contradict; what "answered" and "closed" need; which status changes ask for confirmation; undoing
the last status change.

    answers = letter_outcomes("erasure", {"erasure_exception": "legal-claims"}, ["erasure"])
    #  {"erasure": ("partly-granted",)}: data were kept, so the erasure is only partly granted
    why = contradiction("no-data", {}, ["access"], sent)   # a Message when a letter sent says otherwise
    problems = answer_problems(["access", "erasure"], sent, given)   # before "answered"
    final, problems = closing_outcomes(rights, sent, recorded, given, status)   # before "closed"

A case gives one answer per right in a *round*: from its receipt, or from the last time it was
reopened (moved from answered, closed, refused or withdrawn back to work), to its end. The letters
sent in the round answer the rights they cover (:func:`letter_outcomes`); a right no letter
answers is answered only with an explicit outcome and the reason no letter is needed ("answered by
phone and confirmed by e-mail"). A letter that would say the opposite of a letter sent in the round
(no data held after an access answer, an erasure granted after a refusal) is refused with the
reason.

The timeline stays append-only: undoing a status change writes a new event ("status-undo") that
names what it undoes; :func:`replay` reads the events in order and tells what still holds.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from dsar_desk.domain.cases import (
    OPEN_STATUSES,
    OUTCOME_LABELS,
    OUTCOMES,
    OUTCOMES_NEEDING_REASON,
    RIGHT_LABELS,
    RIGHTS,
    STATUS_LABELS,
    FieldProblem,
)
from dsar_desk.domain.letter_content.model import COMBINED_ORDER
from dsar_desk.domain.letter_details import KIND_LABELS, REPLY_KINDS
from dsar_desk.domain.messages import Message, msg
from dsar_desk.domain.text import text_problem

__all__ = [
    "END_STATUSES", "POSITIVE", "UNDO_MINUTES", "NO_LETTER_MAX", "SentLetter", "Round", "StatusChange",
    "letter_outcomes", "covered", "contradiction", "answer_problems", "closing_outcomes", "needs_confirmation",
    "is_reopening", "replay", "undo_problem", "outcome_text", "outcome_reason",
]

# The statuses in which the case no longer owes an answer; moving back from them reopens it.
END_STATUSES = ("answered", "closed", "refused", "withdrawn")
POSITIVE = ("granted", "partly-granted")
# How long after a status change it can still be undone (the GUI offers it only for the change it
# made itself in this session).
UNDO_MINUTES = 60
NO_LETTER_MAX = 2000

# Kinds that answer every right asked at once, and the outcomes they give.
_BLANKET = {
    "refusal": ("refused",),
    "identity-closing": ("refused",),
    "no-data": ("no-data",),
    # the request was not ours to answer: nothing done for the rights asked
    "wrong-organisation": ("refused", "no-data"),
    "forwarded": ("refused", "no-data"),
    "deceased": ("refused", "no-data"),
}


@dataclass(frozen=True)
class SentLetter:
    """A reply letter sent in the current round, as the rules need it."""

    kind: str
    version: int
    sent_on: date
    details: Mapping[str, Any] = field(default_factory=dict)  # as kept with the letter


def _section_outcomes(kind: str, details: Mapping[str, Any]) -> tuple[str, ...]:
    if kind == "access":
        return POSITIVE
    if kind == "partial-access":
        return ("partly-granted",)
    if kind == "rectification-refused":
        return ("partly-granted",) if details.get("rectified_fields") else ("refused",)
    if kind == "erasure":
        return ("partly-granted",) if details.get("erasure_exception") else ("granted",)
    if kind == "objection":
        stopped = details.get("objection_direct_marketing", True) or not details.get("objection_compelling_grounds")
        return ("granted",) if stopped else ("refused", "partly-granted")
    if kind == "withdraw-consent":
        return ("granted",)
    return POSITIVE  # rectification, restriction, portability


_RIGHT_OF = {"access": "access", "partial-access": "access", "rectification": "rectification",
             "rectification-refused": "rectification", "erasure": "erasure", "restriction": "restriction",
             "objection": "objection", "withdraw-consent": "withdraw-consent", "portability": "portability"}


def letter_outcomes(kind: str, details: Mapping[str, Any] | None, rights: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The rights a letter answers and the outcomes it gives each ({} for a letter that answers
    nothing: acknowledgement, identity request, extension, fee...)."""
    details = details or {}
    rights = list(rights)
    if kind in _BLANKET:
        return {r: _BLANKET[kind] for r in rights}
    if kind == "combined":
        wanted = list(details.get("sections") or []) or [r for r in rights if r in COMBINED_ORDER]
        return {s: _section_outcomes(s, details) for s in COMBINED_ORDER if s in wanted}
    right = _RIGHT_OF.get(kind)
    if right is None or kind not in REPLY_KINDS:
        return {}
    return {right: _section_outcomes(kind, details)}


def covered(sent: Iterable[SentLetter], rights: Iterable[str]) -> dict[str, tuple[tuple[str, ...], SentLetter]]:
    """Right -> (the outcomes the letters sent allow, the latest letter answering it)."""
    out: dict[str, tuple[tuple[str, ...], SentLetter]] = {}
    rights = list(rights)
    for letter in sorted(sent, key=lambda x: x.sent_on):
        for right, outcomes in letter_outcomes(letter.kind, letter.details, rights).items():
            if right not in rights:
                continue
            before = out.get(right, ((), letter))[0]
            allowed = tuple(o for o in OUTCOMES if o in set(before) | set(outcomes))
            out[right] = (allowed, letter)
    return out


def _group(outcome: str) -> str:
    return "positive" if outcome in POSITIVE else outcome


def _letter_name(letter: SentLetter) -> str:
    return KIND_LABELS.get(letter.kind, letter.kind)


def _outcome_words(outcomes: Iterable[str]) -> list[str]:
    return [OUTCOME_LABELS[o] for o in outcomes]


def contradiction(kind: str, details: Mapping[str, Any] | None, rights: Iterable[str],
                  sent: Iterable[SentLetter]) -> Message | None:
    """Why a letter of ``kind`` would contradict a reply letter sent in this round, or None."""
    rights = list(rights)
    new = letter_outcomes(kind, details, rights)
    for right, outcomes in new.items():
        for letter in sorted(sent, key=lambda x: x.sent_on):
            old = letter_outcomes(letter.kind, letter.details, rights).get(right)
            if not old or {_group(o) for o in old} & {_group(o) for o in outcomes}:
                continue
            if "no-data" in outcomes and set(old) <= set(POSITIVE):
                return msg("answer.no-data-after-answer",
                           "{right}: the letter \u201c{sent}\u201d sent on {day:long} told the requester which data "
                           "are held; a \u201c{letter}\u201d letter would say the opposite",
                           right=RIGHT_LABELS.get(right, right), sent=_letter_name(letter), day=letter.sent_on,
                           letter=KIND_LABELS.get(kind, kind))
            return msg("answer.letter-contradicts",
                       "{right}: this letter answers {new}, but the letter \u201c{sent}\u201d sent on {day:long} "
                       "answered {old}; a case gives one answer per right (to answer anew, reopen the case and say "
                       "why in the timeline)",
                       right=RIGHT_LABELS.get(right, right), new=_outcome_words(outcomes), sent=_letter_name(letter),
                       day=letter.sent_on, old=_outcome_words(old))
    return None


def _no_letter_problems(right: str, entry: Mapping[str, Any]) -> list[FieldProblem]:
    label = RIGHT_LABELS.get(right, right)
    why = " ".join(str(entry.get("no_letter") or "").split())
    outcome = entry.get("outcome")
    problems = []
    if not why:
        problems.append(FieldProblem("outcome", msg(
            "answer.right-unanswered",
            "{right}: no letter answering it was sent; send one and mark it sent, or record the outcome with the "
            "reason no letter is needed (e.g. answered by phone and confirmed by e-mail)", right=label)))
        return problems
    if len(why) > NO_LETTER_MAX:
        problems.append(FieldProblem("outcome", msg("answer.no-letter-too-long",
                                                    "{right}: the reason is longer than {max} characters",
                                                    right=label, max=NO_LETTER_MAX)))
    problem = text_problem(why)
    if problem:
        problems.append(FieldProblem("outcome", problem))
    if outcome not in OUTCOMES:
        problems.append(FieldProblem("outcome", msg("case.choose-outcome", "{label}: choose an outcome ({known})",
                                                    label=label, known=_outcome_words(OUTCOMES))))
    elif outcome in OUTCOMES_NEEDING_REASON and not (entry.get("reason") or "").strip():
        problems.append(FieldProblem("outcome", msg("case.give-reason", "{label}: give the reason for '{value}'",
                                                    label=label, value=OUTCOME_LABELS[outcome])))
    return problems


def _unknown_rights(rights: list[str], given: Mapping[str, Any]) -> list[FieldProblem]:
    return [FieldProblem("outcome", msg("case.was-asked-case", "'{right}' was not asked in this case",
                                        right=RIGHT_LABELS.get(r, r) if r in RIGHTS else r))
            for r in given if r not in rights]


def answer_problems(rights: Iterable[str], sent: Iterable[SentLetter],
                    given: Mapping[str, Mapping[str, Any]] | None) -> list[FieldProblem]:
    """Before "answered": every right asked is answered by a letter sent in this round, or by an
    explicit outcome with the reason no letter is needed (``given``: right -> {"outcome", "reason",
    "no_letter"}). An outcome given for a right a letter answers must agree with that letter."""
    rights, given = list(rights), dict(given or {})
    problems = _unknown_rights(rights, given)
    answered = covered(sent, rights)
    for right in rights:
        entry = given.get(right) or {}
        if right in answered:
            allowed, letter = answered[right]
            if entry.get("outcome") and entry["outcome"] not in allowed:
                problems.append(_mismatch(right, entry["outcome"], allowed, letter))
            continue
        problems += _no_letter_problems(right, entry)
    return problems


def _mismatch(right: str, outcome: str, allowed: tuple[str, ...], letter: SentLetter) -> FieldProblem:
    return FieldProblem("outcome", msg(
        "answer.outcome-mismatch",
        "{right}: \u201c{outcome}\u201d does not match what was sent: the letter \u201c{letter}\u201d of {day:long} "
        "answers {allowed}", right=RIGHT_LABELS.get(right, right), outcome=OUTCOME_LABELS.get(outcome, outcome),
        letter=_letter_name(letter), day=letter.sent_on, allowed=_outcome_words(allowed)))


def closing_outcomes(rights: Iterable[str], sent: Iterable[SentLetter], recorded: Mapping[str, Mapping[str, Any]],
                     given: Mapping[str, Mapping[str, Any]] | None, status: str
                     ) -> tuple[dict[str, dict[str, str]], list[FieldProblem]]:
    """The outcome of every right at closing, and the problems.

    A right a letter answers takes the letter's outcome (the clerk may choose between those the
    letters allow, e.g. granted or partly granted); a right answered without a letter keeps the
    outcome recorded then (``recorded``); a withdrawn request needs no letter. Otherwise the right
    must be answered now as at "answered" (a refused case closes only once the requester was told).
    """
    rights, given = list(rights), dict(given or {})
    problems = _unknown_rights(rights, given)
    answered = covered(sent, rights)
    final: dict[str, dict[str, str]] = {}
    for right in rights:
        entry = dict(given.get(right) or {})
        label = RIGHT_LABELS.get(right, right)
        before = recorded.get(right) or {}
        if right in answered:
            allowed, letter = answered[right]
            outcome = entry.get("outcome") or (allowed[0] if len(allowed) == 1 else before.get("outcome"))
            if not outcome:
                problems.append(FieldProblem("outcome", msg(
                    "answer.choose-between", "{right}: choose the outcome ({allowed}: the letter \u201c{letter}\u201d "
                    "allows either)", right=label, allowed=_outcome_words(allowed), letter=_letter_name(letter))))
                continue
            if outcome not in allowed:
                problems.append(_mismatch(right, outcome, allowed, letter))
                continue
            reason = (entry.get("reason") or "").strip() or (
                f"as the letter \u201c{_letter_name(letter)}\u201d v{letter.version} sent on "
                f"{letter.sent_on.isoformat()} says" if outcome in OUTCOMES_NEEDING_REASON else "")
            final[right] = {"outcome": outcome, "reason": reason}
            continue
        if before.get("no_letter"):
            if entry.get("outcome") and entry["outcome"] != before.get("outcome"):
                problems.append(FieldProblem("outcome", msg(
                    "answer.no-letter-fixed", "{right}: it was answered as \u201c{outcome}\u201d without a letter; "
                    "to change that, reopen the case", right=label,
                    outcome=OUTCOME_LABELS.get(before.get("outcome"), before.get("outcome")))))
                continue
            final[right] = {"outcome": str(before.get("outcome")), "reason": str(before.get("reason") or ""),
                            "no_letter": str(before["no_letter"])}
            continue
        if status == "withdrawn":
            final[right] = {"outcome": str(entry.get("outcome") or ""), "reason": str(entry.get("reason") or "")}
            if entry.get("outcome") not in OUTCOMES:
                problems.append(FieldProblem("outcome", msg("case.choose-outcome",
                                                            "{label}: choose an outcome ({known})",
                                                            label=label, known=_outcome_words(OUTCOMES))))
            elif entry["outcome"] in OUTCOMES_NEEDING_REASON and not final[right]["reason"].strip():
                problems.append(FieldProblem("outcome", msg("case.give-reason",
                                                            "{label}: give the reason for '{value}'", label=label,
                                                            value=OUTCOME_LABELS[entry["outcome"]])))
            continue
        found = _no_letter_problems(right, entry)
        problems += found
        if not found:
            final[right] = {"outcome": str(entry["outcome"]), "reason": str(entry.get("reason") or "").strip(),
                            "no_letter": " ".join(str(entry["no_letter"]).split())}
    return final, problems


# -- confirmation ---------------------------------------------------------------------------------

def is_reopening(old: str, new: str) -> bool:
    """Back to work from a status that no longer owes an answer: a new round begins."""
    return old in END_STATUSES and new in OPEN_STATUSES


def needs_confirmation(old: str, new: str) -> bool:
    """The status changes that matter ask the clerk to confirm: answered, closed, refused,
    withdrawn, and back to work from any of them."""
    return new in END_STATUSES or is_reopening(old, new)


# -- the record, replayed ---------------------------------------------------------------------------

@dataclass
class StatusChange:
    event_id: int
    old: str
    new: str
    who: str
    at: datetime
    outcomes: dict[str, dict[str, str]] = field(default_factory=dict)  # recorded with this change


FOLLOW_UPS = ("outcome", "no-letter", "checklist-override")  # written with a status change, right after it


@dataclass
class Round:
    """What the events of a case still say, once the undone changes are left out."""

    started_after: int  # the id of the event that reopened the case (0: from its receipt)
    changes: list[StatusChange]  # every status change still in force, oldest first
    since_last: list[str] = field(default_factory=list)  # kinds of the events after the last status event
    last_was_undo: bool = False  # the newest status event is an undo

    @property
    def last_change(self) -> StatusChange | None:
        return self.changes[-1] if self.changes else None

    def outcomes(self) -> dict[str, dict[str, str]]:
        """Right -> the outcome recorded in this round (by "answered" without a letter, or "closed")."""
        out: dict[str, dict[str, str]] = {}
        for change in self.changes:
            if change.event_id > self.started_after:
                for right, entry in change.outcomes.items():
                    out.setdefault(right, {}).update(entry)
        return out


def outcome_text(outcome: str, reason: str = "") -> str:
    """The timeline text of an outcome event: "Refused: the reason"."""
    text = OUTCOME_LABELS.get(outcome, outcome)
    return f"{text}: {reason.strip()}" if reason.strip() else text


def outcome_reason(outcome: str, text: str) -> str:
    prefix = OUTCOME_LABELS.get(outcome, outcome) + ": "
    return text[len(prefix):] if text.startswith(prefix) else ""


def replay(events: Iterable[tuple[int, str, str, str, str, str, str, datetime]]) -> Round:
    """The events of a case, oldest first, as (id, kind, field, old, new, text, who, at).

    A "status" event is a change; the "outcome" and "no-letter" events right after it belong to it;
    a "status-undo" event takes the last change back (and what belongs to it)."""
    changes: list[StatusChange] = []
    since: list[str] = []
    undo = False
    for event_id, kind, fld, old, new, text, who, at in events:
        if kind == "status":
            changes.append(StatusChange(event_id, old, new, who, at))
            since, undo = [], False
        elif kind == "status-undo":
            if changes:
                changes.pop()
            since, undo = [], True
        else:
            belongs = bool(changes) and set(since) <= set(FOLLOW_UPS)  # written with the last change
            if belongs and kind == "outcome":
                changes[-1].outcomes.setdefault(fld, {}).update({"outcome": new, "reason": outcome_reason(new, text)})
            elif belongs and kind == "no-letter":
                changes[-1].outcomes.setdefault(fld, {})["no_letter"] = text
            since.append(kind)
    started = 0
    for change in changes:
        if is_reopening(change.old, change.new):
            started = change.event_id
    return Round(started, changes, since, undo)


def undo_problem(state: Round, who: str, now: datetime) -> Message | None:
    """Why the last status change cannot be undone now, or None.

    Only the last status change, when nothing was recorded on the case after it (but what was
    written with it), by the clerk who made it, within UNDO_MINUTES; an undo is not undone
    (change the status again instead)."""
    change = state.last_change
    if state.last_was_undo and not state.since_last:
        return msg("undo.already-undone", "the last status change was already undone; change the status again instead")
    if change is None:
        return msg("undo.nothing", "the case has no status change to undo")
    status = STATUS_LABELS.get(change.new, change.new).lower()
    if state.last_was_undo or any(kind not in FOLLOW_UPS for kind in state.since_last):
        return msg("undo.not-last", "something was recorded on the case after the change to {status} (a letter, a "
                   "note, a checklist mark…): only a status change that is the last thing done can be undone",
                   status=status)
    if change.who != who:
        return msg("undo.other-clerk", "the change to {status} was made by {who}: only they can undo it",
                   status=status, who=change.who)
    if now - change.at > timedelta(minutes=UNDO_MINUTES):
        return msg("undo.too-late", "the change to {status} was made more than {minutes} minutes ago: change the "
                   "status again instead", status=status, minutes=UNDO_MINUTES)
    return None
