"""The case list at scale (issue 18): the search index, the sort indexes, the same cases through
the GUI's pages and `case list`. Real SQLite files; no timing here (benchmarks/bench_desk.py)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest

from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft, search_key
from dsar_desk.store import case_list
from dsar_desk.store.case_list import COLUMN_KEYS, CaseFilter
from dsar_desk.store.checklist import repeat_check
from dsar_desk.store.models import Case, Organisation, database

TODAY = date.today()


def new_case(name="Noor Bakker", email="noor@example.nl", org="ecomail", summary="", received=None, who="Anna Clerk",
             rights=("access",)):
    return desk.create_case(CaseDraft(organisation=org, name=name, email=email, language="nl", rights=list(rights),
                                      summary=summary, received=received or TODAY - timedelta(days=3)), who)


def refs(f: CaseFilter, sort="due", descending=False) -> list[str]:
    return [row.reference for row in case_list.page(f, 0, 10_000, sort, descending)]


def cli_refs(db_path, capsys, *args) -> list[str]:
    assert main(["--db", str(db_path), "case", "list", "--json", *args]) == 0
    return [item["reference"] for item in json.loads(capsys.readouterr().out)]


def has_search_index() -> bool:
    """SQLite's FTS5 table, or the team server's trigram index."""
    if database.obj.param == "%s":
        return database.execute_sql("SELECT to_regclass('public.case_search_trigram') IS NOT NULL").fetchone()[0]
    return database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'case_search'").fetchone() is not None


# -- search ---------------------------------------------------------------------------------------

def test_the_search_finds_reference_name_email_summary_and_notes_without_accents(db_path, samples, capsys):
    assert has_search_index()  # this SQLite has FTS5 with the trigram tokenizer
    zoe = new_case(name="Zoë Ørsted", email="zoe@example.dk", summary="Wil een kopie van de camerabeelden.")
    other = new_case(name="Jan de Vries", email="jan@example.nl", summary="Inzage in klantgegevens.")
    desk.add_note(other, "Belde terug over de crème brûlée-actie van maart.", "Anna Clerk")
    f = CaseFilter(today=TODAY)
    assert refs(f.with_(text="orsted")) == [zoe.reference]
    assert refs(f.with_(text="ZOE@EXAMPLE")) == [zoe.reference]
    assert refs(f.with_(text="camerabeelden")) == [zoe.reference]  # the summary
    assert refs(f.with_(text="creme brulee")) == [other.reference]  # a note, accents ignored
    assert refs(f.with_(text=other.reference)) == [other.reference]
    assert case_list.count(f.with_(text="brûlée")) == 1
    assert refs(f.with_(text="nothing like it")) == []
    # the CLI's `case list --search` is the same query
    assert cli_refs(db_path, capsys, "--search", "Crème Brûlée") == [other.reference]
    assert cli_refs(db_path, capsys, "--search", "camerabeelden") == [zoe.reference]


def test_the_search_index_follows_every_change_of_a_case(samples, backend):
    case = new_case(name="Bram Peeters", email="bram@example.be", summary="eerste vraag")
    f = CaseFilter(today=TODAY)
    assert refs(f.with_(text="peeters")) == [case.reference]
    desk.update_case(case, {"name": "Bram Janssens", "summary": "andere vraag"}, "Anna Clerk")
    assert refs(f.with_(text="peeters")) == []
    assert refs(f.with_(text="eerste")) == []
    assert refs(f.with_(text="janssens")) == [case.reference]
    assert refs(f.with_(text="andere vraag")) == [case.reference]
    desk.add_note(case, "Heeft ook om zijn sollicitatiebrief gevraagd.", "Anna Clerk")
    desk.update_case(case, {"email": "bram.j@example.be"}, "Anna Clerk")  # the notes stay searchable
    assert refs(f.with_(text="sollicitatiebrief")) == [case.reference]
    if backend == "sqlite":  # FTS5's own check: the index holds exactly what the case table holds
        database.execute_sql("""INSERT INTO "case_search" ("case_search", "rank") VALUES ('integrity-check', 1)""")


ODD_NEEDLES = ['"', 'a"b', '""', "OR", "and", "NEAR(x", "*", "e*", "-", "ec-", "(", ")", "^", ":", "'", "%", "_",
               "\\", "zo", "z", "@", "NOT zoe", "zoe OR jan"]


def test_odd_search_texts_match_literally_and_never_break_the_query(samples):
    new_case(name='Zoë "Zo" Ørsted', email="zoe_1%@example.dk", summary="50% korting OR niet? (NEAR) a*b \\ ^x")
    new_case(name="Jan de Vries", email="jan@example.nl", summary="NOT zoe")
    everything = list(Case.select(Case.reference, Case.search).tuples())
    for needle in ODD_NEEDLES:
        key = search_key(needle)
        expected = sorted(ref for ref, text in everything if key in text)
        f = CaseFilter(today=TODAY, text=needle)
        assert sorted(refs(f)) == expected, needle
        assert case_list.count(f) == len(expected), needle


def test_the_index_gives_what_a_plain_scan_gives_for_any_piece_of_any_case(samples, backend):
    """Every substring of the stored texts (1 to 9 characters, 400 drawn) finds exactly the cases a
    scan finds; so does the same search on a SQLite without the index."""
    from dsar_desk.desk.demo import make_cases

    make_cases(120, "Anna Clerk")
    rows = list(Case.select(Case.reference, Case.search).tuples())
    rng = random.Random(18)
    needles = []
    for _ in range(400):
        text = rng.choice(rows)[1]
        size = rng.randint(1, 9)
        start = rng.randrange(max(1, len(text) - size))
        needles.append(text[start:start + size])
    with_index = {n: sorted(refs(CaseFilter(today=TODAY, text=n))) for n in needles}
    for needle, found in with_index.items():
        assert found == sorted(ref for ref, text in rows if search_key(needle.strip()) in text), needle
    if backend != "sqlite":
        return
    # the same without FTS5 (an SQLite built without it): the search scans, with the same result
    for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                        "AND name LIKE 'case_search%'").fetchall():
        database.execute_sql(f'DROP TRIGGER "{name}"')
    database.execute_sql('DROP TABLE "case_search"')
    assert not has_search_index()
    for needle in needles[:60]:
        assert sorted(refs(CaseFilter(today=TODAY, text=needle))) == with_index[needle], needle


def test_migration_7_makes_summaries_and_notes_searchable_in_an_older_file(db_path, samples):
    from dsar_desk.store.db import close_database, open_database

    case = new_case(name="Inès Lambert", summary="Demande l'effacement de son compte fidélité.")
    desk.add_note(case, "Rappelée le mardi, dossier papier à Lyon.", "Anna Clerk")
    close_database()
    import sqlite3

    from tests.unit.test_evidence import back_to_schema

    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE 'case_search%'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    back_to_schema(conn, 6)
    conn.execute("""UPDATE "case" SET "search" = lower("reference" || ' ' || "requester_name")""")  # schema 6's
    conn.commit()
    conn.close()
    open_database(db_path)
    assert has_search_index()
    f = CaseFilter(today=TODAY)
    assert refs(f.with_(text="fidelite")) == [case.reference]
    assert refs(f.with_(text="dossier papier")) == [case.reference]
    assert refs(f.with_(text="ines lambert")) == [case.reference]


# -- sorting --------------------------------------------------------------------------------------

def sort_value(row, key):
    return {"reference": (row.organisation_id, row.year, row.number), "requester": row.requester_name,
            "rights": row.rights, "organisation": (row.org_name, row.due), "received": row.received,
            "due": row.due, "days_left": row.due, "status": (row.status, row.due),
            "assignee": (row.assignee, row.due)}[key]


@pytest.fixture
def varied(samples):
    """60 cases over two organisations, three clerks, every status, equal names and dates (ties)."""
    from dsar_desk.desk.demo import make_cases

    make_cases(60, "Anna Clerk", seed=7)
    names = {o.id: o.name for o in Organisation.select()}
    rows = list(Case.select())
    for row in rows:
        row.org_name = names[row.organisation_id]
    return rows


FILTERS = {
    "all": {}, "open": {"status": "open"}, "closed": {"status": "closed"}, "in-progress": {"status": "in-progress"},
    "ecomail": {"organisation": "ecomail"}, "mine": {"assignee": "Anna Clerk"}, "overdue": {"overdue": True},
    "open of one organisation": {"status": "open", "organisation": "ecomail"},
}


def keep(row, spec) -> bool:
    open_ = row.status in ("received", "awaiting-identity", "in-progress")
    if spec.get("status") == "open" and not open_ or spec.get("status") not in (None, "open", row.status):
        return False
    if spec.get("overdue") and not (open_ and row.due < TODAY):
        return False
    if "organisation" in spec and row.organisation.slug != spec["organisation"]:
        return False
    return "assignee" not in spec or row.assignee == spec["assignee"]


def test_every_column_sorts_both_ways_under_every_filter_page_by_page(varied):
    assert {r.status for r in varied} >= {"received", "in-progress", "closed"}
    for label, spec in FILTERS.items():
        f = CaseFilter(today=TODAY, **spec)
        kept = [r for r in varied if keep(r, spec)]
        assert case_list.count(f) == len(kept), label
        for key in COLUMN_KEYS:
            for descending in (False, True):
                expected = [r.reference for r in sorted(kept, key=lambda r: (sort_value(r, key), r.id),
                                                        reverse=descending)]
                assert refs(f, key, descending) == expected, (label, key, descending)
                pages = []
                for offset in range(0, len(kept) + 7, 7):  # pages of 7, as the table model reads 200
                    pages += [row.reference for row in case_list.page(f, offset, 7, key, descending)]
                assert pages == expected, (label, key, descending, "pages")


@pytest.mark.sqlite_only  # SQLite's planner; PostgreSQL's plans its own way with its statistics
def test_the_list_reads_along_an_index_for_every_column_and_filter(samples):
    """With the planner's statistics (taken at open when the table has grown), no single filter
    sorts its cases whole: each page is read in an index's order."""
    from dsar_desk.desk.demo import make_cases
    from dsar_desk.store.db import close_database, open_database

    make_cases(1500, "Anna Clerk", seed=3)
    path = database.database
    close_database()
    open_database(path)  # the statistics are refreshed: the table grew from 0 to 1,500 cases
    assert database.execute_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'case'").fetchone()[0] > 0
    problems = []
    for label, spec in FILTERS.items():
        if label in ("open of one organisation", "overdue"):
            continue  # two filters (overdue: open and past due) keep few enough cases to be sorted
        f = CaseFilter(today=TODAY, **spec)
        for key in COLUMN_KEYS:
            for descending in (False, True):
                query = case_list._where(case_list._rows(), f)
                if key == "organisation":
                    query = query.where(Case.organisation == 1).order_by(Case.due, Case.id)
                else:
                    fields = case_list._SORT_FIELDS[key]
                    query = query.order_by(*[x.desc() if descending else x for x in fields],
                                           Case.id.desc() if descending else Case.id)
                sql, params = query.limit(200).sql()
                plan = " | ".join(r[-1] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
                if "TEMP B-TREE" in plan or re.search(r"\bSCAN t2\b", plan):
                    problems.append(f"{label} by {key}{' desc' if descending else ''}: {plan}")
    assert not problems, "\n".join(problems)



@pytest.mark.sqlite_only  # SQLite's planner; PostgreSQL's plans its own way with its statistics
def test_the_open_cases_by_organisation_read_the_open_index_both_ways(samples):
    """Sorted by organisation, the open cases of each organisation are read along the open cases'
    (organisation, due) index: no sort of all of an organisation's open cases (the planner's own
    choice at 1,000,000 cases, 100-120 ms a page)."""
    from dsar_desk.desk.demo import make_cases

    make_cases(300, "Anna Clerk", seed=5)
    seen = []
    execute = database.obj.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        if 'INDEXED BY' in sql:
            seen.append(" | ".join(r[-1] for r in execute("EXPLAIN QUERY PLAN " + sql, params)))
        return execute(sql, params, *args, **kwargs)

    for f in (CaseFilter(status="open", today=TODAY), CaseFilter(overdue=True, today=TODAY)):
        for descending in (False, True):
            database.obj.execute_sql = spy
            try:
                rows = case_list.page(f, 0, 50, sort="organisation", descending=descending)
            finally:
                database.obj.execute_sql = execute
            expected = sorted(case_list.page(f, 0, 10_000, sort="due"),
                              key=lambda r: (r.organisation, r.due, r.id), reverse=descending)[:50]
            assert rows == expected
    assert seen and all("case_open_organisation_due" in plan and "TEMP B-TREE" not in plan for plan in seen), seen

# -- opening a case: the repeat-request check ---------------------------------------------------

def test_the_repeat_check_finds_the_same_email_in_any_case_and_the_same_name_and_address(samples, backend):
    first = new_case(name="Jan de Vries", email="Jan.de.Vries@Example.nl", received=TODAY - timedelta(days=90))
    desk.update_case(first, {"address": ["Dorpsstraat 1", "1234 AB Ergens"]}, "Anna Clerk")
    new_case(name="Someone Else", email="else@example.nl", received=TODAY - timedelta(days=60))
    by_mail = repeat_check("ecomail", "jan.de.vries@example.NL", "J. Vries", [], ["access"], TODAY)
    assert [e.reference for e in by_mail.earlier] == [first.reference]
    by_name = repeat_check("ecomail", "other@example.org", "Jan de Vries", ["Dorpsstraat 1", "1234 AB Ergens"],
                           ["access"], TODAY)
    assert [e.reference for e in by_name.earlier] == [first.reference]
    elsewhere = repeat_check("maildrop", "jan.de.vries@example.nl", "Jan de Vries", [], ["access"], TODAY)
    assert elsewhere.earlier == []  # another organisation's cases are not this one's
    if backend != "sqlite":
        return
    plan = " | ".join(r[-1] for r in database.execute_sql(
        'EXPLAIN QUERY PLAN SELECT "id" FROM "case" WHERE "organisation_id" = 1 AND lower("requester_email") = ?',
        ("x",)))
    assert "case_organisation_id_email" in plan, plan


# -- the first screen ------------------------------------------------------------------------------

def test_the_first_screen_imports_only_what_it_shows():
    """The main window's modules bring none of the letters, identity, keyring or holiday code:
    those load when first used (or after the window is shown)."""
    code = ("import sys; import dsar_desk.ui.app, dsar_desk.ui.main_window; "
            "print('\\n'.join(sorted(sys.modules)))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout.split())
    for heavy in ("holidays", "keyring", "reportlab", "pypdf", "PySide6.QtPdf", "psycopg", "dsar_desk.domain.letter_content",
                  "dsar_desk.ui.case_detail", "dsar_desk.ui.letters",
                  "dsar_desk.ui.identity_check", "dsar_desk.letters"):
        assert heavy not in loaded, heavy
    assert "dsar_desk.ui.main_window" in loaded


def test_case_list_on_the_command_line_sorts_and_limits_as_the_window_does(db_path, varied, capsys):
    f = CaseFilter(today=TODAY, status="open")
    for key in ("requester", "organisation", "assignee", "received"):
        assert cli_refs(db_path, capsys, "--status", "open", "--sort", key) == refs(f, key)
        assert cli_refs(db_path, capsys, "--status", "open", "--sort", key, "--descending", "--limit", "5") == \
            refs(f, key, True)[:5]
    assert main(["--db", str(db_path), "case", "list", "--sort", "colour"]) == 2
    assert "--sort: 'colour' is not a column" in capsys.readouterr().err


def test_a_search_that_matches_every_case_stops_at_the_newest_and_says_so(samples):
    from dsar_desk.desk.demo import make_cases

    make_cases(400, "Anna Clerk", seed=11)
    every = CaseFilter(today=TODAY, text="example")  # in every requester's e-mail address
    assert case_list.count(every) == 400  # the exact count, as `case list` gives it
    found = case_list.search_hits(every, cap=50)
    newest = [i for (i,) in Case.select(Case.id).order_by(Case.id.desc()).limit(50).tuples()]
    assert found.more and list(found.ids) == newest
    open_ones = CaseFilter(today=TODAY, text="example", status="open")
    found = open_found = case_list.search_hits(open_ones, cap=50)
    assert found.more and list(found.ids) == [
        i for (i,) in Case.select(Case.id).where(case_list.is_open()).order_by(Case.id.desc()).limit(50).tuples()]
    rare = CaseFilter(today=TODAY, text=Case.select(Case.reference).where(Case.id == 123).scalar())
    found = case_list.search_hits(rare, cap=50)
    assert not found.more and found.ids == (123,)
    # the pages of the hits sort them like any list
    shown = case_list.page(open_ones.with_(hits=open_found.ids), 0, 1000, "requester")
    assert len(shown) == 50 and [r.requester_name for r in shown] == sorted(r.requester_name for r in shown)
    nothing = CaseFilter(today=TODAY, text="no such text at all")
    assert case_list.search_hits(nothing) == case_list.SearchHits((), False)
