"""The TLS context of the mail clients: the system's trust store, or a CA file given."""

from __future__ import annotations

import ssl
from pathlib import Path

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError

__all__ = ["client_context"]


def client_context(ca_file: str | Path | None = None) -> ssl.SSLContext:
    """A verifying client context (TLS 1.2 or newer, host name checked).

    Without ``ca_file`` it trusts what the system trusts (``ssl.create_default_context``); with
    one (an organisation's own CA, the tests' CA) it trusts that file only.
    """
    try:
        context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(msg("mail.ca-file-unreadable", "The CA certificate file {path} cannot be read ({reason})",
                            path=str(ca_file), reason=exc.strerror or exc.__class__.__name__), "settings") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context
