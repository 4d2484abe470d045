"""The team server's live channel, on a connection of its own (team mode only).

Every change on the server notifies the channel ``dsar_desk`` (store.server's statement
triggers: the GUI's, the CLI's, anybody's); an open case detail tells the channel
``dsar_desk_presence`` who has it open (nothing stored). A :class:`Listener` is one psycopg
connection in autocommit that LISTENs on both, used by ONE thread only (the GUI's listener
thread, ui.live): it waits for notifications, sends the presence notices and checks that the
server still answers. Any failure of the connection is ``store.db.DatabaseUnavailable``.

No Qt here, no models: the listener reads nothing but notifications.
"""

from __future__ import annotations

from dataclasses import dataclass

from dsar_desk.domain.location import ServerLocation
from dsar_desk.store import server
from dsar_desk.store.db import server_problem
from dsar_desk.store.models import database
from dsar_desk.store.server import ServerDatabase

# TCP keep-alives: a server gone without a word (a cable, a sleeping laptop) is noticed in
# about 20 s even between two heartbeats.
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "5", "keepalives_count": "2"}


@dataclass(frozen=True)
class Note:
    channel: str  # server.CHANNEL (a change) or server.PRESENCE (who has which case open)
    data: dict  # the decoded payload ({} when unreadable)
    pid: int  # the server process that sent it


class Listener:
    """One connection that LISTENs to the team's two channels. Not thread-safe: one thread."""

    def __init__(self, location: ServerLocation, password: str | None):
        self.location = location
        self._password = password
        self.conn = None

    @classmethod
    def for_open_database(cls) -> Listener | None:
        """A listener on the server the app has open (its login and password), or None on a file."""
        db = database.obj
        if not isinstance(db, ServerDatabase):
            return None
        return cls(db.location, db.connect_params.get("password"))

    @property
    def login(self) -> str:
        return self.location.user

    def connect(self) -> None:
        import psycopg

        self.close()
        kwargs = self.location.connect_kwargs()
        for key, value in KEEPALIVES.items():
            kwargs.setdefault(key, value)
        try:
            self.conn = psycopg.connect(dbname=self.location.dbname, password=self._password, autocommit=True,
                                        **kwargs)
            self.conn.execute(f"LISTEN {server.quote_ident(server.CHANNEL)}")
            self.conn.execute(f"LISTEN {server.quote_ident(server.PRESENCE)}")
        except psycopg.Error as exc:
            self.close()
            raise server_problem(exc, self.location) from None

    def receive(self, timeout: float) -> list[Note]:
        """The notifications that came, waiting at most ``timeout`` seconds for the first."""
        import psycopg

        if self.conn is None:
            raise server_problem(RuntimeError("not connected"), self.location)
        try:
            notes = [Note(n.channel, server.decode_notification(n.payload), n.pid)
                     for n in self.conn.notifies(timeout=timeout, stop_after=1)]
        except psycopg.Error as exc:
            self.close()
            raise server_problem(exc, self.location) from None
        return notes

    def announce(self, case_id: int, is_open: bool, app: str) -> None:
        """Tell the team that this app has ``case_id`` open (or no longer). The login is the
        server's own (session_user), not a name the app could choose."""
        self._run("SELECT pg_notify(%s, json_build_object('case', %s::integer, 'open', %s::boolean, 'app', %s::text, "
                  "'who', session_user)::text)", (server.PRESENCE, int(case_id), bool(is_open), app))

    def ping(self) -> None:
        """Whether the server still answers (DatabaseUnavailable when not)."""
        self._run("SELECT 1")

    def _run(self, sql: str, params: tuple = ()) -> None:
        import psycopg

        if self.conn is None:
            raise server_problem(RuntimeError("not connected"), self.location)
        try:
            self.conn.execute(sql, params)
        except psycopg.Error as exc:
            self.close()
            raise server_problem(exc, self.location) from None

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - a dead connection closes badly: it is gone anyway
                pass


def presence_payload(data: dict) -> tuple[int, str, bool, str] | None:
    """(case id, login, open, app) of a presence notice, or None when it is not one."""
    try:
        return int(data["case"]), str(data["who"]), bool(data["open"]), str(data.get("app", ""))
    except (KeyError, TypeError, ValueError):
        return None


def change_payload(data: dict) -> tuple[str, list[int] | None, str]:
    """(table, the case ids or None for "many"/unknown, login) of a change notice."""
    cases = data.get("cases")
    ids = [int(c) for c in cases if isinstance(c, int)] if isinstance(cases, list) else None
    return str(data.get("table", "")), ids, str(data.get("who", ""))
