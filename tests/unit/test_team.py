"""Team mode on a real PostgreSQL server (tests/pg_server.py): set-up, logins and roles enforced by
the server, no lost update, unique references with many writers, moving a clerk's file to the
server, TLS, a dead server, live notifications."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest

from dsar_desk import secrets
from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.desk import team
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.location import LocationError, ServerLocation, parse_location
from dsar_desk.store import server
from dsar_desk.store.db import DatabaseError, NotAllowed, close_database
from dsar_desk.store.migrations import LATEST, SERVER_BASE, SERVER_MIGRATIONS
from dsar_desk.store.models import MODELS, Case, ChangedMeanwhile, Event, database
from tests.pg_server import OWNER, OWNER_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CLERK_PASSWORD = "clerk-password-3e9b71"
ADMIN_PASSWORD = "admin-password-77c1d0"


def draft(**fields):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be", language="nl",
                rights=["access"], received=date.today() - timedelta(days=3))
    base.update(fields)
    return CaseDraft(**base)


def cli(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def empty_db(pg_server):
    name = pg_server.new_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def team_db(pg_server):
    """A team database of its own (made by team init) with the samples, and a clerk login."""
    from dsar_desk.desk.demo import load_samples

    name = pg_server.new_database(pg_server.template())
    url = pg_server.url(name)
    secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
    team.init_server(url)  # up to date already: the roles and rights of this database's name
    team.open_location(url)
    load_samples()
    clerk_role, admin_role = server.role_names(name)
    for login, password, role in ((f"{name}_anna", CLERK_PASSWORD, clerk_role),
                                  (f"{name}_ben", ADMIN_PASSWORD, admin_role)):
        pg_server.add_login(login, password, role)
    close_database()
    yield name
    close_database()
    pg_server.drop_database(name)
    for login in (f"{name}_anna", f"{name}_ben"):
        pg_server.admin(f'DROP ROLE IF EXISTS "{login}"')


def as_login(pg_server, name: str, login: str, password: str) -> str:
    url = pg_server.url(name, user=login)
    secrets.set_secret(parse_location(url).secret_name, password)
    return url


# -- where the database is --------------------------------------------------------------------------

def test_a_server_address_never_holds_a_password_and_names_what_is_missing():
    place = parse_location("postgresql://anna@db.example.org:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert isinstance(place, ServerLocation)
    assert (place.user, place.host, place.port, place.dbname) == ("anna", "db.example.org", 6543, "team")
    assert place.secret_name == "server:anna@db.example.org:6543/team" and "password" not in place.url
    for url, words in [("postgresql://anna:secret@db/team", "must not hold the password"),
                       ("postgresql://anna@db/team?password=secret", "must not hold the password"),
                       ("postgresql://db/team", "names no user"), ("postgresql://anna@/team", "names no host"),
                       ("postgresql://anna@db/", "names no database"),
                       ("postgresql://anna@db/team?sslmode=maybe", "sslmode"),
                       ("postgresql://anna@db/team?options=-c%20x", "does not pass on")]:
        with pytest.raises(LocationError, match=words):
            parse_location(url)
    assert not isinstance(parse_location("/home/anna/dsar.sqlite3"), ServerLocation)


def test_the_password_is_stored_in_the_keyring_only_after_the_server_took_it(pg_server, empty_db, capsys,
                                                                             monkeypatch, tmp_path, memory_keyring):
    url = pg_server.url(empty_db)
    code, out, err = cli(capsys, "team", "password", url, stdin="wrong-password\n", monkeypatch=monkeypatch)
    assert code == 2 and "refused the login" in err and "wrong-password" not in err
    assert secrets.get_secret(parse_location(url).secret_name) is None
    code, out, err = cli(capsys, "team", "password", url, stdin=OWNER_PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert secrets.get_secret(parse_location(url).secret_name) == OWNER_PASSWORD
    code, out, err = cli(capsys, "--db", url.replace("dsar_owner@", f"dsar_owner:{OWNER_PASSWORD}@"), "case", "list")
    assert code == 2 and "must not hold the password" in err and OWNER_PASSWORD not in err


def test_team_init_makes_the_schema_then_upgrades_and_refuses_a_newer_one(pg_server, empty_db, capsys):
    url = pg_server.url(empty_db)
    secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
    code, out, err = cli(capsys, "--db", url, "case", "list")
    assert code == 2 and "no DSAR Desk tables yet" in err and "team init" in err
    code, out, err = cli(capsys, "team", "init", url)
    assert code == 0 and f"schema {LATEST}" in out, err
    code, out, err = cli(capsys, "team", "init", url)
    assert code == 0 and "up to date" in out
    code, out, err = cli(capsys, "--db", url, "profile", "import", str(ROOT / "resources" / "samples" / "ecomarket.toml"))
    assert code == 0, err
    pg_server.admin(f'INSERT INTO "schema_version" ("version", "applied_at") VALUES ({LATEST + 1}, now())',
                    dbname=empty_db)
    code, out, err = cli(capsys, "--db", url, "case", "list")
    assert code == 2 and "newer DSAR Desk" in err
    code, out, err = cli(capsys, "team", "init", url)
    assert code == 2 and "newer DSAR Desk" in err
    assert pg_server.admin('SELECT max("version") FROM "schema_version"', dbname=empty_db)[0][0] == LATEST + 1


def test_every_migration_after_the_server_base_has_its_postgresql_form():
    assert SERVER_BASE <= LATEST
    assert all(number in SERVER_MIGRATIONS for number in range(SERVER_BASE + 1, LATEST + 1))


def test_the_server_schema_is_the_models_column_by_column(pg_server):
    name = pg_server.template()
    columns = {}
    for table, column, nullable, kind in pg_server.admin(
            "SELECT table_name, column_name, is_nullable, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public'", dbname=name):
        columns.setdefault(table, {})[column] = (nullable == "YES", kind)
    problems = []
    for model in MODELS:
        table = model._meta.table_name
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        if set(fields) != set(columns.get(table, {})):
            problems.append(f"{table}: {sorted(set(fields) ^ set(columns.get(table, {})))}")
            continue
        for column, field in fields.items():
            nullable, _kind = columns[table][column]
            if nullable != bool(field.null) and not field.primary_key:
                problems.append(f"{table}.{column}: nullable {nullable}, model null={field.null}")
    assert not problems, "\n".join(problems)


# -- logins and roles, enforced by the server ---------------------------------------------------------

def test_a_clerk_works_cases_but_the_server_refuses_what_only_an_administrator_may(pg_server, team_db, capsys,
                                                                                   tmp_path):
    clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
    code, out, err = cli(capsys, "--db", clerk_url, "case", "new", "--org", "ecomarket", "--name", "Bram Peeters",
                         "--email", "bram@example.be", "--language", "nl", "--right", "access")
    assert code == 0, err
    reference = out.strip()
    code, out, err = cli(capsys, "--db", clerk_url, "case", "show", reference, "--json")
    events = json.loads(out)["events"]
    assert {e["who"] for e in events} == {f"{team_db}_anna"}  # the login, not a typed name
    code, out, err = cli(capsys, "--db", clerk_url, "team", "status")
    assert "clerk" in out and f"{team_db}_anna" in out
    # an organisation profile is the administrator's
    code, out, err = cli(capsys, "--db", clerk_url, "profile", "import", str(ROOT / "resources" / "samples" /
                                                                          "maildrop.toml"))
    assert code == 2 and "refused" in err and "permission denied" in err
    # the record is append-only at the server, for a clerk too
    team.open_location(clerk_url)
    for sql in ('UPDATE "event" SET "text" = \'forged\'', 'DELETE FROM "event"',
                'UPDATE "letter" SET "sha256" = \'x\'', 'DELETE FROM "letter"',
                'INSERT INTO "purge_gate" ("reason") VALUES (\'let me\')', 'DELETE FROM "case"',
                "UPDATE \"organisation\" SET \"deadline_days\" = 90"):
        with pytest.raises(Exception, match="permission denied|append-only|never changed|deleted only"):
            with database.atomic():
                database.execute_sql(sql)
    # an event written as somebody else is refused by the server itself
    case = Case.get(Case.reference == reference)
    with pytest.raises(Exception, match="login that writes it"):
        with database.atomic():
            database.execute_sql('INSERT INTO "event" ("case_id", "at", "who", "kind", "field", "old", "new", '
                                 '"text", "prev_hash", "hash") VALUES (%s, now(), %s, \'note\', \'\', \'\', \'\', '
                                 '\'x\', \'\', \'\')', (case.id, "someone else"))
    close_database()



def test_a_clerk_counts_the_figures_and_moves_only_their_watermark_among_the_settings(pg_server, team_db, capsys,
                                                                                      tmp_path):
    """The figures' facts are brought up to date by whoever counts: a clerk's login may write
    them and the figures' watermark; every other setting of the team stays an administrator's."""
    from datetime import date

    from dsar_desk.desk.figures import figures
    from dsar_desk.store.figures import WATERMARK
    from dsar_desk.store.models import CaseFacts, Setting

    clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
    code, out, err = cli(capsys, "--db", clerk_url, "case", "new", "--org", "ecomarket", "--name", "Bram Peeters",
                         "--email", "bram@example.be", "--language", "nl", "--right", "access")
    assert code == 0, err
    code, out, err = cli(capsys, "--db", clerk_url, "report", "--year", str(date.today().year), "-o",
                         str(tmp_path / "figures.json"))
    assert code == 0, err
    assert json.loads((tmp_path / "figures.json").read_text())["total"]["received"] >= 1
    pg_server.admin("INSERT INTO \"setting\" (\"key\", \"value\") VALUES ('backups_kept', '14')", dbname=team_db)
    team.open_location(clerk_url)
    today = date.today()
    counted = figures(date(today.year, 1, 1), date(today.year, 12, 31), today=today)
    assert counted.total.received >= 1 and counted.total.open >= 1
    assert CaseFacts.select().count() >= 1  # the clerk's count stored the facts
    assert int(Setting.get(Setting.key == WATERMARK).value) > 0
    for sql in ("UPDATE \"setting\" SET \"value\" = '1' WHERE \"key\" = 'backups_kept'",
                "INSERT INTO \"setting\" (\"key\", \"value\") VALUES ('attachment_key_id', 'mine')"):
        with pytest.raises(Exception, match="only an administrator|permission denied"):
            with database.atomic():
                database.execute_sql(sql)
    close_database()

def test_the_record_is_append_only_for_the_owner_too_and_verifies_on_the_server(pg_server, team_db, capsys):
    url = pg_server.url(team_db)
    team.open_location(url)
    case = desk.create_case(draft(), "Anna Clerk")
    desk.add_note(case, "called back", "Anna Clerk")
    for sql in ('UPDATE "event" SET "text" = \'forged\'', 'DELETE FROM "event"'):
        with pytest.raises(Exception, match="append-only"):
            with database.atomic():
                database.execute_sql(sql)
    close_database()
    code, out, err = cli(capsys, "--db", url, "verify")
    assert code == 0 and "chain: holds" in out, out + err


def test_an_administrator_adds_a_clerk_whose_password_never_reaches_the_server_in_clear(
        pg_server, team_db, capsys, monkeypatch):
    admin_url = as_login(pg_server, team_db, f"{team_db}_ben", ADMIN_PASSWORD)
    pg_server.admin(f'ALTER ROLE "{team_db}_ben" CREATEROLE')
    new_login = f"{team_db}_carla"
    code, out, err = cli(capsys, "--db", admin_url, "team", "add-clerk", new_login,
                         stdin="carla-password-4471\n", monkeypatch=monkeypatch)
    try:
        assert code == 0, err
        stored = pg_server.admin("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (new_login,))[0][0]
        assert stored.startswith("SCRAM-SHA-256$") and "carla-password-4471" not in pg_server.log_text
        carla = as_login(pg_server, team_db, new_login, "carla-password-4471")
        code, out, err = cli(capsys, "--db", carla, "team", "status")
        assert code == 0 and "clerk" in out, err
        code, out, err = cli(capsys, "--db", admin_url, "team", "members")
        assert f"{new_login}\tclerk" in out and f"{team_db}_ben\tadmin" in out
        clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
        code, out, err = cli(capsys, "--db", clerk_url, "team", "add-clerk", "intruder", stdin="long-enough-pw\n",
                             monkeypatch=monkeypatch)
        assert code == 2 and "may not add team members" in err
    finally:
        pg_server.admin(f'DROP ROLE IF EXISTS "{new_login}"')


# -- no lost update -------------------------------------------------------------------------------

def test_a_save_over_a_colleagues_change_is_refused_naming_who_and_the_cli_exits_2(pg_server, team_db, capsys):
    owner_url = pg_server.url(team_db)
    team.open_location(owner_url)
    case = desk.create_case(draft(), "Anna Clerk")
    opened = Case.get_by_id(case.id)  # the GUI has the case open at this version
    version = opened.version
    close_database()
    clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
    code, out, err = cli(capsys, "--db", clerk_url, "case", "status", case.reference, "in-progress")
    assert code == 0, err
    team.open_location(owner_url)
    with pytest.raises(ChangedMeanwhile, match=f"changed by {team_db}_anna at "):
        desk.update_case(opened, {"email": "other@example.be"}, "Anna Clerk")
    assert Case.get_by_id(case.id).requester_email == "bram@example.be"  # nothing written
    note = desk.add_note(opened, "a note never conflicts", "Anna Clerk")  # adding only: no conflict
    assert note.id
    fresh = opened.reread()
    desk.update_case(fresh, {"email": "other@example.be"}, "Anna Clerk")  # "keep mine" after reloading
    assert Case.get_by_id(case.id).requester_email == "other@example.be"
    assert Case.get_by_id(case.id).status == "in-progress"  # the colleague's change is kept
    close_database()
    code, out, err = cli(capsys, "--db", clerk_url, "case", "status", case.reference, "answered",
                         "--override", "test", "--if-version", str(version))
    assert code == 2 and "was changed by" in err and len(err.strip().splitlines()) == 1
    # a version the case never had is a mistake of the command, not a colleague's change
    code, out, err = cli(capsys, "--db", clerk_url, "case", "status", case.reference, "answered",
                         "--override", "test", "--if-version", "999")
    assert code == 2 and "never had version 999" in err and "changed by" not in err


def test_references_stay_unique_and_gapless_with_four_clients_writing_at_once(pg_server, team_db, tmp_path):
    clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
    keyring_file = tmp_path / "keyring.json"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.unit.memory_keyring.SharedTestKeyring",
               DSAR_DESK_TEST_KEYRING=str(keyring_file), PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "dsar_desk", "team", "password", clerk_url], input=CLERK_PASSWORD + "\n",
                   env=env, check=True, capture_output=True, text=True, cwd=ROOT)
    script = ("import sys\nfrom dsar_desk.__main__ import main\n"
              "for i in range(8):\n"
              f"    code = main(['--db', '{clerk_url}', 'case', 'new', '--org', 'ecomarket', '--name', 'Writer %s' % i,"
              " '--email', 'w@example.be', '--language', 'nl', '--right', 'access'])\n"
              "    assert code == 0, code\n")
    runs = [subprocess.Popen([sys.executable, "-c", script], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [r.communicate(timeout=300) + (r.returncode,) for r in runs]
    assert all(code == 0 for _out, _err, code in results), [err for _out, err, code in results if code]
    references = [line for out, _err, _code in results for line in out.split()]
    assert len(references) == len(set(references)) == 32
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
    assert numbers == list(range(1, 33))  # no gap from a failed attempt


# -- moving a clerk's file to the team's server ---------------------------------------------------

def test_team_migrate_copies_a_file_whole_verifies_it_and_leaves_the_file_as_it_was(pg_server, empty_db, tmp_path,
                                                                                     capsys):
    from dsar_desk.desk import attachments
    from dsar_desk.desk import letters as ldesk
    from dsar_desk.desk.demo import load_samples
    from dsar_desk.domain.cases import NewAttachment
    from dsar_desk.settings import Settings
    from dsar_desk.store.db import open_database

    Settings().set("clerk_name", "Anna Clerk")
    file = tmp_path / "anna.sqlite3"
    open_database(file)
    load_samples()
    cases = [desk.create_case(draft(name=f"Zoë Ørsted {i}"), "Anna Clerk") for i in range(3)]
    desk.add_note(cases[0], "called back", "Anna Clerk")
    ldesk.make_letter(cases[1], "acknowledgement", None, "Anna Clerk")
    attachments.add_attachment(cases[2], NewAttachment("scan.pdf", b"%PDF-1.4 scan"), "Anna Clerk")
    counts = {m._meta.table_name: m.select().count() for m in MODELS}
    close_database()
    before = hashlib.sha256(file.read_bytes()).hexdigest()
    url = pg_server.url(empty_db)
    secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
    assert cli(capsys, "team", "init", url)[0] == 0
    code, out, err = cli(capsys, "team", "migrate", str(file), url)
    assert code == 0, err
    assert "the record's chain holds on the server" in out
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before  # the file was left as it was
    team.open_location(url)
    assert {m._meta.table_name: m.select().count() for m in MODELS if m._meta.table_name != "schema_version"} == \
        {t: n for t, n in counts.items() if t != "schema_version"}
    assert Event.select().where(Event.who == "Anna Clerk").count() == counts["event"]  # history as written
    close_database()
    code, out, err = cli(capsys, "--db", url, "case", "new", "--org", "ecomarket", "--name", "After", "--email",
                         "a@example.be", "--language", "nl", "--right", "access")
    assert code == 0 and out.strip().endswith("-0004"), err  # numbering goes on after the copied cases
    code, out, err = cli(capsys, "team", "migrate", str(file), url)
    assert code == 2 and "holds cases already" in err


# -- TLS and a dead server ------------------------------------------------------------------------------

def test_verify_full_takes_the_organisations_ca_and_refuses_another(pg_server, team_db, capsys):
    good = pg_server.url(team_db)
    secrets.set_secret(parse_location(good).secret_name, OWNER_PASSWORD)
    code, out, err = cli(capsys, "--db", good, "case", "list")
    assert code == 0, err
    wrong = good.replace(str(pg_server.pki.ca_file), str(pg_server.pki.other_ca_file))
    code, out, err = cli(capsys, "--db", wrong, "case", "list")
    assert code == 2 and "cannot be reached" in err and "certificate" in err
    assert len(err.strip().splitlines()) == 1


def test_a_command_on_a_dead_server_exits_2_with_one_line(capsys):
    from tests.pg_server import free_port

    url = f"postgresql://anna@127.0.0.1:{free_port()}/team?connect_timeout=2"
    secrets.set_secret(parse_location(url).secret_name, "whatever")
    started = time.perf_counter()
    code, out, err = cli(capsys, "--db", url, "case", "list")
    assert code == 2 and "cannot be reached" in err and len(err.strip().splitlines()) == 1
    assert time.perf_counter() - started < 10


# -- live ----------------------------------------------------------------------------------------------

def test_every_change_notifies_the_team_with_the_table_the_cases_and_the_login(pg_server, team_db, capsys):
    url = pg_server.url(team_db)
    heard: list[dict] = []
    ready = threading.Event()

    def listen():
        with psycopg.connect(host="127.0.0.1", port=pg_server.port, user=OWNER, password=OWNER_PASSWORD,
                             dbname=team_db, autocommit=True, sslmode="disable") as conn:
            conn.execute(f"LISTEN {server.CHANNEL}")
            ready.set()
            for note in conn.notifies(timeout=10):
                heard.append(server.decode_notification(note.payload))
                if any(h.get("table") == "event" for h in heard):
                    break

    thread = threading.Thread(target=listen)
    thread.start()
    assert ready.wait(10)
    started = time.perf_counter()
    clerk_url = as_login(pg_server, team_db, f"{team_db}_anna", CLERK_PASSWORD)
    code, out, err = cli(capsys, "--db", clerk_url, "case", "new", "--org", "ecomarket", "--name", "Live", "--email",
                         "l@example.be", "--language", "nl", "--right", "access")
    thread.join(15)
    assert code == 0, err
    case_ids = {c for h in heard if h.get("table") == "case" for c in h["cases"]}
    assert case_ids and all(h["who"] == f"{team_db}_anna" for h in heard)
    assert time.perf_counter() - started < 5
    assert url  # the owner's URL is not needed by the listener here


def test_a_clerks_app_cannot_purge_id_copies_twice_at_once(pg_server, team_db):
    from dsar_desk.store.db import purge_turn

    team.open_location(pg_server.url(team_db))
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user=OWNER, password=OWNER_PASSWORD,
                         dbname=team_db, autocommit=True, sslmode="disable") as other:
        other.execute("SELECT pg_advisory_lock(%s)", (server.PURGE_LOCK,))  # another app is purging
        with purge_turn() as mine:
            assert not mine
        other.execute("SELECT pg_advisory_unlock(%s)", (server.PURGE_LOCK,))
    with purge_turn() as mine:
        assert mine
    close_database()


def test_not_allowed_is_a_database_error_with_the_servers_words():
    assert issubclass(NotAllowed, DatabaseError)


def test_team_init_upgrades_an_older_team_database_by_the_same_numbers(pg_server, empty_db, capsys):
    """A team database made at the server base is brought up by the numbered server migrations."""
    url = pg_server.url(empty_db)
    secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
    assert cli(capsys, "team", "init", url)[0] == 0
    team.open_location(url)
    from dsar_desk.desk.demo import load_samples

    load_samples()
    desk.create_case(draft(name="Zoë Ørsted-Dupont"), "Anna Clerk")
    close_database()
    # what a database at schema 10 looked like: no requester key yet, none of the figures' schema
    import re

    from dsar_desk.store.migrations import FIGURES_SERVER

    for statement in (s for s in FIGURES_SERVER if isinstance(s, str)):
        made = re.match(r'CREATE (?:UNIQUE )?INDEX "(\w+)"', statement)
        if made:
            pg_server.admin(f'DROP INDEX IF EXISTS "{made.group(1)}"', dbname=empty_db)
    pg_server.admin('DROP TRIGGER "setting_by_admin" ON "setting"', dbname=empty_db)
    pg_server.admin('DROP TABLE "case_facts", "retention_purge"', dbname=empty_db)
    pg_server.admin('ALTER TABLE "case" DROP COLUMN "first_limit", DROP COLUMN "repeat_of_deleted"', dbname=empty_db)
    pg_server.admin('DROP INDEX "case_organisation_id_requester_key"', dbname=empty_db)
    pg_server.admin('ALTER TABLE "case" DROP COLUMN "requester_key"', dbname=empty_db)
    pg_server.admin('DELETE FROM "schema_version" WHERE "version" > 10', dbname=empty_db)
    code, out, err = cli(capsys, "--db", url, "case", "list")
    assert code == 2 and "is at schema 10" in err and "team init" in err
    code, out, err = cli(capsys, "team", "init", url)
    assert code == 0 and f"upgraded from schema 10 to {LATEST}" in out, err
    assert pg_server.admin('SELECT "requester_key" FROM "case"', dbname=empty_db) == [("zoe orsted dupont",)]
    assert pg_server.admin('SELECT COUNT(*) FROM "case_facts"', dbname=empty_db) == [(0,)]  # made again, empty
