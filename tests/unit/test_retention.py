"""Closed cases that expire: which are due, the purge, and the figures that still add up (real SQLite)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from dsar_desk.desk import retention
from dsar_desk.domain.figures import COUNTERS
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import attachment_keys, checklist, figures, identity, models
from dsar_desk.store import cases as store
from dsar_desk.store.models import Attachment, Case, CaseFacts, Event, Pause, RetentionPurge
from dsar_desk.store.organisations import export_profile, import_profile
from tests.unit.test_figures import WHO, answer, clock, close, letter, new_case  # noqa: F401 - clock is a fixture

MARKER = "Zwanenburg"  # the deleted requester's surname: no byte of it may stay in the files
TODAY = date(2024, 3, 26)
YEAR = (date(2019, 1, 1), date(2019, 12, 31))


@pytest.fixture(autouse=True)
def fresh_keys():
    attachment_keys.forget_keys()
    yield
    attachment_keys.forget_keys()


def raw_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    wal = Path(str(db_path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def old_cases(samples, clock):
    """Cases of 2019; on 26 March 2024 the five years of the samples' rule are over for A and C only."""
    c = {}
    # A: closed 25 March 2019 (five years and a day before TODAY): due. Letter, note, ID copy, pause.
    c["a"] = new_case("ecomarket", f"Quirinus {MARKER}", date(2019, 3, 4), rights=("erasure",),
                      email="quirinus@example.org")
    clock(date(2019, 3, 5))
    identity.request_proof(c["a"], WHO, on=date(2019, 3, 5))
    store.add_note(c["a"], f"Mr {MARKER} phoned about his old orders", WHO)
    clock(date(2019, 3, 8))
    identity.record_check(c["a"], IdentityDraft(
        method="id-document", outcome="verified", checked_on=date(2019, 3, 8), document_type="identity-card",
        issuing_country="BE", expiry=date(2027, 5, 1), proportionality="no account data to compare with",
        blacked_out=True), WHO, today=date(2019, 3, 8),
        id_copy=store.NewAttachment("id.png", f"scan of {MARKER}'s card".encode()))
    letter(clock, c["a"], "erasure", date(2019, 3, 20))
    answer(clock, c["a"], date(2019, 3, 20)); close(clock, c["a"], date(2019, 3, 25))
    # B: the same requester again within the year (another name typed, same e-mail): a repeat, closed
    # 12 December 2019: kept
    c["b"] = new_case("ecomarket", "Kees Jansen", date(2019, 12, 1), email="Quirinus@example.org")
    answer(clock, c["b"], date(2019, 12, 10)); close(clock, c["b"], date(2019, 12, 12))
    # C: another organisation, closed 2 February 2019: due
    c["c"] = new_case("maildrop", "Élodie Lefèvre", date(2019, 1, 14))
    answer(clock, c["c"], date(2019, 1, 30)); close(clock, c["c"], date(2019, 2, 2))
    # D: received in 2019 and never closed: not due. E: closed 26 March 2019, five years exactly: not due
    c["d"] = new_case("ecomarket", "Pieter Janssens", date(2019, 3, 4))
    c["e"] = new_case("ecomarket", "Sofie Claes", date(2019, 3, 4))
    answer(clock, c["e"], date(2019, 3, 20)); close(clock, c["e"], date(2019, 3, 26))
    # F: closed in January 2019, reopened and closed again on 20 January 2020: counts from 2020
    c["f"] = new_case("ecomarket", "Mathéo Martin", date(2019, 1, 7))
    answer(clock, c["f"], date(2019, 1, 9)); close(clock, c["f"], date(2019, 1, 10))
    clock(date(2020, 1, 5)); store.change_status(c["f"], "in-progress", WHO, note="the requester came back")
    answer(clock, c["f"], date(2020, 1, 15)); close(clock, c["f"], date(2020, 1, 20))
    clock(TODAY)
    return c


def counts(f) -> dict:
    return {name: getattr(f.total, name) for name in COUNTERS if name != "deleted"} | {"rights": f.total.rights}


def test_due_are_the_cases_closed_more_than_the_retention_years_ago(old_cases):
    due = retention.due_for_deletion(TODAY)
    assert [(d.reference, d.organisation, d.closed_on, d.retention_years) for d in due] == [
        (old_cases["c"].reference, "maildrop", date(2019, 2, 2), 5),
        (old_cases["a"].reference, "ecomarket", date(2019, 3, 25), 5),
    ]
    assert due[1].due_since == date(2024, 3, 26)
    assert [d.reference for d in retention.due_for_deletion(date(2024, 3, 27))][-1] == old_cases["e"].reference
    assert retention.due_for_deletion(date(2024, 2, 2)) == []


def test_a_profile_keeps_closed_cases_as_many_years_as_it_says(old_cases):
    text = export_profile("ecomarket").replace("[policy]\n", "[policy]\ncase_retention_years = 10\n", 1)
    import_profile(text)
    assert [d.organisation for d in retention.due_for_deletion(TODAY)] == ["maildrop"]


def test_a_dry_run_says_what_would_go_and_writes_nothing(old_cases, db_path):
    before = db_path.read_bytes()
    report = retention.purge_closed_cases(TODAY, dry_run=True)
    assert report.dry_run and report.cases == 2 and report.per_organisation == {"ecomarket": 1, "maildrop": 1}
    assert Case.select().count() == 6 and RetentionPurge.select().count() == 0
    assert db_path.read_bytes() == before


def test_the_purge_deletes_everything_of_the_case_and_keeps_the_figures(old_cases, db_path):
    year_before = figures.figures(*YEAR, today=TODAY)
    eco_before = figures.figures(*YEAR, "ecomarket", today=TODAY)
    assert year_before.total.repeat_request == 1  # B repeats A
    a = old_cases["a"]
    assert MARKER.encode() in raw_bytes(db_path) and MARKER.lower().encode() in raw_bytes(db_path)

    report = retention.purge_closed_cases(TODAY)

    assert report.cases == 2 and not report.dry_run
    assert report.per_organisation == {"ecomarket": 1, "maildrop": 1}
    # the case and everything of it are gone (the foreign keys cascade)
    assert not Case.select().where(Case.id == a.id).exists()
    for model in (Event, Pause, Attachment, identity.IdentityCheck, checklist.ChecklistItem):
        assert model.select().where(model.case == a.id).count() == 0, model.__name__
    from dsar_desk.store.letters import Letter

    assert Letter.select().where(Letter.case == a.id).count() == 0
    # nothing of it is left in the database file or its WAL; what stays is still there
    data = raw_bytes(db_path)
    assert MARKER.encode() not in data and MARKER.lower().encode() not in data
    assert a.reference.encode() not in data
    assert "Kees Jansen".encode() in data
    # the record of the purge, one per organisation, in the figures of the year it was done
    records = list(RetentionPurge.select().order_by(RetentionPurge.id))
    assert [(r.organisation.slug, r.cases, r.purged_on, r.retention_years) for r in records] == [
        ("ecomarket", 1, TODAY, 5), ("maildrop", 1, TODAY, 5)]
    assert [p.to_json() for p in figures.figures(date(2024, 1, 1), date(2024, 12, 31), today=TODAY).purges] == [
        {"purged_on": "2024-03-26", "organisation": "ecomarket", "cases": 1, "retention_years": 5},
        {"purged_on": "2024-03-26", "organisation": "maildrop", "cases": 1, "retention_years": 5}]
    # the figures of 2019 add up as before, the deleted ones counted from their anonymous rows
    year_after = figures.figures(*YEAR, today=TODAY)
    assert counts(year_after) == counts(year_before)
    assert year_after.days_to_answer == year_before.days_to_answer
    assert {m: c.received for m, c in year_after.months.items()} == {m: c.received for m, c in year_before.months.items()}
    assert year_after.total.deleted == 2 and year_before.total.deleted == 0
    assert counts(figures.figures(*YEAR, "ecomarket", today=TODAY)) == counts(eco_before)
    assert Case.get_by_id(old_cases["b"].id).repeat_of_deleted  # B still counts as a repeat
    assert figures.figures(*YEAR, today=TODAY, cached=False).total.repeat_request == 1
    # the anonymous rows hold no requester data
    kept = CaseFacts.select().where(CaseFacts.purge.is_null(False))
    assert kept.count() == 2 and all(row.case_id is None for row in kept)
    # a second purge finds nothing more
    assert retention.purge_closed_cases(TODAY).cases == 0
    assert RetentionPurge.select().count() == 2


def test_the_purge_names_the_backups_that_still_hold_deleted_cases(old_cases, db_path):
    from dsar_desk.store.db import backup_file

    backup = backup_file(db_path, 5)
    report = retention.purge_closed_cases(TODAY)
    assert report.backups == (backup,)
    assert MARKER.encode() in backup.read_bytes()  # issue 12 purges the backups (desk.retention.after_purge)


def test_the_facts_row_of_a_case_holds_none_of_its_requester(old_cases):
    figures.refresh_facts(TODAY)
    columns = {f.column_name for f in models.CaseFacts._meta.sorted_fields}
    assert not columns & {"requester_name", "requester_email", "requester_address", "requester_country", "summary",
                          "reference", "search", "outcomes"}
    row = CaseFacts.get(CaseFacts.case == old_cases["a"].id)
    assert MARKER not in repr(row.__data__) and "quirinus" not in repr(row.__data__).lower()
    assert {f.name for f in fields(figures.CaseRow)} >= {"requester_name"}  # the export that has them says so
