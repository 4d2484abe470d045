"""Two clerks on one case (issue 13): a save over a colleague's change is refused, the clerk may
compare and keep their edits on top (recorded in the timeline); on the file and on the server
(the `db`/`samples` fixtures run both). The read-only mode of a server out of reach."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsar_desk.desk import cases as desk
from dsar_desk.desk import checklist as cldesk
from dsar_desk.domain.conflicts import differences
from dsar_desk.domain.presence import SEEN_FOR, Presence
from dsar_desk.store import checklist as cl
from dsar_desk.store.models import Case, ChangedMeanwhile, Event


def draft(**fields):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be", language="nl",
                rights=["access"], received=date.today() - timedelta(days=3))
    base.update(fields)
    return desk.CaseDraft(**base)


def colleague_changed(case_id: int, **changes) -> Case:
    """The colleague's app: its own read of the case, its own save."""
    theirs = Case.get_by_id(case_id)
    desk.update_case(theirs, changes, "Carla Colleague")
    return theirs


def test_keep_mine_writes_my_fields_on_top_of_the_colleagues_and_the_timeline_says_so(samples, recorded):
    case = desk.create_case(draft(), "Anna Clerk")
    mine = Case.get_by_id(case.id)  # my window read it
    colleague_changed(case.id, summary="asked by phone too", email="b.peeters@example.be")
    my_edits = {"email": "bram.p@example.be", "name": "Bram Peeters"}  # the name as it was: not an edit
    with pytest.raises(ChangedMeanwhile) as refused:
        desk.update_case(mine, my_edits, "Anna Clerk")
    assert refused.value.who == recorded("Carla Colleague") and refused.value.at is not None
    assert mine.requester_email == "bram@example.be"  # my object as I read it, to compare
    assert Case.get_by_id(case.id).requester_email == "b.peeters@example.be"  # nothing of mine written
    rows = {d.field: d for d in desk.compare(mine, my_edits)}
    assert set(rows) == {"email", "summary"}
    assert (rows["email"].base, rows["email"].theirs, rows["email"].mine) == (
        "bram@example.be", "b.peeters@example.be", "bram.p@example.be")
    assert rows["email"].both_changed and not rows["summary"].both_changed
    assert rows["summary"].mine == ""  # not mine to change: theirs stays
    fresh, written = desk.keep_my_edits(mine, my_edits, "Anna Clerk", refused.value)
    assert written == ["email"]
    now = Case.get_by_id(case.id)
    assert now.requester_email == "bram.p@example.be" and now.summary == "asked by phone too"
    kept = Event.select().where(Event.case == case.id, Event.kind == "overwritten").get()
    assert kept.who == recorded("Anna Clerk") and kept.old == recorded("Carla Colleague")
    assert "kept over a change by" in kept.text and "email" in kept.text


def test_a_status_change_over_a_colleagues_edit_is_refused_then_kept_on_request(samples, recorded):
    case = desk.create_case(draft(), "Anna Clerk")
    mine = Case.get_by_id(case.id)
    colleague_changed(case.id, summary="colleague's summary")
    with pytest.raises(ChangedMeanwhile) as refused:
        desk.change_status(mine, "in-progress", "Anna Clerk")
    assert mine.status == "received" and Case.get_by_id(case.id).status == "received"
    rows = {d.field: d for d in desk.compare(mine, status="in-progress")}
    assert rows["status"].mine == "in-progress" and rows["summary"].theirs == "colleague's summary"
    fresh = mine.reread()
    desk.change_status(fresh, "in-progress", "Anna Clerk", over=refused.value)
    now = Case.get_by_id(case.id)
    assert now.status == "in-progress" and now.summary == "colleague's summary"
    assert Event.select().where(Event.case == case.id, Event.kind == "overwritten").count() == 1


def test_a_checklist_item_marked_meanwhile_is_refused_compared_and_kept_on_request(samples, recorded):
    case = desk.create_case(draft(), "Anna Clerk")
    shown = cl.items_of(case)[0]  # my window shows item 1 open
    cldesk.set_item(case, shown.position, "done", "found 2 mails", "Carla Colleague")
    with pytest.raises(ChangedMeanwhile) as refused:
        cldesk.set_item(case, shown.position, "not-applicable", "no such system", "Anna Clerk", seen_version=shown.version)
    assert refused.value.who == "Carla Colleague"
    assert cl.items_of(case)[0].state == "done"
    rows = {d.field: d for d in cldesk.compare_item(case, shown.position, shown, "not-applicable", "no such system")}
    assert (rows["state"].base, rows["state"].theirs, rows["state"].mine) == ("open", "done", "not-applicable")
    cldesk.set_item(case, shown.position, "not-applicable", "no such system", "Anna Clerk", over=refused.value)
    assert cl.items_of(case)[0].state == "not-applicable"
    assert Event.select().where(Event.case == case.id, Event.kind == "overwritten").count() == 1
    # shown at the version it is now: no conflict
    now = cl.items_of(case)[0]
    cldesk.set_item(case, now.position, "done", "found after all", "Anna Clerk", seen_version=now.version)


def test_adding_a_note_never_conflicts(samples):
    case = desk.create_case(draft(), "Anna Clerk")
    mine = Case.get_by_id(case.id)
    colleague_changed(case.id, summary="theirs")
    assert desk.add_note(mine, "a note on an old read", "Anna Clerk").id


def test_differences_name_only_the_fields_either_changed():
    rows = differences(("a", "b", "c"), {"a": "1", "b": ["x"], "c": None}, {"a": "2", "b": ["x"], "c": None},
                       {"b": ["x", "y"]})
    assert [(d.field, d.base, d.theirs, d.mine) for d in rows] == [("a", "1", "2", "1"), ("b", "x", "x", "x, y")]


def test_presence_counts_colleagues_for_a_minute_and_never_this_app():
    seen = Presence("me")
    assert seen.heard(7, "anna", True, "app-1", now=0.0) is True
    assert seen.heard(7, "anna", True, "app-1", now=20.0) is False  # the same news again
    assert seen.heard(7, "self", True, "me", now=20.0) is False
    seen.heard(7, "ben", True, "app-2", now=30.0)
    assert seen.others(7, now=40.0) == ["anna", "ben"]
    assert seen.others(7, now=20.0 + SEEN_FOR + 1) == ["ben"]  # anna's app went quiet
    assert seen.heard(7, "ben", False, "app-2", now=41.0) is True
    assert seen.others(7, now=42.0) == ["anna"]
    assert seen.expire(now=200.0) == [7] and seen.others(7, now=200.0) == []
