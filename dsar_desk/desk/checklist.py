"""The fulfilment checklist of a case: built from the register and the rights asked, marked item
by item (each mark one transaction with its timeline event), and the guard before "answered".

    build_checklist(case, who)                 # idempotent: adds what the register asks, never duplicates
    set_item(case, 3, "done", "2 orders found", who)
    guard_answered(case, override)             # desk.cases.change_status calls it before "answered"
"""

from __future__ import annotations

from dsar_desk.domain import cases as rules
from dsar_desk.domain.cases import CaseRuleError
from dsar_desk.domain.checklist import (
    EXCEPTION_LABELS,
    STATE_LABELS,
    ChecklistError,
    check_mark,
    check_searches_done,
    plan_checklist,
)
from dsar_desk.domain.conflicts import Difference, differences
from dsar_desk.domain.messages import msg
from dsar_desk.domain.text import text_problem
from dsar_desk.store.checklist import get_item, items_of, open_items
from dsar_desk.store.db import writing
from dsar_desk.store.models import Case, ChangedMeanwhile, ChecklistItem, Event, Organisation, RegisterVersion, now
from dsar_desk.store.organisations import profile_of


class ChecklistOpen(CaseRuleError):
    """A case with open checklist items cannot be marked answered without an override reason."""

    def __init__(self, items: list[ChecklistItem]):
        self.items = items
        super().__init__(msg("checklist.items-open",
                             "{count} checklist item(s) still open (first: #{first} {label}); "
                             "mark them, or override with a reason",
                             count=len(items), first=items[0].position, label=items[0].label))


def record_register_version(org: Organisation) -> None:
    """Keep the organisation's current profile text as its version (every version's text is kept)."""
    exists = RegisterVersion.select().where(RegisterVersion.organisation == org,
                                            RegisterVersion.version == org.profile_version).exists()
    if not exists:
        RegisterVersion.create(organisation=org, version=org.profile_version, profile=org.profile)


def build_checklist(case: Case, who: str = "") -> list[ChecklistItem]:
    """Add the items the register and the rights asked call for; returns the items added.

    Idempotent. Only open cases are (re)built: an answered case keeps the checklist it was
    answered with. Open items nobody touched that the plan no longer has (a right no longer asked,
    a system gone from the register) are removed; marked items always stay.
    """
    if case.status not in rules.OPEN_STATUSES:
        return []
    org = case.organisation
    profile = profile_of(org)
    plan = plan_checklist(profile, case.right_list)
    if not _needs_building(case, plan, org):
        return []  # the usual case when a case is opened: no write, no wait for the write lock
    with writing():
        existing = {i.key: i for i in items_of(case)}
        wanted = {p.key for p in plan}
        removed = 0
        for key, item in existing.items():
            if key not in wanted and item.state == "open" and not item.note and not item.who:
                item.delete_instance()
                removed += 1
        last = max((i.position for k, i in existing.items()), default=0)
        added = []
        for planned in plan:
            if planned.key in existing:
                continue
            last += 1
            added.append(ChecklistItem.create(
                case=case, key=planned.key, position=last, action=planned.action, right=planned.right,
                activity=planned.activity, target_kind=planned.target_kind, target=planned.target[:255],
                target_name=planned.target_name[:255], register_version=org.profile_version,
            ))
        before = case.register_version
        if before != org.profile_version:
            Case.update(register_version=org.profile_version).where(Case.id == case.id).execute()
            case.register_version = org.profile_version
        if existing and (added or removed or (before is not None and before != org.profile_version)):
            text = f"checklist from register version {org.profile_version}: {len(added)} item(s) added"
            if removed:
                text += f", {removed} no longer needed removed"
            Event.create(case=case, who=who or case.assignee, kind="checklist",
                         old=str(before or ""), new=str(org.profile_version), text=text)
    return added


def _needs_building(case: Case, plan, org: Organisation) -> bool:
    """Whether build_checklist has anything to write (read without the write lock)."""
    if case.register_version != org.profile_version:
        return True
    existing = {i.key: i for i in items_of(case)}
    wanted = {p.key for p in plan}
    if any(p.key not in existing for p in plan):
        return True
    return any(key not in wanted and item.state == "open" and not item.note and not item.who
               for key, item in existing.items())


def set_item(case: Case, item_id, state: str, note: str, who: str, exception: str | None = None, *,
             seen_version: int | None = None, over: ChangedMeanwhile | None = None) -> ChecklistItem:
    """Record one item's state (with the note, who, when) and its timeline event, at once.

    Marking an item not-concerned marks the other open items of the same activity too: the
    activity does not concern the requester, so nothing in it does. ``seen_version``: the
    version of the item the clerk was shown; when a colleague marked it since, ChangedMeanwhile
    (nothing written). ``over``: that change, which the clerk chose to write over (recorded).
    """
    item = get_item(case, item_id)
    problems = check_mark(item.right, item.action, state, note, exception)
    if problems:
        raise ChecklistError(*problems)
    note = (note or "").strip()
    stamp = now()
    with writing():
        if seen_version is not None and item.reread().version != seen_version:  # under the write lock
            raise item.changed_meanwhile()
        old = item.state
        item.state = state
        item.note = note
        item.exception = exception or ""
        item.who = who
        item.at = stamp
        item.save()
        text = f"#{item.position} {item.label}: {STATE_LABELS[state].lower()}"
        if exception:
            text += f" (kept: {EXCEPTION_LABELS[exception]})"
        if note:
            text += f" — {note}"
        Event.create(case=case, who=who, at=stamp, kind="checklist", old=old, new=state, text=text)
        if over is not None:
            at = over.at.strftime("%Y-%m-%d %H:%M") if hasattr(over.at, "strftime") else ""
            Event.create(case=case, who=who, kind="overwritten", field=f"#{item.position}", old=over.who or "",
                         new=str(over.version or ""),
                         text=f"kept over a change by {over.who or 'someone else'}" + (f" at {at} UTC" if at else "")
                              + f": checklist item #{item.position}")
        if state == "not-concerned":
            others = list(ChecklistItem.select().where(
                ChecklistItem.case == case, ChecklistItem.activity == item.activity,
                ChecklistItem.state == "open", ChecklistItem.id != item.id))
            for other in others:
                other.state = "not-concerned"
                other.who = who
                other.at = stamp
                other.save()
            if others:
                Event.create(case=case, who=who, at=stamp, kind="checklist", old="open", new="not-concerned",
                             text=f"activity '{item.activity}' does not concern the requester: "
                                  f"{len(others)} more item(s) marked " + ", ".join(f"#{o.position}" for o in others))
        case.updated_at = stamp
        Case.update(updated_at=stamp).where(Case.id == case.id).execute()
    return item


def compare_item(case: Case, item_id, base: ChecklistItem, state: str, note: str,
                 exception: str | None = None) -> list[Difference]:
    """The item as the clerk was shown it (``base``), as it is now, and as the clerk would mark it."""
    fresh = get_item(case, item_id)
    return differences(("state", "note", "exception", "who"), _item_values(base), _item_values(fresh),
                       {"state": state, "note": (note or "").strip(), "exception": exception or ""})


def _item_values(item: ChecklistItem) -> dict:
    return {"state": item.state, "note": item.note, "exception": item.exception or "", "who": item.who}
def mark_searches_done(case: Case, note: str, who: str) -> list[ChecklistItem]:
    """Every search item still open marked done with the same note, in one transaction and one
    timeline event (the clerk searched every system and found data in each). Returns the items."""
    build_checklist(case, who)
    items = items_of(case)
    problems = check_searches_done([(i.action, i.state) for i in items], note)
    problem = text_problem((note or "").strip(), multiline=True)
    if problem:
        problems.append(problem)
    if problems:
        raise ChecklistError(*problems)
    note = note.strip()
    stamp = now()
    marked = [i for i in items if i.action == "search" and i.state == "open"]
    with writing():
        for item in marked:
            item.state, item.note, item.who, item.at = "done", note, who, stamp
            item.save()
        Event.create(case=case, who=who, at=stamp, kind="checklist", old="open", new="done",
                     text=f"{len(marked)} search item(s) marked done ("
                          + ", ".join(f"#{i.position}" for i in marked) + f") — {note}")
        Case.update(updated_at=stamp).where(Case.id == case.id).execute()
    return marked


def guard_answered(case: Case, override: str = "") -> list[ChecklistItem]:
    """Before "answered": the open items; raises ChecklistOpen when there are some and no override."""
    build_checklist(case)
    still_open = open_items(case)
    if still_open and not (override or "").strip():
        raise ChecklistOpen(still_open)
    return still_open


def record_override(case: Case, who: str, override: str, still_open: list[ChecklistItem]) -> None:
    """The timeline keeps why a case was answered with open items (inside change_status's transaction)."""
    if still_open and (override or "").strip():
        Event.create(case=case, who=who, kind="checklist-override", new=str(len(still_open)),
                     text=f"answered with {len(still_open)} open checklist item(s) "
                          f"({', '.join('#' + str(i.position) for i in still_open)}): {override.strip()}")
