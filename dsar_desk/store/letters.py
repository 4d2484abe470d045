"""Letters kept with their case, read: the versions, when they were sent, the files to write.

A letter is made and marked sent by the application layer (:mod:`dsar_desk.desk.letters`). It is
never changed once kept: the stored bytes and their SHA-256 stay the evidence of what was sent
(the database refuses anything else: triggers of migration 3).
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from peewee import fn

from dsar_desk.domain.letter_content import LetterLayout, action_outcome, search_outcome
from dsar_desk.domain.letter_details import REPLY_KINDS, extension_letter_owed, letter_problem
from dsar_desk.domain.messages import msg
from dsar_desk.store.checklist import items_of
from dsar_desk.store.models import Case, Event, Letter, Organisation, Pause, Setting
from dsar_desk.store.organisations import profile_of

# -- the organisation's letter layout (window envelope, fold marks) ---------------------------------

def layout_key(org: Organisation) -> str:
    return f"letter_layout.{org.slug}"


def layout_of(org: Organisation) -> LetterLayout:
    """The organisation's window position: DIN 5008 (left window) unless set otherwise."""
    row = Setting.get_or_none(Setting.key == layout_key(org))
    if row is None:  # French organisations post in right-window envelopes
        return LetterLayout("fr-right") if (org.country or "").upper() == "FR" else LetterLayout()
    try:
        data = json.loads(row.value)
        window_mm = tuple(float(x) for x in data["window_mm"]) if data.get("window_mm") else None
        return LetterLayout(str(data.get("window", "din5008")), window_mm, bool(data.get("fold_marks", True)))
    except (ValueError, TypeError, KeyError):
        return LetterLayout()


# -- what the case says -------------------------------------------------------------------------

def refusal_reasons(case: Case) -> str:
    """The reasons the clerk gave when refusing (unfounded/excessive mark, status note, or outcomes)."""
    if case.unfounded and case.unfounded_reason.strip():
        return case.unfounded_reason.strip()
    event = (
        Event.select(Event.text)
        .where(Event.case == case, Event.kind == "status", Event.new == "refused", Event.text != "")
        .order_by(Event.at.desc(), Event.id.desc())
        .first()
    )
    if event is not None:
        return event.text
    try:
        outcomes = json.loads(case.outcomes) if case.outcomes else {}
    except ValueError:
        outcomes = {}
    reasons = [o.get("reason", "") for o in outcomes.values() if o.get("outcome") in ("refused", "partly") and o.get("reason")]
    return "\n\n".join(reasons)


def case_facts(case: Case) -> dict:
    """What a letter takes from the case beyond the intake, in one place: the checklist's
    searches (the access answer lists the activities where data were found) and its acts (what was
    done, who was told, what is kept under an exception), the channel, when the proof of identity
    was asked, the fee asked."""
    activities = [p.get("id") for p in profile_of(case.organisation).processing]
    items = items_of(case)
    rows = [(i.activity, i.action, i.state) for i in items]
    acts = action_outcome([(i.position, i.action, i.right, i.target, i.state, i.exception) for i in items])
    asked = (Pause.select(Pause.requested).where(Pause.case == case, Pause.reason == "identity")
             .order_by(Pause.requested.desc()).first())
    return {**search_outcome(rows, activities), **acts, "channel": case.channel or "",
            "identity_asked_on": asked.requested if asked else None, "fee_cents": case.fee_asked_cents}


def postable(letter: Letter) -> bool:
    """Whether the letter shows a postal address of the organisation (its report says so)."""
    try:
        return bool(json.loads(letter.report or "{}").get("postable", True))
    except ValueError:  # pragma: no cover - written by us
        return True


def kinds_made(case: Case) -> set[str]:
    return {k for (k,) in Letter.select(Letter.kind).where(Letter.case == case).distinct().tuples()}


def extension_letter_still_owed(case: Case) -> bool:
    """Extended, and no extension letter made yet (Art. 12(3))."""
    return extension_letter_owed(bool(case.extended), kinds_made(case) if case.extended else set())


# -- reading ----------------------------------------------------------------------------------------

def letters_of(case: Case, with_pdf: bool = False) -> list[Letter]:
    """The letters of a case, oldest first (without their bytes unless asked)."""
    columns = [c for c in Letter._meta.sorted_fields
               if with_pdf or c.name not in ("pdf", "annex_json", "annex_csv")]
    return list(Letter.select(*columns).where(Letter.case == case).order_by(Letter.made_at, Letter.id))


def get_letter(letter_id: int) -> Letter:
    letter = Letter.get_or_none(Letter.id == letter_id)
    if letter is None:
        raise letter_problem("letter", msg("letter.unknown-id", "there is no letter {id}", id=letter_id))
    return letter


def find_letter(case: Case, version_or_id: str, kind: str | None = None) -> Letter:
    """A letter of the case by its id ("#12" or "12"), or "KIND:VERSION"/"vN" (of ``kind``)."""
    text = (version_or_id or "").strip().lower()
    m = re.fullmatch(r"([a-z-]+)[:@]v?(\d+)", text)
    query = Letter.select().where(Letter.case == case)
    if m:
        row = query.where(Letter.kind == m.group(1), Letter.version == int(m.group(2))).first()
    elif re.fullmatch(r"v\d+", text):
        if not kind:
            raise letter_problem("letter", msg("letter.ref-needs-kind",
                                               "'{given}': say the kind too (KIND:VERSION), or give the letter's id",
                                               given=version_or_id))
        row = query.where(Letter.kind == kind, Letter.version == int(text[1:])).first()
    elif re.fullmatch(r"#?\d+", text):
        number = int(text.lstrip("#"))
        row = query.where(Letter.id == number).first()
        if row is None and kind:
            row = query.where(Letter.kind == kind, Letter.version == number).first()
    else:
        raise letter_problem("letter", msg("letter.ref-invalid", "'{given}' is neither a letter id nor KIND:VERSION",
                                           given=version_or_id))
    if row is None:
        raise letter_problem("letter", msg("letter.ref-not-found", "the case has no letter '{given}'",
                                           given=version_or_id))
    return row


def letter_dict(letter: Letter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "kind": letter.kind,
        "version": letter.version,
        "language": letter.language,
        "sha256": letter.sha256,
        "size": letter.size,
        "who": letter.who,
        "made_at": letter.made_at.isoformat() + "Z",
        "override_reason": letter.override_reason or None,
        "register_version": (json.loads(letter.report) if letter.report else {}).get("register_version"),
        "annex": [n for n in (letter.annex_json_name, letter.annex_csv_name) if n],
        "sent": None if not letter.is_sent else {
            "method": letter.sent_method,
            "on": letter.sent_on.isoformat(),
            "tracking": letter.sent_tracking,
            "by": letter.sent_by,
        },
    }


def answered_on(case: Case) -> date | None:
    """The day the first reply letter was sent: evidence of when the organisation answered."""
    first = (
        Letter.select(fn.MIN(Letter.sent_on))
        .where(Letter.case == case, Letter.kind.in_(REPLY_KINDS), Letter.sent_on.is_null(False))
        .scalar()
    )
    return date.fromisoformat(first) if isinstance(first, str) else first  # SQLite MIN() gives the stored text


def letters_summary(case: Case) -> dict[str, Any]:
    """For case_dict: the letters made, and when the organisation answered."""
    first = answered_on(case)
    return {"letters": [letter_dict(x) for x in letters_of(case)], "answered_on": first.isoformat() if first else None}
