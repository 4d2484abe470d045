"""The organisation's privacy mailbox over IMAP (stdlib ``imaplib``), read-only unless asked.

::

    settings = ImapSettings(host="imap.example.be", user="privacy@example.be")
    with ImapMailbox(settings, password=keyring_password) as box:
        round = box.fetch_new(known_uidvalidity, last_uid)     # nothing marked read
        for item in round.messages:                           # (uidvalidity, uid, raw bytes)
            ...
        box.append_sent(outgoing_bytes)                       # a copy of what the desk sent

The caller keeps, per mailbox, the UIDVALIDITY and the last UID it has handled and passes them
back next round; a changed UIDVALIDITY (the server renumbered the folder) makes every message
new again, and the caller then recognises those it has by Message-ID. Messages are fetched
with ``BODY.PEEK[]``, so the server does not mark them read; :meth:`ImapMailbox.mark_seen` and
:meth:`ImapMailbox.move` exist for a clerk who chose so in the settings.

Every failure is a :class:`~dsar_desk.mail.errors.MailError` whose ``kind`` says which step
failed (``dns``, ``connect``, ``timeout``, ``tls``, ``login``, ``folder``, ``protocol``) and
whose sentence names the server, the folder or the server's reply - never the password or the
token. :func:`check_connection` walks the steps one by one for the settings' "test the
connection" button.
"""

from __future__ import annotations

import base64
import imaplib
import re
import socket
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.message import MAX_BYTES
from dsar_desk.mail.net import ConnectionCheck, network_error, resolve
from dsar_desk.mail.oauth import xoauth2_string
from dsar_desk.mail.tls import client_context

__all__ = ["ImapSettings", "ImapMailbox", "FetchedMessage", "FetchRound", "ConnectionCheck", "check_connection",
           "encode_folder", "decode_folder", "SECURITIES"]

SECURITIES = ("tls", "starttls")
_BATCH = 25  # messages per UID FETCH of bodies
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # RFC 3501 date


@dataclass(frozen=True)
class ImapSettings:
    host: str
    user: str
    port: int | None = None  # 993 for tls, 143 for starttls
    security: str = "tls"  # "tls" (implicit, port 993) or "starttls" (port 143)
    folder: str = "INBOX"
    sent_folder: str = ""  # "" = the folder the server marks \Sent, else "Sent"
    auth: str = "password"  # "password" or "xoauth2"
    ca_file: str | None = None  # None = the system's trust store
    timeout: float = 30.0  # seconds, for connecting and for every read

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)


@dataclass(frozen=True)
class FetchedMessage:
    uidvalidity: int
    uid: int
    raw: bytes
    internaldate: datetime | None  # when the server received it (a fallback for a missing Date)


@dataclass(frozen=True)
class FetchRound:
    uidvalidity: int
    messages: tuple[FetchedMessage, ...]
    too_large: tuple[tuple[int, int], ...] = ()  # (uid, size) of messages over MAX_BYTES, not fetched
    renumbered: bool = False  # UIDVALIDITY changed: every message counts as new; dedupe by Message-ID
    last_uid: int = 0  # the highest UID seen in this round (to keep for the next one)


# -- folder names (RFC 3501 5.1.3, modified UTF-7) ------------------------------------------------

def encode_folder(name: str) -> str:
    """A folder name as IMAP writes it: "Éléments envoyés" -> "&AMk-l&AOk-ments envoy&AOk-s"."""
    out, pending = [], []

    def flush():
        if pending:
            data = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    def repl(match):
        body = match.group(1)
        if not body:
            return "&"
        data = body.replace(",", "/")
        data += "=" * (-len(data) % 4)
        return base64.b64decode(data).decode("utf-16-be", errors="replace")

    return re.sub(r"&([A-Za-z0-9+,]*)-", repl, name)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _reply(data) -> str:
    """The server's words from an imaplib error or response list (bytes or text)."""
    if isinstance(data, (list, tuple)):
        data = b" ".join(d if isinstance(d, bytes) else str(d).encode() for d in data if d is not None)
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    text = " ".join(str(data).split())
    return text[:300]


_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<sep>"[^"]*"|NIL) (?P<name>.+)$')


class ImapMailbox:
    """One connection to the mailbox. Use as a context manager (it logs out at the end)."""

    def __init__(self, settings: ImapSettings, password: str | None = None, token: str | None = None):
        if settings.security not in SECURITIES:
            raise MailError(msg("mail.imap-security-unknown", "IMAP security must be tls or starttls, not {value}",
                                value=settings.security), "settings")
        if not settings.host.strip():
            raise MailError(msg("mail.imap-host-missing", "The IMAP server is not set"), "settings")
        self.settings = settings
        self._password = password
        self._token = token
        self._imap: imaplib.IMAP4 | None = None
        self._selected: tuple[str, bool] | None = None
        self.uidvalidity: int | None = None
        self.capabilities: frozenset[str] = frozenset()

    # -- connecting ------------------------------------------------------------------------------
    def __enter__(self) -> "ImapMailbox":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def connect(self) -> None:
        """Resolve, connect, secure and log in; each step's failure has its own kind."""
        self.open_secured()
        self.login()

    def open_secured(self) -> None:
        s = self.settings
        host, port = s.host.strip(), s.effective_port
        resolve(host, port)
        context = client_context(s.ca_file)
        try:
            if s.security == "tls":
                imap = imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=s.timeout)
            else:
                imap = imaplib.IMAP4(host, port, timeout=s.timeout)
                try:
                    if "STARTTLS" not in imap.capabilities:
                        raise MailError(msg("mail.starttls-unsupported",
                                            "The server {host}:{port} does not offer STARTTLS", host=host, port=port),
                                        "tls")
                    imap.starttls(context)
                except BaseException:
                    _drop(imap)
                    raise
        except MailError:
            raise
        except (imaplib.IMAP4.abort, imaplib.IMAP4.error) as exc:
            raise MailError(msg("mail.imap-greeting", "The server {host}:{port} does not speak IMAP as expected ({reply})",
                                host=host, port=port, reply=_reply(exc.args[0] if exc.args else "")),
                            "protocol") from None
        except OSError as exc:  # ssl.SSLError, timeouts and refused connections are OSErrors
            raise network_error(exc, host, port, s.timeout) from None
        self._imap = imap
        self.capabilities = frozenset(c.upper() for c in imap.capabilities)

    def login(self) -> None:
        imap, s = self._require(), self.settings
        try:
            if s.auth == "xoauth2":
                if not self._token:
                    raise MailError(msg("mail.token-missing", "No access token: sign in to the mail provider first"),
                                    "login")
                blob = xoauth2_string(s.user, self._token)
                answered = []

                def mechanism(challenge: bytes) -> bytes:
                    # First call: the initial response. A second call carries the server's
                    # error (JSON); the answer to it is an empty line, then the server says NO.
                    answered.append(challenge)
                    return blob if len(answered) == 1 else b""

                imap.authenticate("XOAUTH2", mechanism)
            elif self._password is None:
                raise MailError(msg("mail.password-missing", "No password for {user}: set it in the mail settings",
                                    user=s.user), "login")
            elif s.user.isascii() and self._password.isascii():
                typ, data = imap._simple_command("LOGIN", _quote(s.user), _quote(self._password))
                if typ != "OK":
                    raise imaplib.IMAP4.error(data[-1] if data else b"")
                imap.state = "AUTH"
            else:  # SASL PLAIN carries UTF-8; LOGIN is ASCII only
                blob = b"\0" + s.user.encode() + b"\0" + self._password.encode()
                imap.authenticate("PLAIN", lambda _: blob)
        except MailError:
            self.close()
            raise
        except (imaplib.IMAP4.abort, OSError) as exc:
            self.close()
            raise _lost(s, exc) from None
        except imaplib.IMAP4.error as exc:
            self.close()
            raise MailError(msg("mail.login-refused", "The server refused the login of {user} ({reply})",
                                user=s.user, reply=_reply(exc.args[0] if exc.args else "")), "login") from None
        try:
            typ, data = imap.capability()
            if typ == "OK" and data and data[-1]:
                self.capabilities = frozenset(_reply(data[-1]).upper().split())
        except (imaplib.IMAP4.error, OSError):
            pass

    def close(self) -> None:
        imap, self._imap, self._selected = self._imap, None, None
        if imap is None:
            return
        # No CLOSE: on a folder opened read-write (mark_seen, move) CLOSE would expunge every
        # message flagged \Deleted, also those another mail program flagged; LOGOUT expunges nothing.
        try:
            imap.logout()
        except (imaplib.IMAP4.error, OSError):
            _drop(imap)

    def _require(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise MailError(msg("mail.not-connected", "Not connected to the mail server"), "connect")
        return self._imap

    def _call(self, what: str, func, *args):
        """Run an imaplib call; a dropped connection or a timeout becomes a MailError."""
        try:
            return func(*args)
        except (socket.timeout, TimeoutError):
            self.close()
            raise MailError(msg("mail.read-timeout", "The server {host} stopped answering ({what})",
                                host=self.settings.host, what=what), "timeout") from None
        except (imaplib.IMAP4.abort, OSError) as exc:
            self.close()
            raise _lost(self.settings, exc) from None
        except imaplib.IMAP4.error as exc:
            raise MailError(msg("mail.imap-refused", "The server refused {what} ({reply})",
                                what=what, reply=_reply(exc.args[0] if exc.args else "")), "protocol") from None

    # -- folders -----------------------------------------------------------------------------------
    def folders(self) -> list[tuple[str, tuple[str, ...]]]:
        """(name, flags) of every folder, names decoded ("Éléments envoyés")."""
        imap = self._require()
        typ, data = self._call("LIST", imap.list)
        found = []
        for line in data or ():
            if not isinstance(line, bytes):
                continue
            match = _LIST.match(line)
            if not match:
                continue
            name = match.group("name").decode("utf-8", errors="replace")
            if name.startswith('"') and name.endswith('"'):
                name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            flags = tuple(match.group("flags").decode(errors="replace").split())
            found.append((decode_folder(name), flags))
        return found

    def sent_folder(self) -> str:
        """The folder for copies of sent mail: the setting, else the one flagged \\Sent, else "Sent"."""
        if self.settings.sent_folder:
            return self.settings.sent_folder
        for name, flags in self.folders():
            if "\\Sent" in flags:
                return name
        return "Sent"

    def select(self, folder: str | None = None, readonly: bool = True) -> int:
        """Open a folder (read-only: EXAMINE); returns its UIDVALIDITY."""
        imap = self._require()
        folder = folder or self.settings.folder
        if self._selected == (folder, readonly) and self.uidvalidity is not None:
            return self.uidvalidity
        typ, data = self._call(f"opening {folder}", imap.select, _quote(encode_folder(folder)), readonly)
        if typ != "OK":
            self._selected = None
            raise MailError(msg("mail.folder-missing", "The folder {folder} cannot be opened ({reply})",
                                folder=folder, reply=_reply(data)), "folder")
        codes = imap.response("UIDVALIDITY")[1]
        try:
            self.uidvalidity = int(codes[-1])
        except (TypeError, ValueError, IndexError):
            raise MailError(msg("mail.no-uidvalidity", "The server gave no UIDVALIDITY for {folder}", folder=folder),
                            "protocol") from None
        self._selected = (folder, readonly)
        return self.uidvalidity

    def count(self) -> int:
        """Messages in the selected folder."""
        imap = self._require()
        typ, data = self._call("SEARCH", imap.uid, "SEARCH", "ALL")
        return len((data[0] or b"").split()) if typ == "OK" and data else 0

    # -- reading -----------------------------------------------------------------------------------
    def uids_after(self, last_uid: int, since: date | None = None) -> list[int]:
        """UIDs above ``last_uid`` (and, with ``since``, received by the server on or after that day)."""
        imap = self._require()
        criteria = [f"UID {last_uid + 1}:*"]
        if since is not None:
            criteria.append(f"SINCE {since.day}-{_MONTHS[since.month - 1]}-{since.year}")
        typ, data = self._call("UID SEARCH", imap.uid, "SEARCH", *criteria)
        if typ != "OK":
            raise MailError(msg("mail.imap-search-failed", "The server could not list new messages ({reply})",
                                reply=_reply(data)), "protocol")
        # "n:*" always includes the highest UID, even when it is below n: keep only the new ones.
        return sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last_uid)

    def fetch_new(self, known_uidvalidity: int | None = None, last_uid: int = 0,
                  folder: str | None = None, limit: int | None = None, since: date | None = None) -> FetchRound:
        """The messages after ``last_uid`` in the folder (all when UIDVALIDITY changed), unread stays unread.

        ``limit`` caps how many are fetched in this round (the oldest first); the next round
        goes on from ``FetchRound.last_uid``. ``since`` (a day, by the server's date of receipt)
        leaves older messages out for good, e.g. on the first round of a mailbox that has years
        of mail: ``FetchRound.last_uid`` moves past them.
        """
        uidvalidity = self.select(folder, readonly=True)
        renumbered = known_uidvalidity is not None and known_uidvalidity != uidvalidity
        start = 0 if renumbered or known_uidvalidity is None else max(0, last_uid)
        uids = self.uids_after(start, since)
        truncated = limit is not None and len(uids) > limit
        if truncated:
            uids = uids[:limit]
        # with ``since``, the older messages are passed over for good: the round ends at the
        # folder's highest UID (unless a limit left newer ones for the next round)
        passed_over = self._highest_uid() if since is not None and not truncated else 0
        if not uids:
            return FetchRound(uidvalidity, (), (), renumbered, max(start, passed_over))
        sizes = self._sizes(uids)
        wanted = [u for u in uids if sizes.get(u, 0) <= MAX_BYTES]
        too_large = tuple((u, sizes[u]) for u in uids if sizes.get(u, 0) > MAX_BYTES)
        fetched: list[FetchedMessage] = []
        for i in range(0, len(wanted), _BATCH):
            fetched += self._bodies(uidvalidity, wanted[i:i + _BATCH])
        fetched.sort(key=lambda m: m.uid)
        # A wanted message the server did not send (gone meanwhile, or an answer not understood):
        # stay before it, so that the next round asks again rather than skip it for ever.
        missing = set(wanted) - {m.uid for m in fetched}
        last = min(missing) - 1 if missing else max(max(uids), passed_over)
        return FetchRound(uidvalidity, tuple(m for m in fetched if m.uid <= last), too_large, renumbered,
                          max(last, start))

    def _highest_uid(self) -> int:
        imap = self._require()
        typ, data = self._call("UID SEARCH", imap.uid, "SEARCH", "UID *")  # "*" is the highest UID
        found = [int(x) for x in (data[0] or b"").split()] if typ == "OK" and data else []
        return max(found, default=0)

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        imap = self._require()
        typ, data = self._call("UID FETCH", imap.uid, "FETCH", _uid_set(uids), "(UID RFC822.SIZE)")
        sizes = {}
        for item in data or ():
            line = item[0] if isinstance(item, tuple) else item
            if isinstance(line, bytes):
                uid, size = _UID.search(line), _SIZE.search(line)
                if uid and size:
                    sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    def _bodies(self, uidvalidity: int, uids: list[int]) -> list[FetchedMessage]:
        imap = self._require()
        typ, data = self._call("UID FETCH", imap.uid, "FETCH", _uid_set(uids), "(UID INTERNALDATE BODY.PEEK[])")
        if typ != "OK":
            raise MailError(msg("mail.imap-fetch-failed", "The server could not send the messages ({reply})",
                                reply=_reply(data)), "protocol")
        return [FetchedMessage(uidvalidity, uid, raw, moment) for uid, raw, moment in parse_fetch(data)
                if uid in uids]

    # -- changing, only when asked -----------------------------------------------------------------
    def mark_seen(self, uid: int, folder: str | None = None) -> None:
        """Flag one message as read on the server (only when the clerk chose so)."""
        imap = self._require()
        self.select(folder, readonly=False)
        typ, data = self._call("UID STORE", imap.uid, "STORE", str(uid), "+FLAGS.SILENT", r"(\Seen)")
        if typ != "OK":
            raise MailError(msg("mail.imap-store-failed", "The server could not mark the message read ({reply})",
                                reply=_reply(data)), "protocol")

    def move(self, uid: int, target: str, folder: str | None = None) -> None:
        """Move one message to another folder (MOVE, or COPY + delete of that one message with UIDPLUS)."""
        imap = self._require()
        self.select(folder, readonly=False)
        quoted = _quote(encode_folder(target))
        if "MOVE" in self.capabilities:
            typ, data = self._call("UID MOVE", imap.uid, "MOVE", str(uid), quoted)
        elif "UIDPLUS" in self.capabilities:
            typ, data = self._call("UID COPY", imap.uid, "COPY", str(uid), quoted)
            if typ == "OK":
                typ, data = self._call("UID STORE", imap.uid, "STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)")
            if typ == "OK":
                typ, data = self._call("UID EXPUNGE", imap.uid, "EXPUNGE", str(uid))
        else:
            raise MailError(msg("mail.imap-move-unsupported",
                                "The server cannot move a single message safely (no MOVE or UIDPLUS)"), "protocol")
        if typ != "OK":
            raise MailError(msg("mail.imap-move-failed", "The message could not be moved to {folder} ({reply})",
                                folder=target, reply=_reply(data)), "folder")

    def append(self, folder: str, raw: bytes, seen: bool = True, when: datetime | None = None) -> None:
        """Put a message into a folder (APPEND), e.g. a copy of a sent letter into Sent."""
        imap = self._require()
        stamp = imaplib.Time2Internaldate((when or datetime.now(timezone.utc)).timestamp())
        typ, data = self._call("APPEND", imap.append, _quote(encode_folder(folder)),
                               r"(\Seen)" if seen else None, stamp, raw)
        if typ != "OK":
            raise MailError(msg("mail.imap-append-failed", "The copy could not be put in {folder} ({reply})",
                                folder=folder, reply=_reply(data)), "folder")

    def append_sent(self, raw: bytes, when: datetime | None = None) -> str:
        """Put a copy of a sent message into the Sent folder; returns the folder's name."""
        folder = self.sent_folder()
        self.append(folder, raw, seen=True, when=when)
        return folder


def parse_fetch(data) -> list[tuple[int, bytes, datetime | None]]:
    """(uid, BODY[] bytes, INTERNALDATE) from imaplib's answer to ``UID FETCH (UID INTERNALDATE BODY.PEEK[])``.

    imaplib gives each message as a tuple (the response up to the literal, the literal) and
    then the rest of the response (``b')'``, or ``b' UID 7)'`` when a server sends the UID or
    the date after the body): the UID and the date are looked for in both."""
    items = list(data or ())
    out = []
    for index, item in enumerate(items):
        if not isinstance(item, tuple) or len(item) < 2 or not isinstance(item[1], (bytes, bytearray)):
            continue
        head = item[0] if isinstance(item[0], bytes) else b""
        tail = items[index + 1] if index + 1 < len(items) and isinstance(items[index + 1], bytes) else b""
        uid = _UID.search(head) or _UID.search(tail)
        if not uid:
            continue
        moment = None
        stamp = imaplib.Internaldate2tuple(head) or imaplib.Internaldate2tuple(tail)
        if stamp is not None:
            moment = datetime.fromtimestamp(time.mktime(stamp), tz=timezone.utc)
        out.append((int(uid.group(1)), bytes(item[1]), moment))
    return out


def _uid_set(uids: list[int]) -> str:
    """"1:3,7,9:10" for [1, 2, 3, 7, 9, 10]."""
    parts, start, prev = [], None, None
    for uid in sorted(set(uids)):
        if start is None:
            start = prev = uid
        elif uid == prev + 1:
            prev = uid
        else:
            parts.append(f"{start}:{prev}" if start != prev else str(start))
            start = prev = uid
    if start is not None:
        parts.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(parts)


def _drop(imap: imaplib.IMAP4) -> None:
    try:
        imap.shutdown()
    except (OSError, AttributeError):
        pass


def _lost(settings: ImapSettings, exc: BaseException) -> MailError:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return MailError(msg("mail.read-timeout", "The server {host} stopped answering ({what})",
                             host=settings.host, what="reading"), "timeout")
    return MailError(msg("mail.connection-lost", "The connection with {host} was lost ({reason})",
                         host=settings.host, reason=_reply(exc.args[0]) if exc.args else exc.__class__.__name__),
                     "connect")


def check_connection(settings: ImapSettings, password: str | None = None, token: str | None = None) -> ConnectionCheck:
    """Try each step (DNS, connection, TLS, login, folder, Sent folder) and say which one failed."""
    steps: list[tuple[str, bool, str]] = []
    box = ImapMailbox(settings, password=password, token=token)
    try:
        box.open_secured()
        steps.append(("connect", True, f"{settings.host}:{settings.effective_port} ({settings.security})"))
        box.login()
        steps.append(("login", True, settings.user))
        box.select(settings.folder, readonly=True)
        count = box.count()
        steps.append(("folder", True, f"{settings.folder}: {count}"))
        sent = box.sent_folder()
        names = {name for name, _ in box.folders()}
        if sent not in names:
            raise MailError(msg("mail.sent-folder-missing", "The folder {folder} for sent mail does not exist",
                                folder=sent), "folder")
        steps.append(("sent-folder", True, sent))
        return ConnectionCheck(True, None, msg("mail.imap-test-ok",
                                               "Connected to {host} as {user}: {count} message(s) in {folder}",
                                               host=settings.host, user=settings.user, count=count,
                                               folder=settings.folder), tuple(steps))
    except MailError as exc:
        steps.append((exc.kind, False, str(exc)))
        return ConnectionCheck(False, exc.kind, exc.message, tuple(steps))
    finally:
        box.close()
