"""Proposals from a received message: language, rights, requester, references, identity."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dsar_desk.mail.message import Attachment, IncomingMessage, parse_eml
from dsar_desk.mail.proposals import find_references, identity_hint, propose, propose_language, propose_rights


def _message(subject="", text="", attachments=(), from_name="A B", from_email="a@b.example", reply_to=""):
    return IncomingMessage(message_id="<x@y>", in_reply_to="", references=(), from_name=from_name,
                           from_email=from_email, reply_to=reply_to, date=None, subject=subject, text=text,
                           attachments=tuple(attachments))


@pytest.mark.parametrize("name, language, rights", [
    ("nl-inzage-base64.eml", "nl", ("access", "erasure")),
    ("fr-effacement-qp.eml", "fr", ("erasure", "objection")),
    ("en-access-passport.eml", "en", ("access", "portability")),
    ("fr-html-only.eml", "fr", ("access",)),
    ("de-auskunft-8bit.eml", "de", ("access", "rectification")),
    ("nl-reply-identity.eml", "nl", ()),
])
def test_samples(sample, name, language, rights):
    proposal = propose(parse_eml(sample(name)), "Europe/Brussels")
    assert proposal.language == language
    assert proposal.rights == rights


def test_the_proposal_of_a_dutch_request(sample):
    p = propose(parse_eml(sample("nl-inzage-base64.eml")), "Europe/Brussels")
    assert (p.name, p.email) == ("Jan Peeters", "jan.peeters@telenet.example")  # Reply-To over From
    assert p.received == date(2026, 3, 3)
    assert p.evidence["access"][0] == "inzage" and p.evidence["erasure"] == ("verwijderen",)
    assert p.summary.startswith("Verzoek om inzage in mijn persoonsgegevens\n\nGeachte heer, mevrouw,")
    assert p.channel == "email" and p.identity is None and p.references == ()


def test_json_for_the_dry_run(sample):
    p = propose(parse_eml(sample("nl-reply-identity.eml")), "Europe/Brussels")
    data = json.loads(p.to_json())
    assert data["references"] == ["ECO-2026-0042"]
    assert data["thread_ids"][0] == "<ECO-2026-0042.ack.1@ecomarket.test>"
    assert data["identity"] == {"question": "identity received?", "attachments": ["identiteitskaart.png"],
                                "words": ["identiteitskaart"]}
    assert data["received"] == "2026-03-13" and data["rights"] == [] and data["email"] == "jan.peeters@example.be"
    assert data["attachments"] == ["identiteitskaart.png"]
    assert "identiteitskaart" in p.to_json()  # non-ASCII stays readable (ensure_ascii=False)


@pytest.mark.parametrize("text, rights", [
    # Dutch
    ("Ik wil graag inzage in mijn dossier.", ("access",)),
    ("Ik wil toegang tot mijn persoonsgegevens.", ("access",)),
    ("Gelieve mijn adres te corrigeren.", ("rectification",)),
    ("Verwijder al mijn gegevens.", ("erasure",)),
    ("Ik vraag beperking van de verwerking.", ("restriction",)),
    ("Ik beroep mij op mijn recht op gegevensoverdraagbaarheid.", ("portability",)),
    ("Ik maak bezwaar tegen direct marketing.", ("objection",)),
    ("Ik trek mijn toestemming in.", ("withdraw-consent",)),
    # French
    ("J'exerce mon droit d'accès.", ("access",)),
    ("Quelles données avez-vous sur moi ?", ("access",)),
    ("Merci d'EFFACER mon compte.", ("erasure",)),
    ("Veuillez rectifier mon nom.", ("rectification",)),
    ("Je demande la limitation du traitement.", ("restriction",)),
    ("Je demande la portabilité de mes données.", ("portability",)),
    ("J'exerce mon droit d’opposition.", ("objection",)),  # typographic apostrophe
    ("Je retire mon consentement.", ("withdraw-consent",)),
    # English
    ("This is a subject access request.", ("access",)),
    ("Please tell me what personal data you hold about me.", ("access",)),
    ("Send me all the information you have on me.", ("access",)),
    ("Please delete my account.", ("erasure",)),
    ("Please restrict the processing of my data.", ("restriction",)),
    ("I object to profiling.", ("objection",)),
    ("I withdraw my consent.", ("withdraw-consent",)),
    # German
    ("Bitte um Auskunft über meine Daten.", ("access",)),
    ("Welche Daten speichern Sie über mich?", ("access",)),
    ("Bitte löschen Sie meine Daten.", ("erasure",)),
    ("Ich verlange die Berichtigung meiner Anschrift.", ("rectification",)),
    ("Ich widerrufe meine Einwilligung.", ("withdraw-consent",)),
    ("Ich lege Widerspruch ein.", ("objection",)),
    ("Ich beantrage die Datenübertragbarkeit.", ("portability",)),
])
def test_rights_from_keywords_in_each_language(text, rights):
    assert propose_rights(text)[0] == rights


@pytest.mark.parametrize("text", [
    "Ik wil toegang tot de winkel op zondag.",
    "Hebt u een kopie van de factuur?",
    "Accès au magasin pour les personnes à mobilité réduite ?",
    "Can I get access to the shop after 6 pm?",
    "The object of this e-mail is my invoice.",
    "Bitte um Auskunft über Ihre Öffnungszeiten.",
    "Widerruf meiner Bestellung Nr. 1234.",  # a cancelled purchase, not consent
    "Please correct the price on the website.",
    "Ik heb mijn toestemming voor de levering gegeven.",
    "Bonjour, quels sont vos horaires d'ouverture ?",
    "Ik wis mijn voeten aan de mat.",
    "What information do you need for the return of my order?",
    "Quelles informations faut-il pour un retour ?",
    "Welche Daten brauchen Sie für die Rücksendung?",
])
def test_no_right_where_none_is_asked(text):
    assert propose_rights(text)[0] == ()


def test_words_inside_other_words_do_not_count():
    assert propose_rights("De toegangscode van het gebouw werkt niet.")[0] == ()
    assert propose_rights("Our accessibility statement")[0] == ()


@pytest.mark.parametrize("text, language", [
    ("Geachte, ik wil graag weten welke gegevens u van mij hebt. Met vriendelijke groet", "nl"),
    ("Bonjour, je voudrais savoir quelles données vous avez sur moi. Cordialement", "fr"),
    ("Dear sir, I would like to know what data you have about me. Kind regards", "en"),
    ("Sehr geehrte Damen und Herren, ich bitte um eine Kopie meiner Daten. Mit freundlichen Grüßen", "de"),
    ("OK", None),
    ("", None),
])
def test_language(text, language):
    assert propose_language(text) == language


@pytest.mark.parametrize("subject, found", [
    ("Re: Uw verzoek ECO-2026-0042", ("ECO-2026-0042",)),
    ("re: eco-2026-0042 and ECM-2025-00117, again ECO-2026-0042", ("ECO-2026-0042", "ECM-2025-00117")),
    ("[ECO2-2026-0001] answer", ("ECO2-2026-0001",)),
    ("call me on 0470-2026-12345", ()),  # no letter in the prefix: a phone number
    ("ECO-1999-0042", ()),  # before the GDPR
    ("XECO-2026-0042X", ()),
    ("ECO-2026-042", ()),  # too few digits
])
def test_references_in_the_subject(subject, found):
    assert find_references(subject) == found


PNG = Attachment("scan.png", "image/png", b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("subject, text, attachment, words", [
    ("", "Hierbij mijn identiteitskaart.", PNG, ("identiteitskaart",)),
    ("Pièce jointe", "Voici une copie de mon passeport.", PNG, ("passeport",)),
    ("My ID", "attached", PNG, ("ID",)),
    ("", "see attached", Attachment("Personalausweis-Vorderseite.jpg", "image/jpeg", b"x"), ("personalausweis",)),
    ("", "see attached", Attachment("id-front.jpg", "image/jpeg", b"x"), ("id",)),
    ("", "Mijn eID in bijlage", Attachment("scan.pdf", "application/pdf", b"%PDF"), ("eid",)),
])
def test_identity_is_a_proposal_when_an_image_or_pdf_comes_with_identity_words(subject, text, attachment, words):
    hint = identity_hint(_message(subject, text, [attachment]))
    assert hint is not None and hint.words == words and hint.question == "identity received?"
    assert hint.attachments == (attachment.filename,)


@pytest.mark.parametrize("subject, text, attachments", [
    ("", "Hierbij mijn identiteitskaart.", []),  # nothing attached
    ("", "Hierbij mijn identiteitskaart.", [Attachment("id.docx", "application/vnd.openxmlformats", b"x")]),
    ("Holiday", "I did send the photos, see the picture.", [PNG]),  # "did", "idea": not "ID"
    ("", "Our idea in a picture", [Attachment("idea.png", "image/png", b"x")]),
])
def test_no_identity_proposal(subject, text, attachments):
    assert identity_hint(_message(subject, text, attachments)) is None


def test_requester_name_and_address():
    p = propose(_message("x", "y", from_name='"jan@example.be"', from_email="jan@example.be"))
    assert p.name == "" and p.email == "jan@example.be"  # a name that is an address is no name
    p = propose(_message("x", "y", from_name="Zoë Ørsted", from_email="z@example.dk", reply_to="zoe@home.example"))
    assert (p.name, p.email) == ("Zoë Ørsted", "zoe@home.example")
    assert p.received is None  # no time zone given, no date proposed
