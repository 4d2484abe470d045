"""The today view's queries and the reminders, on a real SQLite file (no Qt)."""

from datetime import date, datetime

import pytest

from dsar_desk.desk import cases as desk
from dsar_desk.desk.deadlines import refresh_waiting_deadlines
from dsar_desk.desk.organisations import set_deadline_rules as set_holiday_region
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.reminders import (
    DEFAULT_WITHIN_DAYS,
    check_within_days,
    classify,
    next_morning,
    reminder_due,
)
from dsar_desk.store import cases as store
from dsar_desk.store import today as today_store
from dsar_desk.store.models import Case, database


def new_case(received: date, org="ecomarket", assignee="Anna Clerk", name="Zoë Ørsted", rights=("access",)):
    return desk.create_case(
        CaseDraft(organisation=org, name=name, email="zoe@example.dk", language="nl" if org != "maildrop" else "fr",
                  rights=list(rights), received=received, assignee=assignee),
        "Anna Clerk",
    )


def refs(rows):
    return [r.reference for r in rows]


# Received on Monday 2 March 2026 (ECOMARKET, Belgium, no promise): one month = Thursday 2 April 2026.
# Received on Wednesday 4 March 2026: one month = Saturday 4 April → Easter Monday 6 April is a
# Belgian holiday → Tuesday 7 April 2026.
# Received on Tuesday 10 March 2026: Friday 10 April 2026.

@pytest.fixture
def three(samples):
    a = new_case(date(2026, 3, 2), assignee="Anna Clerk")
    b = new_case(date(2026, 3, 4), assignee="Sophie Martin")
    c = new_case(date(2026, 3, 10), assignee="Sophie Martin")
    assert (a.due, b.due, c.due) == (date(2026, 4, 2), date(2026, 4, 7), date(2026, 4, 10))
    return a, b, c


def test_sections_on_a_given_day(three):
    a, b, c = three
    snap = today_store.snapshot(today=date(2026, 4, 7), within_days=7)
    assert refs(snap.sections["overdue"].rows) == [a.reference]
    assert refs(snap.sections["today"].rows) == [b.reference]
    assert refs(snap.sections["soon"].rows) == [c.reference]
    assert snap.total("waiting") == snap.total("extended") == 0
    # a window of 2 days does not reach Friday 10 April
    assert today_store.snapshot(today=date(2026, 4, 7), within_days=2).total("soon") == 0
    # the day before the first due date, all three are coming
    snap = today_store.snapshot(today=date(2026, 4, 1), within_days=7)
    assert snap.total("overdue") == 0
    assert refs(snap.sections["soon"].rows) == [a.reference, b.reference]  # 10 April is 9 days away
    row = snap.sections["soon"].rows[0]
    assert row.organisation == "ECOMARKET SRL" or row.organisation  # the organisation's name is shown
    assert row.rights == ("access",)
    assert row.days_left(date(2026, 4, 1)) == 1


def test_counts_per_assignee(three):
    counts = {c.assignee: c for c in today_store.counts_per_assignee(today=date(2026, 4, 7), within_days=7)}
    assert set(counts) == {"Anna Clerk", "Sophie Martin"}
    assert (counts["Anna Clerk"].overdue, counts["Anna Clerk"].today, counts["Anna Clerk"].open) == (1, 0, 1)
    sophie = counts["Sophie Martin"]
    assert (sophie.overdue, sophie.today, sophie.soon, sophie.open) == (0, 1, 1, 2)


def test_ended_cases_are_never_due(three):
    a, _, _ = three
    desk.change_status(a, "withdrawn", "Anna Clerk", note="The requester wrote that he no longer wants it.")
    snap = today_store.snapshot(today=date(2026, 4, 30))
    assert a.reference not in refs(snap.sections["overdue"].rows)
    assert snap.total("overdue") == 2
    assert sum(c.open for c in snap.assignees) == 2


def test_waiting_for_identity_stops_the_clock_and_counts_the_days(three):
    a, b, _ = three
    desk.request_identity(a, "Anna Clerk", date(2026, 3, 5))
    snap = today_store.snapshot(today=date(2026, 4, 20))
    assert a.reference not in refs(snap.sections["overdue"].rows)  # the clock is stopped
    assert refs(snap.sections["overdue"].rows) == [b.reference, three[2].reference]
    waiting = snap.sections["waiting"].rows
    assert refs(waiting) == [a.reference]
    assert waiting[0].waiting_since == date(2026, 3, 5)
    assert waiting[0].days_waited(date(2026, 4, 20)) == 46
    anna = next(c for c in snap.assignees if c.assignee == "Anna Clerk")
    assert (anna.waiting, anna.overdue, anna.open) == (1, 0, 1)
    assert today_store.due_totals(date(2026, 4, 20)) == {"overdue": 2, "today": 0, "soon": 0, "waiting": 1}
    # the identity arrives: the clock runs again, with the days waited added
    desk.information_received(a, "Anna Clerk", date(2026, 3, 15))
    assert a.due == date(2026, 4, 13)  # 2 April + 10 days waited = Sunday 12 April → Monday 13 April
    snap = today_store.snapshot(today=date(2026, 4, 13))
    assert snap.total("waiting") == 0
    assert refs(snap.sections["today"].rows) == [a.reference]


def test_under_the_rule_none_a_waiting_case_can_be_overdue(three):
    a, _, _ = three
    set_holiday_region("ecomarket", None, "none")
    a = store.get_case(a.reference)  # with its organisation as it is now
    desk.request_identity(a, "Anna Clerk", date(2026, 3, 5))
    assert a.due == date(2026, 4, 2)  # waiting has no effect under this rule
    snap = today_store.snapshot(today=date(2026, 4, 3))
    assert refs(snap.sections["overdue"].rows) == [a.reference]
    assert refs(snap.sections["waiting"].rows) == [a.reference]
    assert today_store.due_totals(date(2026, 4, 3))["overdue"] == 1


def test_extended_cases_are_listed(three):
    a, _, _ = three
    desk.extend(a, "Three systems to search by hand.", "Anna Clerk", on=date(2026, 3, 20))
    assert a.due == date(2026, 6, 2)
    snap = today_store.snapshot(today=date(2026, 4, 7))
    assert refs(snap.sections["extended"].rows) == [a.reference]
    assert a.reference not in refs(snap.sections["overdue"].rows)


def test_lists_are_limited_but_totals_are_not(samples):
    for day in range(1, 13):
        new_case(date(2026, 2, day), assignee=f"clerk {day % 3}")
    snap = today_store.snapshot(today=date(2026, 6, 1), limit=5)
    overdue = snap.sections["overdue"]
    assert overdue.total == 12 and len(overdue.rows) == 5 and overdue.more == 7
    dues = [r.due for r in overdue.rows]
    assert dues == sorted(dues)  # the most overdue first
    assert sum(c.overdue for c in snap.assignees) == 12


def test_the_sql_agrees_with_the_domain_classification(samples):
    cases = [new_case(date(2026, 3, day)) for day in range(1, 29, 3)]
    for today in (date(2026, 3, 30), date(2026, 4, 3), date(2026, 4, 7), date(2026, 4, 14)):
        snap = today_store.snapshot(today=today, within_days=5)
        for case in cases:
            expected = classify(case.due, today, 5)
            found = [k for k in ("overdue", "today", "soon") if case.reference in refs(snap.sections[k].rows)]
            assert found == ([expected] if expected else []), (case.due, today)
        # the badge's quick totals count the same
        assert today_store.due_totals(today, 5) == {k: snap.total(k) for k in ("overdue", "today", "soon", "waiting")}


def test_reminder_counts_and_items(three):
    a, b, c = three
    desk.request_identity(c, "Anna Clerk", date(2026, 3, 12))
    r = today_store.reminder(today=date(2026, 4, 7), within_days=7)
    assert (r.overdue, r.due_today, r.due_soon, r.waiting) == (1, 1, 0, 1)
    assert r.badge == 2 and r.worth_notifying
    assert [i.reference for i in r.items] == [a.reference, b.reference]
    assert r.more() == 0
    quiet = today_store.reminder(today=date(2026, 3, 3), within_days=7)
    assert quiet.badge == 0 and not quiet.worth_notifying


@pytest.mark.sqlite_only  # SQLite's plan
def test_the_queries_walk_the_status_due_index(samples):
    """At 100,000 cases the sections must not scan the case table (see benchmarks/bench_today.py)."""

    def plan(query):
        sql, params = query.sql()
        return " | ".join(str(row[-1]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))

    day = date(2026, 4, 7)
    for key in ("overdue", "soon"):
        text = plan(today_store._base(None).where(today_store._due_condition(key, day, 7))
                    .order_by(Case.due, Case.id).limit(200))
        assert "USING INDEX case_status_due (status=? AND due" in text, text
    text = plan(today_store._base(None, (Case.assignee,)).group_by(Case.assignee))
    assert "SEARCH t1 USING INDEX case_status_" in text and "(status=?)" in text and "SCAN t1" not in text, text


# -- when to remind (domain, no database) ---------------------------------------------------

def test_remind_at_start_then_once_every_morning():
    monday = date(2026, 11, 23)
    assert reminder_due(None, datetime(2026, 11, 23, 6, 0))  # at start, whatever the hour
    assert not reminder_due(monday, datetime(2026, 11, 23, 15, 0))  # once a day
    assert not reminder_due(monday, datetime(2026, 11, 24, 7, 59))  # not before the morning hour
    assert reminder_due(monday, datetime(2026, 11, 24, 8, 0))
    assert reminder_due(monday, datetime(2026, 11, 27, 16, 30))  # woken from sleep days later
    assert not reminder_due(monday, datetime(2026, 11, 22, 9, 0))  # a clock set back
    assert next_morning(datetime(2026, 11, 23, 7, 0)) == datetime(2026, 11, 23, 8, 0)
    assert next_morning(datetime(2026, 11, 23, 8, 0)) == datetime(2026, 11, 24, 8, 0)


def test_classify_boundaries():
    today = date(2026, 4, 7)
    assert classify(date(2026, 4, 6), today, 7) == "overdue"
    assert classify(today, today, 0) == "today"
    assert classify(date(2026, 4, 14), today, 7) == "soon"
    assert classify(date(2026, 4, 15), today, 7) is None
    assert classify(date(2026, 4, 8), today, 0) is None


@pytest.mark.parametrize("value, expected", [(7, 7), ("3", 3), (0, 0), (90, 90), (-1, DEFAULT_WITHIN_DAYS),
                                             ("soon", DEFAULT_WITHIN_DAYS), (None, DEFAULT_WITHIN_DAYS),
                                             (True, DEFAULT_WITHIN_DAYS), (400, DEFAULT_WITHIN_DAYS)])
def test_the_setting_is_read_leniently(value, expected):
    assert check_within_days(value) == expected


def test_the_setting_defaults_to_seven_days():
    from dsar_desk.settings import DEFAULTS, Settings

    assert DEFAULTS["remind_within_days"] == 7
    settings = Settings()
    settings.set("remind_within_days", 3)
    assert check_within_days(Settings().get("remind_within_days")) == 3


def test_waiting_cases_keep_their_stored_due_date_in_step(three):
    """The case list sorts on the stored due date: each day waited moves it, once a day."""
    a, b, _ = three
    desk.request_identity(a, "Anna Clerk", date(2026, 3, 5))
    assert refresh_waiting_deadlines(date(2026, 3, 20)) == 1
    assert store.get_case(a.reference).due == date(2026, 4, 17)  # 2 April + 15 days waited
    assert refresh_waiting_deadlines(date(2026, 3, 20)) == 0  # nothing moved since
    assert refresh_waiting_deadlines(date(2026, 3, 21)) == 1
    assert store.get_case(a.reference).due == date(2026, 4, 20)  # Saturday 18 April → Monday 20
    assert store.get_case(b.reference).due == b.due  # not waiting: untouched
    set_holiday_region("ecomarket", None, "none")
    assert store.get_case(a.reference).due == date(2026, 4, 2)  # the clock ran on
    assert refresh_waiting_deadlines(date(2026, 3, 22)) == 0
