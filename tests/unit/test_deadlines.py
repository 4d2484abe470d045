"""Tests of the deadline engine (dsar_desk.domain.deadlines).

Every worked example was checked by hand against a calendar; the comments give
the weekday reasoning (``date(y, m, d).weekday()``: Monday = 0 ... Sunday = 6).
Easter Sundays used: 2019-04-21, 2026-04-05 (so Good Friday 3 April, Easter
Monday 6 April, Ascension 14 May, Whit Monday 25 May, Corpus Christi 4 June 2026).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsar_desk.domain.deadlines import (
    LANGUAGES,
    PAUSE_RULES,
    Deadline,
    DeadlineError,
    DeadlineInput,
    Pause,
    add_months,
    check_extension,
    compute_deadline,
    extension_allowed,
    format_day,
    holiday_name,
    is_working_day,
    next_working_day,
    receipt_date,
    supported_countries,
    supported_subdivisions,
)

D = date
FIVE = ("FR", "BE", "NL", "LU", "DE")


def limit(received: date, country: str, subdivision: str | None = None, **kw) -> date:
    return compute_deadline(DeadlineInput(received, country, subdivision, **kw)).legal_limit


# --------------------------------------------------------------------- add_months


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (D(2026, 3, 5), 1, D(2026, 4, 5)),  # EDPB example: 5 March -> 5 April
        (D(2026, 8, 31), 1, D(2026, 9, 30)),  # EDPB example: September has no 31st
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # 2026 not a leap year
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # 2028 is a leap year
        (D(2026, 1, 30), 1, D(2026, 2, 28)),
        (D(2026, 2, 28), 1, D(2026, 3, 28)),  # shortest month: 28 days
        (D(2026, 12, 31), 1, D(2027, 1, 31)),  # across the year end
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2026, 1, 31), 3, D(2026, 4, 30)),
        (D(2027, 12, 31), 2, D(2028, 2, 29)),
        (D(2026, 5, 15), 0, D(2026, 5, 15)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


# ---------------------------------------------------------------- worked examples

# (received, country, subdivision, expected one-month legal limit, reasoning)
WORKED = [
    # --- across months
    (D(2018, 3, 5), "FR", None, D(2018, 4, 5), "5 Mar -> 5 Apr 2018, a Thursday (Easter Monday was 2 Apr)"),
    (D(2026, 8, 31), "FR", None, D(2026, 9, 30), "31 Aug -> 30 Sep 2026, a Wednesday"),
    (D(2026, 1, 31), "FR", None, D(2026, 3, 2), "-> Sat 28 Feb 2026 -> Mon 2 Mar"),
    (D(2026, 1, 31), "NL", None, D(2026, 3, 2), "same in every country"),
    # --- leap year
    (D(2028, 1, 31), "FR", None, D(2028, 2, 29), "2028 leap: Tue 29 Feb 2028"),
    (D(2028, 1, 31), "DE", None, D(2028, 2, 29), "Tue 29 Feb 2028"),
    # --- year ends
    (D(2026, 11, 30), "FR", None, D(2026, 12, 30), "Wed 30 Dec 2026"),
    (D(2026, 12, 1), "FR", None, D(2027, 1, 4), "Fri 1 Jan 2027 New Year, Sat, Sun -> Mon 4 Jan"),
    (D(2026, 12, 1), "NL", None, D(2027, 1, 4), "same, New Year everywhere"),
    (D(2026, 12, 31), "BE", None, D(2027, 2, 1), "Sun 31 Jan 2027 -> Mon 1 Feb"),
    # --- Easter Monday, 6 Apr 2026 (Monday): 6 Mar -> Mon 6 Apr -> Tue 7 Apr
    *[(D(2026, 3, 6), c, None, D(2026, 4, 7), "Easter Monday 6 Apr 2026") for c in FIVE],
    # --- Ascension, Thu 14 May 2026 -> Fri 15 May
    *[(D(2026, 4, 14), c, None, D(2026, 5, 15), "Ascension Thu 14 May 2026") for c in FIVE],
    # --- Whit Monday, Mon 25 May 2026 -> Tue 26 May
    *[(D(2026, 4, 25), c, None, D(2026, 5, 26), "Whit Monday 25 May 2026") for c in FIVE],
    # --- King's Day, Mon 27 Apr 2026: NL only
    (D(2026, 3, 27), "NL", None, D(2026, 4, 28), "King's Day Mon 27 Apr 2026 -> Tue 28 Apr"),
    (D(2026, 3, 27), "FR", None, D(2026, 4, 27), "no King's Day in France"),
    # --- Belgian National Day, Tue 21 Jul 2026
    (D(2026, 6, 21), "BE", None, D(2026, 7, 22), "National Day Tue 21 Jul -> Wed 22 Jul"),
    (D(2026, 6, 21), "FR", None, D(2026, 7, 21), "a working Tuesday in France"),
    # --- Armistice, Wed 11 Nov 2026: FR and BE
    (D(2026, 10, 11), "FR", None, D(2026, 11, 12), "Armistice Wed 11 Nov -> Thu 12 Nov"),
    (D(2026, 10, 11), "BE", None, D(2026, 11, 12), "Armistice Wed 11 Nov -> Thu 12 Nov"),
    (D(2026, 10, 11), "NL", None, D(2026, 11, 11), "not a holiday in NL"),
    (D(2026, 10, 11), "DE", None, D(2026, 11, 11), "not a holiday in DE"),
    (D(2026, 10, 11), "LU", None, D(2026, 11, 11), "not a holiday in LU"),
    # --- Christmas: Fri 25 Dec 2026 -> Mon 28 Dec everywhere
    *[(D(2026, 11, 25), c, None, D(2026, 12, 28), "Christmas Fri 25 Dec 2026") for c in FIVE],
    # --- Christmas 2025 on a Thursday; 26 Dec (Fri) a holiday in NL, LU, DE only
    (D(2025, 11, 25), "FR", None, D(2025, 12, 26), "Thu 25 Dec -> Fri 26 Dec"),
    (D(2025, 11, 25), "BE", None, D(2025, 12, 26), "Thu 25 Dec -> Fri 26 Dec"),
    (D(2025, 11, 25), "NL", None, D(2025, 12, 29), "Thu 25, Fri 26 Tweede kerstdag, Sat, Sun -> Mon 29"),
    (D(2025, 11, 25), "LU", None, D(2025, 12, 29), "Thu 25, Fri 26 St Stephen, Sat, Sun -> Mon 29"),
    (D(2025, 11, 25), "DE", None, D(2025, 12, 29), "Thu 25, Fri 26, Sat, Sun -> Mon 29"),
    # --- 1 May 2026 is a Friday: holiday in FR, BE, LU, DE, not NL
    *[(D(2026, 4, 1), c, None, D(2026, 5, 4), "Labour Day Fri 1 May -> Mon 4 May") for c in ("FR", "BE", "LU", "DE")],
    (D(2026, 4, 1), "NL", None, D(2026, 5, 1), "1 May is not a Dutch public holiday"),
    # --- Luxembourg: National Day Tue 23 Jun 2026, Europe Day Fri 9 May 2025
    (D(2026, 5, 23), "LU", None, D(2026, 6, 24), "National Day Tue 23 Jun -> Wed 24 Jun"),
    (D(2026, 5, 23), "FR", None, D(2026, 6, 23), "working in France"),
    (D(2025, 4, 9), "LU", None, D(2025, 5, 12), "Europe Day Fri 9 May 2025, Sat, Sun -> Mon 12"),
    (D(2025, 4, 9), "FR", None, D(2025, 5, 9), "working Friday in France"),
    # --- German Unity Day, Fri 3 Oct 2025
    (D(2025, 9, 3), "DE", None, D(2025, 10, 6), "Unity Day Fri 3 Oct, Sat, Sun -> Mon 6 Oct"),
    (D(2025, 9, 3), "FR", None, D(2025, 10, 3), "working Friday in France"),
    # --- German states: Corpus Christi Thu 4 Jun 2026 (BY, NW), All Saints Mon 1 Nov 2027
    (D(2026, 5, 4), "DE", "BY", D(2026, 6, 5), "Corpus Christi in Bavaria -> Fri 5 Jun"),
    (D(2026, 5, 4), "DE", "NW", D(2026, 6, 5), "Corpus Christi in NRW -> Fri 5 Jun"),
    (D(2026, 5, 4), "DE", None, D(2026, 6, 4), "not a federal holiday"),
    (D(2026, 5, 4), "DE", "Bayern", D(2026, 6, 5), "holidays' alias for BY"),
    (D(2027, 10, 1), "DE", "NW", D(2027, 11, 2), "All Saints Mon 1 Nov 2027 in NRW -> Tue 2"),
    (D(2027, 10, 1), "DE", None, D(2027, 11, 1), "not a federal holiday"),
    # --- Alsace-Moselle: Good Friday (Fri 3 Apr 2026) and 26 Dec (Fri 2025)
    (D(2026, 3, 3), "FR", "57", D(2026, 4, 7), "Good Fri 3 Apr, Sat, Sun, Easter Mon 6 -> Tue 7"),
    (D(2026, 3, 3), "FR", "6AE", D(2026, 4, 7), "Alsace: same"),
    (D(2026, 3, 3), "FR", "67", D(2026, 4, 7), "Bas-Rhin, mapped to 6AE"),
    (D(2026, 3, 3), "FR", "Moselle", D(2026, 4, 7), "holidays' alias for 57"),
    (D(2026, 3, 3), "FR", None, D(2026, 4, 3), "Good Friday is working in plain France"),
    (D(2025, 11, 26), "FR", "57", D(2025, 12, 29), "St Stephen Fri 26 Dec 2025, Sat, Sun -> Mon 29"),
    (D(2025, 11, 26), "FR", "68", D(2025, 12, 29), "Haut-Rhin: same"),
    (D(2025, 11, 26), "FR", None, D(2025, 12, 26), "26 Dec is working in plain France"),
    # --- the longest one-month period (35 days): 3 Mar 2026 -> Good Friday 3 Apr ->
    #     Sat, Sun, Easter Monday -> Tue 7 Apr, where Good Friday is a holiday.
    (D(2026, 3, 3), "DE", None, D(2026, 4, 7), "35 days: Good Friday to Easter Monday"),
    (D(2026, 3, 3), "NL", None, D(2026, 4, 7), "holidays.NL counts Good Friday"),
    (D(2026, 3, 3), "BE", None, D(2026, 4, 3), "Good Friday is working in Belgium"),
]


@pytest.mark.parametrize(
    "received, country, subdivision, expected, why",
    WORKED,
    ids=[f"{r.isoformat()}-{c}-{s or ''}" for r, c, s, *_ in WORKED],
)
def test_worked_examples(received, country, subdivision, expected, why):
    d = compute_deadline(DeadlineInput(received, country, subdivision))
    assert d.legal_limit == expected, why
    assert d.first_limit == expected
    assert d.due == expected
    assert d.promise is None
    assert not d.extended and d.waited_days == 0 and not d.waiting
    assert is_working_day(expected, country, subdivision)


@pytest.mark.parametrize(
    "received, country, expected, why",
    [
        # 31 Jan 2026 + 3 months = 30 Apr 2026, a Thursday
        (D(2026, 1, 31), "FR", D(2026, 4, 30), "Thu 30 Apr 2026"),
        # 5 Mar 2026 + 3 = 5 Jun 2026, a Friday
        (D(2026, 3, 5), "BE", D(2026, 6, 5), "Fri 5 Jun 2026"),
        # 25 Sep 2026 + 3 = Fri 25 Dec 2026 -> Mon 28 Dec
        (D(2026, 9, 25), "LU", D(2026, 12, 28), "Christmas"),
        # 30 Nov 2026 + 3 = Sun 28 Feb 2027 -> Mon 1 Mar
        (D(2026, 11, 30), "NL", D(2027, 3, 1), "end of February"),
        # 30 Nov 2027 + 3 = 29 Feb 2028 (leap), a Tuesday
        (D(2027, 11, 30), "DE", D(2028, 2, 29), "leap year"),
        # 3 Jan 2026 + 3 = Fri 3 Apr 2026, Good Friday in DE -> Tue 7 Apr
        (D(2026, 1, 3), "DE", D(2026, 4, 7), "Good Friday + Easter Monday"),
    ],
)
def test_extended_limit(received, country, expected, why):
    d = compute_deadline(DeadlineInput(received, country, extended=True))
    assert d.legal_limit == expected, why
    assert d.due == expected
    assert d.extended
    assert d.first_limit == limit(received, country)
    assert d.first_limit < d.legal_limit


# -------------------------------------------------------------------------- pauses


def test_suspend_adds_waited_days_then_rolls():
    # 5 Mar 2026 + 1 month = Sun 5 Apr 2026; waited 6 -> 16 Mar = 10 days;
    # 5 Apr + 10 = Wed 15 Apr 2026, a working day.  (Rolling first would have
    # given Tue 7 Apr + 10 = 17 Apr: the order matters.)
    inp = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), D(2026, 3, 16)),))
    d = compute_deadline(inp)
    assert d.waited_days == 10
    assert not d.waiting
    assert d.legal_limit == D(2026, 4, 15)
    assert d.clock_start == D(2026, 3, 5)


def test_suspend_then_weekend_roll():
    # 4 Feb 2026 + 1 month = Wed 4 Mar; + 10 days = Sat 14 Mar -> Mon 16 Mar
    inp = DeadlineInput(D(2026, 2, 4), "BE", pauses=(Pause(D(2026, 2, 5), D(2026, 2, 15)),))
    assert compute_deadline(inp).legal_limit == D(2026, 3, 16)


def test_suspend_several_pauses_sum_and_overlaps_count_once():
    # 4 + 6 days = 10 -> same as above (Mon 16 Mar 2026)
    two = DeadlineInput(
        D(2026, 2, 4),
        "BE",
        pauses=(Pause(D(2026, 2, 5), D(2026, 2, 9)), Pause(D(2026, 2, 10), D(2026, 2, 16))),
    )
    d = compute_deadline(two)
    assert d.waited_days == 10 and d.legal_limit == D(2026, 3, 16)
    # overlapping: [5, 15) and [10, 15) -> 10 days, not 15
    overlapping = DeadlineInput(
        D(2026, 2, 4),
        "BE",
        pauses=(Pause(D(2026, 2, 10), D(2026, 2, 15)), Pause(D(2026, 2, 5), D(2026, 2, 15))),
    )
    assert compute_deadline(overlapping).waited_days == 10


def test_suspend_applies_to_extension_and_promise():
    # 5 Jan 2026, 10 days waited (6 -> 16 Jan):
    # one month: 5 Feb + 10 = Sun 15 Feb -> Mon 16 Feb
    # three months: 5 Apr (Sun) + 10 = Wed 15 Apr
    # promise 30: 5 Jan + 40 days = Sat 14 Feb -> Mon 16 Feb
    pauses = (Pause(D(2026, 1, 6), D(2026, 1, 16)),)
    d = compute_deadline(DeadlineInput(D(2026, 1, 5), "FR", promise_days=30, pauses=pauses))
    assert d.first_limit == D(2026, 2, 16)
    assert d.promise == D(2026, 2, 16)
    assert d.due == D(2026, 2, 16)
    e = compute_deadline(
        DeadlineInput(D(2026, 1, 5), "FR", promise_days=30, pauses=pauses, extended=True)
    )
    assert e.legal_limit == D(2026, 4, 15) and e.due == D(2026, 4, 15)
    assert e.first_limit == D(2026, 2, 16)


def test_open_pause_counts_to_today_and_stops_clock():
    inp = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), None),))
    d = compute_deadline(inp, today=D(2026, 3, 16))
    assert d.waiting and d.waited_days == 10
    assert d.legal_limit == D(2026, 4, 15)
    # a day later the limit has moved by one day (Thu 16 Apr)
    assert compute_deadline(inp, today=D(2026, 3, 17)).legal_limit == D(2026, 4, 16)
    # a pause asked in the future (relative to today) has waited 0 so far
    assert compute_deadline(inp, today=D(2026, 3, 5)).waited_days == 0


def test_restart_rule():
    # identity confirmed Mon 16 Mar 2026 -> 16 Apr 2026, a Thursday
    inp = DeadlineInput(
        D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), D(2026, 3, 16)),), pause_rule="restart"
    )
    d = compute_deadline(inp)
    assert d.legal_limit == D(2026, 4, 16)
    assert d.clock_start == D(2026, 3, 16)
    assert d.waited_days == 10
    # extended: 16 Jun 2026, a Tuesday
    e = compute_deadline(replace(inp, extended=True))
    assert e.legal_limit == D(2026, 6, 16)
    # promise runs from the restart date too: 16 Mar + 30 = Wed 15 Apr
    p = compute_deadline(replace(inp, promise_days=30))
    assert p.promise == D(2026, 4, 15) and p.due == D(2026, 4, 15)


def test_restart_open_pause_assumes_arrival_today():
    # NL: still waiting on Wed 25 Mar 2026 -> 25 Apr (Sat), Sun 26, King's Day Mon 27 -> Tue 28
    inp = DeadlineInput(
        D(2026, 3, 3), "NL", pauses=(Pause(D(2026, 3, 5), None),), pause_rule="restart"
    )
    d = compute_deadline(inp, today=D(2026, 3, 25))
    assert d.waiting and d.waited_days == 20
    assert d.legal_limit == D(2026, 4, 28)


def test_none_rule_ignores_pauses():
    # 5 Mar 2026 -> Sun 5 Apr, Easter Monday 6 Apr -> Tue 7 Apr
    inp = DeadlineInput(
        D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), None),), pause_rule="none"
    )
    d = compute_deadline(inp, today=D(2026, 3, 20))
    assert d.legal_limit == D(2026, 4, 7)
    assert d.waited_days == 0 and not d.waiting


# ------------------------------------------------------------------------- promise


def test_promise_in_february_legal_limit_wins():
    # received Mon 2 Feb 2026: one month = Mon 2 Mar; 30 days = Wed 4 Mar
    d = compute_deadline(DeadlineInput(D(2026, 2, 2), "FR", promise_days=30))
    assert d.legal_limit == D(2026, 3, 2)
    assert d.promise == D(2026, 3, 4)
    assert d.due == D(2026, 3, 2)


def test_promise_in_january_promise_wins():
    # received Mon 5 Jan 2026: one month = Thu 5 Feb; 30 days = Wed 4 Feb
    d = compute_deadline(DeadlineInput(D(2026, 1, 5), "FR", promise_days=30))
    assert d.legal_limit == D(2026, 2, 5)
    assert d.promise == D(2026, 2, 4)
    assert d.due == D(2026, 2, 4)
    assert d.days_left(D(2026, 2, 1)) == 3
    assert d.days_left(D(2026, 2, 6)) == -2
    assert d.overdue(D(2026, 2, 5)) and not d.overdue(D(2026, 2, 4))


def test_promise_rolls_to_working_day():
    # received Sat 31 Jan 2026 + 30 days = Mon 2 Mar; received 30 Jan + 30 = Sun 1 Mar -> Mon 2
    assert compute_deadline(DeadlineInput(D(2026, 1, 30), "FR", promise_days=30)).promise == D(2026, 3, 2)


def test_extended_case_is_due_at_extended_limit_promise_still_reported():
    d = compute_deadline(DeadlineInput(D(2026, 1, 5), "FR", promise_days=30, extended=True))
    # 5 Apr 2026 (Sun), Easter Monday 6 -> Tue 7 Apr
    assert d.legal_limit == D(2026, 4, 7)
    assert d.promise == D(2026, 2, 4)
    assert d.due == D(2026, 4, 7)


# ----------------------------------------------------------------------- extension


def test_extension_allowed_until_first_limit():
    inp = DeadlineInput(D(2026, 1, 31), "FR")  # first limit Mon 2 Mar 2026
    assert extension_allowed(inp, D(2026, 2, 10)) == (True, "")
    assert extension_allowed(inp, D(2026, 3, 2)) == (True, "")
    ok, msg = extension_allowed(inp, D(2026, 3, 3))
    assert not ok and "Monday 2 March 2026" in msg and "Too late" in msg


def test_extension_uses_suspended_first_limit():
    # 5 Mar 2026 + 10 days waited: first limit Wed 15 Apr 2026
    inp = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), D(2026, 3, 16)),))
    assert extension_allowed(inp, D(2026, 4, 15))[0]
    assert not extension_allowed(inp, D(2026, 4, 16))[0]
    # open pause: the clock is stopped, so the first limit moves with `on`
    open_ = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), None),))
    assert extension_allowed(open_, D(2026, 4, 20))[0]


def test_extension_requires_reasons_and_only_once():
    inp = DeadlineInput(D(2026, 1, 31), "FR")
    ok, msg = check_extension(inp, D(2026, 2, 10), "   ")
    assert not ok and "reasons" in msg
    assert check_extension(inp, D(2026, 2, 10), None)[0] is False
    assert check_extension(inp, D(2026, 2, 10), "2 000 pages of e-mails to review") == (True, "")
    ok, msg = check_extension(DeadlineInput(D(2026, 1, 31), "FR", extended=True), D(2026, 2, 10), "x")
    assert not ok and "already extended" in msg


def test_extension_messages_localised_and_never_raise():
    inp = DeadlineInput(D(2026, 1, 31), "FR")
    ok, msg = extension_allowed(inp, D(2026, 3, 3), language="fr")
    assert not ok and "lundi 2 mars 2026" in msg
    ok, msg = extension_allowed(inp, D(2026, 3, 3), language="nl")
    assert not ok and "maandag 2 maart 2026" in msg
    ok, msg = extension_allowed(DeadlineInput(D(2026, 1, 31), "XX"), D(2026, 2, 1))
    assert not ok and "XX" in msg
    ok, msg = extension_allowed(inp, D(2026, 2, 1), language="tlh")
    assert not ok and "tlh" in msg


# ------------------------------------------------------------------ holiday facts


def test_holiday_package_facts_nl():
    # holidays.NL: Good Friday counted; Liberation Day (5 May) only in lustrum
    # years (2025, 2030) in the public category; King's Day on 26 Apr when 27 is a Sunday.
    assert not is_working_day(D(2026, 4, 3), "NL")  # Good Friday
    assert not is_working_day(D(2025, 5, 5), "NL")  # Liberation Day 2025 (Monday)
    assert is_working_day(D(2026, 5, 5), "NL")  # Tuesday, not a lustrum year
    assert holiday_name(D(2025, 4, 26), "NL", language="en") == "King's Day"  # 27 Apr 2025 = Sunday
    assert holiday_name(D(2025, 4, 27), "NL") is None
    assert holiday_name(D(2026, 4, 27), "NL", language="nl") == "Koningsdag"
    assert is_working_day(D(2026, 5, 1), "NL")


def test_holiday_names_in_language_or_country_default():
    assert holiday_name(D(2026, 11, 11), "FR", language="fr") == "Armistice"
    assert holiday_name(D(2026, 11, 11), "FR", language="en") == "Armistice Day"
    assert holiday_name(D(2026, 7, 21), "BE", language="fr") == "Fête nationale"
    assert holiday_name(D(2026, 7, 21), "BE", language="nl") == "Nationale feestdag"
    # holidays has no French names for NL: the country's default (Dutch) is used
    assert holiday_name(D(2026, 4, 27), "NL", language="fr") == "Koningsdag"
    assert holiday_name(D(2026, 4, 3), "FR", "57", language="fr") == "Vendredi saint"
    assert holiday_name(D(2026, 4, 3), "FR", language="fr") is None
    assert holiday_name(D(2026, 3, 4), "FR") is None


def test_next_working_day_and_is_working_day():
    assert next_working_day(D(2026, 3, 2), "FR") == D(2026, 3, 2)  # Monday
    assert next_working_day(D(2026, 2, 28), "FR") == D(2026, 3, 2)  # Saturday
    assert next_working_day(D(2026, 4, 3), "DE") == D(2026, 4, 7)  # Good Friday .. Easter Monday
    assert not is_working_day(D(2026, 2, 28), "LU")
    assert is_working_day(D(2026, 6, 4), "DE") and not is_working_day(D(2026, 6, 4), "DE", "BY")


def test_other_countries_supported():
    countries = supported_countries()
    assert set(FIVE) <= set(countries)
    assert all(len(c) == 2 for c in countries)
    # any country holidays supports: Ireland, 17 Mar 2026 (Tue) St Patrick's Day
    assert limit(D(2026, 2, 17), "IE") == D(2026, 3, 18)
    assert limit(D(2026, 2, 17), "ie") == D(2026, 3, 18)  # case-insensitive
    assert "BY" in supported_subdivisions("DE") and "6AE" in supported_subdivisions("FR")


@pytest.mark.parametrize(
    "country, subdivision, named",
    [("XX", None, "XX"), ("", None, "country"), ("FR", "99", "99"), ("DE", "Narnia", "Narnia")],
)
def test_unsupported_country_or_subdivision(country, subdivision, named):
    with pytest.raises(DeadlineError, match=named):
        compute_deadline(DeadlineInput(D(2026, 1, 5), country, subdivision))


def test_empty_subdivision_is_none():
    assert limit(D(2026, 5, 4), "DE", "") == D(2026, 6, 4)


@pytest.mark.parametrize(
    "inp, match",
    [
        (DeadlineInput(D(2026, 1, 5), "FR", pause_rule="freeze"), "freeze"),
        (DeadlineInput(D(2026, 1, 5), "FR", promise_days=0), "above 0"),
        (DeadlineInput(D(2026, 1, 5), "FR", promise_days=-3), "above 0"),
        (DeadlineInput(D(2026, 1, 5), "FR", pauses=(Pause(D(2026, 1, 4), None),)), "before the request"),
        (DeadlineInput(D(2026, 1, 5), "FR", pauses=(Pause(D(2026, 1, 8), D(2026, 1, 7)),)), "before it"),
        (DeadlineInput(datetime(2026, 1, 5, 10, 0), "FR"), "not a date and time"),
        (DeadlineInput(None, "FR"), "not a date"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_raises_deadline_error(inp, match):
    with pytest.raises(DeadlineError, match=match):
        compute_deadline(inp, today=D(2026, 1, 10))
    assert issubclass(DeadlineError, ValueError)


def test_bad_language():
    with pytest.raises(DeadlineError, match="xx"):
        compute_deadline(DeadlineInput(D(2026, 1, 5), "FR"), language="xx")
    # regional variants are accepted
    assert compute_deadline(DeadlineInput(D(2026, 1, 5), "BE"), language="nl_BE").language == "nl"
    assert compute_deadline(DeadlineInput(D(2026, 1, 5), "BE"), language="fr-BE").language == "fr"


def test_receipt_date_is_local_date_at_organisation():
    late_utc = datetime(2026, 3, 4, 23, 30, tzinfo=timezone.utc)  # 00:30 on 5 Mar in Paris
    assert receipt_date(late_utc, "Europe/Paris") == D(2026, 3, 5)
    assert receipt_date(late_utc, timezone(timedelta(hours=1))) == D(2026, 3, 5)
    assert receipt_date(datetime(2026, 3, 4, 23, 30)) == D(2026, 3, 4)  # naive: already local
    assert receipt_date(D(2026, 3, 4)) == D(2026, 3, 4)
    with pytest.raises(DeadlineError, match="Mars/Olympus"):
        receipt_date(late_utc, "Mars/Olympus")


# --------------------------------------------------------------------- explanation


def test_explanation_english_example():
    d = compute_deadline(DeadlineInput(D(2026, 1, 31), "FR", promise_days=30))
    text = d.explanation
    assert text.startswith("Received Saturday 31 January 2026; ")
    assert "one month: 28 February 2026 is a Saturday → Monday 2 March 2026" in text
    assert "promised within 30 days: Monday 2 March 2026" in text
    assert "due: the earlier, Monday 2 March 2026" in text
    assert "\n" not in text and text.endswith(".")


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["Received Saturday 31 January 2026", "Monday 2 March 2026", "Saturday"]),
        ("nl", ["zaterdag 31 januari 2026", "maandag 2 maart 2026", "is een zaterdag", "beloofd binnen 30 dagen"]),
        ("fr", ["samedi 31 janvier 2026", "lundi 2 mars 2026", "est un samedi", "promis sous 30 jours"]),
        ("de", ["Samstag, 31. Januar 2026", "Montag, 2. März 2026", "ist ein Samstag", "binnen 30 Tagen"]),
    ],
)
def test_explanation_languages(language, expected):
    d = compute_deadline(DeadlineInput(D(2026, 1, 31), "BE", promise_days=30), language)
    for piece in expected:
        assert piece in d.explanation, (piece, d.explanation)


def test_explanation_names_holidays():
    d = compute_deadline(DeadlineInput(D(2026, 3, 6), "FR"), "fr")
    assert "lundi 6 avril 2026 est un jour férié (Lundi de Pâques) → mardi 7 avril 2026" in d.explanation
    d = compute_deadline(DeadlineInput(D(2026, 3, 6), "NL"), "nl")
    assert "(Tweede paasdag)" in d.explanation
    d = compute_deadline(DeadlineInput(D(2026, 3, 6), "DE"), "en")
    assert "Monday 6 April 2026 is a public holiday (Easter Monday) → Tuesday 7 April 2026" in d.explanation
    # weekend first, then a weekday holiday: 25 Apr 2026 (Sat), King's Day Mon 27
    d = compute_deadline(DeadlineInput(D(2026, 3, 25), "NL"), "en")
    assert "25 April 2026 is a Saturday, Monday 27 April 2026 is also a public holiday (King's Day)" in d.explanation
    assert "→ Tuesday 28 April 2026" in d.explanation


def test_explanation_mentions_waiting_extension_and_promise():
    inp = DeadlineInput(
        D(2026, 1, 5),
        "FR",
        promise_days=30,
        extended=True,
        pauses=(Pause(D(2026, 1, 6), D(2026, 1, 16)),),
    )
    text = compute_deadline(inp).explanation
    assert "10 days waited" in text
    assert "Tuesday 6 January 2026" in text and "Friday 16 January 2026" in text
    assert "extended by two further months" in text
    assert "three months: 5 April 2026 + 10 days waited = Wednesday 15 April 2026" in text
    assert "promised within 30 days + 10 days waited" in text
    assert "due: the extended legal limit, Wednesday 15 April 2026" in text

    open_ = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), None),))
    text = compute_deadline(open_, "fr", today=D(2026, 3, 16)).explanation
    assert "10 jours d'attente à ce jour" in text and "le délai est suspendu" in text
    assert "pas encore reçues" in text

    restart = DeadlineInput(
        D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), D(2026, 3, 16)),), pause_rule="restart"
    )
    assert "repart du lundi 16 mars 2026" in compute_deadline(restart, "fr").explanation

    none = DeadlineInput(D(2026, 3, 5), "FR", pauses=(Pause(D(2026, 3, 6), None),), pause_rule="none")
    assert "does not stop the clock" in compute_deadline(none, today=D(2026, 3, 9)).explanation


def test_explanation_is_lazy_and_cached():
    d = compute_deadline(DeadlineInput(D(2026, 1, 31), "FR"))
    assert "_explanation" not in d.__dict__  # babel not touched in the hot path
    first = d.explanation
    assert d.__dict__["_explanation"] is first and d.explanation is first
    # equality and hashing ignore the (lazy) text
    again = compute_deadline(DeadlineInput(D(2026, 1, 31), "FR"))
    assert again == d and hash(again) == hash(d)
    assert "explanation" not in repr(d)


def test_deadline_can_be_built_by_hand():
    # other modules (UI tests) may build a Deadline directly, explanation included
    d = Deadline(D(2026, 3, 2), D(2026, 3, 2), None, D(2026, 3, 2), False, 0, False, "hand-made")
    assert d.explanation == "hand-made"
    assert Deadline(D(2026, 3, 2), D(2026, 3, 2), None, D(2026, 3, 2), False, 0, False).explanation == ""
    with pytest.raises(Exception):
        d.explanation = "changed"  # frozen


def test_format_day():
    assert format_day(D(2026, 3, 2), "en") == "Monday 2 March 2026"
    assert format_day(D(2026, 3, 2), "nl") == "maandag 2 maart 2026"
    assert format_day(D(2026, 3, 2), "fr") == "lundi 2 mars 2026"
    assert format_day(D(2026, 3, 2), "fr", weekday=False) == "2 mars 2026"


def test_constants():
    assert PAUSE_RULES == ("suspend", "restart", "none")
    assert {"en", "nl", "fr"} <= set(LANGUAGES)


# ------------------------------------------------------------------ property tests

PROPS = settings(
    max_examples=3000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
days = st.dates(min_value=D(2018, 5, 25), max_value=D(2035, 12, 31))
countries = st.sampled_from(FIVE)
_HOLIDAYS = {c: holidays.country_holidays(c) for c in FIVE}


def _independently_working(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in _HOLIDAYS[country]


def test_one_month_bounds_exhaustive():
    """Every receipt day 2018-05-25 .. 2035-12-31 in the five countries (and the
    Alsace-Moselle / Bavarian calendars): one month lasts 28 to 35 days."""
    longest = {}
    for country, sub in [*((c, None) for c in FIVE), ("FR", "57"), ("DE", "BY")]:
        day = D(2018, 5, 25)
        worst = (0, None)
        while day <= D(2035, 12, 31):
            n = (limit(day, country, sub) - day).days
            assert 28 <= n <= 35, (day, country, sub, n)
            worst = max(worst, (n, day))
            day += timedelta(days=1)
        longest[(country, sub)] = worst[0]
    # 35 only where Good Friday is a holiday (Good Friday .. Easter Monday = 4 days
    # after a 31-day month), e.g. 19 Mar 2019 -> Fri 19 Apr 2019 -> Tue 23 Apr.
    assert longest == {
        ("FR", None): 34, ("BE", None): 34, ("LU", None): 34,
        ("NL", None): 35, ("DE", None): 35, ("FR", "57"): 35, ("DE", "BY"): 35,
    }
    assert limit(D(2019, 3, 19), "DE") == D(2019, 4, 23)


@PROPS
@given(received=days, country=countries)
def test_property_one_month(received, country):
    d = compute_deadline(DeadlineInput(received, country))
    lim = d.legal_limit
    assert _independently_working(lim, country)
    assert lim > received
    # 28 Feb -> 28 Mar is the shortest (28); the longest found over 2018-2035
    # is 35 (e.g. 3 Mar 2026 -> Good Friday 3 Apr .. Easter Monday -> 7 Apr in DE/NL).
    assert 28 <= (lim - received).days <= 35
    # it is the *next* working day after the month end: every day skipped is not working
    raw = add_months(received, 1)
    assert lim >= raw
    day = raw
    while day < lim:
        assert not _independently_working(day, country)
        day += timedelta(days=1)
    assert d.due == lim == d.first_limit


@PROPS
@given(received=days, country=countries, promise=st.one_of(st.none(), st.integers(1, 60)))
def test_property_extension_and_due(received, country, promise):
    plain = compute_deadline(DeadlineInput(received, country, promise_days=promise))
    ext = compute_deadline(DeadlineInput(received, country, promise_days=promise, extended=True))
    assert ext.first_limit == plain.legal_limit
    assert ext.legal_limit > ext.first_limit
    assert 89 <= (ext.legal_limit - received).days <= 96
    assert _independently_working(ext.legal_limit, country)
    assert plain.due <= plain.legal_limit
    assert ext.due == ext.legal_limit
    if promise is not None:
        assert plain.promise is not None and _independently_working(plain.promise, country)
        assert plain.promise >= received + timedelta(days=promise)
        assert plain.due == min(plain.promise, plain.legal_limit)
        assert ext.promise == plain.promise


@st.composite
def pauses_strategy(draw, received):
    out = []
    for _ in range(draw(st.integers(1, 3))):
        asked = received + timedelta(days=draw(st.integers(0, 40)))
        got = draw(st.one_of(st.none(), st.integers(0, 40)))
        out.append(Pause(asked, None if got is None else asked + timedelta(days=got)))
    return tuple(out)


@settings(PROPS, max_examples=2000)
@given(data=st.data(), received=days, country=countries, rule=st.sampled_from(PAUSE_RULES),
       extended=st.booleans(), promise=st.one_of(st.none(), st.integers(1, 60)))
def test_property_pauses_never_shorten(data, received, country, rule, extended, promise):
    pauses = data.draw(pauses_strategy(received))
    today = received + timedelta(days=data.draw(st.integers(0, 90)))
    base = compute_deadline(DeadlineInput(received, country, promise_days=promise, extended=extended))
    d = compute_deadline(
        DeadlineInput(received, country, promise_days=promise, extended=extended,
                      pauses=pauses, pause_rule=rule),
        today=today,
    )
    assert d.legal_limit >= base.legal_limit
    assert d.first_limit >= base.first_limit
    assert d.due <= d.legal_limit
    if promise is not None:
        assert d.promise >= base.promise
    assert _independently_working(d.legal_limit, country)
    assert _independently_working(d.first_limit, country)
    if rule == "none":
        assert d == base
    if rule == "suspend":
        raw = add_months(received, 3 if extended else 1) + timedelta(days=d.waited_days)
        assert d.legal_limit == next_working_day(raw, country)
    assert d.waiting == (rule != "none" and any(p.received is None for p in pauses))
