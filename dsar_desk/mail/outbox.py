"""A letter or a notice out by e-mail, with its copy in the Sent folder: what the desk records.

:func:`send_letter` builds the e-mail (covering text in the letter's language, or the clerk's
edited text; the letter PDF; the annexes, attached or in an AES-256 ZIP), sends it through the
organisation's SMTP server and, once the server accepted it, puts a copy in the mailbox's Sent
folder (IMAP APPEND). :func:`send_notice` does the same for an Art. 19 notice to a recipient.

The order matters for the case: a :class:`Delivery` exists only when the SMTP server accepted
the message, so the desk marks the letter sent (time, Message-ID) only then. A failing copy to
Sent does not unsend it: ``Delivery.copy_problem`` says why, for a banner. A failure to send
raises :class:`~dsar_desk.mail.errors.MailError` with the server's reason, and nothing is
copied. ``Delivery.zip_password`` is for the clerk's eyes (to give by phone, SMS or post): the
desk records "password given by phone", never the password.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from dsar_desk.mail.covering import covering_text, recipient_notice
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings
from dsar_desk.mail.securezip import encrypt_annexes
from dsar_desk.mail.smtp import SmtpSettings, build_message, send

__all__ = ["Delivery", "send_letter", "send_notice", "Credentials"]


@dataclass(frozen=True)
class Credentials:
    """The secret for one server, from the keyring: a password, or an OAuth2 access token."""

    password: str | None = None
    token: str | None = None

    def __repr__(self) -> str:
        return "Credentials(***)"


@dataclass(frozen=True)
class Delivery:
    message_id: str
    response: str  # the SMTP server's acceptance, e.g. "250 2.0.0 Ok: queued as 4F2A1"
    accepted_at: datetime  # aware, UTC
    recipients: tuple[str, ...]
    attachments: tuple[str, ...]  # the file names sent
    sent_folder: str | None = None  # where the copy went; None when no copy was made
    copy_problem: MailError | None = None  # why the copy to Sent failed (the message is sent all the same)
    zip_name: str | None = None
    zip_password: str | None = field(default=None, repr=False)  # show it to the clerk; never store it
    raw: bytes = field(default=b"", repr=False)


def _copy_to_sent(imap: ImapSettings | None, credentials: Credentials | None, raw: bytes,
                  when: datetime) -> tuple[str | None, MailError | None]:
    if imap is None:
        return None, None
    credentials = credentials or Credentials()
    try:
        with ImapMailbox(imap, password=credentials.password, token=credentials.token) as box:
            return box.append_sent(raw, when=when), None
    except MailError as exc:
        return None, exc


def _deliver(smtp: SmtpSettings, smtp_credentials: Credentials, message, attachments: tuple[str, ...],
             imap: ImapSettings | None, imap_credentials: Credentials | None,
             zip_name: str | None = None, zip_password: str | None = None) -> Delivery:
    result = send(smtp, message, password=smtp_credentials.password, token=smtp_credentials.token)
    folder, problem = _copy_to_sent(imap, imap_credentials, result.raw, result.accepted_at)
    return Delivery(result.message_id, result.response, result.accepted_at, result.recipients, attachments,
                    folder, problem, zip_name, zip_password, result.raw)


def send_letter(smtp: SmtpSettings, smtp_credentials: Credentials, *, sender: str, sender_name: str, to: str,
                language: str, letter_title: str, reference: str, requester_name: str, organisation: str,
                letter: tuple[str, bytes], annexes: Iterable[tuple[str, str, bytes]] = (),
                encrypt: bool = False, password_channel: str = "", body: str | None = None,
                in_reply_to: str = "", references: Iterable[str] = (),
                imap: ImapSettings | None = None, imap_credentials: Credentials | None = None) -> Delivery:
    """Send a letter (``letter`` = (file name, PDF bytes)) and its annexes to the requester.

    ``encrypt`` puts the annexes in ``<reference>-annexes.zip`` (AES-256) with a new password,
    returned in ``Delivery.zip_password``; ``password_channel`` (phone, sms, post) is said in the
    covering text. ``body`` is the clerk's edited covering text (else the standard one)."""
    annexes = [tuple(a) for a in annexes]
    attachments = [(letter[0], "application/pdf", letter[1])]
    zip_name = zip_password = None
    names = [a[0] for a in annexes]
    if encrypt and annexes:
        secure = encrypt_annexes(annexes)
        zip_name, zip_password = f"{reference}-annexes.zip", secure.password
        attachments.append((zip_name, "application/zip", secure.data))
    else:
        attachments += annexes
    text = covering_text(language, letter_title=letter_title, reference=reference, requester_name=requester_name,
                         organisation=organisation, annexes=names, zip_name=zip_name or "",
                         password_channel=password_channel)
    message = build_message(sender=sender, sender_name=sender_name, to=to, subject=text.subject,
                            body=text.body if body is None else body, reference=reference, attachments=attachments,
                            in_reply_to=in_reply_to, references=references)
    return _deliver(smtp, smtp_credentials, message, tuple(a[0] for a in attachments), imap, imap_credentials,
                    zip_name, zip_password)


def send_notice(smtp: SmtpSettings, smtp_credentials: Credentials, *, sender: str, sender_name: str, to: str,
                language: str, action: str, reference: str, organisation: str, recipient: str,
                requester_name: str, requester_email: str = "", corrections: Iterable[tuple[str, str]] = (),
                imap: ImapSettings | None = None, imap_credentials: Credentials | None = None) -> Delivery:
    """Send the Art. 19 notice to one recipient's contact address (``to``), in ``language``
    (the organisation's default language)."""
    text = recipient_notice(language, action=action, reference=reference, organisation=organisation,
                            recipient=recipient, requester_name=requester_name, requester_email=requester_email,
                            corrections=tuple(corrections))
    message = build_message(sender=sender, sender_name=sender_name, to=to, subject=text.subject, body=text.body,
                            reference=reference)
    return _deliver(smtp, smtp_credentials, message, (), imap, imap_credentials)
