"""Team mode: the clerk's own file or the team's PostgreSQL server, one way in for the GUI and the CLI.

* :func:`open_location` opens what ``--db`` or the settings name: a file path, or a server URL
  whose login's password comes from the OS keyring (never from the URL, the settings or a log).
* :func:`store_password` puts a login's password in the keyring (``dsar-desk team password URL``,
  File → Team server…), after checking that the server takes it.
* :func:`init_server` creates or upgrades the team's schema (``dsar-desk team init URL``).
"""

from __future__ import annotations

from pathlib import Path

from dsar_desk import secrets
from dsar_desk.domain.location import FileLocation, ServerLocation, parse_location
from dsar_desk.domain.messages import msg
from dsar_desk.store import db as store_db
from dsar_desk.store.db import DatabaseError, DatabaseUnavailable


def password_of(place: ServerLocation) -> str | None:
    """The login's password from the keyring, or None when none is stored (or no keyring works)."""
    try:
        return secrets.get_secret(place.secret_name)
    except secrets.SecretStoreError:
        return None


def open_location(location: str | Path | FileLocation | ServerLocation, *, check: bool = True):
    """Open the database at ``location`` and bind the models to it (store.db.open_database)."""
    place = location if isinstance(location, (FileLocation, ServerLocation)) else parse_location(location)
    if isinstance(place, FileLocation):
        return store_db.open_database(place.path, check=check)
    password = password_of(place)
    if password is None:
        raise DatabaseUnavailable(msg("team.no-password", "no password is stored for {label}: store it with "
                                      "`dsar-desk team password {url}` (or in File → Team server…)",
                                      label=place.label, url=place.url))
    return store_db.open_database(place, password=password)


def check_password(place: ServerLocation, password: str) -> None:
    """Connect once with ``password``; DatabaseUnavailable (in plain words) when the server refuses."""
    connection = store_db.connect_server(place, password)
    connection.close()


def store_password(location: str | ServerLocation, password: str, *, check: bool = True) -> ServerLocation:
    """Keep the login's password in the OS keyring under the server and user, after the server took it."""
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.not-a-server", "{location} is a file, not a team server: a file needs no "
                                "password", location=str(location)))
    if not password:
        raise DatabaseError(msg("team.password-empty", "the password is empty"))
    if check:
        check_password(place, password)
    secrets.set_secret(place.secret_name, password)
    return place


def forget_password(location: str | ServerLocation) -> None:
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    secrets.delete_secret(place.secret_name)


def init_server(location: str | ServerLocation, password: str | None = None) -> tuple[int, int]:
    """Create or upgrade the team's schema (an administrator: the database's owner). Returns the
    schema version before and after."""
    place = location if isinstance(location, ServerLocation) else parse_location(location)
    if not isinstance(place, ServerLocation):
        raise DatabaseError(msg("team.not-a-server", "{location} is a file, not a team server: a file needs no "
                                "password", location=str(location)))
    password = password if password is not None else password_of(place)
    if password is None:
        raise DatabaseUnavailable(msg("team.no-password", "no password is stored for {label}: store it with "
                                      "`dsar-desk team password {url}` (or in File → Team server…)",
                                      label=place.label, url=place.url))
    try:
        return store_db.init_server(place, password)
    finally:
        store_db.close_database()
