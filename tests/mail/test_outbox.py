"""A letter out by e-mail through aiosmtpd, its copy in dovecot's Sent folder; an Art. 19 notice."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings
from dsar_desk.mail.outbox import Credentials, send_letter, send_notice
from dsar_desk.mail.securezip import open_annexes
from dsar_desk.mail.smtp import SmtpSettings

PDF = b"%PDF-1.4\n% the letter\n%%EOF\n"
ANNEXES = [("ECO-2026-0042-data.json", "application/json", b'{"orders": [1]}'),
           ("ECO-2026-0042-data.csv", "text/csv", b"order;total\n1;12.50\n")]


@pytest.fixture
def servers(smtp_server, dovecot, pki):
    smtp = SmtpSettings(host="127.0.0.1", port=smtp_server.port, user=smtp_server.user, ca_file=str(pki.ca_file),
                        timeout=10)
    imap = ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, user=dovecot.user, ca_file=str(pki.ca_file),
                        timeout=10)
    return smtp, Credentials(password=smtp_server.password), imap, Credentials(password=dovecot.password)


def letter(**changes):
    values = dict(sender="privacy@ecomarket.test", sender_name="ECOmarket", to="jan.peeters@example.be",
                  language="nl", letter_title="Inzage in uw persoonsgegevens", reference="ECO-2026-0042",
                  requester_name="Jan Peeters", organisation="ECOmarket", letter=("ECO-2026-0042-inzage.pdf", PDF),
                  annexes=ANNEXES)
    values.update(changes)
    return values


def sent_copies(imap, credentials):
    with ImapMailbox(imap, password=credentials.password) as box:
        return [m.raw for m in box.fetch_new(None, 0, folder="Sent").messages]


def test_a_letter_goes_out_and_its_copy_goes_to_sent(servers, smtp_server):
    smtp, smtp_credentials, imap, imap_credentials = servers
    delivery = send_letter(smtp, smtp_credentials, imap=imap, imap_credentials=imap_credentials, **letter())
    assert delivery.response.startswith("250 ") and delivery.sent_folder == "Sent" and delivery.copy_problem is None
    assert delivery.attachments == ("ECO-2026-0042-inzage.pdf", "ECO-2026-0042-data.json", "ECO-2026-0042-data.csv")
    (got,) = smtp_server.received
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    assert back["Message-ID"] == delivery.message_id
    assert "In bijlage vindt u onze brief \"Inzage in uw persoonsgegevens\"" in back.get_body(("plain",)).get_content()
    assert sent_copies(imap, imap_credentials) == [delivery.raw]


def test_annexes_in_an_encrypted_zip_and_the_clerks_own_text(servers, smtp_server):
    smtp, smtp_credentials, imap, imap_credentials = servers
    delivery = send_letter(smtp, smtp_credentials, encrypt=True, password_channel="phone",
                           body="Beste Jan,\n\nHier is ons antwoord.\n", **letter())
    assert delivery.zip_name == "ECO-2026-0042-annexes.zip" and delivery.zip_password
    assert delivery.zip_password not in repr(delivery) and delivery.sent_folder is None
    (got,) = smtp_server.received
    assert delivery.zip_password.encode() not in got.data
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    assert back.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Beste Jan,\n\nHier is ons antwoord.\n"
    parts = {p.get_filename(): p.get_payload(decode=True) for p in back.iter_attachments()}
    assert list(parts) == ["ECO-2026-0042-inzage.pdf", "ECO-2026-0042-annexes.zip"]
    assert open_annexes(parts["ECO-2026-0042-annexes.zip"], delivery.zip_password) == {
        name: data for name, _, data in ANNEXES}


def test_a_failed_copy_does_not_unsend_the_letter(servers, smtp_server):
    smtp, smtp_credentials, imap, _ = servers
    delivery = send_letter(smtp, smtp_credentials, imap=imap, imap_credentials=Credentials(password="wrong"),
                           **letter())
    assert len(smtp_server.received) == 1 and delivery.message_id
    assert delivery.sent_folder is None and delivery.copy_problem.kind == "login"


def test_a_refused_letter_is_not_sent_and_not_copied(servers, smtp_server):
    smtp, smtp_credentials, imap, imap_credentials = servers
    smtp_server.refuse.add("jan.peeters@example.be")
    with pytest.raises(MailError) as caught:
        send_letter(smtp, smtp_credentials, imap=imap, imap_credentials=imap_credentials, **letter())
    assert caught.value.kind == "refused" and "User unknown" in str(caught.value)
    assert smtp_server.received == [] and sent_copies(imap, imap_credentials) == []


def test_an_article_19_notice(servers, smtp_server):
    smtp, smtp_credentials, imap, imap_credentials = servers
    delivery = send_notice(smtp, smtp_credentials, sender="privacy@ecomarket.test", sender_name="ECOmarket",
                           to="privacy@bpost.example", language="fr", action="erasure", reference="ECO-2026-0042",
                           organisation="ECOmarket", recipient="bpost", requester_name="Jan Peeters",
                           requester_email="jan.peeters@example.be", imap=imap, imap_credentials=imap_credentials)
    back = smtp_server.received[0].message
    assert smtp_server.received[0].rcpt_tos == ["privacy@bpost.example"]
    assert str(back["Subject"]).startswith("Notification au titre de l'article 19 du RGPD : effacement")
    assert delivery.sent_folder == "Sent" and delivery.attachments == ()
    assert repr(Credentials(password="secret")) == "Credentials(***)"
