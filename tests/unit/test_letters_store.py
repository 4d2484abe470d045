"""Letters kept with their case: versions, immutability, SHA-256, sent, annexes, blocks (real SQLite)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date, timedelta

import pytest
from peewee import IntegrityError
from pypdf import PdfReader

from dsar_desk.desk import cases as desk
from dsar_desk.desk import letters as ldesk
from dsar_desk.domain import letter_details
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.letter_content import LetterLayout
from dsar_desk.letters import layout as L
from dsar_desk.store import cases as store
from dsar_desk.store import letters, models
from dsar_desk.store.checklist import unconcerned_activities
from dsar_desk.store.identity import disclosure_block
from dsar_desk.store.models import Event, database
from tests.unit.test_letter_render import in_window, where

WHO = "Anna Clerk"


def new_case(**changes):
    base = dict(organisation="ecomarket", name="Łukasz Śmigły", email="lukasz@example.pl",
                address=["ul. Długa 5", "00-238 Warszawa"], country="PL", language="nl",
                rights=["access", "portability"], channel="email", received=date.today() - timedelta(days=3),
                summary="Inzage")
    base.update(changes)
    return desk.create_case(CaseDraft(**base), WHO)


def verify_identity(case):
    from dsar_desk.desk import identity
    from dsar_desk.domain.identity import IdentityDraft

    identity.record_check(case, IdentityDraft(method="in-person", outcome="verified", checked_on=date.today(),
                                         reason="seen at the desk with an identity card"), WHO)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def letter_events(case) -> list[Event]:
    return [e for e in store.events_of(case) if e.kind in ("letter", "letter-sent")]


def fields_of(exc: letter_details.InvalidLetter) -> list[str]:
    return [p.field for p in exc.problems]


COPY = {"annexes": ["kopie-gegevens.pdf"]}  # an access answer lists the files of the copy (Art. 15(3))
DOUBT = {"identity_doubt": "Het verzoek kwam van een e-mailadres dat wij niet kennen."}


def mark_searches(case, found: set[str]):
    """The checklist as the clerk marks it: data found in ``found``, every other activity not concerned.

    ECOMARKET's register (from its privacy policy) describes only its newsletter fully (issue 15): an
    access answer that includes another activity would say something untrue, and is refused.
    """
    from dsar_desk.desk import checklist
    from dsar_desk.store.checklist import items_of

    checklist.build_checklist(case, WHO)
    for item in items_of(case):
        if item.action == "search" and item.state == "open":
            if item.activity in found:
                checklist.set_item(case, item.position, "done", "gegevens gevonden", WHO)
            else:
                checklist.set_item(case, item.position, "not-concerned", "", WHO)


# -------------------------------------------------------------------------- making, versions

def test_each_making_is_a_new_version_per_kind_with_an_event(samples):
    case = new_case()
    first = ldesk.make_letter(case, "acknowledgement", None, WHO)
    second = ldesk.make_letter(case, "acknowledgement", "fr", WHO)
    other = ldesk.make_letter(case, "identity-request", None, WHO, details=DOUBT)
    assert [(x.kind, x.version, x.language) for x in letters.letters_of(case)] == [
        ("acknowledgement", 1, "nl"), ("acknowledgement", 2, "fr"), ("identity-request", 1, "nl")]
    assert first.who == WHO and first.size == len(first.pdf)
    events = letter_events(case)
    assert [(e.field, e.new) for e in events] == [("acknowledgement", "v1"), ("acknowledgement", "v2"),
                                                  ("identity-request", "v1")]
    assert second.sha256[:12] in events[1].text and "(fr)" in events[1].text
    assert other.sha256 != first.sha256


def test_stored_bytes_hash_and_the_file_written_agree(samples, tmp_path):
    case = new_case()
    made = ldesk.make_letter(case, "acknowledgement", None, WHO)
    stored = letters.get_letter(made.id)
    assert hashlib.sha256(bytes(stored.pdf)).hexdigest() == stored.sha256 == made.sha256
    listed = letters.letters_of(case)[0]  # listed without its bytes: saving reads them
    assert listed.pdf is None
    [path] = ldesk.save_letter_files(listed, tmp_path)
    assert path.name == f"{case.reference}-acknowledgement-v1-nl.pdf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == made.sha256
    chosen = tmp_path / "sub" / "ontvangst.pdf"
    assert ldesk.save_letter_files(made, chosen) == [chosen]
    assert chosen.read_bytes() == bytes(stored.pdf)


def test_access_answer_reads_back_with_the_name_reference_and_register(samples):
    case = new_case(name="Zoë Ørsted-Şule", address=["Nørregade 10", "1165 København K"], country="DK")
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    letter = ldesk.make_letter(case, "access", "nl", WHO, details=COPY)
    text = pdf_text(bytes(letter.pdf))
    assert "Zoë Ørsted-Şule" in text
    assert case.reference in text
    assert "Nieuwsbrief (automatische inschrijving)" in text  # an activity of ECOMARKET's register
    assert "Contactformulier" not in text  # not concerned: left out
    assert "Drukpersstraat 35" in text  # the Belgian authority's address
    assert in_window(where(bytes(letter.pdf), "Zoë Ørsted-Şule"), L.first_page("din5008").window)


def test_the_clerks_name_and_role_from_the_settings_sign_the_letter(samples):
    from dsar_desk.settings import Settings

    settings = Settings()
    settings.set("clerk_name", "Řehoř Dvořák")
    settings.set("clerk_role", "Privacy officer")
    case = new_case()
    req = ldesk.request_for(case, "acknowledgement", "en", WHO)
    assert (req.clerk_name, req.clerk_role) == ("Řehoř Dvořák", "Privacy officer")
    text = pdf_text(bytes(ldesk.make_letter(case, "acknowledgement", "en", WHO).pdf))
    assert "Řehoř Dvořák" in text and "Privacy officer" in text


def test_extension_letter_needs_an_extended_case_and_carries_both_dates(samples):
    case = new_case()
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "extension", None, WHO)
    assert fields_of(exc.value) == ["kind"]
    first_due = store.deadline_of(case).due
    desk.extend(case, "Drie systemen moeten met de hand doorzocht worden.", WHO)
    req = ldesk.request_for(store.get_case(case.reference), "extension", "nl", WHO)
    assert req.due == first_due and req.extended_due == store.get_case(case.reference).due > first_due
    text = pdf_text(bytes(ldesk.make_letter(store.get_case(case.reference), "extension", None, WHO).pdf))
    assert "Drie systemen" in text


def test_bad_kind_and_language_name_their_field_and_keep_nothing(samples):
    case = new_case()
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "thank-you", "de", WHO)
    assert fields_of(exc.value) == ["kind", "language"]
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "refusal", None, WHO)  # no reasons anywhere
    assert "reasons" in str(exc.value)
    assert letters.letters_of(case) == [] and letter_events(case) == []


def test_refusal_takes_the_reasons_given_when_refusing(samples):
    case = new_case()
    desk.change_status(case, "refused", WHO, note="Hetzelfde verzoek werd vorige week beantwoord.")
    text = pdf_text(bytes(ldesk.make_letter(store.get_case(case.reference), "refusal", None, WHO).pdf))
    assert "Hetzelfde verzoek werd vorige week beantwoord." in text


# ---------------------------------------------------------------------------------- immutable

def test_a_letter_never_changes_even_through_sql(samples, backend):
    case = new_case()
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    letter.language = "fr"
    with pytest.raises(models.LetterImmutable):
        letter.save()
    blob = "x'00'" if backend == "sqlite" else "'\\x00'::bytea"
    for sql in (f"UPDATE letter SET pdf = {blob} WHERE id = ?", "UPDATE letter SET sha256 = 'x' WHERE id = ?",
                "UPDATE letter SET version = 7 WHERE id = ?"):
        with pytest.raises(IntegrityError, match="never changed"):
            database.execute_sql(sql.replace("?", database.obj.param), (letter.id,))
    assert letters.get_letter(letter.id).sha256 == hashlib.sha256(bytes(letters.get_letter(letter.id).pdf)).hexdigest()


# ------------------------------------------------------------------------------------- sent

def test_mark_sent_validates_every_field_and_writes_nothing_on_error(samples):
    case = new_case()
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    today = date.today()
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "pigeon", today + timedelta(days=1), "", WHO)
    assert fields_of(exc.value) == ["method", "date"]
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "registered", today - timedelta(days=1), "", WHO)
    assert fields_of(exc.value) == ["date", "tracking"]
    assert "before the letter was made" in str(exc.value)
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "email", today, "RR1", WHO)
    assert fields_of(exc.value) == ["tracking"]
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "post", "22/11/2026", "", WHO)
    assert fields_of(exc.value) == ["date"]
    assert not letters.get_letter(letter.id).is_sent
    assert [e.kind for e in letter_events(case)] == ["letter"]


def test_mark_sent_once_records_an_event_and_the_answer_date(samples, recorded):
    case = new_case()
    ack = ldesk.make_letter(case, "acknowledgement", None, WHO)
    ldesk.mark_sent(ack, "post", None, "", WHO)
    assert store.case_dict(case)["answered_on"] is None  # an acknowledgement is not an answer
    no_data = ldesk.make_letter(case, "no-data", None, WHO)
    sent = ldesk.mark_sent(no_data, "registered", date.today(), "RR123456785BE", "Bram Clerk")
    assert (sent.sent_method, sent.sent_on, sent.sent_tracking, sent.sent_by) == (
        "registered", date.today(), "RR123456785BE", "Bram Clerk")
    event = letter_events(case)[-1]
    assert event.kind == "letter-sent" and event.who == recorded("Bram Clerk")
    assert "registered post" in event.text and "RR123456785BE" in event.text
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(no_data, "post", None, "", WHO)
    assert fields_of(exc.value) == ["letter"] and "already marked sent" in str(exc.value)
    with pytest.raises(IntegrityError, match="only once"):
        database.execute_sql("UPDATE letter SET sent_method = 'email' WHERE id = " + database.obj.param, (no_data.id,))
    data = store.case_dict(store.get_case(case.reference))
    assert data["answered_on"] == date.today().isoformat()
    assert [(x["kind"], x["version"], bool(x["sent"])) for x in data["letters"]] == [
        ("acknowledgement", 1, True), ("no-data", 1, True)]
    assert data["letters"][1]["sent"]["tracking"] == "RR123456785BE"
    json.dumps(data)  # JSON-ready


# --------------------------------------------------------------------------------- portability

def test_portability_letter_keeps_its_json_and_csv_and_writes_them_beside_the_pdf(samples, tmp_path):
    case = new_case()
    verify_identity(case)
    export = {"orders": [{"number": "A-1", "date": date(2026, 3, 1), "total": "12.50"},
                         {"number": "A-2", "date": date(2026, 4, 2), "total": "8.00"}],
              "account": [{"email": "lukasz@example.pl", "name": "Łukasz Śmigły"}]}
    letter = ldesk.make_letter(case, "portability", None, WHO, portability_data=export)
    json_name, csv_name = f"{case.reference}-data.json", f"{case.reference}-data.csv"
    assert (letter.annex_json_name, letter.annex_csv_name) == (json_name, csv_name)
    text = pdf_text(bytes(letter.pdf))
    assert json_name in text and csv_name in text  # the letter names its files
    paths = ldesk.save_letter_files(letter, tmp_path)
    assert [p.name for p in paths] == [letter.file_name, json_name, csv_name]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in paths)  # personal data: owner-only
    back = json.loads(paths[1].read_text(encoding="utf-8"))
    assert back["orders"][1] == {"number": "A-2", "date": "2026-04-02", "total": "8.00"}
    rows = list(csv.DictReader(io.StringIO(paths[2].read_text(encoding="utf-8"))))
    assert [r["section"] for r in rows] == ["orders", "orders", "account"]
    assert rows[2]["name"] == "Łukasz Śmigły"


def test_portability_without_an_export_hands_over_what_the_case_holds(samples):
    case = new_case()
    verify_identity(case)
    letter = ldesk.make_letter(case, "portability", None, WHO)
    data = json.loads(bytes(letters.get_letter(letter.id).annex_json))
    assert data["requester"][0]["name"] == "Łukasz Śmigły"
    assert data["request"][0]["reference"] == case.reference


# ---------------------------------------------------------------- identity block, register marks

def test_disclosing_letters_are_blocked_until_identity_unless_overridden(samples):

    case = new_case()  # ECOMARKET asks for a signed letter; none is recorded yet
    mark_searches(case, {"newsletter", "customer-account"})
    reason = disclosure_block(case)
    assert reason
    # the register's gaps come first: they cannot be overridden (customer-account goes to Facebook in the US,
    # with no safeguards in the register)
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "access", None, WHO, details=COPY)
    assert fields_of(exc.value) == ["register"] and exc.value.blocked is None
    assert exc.value.problems[0].code == "letter.gap-transfer"
    from dsar_desk.desk.checklist import set_item
    from dsar_desk.store.checklist import items_of

    for item in items_of(case):
        if item.activity == "customer-account" and item.action == "search":
            set_item(case, item.position, "not-concerned", "", WHO)
    withheld = {**COPY, "withheld_reasons": "De notities noemen een collega."}
    for kind in ("access", "partial-access"):
        with pytest.raises(letter_details.InvalidLetter) as exc:
            ldesk.make_letter(case, kind, None, WHO, details=withheld if kind == "partial-access" else COPY)
        assert fields_of(exc.value) == ["identity"] and exc.value.blocked == reason
    # portability alone, or in a combined answer: the newsletter (the only activity where data were found)
    # rests on legitimate interests, so Art. 20 does not apply: refused whatever the identity
    for kind in ("portability", "combined"):
        with pytest.raises(letter_details.InvalidLetter) as exc:
            ldesk.make_letter(case, kind, None, WHO, details=COPY)
        assert [p.code for p in exc.value.problems] == ["letter.gap-portability"] and exc.value.blocked is None
    with pytest.raises(letter_details.InvalidLetter):
        ldesk.make_letter(case, "access", None, WHO, override_reason="   ", details=COPY)
    assert letters.letters_of(case) == []
    ldesk.make_letter(case, "acknowledgement", None, WHO)  # not disclosing: allowed
    made = ldesk.make_letter(case, "access", None, WHO, override_reason="Came in person with an ID card.",
                               details=COPY)
    assert made.override_reason == "Came in person with an ID card."
    assert "Came in person with an ID card." in letter_events(case)[-1].text
    verify_identity(case)
    assert disclosure_block(case) is None
    assert ldesk.make_letter(case, "access", None, WHO, details=COPY).override_reason == ""


def _mark_not_concerned(case, activities: set[str]):
    from dsar_desk.desk import checklist
    from dsar_desk.store.checklist import items_of

    checklist.build_checklist(case, WHO)
    for item in items_of(case):
        if item.activity in activities and item.state == "open":
            checklist.set_item(case, item.position, "not-concerned", "", WHO)
    assert unconcerned_activities(case) >= activities


def test_activities_marked_not_concerning_the_requester_are_left_out(samples):
    case = new_case(rights=["access"])
    verify_identity(case)
    _mark_not_concerned(case, {"contact-form"})
    with pytest.raises(letter_details.InvalidLetter) as exc:  # the other searches are still open (issue 15)
        ldesk.make_letter(case, "access", None, WHO, details=COPY)
    assert set(fields_of(exc.value)) == {"checklist"}
    assert {p.code for p in exc.value.problems} == {"letter.gap-search-open"}
    assert not any("'contact-form'" in p.message for p in exc.value.problems)
    mark_searches(case, {"newsletter"})
    letter = ldesk.make_letter(case, "access", None, WHO, details=COPY)
    assert letter.kind == "access"
    assert "Contactformulier" not in pdf_text(bytes(letter.pdf))
    assert "contact-form" in letter.report_data["not_concerned"]
    assert json.loads(letter.report)["found"] == ["newsletter"]


def test_access_becomes_no_data_when_nothing_concerns_the_requester(samples):
    from dsar_desk.store.organisations import profile_of

    case = new_case(rights=["access"])
    verify_identity(case)
    _mark_not_concerned(case, {p["id"] for p in profile_of(case.organisation).processing})
    letter = ldesk.make_letter(case, "access", None, WHO)
    assert letter.kind == "no-data"
    assert "no-data instead of access" in letter_events(case)[-1].text


# -------------------------------------------------------------------------------------- layout

def test_the_organisations_window_position_is_used(samples):
    case = new_case(organisation="maildrop", language="fr", address=["12 rue Pasteur", "69002 Lyon"], country="FR")
    org = case.organisation
    assert letters.layout_of(org) == LetterLayout("fr-right")  # a French organisation: the right-hand window
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    assert in_window(where(bytes(letter.pdf), "Łukasz Śmigły"), L.first_page("fr-right").window)
    assert letters.layout_of(letters.Case.get_by_id(new_case().id).organisation) == LetterLayout()  # Belgian
    ldesk.set_layout(org, LetterLayout("din5008"))
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    assert in_window(where(bytes(letter.pdf), "Łukasz Śmigły"), L.first_page("din5008").window)
    ldesk.set_layout(org, LetterLayout("fr-right"))
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.set_layout(org, LetterLayout("custom", (0, 0, 5, 5)))
    assert fields_of(exc.value) == ["window"]
    assert letters.layout_of(org).window == "fr-right"



def test_a_request_marked_unfounded_gets_the_art_12_5_refusal_with_its_reasons(samples):
    from dsar_desk.desk.cases import mark_unfounded

    case = new_case(rights=["access"])
    mark_unfounded(case, "Zesde identiek verzoek binnen twee maanden.", WHO)
    case = store.get_case(case.reference)
    assert case.status == "refused"
    text = pdf_text(ldesk.make_letter(case, "refusal", None, WHO).pdf).replace("\n", " ")
    assert "Zesde identiek verzoek binnen twee maanden." in text
    assert "12, lid 5" in text or "12(5)" in text


def test_each_letter_remembers_the_register_version_it_was_built_from(samples):
    from dsar_desk.desk.organisations import import_profile
    from dsar_desk.resources import resource

    case = new_case(rights=["access"])
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    before = ldesk.make_letter(case, "access", None, WHO, details=COPY)
    text = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")
    import_profile(text.replace('name = "ECOMARKET SRL"', 'name = "ECOMARKET BV"'))
    after = ldesk.make_letter(store.get_case(case.reference), "access", None, WHO, details=COPY)
    first, second = letters.letter_dict(before)["register_version"], letters.letter_dict(after)["register_version"]
    assert first is not None and second == first + 1
    assert f"register version {first}" in letter_events(case)[0].text


def test_a_letter_without_postal_address_says_so_and_cannot_be_marked_posted(samples):
    case = new_case(address=[], country="")
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    assert any("no postal address" in gap for gap in letter.report_data["missing"])
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "post", date.today(), None, WHO)
    assert fields_of(exc.value) == ["method"]
    assert ldesk.mark_sent(letter, "email", date.today(), None, WHO).sent_method == "email"
    with_address = ldesk.make_letter(new_case(), "acknowledgement", None, WHO)
    assert not any("postal address" in gap for gap in with_address.report_data["missing"])


# ------------------------------------------------------------------------------------ issue 15

def test_the_request_takes_the_searches_the_channel_the_identity_date_and_the_fee_from_the_case(samples):
    from dsar_desk.desk.cases import record_fee

    case = new_case(rights=["access"], channel="email")
    mark_searches(case, {"newsletter"})
    desk.request_identity(case, WHO, date.today() - timedelta(days=1))
    record_fee(case, WHO, asked_cents=1250)
    req = ldesk.request_for(store.get_case(case.reference), "identity-reminder", "nl", WHO)
    assert req.found == {"newsletter"} and not req.search_open and not req.search_missing
    assert req.channel == "email" and req.fee_cents == 1250
    assert req.identity_asked_on == date.today() - timedelta(days=1)
    assert (req.clerk_name, req.clerk_role) == ("Anna Clerk", "")  # the settings of the tests' database fixture


def test_no_signer_no_letter(samples):
    from dsar_desk.settings import Settings

    Settings().set("clerk_name", "")
    case = new_case()
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "acknowledgement", None, WHO)
    assert [(p.field, p.code) for p in exc.value.problems] == [("signer", "letter.gap-signer")]
    assert letters.letters_of(case) == []


def test_the_gaps_of_the_register_refuse_the_access_answer_before_anything_is_kept(samples):
    case = new_case(rights=["access"])
    verify_identity(case)
    mark_searches(case, {"newsletter", "contact-form", "customer-service-calls"})
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "access", None, WHO, details=COPY)
    codes = [p.code for p in exc.value.problems]
    assert codes == ["letter.gap-retention", "letter.gap-recipients-unknown", "letter.gap-retention"]
    assert "processing[0].retention" in exc.value.problems[0].message
    assert letters.letters_of(case) == [] and letter_events(case) == []


def test_a_letter_of_an_organisation_without_postal_address_cannot_be_marked_posted(samples):
    case = new_case(organisation="maildrop", language="fr", address=["12 rue Pasteur", "69002 Lyon"], country="FR")
    letter = ldesk.make_letter(case, "acknowledgement", None, WHO)
    assert json.loads(letter.report)["postable"] is False
    assert any(m.code == "letter.sender-no-postal-address" for m in letter.report_data["missing"])
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.mark_sent(letter, "registered", date.today(), "RR1", WHO)
    assert fields_of(exc.value) == ["method"] and "no postal address of the organisation" in str(exc.value)
    assert ldesk.mark_sent(letter, "email", date.today(), None, WHO).sent_method == "email"


def test_a_combined_answer_is_one_reply_with_the_portability_files(samples, tmp_path):
    case = new_case(rights=["access", "portability", "erasure"])
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    from dsar_desk.desk.checklist import set_item
    from dsar_desk.store.checklist import items_of
    for item in items_of(case):  # the customer account's data were found too (its gap: Facebook, below)
        if item.activity == "customer-account" and item.action == "search":
            set_item(case, item.position, "done", "account", WHO)
        elif item.action in ("act", "inform"):  # the erasure done, its recipients told (the letter says so)
            set_item(case, item.position, "done", "erased", WHO)
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "combined", None, WHO, details=COPY)
    assert [p.code for p in exc.value.problems] == ["letter.gap-transfer"]
    case = new_case(organisation="ecomail", rights=["access", "portability", "erasure"], language="nl",
                    address=["Dorpsstraat 1", "1012 AB Amsterdam"], country="NL")
    verify_identity(case)
    mark_searches(case, {"email-service", "billing"})
    for item in items_of(case):
        if item.action in ("act", "inform") and item.state == "open":
            set_item(case, item.position, "done", "erased", WHO)
    letter = ldesk.make_letter(case, "combined", None, WHO, details=COPY)
    assert letter.kind == "combined"
    text = pdf_text(bytes(letter.pdf)).replace("\n", " ")
    assert text.index("artikel 15 AVG)") < text.index("Wissing van uw persoonsgegevens") < text.index("artikel 20 AVG)")
    paths = ldesk.save_letter_files(letter, tmp_path)
    assert [p.name for p in paths] == [letter.file_name, f"{case.reference}-data.json", f"{case.reference}-data.csv"]
    ldesk.mark_sent(letter, "post", date.today(), None, WHO)
    assert store.case_dict(store.get_case(case.reference))["answered_on"] == date.today().isoformat()


def test_the_new_kinds_are_kept_like_the_others(samples):
    case = new_case()
    details = {
        "identity-request": DOUBT, "identity-reminder": {}, "identity-closing": {}, "clarification": {},
        "mandate-request": {"representative_name": "Pieter Janssens", "representative_address": ["Meir 1", "2000 Antwerpen"]},
        "wrong-organisation": {"intended_for": "ECOMARKET BV"}, "deceased": {"deceased_name": "Jan Smit"},
        "forwarded": {"controller": "Stad Gent"}, "fee": {"fee_cents": 1000},
        "rectification-refused": {"rectification_refused_reasons": "De datum klopt met uw identiteitskaart."},
    }
    for kind, extra in details.items():
        letter = ldesk.make_letter(case, kind, None, WHO, details=extra)
        assert letter.kind == kind and letter.version == 1
    made = {x.kind for x in letters.letters_of(case)}
    assert made == set(details)
    with pytest.raises(letter_details.InvalidLetter) as exc:
        ldesk.make_letter(case, "deceased", None, WHO)
    assert [(p.field, p.code) for p in exc.value.problems] == [("deceased_name", "letter.gap-deceased")]


def test_a_clarification_letter_stops_the_clock_until_the_answer(samples):
    """EDPB 01/2022 § 35: asking the requester to specify the request suspends the deadline from
    the letter's date; the answer starts it again (the same pause as for identity)."""
    from dsar_desk.store.cases import open_pause

    case = new_case(rights=["access"])
    before = store.get_case(case.reference).due
    ldesk.make_letter(case, "clarification", None, WHO)
    pause = open_pause(store.get_case(case.reference))
    assert pause is not None and pause.reason == "clarification" and pause.requested == date.today()
    assert any(e.kind == "pause" and "clarification requested" in e.text for e in store.events_of(case))
    desk.information_received(store.get_case(case.reference), WHO, date.today())
    after = store.get_case(case.reference)
    assert open_pause(after) is None and after.due >= before
