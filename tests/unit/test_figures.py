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

from dsar_desk.desk import cases as desk_cases
from dsar_desk.desk import checklist, identity, letters
from dsar_desk.desk.figures import figures as count
from dsar_desk.domain import finishing
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import figures, models
from dsar_desk.store.answers import round_of, sent_in_round
from dsar_desk.store.cases import get_case_by_id
from dsar_desk.store.checklist import items_of

# The requests are told day by day on the desk's clock (store.models.now); a team's server dates
# every event by its own clock (the record's rule), so these run on the file; on a server, the
# figures are tested in tests/unit/test_figures_server.py.
pytestmark = pytest.mark.sqlite_only

WHO = "Anna Clerk"
OVERRIDE = "checklist not under test here"
NO_LETTER = "answered by telephone and confirmed by e-mail (the letters are not under test here)"


def new_case(org, name, received, *, rights=("access",), channel="email", assignee=WHO, email=None, today=None):
    """The one place a test creates a case: desk.cases.create_case."""
    slug = name.lower().replace(" ", ".")
    draft = CaseDraft(organisation=org, name=name, email=email or f"{slug}@example.org", rights=list(rights),
                      channel=channel, received=received, assignee=assignee)
    return desk_cases.create_case(draft, WHO, today=today or received)


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


class Story:
    """What happened to a set of requests, told case by case and then played in the order of the
    days: the record is append-only and in time order (an event is never dated before the one
    written before it), so the desk is driven day by day, the clock set to each day in turn.

        s.new(1, "ecomarket", "Léa Dubois", date(2025, 3, 3))   # case 1, created the day received
        s.answer(1, date(2025, 3, 21)); s.close(1, date(2025, 3, 25))
        cases = s.run()                                         # {1: Case, ...}
    """

    def __init__(self, clock):
        self.clock = clock
        self.steps: list[tuple[date, int, object]] = []
        self.cases: dict = {}

    def on(self, day: date, step) -> None:
        self.steps.append((day, len(self.steps), step))

    def case(self, key):
        """The case as stored now (each step reads it afresh)."""
        return get_case_by_id(self.cases[key].id)

    def run(self) -> dict:
        for day, _, step in sorted(self.steps, key=lambda s: (s[0], s[1])):
            self.clock(day)
            step()
        self.steps = []
        return {k: self.case(k) for k in self.cases}

    # what a clerk does, on a day
    def new(self, key, org, name, received, *, today=None, **kw):
        day = today or received

        def step():
            self.cases[key] = new_case(org, name, received, today=day, **kw)

        self.on(day, step)

    def status(self, key, day, status, **kw):
        self.on(day, lambda: desk_cases.change_status(self.case(key), status, WHO, **kw))

    def answer(self, key, day, status="answered", note=""):
        def step():
            case = self.case(key)
            if case.status in ("received", "awaiting-identity"):
                desk_cases.change_status(case, "in-progress", WHO)
                case = self.case(key)
            outcomes = None
            if status == "answered":  # closing means finished: a right no letter answers gets its outcome here
                answered = finishing.covered(sent_in_round(case, round_of(case)), case.right_list)
                outcomes = {r: {"outcome": "granted", "no_letter": NO_LETTER} for r in case.right_list
                            if r not in answered}
            desk_cases.change_status(case, status, WHO, note=note, override=OVERRIDE if status == "answered" else "",
                                     outcomes=outcomes)

        self.on(day, step)

    def close(self, key, day, outcome="granted", reason=""):
        def step():
            case = self.case(key)
            desk_cases.change_status(case, "closed", WHO,
                                     outcomes={r: {"outcome": outcome, "reason": reason, "no_letter": NO_LETTER}
                                               for r in case.right_list})

        self.on(day, step)

    def letter(self, key, kind, day):
        def step():
            if kind in ("erasure", "rectification", "restriction"):  # the letter says what the checklist says
                for item in items_of(self.case(key)):
                    if item.state == "open":
                        checklist.set_item(self.case(key), item.position, "done", "done (not under test here)", WHO)
            made = letters.make_letter(self.case(key), kind, None, WHO, today=day)
            letters.mark_sent(made, "email", day, None, WHO, today=day)

        self.on(day, step)

    def check(self, key, day, outcome="verified", reason="", method="signed-letter", **kw):
        # a method other than the policy's needs the reason (domain.identity): one is given here
        reason = reason or "the requester had no other proof at hand (not under test here)"
        self.on(day, lambda: identity.record_check(self.case(key), IdentityDraft(
            method=method, outcome=outcome, checked_on=day, reason=reason, **kw.pop("fields", {})), WHO,
            today=day, **kw))

    def ask_identity(self, key, day, **kw):
        self.on(day, lambda: desk_cases.request_identity(self.case(key), WHO, on=day, **kw))

    def extend(self, key, day, reasons="three systems to search"):
        self.on(day, lambda: desk_cases.extend(self.case(key), reasons, WHO, on=day))

    def do(self, day, step):
        """Anything else, on a day."""
        self.on(day, step)


@pytest.fixture
def desk(samples, clock):
    """The hand-built requests (C1 ... C21), as the comment of each block says."""
    s = Story(clock)
    eco = "ecomarket"
    # C1 erasure, answered by a letter sent on 20 March (status changed the day after): 17 days, on time
    s.new(1, eco, "Léa Dubois", date(2025, 3, 3), rights=("erasure",), email="lea.dubois@example.org")
    s.status(1, date(2025, 3, 4), "in-progress")
    s.letter(1, "erasure", date(2025, 3, 20))
    s.answer(1, date(2025, 3, 21)); s.close(1, date(2025, 3, 25))
    # C2 answered on the limit itself (3 March -> 3 April): 31 days, on time; C3 a day after: late
    s.new(2, eco, "Bram Peeters", date(2025, 3, 3), channel="letter", assignee="Sophie Martin")
    s.answer(2, date(2025, 4, 3)); s.close(2, date(2025, 4, 10))
    s.new(3, eco, "Noor Bakker", date(2025, 3, 3), channel="phone", assignee="Jan Peeters")
    s.answer(3, date(2025, 4, 4)); s.close(3, date(2025, 4, 10))
    # C4 the limit falls on Saturday 15 March, rolled to Monday 17: answered that Monday, on time
    s.new(4, eco, "Jan Claes", date(2025, 2, 15), rights=("rectification",), channel="web-form")
    s.answer(4, date(2025, 3, 17)); s.close(4, date(2025, 3, 20))
    # C5, C6, C7 received 2 June 2025: first limit 2 July, extended limit 2 September
    s.new(5, eco, "Inès Girard", date(2025, 6, 2))
    s.extend(5, date(2025, 6, 20))
    s.letter(5, "extension", date(2025, 6, 20))  # notified in time
    s.answer(5, date(2025, 8, 25)); s.close(5, date(2025, 8, 28))
    s.new(6, eco, "Daan Smit", date(2025, 6, 2), assignee="Sophie Martin")
    s.extend(6, date(2025, 6, 30))
    s.letter(6, "extension", date(2025, 7, 7))  # extended in time, told too late
    s.answer(6, date(2025, 9, 10)); s.close(6, date(2025, 9, 12))  # and answered late
    s.new(7, eco, "Hélène Moreau", date(2025, 6, 2), channel="letter", assignee="Jan Peeters")
    s.extend(7, date(2025, 6, 10))
    s.answer(7, date(2025, 7, 15)); s.close(7, date(2025, 7, 18))  # never told
    # C8 paused for identity 10 days (an ID copy asked): limit 1 Oct + 10 = Sat 11 Oct -> Mon 13 Oct;
    # answered 10 October: on time only thanks to the pause
    s.new(8, eco, "Zoë Ørsted", date(2025, 9, 1))
    s.ask_identity(8, date(2025, 9, 3), id_copy=True, why="no account data to compare with")
    s.check(8, date(2025, 9, 13))
    s.answer(8, date(2025, 10, 10)); s.close(8, date(2025, 10, 14))
    # C9 paused 3 days: limit Sat 4 Oct -> Mon 6 Oct; answered 20 October: late
    s.new(9, eco, "Ödön Szőke", date(2025, 9, 1), rights=("erasure",), channel="phone", assignee="Sophie Martin")
    s.ask_identity(9, date(2025, 9, 2))
    s.check(9, date(2025, 9, 5))
    s.answer(9, date(2025, 10, 20)); s.close(9, date(2025, 10, 22))
    # C10 refused as manifestly unfounded on 10 November (7 days)
    s.new(10, eco, "Thomas Lambert", date(2025, 11, 3), assignee="Jan Peeters")
    s.do(date(2025, 11, 10), lambda: desk_cases.mark_unfounded(s.case(10), "fourth identical request this year", WHO))
    s.close(10, date(2025, 11, 15), "refused", "manifestly unfounded")
    # C11 proof received after 10 days, the check failed, refused on 17 November (14 days)
    s.new(11, eco, "Fatima El Amrani", date(2025, 11, 3), channel="letter")
    s.ask_identity(11, date(2025, 11, 4))
    s.do(date(2025, 11, 14), lambda: desk_cases.information_received(s.case(11), WHO, date(2025, 11, 14)))
    s.check(11, date(2025, 11, 14), "failed", "the signature does not match")
    s.answer(11, date(2025, 11, 17), "refused", "identity not established")
    s.close(11, date(2025, 11, 20), "refused", "identity not established")
    # C12 erasure, invoices kept under a legal obligation (Art. 17(3)(b)): partly granted, 14 days
    s.new(12, eco, "Margaux Fontaine", date(2025, 12, 1), rights=("erasure",), channel="web-form",
          assignee="Sophie Martin")

    def c12_done():
        items = items_of(s.case(12))
        kept = next(i for i in items if i.action == "act")
        for item in items:
            if item.id == kept.id:
                checklist.set_item(s.case(12), item.position, "done", "invoices kept seven years", WHO,
                                   exception="legal-obligation")
            else:
                checklist.set_item(s.case(12), item.position, "done", "erased", WHO)
        desk_cases.change_status(s.case(12), "in-progress", WHO)
        desk_cases.change_status(s.case(12), "answered", WHO, outcomes={"erasure": {
            "outcome": "partly-granted", "reason": "invoices kept (accounting law)", "no_letter": NO_LETTER}})

    s.do(date(2025, 12, 15), c12_done)
    s.close(12, date(2025, 12, 18), "partly-granted", "invoices kept (accounting law)")
    # C13 received 22 December 2025, answered 12 January 2026: counted in 2025 (21 days, on time)
    s.new(13, eco, "Sander Meijer", date(2025, 12, 22))
    s.answer(13, date(2026, 1, 12)); s.close(13, date(2026, 1, 15))
    # C14 received 5 January 2026, answered 20 January: 2026
    s.new(14, eco, "Chloé Laurent", date(2026, 1, 5))
    s.answer(14, date(2026, 1, 20)); s.close(14, date(2026, 1, 22))
    # C17 withdrawn
    s.new(17, eco, "Wouter Mertens", date(2025, 4, 1), rights=("objection",), assignee="Jan Peeters")
    s.answer(17, date(2025, 4, 5), "withdrawn", "the requester withdrew")
    # C18 still open, due Fri 2 January 2026 (1 January is a holiday): late on 1 March 2026
    s.new(18, eco, "Amélie Dubois", date(2025, 12, 1), channel="phone", assignee="Jan Peeters")
    s.status(18, date(2025, 12, 3), "in-progress")
    # C19 open and on time on 1 March 2026
    s.new(19, eco, "Joris Wouters", date(2026, 2, 20))
    # C20 the requester of C1 again, within the year: a repeat request (10 days, on time)
    s.new(20, eco, "Léa Dubois", date(2025, 5, 10), email="Lea.Dubois@example.org")
    s.answer(20, date(2025, 5, 20)); s.close(20, date(2025, 5, 22))
    # C21 another organisation (the French sample): 2 days
    s.new(21, "maildrop", "Camille Martin", date(2025, 3, 10))
    s.answer(21, date(2025, 3, 12)); s.close(21, date(2025, 3, 14))
    # C15, C16 in the leap year 2028: 29 Feb -> 29 March; 31 January -> 29 February (the leap day)
    s.new(15, eco, "Aïcha Yılmaz", date(2028, 2, 29))
    s.answer(15, date(2028, 3, 29)); s.close(15, date(2028, 3, 30))
    s.new(16, eco, "Maarten Visser", date(2028, 1, 31))
    s.answer(16, date(2028, 3, 1)); s.close(16, date(2028, 3, 2))
    return s.run()


TODAY = date(2026, 3, 1)
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))


def test_the_deadlines_the_expectations_rest_on(desk):
    """The limits written in the comments above, as the engine stored them."""
    limits = {n: get_case_by_id(case.id) for n, case in desk.items()}
    assert limits[2].legal_limit == date(2025, 4, 3)
    assert limits[4].legal_limit == date(2025, 3, 17)
    assert limits[5].legal_limit == date(2025, 9, 2) and limits[5].first_limit == date(2025, 7, 2)
    assert limits[8].legal_limit == date(2025, 10, 13)
    assert limits[9].legal_limit == date(2025, 10, 6)
    assert limits[18].due == date(2026, 1, 2)
    assert limits[15].legal_limit == date(2028, 3, 29)
    assert limits[16].legal_limit == date(2028, 2, 29)


def test_a_year_of_one_organisation(desk):
    f = count(*YEAR_2025, organisation="ecomarket", today=TODAY)
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
    next_year = count(date(2026, 1, 1), date(2026, 12, 31), "ecomarket", today=TODAY)
    assert (next_year.total.received, next_year.total.answered, next_year.total.open_on_time) == (2, 1, 1)
    assert next_year.days_to_answer == {15: 1}  # C13, answered in January 2026, stays in 2025
    everyone = count(*YEAR_2025, today=TODAY)
    assert everyone.total.received == 17
    assert {o: c.received for o, c in everyone.organisations.items()} == {"ecomarket": 16, "maildrop": 1}
    assert everyone.days_to_answer[2] == 1
    leap = count(date(2028, 1, 1), date(2028, 12, 31), today=date(2028, 4, 1))
    assert (leap.total.received, leap.total.on_time, leap.total.late) == (2, 1, 1)
    assert leap.days_to_answer == {29: 1, 30: 1}
    february = count(date(2028, 2, 29), date(2028, 2, 29), today=date(2028, 4, 1))
    assert (february.total.received, list(february.months)) == (1, ["2028-02"])


def test_the_stored_facts_are_the_facts_computed_live(desk):
    """case_facts is a cache: the figures from it equal the figures computed from scratch."""
    cached = count(*YEAR_2025, today=TODAY)
    assert models.CaseFacts.select().count() == len(desk) == 21  # every case has its row, open ones too
    live = count(*YEAR_2025, today=TODAY, cached=False)
    assert cached.to_json() == live.to_json()


def test_a_change_after_the_first_count_is_counted(desk, clock):
    before = count(*YEAR_2025, "ecomarket", today=TODAY).total
    # C4 reopened: open again (late: its due date passed long ago)
    clock(TODAY)
    desk_cases.change_status(desk[4], "in-progress", WHO, note="the requester disputes the correction")
    # a request received before C2's, by C2's requester, typed in only now: C2 becomes a repeat
    new_case("ecomarket", "Bram Peeters", date(2025, 2, 20), email="bram.peeters@example.org", today=TODAY)
    after = count(*YEAR_2025, "ecomarket", today=TODAY).total
    assert (after.received, after.answered, after.open, after.open_late) == (17, 13, 3, 3)
    assert after.on_time == before.on_time - 1
    assert after.repeat_request == before.repeat_request + 1
    assert count(*YEAR_2025, "ecomarket", today=TODAY, cached=False).to_json() == \
        count(*YEAR_2025, "ecomarket", today=TODAY).to_json()


def test_the_json_holds_the_figures_and_no_requester(desk):
    data = count(*YEAR_2025, "ecomarket", today=TODAY).to_json()
    text = json.dumps(data, ensure_ascii=False)
    assert data["total"]["received"] == 16 and data["days_to_answer"]["median"] == 30
    assert data["months"]["2025-03"]["late"] == 1
    for case in desk.values():
        assert case.requester_name not in text and case.requester_email not in text
        assert case.reference not in text


def test_a_bad_period_or_organisation_names_the_field(samples):
    with pytest.raises(figures.InvalidPeriod) as reversed_period:
        count(date(2025, 12, 31), date(2025, 1, 1))
    assert reversed_period.value.problems[0].field == "period"
    assert reversed_period.value.problems[0].code == "figures.period-reversed"
    with pytest.raises(figures.InvalidPeriod) as unknown:
        count(*YEAR_2025, organisation="nobody")
    assert unknown.value.problems[0].field == "organisation"
    empty = count(*YEAR_2025, today=TODAY)
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


def test_migration_8_gives_the_cases_already_stored_their_first_limit(db_path):
    import sqlite3

    from dsar_desk.resources import resource
    from dsar_desk.store import db as dbmodule
    from dsar_desk.store import migrations

    only_7 = {k: v for k, v in migrations.MIGRATIONS.items() if k <= 7}
    original = dbmodule.MIGRATIONS, dbmodule.LATEST
    dbmodule.MIGRATIONS, dbmodule.LATEST = only_7, 7
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
