"""Real mail servers for the tests, on 127.0.0.1 with TLS from a CA made here.

* :func:`make_pki` - a test CA and a server certificate for ``localhost`` / ``127.0.0.1``
  (``cryptography``), written as PEM files.
* :class:`SmtpServer` - aiosmtpd in a thread: implicit TLS ("ssl") or STARTTLS, AUTH LOGIN and
  PLAIN against one user/password, XOAUTH2 against one token; every accepted message is kept
  (envelope and bytes) for the test to read back; recipients can be made to be refused.
* :class:`Dovecot` - Debian's dovecot (package ``dovecot-imapd``) started as ``dovecot -c CONF -F``
  with its own configuration in a temporary folder: ``ssl = required``, a passwd-file with the
  test user, XOAUTH2 checked by a small token-info HTTP server, maildir in the folder, the
  current user as every service user (root or not: see :func:`dovecot_config`), a log file.
* :class:`TokenInfoServer` - the HTTP endpoint dovecot's ``oauth2`` passdb asks whether a
  bearer token is valid (like Google's tokeninfo).

Nothing here mocks a protocol: the clients of ``dsar_desk.mail`` talk to these servers over
sockets.
"""

from __future__ import annotations

import base64
import datetime as dt
import grp
import http.server
import ipaddress
import json
import logging
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message as EmailMessage
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
ACCOUNTS = 200  # mailboxes of one test dovecot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- certificates ----------------------------------------------------------------------------------

@dataclass
class Pki:
    folder: Path
    ca_file: Path  # the CA certificate a client trusts
    cert_file: Path  # the server certificate (localhost, 127.0.0.1)
    key_file: Path
    other_ca_file: Path  # a CA that did NOT sign the server certificate

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DSAR Desk tests")])


def _ca(common: str):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (x509.CertificateBuilder().subject_name(_name(common)).issuer_name(_name(common))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca_cert = _ca("DSAR Desk test CA")
    _, other_cert = _ca("Some other CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    pki = Pki(folder, folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other-ca.pem")
    pki.ca_file.write_bytes(ca_cert.public_bytes(pem))
    pki.other_ca_file.write_bytes(other_cert.public_bytes(pem))
    pki.cert_file.write_bytes(cert.public_bytes(pem))
    pki.key_file.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    pki.key_file.chmod(0o600)
    return pki


# -- SMTP: aiosmtpd ---------------------------------------------------------------------------------

@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data)


class _Handler:
    def __init__(self, server: "SmtpServer"):
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.server.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.server.fail_data:
            return self.server.fail_data
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else session.auth_data
        self.server.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                             bytes(envelope.original_content or envelope.content),
                                             login if isinstance(login, str) else None))
        return "250 2.0.0 Ok: queued as TEST%04d" % len(self.server.received)

    async def auth_XOAUTH2(self, server, args):
        """RFC-less but documented by Google/Microsoft: base64("user=U\\1auth=Bearer T\\1\\1")."""
        from aiosmtpd.smtp import AuthResult

        if len(args) == 2:
            blob = args[1]
        else:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if blob is None:
                return AuthResult(success=False, handled=False)
            blob = blob if isinstance(blob, str) else blob.decode()
        raw = base64.b64decode(blob)
        self.server.xoauth2_seen.append(raw)
        expected = f"user={self.server.user}\x01auth=Bearer {self.server.token}\x01\x01".encode()
        if raw == expected:
            return AuthResult(success=True, auth_data=self.server.user)
        # The server tells the client why, as a JSON challenge; the client answers with an empty line.
        await server.push("334 " + base64.b64encode(json.dumps(
            {"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"}).encode()).decode())
        await server._reader.readline()
        await server.push("535 5.7.8 Username and Password not accepted")
        return AuthResult(success=False, handled=True)


class SmtpServer:
    """aiosmtpd on 127.0.0.1: ``mode`` "starttls" (TLS required before AUTH/MAIL) or "ssl"."""

    def __init__(self, pki: Pki, mode: str = "starttls", user: str = "privacy@ecomarket.test",
                 password: str = "S3cret-smtp-pw", token: str = "ya29.test-token-for-smtp"):
        self.pki, self.mode, self.user, self.password, self.token = pki, mode, user, password, token
        self.port = free_port()
        self.received: list[Received] = []
        self.refuse: set[str] = set()
        self.fail_data: str | None = None
        self.xoauth2_seen: list[bytes] = []
        self._controller = None

    def _authenticator(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            if auth_data.login.decode() == self.user and auth_data.password.decode() == self.password:
                return AuthResult(success=True, auth_data=auth_data.login.decode())
        # handled=False: aiosmtpd answers "535 5.7.8 Authentication credentials invalid"
        return AuthResult(success=False, handled=False)

    def start(self) -> "SmtpServer":
        from aiosmtpd.controller import Controller

        # aiosmtpd warns on its "mail.log" logger about its own deprecated Session.login_data
        logging.getLogger("mail.log").setLevel(logging.ERROR)

        context = self.pki.server_context()
        # aiosmtpd's auth_require_tls looks at STARTTLS only; on an implicit TLS socket the
        # connection is encrypted from the start, so it is not needed there.
        kwargs = dict(hostname="127.0.0.1", port=self.port, authenticator=self._authenticator,
                      auth_required=True, auth_require_tls=self.mode != "ssl", server_hostname="localhost")
        if self.mode == "ssl":
            kwargs["ssl_context"] = context
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
        class QuietController(Controller):
            def factory(self):  # the TLS socket is the protection aiosmtpd's warning asks for
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
                    return super().factory()

        controller = QuietController(_Handler(self), **kwargs)
        if self.mode == "ssl":
            # Controller's own readiness probe does not speak TLS: probe with TLS ourselves.
            controller._trigger_server = lambda: _tls_probe(self.port, self.pki.ca_file)
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def _tls_probe(port: int, ca_file: Path) -> None:
    context = ssl.create_default_context(cafile=str(ca_file))
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as s:
            s.recv(1024)


# -- OAuth2 token info (for dovecot's oauth2 passdb) -----------------------------------------------

class TokenInfoServer:
    """GET /tokeninfo?access_token=T -> {"email": user, "active": true} for the valid tokens."""

    def __init__(self):
        self.tokens: dict[str, str] = {}
        self.port = free_port()
        self.asked: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                from urllib.parse import parse_qs, urlparse

                token = (parse_qs(urlparse(self.path).query).get("access_token") or [""])[0]
                outer.asked.append(token)
                user = outer.tokens.get(token)
                body = json.dumps({"email": user, "active": "true"} if user else {"error": "invalid_token"})
                self.send_response(200 if user else 401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> "TokenInfoServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- IMAP: dovecot -----------------------------------------------------------------------------------

def mail_owner() -> tuple[str, str]:
    """Who reads and writes the maildir: the current user, or ``dovecot`` when that is root
    (dovecot refuses mail access as uid 0: "userdb returned 0 as uid")."""
    if os.getuid() == 0:
        return "dovecot", grp.getgrgid(pwd.getpwnam("dovecot").pw_gid).gr_name
    return pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name


def dovecot_config(folder: Path, pki: Pki, imap_port: int, imaps_port: int) -> str:
    """A dovecot 2.3 configuration that runs wholly inside ``folder``.

    As an unprivileged user every service user (``default_internal_user``,
    ``default_login_user``, the userdb's uid) is that user, without chroot (it cannot chroot).
    As root (CI) dovecot refuses to run its login processes as root ("This process must not be
    run as root"), so they run as the package's ``dovenull`` user and the internal services as
    ``dovecot``, as in Debian's own configuration, and the mail as ``dovecot`` too (uid 0 may
    not read mail). ``folder`` is short (socket paths are limited to 108 bytes) and
    traversable by those users, so it is not pytest's tmp_path (mode 0700).
    """
    user, group = mail_owner()
    f = folder
    if os.getuid() == 0:
        users = "default_internal_user = dovecot\ndefault_login_user = dovenull\n"
        services = anvil = ""
    else:
        users = (f"default_internal_user = {user}\ndefault_internal_group = {group}\n"
                 f"default_login_user = {user}\n")
        services = "".join(
            f"service {name} {{\n  user = {user}\n}}\n"
            for name in ("auth", "auth-worker", "stats", "imap", "log", "config", "dict", "dict-async",
                         "indexer", "indexer-worker", "imap-hibernate", "ipc", "dns-client", "health-check"))
        services += "".join(f"service {name} {{\n  chroot =\n  user = {user}\n}}\n"
                            for name in ("imap-urlauth-login", "pop3-login", "submission-login"))
        anvil = f"  chroot =\n  user = {user}\n"
    return f"""
base_dir = {f}/run
state_dir = {f}/state
instance_name = dsar-desk-test-{uuid.uuid4().hex[:8]}
log_path = {f}/dovecot.log
info_log_path = {f}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{pki.cert_file}
ssl_key = <{pki.key_file}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2 oauthbearer
{users}first_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:{f}/mail/%u
auth_verbose = yes
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {f}/passwd
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {f}/oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={f}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Archive {{
    auto = create
  }}
}}
# No auth penalty (anvil delays each login from an address after a failed one, up to 15 s):
# the tests fail logins on purpose. Mode 0 removes the listener, which disables the penalty.
service anvil {{
{anvil}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
{services}"""


def _traversable_base() -> Path:
    """A temporary folder whose every parent the unprivileged mail users may enter.

    As root, dovecot's auth and mail processes run as ``dovecot``; they must reach the folder.
    The system's temporary folder is normally world-traversable (mode 1777) but need not be
    (a shared machine may have made it 0700), so /var/tmp and /dev/shm are tried too."""
    candidates = [Path(tempfile.gettempdir())]
    if os.getuid() != 0:
        return candidates[0]
    candidates += [Path("/var/tmp"), Path("/dev/shm")]
    for base in candidates:
        if base.is_dir() and all(os.stat(p).st_mode & 0o001 for p in [base, *base.parents]):
            return base
    raise RuntimeError("no temporary folder that the dovecot user can enter: "
                       + ", ".join(str(c) for c in candidates))


@dataclass
class Account:
    """One mailbox of the test server (a user of its passwd-file, and an OAuth2 token)."""

    server: "Dovecot"
    user: str
    password: str
    token: str

    @property
    def imap_port(self) -> int:
        return self.server.imap_port

    @property
    def imaps_port(self) -> int:
        return self.server.imaps_port

    @property
    def maildir(self) -> Path:
        return self.server.folder / "mail" / self.user

    def log_text(self) -> str:
        return self.server.log_text()

    def deliver(self, raw: bytes, folder: str = "INBOX") -> Path:
        """Drop a message into the maildir as a mail server's delivery agent would (new/)."""
        base = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for sub in ("tmp", "new", "cur"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.{uuid.uuid4().hex}.dsar-test"
        tmp = base / "tmp" / name
        tmp.write_bytes(raw)
        final = base / "new" / name
        if os.getuid() == 0:
            owner = pwd.getpwnam(mail_owner()[0])
            for path in (self.maildir, base, base / "tmp", base / "new", base / "cur", tmp):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        os.replace(tmp, final)
        return final


@dataclass
class Dovecot:
    """One dovecot for the test session; each test gets its own :class:`Account`."""

    pki: Pki
    folder: Path | None = None  # a fresh temporary folder, removed by stop()
    imap_port: int = 0  # STARTTLS
    imaps_port: int = 0  # implicit TLS
    process: subprocess.Popen | None = None
    token_server: TokenInfoServer | None = None
    accounts: list = field(default_factory=list)
    _free: list = field(default_factory=list)

    def start(self) -> "Dovecot":
        f = self.folder = Path(tempfile.mkdtemp(prefix="dsar-dovecot-", dir=_traversable_base()))
        f.chmod(0o755)
        for sub in ("run", "state", "mail", "home"):
            (f / sub).mkdir(parents=True, exist_ok=True)
        # The accounts are made now: dovecot caches the passwd-file, so it is written once.
        self._free = [Account(self, f"privacy{n}@ecomarket.test", f"S3cret-imap-pw-{n}",
                              f"ya29.test-token-{uuid.uuid4().hex}") for n in range(1, ACCOUNTS + 1)]
        (f / "passwd").write_text("".join(f"{a.user}:{{PLAIN}}{a.password}::::::\n" for a in self._free),
                                  encoding="utf-8")
        (f / "passwd").chmod(0o600)
        if os.getuid() == 0:  # the auth service reads the passwd-file, the mail processes the maildirs
            owner = pwd.getpwnam(mail_owner()[0])
            for path in (f / "mail", f / "home", f / "passwd"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.imap_port, self.imaps_port = free_port(), free_port()
        self.token_server = TokenInfoServer().start()
        self.token_server.tokens.update({a.token: a.user for a in self._free})
        (f / "oauth2.conf.ext").write_text(
            f"tokeninfo_url = http://127.0.0.1:{self.token_server.port}/tokeninfo?access_token=\n"
            "username_attribute = email\nactive_attribute = active\nactive_value = true\n", encoding="utf-8")
        conf = f / "dovecot.conf"
        conf.write_text(dovecot_config(f, self.pki, self.imap_port, self.imaps_port), encoding="utf-8")
        with open(f / "dovecot.stdout", "wb") as out:
            self.process = subprocess.Popen([DOVECOT, "-c", str(conf), "-F"], stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                text = self.log_text()
                self.stop()
                raise RuntimeError("dovecot stopped: " + text)
            try:
                for port in (self.imap_port, self.imaps_port):
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        text = self.log_text()
        self.stop()
        raise RuntimeError("dovecot did not listen: " + text)

    def new_account(self) -> Account:
        """A new, empty mailbox (one of the accounts of the passwd-file, never used before)."""
        if not self._free:
            raise RuntimeError(f"all {ACCOUNTS} test accounts of this dovecot are used")
        account = self._free.pop(0)
        self.accounts.append(account)
        return account

    def log_text(self) -> str:
        parts = []
        for name in ("dovecot.stdout", "dovecot.log"):
            path = self.folder / name
            if path.is_file():
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(parts)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        if self.token_server is not None:
            self.token_server.stop()
            self.token_server = None
