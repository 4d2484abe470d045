"""A real PostgreSQL server for the tests, started here and stopped at the end of the session.

Debian's ``postgresql`` package (``.ci/run`` installs it) gives the binaries; the cluster is made
with ``initdb`` in a temporary folder, runs as an unprivileged user (``postgres`` when the tests
run as root: the server refuses root), listens on 127.0.0.1 on a free port with TLS from a CA
made in the test (``tests.mail.servers.make_pki``), and logins need a password (scram-sha-256).
fsync is off: this is a test server. Nothing here mocks a database.

* :meth:`PostgresServer.template` - a database migrated once (``dsar-desk team init``), from
  which each test's own database is copied (``CREATE DATABASE ... TEMPLATE``, some 50 ms).
* :meth:`PostgresServer.new_database` - a fresh, empty database (for ``team init`` itself).
* :meth:`PostgresServer.add_login` - a login role with a password, optionally in a team role.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from tests.mail.servers import Pki, make_pki

OWNER = "dsar_owner"  # the cluster's superuser in the tests (an administrator's own server has its own)
OWNER_PASSWORD = "owner-test-password-8f3a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.getuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _traversable() -> Path:
    for base in (Path(tempfile.gettempdir()), Path("/var/tmp"), Path("/dev/shm")):
        if base.is_dir() and (os.getuid() != 0 or all(os.stat(p).st_mode & 0o001 for p in [base, *base.parents])):
            return base
    raise RuntimeError("no temporary folder the postgres user can enter")


@dataclass
class Login:
    user: str
    password: str


class PostgresServer:
    def __init__(self) -> None:
        self.bin = bin_dir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed: apt-get install -y postgresql (as .ci/run does)")
        self.root = Path(tempfile.mkdtemp(prefix="dsar-pg-", dir=_traversable()))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.socket_dir = self.root / "run"
        self.port = free_port()
        self.pki: Pki | None = None
        self._template: str | None = None

    # -- running --------------------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(_as_server_user([str(self.bin / args[0]), *args[1:]]), check=check,
                              capture_output=True, text=True, **kwargs)

    def start(self) -> "PostgresServer":
        self.pki = make_pki(self.root / "pki")
        for path in (self.pki.folder, self.pki.ca_file, self.pki.other_ca_file, self.pki.cert_file):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        key = self.root / "server.key"  # the server's key, the server user's alone
        shutil.copy(self.pki.key_file, key)
        password_file = self.root / "owner.pw"
        password_file.write_text(OWNER_PASSWORD)
        self.socket_dir.mkdir()
        if os.getuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.root, self.socket_dir, key, password_file):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        key.chmod(0o600)
        password_file.chmod(0o600)
        self._run("initdb", "-D", str(self.data), "-U", OWNER, f"--pwfile={password_file}", "-A", "scram-sha-256",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        password_file.unlink()
        (self.data / "pg_hba.conf").write_text(
            "local all all scram-sha-256\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"""
port = {self.port}
listen_addresses = '127.0.0.1'
unix_socket_directories = '{self.socket_dir}'
ssl = on
ssl_cert_file = '{self.pki.cert_file}'
ssl_key_file = '{key}'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
""")
        if os.getuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.data / "pg_hba.conf", owner.pw_uid, owner.pw_gid)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def restart_stopped(self, seconds: float) -> None:
        """Stop the server for ``seconds``, then start it again (the connection-lost tests)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        time.sleep(seconds)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "start")

    def pause(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "start")

    @property
    def log_text(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")
        except OSError:
            return ""

    # -- connecting ------------------------------------------------------------------------------
    def url(self, dbname: str, user: str = OWNER, tls: bool = True) -> str:
        query = f"?sslmode=verify-full&sslrootcert={self.pki.ca_file}" if tls else "?sslmode=disable"
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}{query}"

    def admin(self, sql: str, params: tuple = (), dbname: str = "postgres"):
        """Run one statement as the cluster owner (autocommit); returns the rows, if any."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=OWNER, password=OWNER_PASSWORD,
                             dbname=dbname, autocommit=True, sslmode="disable") as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def new_database(self, template: str | None = None) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self) -> str:
        """A database made by `team init` once per session; each test copies it."""
        if self._template is None:
            from dsar_desk.domain.location import parse_location
            from dsar_desk.store.db import close_database, init_server

            name = self.new_database()
            init_server(parse_location(self.url(name)), OWNER_PASSWORD)
            close_database()
            self.admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
            self._template = name
        return self._template

    def add_login(self, user: str, password: str, role: str | None = None) -> Login:
        self.admin(f'DROP ROLE IF EXISTS "{user}"')
        self.admin(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'")
        if role:
            self.admin(f'GRANT "{role}" TO "{user}"')
        return Login(user, password)
