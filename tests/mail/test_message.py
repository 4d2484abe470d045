"""Reading received messages: real .eml files in nl, fr, en, de, an Outlook .msg built here, bad input."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.message import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_PARTS,
    OLE_MAGIC,
    parse_eml,
    parse_message_file,
    parse_msg,
    received_date,
)
from tests.mail.outlook import build_msg


def test_dutch_base64_body_with_reply_to(sample):
    m = parse_eml(sample("nl-inzage-base64.eml"))
    assert (m.from_name, m.from_email) == ("Jan Peeters", "jan.peeters@example.be")
    assert m.reply_to == "jan.peeters@telenet.example"
    assert m.reply_address == "jan.peeters@telenet.example"
    assert m.subject == "Verzoek om inzage in mijn persoonsgegevens"
    assert "vraag ik inzage in alle persoonsgegevens" in m.text
    assert m.text.endswith("9000 Gent")
    assert m.message_id == "<CAF1nl.20260302233000.77@mail.example.be>"
    assert m.to == ("privacy@ecomarket.test",)
    assert m.attachments == () and not m.html
    assert m.raw == sample("nl-inzage-base64.eml")


def test_the_date_received_is_the_organisations_local_date(sample):
    m = parse_eml(sample("nl-inzage-base64.eml"))  # Mon, 02 Mar 2026 23:30:00 +0000
    assert m.date == datetime(2026, 3, 2, 23, 30, tzinfo=timezone.utc)
    assert received_date(m, "Europe/Brussels") == date(2026, 3, 3)  # 00:30 in Brussels
    assert received_date(m, "UTC") == date(2026, 3, 2)
    assert received_date(m, "America/New_York") == date(2026, 3, 2)


def test_french_quoted_printable_latin9_and_encoded_words(sample):
    m = parse_eml(sample("fr-effacement-qp.eml"))
    assert m.from_name == "Élodie Dupont"
    assert m.subject == "Demande d'effacement de mes données personnelles"
    # soft line breaks of quoted-printable are joined, ISO-8859-15 decoded
    assert "l'ensemble des données à caractère personnel que vous détenez" in m.text
    assert "droit d'opposition" in m.text and "distinguées" in m.text
    assert received_date(m, "Europe/Brussels") == date(2026, 3, 10)


def test_english_message_with_a_pdf_attachment_byte_identical(sample):
    m = parse_eml(sample("en-access-passport.eml"))
    assert len(m.attachments) == 1
    filename, mime, data = m.attachments[0]
    assert (filename, mime) == ("passport-jane-doe.pdf", "application/pdf")
    assert data.startswith(b"%PDF-")
    assert "PASSPORT" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "machine-readable format" in m.text and "%PDF" not in m.text


def test_html_only_body_becomes_readable_text(sample):
    m = parse_eml(sample("fr-html-only.eml"))
    assert m.html
    assert "<" not in m.text and "alert" not in m.text and "color" not in m.text
    assert "Je souhaite exercer mon droit d'accès aux données me concernant (article 15 du RGPD)." in m.text
    assert "- mes commandes\n- mon historique de navigation" in m.text
    assert "ici (https://example.be/forms/42)" in m.text
    assert m.text.endswith("Cordialement,\nMarc Lefèvre")


def test_german_8bit_body(sample):
    m = parse_eml(sample("de-auskunft-8bit.eml"))
    assert m.from_name == "Jürgen Müller"
    assert "ich bitte um Auskunft über die zu meiner Person gespeicherten Daten" in m.text
    assert "Grüßen" in m.text


def test_a_reply_carries_its_thread(sample):
    m = parse_eml(sample("nl-reply-identity.eml"))
    assert m.in_reply_to == "<ECO-2026-0042.ack.1@ecomarket.test>"
    assert m.references == ("<CAF1nl.20260302233000.77@mail.example.be>", "<ECO-2026-0042.ack.1@ecomarket.test>")
    assert m.thread_ids == ("<ECO-2026-0042.ack.1@ecomarket.test>", "<CAF1nl.20260302233000.77@mail.example.be>")
    (name, mime, data), = m.attachments
    assert (name, mime) == ("identiteitskaart.png", "image/png") and data.startswith(b"\x89PNG\r\n")


def test_a_broken_file_is_one_clear_error(sample):
    with pytest.raises(MailError) as caught:
        parse_eml(sample("broken.eml"))
    assert caught.value.kind == "parse"
    assert str(caught.value) == "This file is not an e-mail message that can be read: it does not start with mail headers"
    assert caught.value.code == "mail.not-a-message"


@pytest.mark.parametrize("raw, words", [
    (b"", "the file is empty"),
    (b"   \r\n\r\n", "the file is empty"),
    (b"Subject: hello\r\nTo: a@b.example\r\n\r\nno sender here\r\n", "it has no sender address (From)"),
    (b"From: not an address\r\nSubject: x\r\n\r\nbody\r\n", "it has no sender address (From)"),
    (b"<html><body>saved web page</body></html>", "it does not start with mail headers"),
    (b"From: a@b.example\x00\x00\r\n\r\n", "it does not start with mail headers"),
])
def test_bad_input_says_what_is_wrong(raw, words):
    with pytest.raises(MailError) as caught:
        parse_eml(raw)
    assert caught.value.kind == "parse" and str(caught.value).endswith(words)


def test_size_bound():
    raw = b"From: a@b.example\r\nSubject: big\r\n\r\n" + b"x" * MAX_BYTES
    with pytest.raises(MailError) as caught:
        parse_eml(raw)
    assert caught.value.kind == "too-large"
    assert str(caught.value) == "The message is 50.0 MB; messages over 50 MB are not read"


def _nested(depth: int) -> bytes:
    head = b"From: a@b.example\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"
    parts = []
    for level in range(depth):
        parts.append(b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n" % (level, level))
    body = b"Content-Type: text/plain\r\n\r\ninnermost\r\n"
    tail = b"".join(b"--b%d--\r\n" % level for level in reversed(range(depth)))
    return head + b"".join(parts) + body + tail


def test_nesting_bound():
    assert parse_eml(_nested(MAX_DEPTH - 1)).text == "innermost"
    with pytest.raises(MailError) as caught:
        parse_eml(_nested(MAX_DEPTH + 5))
    assert caught.value.kind == "nesting" and "16 levels" in str(caught.value)


def test_parts_bound():
    parts = b"".join(b"--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n" for _ in range(MAX_PARTS + 1))
    raw = (b"From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           + parts + b"--b--\r\n")
    with pytest.raises(MailError) as caught:
        parse_eml(raw)
    assert caught.value.kind == "nesting" and "1000 parts" in str(caught.value)


def test_lenient_with_what_can_still_be_read():
    raw = ("From Jan@example.be Mon Mar  2 23:30:00 2026\r\n"  # an mbox separator line
           "From: =?utf-8?q?Jan?= <Jan.Peeters@Example.be>\r\nDate: someday, not a date\r\n"
           "Subject: =?x-unknown?q?inzage?=\r\nContent-Type: text/plain; charset=x-unknown-charset\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\nIk vraag inzage, café.\r\n").encode("utf-8")
    m = parse_eml(raw)
    assert m.from_email == "jan.peeters@example.be"
    assert "Ik vraag inzage, caf" in m.text
    assert m.date is None
    with pytest.raises(MailError) as caught:
        received_date(m, "Europe/Brussels")
    assert str(caught.value) == "The message has no readable date; enter the date received"
    # the IMAP INTERNALDATE (or the file's time) stands in for a missing Date
    assert received_date(m, "Europe/Brussels", datetime(2026, 3, 2, 23, 30, tzinfo=timezone.utc)) == date(2026, 3, 3)


def test_forwarded_message_is_kept_as_an_attachment():
    inner = b"From: x@y.example\r\nSubject: the original\r\n\r\noriginal text\r\n"
    raw = (b"From: a@b.example\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
           b"--z\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--z\r\nContent-Type: message/rfc822\r\n\r\n"
           + inner + b"--z--\r\n")
    m = parse_eml(raw)
    assert m.text == "see below"
    (name, mime, data), = m.attachments
    assert (name, mime) == ("the original.eml", "message/rfc822") and b"original text" in data


def test_attachment_names_are_made_safe():
    raw = (b"From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
           b"--z\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
           b"--z\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"../../etc/pass:wd.jpg\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n/9j/4A==\r\n"
           b"--z\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--z--\r\n")
    names = [a.filename for a in parse_eml(raw).attachments]
    assert names == ["pass_wd.jpg", "attachment-2.pdf"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600) | st.text(max_size=400).map(lambda t: ("From: a@b.example\r\n" + t).encode("utf-8")))
def test_no_input_gives_anything_but_a_message_or_a_mail_error(raw):
    try:
        m = parse_eml(raw)
    except MailError as exc:
        assert exc.kind in ("parse", "nesting", "too-large")
    else:
        assert m.from_email and isinstance(m.text, str)


# -- Outlook .msg ---------------------------------------------------------------------------------

SENT = datetime(2026, 3, 16, 22, 45, tzinfo=timezone.utc)


def test_outlook_msg_with_an_attachment():
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 20
    raw = build_msg(subject="Verzoek tot verwijdering van mijn gegevens", sender_name="An Janssens",
                    sender_email="an.janssens@example.be", to_email="privacy@ecomarket.test",
                    body="Beste,\r\n\r\nGelieve al mijn persoonsgegevens te verwijderen.\r\n\r\nAn Janssens",
                    sent=SENT, message_id="<outlook-1@example.be>",
                    attachments=(("eid-voorkant.jpg", "image/jpeg", jpeg),))
    assert raw.startswith(OLE_MAGIC)
    m = parse_message_file(raw, "verzoek.msg")
    assert m.kind == "msg" and m.raw == raw
    assert (m.from_name, m.from_email) == ("An Janssens", "an.janssens@example.be")
    assert m.subject == "Verzoek tot verwijdering van mijn gegevens"
    assert m.text == "Beste,\n\nGelieve al mijn persoonsgegevens te verwijderen.\n\nAn Janssens"
    assert m.message_id == "<outlook-1@example.be>"
    assert m.date == SENT and received_date(m, "Europe/Brussels") == date(2026, 3, 16)
    assert m.to == ("privacy@ecomarket.test",)
    (name, mime, data), = m.attachments
    assert (name, mime, data) == ("eid-voorkant.jpg", "image/jpeg", jpeg)


def test_outlook_msg_html_body_and_transport_headers():
    headers = ("From: Luc Martin <luc.martin@example.fr>\r\nReply-To: luc.perso@example.fr\r\n"
               "Message-ID: <hdr-1@example.fr>\r\nIn-Reply-To: <ECO-2026-0007.ack@ecomarket.test>\r\n"
               "Date: Mon, 16 Mar 2026 23:45:00 +0100\r\nSubject: Demande\r\n\r\n")
    raw = build_msg(subject="Demande d'accès", sender_name="Luc Martin", sender_email="luc.martin@example.fr",
                    to_email="privacy@ecomarket.test",
                    html="<p>Je souhaite <b>acc&eacute;der</b> &agrave; mes donn&eacute;es.</p>", sent=SENT,
                    transport_headers=headers)
    m = parse_msg(raw)
    assert m.html and m.text == "Je souhaite accéder à mes données."
    assert m.reply_to == "luc.perso@example.fr" and m.reply_address == "luc.perso@example.fr"
    assert m.message_id == "<hdr-1@example.fr>" and m.in_reply_to == "<ECO-2026-0007.ack@ecomarket.test>"
    assert m.subject == "Demande d'accès"


@pytest.mark.parametrize("raw", [
    b"not an ole file at all",
    OLE_MAGIC + b"\x00" * 600,  # an OLE header and nothing behind it
])
def test_a_broken_msg_is_one_clear_error(raw):
    with pytest.raises(MailError) as caught:
        parse_msg(raw)
    assert caught.value.kind == "parse" and str(caught.value).startswith("This file is not an e-mail message")


def test_a_truncated_msg_is_one_clear_error():
    raw = build_msg(subject="x", sender_name="A", sender_email="a@b.example", to_email="c@d.example",
                    body="text", sent=SENT)
    with pytest.raises(MailError) as caught:
        parse_message_file(raw[: len(raw) // 2], "cut.msg")
    assert caught.value.kind == "parse"


@pytest.mark.parametrize("header, name, address", [
    (b"jan.peeters@example.be <jan.peeters@example.be>", "", "jan.peeters@example.be"),
    (b'"Peeters, Jan" <jan.peeters@example.be>', "Peeters, Jan", "jan.peeters@example.be"),
    (b"=?utf-8?q?Dupont=2C_=C3=89lodie?= <elodie@example.fr>", "Dupont, Élodie", "elodie@example.fr"),
    (b"Jan Peeters <jan.peeters@example.be>, Other <other@example.be>", "Jan Peeters", "jan.peeters@example.be"),
    (b"jan.peeters@example.be", "", "jan.peeters@example.be"),
    (b"Jan <jan.peeters@example.be", "Jan", "jan.peeters@example.be"),  # a missing ">"
])
def test_sender_addresses_as_mail_programs_write_them(header, name, address):
    """Also on Pythons whose getaddresses is strict (CVE-2023-27043 backports, Debian's 3.11)."""
    m = parse_eml(b"From: " + header + b"\r\nSubject: x\r\n\r\nbody\r\n")
    assert (m.from_name, m.from_email) == (name, address)
