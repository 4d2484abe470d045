"""Sending letters through a real SMTP server (aiosmtpd, STARTTLS and implicit TLS, from the test CA)."""

from __future__ import annotations

import io
import json
import logging
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.smtp import SmtpSettings, build_message, check_connection, send


def letter_pdf(text: str = "Antwoord op uw verzoek ECO-2026-0042") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buffer.getvalue()


def settings_for(server, pki, **changes) -> SmtpSettings:
    values = dict(host="127.0.0.1", port=server.port, security=server.mode, user=server.user,
                  ca_file=str(pki.ca_file), timeout=10)
    values.update(changes)
    return SmtpSettings(**values)


def a_letter(**changes):
    values = dict(sender="privacy@ecomarket.test", sender_name="ECOmarket – privacy", to="jan.peeters@example.be",
                  subject="Antwoord op uw verzoek", reference="ECO-2026-0042",
                  body="Geachte heer Peeters,\n\nIn bijlage vindt u ons antwoord.\n\nMet vriendelijke groet,\nECOmarket",
                  attachments=[("ECO-2026-0042-inzage.pdf", "application/pdf", letter_pdf()),
                               ("gegevens.json", "", json.dumps({"naam": "Jan Peeters"}).encode()),
                               ("gegevens.csv", "", "naam;e-mail\nJan Peeters;jan.peeters@example.be\n".encode())])
    values.update(changes)
    return build_message(**values)


def test_a_letter_is_sent_and_read_back_from_the_server(smtp_server, pki):
    message = a_letter()
    result = send(settings_for(smtp_server, pki), message, password=smtp_server.password)
    assert result.response.startswith("250 2.0.0 Ok: queued as TEST")
    assert result.recipients == ("jan.peeters@example.be",)
    (got,) = smtp_server.received
    assert got.mail_from == "privacy@ecomarket.test" and got.rcpt_tos == ["jan.peeters@example.be"]
    assert got.login == smtp_server.user
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    # headers
    assert back["Message-ID"] == result.message_id
    assert result.message_id.startswith("<ECO-2026-0042.") and result.message_id.endswith("@ecomarket.test>")
    assert back["From"].addresses[0].display_name == "ECOmarket – privacy"
    assert back["From"].addresses[0].addr_spec == "privacy@ecomarket.test"
    assert back["To"] == "jan.peeters@example.be"
    assert back["Subject"] == "Antwoord op uw verzoek [ECO-2026-0042]"
    sent_at = parsedate_to_datetime(back["Date"])
    assert abs((sent_at - datetime.now(timezone.utc)).total_seconds()) < 60
    # body and attachments, byte-identical, with their MIME types
    text = back.get_body(("plain",)).get_content().replace("\r\n", "\n")  # mail travels with CRLF
    assert text.startswith("Geachte heer Peeters,\n\nIn bijlage vindt u ons antwoord.")
    parts = {p.get_filename(): p for p in back.iter_attachments()}
    assert [p.get_content_type() for p in parts.values()] == ["application/pdf", "application/json", "text/csv"]
    pdf = parts["ECO-2026-0042-inzage.pdf"].get_payload(decode=True)
    assert pdf == message.get_payload()[1].get_payload(decode=True)
    assert "ECO-2026-0042" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert json.loads(parts["gegevens.json"].get_payload(decode=True)) == {"naam": "Jan Peeters"}
    assert parts["gegevens.csv"].get_payload(decode=True) == "naam;e-mail\nJan Peeters;jan.peeters@example.be\n".encode()
    # what was sent is what result.raw holds (for the copy in Sent)
    assert BytesParser(policy=policy.default).parsebytes(result.raw)["Message-ID"] == result.message_id


def test_implicit_tls(smtps_server, pki):
    result = send(settings_for(smtps_server, pki), a_letter(attachments=()), password=smtps_server.password)
    assert result.response.startswith("250 ") and len(smtps_server.received) == 1


def test_the_reference_is_not_repeated_and_threads_are_kept(smtp_server, pki):
    message = a_letter(subject="Re: Uw verzoek ECO-2026-0042", in_reply_to="<CAF1nl.reply.20260313@mail.example.be>",
                       references=["<CAF1nl.20260302233000.77@mail.example.be>",
                                   "<CAF1nl.reply.20260313@mail.example.be>"], attachments=())
    send(settings_for(smtp_server, pki), message, password=smtp_server.password)
    back = smtp_server.received[0].message
    assert back["Subject"] == "Re: Uw verzoek ECO-2026-0042"
    assert back["In-Reply-To"] == "<CAF1nl.reply.20260313@mail.example.be>"
    assert "<CAF1nl.20260302233000.77@mail.example.be>" in back["References"]


def test_a_refused_recipient_sends_nothing_and_says_why(smtp_server, pki):
    smtp_server.refuse.add("gone@example.be")
    message = a_letter(to=["jan.peeters@example.be", "gone@example.be"])
    with pytest.raises(MailError) as caught:
        send(settings_for(smtp_server, pki), message, password=smtp_server.password)
    assert caught.value.kind == "refused"
    assert str(caught.value) == ("The server refused the recipient gone@example.be "
                                 "(550 5.1.1 <gone@example.be>: Recipient address rejected: User unknown)")
    assert smtp_server.received == []


def test_a_server_error_on_data_is_not_a_sent_letter(smtp_server, pki):
    smtp_server.fail_data = "554 5.7.1 Message rejected: looks like spam"
    with pytest.raises(MailError) as caught:
        send(settings_for(smtp_server, pki), a_letter(), password=smtp_server.password)
    assert caught.value.kind == "server"
    assert str(caught.value) == "The server did not accept the message (554 5.7.1 Message rejected: looks like spam)"


def test_wrong_password_is_a_login_error_without_the_password(smtp_server, pki, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(MailError) as caught:
        send(settings_for(smtp_server, pki), a_letter(), password="Wr0ng-smtp-phrase")
    assert caught.value.kind == "login"
    assert str(caught.value).startswith(f"The server refused the login of {smtp_server.user} (535")
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert "Wr0ng-smtp-phrase" not in text
    assert smtp_server.received == []


def test_untrusted_certificate(smtp_server, smtps_server, pki):
    for server in (smtp_server, smtps_server):
        with pytest.raises(MailError) as caught:
            send(settings_for(server, pki, ca_file=str(pki.other_ca_file)), a_letter(), password=server.password)
        assert caught.value.kind == "tls" and "is not trusted" in str(caught.value)


def test_addresses_and_size_are_checked_before_connecting():
    with pytest.raises(MailError) as caught:
        a_letter(to="jan.peeters at example.be")
    assert str(caught.value) == "The recipient address 'jan.peeters at example.be' is not an e-mail address"
    with pytest.raises(MailError) as caught:
        a_letter(attachments=[("big.pdf", "application/pdf", b"x" * 2048)], max_bytes=1024)
    assert caught.value.kind == "too-large"
    with pytest.raises(MailError) as caught:
        a_letter(sender="privacy")
    assert caught.value.kind == "settings"


def test_a_subject_cannot_inject_headers(smtp_server, pki):
    message = a_letter(subject="Hello\r\nBcc: victim@example.be", attachments=())
    send(settings_for(smtp_server, pki), message, password=smtp_server.password)
    (got,) = smtp_server.received
    assert got.rcpt_tos == ["jan.peeters@example.be"]
    assert got.message["Subject"] == "Hello Bcc: victim@example.be [ECO-2026-0042]"


def test_check_connection(smtp_server, pki):
    ok = check_connection(settings_for(smtp_server, pki), password=smtp_server.password)
    assert ok.ok and str(ok.message) == f"Connected to 127.0.0.1 as {smtp_server.user}; ready to send"
    assert check_connection(settings_for(smtp_server, pki), password="nope").failed == "login"
    assert check_connection(settings_for(smtp_server, pki, host="smtp.no-such-domain.invalid"),
                            password="x").failed == "dns"
    assert check_connection(settings_for(smtp_server, pki, security="ssl"), password="x").failed == "tls"
