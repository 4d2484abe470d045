"""Issue 3's requirements at the seams: case show --json, deadline --json, extension rules,
per-organisation pause rules and holiday regions, end to end on a real database."""

import json
from datetime import date, timedelta

import pytest

from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.desk.organisations import set_deadline_rules as set_holiday_region
from dsar_desk.domain.cases import CaseDraft, CaseRuleError
from dsar_desk.store import cases as store


@pytest.fixture
def cli(db_location, capsys):
    def run(*args):
        code = main(["--db", db_location, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def new_case(org="ecomail", received=date(2026, 1, 31), **extra):
    return desk.create_case(CaseDraft(organisation=org, name="Noor Bakker", email="noor@example.nl",
                                       language="nl" if org != "maildrop" else "fr", rights=["access"],
                                       received=received, **extra), "Anna Clerk")


def test_deadline_json_has_the_documented_keys(cli, samples):
    code, out, err = cli("deadline", "--received", "2026-01-31", "--country", "NL", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"legal_limit", "promise", "due", "explanation"} <= set(data)
    # Saturday 31 January 2026 + one month = Saturday 28 February → Monday 2 March
    assert (data["legal_limit"], data["due"], data["promise"]) == ("2026-03-02", "2026-03-02", None)
    assert "28 February 2026" in data["explanation"] and "Monday 2 March 2026" in data["explanation"]
    # ECOMAIL promises 30 days: 2 March is later than one month in February, so the legal limit wins
    data = json.loads(cli("deadline", "--received", "2026-01-31", "--org", "ecomail", "--json")[1])
    assert data["promise"] == "2026-03-02" and data["due"] == "2026-03-02"
    data = json.loads(cli("deadline", "--received", "2026-03-02", "--org", "ecomail", "--json")[1])
    assert (data["promise"], data["legal_limit"], data["due"]) == ("2026-04-01", "2026-04-02", "2026-04-01")
    # extended and waited
    data = json.loads(cli("deadline", "--received", "2026-03-02", "--country", "BE", "--extended",
                          "--waited", "10", "--json")[1])
    assert data["legal_limit"] == "2026-06-12"  # 2 June + 10 days, a Friday
    text = cli("deadline", "--received", "2026-03-02", "--country", "FR")[1]
    assert "legal limit: 2026-04-02" in text and "promise:     -" in text


def test_case_show_json_has_the_deadline_fields(cli, samples):
    case = new_case(received=date(2026, 3, 2))
    desk.request_identity(case, "Anna Clerk", date(2026, 3, 3))
    desk.information_received(case, "Anna Clerk", date(2026, 3, 9))
    code, out, err = cli("case", "show", case.reference, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["legal_limit"] == "2026-04-08"  # 2 April + 6 days waited
    assert data["promise"] == "2026-04-07"  # 30 days + 6 waited
    assert data["due"] == "2026-04-07"
    assert data["extended"] is False
    assert data["waited_days"] == 6
    assert "6 days waited" in data["deadline_explanation"]


def test_extension_needs_reasons_and_is_refused_after_the_first_limit(cli, samples):
    late = new_case(received=date.today() - timedelta(days=40))
    code, out, err = cli("case", "extend", late.reference, "--reasons", "Many systems")
    assert code == 2 and "Too late to extend" in err
    assert store.get_case(late.reference).extended is False
    fresh = new_case(received=date.today() - timedelta(days=2))
    code, out, err = cli("case", "extend", fresh.reference, "--reasons", "   ")
    assert code == 2 and "reasons" in err
    code, out, err = cli("case", "extend", fresh.reference, "--reasons", "Three systems to search by hand")
    assert code == 0, err
    data = json.loads(cli("case", "show", fresh.reference, "--json")[1])
    assert data["extended"] is True
    assert data["due"] == data["legal_limit"] > data["promise"]
    assert any(e["kind"] == "extended" and e["text"] == "Three systems to search by hand" for e in data["events"])
    # on the first limit itself an extension is still allowed, the day after it is not
    case = new_case(received=date(2026, 3, 2))
    with pytest.raises(CaseRuleError, match="Too late"):
        desk.extend(case, "complex", "Anna Clerk", on=date(2026, 4, 3))
    desk.extend(case, "complex", "Anna Clerk", on=date(2026, 4, 2))
    assert case.due == date(2026, 6, 2)


def test_the_organisation_pause_rule_changes_the_due_date(samples):
    received = date(2026, 3, 2)  # Monday; one month: Thursday 2 April 2026 (maildrop, France)

    def due_with(rule):
        set_holiday_region("maildrop", None, rule)
        case = new_case("maildrop", received)
        desk.request_identity(case, "Anna Clerk", date(2026, 3, 4))
        desk.information_received(case, "Anna Clerk", date(2026, 3, 20))
        return store.get_case(case.reference).due

    assert due_with("suspend") == date(2026, 4, 20)  # + 16 days: Saturday 18 April → Monday 20 April
    assert due_with("restart") == date(2026, 4, 20)  # a month from 20 March: Monday 20 April
    assert due_with("none") == date(2026, 4, 2)
    set_holiday_region("maildrop", None, "suspend")
    case = new_case("maildrop", date(2026, 3, 10))
    desk.request_identity(case, "Anna Clerk", date(2026, 3, 11))
    desk.information_received(case, "Anna Clerk", date(2026, 3, 14))
    assert case.due == date(2026, 4, 13)  # 10 April + 3 = Monday 13 April
    set_holiday_region("maildrop", None, "restart")
    assert store.get_case(case.reference).due == date(2026, 4, 14)  # a month from 14 March


def test_the_holiday_region_of_the_organisation_counts(samples):
    # 26 December 2025 is a public holiday in Alsace-Moselle, not in the rest of France.
    case = new_case("maildrop", date(2025, 11, 26))
    assert case.due == date(2025, 12, 26)
    set_holiday_region("maildrop", "57", None)
    assert store.get_case(case.reference).due == date(2025, 12, 29)  # Friday 26 → Monday 29
    with pytest.raises(ValueError, match="Atlantis"):
        set_holiday_region("maildrop", "Atlantis", None)
