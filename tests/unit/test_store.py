"""Storage on a real SQLite file: migrations, permissions, cases, events, transactions."""

import os
import sqlite3
import stat
from datetime import date, timedelta

import pytest

from dsar_desk.desk import attachments
from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft, CaseRuleError
from dsar_desk.store import case_list
from dsar_desk.store import cases as store
from dsar_desk.store.db import DatabaseError, close_database, open_database
from dsar_desk.store.migrations import LATEST
from dsar_desk.store.models import Case, Event


def draft(**fields):
    base = dict(organisation="ecomarket", name="Łukasz Śmigły", email="lukasz@example.pl",
                address=["ul. Długa 5", "00-238 Warszawa"], country="PL", language="nl",
                rights=["access", "erasure"], channel="email", received=date.today() - timedelta(days=3),
                summary="Wil weten welke gegevens u heeft.")
    base.update(fields)
    return CaseDraft(**base)


def test_database_and_folder_are_private(db, db_path):
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(db_path.parent).st_mode) == 0o700


def test_pragmas_and_schema_version(db, db_path):
    assert db.execute_sql("pragma foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("pragma secure_delete").fetchone()[0] == 1
    assert db.execute_sql("select max(version) from schema_version").fetchone()[0] == LATEST


def test_a_newer_database_is_refused_and_left_untouched(db_path):
    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    conn.execute("insert into schema_version (version, applied_at) values (?, '2030-01-01')", (LATEST + 1,))
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer DSAR Desk"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_an_older_database_is_backed_up_then_migrated(db_path, monkeypatch):
    from dsar_desk.store import db as dbmodule
    from dsar_desk.store import migrations

    open_database(db_path)
    close_database()
    extra = {**migrations.MIGRATIONS, LATEST + 1: ['CREATE TABLE "later_table" ("id" INTEGER PRIMARY KEY)']}
    monkeypatch.setattr(dbmodule, "MIGRATIONS", extra)
    monkeypatch.setattr(dbmodule, "LATEST", LATEST + 1)
    database = open_database(db_path)
    assert database.execute_sql("select max(version) from schema_version").fetchone()[0] == LATEST + 1
    close_database()
    backups = list((db_path.parent / "backups").glob(f"*.before-v{LATEST + 1}-from-v{LATEST}-*.sqlite3"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(backups[0])
    assert conn.execute("select max(version) from schema_version").fetchone()[0] == LATEST
    conn.close()


def test_a_file_that_is_not_a_database_is_refused(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot be read"):
        open_database(db_path)


def test_create_case_gives_references_per_organisation_and_year(samples):
    a = desk.create_case(draft(), "anna")
    b = desk.create_case(draft(name="Zoë Ørsted"), "anna")
    c = desk.create_case(draft(received=date(2025, 12, 31)), "anna")
    d = desk.create_case(draft(organisation="ecomail", language="nl"), "anna")
    year = a.received.year
    assert a.reference == f"ECO-{year}-0001"
    assert b.reference == f"ECO-{year}-0002"
    assert c.reference == "ECO-2025-0001"
    assert d.reference.startswith("ECM-") and d.reference.endswith("-0001")


def test_created_case_has_its_deadline_and_first_event(samples, recorded):
    case = desk.create_case(draft(received=date(2026, 1, 31)), "anna")
    # ECOMARKET (BE) promises 30 days; the legal month ends 28 Feb 2026, a Saturday → Monday 2 March
    assert case.legal_limit == date(2026, 3, 2)
    assert case.due <= case.legal_limit
    events = store.events_of(case)
    assert [e.kind for e in events] == ["created"]
    assert events[0].who == recorded("anna")
    assert case.assignee == "anna"


def test_invalid_case_saves_nothing(samples):
    with pytest.raises(desk.InvalidCase) as info:
        desk.create_case(draft(name="", email="nope", received=date.today() + timedelta(days=1)), "anna")
    assert {p.field for p in info.value.problems} == {"name", "email", "received"}
    assert Case.select().count() == 0
    assert Event.select().count() == 0


def test_a_failing_attachment_rolls_back_the_whole_case(samples, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(desk, "store_attachment", broken)
    with pytest.raises(OSError):
        desk.create_case(draft(), "anna", [desk.NewAttachment("scan.pdf", b"%PDF-1.4 scan")])
    assert Case.select().count() == 0
    assert Event.select().count() == 0


def test_attachments_are_kept_with_the_case(samples):
    case = desk.create_case(draft(), "anna", [desk.NewAttachment("C:\\mail\\request.eml", b"From: lukasz")])
    [a] = store.attachments_of(case)
    assert a.filename == "request.eml"
    assert a.size == 12
    assert attachments.attachment_data(a.id) == b"From: lukasz"
    assert [e.kind for e in store.events_of(case)] == ["created", "attachment"]


def test_edits_record_field_old_and_new(samples, recorded):
    case = desk.create_case(draft(), "anna")
    changed = desk.update_case(case, {"email": "l.smigly@example.pl", "rights": ["access"], "name": "Łukasz Śmigły"}, "bert")
    assert changed == ["email", "rights"]
    edits = [(e.field, e.old, e.new, e.who) for e in store.events_of(case) if e.kind == "edited"]
    assert edits == [("email", "lukasz@example.pl", "l.smigly@example.pl", recorded("bert")),
                     ("rights", "access, erasure", "access", recorded("bert"))]
    assert store.get_case(case.reference).requester_email == "l.smigly@example.pl"


def test_invalid_edit_changes_nothing(samples):
    case = desk.create_case(draft(), "anna")
    with pytest.raises(desk.InvalidCase):
        desk.update_case(case, {"email": "broken", "name": "New Name"}, "bert")
    fresh = store.get_case(case.reference)
    assert fresh.requester_name == "Łukasz Śmigły"
    assert [e.kind for e in store.events_of(fresh)] == ["created"]


def test_changing_received_moves_the_due_date(samples):
    case = desk.create_case(draft(received=date(2026, 3, 5)), "anna")
    before = case.due
    desk.update_case(case, {"received": date(2026, 3, 20)}, "anna")
    assert case.due > before
    kinds = [e.kind for e in store.events_of(case)]
    assert kinds == ["created", "edited", "deadline"]


def test_workflow_through_to_closing(samples):
    case = desk.create_case(draft(), "anna")
    with pytest.raises(CaseRuleError):
        desk.change_status(case, "closed", "anna")
    desk.change_status(case, "in-progress", "anna")
    answers = {"access": {"outcome": "granted", "no_letter": "handed over at the desk"},
               "erasure": {"outcome": "partly-granted", "reason": "invoices kept 7 years (tax law)",
                           "no_letter": "confirmed by phone"}}
    with pytest.raises(desk.InvalidCase, match="Erasure"):
        desk.change_status(case, "answered", "anna", override="checklist not under test here",
                           outcomes={"access": answers["access"]})
    desk.change_status(case, "answered", "anna", override="checklist not under test here", outcomes=answers)
    assert store.get_case(case.reference).status == "answered"
    desk.change_status(case, "closed", "anna")
    case = store.get_case(case.reference)
    assert case.status == "closed"
    data = store.case_dict(case)
    assert data["outcomes"]["erasure"] == {"outcome": "partly-granted", "reason": "invoices kept 7 years (tax law)",
                                           "no_letter": "confirmed by phone"}
    statuses = [(e["old"], e["new"]) for e in data["events"] if e["kind"] == "status"]
    assert statuses == [("received", "in-progress"), ("in-progress", "answered"), ("answered", "closed")]


def test_notes(samples):
    case = desk.create_case(draft(), "anna")
    desk.add_note(case, "Called the requester back.", "anna")
    with pytest.raises(desk.InvalidCase):
        desk.add_note(case, "   ", "anna")
    assert [e.text for e in store.events_of(case) if e.kind == "note"] == ["Called the requester back."]


def test_identity_pause_moves_the_due_date(samples):
    received = date.today() - timedelta(days=20)
    case = desk.create_case(draft(received=received), "anna")
    first_limit = case.legal_limit
    desk.request_identity(case, "anna", received + timedelta(days=1))
    assert case.status == "awaiting-identity"
    desk.information_received(case, "anna", received + timedelta(days=11))
    assert case.status == "in-progress"
    assert case.legal_limit > first_limit
    assert store.case_dict(case)["waited_days"] == 10


def test_extension_needs_reasons_and_moves_to_three_months(samples):
    case = desk.create_case(draft(received=date.today() - timedelta(days=5)), "anna")
    with pytest.raises(desk.InvalidCase):
        desk.extend(case, " ", "anna")
    desk.extend(case, "Many systems to search.", "anna")
    assert case.extended
    assert (case.due - case.received).days >= 89
    with pytest.raises(CaseRuleError, match="already"):
        desk.extend(case, "again", "anna")


def test_case_list_filters_search_and_sorts(samples):
    today = date.today()
    old = desk.create_case(draft(name="Zoë Ørsted", email="zoe@example.dk", received=today - timedelta(days=40)), "anna")
    soon = desk.create_case(draft(name="Ödön Szőke", email="odon@example.hu", received=today - timedelta(days=27)), "bert")
    fresh = desk.create_case(draft(name="Şule Yılmaz", email="sule@example.tr", received=today), "anna")
    done = desk.create_case(draft(name="Řehoř Dvořák", email="rehor@example.cz", received=today - timedelta(days=50)), "anna")
    desk.change_status(done, "in-progress", "anna")
    desk.change_status(done, "answered", "anna", override="checklist not under test here",
                       outcomes={r: {"outcome": "granted", "no_letter": "by phone"} for r in done.right_list})
    f = case_list.CaseFilter(today=today)
    refs = lambda f: [r[1] for r in case_list.page(f, 0, 100)]  # noqa: E731
    assert case_list.count(f) == 4
    assert refs(f.with_(overdue=True)) == [old.reference]
    assert soon.reference in refs(f.with_(due_within=7))
    assert fresh.reference not in refs(f.with_(due_within=7))
    assert refs(f.with_(text="zoe")) == [old.reference]
    assert refs(f.with_(text="SZOKE")) == [soon.reference]  # accents and case ignored
    assert refs(f.with_(text=fresh.reference.lower())) == [fresh.reference]
    assert refs(f.with_(text="@example.cz")) == [done.reference]
    assert refs(f.with_(assignee="bert")) == [soon.reference]
    assert refs(f.with_(status="answered")) == [done.reference]
    assert set(refs(f.with_(status="open"))) == {old.reference, soon.reference, fresh.reference}
    names = [r[2] for r in case_list.page(f, 0, 100, sort="requester")]
    assert names == sorted(names)
    dues = [r[7] for r in case_list.page(f, 0, 100, sort="due", descending=True)]
    assert dues == sorted(dues, reverse=True)
    assert [r[1] for r in case_list.page(f, 1, 2, sort="received")] == \
        [r[1] for r in case_list.page(f, 0, 4, sort="received")][1:3]


def test_reimporting_a_profile_recomputes_open_deadlines(samples):
    from dsar_desk.desk.organisations import import_profile
    from dsar_desk.resources import resource
    from dsar_desk.store.organisations import export_profile

    case = desk.create_case(draft(received=date(2026, 1, 31)), "anna")
    assert case.due == date(2026, 3, 2)  # one month: Sat 28 Feb -> Mon 2 Mar (no promise yet)
    text = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")
    assert "deadline_days" not in text
    result = import_profile(text.replace("[policy]\n", "[policy]\ndeadline_days = 10\n"))
    assert not result.created
    assert store.get_case(case.reference).due == date(2026, 2, 10)
    assert "deadline_days = 10" in export_profile("ecomarket")
