"""Letters and notices out by e-mail: :func:`build_message` and :func:`send` (stdlib ``smtplib``).

::

    message = build_message(sender="privacy@ecomarket.be", sender_name="ECOmarket - privacy",
                            to="jan.peeters@example.be", subject="Your request", reference="ECO-2026-0042",
                            body=covering_text, attachments=[("ECO-2026-0042-access.pdf", "application/pdf", pdf)])
    result = send(SmtpSettings(host="smtp.example.be", user="privacy@ecomarket.be"), message, password=pw)
    result.message_id, result.response      # "<ECO-2026-0042.…@ecomarket.be>", "250 2.0.0 Ok: queued as …"

The letter counts as sent only when :func:`send` returns: the server accepted the message
(its DATA reply is 250). A refused recipient, a refused sender or any other SMTP error raises a
:class:`~dsar_desk.mail.errors.MailError` with the server's own reason, before anything is
sent when it is a recipient (nothing is sent to the others either). ``result.raw`` is the
exact message sent, for the copy in the Sent folder (IMAP APPEND).
"""

from __future__ import annotations

import mimetypes
import re
import secrets
import smtplib
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.net import ConnectionCheck, network_error, resolve
from dsar_desk.mail.oauth import xoauth2_string
from dsar_desk.mail.tls import client_context

__all__ = ["SmtpSettings", "SendResult", "build_message", "send", "check_connection", "SECURITIES", "MAX_SEND_BYTES"]

SECURITIES = ("ssl", "starttls")
#: What most providers accept in one message (after base64, which adds a third).
MAX_SEND_BYTES = 25 * 1024 * 1024
# ASCII addresses only (no SMTPUTF8 here): a local part of RFC 5322 atom characters and dots.
_EMAIL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,}$")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    user: str
    port: int | None = None  # 465 for ssl, 587 for starttls
    security: str = "starttls"  # "ssl" (implicit TLS) or "starttls"
    auth: str = "password"  # "password" or "xoauth2"
    ca_file: str | None = None  # None = the system's trust store
    timeout: float = 60.0
    local_hostname: str | None = None  # the EHLO name; None = this computer's name

    @property
    def effective_port(self) -> int:
        return self.port or (465 if self.security == "ssl" else 587)


@dataclass(frozen=True)
class SendResult:
    message_id: str
    response: str  # the server's reply to DATA, e.g. "250 2.0.0 Ok: queued as 4F2A1"
    accepted_at: datetime  # aware, UTC
    recipients: tuple[str, ...]
    raw: bytes = field(repr=False)  # exactly what was sent (for IMAP APPEND to Sent)


def _check_address(address: str, field_name: str) -> str:
    address = (address or "").strip()
    if not _EMAIL.match(address):
        raise MailError(msg("mail.address-invalid", "The {field} address '{address}' is not an e-mail address",
                            field=field_name, address=address), "settings")
    return address


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def build_message(*, sender: str, to: str | Iterable[str], subject: str, body: str, sender_name: str = "",
                  reference: str = "", attachments: Iterable = (), cc: Iterable[str] = (),
                  reply_to: str = "", in_reply_to: str = "", references: Iterable[str] = (),
                  when: datetime | None = None, message_id: str | None = None,
                  max_bytes: int = MAX_SEND_BYTES) -> EmailMessage:
    """An outgoing message: From the privacy address, the reference in the subject, the body as
    UTF-8 text, each attachment ``(filename, mime or "", bytes)`` with its MIME type (guessed
    from the name when not given), a Message-ID of the sender's domain and the Date."""
    sender = _check_address(sender, "sender")
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise MailError(msg("mail.no-recipient", "The message has no recipient"), "settings")
    recipients = [_check_address(r, "recipient") for r in recipients]
    copies = [_check_address(r, "copy") for r in cc]
    subject = _one_line(subject)
    if reference and reference.upper() not in subject.upper():
        subject = f"{subject} [{reference}]" if subject else f"[{reference}]"
    domain = sender.rsplit("@", 1)[1].lower()
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(_one_line(sender_name), addr_spec=sender) if sender_name else sender
    message["To"] = ", ".join(recipients)
    if copies:
        message["Cc"] = ", ".join(copies)
    if reply_to:
        message["Reply-To"] = _check_address(reply_to, "reply-to")
    message["Subject"] = subject
    message["Date"] = format_datetime((when or datetime.now(timezone.utc)).astimezone())
    if message_id is None:
        # Short enough never to be folded: <ECO-2026-0042.5f3a...@ecomarket.be>; the reference
        # lets a reply find its case even without the stored Message-ID.
        idstring = re.sub(r"[^A-Za-z0-9-]", "", reference)[:40]
        message_id = f"<{idstring + '.' if idstring else ''}{secrets.token_hex(10)}@{domain}>"
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    refs = [r for r in references if r]
    if refs:
        message["References"] = " ".join(refs)
    message["MIME-Version"] = "1.0"
    message.set_content(body or "", charset="utf-8")
    total = 0
    for item in attachments:
        filename, mime, data = tuple(item)
        mime = mime or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        total += len(data)
        if total > max_bytes:
            raise MailError(msg("mail.send-too-large",
                                "The attachments are larger than {limit} MB; send them another way "
                                "(for example on a USB stick or through a download link)",
                                limit=max_bytes // 1024 // 1024), "too-large")
        if maintype == "text":
            message.add_attachment(bytes(data), maintype=maintype, subtype=subtype or "plain",
                                   filename=filename, cte="base64")
        else:
            message.add_attachment(bytes(data), maintype=maintype, subtype=subtype or "octet-stream",
                                   filename=filename)
    return message


def _smtp_reason(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"[:300]


def _open(settings: SmtpSettings) -> smtplib.SMTP:
    host, port = settings.host.strip(), settings.effective_port
    if settings.security not in SECURITIES:
        raise MailError(msg("mail.smtp-security-unknown", "SMTP security must be ssl or starttls, not {value}",
                            value=settings.security), "settings")
    if not host:
        raise MailError(msg("mail.smtp-host-missing", "The SMTP server is not set"), "settings")
    resolve(host, port)
    context = client_context(settings.ca_file)
    smtp = None
    try:
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(host, port, local_hostname=settings.local_hostname, timeout=settings.timeout,
                                    context=context)
            smtp.ehlo()
        else:
            smtp = smtplib.SMTP(host, port, local_hostname=settings.local_hostname, timeout=settings.timeout)
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise MailError(msg("mail.starttls-unsupported", "The server {host}:{port} does not offer STARTTLS",
                                    host=host, port=port), "tls")
            smtp.starttls(context=context)
            smtp.ehlo()
        return smtp
    except MailError:
        _quit(smtp)
        raise
    except smtplib.SMTPResponseException as exc:
        _quit(smtp)
        raise MailError(msg("mail.smtp-greeting", "The server {host}:{port} does not speak SMTP as expected ({reply})",
                            host=host, port=port, reply=_smtp_reason(exc)), "protocol") from None
    except smtplib.SMTPServerDisconnected:
        _quit(smtp)
        raise MailError(msg("mail.smtp-disconnected", "The server {host}:{port} closed the connection",
                            host=host, port=port), "connect") from None
    except OSError as exc:
        _quit(smtp)
        raise network_error(exc, host, port, settings.timeout) from None


def _login(smtp: smtplib.SMTP, settings: SmtpSettings, password: str | None, token: str | None) -> None:
    try:
        if settings.auth == "xoauth2":
            if not token:
                raise MailError(msg("mail.token-missing", "No access token: sign in to the mail provider first"),
                                "login")
            blob = xoauth2_string(settings.user, token).decode("ascii")
            calls = []

            def xoauth2(challenge=None):
                calls.append(challenge)
                return blob if len(calls) == 1 else ""  # answer the error challenge with an empty line

            smtp.auth("XOAUTH2", xoauth2, initial_response_ok=True)
        else:
            if password is None:
                raise MailError(msg("mail.password-missing", "No password for {user}: set it in the mail settings",
                                    user=settings.user), "login")
            smtp.login(settings.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(msg("mail.login-refused", "The server refused the login of {user} ({reply})",
                            user=settings.user, reply=_smtp_reason(exc)), "login") from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(msg("mail.smtp-auth-unsupported", "The server {host} offers no login this desk can use",
                            host=settings.host), "login") from None
    except smtplib.SMTPException as exc:
        reply = _smtp_reason(exc) if isinstance(exc, smtplib.SMTPResponseException) else exc.__class__.__name__
        raise MailError(msg("mail.login-refused", "The server refused the login of {user} ({reply})",
                            user=settings.user, reply=reply), "login") from None


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        try:
            smtp.close()
        except OSError:
            pass


def send(settings: SmtpSettings, message: EmailMessage, password: str | None = None,
         token: str | None = None) -> SendResult:
    """Send one message; returns once the server accepted it (its 250 reply to DATA)."""
    sender = message.get("Sender") or message["From"]
    sender_address = sender.addresses[0].addr_spec if hasattr(sender, "addresses") else str(sender)
    recipients = []
    for name in ("To", "Cc", "Bcc"):
        header = message.get(name)
        if header is not None:
            recipients += [a.addr_spec for a in header.addresses]
    if not recipients:
        raise MailError(msg("mail.no-recipient", "The message has no recipient"), "settings")
    bcc = message.get("Bcc")
    if bcc is not None:
        del message["Bcc"]
    raw = message.as_bytes(policy=policy.SMTP)
    smtp = _open(settings)
    try:
        _login(smtp, settings, password, token)
        code, reply = smtp.mail(sender_address)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender_address)
        for rcpt in recipients:
            code, reply = smtp.rcpt(rcpt)
            if code not in (250, 251):
                smtp.rset()
                text = reply.decode("utf-8", errors="replace") if isinstance(reply, bytes) else str(reply)
                raise MailError(msg("mail.recipient-refused", "The server refused the recipient {address} ({reply})",
                                    address=rcpt, reply=f"{code} {' '.join(text.split())}"[:300]),
                                "refused", server_reply=f"{code} {text}")
        code, reply = smtp.data(raw)
        text = reply.decode("utf-8", errors="replace") if isinstance(reply, bytes) else str(reply)
        if code != 250:
            raise MailError(msg("mail.send-refused", "The server did not accept the message ({reply})",
                                reply=f"{code} {' '.join(text.split())}"[:300]), "server", server_reply=f"{code} {text}")
        return SendResult(str(message["Message-ID"]), f"{code} {' '.join(text.split())}", datetime.now(timezone.utc),
                          tuple(recipients), raw)
    except MailError:
        raise
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(msg("mail.sender-refused", "The server refused the sender {address} ({reply})",
                            address=sender_address, reply=_smtp_reason(exc)), "refused") from None
    except smtplib.SMTPResponseException as exc:
        raise MailError(msg("mail.send-refused", "The server did not accept the message ({reply})",
                            reply=_smtp_reason(exc)), "server") from None
    except smtplib.SMTPServerDisconnected:
        raise MailError(msg("mail.smtp-lost", "The server {host} closed the connection before accepting the message",
                            host=settings.host), "connect") from None
    except (socket.timeout, TimeoutError):
        raise MailError(msg("mail.smtp-timeout", "The server {host} stopped answering before accepting the message",
                            host=settings.host), "timeout") from None
    except OSError as exc:
        raise network_error(exc, settings.host, settings.effective_port, settings.timeout) from None
    finally:
        _quit(smtp)


def check_connection(settings: SmtpSettings, password: str | None = None, token: str | None = None):
    """Connect, secure and log in, then leave; for the settings' "test the connection" button.

    Returns a :class:`~dsar_desk.mail.net.ConnectionCheck` (the same shape as IMAP's)."""
    steps = []
    smtp = None
    try:
        smtp = _open(settings)
        steps.append(("connect", True, f"{settings.host}:{settings.effective_port} ({settings.security})"))
        _login(smtp, settings, password, token)
        steps.append(("login", True, settings.user))
        return ConnectionCheck(True, None, msg("mail.smtp-test-ok", "Connected to {host} as {user}; ready to send",
                                               host=settings.host, user=settings.user), tuple(steps))
    except MailError as exc:
        steps.append((exc.kind, False, str(exc)))
        return ConnectionCheck(False, exc.kind, exc.message, tuple(steps))
    finally:
        _quit(smtp)
