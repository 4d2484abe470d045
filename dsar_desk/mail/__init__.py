"""E-mail in and out: parsing received messages, proposals for the intake, IMAP, SMTP, XOAUTH2,
encrypted ZIP annexes. Plain Python over the stdlib ``email``, ``imaplib`` and ``smtplib``; no
database, no Qt. Every problem for the clerk is a :class:`~dsar_desk.mail.errors.MailError`."""

from dsar_desk.mail.errors import MailError

__all__ = ["MailError"]
