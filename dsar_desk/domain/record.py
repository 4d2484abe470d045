"""The tamper-evident record: how the timeline of every case is chained, and how it is checked.

The design, in full:

* One chain for the whole database, in the order events were written (their id). Each event
  stores ``prev_hash``, the ``hash`` of the event written just before it (64 zeros for the
  first), and its own ``hash``: SHA-256 of a canonical JSON array of ``prev_hash``, the case id,
  the time, who, the kind, field, old and new values, the text, and, for an event about a letter
  ("letter" made, "letter-sent"), that letter's SHA-256. Changing, removing or inserting an
  event anywhere breaks the link of the event after it; changing a letter's bytes breaks the
  hash of the event that recorded it; a letter without its event, or an event dated before the
  one written before it, is caught too.
* The database refuses such changes in the first place (triggers of migration 6: events and
  letters cannot be updated, deleted or replaced, and events are appended in time order); the
  chain catches what is done behind the triggers' back (a tool that drops them).
* The only deletion the app itself makes is the retention purge of closed cases: it records, in
  a gap record that is chained too, the link it cuts (the event after the gap, and the hash it
  expects before it), how many events went and which case references. The walk accepts a
  broken link only where a gap record says so.
* Anyone may recompute a chain with this published algorithm; rewriting the record *and* its
  chain from some point on is caught by comparing it with the chain heads of the backups the
  app wrote (a backup's last event must still be in the record, with the same hash).

Plain Python: the store feeds rows in id order, on SQLite or a server alike.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from dsar_desk.domain.messages import Message, msg

GENESIS = "0" * 64
LETTER_EVENTS = ("letter", "letter-sent")


def moment(at: datetime | str) -> str:
    """The canonical text of an event's time (stored without fractions of a second)."""
    if isinstance(at, str):
        return at[:19].replace("T", " ")
    return at.strftime("%Y-%m-%d %H:%M:%S")


def event_hash(prev_hash: str, case_id: int, at: datetime | str, who: str, kind: str, field: str, old: str,
               new: str, text: str, letter_sha256: str = "") -> str:
    payload = [prev_hash, int(case_id), moment(at), who, kind, field or "", old or "", new or "", text or "",
               letter_sha256 or ""]
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def gap_hash(prev_gap_hash: str, after_event_id: int, prev_hash: str, deleted_events: int, references: str,
             reason: str, at: datetime | str) -> str:
    payload = [prev_gap_hash, int(after_event_id), prev_hash, int(deleted_events), references, reason, moment(at)]
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class EventRow:
    id: int
    case_id: int
    reference: str  # the case's, for the message ("" when the case row itself is gone)
    at: datetime | str
    who: str
    kind: str
    field: str
    old: str
    new: str
    text: str
    prev_hash: str
    hash: str
    letter_id: int | None = None
    letter_sha256: str | None = None  # None: the letter of a letter event is missing


@dataclass(frozen=True)
class GapRow:
    id: int
    after_event_id: int  # the first event after the deleted ones (0: none was left after them)
    prev_hash: str  # the hash that event's prev_hash names: the last deleted event's
    deleted_events: int
    references: str
    reason: str
    at: datetime | str
    prev_gap_hash: str
    hash: str


@dataclass
class Verdict:
    """What the walk found: ``ok``, and where it first did not hold."""

    events: int = 0
    letters: int = 0
    gaps: int = 0
    head: str = GENESIS
    problems: list[Message] = field(default_factory=list)
    first_bad_event: int | None = None
    first_bad_reference: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, problem: Message, event_id: int | None = None, reference: str | None = None) -> None:
        if not self.problems:
            self.first_bad_event, self.first_bad_reference = event_id, reference
        self.problems.append(problem)


def walk(events: Iterable[EventRow], gaps: list[GapRow], max_problems: int = 20, time_order_after: int = 0) -> Verdict:
    """Check the chain of ``events`` (in id order) and of the gap records. Events up to id
    ``time_order_after`` were written before the chain existed: their times are not checked for order."""
    verdict = Verdict()
    expected_gap = GENESIS
    allowed: dict[tuple[int, str], GapRow] = {}
    for gap in gaps:
        verdict.gaps += 1
        good = gap_hash(gap.prev_gap_hash, gap.after_event_id, gap.prev_hash, gap.deleted_events, gap.references,
                        gap.reason, gap.at)
        if gap.prev_gap_hash != expected_gap or gap.hash != good:
            verdict.fail(msg("record.gap-forged", "the record of the retention purge of {at} was changed",
                             at=moment(gap.at)))
        expected_gap = gap.hash
        allowed[(gap.after_event_id, gap.prev_hash)] = gap
    prev, last_at = GENESIS, ""
    for e in events:
        verdict.events += 1
        where = dict(reference=e.reference or f"#{e.case_id}", event=e.id)
        if e.prev_hash != prev and (e.id, e.prev_hash) not in allowed:
            verdict.fail(msg("record.link-broken", "case {reference}, event {event}: the event before it is missing "
                             "or was changed", **where), e.id, e.reference)
        sha = ""
        if e.kind in LETTER_EVENTS and e.letter_id is not None:
            verdict.letters += 1
            if e.letter_sha256 is None:
                verdict.fail(msg("record.letter-missing", "case {reference}, event {event}: the letter it records "
                                 "is missing", **where), e.id, e.reference)
            sha = e.letter_sha256 or ""
        if e.hash != event_hash(e.prev_hash, e.case_id, e.at, e.who, e.kind, e.field, e.old, e.new, e.text, sha):
            what = ("the letter it records was changed" if e.kind in LETTER_EVENTS and e.letter_id is not None
                    else "it was changed")
            verdict.fail(msg("record.event-changed", "case {reference}, event {event}: {what}", what=what, **where),
                         e.id, e.reference)
        stamp = moment(e.at)
        if stamp < last_at and e.id > time_order_after:
            verdict.fail(msg("record.back-dated", "case {reference}, event {event}: dated before the event written "
                             "before it", **where), e.id, e.reference)
        last_at = max(last_at, stamp)
        prev = e.hash
        if len(verdict.problems) >= max_problems:
            break
    verdict.head = prev
    return verdict
