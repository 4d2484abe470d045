"""Identity check rules (no database): validation, MRZ cross-check, proportionality, the block."""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.identity import (
    IdentityDraft,
    check_mrz,
    disclosure_reason,
    last4,
    purge_date,
    split_name,
    summary_text,
    validate_check,
    validate_id_copy_request,
)
from tests.unit.mrz_specimens import corrupt, td1, td3

TODAY = date(2026, 3, 10)


def problems_of(draft):
    fields, problems = validate_check(draft, TODAY)
    return fields, {p.field: p.message for p in problems}


def document(**kw):
    base = dict(method="id-document", outcome="verified", checked_on=TODAY, document_type="identity-card",
                issuing_country="be", expiry=date(2031, 5, 1), document_number="SPEC-12345")
    base.update(kw)
    return IdentityDraft(**base)


def test_a_document_check_keeps_only_the_last_four_characters_and_the_country_code():
    fields, problems = problems_of(document())
    assert problems == {}
    assert fields.number_last4 == "2345"
    assert fields.issuing_country == "BE"
    assert not fields.expired
    assert "SPEC" not in summary_text(fields)
    assert "number ending 2345" in summary_text(fields)


def test_an_expired_document_is_flagged():
    fields, problems = problems_of(document(expiry=date(2026, 3, 9)))
    assert problems == {}
    assert fields.expired
    assert any("expired on 2026-03-09" in w for w in fields.warnings)
    assert "EXPIRED on 2026-03-09" in summary_text(fields)


def test_every_missing_field_is_named_at_once():
    _, problems = problems_of(IdentityDraft(method="id-document", outcome="verified", issuing_country="XX"))
    assert set(problems) == {"document_type", "issuing_country"}
    _, problems = problems_of(IdentityDraft(method="telepathy", outcome="maybe"))
    assert set(problems) == {"method", "outcome"}


def test_not_needed_needs_a_reason_and_goes_with_its_method():
    _, problems = problems_of(IdentityDraft(method="not-needed", outcome="not-needed"))
    assert "reason" in problems
    _, problems = problems_of(IdentityDraft(method="not-needed", outcome="verified", reason="known customer"))
    assert "outcome" in problems
    fields, problems = problems_of(IdentityDraft(method="not-needed", outcome="not-needed",
                                                 reason="sent from the account's own email address"))
    assert problems == {}
    assert fields.outcome == "not-needed"


def test_a_match_says_which_data_matched():
    _, problems = problems_of(IdentityDraft(method="account-match", outcome="verified"))
    assert "matched" in problems
    fields, problems = problems_of(IdentityDraft(method="account-match", outcome="verified",
                                                 matched=["customer-number", "account-email"]))
    assert problems == {}
    assert fields.matched == ("account-email", "customer-number")
    assert "matched email address of the account, customer number" in summary_text(fields)


def test_a_failed_check_says_why():
    _, problems = problems_of(IdentityDraft(method="signed-letter", outcome="failed"))
    assert "reason" in problems


def test_keeping_an_id_copy_needs_the_reason_and_the_black_out_confirmation():
    _, problems = problems_of(document(keep_id_copy=True))
    assert set(problems) == {"proportionality", "blacked_out"}
    assert "lesser means" in problems["proportionality"]
    assert "photo" in problems["blacked_out"] and "national number" in problems["blacked_out"]
    fields, problems = problems_of(document(keep_id_copy=True, blacked_out=True,
                                            proportionality="no account; the letter came from another address"))
    assert problems == {}
    assert fields.keep_id_copy and fields.blacked_out
    _, problems = problems_of(IdentityDraft(method="signed-letter", outcome="verified", keep_id_copy=True,
                                            blacked_out=True, proportionality="x"))
    assert "id_copy" in problems


def test_asking_for_an_id_copy_needs_the_reason():
    assert [p.field for p in validate_id_copy_request("  ")] == ["proportionality"]
    assert validate_id_copy_request("the request names a different address than our records") == []


def test_mrz_check_digits_and_agreement_are_kept_never_the_mrz():
    mrz = td1(number="SPEC12345", surname="PEETERS", given="BRAM", expiry="310501")
    fields, problems = problems_of(document(mrz=mrz, surname="Peeters", given_names="Bram"))
    assert problems == {}
    assert fields.mrz.check_digits_ok
    assert fields.mrz.name_agrees is True
    assert fields.mrz.expiry_agrees is True
    assert fields.mrz.number_agrees is True
    kept = repr(fields)
    for piece in mrz.split("\n"):
        assert piece not in kept
    assert "SPEC12345" not in kept
    assert "every check digit holds" in summary_text(fields)


def test_mrz_disagreements_are_reported():
    mrz = td3(surname="DE VRIES", given="SANNE", expiry="330707")
    summary = check_mrz(mrz, surname="Jansen", given_names="Sanne", expiry=date(2033, 7, 8), today=TODAY)
    assert summary.check_digits_ok
    assert summary.name_agrees is False
    assert summary.expiry_agrees is False
    assert not summary.all_agree
    assert "name differs" in summary.text() and "expiry date differs" in summary.text()


def test_a_wrong_check_digit_is_named():
    bad = corrupt(td3(), 2, 28)  # the expiry date's check digit
    summary = check_mrz(bad, today=TODAY)
    assert not summary.check_digits_ok
    assert "expiry_date" in summary.failed


def test_text_that_is_no_mrz_is_a_problem_on_the_mrz_field():
    _, problems = problems_of(document(mrz="P<NLDDE<VRIES"))
    assert "mrz" in problems
    _, problems = problems_of(IdentityDraft(method="signed-letter", outcome="verified", mrz=td1()))
    assert "mrz" in problems


def test_small_helpers():
    assert last4("ab 12-3") == "B123"
    assert last4("X1") == "X1"
    assert split_name("Jan van den Berg") == ("Berg", "Jan van den")
    assert purge_date(date(2026, 1, 31), 0) == date(2026, 1, 31)
    assert purge_date(date(2026, 1, 31), 30) == date(2026, 3, 2)


def test_disclosure_reason():
    assert disclosure_reason(policy_identity="none", latest_outcome=None) is None
    assert "policy" in disclosure_reason(policy_identity="id-copy", latest_outcome=None)
    assert "waiting" in disclosure_reason(policy_identity="none", latest_outcome=None, waiting_for_identity=True)
    assert "failed on 2026-03-01" in disclosure_reason(policy_identity="none", latest_outcome="failed",
                                                       latest_on=date(2026, 3, 1))
    assert disclosure_reason(policy_identity="id-copy", latest_outcome="verified") is None
    assert disclosure_reason(policy_identity="id-copy", latest_outcome="not-needed", waiting_for_identity=True) is None


def test_the_mrz_issuing_state_is_compared_with_the_issuing_country_entered():
    from dsar_desk.domain.identity import mrz_state_country

    assert [mrz_state_country(c) for c in ("BEL", "NLD", "FRA", "D<<", "D", "GBD", "UNO", "XXX")] == \
        ["BE", "NL", "FR", "DE", "DE", "GB", None, None]
    belgian = td1(state="BEL", expiry="310501")
    fields, problems = problems_of(document(mrz=belgian, issuing_country="be"))
    assert problems == {} and fields.mrz.country_agrees is True and fields.mrz.all_agree
    summary = check_mrz(belgian, issuing_country="NL", today=TODAY)
    assert summary.country_agrees is False and not summary.all_agree
    assert "issuing country differs" in summary.text()
    assert any("BEL (BE), not NL" in m for m in summary.messages)
    assert check_mrz(belgian, today=TODAY).country_agrees is None  # nothing entered: nothing compared
