"""`dsar-desk team ...`: a team's PostgreSQL server.

    team password URL             store the login's password in the OS keyring (asked, or one line of stdin)
    team init URL                 create or upgrade the team's schema (the database's owner)
    team migrate FILE URL         copy a clerk's database file whole to the (empty) team database, and check it
    team add-clerk NAME [--admin] a new login of the team (password asked, or one line of stdin); with --db URL
    team members                  the team's logins and roles; with --db URL
    team status                   who this login is on the server, its role, the schema; with --db URL
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from dsar_desk.cli.common import EXIT_OK, CliError, location_of, open_db, out


def register(sub, csub) -> None:
    team = sub.add_parser("team", help="a team's PostgreSQL server: password, init, migrate, members")
    team.set_defaults(handler=_team_without_command)
    tsub = team.add_subparsers(dest="team_command", metavar="SUBCOMMAND")
    password = tsub.add_parser("password", help="store the login's password for URL in the OS keyring")
    password.add_argument("url")
    password.set_defaults(handler=cmd_password)
    init = tsub.add_parser("init", help="create or upgrade the team's schema on the server (its owner)")
    init.add_argument("url")
    init.set_defaults(handler=cmd_init)
    migrate = tsub.add_parser("migrate", help="copy a clerk's database file to the team server and check the copy")
    migrate.add_argument("file", type=Path)
    migrate.add_argument("url")
    migrate.set_defaults(handler=cmd_migrate)
    add = tsub.add_parser("add-clerk", help="a new login of the team (an administrator, with --db URL)")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="an administrator: profiles, deadline rules, purges, members")
    add.set_defaults(handler=cmd_add_clerk)
    members = tsub.add_parser("members", help="the team's logins and their roles (with --db URL)")
    members.set_defaults(handler=cmd_members)
    status = tsub.add_parser("status", help="this login on the team server: role and schema (with --db URL)")
    status.set_defaults(handler=cmd_status)


def _team_without_command(args) -> int:
    raise CliError("team: say password, init, migrate, add-clerk, members or status")


def _server(url: str):
    from dsar_desk.domain.location import LocationError, ServerLocation, parse_location

    try:
        place = parse_location(url)
    except LocationError as exc:
        raise CliError(f"url: {exc}") from None
    if not isinstance(place, ServerLocation):
        raise CliError(f"url: {url} is not a team server's address (postgresql://user@host:port/database)")
    return place


def _read_password(prompt: str, twice: bool = False) -> str:
    if not sys.stdin.isatty():
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(prompt)
        if twice and getpass.getpass("Type it again: ") != value:
            raise CliError("the two passwords differ; nothing was stored")
    if not value:
        raise CliError("password: none was given; nothing was stored")
    return value


def _database_errors(call):
    from dsar_desk.store.db import DatabaseError

    try:
        return call()
    except DatabaseError as exc:
        raise CliError(f"database: {exc}") from None


def cmd_password(args) -> int:
    from dsar_desk.desk.team import store_password

    place = _server(args.url)
    password = _read_password(f"Password of {place.label}: ")
    _database_errors(lambda: store_password(place, password))
    out(f"the password of {place.label} is in the keyring ({_keyring_name()}); the server took it")
    return EXIT_OK


def _keyring_name() -> str:
    from dsar_desk import secrets

    return secrets.backend_name()


def cmd_init(args) -> int:
    from dsar_desk.desk.team import init_server

    place = _server(args.url)
    before, after = _database_errors(lambda: init_server(place))
    if before == after:
        out(f"{place.label}: schema {after}, up to date; roles and rights checked")
    elif before == 0:
        out(f"{place.label}: the team's tables made (schema {after}), with the roles {_roles(place)}")
    else:
        out(f"{place.label}: upgraded from schema {before} to {after}")
    return EXIT_OK


def _roles(place) -> str:
    from dsar_desk.store.server import role_names

    return " and ".join(role_names(place.dbname))


def cmd_migrate(args) -> int:
    from dsar_desk.desk.team import migrate_file

    place = _server(args.url)
    done = _database_errors(lambda: migrate_file(args.file, place))
    copied = ", ".join(f"{table} {rows:,}" for table, rows in done.tables.items() if rows)
    out(f"copied to {place.label}: {copied}")
    out(f"checked: the same rows in every table; the record's chain holds on the server ({done.events:,} events, "
        f"head {done.head[:16]}); {args.file} was left as it was")
    return EXIT_OK


def _team_db(args):
    from dsar_desk.domain.location import ServerLocation

    place = location_of(args)
    if not isinstance(place, ServerLocation):
        raise CliError("--db: team commands need the team server's address: --db postgresql://user@host:port/db")
    open_db(args)
    return place


def cmd_add_clerk(args) -> int:
    from dsar_desk.desk.team import add_clerk

    place = _team_db(args)
    password = _read_password(f"Password for the new login {args.name}: ", twice=True)
    member = _database_errors(lambda: add_clerk(args.name, password, admin=args.admin))
    out(f"{member.login} can now sign in to {place.host}/{place.dbname} as a team {member.role}; give them the "
        f"password in person, and the attachment key's recovery code (dsar-desk key restore)")
    return EXIT_OK


def cmd_members(args) -> int:
    from dsar_desk.desk.team import members

    _team_db(args)
    for member in members():
        out(f"{member.login}\t{member.role}")
    return EXIT_OK


def cmd_status(args) -> int:
    from dsar_desk.store import server
    from dsar_desk.store.migrations import LATEST
    from dsar_desk.store.models import database

    place = _team_db(args)
    db = database.obj
    role = "administrator" if server.is_admin(db) else "clerk"
    out(f"{place.label}: signed in as {server.login(db)} ({role}); schema {server.schema_version(db)} of {LATEST}")
    return EXIT_OK
