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


@pytest.fixture
def db(db_path):
    from dsar_desk.store.db import close_database, open_database

    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def samples(db):
    from dsar_desk.desk.demo import load_samples

    return load_samples()
