"""Network failures of the mail clients, classified for the clerk: DNS, connect, timeout, TLS."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from dsar_desk.domain.messages import Message, msg
from dsar_desk.mail.errors import MailError

__all__ = ["resolve", "network_error", "ConnectionCheck"]


@dataclass(frozen=True)
class ConnectionCheck:
    """What "test the connection" found: ok, or the kind of the step that failed and why."""

    ok: bool
    failed: str | None  # the kind of the failed step (dns, connect, timeout, tls, login, folder)
    message: Message
    steps: tuple[tuple[str, bool, str], ...] = ()  # (step, passed, what was seen)


def resolve(host: str, port: int) -> None:
    """Look the server name up; a failure is a ``dns`` MailError."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise MailError(msg("mail.dns-failed", "The server name {host} cannot be found (DNS)", host=host),
                        "dns") from None


def network_error(exc: BaseException, host: str, port: int, timeout: float) -> MailError | None:
    """The MailError for a socket / TLS failure while connecting, or None when ``exc`` is not one."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(msg("mail.certificate-refused", "The certificate of {host} is not trusted ({reason})",
                             host=host, reason=exc.verify_message or exc.reason or "verification failed"), "tls")
    if isinstance(exc, ssl.SSLError):
        return MailError(msg("mail.tls-failed", "A secure (TLS) connection with {host}:{port} failed ({reason})",
                             host=host, port=port, reason=exc.reason or exc.__class__.__name__), "tls")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return MailError(msg("mail.connect-timeout", "The server {host}:{port} did not answer within {seconds} s",
                             host=host, port=port, seconds=f"{timeout:g}"), "timeout")
    if isinstance(exc, socket.gaierror):
        return MailError(msg("mail.dns-failed", "The server name {host} cannot be found (DNS)", host=host), "dns")
    if isinstance(exc, OSError):
        return MailError(msg("mail.connect-failed", "No connection with {host}:{port} ({reason})",
                             host=host, port=port, reason=exc.strerror or exc.__class__.__name__), "connect")
    return None
