"""The fulfilment checklist of a case, planned from the register of processing (GDPR Art. 30).

    items = plan_checklist(profile, ["access", "erasure"])
    problems = check_mark(item.right, item.action, "not-applicable", note="", exception=None)

What the register asks for each right:
    access                               "search <system>" for every system of every activity
    erasure, rectification, restriction  "act in <system>" for every system of every activity, and
                                         "inform <recipient>" for every recipient of the activity
                                         (Art. 19: the recipients are told of the change)

An activity whose register lists no system still gets one item ("search the records of <activity>"),
so that no activity of the register is forgotten and each can be marked as not concerning the
requester. Each item has a stable key: building the checklist again (the rights changed, the register
changed) adds the missing items and never duplicates one.

States:
    open             still to do
    done             done; the note says what was found or done
    not-applicable   with a reason (required), e.g. "no account under this address"; an erasure item
                     may name the Art. 17(3) exception under which data are kept
    not-concerned    the activity does not concern this requester (the access letter leaves it out;
                     "no data held" when every activity is out)

Repeat requests (Art. 15(3), 12(5)): the requester's earlier cases of the last 12 months and the
organisation's free_requests_per_year decide whether a new access request is beyond the free ones.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from dsar_desk.domain.cases import ERASURE_EXCEPTIONS
from dsar_desk.domain.messages import msg

if TYPE_CHECKING:  # the profile package is imported by whoever hands a profile in
    from dsar_desk.domain.profile import Profile

STATES = ("open", "done", "not-applicable", "not-concerned")
STATE_LABELS = {
    "open": "Open",
    "done": "Done",
    "not-applicable": "Not applicable",
    "not-concerned": "Not concerned",
}
ACTIONS = ("search", "act", "inform")
SEARCH_RIGHTS = ("access",)
ACT_RIGHTS = ("erasure", "rectification", "restriction")
EXCEPTION_LABELS = {
    "freedom-of-expression": "Freedom of expression and information (Art. 17(3)(a))",
    "legal-obligation": "Legal obligation to keep, or public task (Art. 17(3)(b))",
    "public-health": "Public interest in public health (Art. 17(3)(c))",
    "archiving-research": "Archiving, research or statistics (Art. 17(3)(d))",
    "legal-claims": "Establishment, exercise or defence of legal claims (Art. 17(3)(e))",
}
assert tuple(EXCEPTION_LABELS) == ERASURE_EXCEPTIONS
NOTE_MAX = 4000


class ChecklistError(ValueError):
    """A mark the checklist does not allow; the messages are meant for the clerk (one or more,
    each a Message; ``str()`` joins them with "; ")."""

    def __init__(self, *messages: str):
        super().__init__("; ".join(messages))
        self.messages = list(messages)


@dataclass(frozen=True)
class PlannedItem:
    """One thing to do for a case, before it is stored."""

    key: str  # stable: "search|customer-account|system|Database (registratie)"
    action: str  # search | act | inform
    right: str  # the right this item serves: access, erasure, rectification, restriction
    activity: str  # the [[processing]] id
    target_kind: str  # system | activity | recipient
    target: str  # the system's name (default language), the activity id, the recipient id
    target_name: str  # what the clerk reads: the system, the activity's name, the recipient's name

    @property
    def label(self) -> str:
        return describe(self.action, self.right, self.target_kind, self.target_name)


def describe(action: str, right: str, target_kind: str, target_name: str) -> str:
    """'search Database', 'act in Database (erasure)', 'inform bpost (erasure)'."""
    if action == "search":
        if target_kind == "activity":
            return f"search the records of {target_name}"
        return f"search {target_name}"
    if action == "act":
        where = f"the records of {target_name}" if target_kind == "activity" else target_name
        return f"act in {where} ({right})"
    return f"inform {target_name} ({right})"


def _systems(profile: Profile, activity: dict) -> list[str]:
    localized = profile.text_list(activity.get("systems"), profile.default_language)
    seen: list[str] = []
    for name in localized.items if localized else []:
        name = " ".join(str(name).split())
        if name and name not in seen:
            seen.append(name)
    return seen


def activity_name(profile: Profile, activity: dict) -> str:
    localized = profile.text(activity.get("name"), profile.default_language)
    return localized.text if localized else activity["id"]


def localized_target(profile: Profile, activity_id: str, target_kind: str, target: str, language: str) -> str | None:
    """What an item is about, in ``language`` where the register has it: the system (the same
    place in the activity's list of systems), the activity's name, the recipient's name. None when
    the register no longer knows it (the item keeps its stored name)."""
    activity = profile.processing_by_id(activity_id)
    if target_kind == "recipient":
        recipient = profile.recipients.get(target)
        return profile.recipient_name(recipient, language) if recipient else None
    if activity is None:
        return None
    if target_kind == "activity":
        localized = profile.text(activity.get("name"), language)
        return localized.text if localized else None
    default = _systems(profile, activity)
    if target not in default:
        return None
    chosen = profile.text_list(activity.get("systems"), language)
    names = [" ".join(str(n).split()) for n in (chosen.items if chosen else [])]
    names = [n for n in names if n]
    return names[default.index(target)] if len(names) == len(default) else None


def plan_checklist(profile: Profile, rights: list[str] | tuple[str, ...]) -> list[PlannedItem]:
    """Every item the register asks for these rights, in register order."""
    items: list[PlannedItem] = []
    wanted = [r for r in (*SEARCH_RIGHTS, *ACT_RIGHTS) if r in rights]
    for activity in profile.processing:
        pid = activity["id"]
        systems = _systems(profile, activity)
        name = activity_name(profile, activity)
        targets = [("system", s, s) for s in systems] or [("activity", pid, name)]
        for right in wanted:
            action = "search" if right in SEARCH_RIGHTS else "act"
            for kind, target, shown in targets:
                key = f"{action}|{right}|{pid}|{kind}|{target}" if action == "act" else f"search|{pid}|{kind}|{target}"
                items.append(PlannedItem(key, action, right, pid, kind, target, shown))
            if action == "act":
                for recipient in profile.recipients_of(activity):
                    rid = recipient["id"]
                    items.append(PlannedItem(f"inform|{right}|{pid}|recipient|{rid}", "inform", right, pid,
                                             "recipient", rid, profile.recipient_name(recipient)))
    return items


def exception_allowed(right: str, action: str) -> bool:
    """An Art. 17(3) exception (data kept despite the erasure) belongs to an erasure item that acts
    or informs, never to a search."""
    return right == "erasure" and action != "search"


def check_mark(right: str, action: str, state: str, note: str = "", exception: str | None = None) -> list[str]:
    """The problems with a mark (empty when it may be recorded), one plain sentence each."""
    problems = []
    note = (note or "").strip()
    if state not in STATES:
        problems.append(msg("checklist.state-state", "state: '{state}' is not a state ({known})",
                            state=state, known=list(STATES)))
    if state == "not-applicable" and not note:
        problems.append(msg("checklist.note-give-reason-why", "note: give the reason why this item does not apply"))
    if len(note) > NOTE_MAX:
        problems.append(msg("checklist.note-longer-than-characters", "note: is longer than {max} characters",
                            max=NOTE_MAX))
    if exception:
        if exception not in ERASURE_EXCEPTIONS:
            problems.append(msg("checklist.exception-exception-art-17",
                                "exception: '{exception}' is not an exception of Art. 17(3) ({known})",
                                exception=exception, known=list(ERASURE_EXCEPTIONS)))
        elif not exception_allowed(right, action):
            problems.append(msg("checklist.exception-art-17-3",
                                "exception: an Art. 17(3) exception applies only to erasure items"))
        elif state not in ("done", "not-applicable"):
            problems.append(msg("checklist.exception-item-kept-under",
                                "exception: an item kept under an Art. 17(3) exception is done or not applicable"))
        elif not note:
            problems.append(msg("checklist.note-say-which-data",
                                "note: say which data are kept under the exception, and why"))
    return problems


def check_searches_done(items: list[tuple[str, str]], note: str) -> list[str]:
    """Marking every open search item done at once, with one note: ``items`` are the checklist's
    (action, state). The note says what was found; at least one search must still be open."""
    problems = []
    note = (note or "").strip()
    if not note:
        problems.append(msg("checklist.searches-note", "note: say what was found (the note goes on every search "
                                                       "item marked done)"))
    elif len(note) > NOTE_MAX:
        problems.append(msg("checklist.note-longer-than-characters", "note: is longer than {max} characters",
                            max=NOTE_MAX))
    if not any(action == "search" and state == "open" for action, state in items):
        problems.append(msg("checklist.no-open-search", "no search item of the checklist is still open"))
    return problems


def next_open(positions_states: list[tuple[int, str]], after: int | None) -> int | None:
    """The next open item after position ``after`` (wrapping round), or None when none is open:
    where the checklist goes once an item is recorded."""
    open_positions = [p for p, state in positions_states if state == "open"]
    if not open_positions:
        return None
    later = [p for p in open_positions if after is None or p > after]
    return (later or open_positions)[0]


def open_count(states: list[str]) -> int:
    return sum(1 for s in states if s == "open")


def unconcerned(items: list[tuple[str, str, str]]) -> set[str]:
    """Activity ids every item of which (search or act; (activity, action, state)) is not-concerned."""
    by_activity: dict[str, list[str]] = {}
    for activity, action, state in items:
        if action in ("search", "act"):
            by_activity.setdefault(activity, []).append(state)
    return {a for a, states in by_activity.items() if states and all(s == "not-concerned" for s in states)}


# -- repeat and excessive requests ---------------------------------------------------------------

def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the last day of a shorter month)."""
    import calendar

    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _norm(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def requester_key(name: str) -> str:
    """The name as the repeat check compares it (accents, case, punctuation ignored): stored with
    each case so that the check is one index look-up, however many cases there are."""
    return _norm(name or "")


def same_requester(email_a: str, name_a: str, address_a: list[str] | tuple[str, ...],
                   email_b: str, name_b: str, address_b: list[str] | tuple[str, ...]) -> bool:
    """Same e-mail (any case), or same name and same postal address (accents, case, punctuation ignored)."""
    if email_a.strip() and email_a.strip().casefold() == email_b.strip().casefold():
        return True
    if not name_a.strip() or _norm(name_a) != _norm(name_b):
        return False
    a = _norm(" ".join(address_a))
    return bool(a) and a == _norm(" ".join(address_b))


@dataclass(frozen=True)
class EarlierCase:
    reference: str
    received: date
    rights: tuple[str, ...]
    status: str


@dataclass
class RepeatCheck:
    """The requester's earlier cases of the last 12 months, and whether this one is beyond the free ones."""

    earlier: list[EarlierCase] = field(default_factory=list)
    earlier_access: int = 0  # earlier access requests counted against the free ones
    free_per_year: int | None = None
    beyond_free: bool = False

    def explanation(self) -> str:
        if not self.earlier:
            return "no earlier request from this requester in the last 12 months"
        text = f"{len(self.earlier)} earlier request(s) in the last 12 months, {self.earlier_access} for access"
        if self.free_per_year is None:
            return text + "; the profile states no number of free requests"
        text += f"; {self.free_per_year} free per 12 months"
        if self.beyond_free:
            text += ": this access request is beyond the free ones, a reasonable fee may be asked (Art. 15(3))"
        return text


def check_repeat(earlier: list[EarlierCase], rights: list[str] | tuple[str, ...], received: date,
                 free_per_year: int | None) -> RepeatCheck:
    """`earlier`: the requester's other cases with the organisation (any date; filtered here).

    Counted: cases received in the 12 months before `received` (the same day a year earlier
    is out), withdrawn ones left out. An access request is beyond the free ones when the earlier
    access requests already used them all.
    """
    start = months_before(received, 12)
    within = sorted((c for c in earlier if start < c.received <= received and c.status != "withdrawn"),
                    key=lambda c: c.received)
    access = sum(1 for c in within if "access" in c.rights)
    beyond = free_per_year is not None and "access" in rights and access >= free_per_year
    return RepeatCheck(within, access, free_per_year, beyond)


_MONEY = re.compile(r"^\s*(?:€\s*)?(\d{1,7})(?:[.,](\d{1,2}))?\s*(?:€|eur|euro)?\s*$", re.IGNORECASE)


def parse_cents(text: str) -> int | None:
    """'12', '12.5', '12,50', '€ 12,50' -> cents as an integer; '' -> None; raises ChecklistError."""
    if text is None or not str(text).strip():
        return None
    m = _MONEY.match(str(text))
    if not m:
        raise ChecklistError(msg("checklist.amount-euros-write-e",
                                 "'{text}' is not an amount in euros (write e.g. 12.50)",
                                 text=text))
    cents = m.group(2) or "0"
    return int(m.group(1)) * 100 + int(cents.ljust(2, "0"))


def format_cents(cents: int | None) -> str:
    if cents is None:
        return ""
    return f"{cents // 100}.{cents % 100:02d}"
