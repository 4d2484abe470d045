"""How far a case is answered, read: the round of the case (its status changes still in force, the
outcomes recorded), the reply letters sent in it. The rules are :mod:`dsar_desk.domain.finishing`;
:mod:`dsar_desk.desk.cases` and :mod:`dsar_desk.desk.letters` enforce them.
"""

from __future__ import annotations

import json
from datetime import date

from dsar_desk.domain.finishing import Round, SentLetter, replay
from dsar_desk.domain.letter_details import REPLY_KINDS
from dsar_desk.store.models import Case, Event, Letter

ROUND_KINDS = ("status", "status-undo", "outcome", "no-letter", "checklist-override")


def round_of(case: Case) -> Round:
    """The status changes of the case still in force, the outcomes recorded in its current round."""
    rows = (Event.select(Event.id, Event.kind, Event.field, Event.old, Event.new, Event.text, Event.who, Event.at)
            .where(Event.case == case).order_by(Event.id).tuples())
    return replay(rows)


def sent_in_round(case: Case, state: Round | None = None) -> list[SentLetter]:
    """The reply letters marked sent since the case was last reopened (all of them if never)."""
    state = state or round_of(case)
    query = (Letter.select(Letter.id, Letter.kind, Letter.version, Letter.sent_on, Letter.details)
             .join(Event, on=(Event.letter_id == Letter.id))
             .where(Letter.case == case, Letter.kind.in_(REPLY_KINDS), Letter.sent_on.is_null(False),
                    Event.kind == "letter-sent", Event.id > state.started_after)
             .order_by(Letter.sent_on, Letter.id))
    out = []
    for letter in query:
        try:
            details = json.loads(letter.details) if letter.details else {}
        except ValueError:  # pragma: no cover - written by us
            details = {}
        sent_on = letter.sent_on if isinstance(letter.sent_on, date) else date.fromisoformat(str(letter.sent_on))
        out.append(SentLetter(letter.kind, letter.version, sent_on, details))
    return out


def recorded_outcomes(case: Case, state: Round | None = None) -> dict[str, dict[str, str]]:
    """Right -> the outcome recorded in the current round ("answered" without a letter, "closed")."""
    return (state or round_of(case)).outcomes()
