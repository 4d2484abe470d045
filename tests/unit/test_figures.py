"""The figures against a hand-built set of requests whose answers are known, made through the desk.

Every case below is created and moved through the real store functions (intake, status changes,
letters made and marked sent, identity requests and checks, extensions, the checklist), with the
clock set to the day each thing happened. The expected numbers are written out by hand from the
dates (Belgian sample ECOMARKET: one month, Belgian holidays).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timezone

import pytest

from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import cases as store
from dsar_desk.store import checklist, figures, identity, letters, models

WHO = "Anna Clerk"
OVERRIDE = "checklist not under test here"


def new_case(org, name, received, *, rights=("access",), channel="email", assignee=WHO, email=None, today=None):
    """The one place a test creates a case (store.cases.create_case; desk.cases.create_case on main)."""
    slug = name.lower().replace(" ", ".")
    draft = CaseDraft(organisation=org, name=name, email=email or f"{slug}@example.org", rights=list(rights),
                      channel=channel, received=received, assignee=assignee)
    return store.create_case(draft, WHO, today=today or received)


class _Frozen(datetime):
    moment = datetime(2025, 1, 1, 10, 0, tzinfo=timezone.utc)

    @classmethod
    def now(cls, tz=None):
        return cls.moment if tz else cls.moment.replace(tzinfo=None)


@pytest.fixture
def clock(monkeypatch):
    """The desk's clock (store.models.now: event times, letters made) set to a day, at 10:00 UTC."""
    monkeypatch.setattr(models, "datetime", _Frozen)

    def at(day: date) -> date:
        _Frozen.moment = datetime.combine(day, time(10, 0), tzinfo=timezone.utc)
        return day

    return at


def answer(clock, case, day, status="answered", note=""):
    clock(day)
    if case.status in ("received", "awaiting-identity"):
        store.change_status(case, "in-progress", WHO)
    store.change_status(case, status, WHO, note=note, override=OVERRIDE if status == "answered" else "")


def close(clock, case, day, outcome="granted", reason=""):
    clock(day)
    store.change_status(case, "closed", WHO,
                        outcomes={r: {"outcome": outcome, "reason": reason} for r in case.right_list})


def letter(clock, case, kind, day):
    clock(day)
    made = letters.make_letter(case, kind, None, WHO, today=day)
    return letters.mark_sent(made, "email", day, None, WHO, today=day)


def check(clock, case, day, outcome="verified", reason=""):
    clock(day)
    return identity.record_check(case, IdentityDraft(method="signed-letter", outcome=outcome, checked_on=day,
                                                     reason=reason), WHO, today=day)


@pytest.fixture
def desk(samples, clock):
    """The hand-built requests (C1 ... C21), as the docstring of each block says."""
    c = {}
    eco = "ecomarket"
    # C1 erasure, answered by a letter sent on 20 March (status changed the day after): 17 days, on time
    c[1] = new_case(eco, "Léa Dubois", date(2025, 3, 3), rights=("erasure",), email="lea.dubois@example.org")
    clock(date(2025, 3, 4)); store.change_status(c[1], "in-progress", WHO)
    letter(clock, c[1], "erasure", date(2025, 3, 20))
    answer(clock, c[1], date(2025, 3, 21)); close(clock, c[1], date(2025, 3, 25))
    # C2 answered on the limit itself (3 March -> 3 April): 31 days, on time; C3 a day after: late
    c[2] = new_case(eco, "Bram Peeters", date(2025, 3, 3), channel="letter", assignee="Sophie Martin")
    answer(clock, c[2], date(2025, 4, 3)); close(clock, c[2], date(2025, 4, 10))
    c[3] = new_case(eco, "Noor Bakker", date(2025, 3, 3), channel="phone", assignee="Jan Peeters")
    answer(clock, c[3], date(2025, 4, 4)); close(clock, c[3], date(2025, 4, 10))
    # C4 the limit falls on Saturday 15 March, rolled to Monday 17: answered that Monday, on time
    c[4] = new_case(eco, "Jan Claes", date(2025, 2, 15), rights=("rectification",), channel="web-form")
    answer(clock, c[4], date(2025, 3, 17)); close(clock, c[4], date(2025, 3, 20))
    # C5, C6, C7 received 2 June 2025: first limit 2 July, extended limit 2 September
    c[5] = new_case(eco, "Inès Girard", date(2025, 6, 2))
    clock(date(2025, 6, 20)); store.extend(c[5], "three systems to search", WHO, on=date(2025, 6, 20))
    letter(clock, c[5], "extension", date(2025, 6, 20))  # notified in time
    answer(clock, c[5], date(2025, 8, 25)); close(clock, c[5], date(2025, 8, 28))
    c[6] = new_case(eco, "Daan Smit", date(2025, 6, 2), assignee="Sophie Martin")
    clock(date(2025, 6, 30)); store.extend(c[6], "three systems to search", WHO, on=date(2025, 6, 30))
    letter(clock, c[6], "extension", date(2025, 7, 7))  # extended in time, told too late
    answer(clock, c[6], date(2025, 9, 10)); close(clock, c[6], date(2025, 9, 12))  # and answered late
    c[7] = new_case(eco, "Hélène Moreau", date(2025, 6, 2), channel="letter", assignee="Jan Peeters")
    clock(date(2025, 6, 10)); store.extend(c[7], "three systems to search", WHO, on=date(2025, 6, 10))
    answer(clock, c[7], date(2025, 7, 15)); close(clock, c[7], date(2025, 7, 18))  # never told
    # C8 paused for identity 10 days (an ID copy asked): limit 1 Oct + 10 = Sat 11 Oct -> Mon 13 Oct;
    # answered 10 October: on time only thanks to the pause
    c[8] = new_case(eco, "Zoë Ørsted", date(2025, 9, 1))
    clock(date(2025, 9, 3)); identity.request_proof(c[8], WHO, id_copy=True, on=date(2025, 9, 3),
                                                   reason="no account data to compare with")
    check(clock, c[8], date(2025, 9, 13))
    answer(clock, c[8], date(2025, 10, 10)); close(clock, c[8], date(2025, 10, 14))
    # C9 paused 3 days: limit Sat 4 Oct -> Mon 6 Oct; answered 20 October: late
    c[9] = new_case(eco, "Ödön Szőke", date(2025, 9, 1), rights=("erasure",), channel="phone",
                    assignee="Sophie Martin")
    clock(date(2025, 9, 2)); identity.request_proof(c[9], WHO, on=date(2025, 9, 2))
    check(clock, c[9], date(2025, 9, 5))
    answer(clock, c[9], date(2025, 10, 20)); close(clock, c[9], date(2025, 10, 22))
    # C10 refused as manifestly unfounded on 10 November (7 days)
    c[10] = new_case(eco, "Thomas Lambert", date(2025, 11, 3), assignee="Jan Peeters")
    clock(date(2025, 11, 10)); checklist.mark_unfounded(c[10], "fourth identical request this year", WHO)
    close(clock, c[10], date(2025, 11, 15), "refused", "manifestly unfounded")
    # C11 proof received after 10 days, the check failed, refused on 17 November (14 days)
    c[11] = new_case(eco, "Fatima El Amrani", date(2025, 11, 3), channel="letter")
    clock(date(2025, 11, 4)); identity.request_proof(c[11], WHO, on=date(2025, 11, 4))
    clock(date(2025, 11, 14)); store.identity_received(c[11], WHO, date(2025, 11, 14))
    check(clock, c[11], date(2025, 11, 14), "failed", "the signature does not match")
    answer(clock, c[11], date(2025, 11, 17), "refused", "identity not established")
    close(clock, c[11], date(2025, 11, 20), "refused", "identity not established")
    # C12 erasure, invoices kept under a legal obligation (Art. 17(3)(b)): partly granted, 14 days
    c[12] = new_case(eco, "Margaux Fontaine", date(2025, 12, 1), rights=("erasure",), channel="web-form",
                     assignee="Sophie Martin")
    clock(date(2025, 12, 15))
    items = checklist.items_of(c[12])
    kept = next(i for i in items if i.action == "act")
    for item in items:
        if item.id == kept.id:
            checklist.set_item(c[12], item.position, "done", "invoices kept seven years", WHO,
                               exception="legal-obligation")
        else:
            checklist.set_item(c[12], item.position, "done", "erased", WHO)
    store.change_status(c[12], "in-progress", WHO)
    store.change_status(c[12], "answered", WHO)
    close(clock, c[12], date(2025, 12, 18), "partly-granted", "invoices kept (accounting law)")
    # C13 received 22 December 2025, answered 12 January 2026: counted in 2025 (21 days, on time)
    c[13] = new_case(eco, "Sander Meijer", date(2025, 12, 22))
    answer(clock, c[13], date(2026, 1, 12)); close(clock, c[13], date(2026, 1, 15))
    # C14 received 5 January 2026, answered 20 January: 2026
    c[14] = new_case(eco, "Chloé Laurent", date(2026, 1, 5), today=date(2026, 1, 5))
    answer(clock, c[14], date(2026, 1, 20)); close(clock, c[14], date(2026, 1, 22))
    # C17 withdrawn
    c[17] = new_case(eco, "Wouter Mertens", date(2025, 4, 1), rights=("objection",), assignee="Jan Peeters")
    answer(clock, c[17], date(2025, 4, 5), "withdrawn")
    # C18 still open, due Fri 2 January 2026 (1 January is a holiday): late on 1 March 2026
    c[18] = new_case(eco, "Amélie Dubois", date(2025, 12, 1), channel="phone", assignee="Jan Peeters")
    clock(date(2025, 12, 3)); store.change_status(c[18], "in-progress", WHO)
    # C19 open and on time on 1 March 2026
    c[19] = new_case(eco, "Joris Wouters", date(2026, 2, 20), today=date(2026, 2, 20))
    # C20 the requester of C1 again, within the year: a repeat request (10 days, on time)
    c[20] = new_case(eco, "Léa Dubois", date(2025, 5, 10), email="Lea.Dubois@example.org")
    answer(clock, c[20], date(2025, 5, 20)); close(clock, c[20], date(2025, 5, 22))
    # C21 another organisation (the French sample): 2 days
    c[21] = new_case("maildrop", "Camille Martin", date(2025, 3, 10))
    answer(clock, c[21], date(2025, 3, 12)); close(clock, c[21], date(2025, 3, 14))
    # C15, C16 in the leap year 2028: 29 Feb -> 29 March; 31 January -> 29 February (the leap day)
    c[15] = new_case(eco, "Aïcha Yılmaz", date(2028, 2, 29), today=date(2028, 2, 29))
    answer(clock, c[15], date(2028, 3, 29)); close(clock, c[15], date(2028, 3, 30))
    c[16] = new_case(eco, "Maarten Visser", date(2028, 1, 31), today=date(2028, 1, 31))
    answer(clock, c[16], date(2028, 3, 1)); close(clock, c[16], date(2028, 3, 2))
    return c


TODAY = date(2026, 3, 1)
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))


def test_the_deadlines_the_expectations_rest_on(desk):
    """The limits written in the comments above, as the engine stored them."""
    limits = {n: store.get_case_by_id(case.id) for n, case in desk.items()}
    assert limits[2].legal_limit == date(2025, 4, 3)
    assert limits[4].legal_limit == date(2025, 3, 17)
    assert limits[5].legal_limit == date(2025, 9, 2) and limits[5].first_limit == date(2025, 7, 2)
    assert limits[8].legal_limit == date(2025, 10, 13)
    assert limits[9].legal_limit == date(2025, 10, 6)
    assert limits[18].due == date(2026, 1, 2)
    assert limits[15].legal_limit == date(2028, 3, 29)
    assert limits[16].legal_limit == date(2028, 2, 29)


def test_a_year_of_one_organisation(desk):
    f = figures.figures(*YEAR_2025, organisation="ecomarket", today=TODAY)
    t = f.total
    assert (t.received, t.answered, t.open, t.withdrawn, t.unanswered) == (16, 14, 1, 1, 0)
    # kept apart: never paused (C1 C2 C4 C5 C7 C10 C12 C13 C20 on time; C3 C6 late) and paused (C8 C11; C9)
    assert (t.on_time, t.late) == (9, 2)
    assert (t.paused_on_time, t.paused_late, t.paused_identity) == (2, 1, 3)
    assert t.on_time_rate == pytest.approx(9 / 11)
    assert t.all_on_time_rate == pytest.approx(11 / 14)
    assert (t.open_on_time, t.open_late, t.open_past_legal_limit, t.open_waiting) == (0, 1, 1, 0)
    assert (t.extended, t.extension_in_time, t.extension_late, t.extension_not_notified) == (3, 1, 1, 1)
    assert (t.refused, t.partly_refused, t.repeat_request, t.id_copy_asked, t.deleted) == (2, 1, 1, 1, 0)
    assert t.rights == {"access": 11, "rectification": 1, "erasure": 3, "restriction": 0, "portability": 0,
                        "objection": 1, "withdraw-consent": 0, "other": 0}
    assert f.days_to_answer == {7: 1, 10: 1, 14: 2, 17: 1, 21: 1, 30: 1, 31: 1, 32: 1, 39: 1, 43: 1, 49: 1,
                                84: 1, 100: 1}
    assert (f.days_median, f.days_p90) == (30, 84)
    assert f.refusal_grounds["refused"] == {"unfounded": 1, "identity": 1, "freedom-of-expression": 0,
                                            "legal-obligation": 0, "public-health": 0, "archiving-research": 0,
                                            "legal-claims": 0, "other": 0}
    assert f.refusal_grounds["partly-refused"]["legal-obligation"] == 1
    assert sum(f.refusal_grounds["partly-refused"].values()) == 1
    assert f.identity_checks == {"signed-letter": {"verified": 2, "failed": 1}}
    assert {m: c.received for m, c in f.months.items() if c.received} == {
        "2025-02": 1, "2025-03": 3, "2025-04": 1, "2025-05": 1, "2025-06": 3, "2025-09": 2, "2025-11": 2,
        "2025-12": 3}
    assert list(f.months) == [f"2025-{m:02d}" for m in range(1, 13)]
    march = f.months["2025-03"]
    assert (march.on_time, march.late, march.rights["erasure"], march.rights["access"]) == (2, 1, 1, 2)
    assert f.channel_mix == {"email": 8, "letter": 3, "phone": 3, "web-form": 2}
    assert {k: c.received for k, c in f.clerks.items()} == {"Anna Clerk": 7, "Jan Peeters": 5, "Sophie Martin": 4}
    assert list(f.clerks) == ["Anna Clerk", "Jan Peeters", "Sophie Martin"]
    assert (f.clerks["Jan Peeters"].late, f.clerks["Jan Peeters"].open_late) == (1, 1)
    assert list(f.organisations) == ["ecomarket"] and f.organisation_name == "ECOMARKET SRL"


def test_the_year_boundary_the_leap_day_and_all_organisations(desk):
    next_year = figures.figures(date(2026, 1, 1), date(2026, 12, 31), "ecomarket", today=TODAY)
    assert (next_year.total.received, next_year.total.answered, next_year.total.open_on_time) == (2, 1, 1)
    assert next_year.days_to_answer == {15: 1}  # C13, answered in January 2026, stays in 2025
    everyone = figures.figures(*YEAR_2025, today=TODAY)
    assert everyone.total.received == 17
    assert {o: c.received for o, c in everyone.organisations.items()} == {"ecomarket": 16, "maildrop": 1}
    assert everyone.days_to_answer[2] == 1
    leap = figures.figures(date(2028, 1, 1), date(2028, 12, 31), today=date(2028, 4, 1))
    assert (leap.total.received, leap.total.on_time, leap.total.late) == (2, 1, 1)
    assert leap.days_to_answer == {29: 1, 30: 1}
    february = figures.figures(date(2028, 2, 29), date(2028, 2, 29), today=date(2028, 4, 1))
    assert (february.total.received, list(february.months)) == (1, ["2028-02"])


def test_the_stored_facts_are_the_facts_computed_live(desk):
    """case_facts is a cache: the figures from it equal the figures computed from scratch."""
    cached = figures.figures(*YEAR_2025, today=TODAY)
    assert models.CaseFacts.select().count() == len(desk) == 21  # every case has its row, open ones too
    live = figures.figures(*YEAR_2025, today=TODAY, cached=False)
    assert cached.to_json() == live.to_json()


def test_a_change_after_the_first_count_is_counted(desk, clock):
    before = figures.figures(*YEAR_2025, "ecomarket", today=TODAY).total
    # C4 reopened: open again (late: its due date passed long ago)
    clock(TODAY)
    store.change_status(desk[4], "in-progress", WHO, note="the requester disputes the correction")
    # a request received before C2's, by C2's requester, typed in only now: C2 becomes a repeat
    new_case("ecomarket", "Bram Peeters", date(2025, 2, 20), email="bram.peeters@example.org", today=TODAY)
    after = figures.figures(*YEAR_2025, "ecomarket", today=TODAY).total
    assert (after.received, after.answered, after.open, after.open_late) == (17, 13, 3, 3)
    assert after.on_time == before.on_time - 1
    assert after.repeat_request == before.repeat_request + 1
    assert figures.figures(*YEAR_2025, "ecomarket", today=TODAY, cached=False).to_json() == \
        figures.figures(*YEAR_2025, "ecomarket", today=TODAY).to_json()


def test_the_json_holds_the_figures_and_no_requester(desk):
    data = figures.figures(*YEAR_2025, "ecomarket", today=TODAY).to_json()
    text = json.dumps(data, ensure_ascii=False)
    assert data["total"]["received"] == 16 and data["days_to_answer"]["median"] == 30
    assert data["months"]["2025-03"]["late"] == 1
    for case in desk.values():
        assert case.requester_name not in text and case.requester_email not in text
        assert case.reference not in text


def test_a_bad_period_or_organisation_names_the_field(samples):
    with pytest.raises(figures.InvalidPeriod) as reversed_period:
        figures.figures(date(2025, 12, 31), date(2025, 1, 1))
    assert reversed_period.value.problems[0].field == "period"
    assert reversed_period.value.problems[0].code == "figures.period-reversed"
    with pytest.raises(figures.InvalidPeriod) as unknown:
        figures.figures(*YEAR_2025, organisation="nobody")
    assert unknown.value.problems[0].field == "organisation"
    empty = figures.figures(*YEAR_2025, today=TODAY)
    assert empty.total.received == 0 and empty.days_median is None and empty.total.on_time_rate is None


def test_the_case_rows_carry_the_same_facts(desk):
    rows = {r.reference: r for r in figures.case_rows(*YEAR_2025, "ecomarket", today=TODAY)}
    assert len(rows) == 16
    c8 = rows[desk[8].reference]
    assert (c8.answered_on, c8.days_to_answer, c8.on_time, c8.paused_identity) == (date(2025, 10, 10), 39, True, True)
    c6 = rows[desk[6].reference]
    assert (c6.extension_notice, c6.on_time) == ("late", False)
    assert rows[desk[10].reference].grounds == ("unfounded",)
    assert rows[desk[1].reference].answered_on == date(2025, 3, 20)  # the letter, not the status change


def test_migration_6_gives_the_cases_already_stored_their_first_limit(db_path):
    import sqlite3

    from dsar_desk.resources import resource
    from dsar_desk.store import db as dbmodule
    from dsar_desk.store import migrations

    only_5 = {k: v for k, v in migrations.MIGRATIONS.items() if k <= 5}
    original = dbmodule.MIGRATIONS, dbmodule.LATEST
    dbmodule.MIGRATIONS, dbmodule.LATEST = only_5, 5
    try:
        dbmodule.open_database(db_path)
        run = dbmodule.database.execute_sql
        run("""INSERT INTO "organisation" (slug, name, prefix, country, languages, profile, profile_version,
               pause_rule, imported_at, updated_at) VALUES ('ecomarket', 'ECOMARKET SRL', 'ECO', 'BE', 'nl,fr', ?, 1,
               'suspend', '2025-01-01', '2025-01-01')""", (resource("samples", "ecomarket.toml").read_text("utf-8"),))
        for number, extended, legal in ((1, 1, "2025-09-12"), (2, 0, "2025-07-14")):
            run("""INSERT INTO "case" (organisation_id, reference, year, number, requester_name, requester_email,
                   requester_address, requester_country, language, rights, channel, received, summary, status,
                   assignee, extended, extension_reasons, legal_limit, due, outcomes, search, created_at, updated_at)
                   VALUES (1, ?, 2025, ?, 'A', 'a@example.org', '', '', 'nl', 'access', 'email', '2025-06-02', '',
                   'in-progress', 'Anna', ?, '', ?, ?, '', '', '2025-06-02', '2025-06-02')""",
                (f"ECO-2025-000{number}", number, extended, legal, legal))
            run("""INSERT INTO "pause" (case_id, reason, requested, received) VALUES (?, 'identity', '2025-06-03',
                   '2025-06-13')""", (number,))
        dbmodule.close_database()
    finally:
        dbmodule.MIGRATIONS, dbmodule.LATEST = original
    dbmodule.open_database(db_path)
    dbmodule.close_database()
    conn = sqlite3.connect(db_path)
    # one month + the 10 days waited: Saturday 12 July 2025, rolled to Monday 14 July, extended or not
    assert conn.execute('SELECT "number", "first_limit" FROM "case" ORDER BY "number"').fetchall() == [
        (1, "2025-07-14"), (2, "2025-07-14")]
    conn.close()
