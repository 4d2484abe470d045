"""A received e-mail, from an ``.eml`` file, an IMAP fetch or an Outlook ``.msg``: :class:`IncomingMessage`.

* :func:`parse_eml` reads RFC 5322 bytes (what IMAP returns, what a mail program saves as .eml)
  with the stdlib ``email`` package: encoded-word headers, quoted-printable
  and base64 bodies, any charset Python knows (an unknown one is read as UTF-8 with
  replacement characters rather than refused).
* :func:`parse_msg` reads an Outlook ``.msg`` (OLE compound file) with ``extract-msg``.
* :func:`parse_message_file` chooses by content (an OLE file starts with D0 CF 11 E0).

The text is the plain-text body; a message with only an HTML body gets that HTML as readable
text (:func:`dsar_desk.mail.htmltext.html_to_text`). Attachments are every part that is not the
body (forwarded messages as ``.eml``), with their bytes decoded.

Bounds, so that a hostile or broken file cannot eat the desk: at most :data:`MAX_BYTES`
(50 MiB, more than the 25-35 MB that mail providers accept), at most :data:`MAX_DEPTH`
(16) levels of nested multiparts / forwarded messages, at most :data:`MAX_PARTS` (1,000)
parts. Past a bound, or when the bytes are not a mail message at all (no header, no sender),
a :class:`~dsar_desk.mail.errors.MailError` says so; no other exception escapes for bad input.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from email import policy
from email.errors import HeaderParseError, MessageError
from email.header import decode_header
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from dsar_desk.domain.deadlines import DeadlineError, receipt_date
from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.htmltext import html_to_text

__all__ = ["IncomingMessage", "Attachment", "parse_eml", "parse_msg", "parse_message_file", "parse_addresses",
           "received_date", "MAX_BYTES", "MAX_DEPTH", "MAX_PARTS", "OLE_MAGIC"]

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 16
MAX_PARTS = 1000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_ID = re.compile(r"<[^<>\s]+>")
_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+:", re.MULTILINE)
_FILENAME_BAD = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass(frozen=True)
class Attachment:
    filename: str
    mime: str
    data: bytes = field(repr=False)

    def __iter__(self):  # (filename, mime, bytes), as a tuple would
        return iter((self.filename, self.mime, self.data))


@dataclass(frozen=True)
class IncomingMessage:
    message_id: str  # "<...>" or "" when the message has none
    in_reply_to: str  # "<...>" or ""
    references: tuple[str, ...]  # "<...>", oldest first
    from_name: str
    from_email: str
    reply_to: str  # the first Reply-To address, or ""
    date: datetime | None  # the Date header, aware (UTC when the header gave no zone); None when unreadable
    subject: str
    text: str  # the plain text of the body (HTML turned to text)
    attachments: tuple[Attachment, ...] = ()
    raw: bytes = field(default=b"", repr=False)  # the file as received (.eml or .msg bytes)
    to: tuple[str, ...] = ()  # the To/Cc addresses (which of our mailboxes it reached)
    html: bool = False  # whether the text came from an HTML body
    kind: str = "eml"  # "eml" or "msg"

    @property
    def reply_address(self) -> str:
        """Where an answer goes: Reply-To over From."""
        return self.reply_to or self.from_email

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this message answers (In-Reply-To first, then References, newest first)."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids += [r for r in reversed(self.references) if r not in ids]
        return tuple(ids)


# -- helpers -------------------------------------------------------------------------------------

def _too_large(size: int) -> MailError:
    return MailError(msg("mail.too-large", "The message is {size} MB; messages over {limit} MB are not read",
                         size=round(size / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024), "too-large")


def _not_a_message(reason) -> MailError:
    return MailError(msg("mail.not-a-message", "This file is not an e-mail message that can be read: {reason}",
                         reason=reason), "parse")


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _ids(value: object) -> list[str]:
    return _MSG_ID.findall(str(value or ""))


def _first_id(value: object) -> str:
    found = _ids(value)
    if found:
        return found[0]
    text = _one_line(value)
    return f"<{text}>" if text and " " not in text and "@" in text else ""


def _decoded(value) -> str:
    """A header value as text: RFC 2047 encoded words decoded, raw 8-bit bytes read as UTF-8."""
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value:
        return value
    try:
        parts = decode_header(value)
    except (HeaderParseError, ValueError, TypeError, AssertionError, LookupError):
        return str(value)
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            charset = charset if charset and charset != "unknown-8bit" else "utf-8"
            try:
                out.append(chunk.decode(charset, errors="replace"))
            except LookupError:
                out.append(chunk.decode("utf-8", errors="replace"))
        else:
            out.append(chunk)
    return "".join(out)


def _raw_header(message, name: str) -> str:
    """A header as it stands (encoded words still encoded), never raising for a malformed one."""
    try:
        value = message.get(name)
    except (HeaderParseError, MessageError, ValueError, IndexError, TypeError, AttributeError):
        return ""
    if value is None:
        return ""
    if not isinstance(value, str):  # email.header.Header: the header had raw 8-bit bytes
        return _decoded(value)
    return value


def _header(message, name: str) -> str:
    return _decoded(_raw_header(message, name))


_ANGLE = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
_BARE = re.compile(r"[^\s<>,;:\"()\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+")


def parse_addresses(raw: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header value, each address once.

    ``email.utils.getaddresses`` first, in its lenient mode where the Python has the strict one
    (CVE-2023-27043 backports refuse ``jan@example.be <jan@example.be>``, which mail programs
    do write); then, for what it still cannot read, the addresses in angle brackets or bare."""
    try:
        pairs = getaddresses([raw], strict=False)
    except TypeError:  # a Python without the strict parameter is lenient anyway
        pairs = getaddresses([raw])
    except (ValueError, IndexError):
        pairs = []
    found = [(n.strip(), a.strip()) for n, a in pairs if "@" in a and " " not in a.strip() and "<" not in a]
    if not found:
        for chunk in re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", raw):
            angle = _ANGLE.search(chunk)
            if angle:
                found.append((chunk[:angle.start()].strip().strip('"').strip(), angle.group(1)))
            else:
                found += [("", a) for a in _BARE.findall(chunk)]
    unique: dict[str, tuple[str, str]] = {}
    for name, address in found:
        key = address.lower()
        if key not in unique or (name and not unique[key][0]):
            unique[key] = (name, address)
    return list(unique.values())


def _addresses(message, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header, lenient with broken ones.

    The header is split into addresses before the encoded words are decoded, so that a
    decoded display name with a comma ("Dupont, Élodie") stays one name."""
    raw = _raw_header(message, name)
    if not raw:
        return []
    return [(_one_line(_decoded(n)), a) for n, a in parse_addresses(raw)]


def _date(message) -> datetime | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is not None and moment.tzinfo is None:  # "-0000": zone unknown, the time is UTC (RFC 5322 3.3)
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def _safe_filename(name: str, mime: str, number: int) -> str:
    name = _FILENAME_BAD.sub("_", _one_line(name).rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip(" ._")
    if not name:
        ext = mimetypes.guess_extension(mime or "") or ".bin"
        name = f"attachment-{number}{ext}"
    if len(name) > 150:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:140] + dot + ext[:9]) if dot and len(ext) <= 9 else name[:150]
    return name


def _decode_text(part) -> str:
    """A text part as str: its transfer encoding undone, its charset decoded (an unknown or
    missing charset: UTF-8 if the bytes are UTF-8, else Windows-1252, the usual culprit)."""
    payload = _part_bytes(part)
    charset = (part.get_content_charset() or "").strip()
    if charset and charset not in ("us-ascii", "ascii", "unknown-8bit"):
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def _part_bytes(part) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        payload = None
    if payload is None:
        inner = part.get_payload()
        if isinstance(inner, str):
            return inner.encode("utf-8", errors="replace")
        return b""
    return payload


class _Walk:
    def __init__(self):
        self.parts = 0
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []

    def visit(self, part, depth: int) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise MailError(msg("mail.too-many-parts", "The message has more than {limit} parts; it is not read",
                                limit=MAX_PARTS), "nesting")
        if depth > MAX_DEPTH:
            raise MailError(msg("mail.too-deep", "The message nests parts more than {limit} levels deep; it is not read",
                                limit=MAX_DEPTH), "nesting")
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            data = inner.as_bytes(policy=policy.SMTP) if hasattr(inner, "as_bytes") else _part_bytes(part)
            subject = _header(inner, "Subject") if hasattr(inner, "get") else ""
            try:
                name = _decoded(part.get_filename())
            except (HeaderParseError, ValueError, TypeError, AttributeError, LookupError):
                name = ""
            name = name or (subject + ".eml" if subject else "")
            self._attach(name, "message/rfc822", data)
            if hasattr(inner, "walk"):  # count its parts and depth too
                probe = _Walk()
                probe.parts = self.parts
                probe.visit(inner, depth + 1)
                self.parts = probe.parts
            return
        if part.is_multipart():
            for sub in part.get_payload():
                self.visit(sub, depth + 1)
            return
        disposition = (part.get_content_disposition() or "").lower()
        try:
            filename = _decoded(part.get_filename())  # RFC 2231, and RFC 2047 as some clients write it
        except (HeaderParseError, ValueError, TypeError, AttributeError, LookupError):
            filename = ""
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            (self.plain if ctype == "text/plain" else self.html).append(_decode_text(part))
            return
        self._attach(filename or "", ctype, _part_bytes(part))

    def _attach(self, name: str, mime: str, data: bytes) -> None:
        self.attachments.append(Attachment(_safe_filename(name, mime, len(self.attachments) + 1), mime, data))


def _body_text(plain: list[str], html: list[str]) -> tuple[str, bool]:
    text = "\n\n".join(t.strip("\r\n") for t in plain if t.strip())
    if text.strip():
        return _normalise(text), False
    if any(h.strip() for h in html):
        return _normalise(html_to_text("\n".join(html))), True
    return "", False


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()


# -- .eml ----------------------------------------------------------------------------------------

def parse_eml(raw: bytes) -> IncomingMessage:
    """An RFC 5322 message (an ``.eml`` file, an IMAP ``BODY[]``) as an :class:`IncomingMessage`."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError("parse_eml takes bytes")
    raw = bytes(raw)
    if len(raw) > MAX_BYTES:
        raise _too_large(len(raw))
    if not raw.strip():
        raise _not_a_message(msg("mail.empty", "the file is empty"))
    original = raw
    if raw.startswith(b"From "):  # an mbox separator line ("From sender date") before the headers
        raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    head = raw[:64 * 1024].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    if b"\x00" in head or not _HEADER_LINE.match(head.lstrip()):
        raise _not_a_message(msg("mail.no-header", "it does not start with mail headers"))
    try:
        # compat32: the structure and the raw headers, fast; the headers used are decoded here
        # (policy.default would build a parsed header object at every access, 3/4 of the time)
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
        walk = _Walk()
        walk.visit(message, 0)
    except MailError:
        raise
    except RecursionError:
        raise MailError(msg("mail.too-deep", "The message nests parts more than {limit} levels deep; it is not read",
                            limit=MAX_DEPTH), "nesting") from None
    except Exception as exc:  # the email package's many ways to fail on broken input
        raise _not_a_message(msg("mail.unreadable-structure", "its structure cannot be read ({what})",
                                 what=exc.__class__.__name__)) from None
    senders = _addresses(message, "From") or _addresses(message, "Sender")
    if not senders:
        raise _not_a_message(msg("mail.no-sender", "it has no sender address (From)"))
    from_name, from_email = senders[0]
    reply = _addresses(message, "Reply-To")
    to = tuple(a for _, a in _addresses(message, "To") + _addresses(message, "Cc"))
    text, from_html = _body_text(walk.plain, walk.html)
    return IncomingMessage(
        message_id=_first_id(_header(message, "Message-ID")),
        in_reply_to=_first_id(_header(message, "In-Reply-To")),
        references=tuple(_ids(_header(message, "References"))),
        from_name=from_name, from_email=from_email.lower() if from_email.isascii() else from_email,
        reply_to=reply[0][1] if reply else "",
        date=_date(message), subject=_one_line(_header(message, "Subject")), text=text,
        attachments=tuple(walk.attachments), raw=original, to=to, html=from_html, kind="eml")


# -- .msg ----------------------------------------------------------------------------------------

def parse_msg(raw: bytes) -> IncomingMessage:
    """An Outlook ``.msg`` file (bytes) as an :class:`IncomingMessage` (with ``extract-msg``)."""
    raw = bytes(raw)
    if len(raw) > MAX_BYTES:
        raise _too_large(len(raw))
    if not raw.startswith(OLE_MAGIC):
        raise _not_a_message(msg("mail.not-outlook", "it is not an Outlook .msg file"))
    import logging

    import extract_msg
    from extract_msg.enums import ErrorBehavior

    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it logs subjects and names at INFO
    try:
        outlook = extract_msg.openMsg(raw, errorBehavior=ErrorBehavior.SUPPRESS_ALL, delayAttachments=False)
    except Exception as exc:
        raise _not_a_message(msg("mail.outlook-unreadable", "the Outlook file cannot be read ({what})",
                                 what=exc.__class__.__name__)) from None
    try:
        return _from_outlook(outlook, raw)
    except MailError:
        raise
    except Exception as exc:
        raise _not_a_message(msg("mail.outlook-unreadable", "the Outlook file cannot be read ({what})",
                                 what=exc.__class__.__name__)) from None
    finally:
        try:
            outlook.close()
        except Exception:
            pass


def _text(outlook, name: str) -> str:
    """A string property of an Outlook message, without stray NUL terminators some writers leave."""
    value = getattr(outlook, name, None)
    return value.replace("\x00", "") if isinstance(value, str) else ""


def _from_outlook(outlook, raw: bytes) -> IncomingMessage:
    header = getattr(outlook, "header", None)
    get = (lambda name: _header(header, name)) if header is not None else (lambda name: "")
    sender = _text(outlook, "sender") or get("From")
    pairs = parse_addresses(_decoded(sender or ""))
    if not pairs:
        raise _not_a_message(msg("mail.no-sender", "it has no sender address (From)"))
    from_name, from_email = pairs[0]
    reply = [a for _, a in parse_addresses(get("Reply-To"))]
    to = tuple(a for _, a in parse_addresses(", ".join(v for v in (_text(outlook, "to"), _text(outlook, "cc")) if v)))
    moment = getattr(outlook, "date", None)
    if not isinstance(moment, datetime):
        moment = None
        raw_date = get("Date")
        if raw_date:
            try:
                moment = parsedate_to_datetime(raw_date)
            except (TypeError, ValueError, IndexError):
                moment = None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    plain = _text(outlook, "body")
    html_body = b""
    if not plain.strip():
        html_body = getattr(outlook, "htmlBody", None) or b""
    html = [html_body.decode("utf-8", errors="replace")] if isinstance(html_body, bytes) and html_body else []
    text, from_html = _body_text([plain] if plain else [], html)
    attachments = []
    for number, att in enumerate(getattr(outlook, "attachments", None) or (), start=1):
        data = getattr(att, "data", None)
        name = _text(att, "longFilename") or _text(att, "shortFilename") or _text(att, "name")
        mime = _text(att, "mimetype") or mimetypes.guess_type(name or "")[0] or "application/octet-stream"
        if hasattr(data, "exportBytes"):  # an attached Outlook message
            data, mime = data.exportBytes(), "application/vnd.ms-outlook"
            name = name or "message.msg"
        if not isinstance(data, bytes):
            continue
        attachments.append(Attachment(_safe_filename(name or "", mime, number), mime, data))
    message_id = _first_id(_text(outlook, "messageId") or get("Message-ID"))
    in_reply_to = _first_id(_text(outlook, "inReplyTo") or get("In-Reply-To"))
    return IncomingMessage(
        message_id=message_id, in_reply_to=in_reply_to, references=tuple(_ids(get("References"))),
        from_name=_one_line(from_name), from_email=from_email.strip().lower(),
        reply_to=reply[0] if reply else "", date=moment, subject=_one_line(_text(outlook, "subject")),
        text=text, attachments=tuple(attachments), raw=raw, to=to, html=from_html, kind="msg")


def parse_message_file(raw: bytes, filename: str = "") -> IncomingMessage:
    """An ``.eml`` or ``.msg`` file, told apart by its first bytes (the name is only a hint)."""
    raw = bytes(raw)
    if raw.startswith(OLE_MAGIC) or filename.lower().endswith(".msg"):
        return parse_msg(raw)
    return parse_eml(raw)


# -- dates ---------------------------------------------------------------------------------------

def received_date(message: IncomingMessage, tz: tzinfo | str, fallback: datetime | None = None) -> date:
    """The date the message was received, in the organisation's time zone (``Europe/Brussels``).

    The Date header is the sender's clock; ``fallback`` (an IMAP INTERNALDATE, a file time) is
    used when the message has no readable Date. The clerk may correct the result.
    """
    moment = message.date or fallback
    if moment is None:
        raise MailError(msg("mail.no-date", "The message has no readable date; enter the date received"), "parse")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return receipt_date(moment, tz)
    except DeadlineError as exc:
        raise MailError(msg("mail.bad-time-zone", "{reason}", reason=str(exc)), "settings") from None
