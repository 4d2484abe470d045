"""The e-mail texts: the covering text of a letter and the Art. 19 notice, in en, nl and fr."""

from __future__ import annotations

import string
from email import policy
from email.parser import BytesParser

import pytest

from dsar_desk.mail.covering import MAIL_LANGUAGES, covering_text, load_mail_texts, recipient_notice
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.securezip import encrypt_annexes, open_annexes
from dsar_desk.mail.smtp import SmtpSettings, build_message, send


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_the_same_texts_and_no_unknown_placeholder():
    english = load_mail_texts("en")
    for language in MAIL_LANGUAGES:
        texts = load_mail_texts(language)
        assert {s: set(t) for s, t in texts.items()} == {s: set(t) for s, t in english.items()}, language
        for section, table in texts.items():
            for key, text in table.items():
                assert _names(text) <= _names(english[section][key]), (language, section, key)


@pytest.mark.parametrize("language, words", [
    ("en", ["Dear Jan Peeters,", '"Your access request"', "our reference ECO-2026-0042", "Kind regards,\nECOmarket"]),
    ("nl", ["Geachte Jan Peeters,", '"Inzage in uw persoonsgegevens"', "ons kenmerk ECO-2026-0042",
            "Met vriendelijke groet,\nECOmarket"]),
    ("fr", ["Madame, Monsieur,", "« Accès à vos données »", "notre référence ECO-2026-0042",
            "salutations distinguées.\nECOmarket"]),
])
def test_covering_text_in_each_language(language, words):
    title = {"en": "Your access request", "nl": "Inzage in uw persoonsgegevens", "fr": "Accès à vos données"}[language]
    text = covering_text(language, letter_title=title, reference="ECO-2026-0042", requester_name="Jan Peeters",
                         organisation="ECOmarket", annexes=["ECO-2026-0042-data.json", "ECO-2026-0042-data.csv"])
    assert text.subject == title
    for word in words:
        assert word in text.body
    assert "ECO-2026-0042-data.json, ECO-2026-0042-data.csv" in text.body
    assert "{" not in text.body


def test_covering_text_for_an_encrypted_zip_names_the_other_channel_never_the_password():
    nl = covering_text("nl", letter_title="Inzage", reference="ECO-2026-0042", requester_name="Jan Peeters",
                       organisation="ECOmarket", annexes=["a.json"], zip_name="ECO-2026-0042-bijlagen.zip",
                       password_channel="phone")
    assert "versleutelde ZIP-bestand ECO-2026-0042-bijlagen.zip" in nl.body and "telefonisch" in nl.body
    assert "a.json" not in nl.body
    fr = covering_text("fr", letter_title="Accès", reference="ECO-2026-0042", requester_name="X",
                       organisation="ECOmarket", zip_name="annexes.zip", password_channel="sms")
    assert "par SMS" in fr.body
    with pytest.raises(MailError) as caught:
        covering_text("en", letter_title="t", reference="r", requester_name="n", organisation="o", zip_name="z.zip")
    assert str(caught.value) == "Say how the password reaches the requester: phone, sms or post"


def test_recipient_notice_in_dutch_after_an_erasure():
    notice = recipient_notice("nl", action="erasure", reference="ECO-2026-0042", organisation="ECOmarket",
                              recipient="bpost", requester_name="Jan Peeters", requester_email="jan@example.be")
    assert notice.subject == "Kennisgeving op grond van artikel 19 AVG: wissing (ons kenmerk ECO-2026-0042)"
    assert ("ECOmarket heeft persoonsgegevens verstrekt aan bpost. Op verzoek van de betrokkene hebben wij deze "
            "gegevens gewist (artikel 17 AVG):") in notice.body
    assert "Betrokkene: Jan Peeters <jan@example.be>" in notice.body
    assert "als verwerkingsverantwoordelijke" in notice.body


def test_recipient_notice_in_french_after_a_rectification_lists_the_correct_data():
    notice = recipient_notice("fr", action="rectification", reference="ECO-2026-0042", organisation="ECOmarket",
                              recipient="Nosto", requester_name="Élodie Dupont",
                              corrections=[("Adresse", "Rue Haute 5, 1000 Bruxelles"), ("Nom", "Élodie Dupont-Martin")])
    assert "nous avons rectifié ces données (article 16 du RGPD)" in notice.body
    assert "Personne concernée : Élodie Dupont" in notice.body and "responsable du traitement" in notice.body
    assert "Les données exactes :\n- Adresse: Rue Haute 5, 1000 Bruxelles\n- Nom: Élodie Dupont-Martin" in notice.body
    english = recipient_notice("en", action="restriction", reference="R", organisation="O", recipient="P",
                               requester_name="N", corrections=[("x", "y")])
    assert "we have restricted the processing of this data (Article 18 GDPR)" in english.body
    assert "The correct data" not in english.body  # corrections belong to a rectification only


def test_bad_requests_and_bad_text_files(tmp_path):
    with pytest.raises(MailError):
        recipient_notice("en", action="access", reference="R", organisation="O", recipient="P", requester_name="N")
    with pytest.raises(MailError) as caught:
        covering_text("de", letter_title="t", reference="r", requester_name="n", organisation="o")
    assert str(caught.value) == "There are no e-mail texts in the language de"
    (tmp_path / "en.toml").write_text('[covering]\nbody = "Dear {name}"\nannexes_plain = ""\n', encoding="utf-8")
    with pytest.raises(MailError) as caught:
        covering_text("en", letter_title="t", reference="r", requester_name="n", organisation="o",
                      folder=str(tmp_path))
    assert str(caught.value) == "The e-mail text covering.body in en uses an unknown {name}"
    (tmp_path / "nl.toml").write_text('[covering\n', encoding="utf-8")
    with pytest.raises(MailError) as caught:
        covering_text("nl", letter_title="t", reference="r", requester_name="n", organisation="o",
                      folder=str(tmp_path))
    assert str(caught.value).startswith("The e-mail texts file nl.toml cannot be read")


def test_a_letter_with_its_annexes_in_an_encrypted_zip_end_to_end(smtp_server, pki):
    """Covering text + AES ZIP + SMTP: what the requester receives opens with the password
    given by phone, and the password is nowhere in the e-mail."""
    annexes = encrypt_annexes([("ECO-2026-0042-data.json", b'{"orders": [1, 2]}'),
                               ("ECO-2026-0042-data.csv", b"order;total\n1;12.50\n")])
    text = covering_text("nl", letter_title="Inzage in uw persoonsgegevens", reference="ECO-2026-0042",
                         requester_name="Jan Peeters", organisation="ECOmarket",
                         zip_name="ECO-2026-0042-bijlagen.zip", password_channel="phone")
    message = build_message(sender="privacy@ecomarket.test", to="jan.peeters@example.be", subject=text.subject,
                            body=text.body, reference="ECO-2026-0042",
                            attachments=[("ECO-2026-0042-inzage.pdf", "application/pdf", b"%PDF-1.4 letter"),
                                         ("ECO-2026-0042-bijlagen.zip", "application/zip", annexes.data)])
    settings = SmtpSettings(host="127.0.0.1", port=smtp_server.port, user=smtp_server.user,
                            ca_file=str(pki.ca_file), timeout=10)
    result = send(settings, message, password=smtp_server.password)
    (got,) = smtp_server.received
    assert annexes.password.encode() not in got.data
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    assert back["Subject"] == "Inzage in uw persoonsgegevens [ECO-2026-0042]"
    zipped = {p.get_filename(): p for p in back.iter_attachments()}["ECO-2026-0042-bijlagen.zip"]
    assert zipped.get_content_type() == "application/zip"
    assert open_annexes(zipped.get_payload(decode=True), annexes.password) == {
        "ECO-2026-0042-data.json": b'{"orders": [1, 2]}', "ECO-2026-0042-data.csv": b"order;total\n1;12.50\n"}
    assert result.message_id == back["Message-ID"]
