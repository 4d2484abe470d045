"""Shared test set-up: Qt offscreen, every folder in tmp_path, a real SQLite file, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """No test touches the real user folders: data, settings and logs live in tmp_path."""
    monkeypatch.setenv("DSAR_DESK_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("DSAR_DESK_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("DSAR_DESK_LOGS", str(tmp_path / "logs"))
    return tmp_path


@pytest.fixture(autouse=True)
def memory_keyring():
    """Only the OS keyring is replaced in tests, by an in-memory backend."""
    from tests.unit.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path):
    from dsar_desk.settings import Settings

    # Letters are signed by a named clerk, never by the login (issue 15): every test with a database has one.
    Settings().set("clerk_name", "Anna Clerk")
    return tmp_path / "data" / "dsar-desk.sqlite3"


# -- the two backends ---------------------------------------------------------------------------
# The store and application layers are tested on both: the clerk's SQLite file and a team's
# PostgreSQL server (tests/pg_server.py, a real server started for the session). A test runs on
# both when it takes `db` or `samples` (and, for the CLI, `db_location`) but not `db_path`
# itself: a test that takes the file's path is about the file, and runs on SQLite only. GUI and
# mail tests run on SQLite, but those marked `team`.

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def pytest_configure(config):
    config.addinivalue_line("markers", "postgresql: the test's run on a team's PostgreSQL server")
    config.addinivalue_line("markers", "team: a GUI or mail test that runs on PostgreSQL too")
    config.addinivalue_line("markers", "sqlite_only: a store or desk test about the file itself")


def _about_the_file(item) -> bool:
    """Whether the test, or a fixture it uses (but db_location), takes the SQLite file's path."""
    import inspect

    direct = inspect.signature(item.function).parameters if hasattr(item, "function") else {}
    if "db_path" in direct:
        return True
    for name, defs in item._fixtureinfo.name2fixturedefs.items():
        if name in ("db_location", "db_path"):
            continue
        if any("db_path" in d.argnames for d in defs):
            return True
    return False


def pytest_collection_modifyitems(config, items):
    keep, drop = [], []
    for item in items:
        spec = getattr(item, "callspec", None)
        if spec is not None and spec.params.get("backend") == "postgresql":
            in_unit = "/tests/unit/" in str(item.path) or item.get_closest_marker("team") is not None
            if not in_unit or item.get_closest_marker("sqlite_only") is not None or _about_the_file(item):
                drop.append(item)
                continue
        keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_server():
    from tests.pg_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_work_database(pg_server):
    """The session's team database: a copy of the migrated template, emptied before each test."""
    name = pg_server.new_database(pg_server.template())
    yield name
    pg_server.drop_database(name)


def _empty(pg_server, name: str) -> None:
    from dsar_desk.store.models import MODELS

    tables = ", ".join(f'"{m._meta.table_name}"' for m in MODELS if m._meta.table_name != "schema_version")
    pg_server.admin(f"TRUNCATE {tables} RESTART IDENTITY CASCADE", dbname=name)


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture
def db_location(backend, db_path, request):
    """Where the test's database is: the SQLite file, or the URL of the team database (its login's
    password in the test's keyring, as `dsar-desk team password` would put it)."""
    if backend == "sqlite":
        return str(db_path)
    server = request.getfixturevalue("pg_server")
    name = request.getfixturevalue("pg_work_database")
    _empty(server, name)
    from dsar_desk import secrets
    from dsar_desk.domain.location import parse_location
    from tests.pg_server import OWNER_PASSWORD

    url = server.url(name)
    secrets.set_secret(parse_location(url).secret_name, OWNER_PASSWORD)
    return url


@pytest.fixture
def recorded(backend):
    """Who an event records for a clerk named ``name``: the name on a file; on a team's server the
    login that wrote it (the server's session_user)."""
    from tests.pg_server import OWNER

    return lambda name: OWNER if backend == "postgresql" else name


@pytest.fixture
def db(db_location):
    from dsar_desk.desk.team import open_location
    from dsar_desk.store.db import close_database

    database = open_location(db_location)
    yield database
    close_database()


@pytest.fixture
def samples(db):
    from dsar_desk.desk.demo import load_samples

    return load_samples()
