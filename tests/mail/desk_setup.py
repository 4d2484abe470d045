"""Mail settings of a sample organisation pointing at the test servers, and messages for them."""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from dsar_desk.desk import mail as desk_mail
from dsar_desk.mail.account import MailAccount

CLERK = "Anna Clerk"


def configure(slug: str, pki, dovecot=None, smtp=None, **changes) -> MailAccount:
    """The organisation's account on the test servers, the passwords in the (test) keyring."""
    values = dict(privacy_address="privacy@ecomarket.test", sender_name="ECOmarket privacy", ca_file=str(pki.ca_file))
    if dovecot is not None:
        values.update(imap_host="127.0.0.1", imap_port=dovecot.imaps_port, imap_security="tls", imap_user=dovecot.user)
    if smtp is not None:
        values.update(smtp_host="127.0.0.1", smtp_port=smtp.port,
                      smtp_security="starttls" if smtp.mode == "starttls" else "ssl", smtp_user=smtp.user)
    values.update(changes)
    account = desk_mail.save_account(slug, MailAccount(**values), CLERK)
    if dovecot is not None:
        desk_mail.set_password(slug, "imap", dovecot.password)
    if smtp is not None:
        desk_mail.set_password(slug, "smtp", smtp.password)
    return account


def email(*, subject: str, body: str, sender: str = "Jan Peeters <jan.peeters@example.be>",
          message_id: str = "", in_reply_to: str = "", when: datetime | None = None,
          attachments: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "ECOmarket privacy <privacy@ecomarket.test>"
    m["Subject"] = subject
    m["Date"] = format_datetime(when or datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc))
    if message_id:
        m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    m.set_content(body)
    for name, mime, data in attachments:
        main, _, sub = mime.partition("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes()
