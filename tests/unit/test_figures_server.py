"""The figures on both backends, with today's clock (a team's server dates events itself)."""

from __future__ import annotations

from datetime import date

from dsar_desk.desk import cases as desk_cases
from dsar_desk.desk.figures import figures
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.store.cases import get_case_by_id

WHO = "Anna Clerk"


def _case(name: str, rights=("access",)):
    today = date.today()
    return desk_cases.create_case(CaseDraft(
        organisation="ecomarket", name=name, email=f"{name.split()[0].lower()}@example.be",
        address=["Rue Haute 1", "1000 Bruxelles"], country="BE", language="fr", rights=list(rights),
        channel="email", received=today), WHO, today=today)


def test_a_request_answered_today_is_counted_on_time_and_a_second_one_open(samples):
    today = date.today()
    answered = _case("Lucie Dubois")
    desk_cases.change_status(answered, "in-progress", WHO)
    desk_cases.change_status(get_case_by_id(answered.id), "answered", WHO, override="not under test here",
                             outcomes={"access": {"outcome": "granted", "no_letter": "answered by telephone"}})
    _case("Marc Lenoir")
    year = figures(date(today.year, 1, 1), date(today.year, 12, 31), "ecomarket", today=today)
    t = year.total
    assert (t.received, t.answered, t.open) == (2, 1, 1)
    assert (t.on_time, t.late) == (1, 0)
    assert year.days_median == 0
    # counted again, from the stored facts this time: the same figures
    again = figures(date(today.year, 1, 1), date(today.year, 12, 31), "ecomarket", today=today)
    assert (again.total.received, again.total.answered, again.total.on_time) == (2, 1, 1)
