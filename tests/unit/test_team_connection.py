"""Trying a team server before using it (File → Team server…, issue 13): what failed in the
clerk's words, the password kept only once the server took it; the read-only mode while the
server is out of reach; the live channel's own connection. On a real PostgreSQL server."""

from __future__ import annotations

import time

import pytest

from dsar_desk import secrets
from dsar_desk.desk import cases as desk
from dsar_desk.desk import team
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.location import parse_location
from dsar_desk.store import db as store_db
from dsar_desk.store.live import Listener, change_payload, presence_payload
from dsar_desk.store.models import Case
from tests.pg_server import OWNER_PASSWORD, free_port


def test_a_test_connection_names_the_step_that_failed(pg_server):
    good = pg_server.url(pg_server.template())
    assert team.test_connection(good, OWNER_PASSWORD).ok
    probe = team.test_connection(good, "wrong-password")
    assert probe.step == "login" and "wrong-password" not in probe.message
    refused = f"postgresql://anna@127.0.0.1:{free_port()}/team?connect_timeout=2"
    assert team.test_connection(refused, "x").step == "refused"
    assert team.test_connection("postgresql://anna@no-such-host.invalid/team?connect_timeout=2", "x").step == "dns"
    wrong_ca = good.replace(str(pg_server.pki.ca_file), str(pg_server.pki.other_ca_file))
    assert team.test_connection(wrong_ca, OWNER_PASSWORD).step == "tls"
    no_db = pg_server.url("no_such_database")
    assert team.test_connection(no_db, OWNER_PASSWORD).step == "database"
    empty = pg_server.new_database()
    try:
        probe = team.test_connection(pg_server.url(empty), OWNER_PASSWORD)
        assert probe.step == "schema" and "team init" in probe.message
    finally:
        pg_server.drop_database(empty)
    assert team.test_connection(good).step == "password"  # none typed, none stored


def test_trying_a_server_keeps_the_password_only_when_the_server_took_it(pg_server, memory_keyring):
    url = pg_server.url(pg_server.template())
    name = parse_location(url).secret_name
    assert team.try_server(url, "wrong-password").step == "login"
    assert secrets.get_secret(name) is None
    assert team.try_server(url, OWNER_PASSWORD).ok
    assert secrets.get_secret(name) == OWNER_PASSWORD
    assert team.test_connection(url).ok  # from the keyring now


def draft():
    from datetime import date, timedelta

    return CaseDraft(organisation="ecomarket", name="Bram Peeters", email="bram@example.be", language="nl",
                     rights=["access"], received=date.today() - timedelta(days=3))


@pytest.mark.parametrize("backend", ["postgresql"])
def test_while_the_server_is_out_of_reach_every_write_is_refused_before_it_starts(samples):
    case = desk.create_case(draft(), "Anna Clerk")
    store_db.set_unreachable(True)
    try:
        assert store_db.is_unreachable()
        with pytest.raises(store_db.DatabaseUnavailable, match="read-only"):
            desk.add_note(case, "not now", "Anna Clerk")
        with pytest.raises(store_db.DatabaseUnavailable):
            desk.update_case(case, {"email": "x@example.be"}, "Anna Clerk")
        assert case.requester_email == "bram@example.be"
    finally:
        store_db.set_unreachable(False)
    assert Case.get_by_id(case.id).requester_email == "bram@example.be"  # nothing was queued
    desk.add_note(case, "back again", "Anna Clerk")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_read_only_is_nothing_on_a_file(db):
    store_db.set_unreachable(True)
    assert not store_db.is_unreachable()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_listener_hears_changes_and_presence_on_its_own_connection(samples, recorded):
    listener = Listener.for_open_database()
    listener.connect()
    try:
        case = desk.create_case(draft(), "Anna Clerk")
        listener.announce(case.id, True, "app-x")
        heard, until = [], time.monotonic() + 5
        while time.monotonic() < until and not any(n.channel == "dsar_desk_presence" for n in heard):
            heard += listener.receive(1.0)
        changes = [change_payload(n.data) for n in heard if n.channel == "dsar_desk"]
        assert any(table == "case" and ids and case.id in ids for table, ids, _who in changes)
        presence = [presence_payload(n.data) for n in heard if n.channel == "dsar_desk_presence"]
        assert presence == [(case.id, recorded("x"), True, "app-x")]
        listener.ping()
    finally:
        listener.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_no_listener_on_a_file(db):
    assert Listener.for_open_database() is None
