"""Closed cases that expire: which are due, the purge, and the figures that still add up (real SQLite)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from dsar_desk.desk import backup as desk_backup
from dsar_desk.desk import cases as desk_cases
from dsar_desk.desk import keys, retention
from dsar_desk.desk.figures import figures as count
from dsar_desk.desk.figures import refresh_facts
from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain.cases import NewAttachment
from dsar_desk.domain.figures import COUNTERS
from dsar_desk.store import figures, models
from dsar_desk.store.models import (
    Attachment,
    Case,
    CaseFacts,
    ChecklistItem,
    Event,
    IdentityCheck,
    Letter,
    Pause,
    RecordGap,
    RetentionPurge,
)
from dsar_desk.store.organisations import export_profile
from dsar_desk.store.record import verify_file, verify_open_database
from tests.unit.test_figures import WHO, Story, clock  # noqa: F401 - clock is a fixture

# The requests are told day by day on the desk's clock (store.models.now); a team's server dates
# every event by its own clock (the record's rule), so these run on the file; on a server, the
# figures are tested in tests/unit/test_figures_server.py.
pytestmark = pytest.mark.sqlite_only

MARKER = "Zwanenburg"  # the deleted requester's surname: no byte of it may stay in the files
TODAY = date(2024, 3, 26)
YEAR = (date(2019, 1, 1), date(2019, 12, 31))


@pytest.fixture(autouse=True)
def fresh_keys():
    keys.forget_keys()
    yield
    keys.forget_keys()


def raw_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    wal = Path(str(db_path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def without_gap_records(db_path: Path, tmp_path: Path) -> bytes:
    """The bytes of a copy of the database with its gap records dropped (and VACUUMed)."""
    import sqlite3

    copy = tmp_path / "copy.sqlite3"
    source = sqlite3.connect(db_path)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute('DROP TABLE "record_gap"')
    target.commit()
    target.execute("VACUUM")
    target.close()
    return copy.read_bytes()


def tell_old_cases(s: Story) -> None:
    """Cases of 2019; on 26 March 2024 the five years of the samples' rule are over for A and C only."""
    # A: closed 25 March 2019 (five years and a day before TODAY): due. Letter, note, ID copy, pause.
    s.new("a", "ecomarket", f"Quirinus {MARKER}", date(2019, 3, 4), rights=("erasure",),
          email="quirinus@example.org")
    s.ask_identity("a", date(2019, 3, 5))
    s.do(date(2019, 3, 5), lambda: desk_cases.add_note(s.case("a"), f"Mr {MARKER} phoned about his old orders", WHO))
    s.check("a", date(2019, 3, 8), method="id-document", outcome="verified", fields=dict(
        document_type="identity-card", issuing_country="BE", expiry=date(2027, 5, 1),
        proportionality="no account data to compare with", blacked_out=True),
        id_copy=NewAttachment("id.png", f"scan of {MARKER}'s card".encode()))
    s.letter("a", "erasure", date(2019, 3, 20))
    s.answer("a", date(2019, 3, 20)); s.close("a", date(2019, 3, 25))
    # B: the same requester again within the year (another name typed, same e-mail): a repeat, closed
    # 12 December 2019: kept
    s.new("b", "ecomarket", "Kees Jansen", date(2019, 12, 1), email="Quirinus@example.org")
    s.answer("b", date(2019, 12, 10)); s.close("b", date(2019, 12, 12))
    # C: another organisation, closed 2 February 2019: due
    s.new("c", "maildrop", "Élodie Lefèvre", date(2019, 1, 14))
    s.answer("c", date(2019, 1, 30)); s.close("c", date(2019, 2, 2))
    # D: received in 2019 and never closed: not due. E: closed 26 March 2019, five years exactly: not due
    s.new("d", "ecomarket", "Pieter Janssens", date(2019, 3, 4))
    s.new("e", "ecomarket", "Sofie Claes", date(2019, 3, 4))
    s.answer("e", date(2019, 3, 20)); s.close("e", date(2019, 3, 26))
    # F: closed in January 2019, reopened and closed again on 20 January 2020: counts from 2020
    s.new("f", "ecomarket", "Mathéo Martin", date(2019, 1, 7))
    s.answer("f", date(2019, 1, 9)); s.close("f", date(2019, 1, 10))
    s.status("f", date(2020, 1, 5), "in-progress", note="the requester came back")
    s.answer("f", date(2020, 1, 15)); s.close("f", date(2020, 1, 20))


@pytest.fixture
def old_cases(samples, clock):
    s = Story(clock)
    tell_old_cases(s)
    c = s.run()
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


def test_the_purge_deletes_everything_of_the_case_and_keeps_the_figures(old_cases, db_path, tmp_path):
    year_before = count(*YEAR, today=TODAY)
    eco_before = count(*YEAR, "ecomarket", today=TODAY)
    assert year_before.total.repeat_request == 1  # B repeats A
    a = old_cases["a"]
    assert MARKER.encode() in raw_bytes(db_path) and MARKER.lower().encode() in raw_bytes(db_path)

    report = retention.purge_closed_cases(TODAY)

    assert report.cases == 2 and not report.dry_run
    assert report.per_organisation == {"ecomarket": 1, "maildrop": 1}
    # the case and everything of it are gone (the foreign keys cascade)
    assert not Case.select().where(Case.id == a.id).exists()
    for model in (Event, Pause, Attachment, IdentityCheck, ChecklistItem):
        assert model.select().where(model.case == a.id).count() == 0, model.__name__
    assert Letter.select().where(Letter.case == a.id).count() == 0
    # nothing of it is left in the database file or its WAL; what stays is still there
    data = raw_bytes(db_path)
    assert MARKER.encode() not in data and MARKER.lower().encode() not in data
    # the reference stays only where the record says what left it (issue 12: the gap records)
    assert a.reference in ",".join(g.references for g in RecordGap.select())
    assert a.reference.encode() not in without_gap_records(db_path, tmp_path)
    assert "Kees Jansen".encode() in data
    # the record of the purge, one per organisation, in the figures of the year it was done
    records = list(RetentionPurge.select().order_by(RetentionPurge.id))
    assert [(r.organisation.slug, r.cases, r.purged_on, r.retention_years) for r in records] == [
        ("ecomarket", 1, TODAY, 5), ("maildrop", 1, TODAY, 5)]
    assert [p.to_json() for p in count(date(2024, 1, 1), date(2024, 12, 31), today=TODAY).purges] == [
        {"purged_on": "2024-03-26", "organisation": "ecomarket", "cases": 1, "retention_years": 5},
        {"purged_on": "2024-03-26", "organisation": "maildrop", "cases": 1, "retention_years": 5}]
    # the figures of 2019 add up as before, the deleted ones counted from their anonymous rows
    year_after = count(*YEAR, today=TODAY)
    assert counts(year_after) == counts(year_before)
    assert year_after.days_to_answer == year_before.days_to_answer
    assert {m: c.received for m, c in year_after.months.items()} == {m: c.received for m, c in year_before.months.items()}
    assert year_after.total.deleted == 2 and year_before.total.deleted == 0
    assert counts(count(*YEAR, "ecomarket", today=TODAY)) == counts(eco_before)
    assert Case.get_by_id(old_cases["b"].id).repeat_of_deleted  # B still counts as a repeat
    assert count(*YEAR, today=TODAY, cached=False).total.repeat_request == 1
    # the anonymous rows hold no requester data
    kept = CaseFacts.select().where(CaseFacts.purge.is_null(False))
    assert kept.count() == 2 and all(row.case_id is None for row in kept)
    # a second purge finds nothing more
    assert retention.purge_closed_cases(TODAY).cases == 0
    assert RetentionPurge.select().count() == 2


def test_the_facts_row_of_a_case_holds_none_of_its_requester(old_cases):
    refresh_facts(TODAY)
    columns = {f.column_name for f in models.CaseFacts._meta.sorted_fields}
    assert not columns & {"requester_name", "requester_email", "requester_address", "requester_country", "summary",
                          "reference", "search", "outcomes"}
    row = CaseFacts.get(CaseFacts.case == old_cases["a"].id)
    assert MARKER not in repr(row.__data__) and "quirinus" not in repr(row.__data__).lower()
    assert {f.name for f in fields(figures.CaseRow)} >= {"requester_name"}  # the export that has them says so


# -- the purge under the evidence rules of the record (issue 12) ---------------------------------------

def test_the_purge_is_on_the_record_and_verify_still_passes(old_cases):
    assert verify_open_database().ok
    report = retention.purge_closed_cases(TODAY)
    verdict = verify_open_database()
    assert verdict.ok, [str(p) for p in verdict.problems]
    gaps = list(RecordGap.select().order_by(RecordGap.id))
    assert report.gaps == len(gaps) >= 1 and report.events == sum(g.deleted_events for g in gaps)
    assert all(g.reason.startswith("retention purge of 2024-03-26: 2 closed cases deleted") for g in gaps)
    assert {r for g in gaps for r in g.references.split(",")} == {old_cases["a"].reference, old_cases["c"].reference}
    assert verdict.gaps == len(gaps)
    # the record goes on after the purge, and verify still passes
    desk_cases.add_note(Case.get_by_id(old_cases["b"].id), "asked again whether we still hold anything", WHO)
    assert verify_open_database().ok
    # a gap record changed afterwards is caught (behind the triggers' back)
    models.database.execute_sql('DROP TRIGGER "record_gap_append_only"')
    models.database.execute_sql('UPDATE "record_gap" SET "deleted_events" = "deleted_events" + 1 WHERE "id" = ?',
                                (gaps[0].id,))
    assert [p.code for p in verify_open_database().problems][:1] == ["record.gap-forged"]


def test_the_purged_cases_leave_every_backup_which_still_passes_its_check(old_cases, db_path):
    first = desk_backup.backup()
    daily = desk_backup.backup(daily=True)
    assert MARKER.encode() in first.path.read_bytes()
    report = retention.purge_closed_cases(TODAY)
    assert report.backups == 2
    for made in (first, daily):
        data = made.path.read_bytes()
        assert MARKER.encode() not in data and MARKER.lower().encode() not in data
        assert "Kees Jansen".encode() in data
        verdict = verify_file(made.path)
        assert verdict.ok, [str(p) for p in verdict.problems]
    assert not desk_backup.compare_with_backups().problems
    # a backup restored after the purge brings no deleted case back, and its figures add up
    before = counts(count(*YEAR, today=TODAY))
    desk_backup.restore(first.path)
    assert not Case.select().where(Case.id == old_cases["a"].id).exists()
    assert Case.select().where(Case.id == old_cases["b"].id).exists()
    assert verify_open_database().ok
    assert counts(count(*YEAR, today=TODAY)) == before


def test_a_purge_that_fails_inside_deletes_nothing(old_cases, db_path, monkeypatch):
    before = count(*YEAR, today=TODAY).to_json()

    def broken() -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(retention, "_lower_watermark", broken)  # after the deletes, inside the transaction
    with pytest.raises(RuntimeError):
        retention.purge_closed_cases(TODAY)
    assert Case.select().count() == 6 and RetentionPurge.select().count() == 0 and RecordGap.select().count() == 0
    assert models.PurgeGate.select().count() == 0  # the gate is shut: no event can be deleted
    assert Event.select().where(Event.case == old_cases["a"].id).count() > 0
    assert verify_open_database().ok
    assert count(*YEAR, today=TODAY).to_json() == before
    with pytest.raises(Exception, match="append-only"):
        Event.delete().where(Event.case == old_cases["a"].id).execute()


KILLED = """
import sys, time
from pathlib import Path
from dsar_desk.desk import retention
from dsar_desk.store.db import open_database
from datetime import date

ready = Path(sys.argv[2])
def stop_here():
    ready.write_text("deleted, not committed")
    time.sleep(120)

retention._lower_watermark = stop_here
open_database(Path(sys.argv[1]))
retention.purge_closed_cases(date(2024, 3, 26))
"""


def test_a_purge_killed_half_way_deletes_nothing(old_cases, db_path, tmp_path):
    import signal
    import subprocess
    import sys
    import time as clock_time

    refresh_facts(TODAY)
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(db_path), str(ready)])
    try:
        deadline = clock_time.monotonic() + 60
        while not ready.exists() and clock_time.monotonic() < deadline and child.poll() is None:
            clock_time.sleep(0.05)
        assert ready.exists(), "the purge did not get to its deletes"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert Case.select().count() == 6 and RetentionPurge.select().count() == 0 and RecordGap.select().count() == 0
    assert models.PurgeGate.select().count() == 0
    assert verify_open_database().ok
    assert MARKER.encode() in raw_bytes(db_path)
    report = retention.purge_closed_cases(TODAY)  # and the next purge does the whole of it
    assert report.cases == 2 and verify_open_database().ok
