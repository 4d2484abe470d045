"""The fulfilment checklist of each case, register versions, repeat requests, fees, refusals.

    build_checklist(case, who)                 # idempotent: adds what the register asks, never duplicates
    set_item(case, 3, "done", "2 orders found", who)
    open_items(case); unconcerned_activities(case)   # the access letter leaves the latter out
    guard_answered(case, override)             # change_status() calls it before "answered"

Items are numbered per case (1, 2, 3 ... in the order they were planned): that number is the
item id the clerk sees and the CLI takes. Every mark is one transaction with its timeline event.
The rules themselves are in dsar_desk.domain.checklist.
"""

from __future__ import annotations

from datetime import date

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from dsar_desk.domain import cases as rules
from dsar_desk.domain.cases import CaseRuleError
from dsar_desk.domain.checklist import (
    EXCEPTION_LABELS,
    STATE_LABELS,
    ChecklistError,
    EarlierCase,
    RepeatCheck,
    check_mark,
    check_repeat,
    describe,
    months_before,
    plan_checklist,
    same_requester,
    unconcerned,
)
from dsar_desk.domain.profile import Profile, parse_profile
from dsar_desk.store.models import BaseModel, Case, Event, Organisation, database, now
from dsar_desk.store.organisations import profile_of

__all__ = [
    "ChecklistItem", "RegisterVersion", "ChecklistError", "ChecklistOpen", "UnknownItem",
    "record_register_version", "register_versions", "profile_for_case", "build_checklist", "items_of",
    "set_item", "open_items", "unconcerned_activities", "guard_answered", "record_override",
    "repeat_check", "record_fee", "mark_unfounded", "item_dict",
]


class RegisterVersion(BaseModel):
    """Every text an organisation's profile ever had, so that an old letter can be explained."""

    organisation = ForeignKeyField(Organisation, backref="register_versions", on_delete="CASCADE")
    version = IntegerField()
    profile = TextField()
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "register_version"
        indexes = ((("organisation", "version"), True),)


class ChecklistItem(BaseModel):
    case = ForeignKeyField(Case, backref="checklist", on_delete="CASCADE")
    key = CharField()  # PlannedItem.key: stable across rebuilds
    position = IntegerField()  # 1, 2, 3 ... per case: the id the clerk sees
    action = CharField()  # search | act | inform
    right = CharField()
    activity = CharField()  # [[processing]] id
    target_kind = CharField()  # system | activity | recipient
    target = CharField()
    target_name = CharField()
    state = CharField(default="open")
    note = TextField(default="")
    exception = CharField(default="")  # an Art. 17(3) exception (erasure items)
    who = CharField(default="")
    at = DateTimeField(null=True)
    register_version = IntegerField()

    class Meta:
        table_name = "checklist_item"
        indexes = ((("case", "key"), True),)

    @property
    def label(self) -> str:
        return describe(self.action, self.right, self.target_kind, self.target_name)


class ChecklistOpen(CaseRuleError):
    """A case with open checklist items cannot be marked answered without an override reason."""

    def __init__(self, items: list[ChecklistItem]):
        self.items = items
        super().__init__(
            f"{len(items)} checklist item(s) still open (first: #{items[0].position} {items[0].label}); "
            "mark them, or override with a reason"
        )


class UnknownItem(LookupError):
    def __init__(self, case: Case, item_id):
        super().__init__(f"{case.reference} has no checklist item {item_id}")


# -- register versions ---------------------------------------------------------------------------

def record_register_version(org: Organisation) -> None:
    """Keep the organisation's current profile text as its version (called by import_profile)."""
    exists = RegisterVersion.select().where(RegisterVersion.organisation == org,
                                            RegisterVersion.version == org.profile_version).exists()
    if not exists:
        RegisterVersion.create(organisation=org, version=org.profile_version, profile=org.profile)


def register_versions(org: Organisation) -> list[RegisterVersion]:
    return list(RegisterVersion.select().where(RegisterVersion.organisation == org)
                .order_by(RegisterVersion.version))


def profile_for_case(case: Case) -> Profile:
    """The register as it was when the case's checklist (and letters) were built; else the current one."""
    org = case.organisation
    if case.register_version and case.register_version != org.profile_version:
        row = RegisterVersion.get_or_none(RegisterVersion.organisation == org,
                                          RegisterVersion.version == case.register_version)
        if row is not None:
            check = parse_profile(row.profile)
            if check.profile is not None:
                return check.profile
    return profile_of(org)


# -- the checklist -------------------------------------------------------------------------------

def items_of(case: Case) -> list[ChecklistItem]:
    return list(ChecklistItem.select().where(ChecklistItem.case == case).order_by(ChecklistItem.position))


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
    with database.atomic():
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


def _item(case: Case, item_id) -> ChecklistItem:
    try:
        position = int(str(item_id).strip().lstrip("#"))
    except ValueError:
        raise UnknownItem(case, item_id) from None
    item = ChecklistItem.get_or_none(ChecklistItem.case == case, ChecklistItem.position == position)
    if item is None:
        raise UnknownItem(case, item_id)
    return item


def set_item(case: Case, item_id, state: str, note: str, who: str, exception: str | None = None) -> ChecklistItem:
    """Record one item's state (with the note, who, when) and its timeline event, at once.

    Marking an item not-concerned marks the other open items of the same activity too: the
    activity does not concern the requester, so nothing in it does.
    """
    item = _item(case, item_id)
    problems = check_mark(item.right, item.action, state, note, exception)
    if problems:
        raise ChecklistError("; ".join(problems))
    note = (note or "").strip()
    stamp = now()
    with database.atomic():
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


def open_items(case: Case) -> list[ChecklistItem]:
    return list(ChecklistItem.select().where(ChecklistItem.case == case, ChecklistItem.state == "open")
                .order_by(ChecklistItem.position))


def unconcerned_activities(case: Case) -> set[str]:
    """Ids of the activities the clerk marked as not concerning this requester (every item of them)."""
    rows = (ChecklistItem.select(ChecklistItem.activity, ChecklistItem.action, ChecklistItem.state)
            .where(ChecklistItem.case == case).tuples())
    return unconcerned(list(rows))


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


# -- repeat and excessive requests ------------------------------------------------------------------

def repeat_check(organisation: str | Organisation, email: str, name: str, address: list[str] | tuple[str, ...],
                 rights: list[str] | tuple[str, ...], received: date | None = None,
                 exclude_case: int | None = None) -> RepeatCheck:
    """The requester's earlier cases with this organisation in the 12 months before `received`
    (same e-mail, or same name and postal address), and whether an access request is beyond the
    free ones of the profile."""
    from dsar_desk.store.organisations import get_organisation

    org = organisation if isinstance(organisation, Organisation) else get_organisation(organisation)
    received = received or date.today()
    email = (email or "").strip()
    name = " ".join((name or "").split())
    start = months_before(received, 12)
    who = []
    if email:
        who.append(fn.lower(Case.requester_email) == email.lower())
    if name:
        who.append(Case.search.contains(rules.search_key(name)))
    if not who:
        return check_repeat([], rights, received, profile_of(org).free_requests_per_year)
    condition = who[0] if len(who) == 1 else (who[0] | who[1])
    query = (Case.select(Case.id, Case.reference, Case.received, Case.rights, Case.status, Case.requester_email,
                         Case.requester_name, Case.requester_address)
             .where(Case.organisation == org, Case.received > start, Case.received <= received, condition)
             .order_by(Case.received))
    earlier = []
    for c in query:
        if exclude_case is not None and c.id == exclude_case:
            continue
        if same_requester(email, name, list(address), c.requester_email, c.requester_name, c.address_lines):
            earlier.append(EarlierCase(c.reference, c.received, tuple(c.right_list), c.status))
    return check_repeat(earlier, rights, received, profile_of(org).free_requests_per_year)


def record_fee(case: Case, who: str, *, asked_cents: int | None = None, paid_cents: int | None = None) -> None:
    """A reasonable fee asked or paid (Art. 15(3), 12(5)), in integer cents; each change an event."""
    from dsar_desk.domain.checklist import format_cents

    for name, value in (("asked", asked_cents), ("paid", paid_cents)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0
                                  or value > 100_000_00):
            raise ChecklistError(f"fee {name}: must be an amount between 0.00 and 100000.00 euros")
    with database.atomic():
        for column, value, label in (("fee_asked_cents", asked_cents, "fee asked"),
                                     ("fee_paid_cents", paid_cents, "fee paid")):
            old = getattr(case, column)
            if value is None or value == old:
                continue
            setattr(case, column, value)
            Event.create(case=case, who=who, kind="fee", field=column, old=format_cents(old),
                         new=format_cents(value), text=f"{label}: EUR {format_cents(value)}")
        case.updated_at = now()
        case.save()


def mark_unfounded(case: Case, reason: str, who: str, refuse: bool = True) -> None:
    """Mark the request manifestly unfounded or excessive (Art. 12(5)) with its reason: the flag and
    the reason feed the refusal letter; the case moves to "refused" when the workflow allows it."""
    reason = (reason or "").strip()
    if not reason:
        raise ChecklistError("reason: say why the request is manifestly unfounded or excessive "
                             "(the requester is told, Art. 12(4))")
    with database.atomic():
        case.unfounded = True
        case.unfounded_reason = reason
        case.updated_at = now()
        case.save()
        Event.create(case=case, who=who, kind="unfounded", new="manifestly unfounded or excessive", text=reason)
        if refuse and "refused" in rules.allowed_transitions(case.status):
            from dsar_desk.store.cases import change_status

            # the status note is what the refusal letter quotes as the reasons (store.letters)
            change_status(case, "refused", who, note=reason)
