"""The fulfilment checklist of each case and the requester's earlier requests, read.

Items are numbered per case (1, 2, 3 ... in the order they were planned): that number is the
item id the clerk sees and the CLI takes. Building the checklist and marking items are use cases
of :mod:`dsar_desk.desk.checklist`; the rules are in :mod:`dsar_desk.domain.checklist`.
"""

from __future__ import annotations

from datetime import date

from peewee import fn

from dsar_desk.domain.checklist import (
    EarlierCase,
    RepeatCheck,
    check_repeat,
    months_before,
    requester_key,
    same_requester,
    unconcerned,
)
from dsar_desk.domain.messages import msg
from dsar_desk.store.models import Case, ChecklistItem, Organisation
from dsar_desk.store.organisations import get_organisation, profile_of


class UnknownItem(LookupError):
    def __init__(self, case: Case, item_id):
        super().__init__(msg("checklist.unknown-item", "{reference} has no checklist item {item}",
                             reference=case.reference, item=item_id))


def items_of(case: Case) -> list[ChecklistItem]:
    return list(ChecklistItem.select().where(ChecklistItem.case == case).order_by(ChecklistItem.position))


def get_item(case: Case, item_id) -> ChecklistItem:
    """An item of the case by the number the clerk sees ("3" or "#3")."""
    try:
        position = int(str(item_id).strip().lstrip("#"))
    except ValueError:
        raise UnknownItem(case, item_id) from None
    item = ChecklistItem.get_or_none(ChecklistItem.case == case, ChecklistItem.position == position)
    if item is None:
        raise UnknownItem(case, item_id)
    return item


def open_items(case: Case) -> list[ChecklistItem]:
    return list(ChecklistItem.select().where(ChecklistItem.case == case, ChecklistItem.state == "open")
                .order_by(ChecklistItem.position))


def unconcerned_activities(case: Case) -> set[str]:
    """Ids of the activities the clerk marked as not concerning this requester (every item of them)."""
    rows = (ChecklistItem.select(ChecklistItem.activity, ChecklistItem.action, ChecklistItem.state)
            .where(ChecklistItem.case == case).tuples())
    return unconcerned(list(rows))


def item_dict(item: ChecklistItem) -> dict:
    return {
        "id": item.position,
        "action": item.action,
        "right": item.right,
        "activity": item.activity,
        "target_kind": item.target_kind,
        "target": item.target_name,
        "target_id": item.target,
        "label": item.label,
        "state": item.state,
        "note": item.note,
        "exception": item.exception or None,
        "who": item.who or None,
        "when": item.at.isoformat() + "Z" if item.at else None,
        "register_version": item.register_version,
    }


def repeat_check(organisation: str | Organisation, email: str, name: str, address: list[str] | tuple[str, ...],
                 rights: list[str] | tuple[str, ...], received: date | None = None,
                 exclude_case: int | None = None) -> RepeatCheck:
    """The requester's earlier cases with this organisation in the 12 months before `received`
    (same e-mail, or same name and postal address), and whether an access request is beyond the
    free ones of the profile."""
    org = organisation if isinstance(organisation, Organisation) else get_organisation(organisation)
    received = received or date.today()
    email = (email or "").strip()
    name = " ".join((name or "").split())
    start = months_before(received, 12)
    if not email and not name:
        return check_repeat([], rights, received, profile_of(org).free_requests_per_year)
    # Two look-ups, each on an index: the e-mail on (organisation, lower(e-mail)), the name on
    # (organisation, requester key); a plain OR of both would scan the organisation's cases.
    who = []
    if email:
        who.append(Case.id.in_(Case.select(Case.id).where(
            Case.organisation == org, fn.lower(Case.requester_email) == email.lower())))
    if name:
        who.append(Case.id.in_(Case.select(Case.id).where(Case.organisation == org,
                                                          Case.requester_key == requester_key(name))))
    condition = who[0] if len(who) == 1 else (who[0] | who[1])
    query = (Case.select(Case.id, Case.reference, Case.received, Case.rights, Case.status, Case.requester_email,
                         Case.requester_name, Case.requester_address)
             .where(condition, Case.organisation == org, Case.received > start, Case.received <= received)
             .order_by(Case.received))
    earlier = []
    for c in query:
        if exclude_case is not None and c.id == exclude_case:
            continue
        if same_requester(email, name, list(address), c.requester_email, c.requester_name, c.address_lines):
            earlier.append(EarlierCase(c.reference, c.received, tuple(c.right_list), c.status))
    return check_repeat(earlier, rights, received, profile_of(org).free_requests_per_year)
