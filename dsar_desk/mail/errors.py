"""The one error of the mail package: :class:`MailError`, a message for the clerk and its kind."""

from __future__ import annotations

from dsar_desk.domain.messages import Message

__all__ = ["MailError", "KINDS"]

#: What went wrong, for "test the connection" and for the caller's decision to try again:
#: ``parse`` / ``too-large`` / ``nesting`` (a message file), ``dns``, ``connect``, ``timeout``,
#: ``tls``, ``login``, ``folder``, ``protocol`` (a server said something unexpected),
#: ``refused`` (a recipient refused by the SMTP server), ``server`` (any other SMTP error),
#: ``oauth`` (getting a token), ``settings`` (the settings themselves are wrong).
KINDS = ("parse", "too-large", "nesting", "dns", "connect", "timeout", "tls", "login", "folder",
         "protocol", "refused", "server", "oauth", "settings")


class MailError(Exception):
    """A mail problem the clerk can read: ``str(error)`` is one English sentence (a Message).

    ``kind`` is one of :data:`KINDS`; ``server_reply`` keeps the server's own words where there
    were any (never a password: the clients never echo what they sent).
    """

    def __init__(self, message: Message, kind: str, server_reply: str = ""):
        if kind not in KINDS:
            raise ValueError(f"unknown mail error kind {kind!r}")
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.server_reply = server_reply

    @property
    def code(self) -> str:
        return getattr(self.message, "code", "")

    def __str__(self) -> str:
        return str(self.message)

    @property
    def retry_later(self) -> bool:
        """Whether the next round may simply try again (the network, not the settings)."""
        return self.kind in ("dns", "connect", "timeout", "protocol", "server")
