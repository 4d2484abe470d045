"""The rules of intake and workflow, without a database."""

from datetime import date

import pytest

from dsar_desk.domain import actions
from dsar_desk.domain import cases as rules
from dsar_desk.domain.cases import CaseDraft

TODAY = date(2026, 11, 23)
ORGS = {"ecomarket": ["nl", "fr"], "maildrop": ["fr"]}


def validate(**fields):
    draft = CaseDraft(**{"organisation": "ecomarket", "name": "Zoë Ørsted", "email": "zoe@example.org",
                         "rights": ["access"], "language": "nl", **fields})
    return rules.validate_case(draft, organisation_languages=ORGS, today=TODAY, default_assignee="clerk")


def problems_of(**fields):
    return {p.field: p.message for p in validate(**fields)[1]}


def test_a_valid_intake_is_normalised():
    fields, problems = validate(name="  Zoë   Ørsted ", rights=["erasure", "access", "access"], country="be",
                                address=["Rue de la Loi 16", "", "1000 Bruxelles"], received="2026-11-02")
    assert problems == []
    assert fields.name == "Zoë Ørsted"
    assert fields.rights == ("access", "erasure")  # order of the law, no duplicates
    assert fields.country == "BE"
    assert fields.address == ("Rue de la Loi 16", "1000 Bruxelles")
    assert fields.received == date(2026, 11, 2)
    assert fields.assignee == "clerk"


def test_received_defaults_to_today():
    fields, _ = validate(received=None)
    assert fields.received == TODAY


def test_every_invalid_field_is_named_at_once():
    problems = problems_of(name=" ", email="not-an-email", country="XX", language="de", rights=["teleport"],
                           channel="pigeon", received="2026-12-01")
    assert set(problems) == {"name", "email", "country", "language", "rights", "channel", "received"}
    assert "future" in problems["received"]
    assert "teleport" in problems["rights"]
    assert "de" in problems["language"] and "nl, fr" in problems["language"]


@pytest.mark.parametrize("received, fragment", [
    ("2018-05-24", "before the GDPR applied"),
    ("2026-11-24", "in the future"),
    ("24/11/2026", "is not a date"),
])
def test_received_date_limits(received, fragment):
    assert fragment in problems_of(received=received)["received"]


def test_first_day_of_the_gdpr_and_today_are_accepted():
    assert validate(received="2018-05-25")[1] == []
    assert validate(received=TODAY)[1] == []


def test_a_reply_channel_is_needed():
    assert "email or a postal address" in problems_of(email="", address=[])["email"]
    assert validate(email="", address=["Kerkstraat 1", "2000 Antwerpen"])[1] == []


def test_unknown_organisation_and_no_right():
    problems = problems_of(organisation="nope", rights=[])
    assert "nope" in problems["organisation"]
    assert "at least one right" in problems["rights"]


def test_language_defaults_to_the_organisations_first():
    fields, _ = validate(organisation="maildrop", language="")
    assert fields.language == "fr"


def test_workflow_offers_only_sensible_transitions():
    assert rules.allowed_transitions("received") == ("awaiting-identity", "in-progress", "refused", "withdrawn")
    assert "closed" not in rules.allowed_transitions("received")
    assert "answered" in rules.allowed_transitions("in-progress")
    actions.check_transition("answered", "closed")
    with pytest.raises(rules.CaseRuleError, match="cannot become closed"):
        actions.check_transition("received", "closed")
    with pytest.raises(rules.CaseRuleError, match="not a status"):
        actions.check_transition("received", "lost")
    # every status can be reached and every end can be left again or closed
    reachable = {t for targets in rules.TRANSITIONS.values() for t in targets}
    assert reachable | {"received"} == set(rules.STATUSES)


def test_closing_needs_an_outcome_per_right_and_reasons_for_refusals():
    rights = ("access", "erasure")
    problems = rules.check_outcomes(rights, {"access": {"outcome": "granted"}})
    assert [p.message for p in problems] == ["Erasure: choose an outcome (Granted, Partly granted, Refused, No data held)"]
    problems = rules.check_outcomes(rights, {"access": {"outcome": "granted"},
                                             "erasure": {"outcome": "refused", "reason": " "}})
    assert "give the reason" in problems[0].message
    assert rules.check_outcomes(rights, {"access": {"outcome": "no-data"},
                                         "erasure": {"outcome": "refused", "reason": "Art. 17(3)(b): tax law"}}) == []
    assert "was not asked" in rules.check_outcomes(("access",), {"access": {"outcome": "granted"},
                                                                 "erasure": {"outcome": "granted"}})[0].message


def test_references_are_human():
    assert rules.format_reference("ECO", 2026, 42) == "ECO-2026-0042"
    assert rules.parse_reference("eco-2026-0042") == ("ECO", 2026, 42)
    assert rules.parse_reference("ECO-26-1") is None
    assert rules.reference_prefix("ecomarket", set()) == "ECO"
    assert rules.reference_prefix("ecomail", {"ECO"}) == "ECM"
    assert rules.reference_prefix("ab", {"AB"}) not in {"AB"}


def test_search_key_ignores_accents_and_case():
    assert rules.search_key("Zoë Ørsted", "ZOE@Example.org") == "zoe orsted zoe@example.org"
    assert rules.search_key("Łukasz Śmigły") == "lukasz smigly"
    assert rules.search_key("Řehoř Dvořák") == "rehor dvorak"
