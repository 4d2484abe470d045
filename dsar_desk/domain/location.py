"""Where the database is: a file on this computer (one clerk) or a team's PostgreSQL server.

``parse_location(text)`` reads what the clerk gave (``--db``, the Team server dialog, the
settings): a path, or ``postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=...``.
A server location never carries a password: the password lives in the OS keyring under
:attr:`ServerLocation.secret_name` (``dsar-desk team password URL``), so a URL with one is
refused with the way to do it instead. Plain Python: no database, no keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from dsar_desk.domain.messages import msg

SCHEMES = ("postgresql", "postgres")
# libpq's connection options a team may need in its URL (TLS and time-outs); anything else is refused.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout", "application_name",
           "target_session_attrs")
DEFAULT_PORT = 5432


class LocationError(ValueError):
    """The location cannot be used; the message says why and what to write instead."""


@dataclass(frozen=True)
class ServerLocation:
    user: str
    host: str
    port: int
    dbname: str
    options: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def url(self) -> str:
        """The URL as the clerk sees it (never with a password)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{urlencode(self.options)}" if self.options else ""
        return f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.dbname, safe='')}{query}"

    @property
    def secret_name(self) -> str:
        """The keyring entry of this login's password: one per server and user, whatever the options."""
        return f"server:{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def label(self) -> str:
        """Short, for a window title or a banner: user@host/dbname."""
        return f"{self.user}@{self.host}/{self.dbname}"

    def connect_kwargs(self) -> dict:
        """The keyword arguments of a connection (psycopg / libpq), the password apart."""
        kwargs: dict = {"user": self.user, "host": self.host, "port": self.port}
        kwargs.update(self.options)
        kwargs.setdefault("connect_timeout", "5")
        kwargs.setdefault("application_name", "dsar-desk")
        return kwargs


@dataclass(frozen=True)
class FileLocation:
    path: Path

    @property
    def url(self) -> str:
        return str(self.path)

    @property
    def label(self) -> str:
        return self.path.name


def is_server_url(text: str | Path) -> bool:
    return isinstance(text, str) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse_location(text: str | Path) -> FileLocation | ServerLocation:
    """A file path, or a PostgreSQL URL checked part by part (the message names the part)."""
    if not is_server_url(text):
        return FileLocation(Path(text).expanduser())
    try:
        parts = urlsplit(str(text))
        port = parts.port
    except ValueError as exc:
        raise LocationError(msg("location.url-unreadable", "the server address cannot be read ({why}); write it as "
                                "postgresql://user@host:port/database", why=str(exc))) from None
    if parts.password is not None:
        raise LocationError(msg("location.password-in-url", "the server address must not hold the password; give the "
                                "address without it and store the password in the keyring with "
                                "`dsar-desk team password URL` (or in File → Team server…)"))
    user = unquote(parts.username or "")
    if not user:
        raise LocationError(msg("location.user-missing", "the server address names no user: write "
                                "postgresql://USER@host:port/database (each clerk has a login of their own)"))
    host = parts.hostname or ""
    if not host:
        raise LocationError(msg("location.host-missing", "the server address names no host: write "
                                "postgresql://user@HOST:port/database"))
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise LocationError(msg("location.database-missing", "the server address names no database: write "
                                "postgresql://user@host:port/DATABASE"))
    options: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            raise LocationError(msg("location.password-in-url", "the server address must not hold the password; give "
                                    "the address without it and store the password in the keyring with "
                                    "`dsar-desk team password URL` (or in File → Team server…)"))
        if key not in OPTIONS:
            raise LocationError(msg("location.option-unknown", "the server address has an option “{key}” DSAR Desk "
                                    "does not pass on (known: {known})", key=key, known=", ".join(OPTIONS)))
        if key == "sslmode" and value not in SSL_MODES:
            raise LocationError(msg("location.sslmode-unknown", "sslmode “{value}” is not one of {known}",
                                    value=value, known=", ".join(SSL_MODES)))
        options[key] = value
    return ServerLocation(user=user, host=host, port=port or DEFAULT_PORT, dbname=dbname, options=options)
