"""Issue 15: letters a lawyer would sign. Every kind read back from its PDF, for complete profiles of
three countries: the true sentence is there, the false one is not; each gap of a profile refuses the
letter with its coded message; the national remedies and wording by country."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from dsar_desk.domain.letter_content import (
    LETTER_KINDS,
    LetterBlocked,
    LetterLayout,
    LetterRequest,
    build_letter,
    letter_blocks,
    search_outcome,
    suggest_kind,
)
from dsar_desk.letters.render import render_letter
from tests.unit.letter_profiles import GAPS, profile, with_gap

FOUND = {"NL": {"orders", "newsletter", "reviews", "credit"}, "BE": {"orders", "cameras", "newsletter"},
         "FR": {"customers", "events", "marketing"}}
LANGUAGES = {"NL": ("nl", "en"), "BE": ("fr", "nl", "en"), "FR": ("fr", "en")}
COMBOS = [(c, lang) for c, langs in LANGUAGES.items() for lang in langs]


def request(kind: str, language: str, country: str, **changes) -> LetterRequest:
    base = LetterRequest(
        kind=kind, language=language, reference="FH-2026-0042", requester_name="Zoë Ørsted-Şule",
        requester_address=["Nørregade 10", "1165 København K"], requester_country="DK",
        rights=["access", "erasure", "objection"], received=date(2026, 10, 22), due=date(2026, 11, 23),
        letter_date=date(2026, 11, 12), clerk_name="Anna de Vries", clerk_role="DPO",
        found=set(FOUND[country]), annexes=["FH-2026-0042-copy.pdf"], channel="letter",
        identity_doubt="The name differs from our customer record.", identity_asked_on=date(2026, 10, 24),
        identity_proof_needed="" if country != "FR" else "a confirmation sent from your customer e-mail address",
        withheld_reasons="The call notes name a colleague.", rectified_fields=["postal address"],
        rectification_refused_reasons="The date of birth matches your identity card.",
        controller="gemeente" if country == "NL" else "City of Brussels", fee_cents=1250,
        deceased_name="Jan Smit", intended_for="Fietsenwinkel Amsterdam B.V.",
        refusal_reasons="You asked for the same copy four times this month.", objection_direct_marketing=False,
        restriction_ground="accuracy-contested", extended_due=date(2027, 1, 22),
        extension_reasons="Three systems must be searched by hand.",
    )
    if kind == "mandate-request":
        base = replace(base, representative_name="Pieter Janssens", representative_address=["Meir 1", "2000 Antwerpen"],
                       representative_country="BE")
    return replace(base, **changes)


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


def pdf_text(req: LetterRequest, country: str) -> str:
    content = build_letter(req, profile(country))
    window = "fr-right" if country == "FR" else "din5008"
    pdf = render_letter(content, LetterLayout(window))
    return normal(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


# ---------------------------------------------------------------- every kind, from the PDF

# What each kind must say, by letter language: (true sentences, false sentences).
TRUTHS = {
    "erasure": {
        "en": (["We have erased your personal data.", "We keep this record for"], ["all our systems"]),
        "nl": (["Wij hebben uw persoonsgegevens gewist.", "Wij bewaren dit verslag"], ["al onze systemen"]),
        "fr": (["Nous avons effacé vos données à caractère personnel.", "Nous conservons cette trace pendant"],
               ["l'ensemble de nos systèmes"]),
    },
    "withdraw-consent": {  # from the day received, not the letter's date
        "en": (["Since 22 October 2026, the day we received it"], ["12 November 2026, the day", "As of 12 November"]),
        "nl": (["Sinds 22 oktober 2026, de dag waarop uw intrekking ons bereikte"], ["Vanaf 12 november 2026"]),
        "fr": (["Depuis le 22 octobre 2026, jour où nous l'avons reçu"], ["À compter du 12 novembre 2026"]),
    },
    "portability": {
        "en": (["(Article 20(4) GDPR)", "(Articles 17 and 20(3) GDPR)"], []),
        "nl": (["(artikel 20, lid 4, AVG)", "(artikelen 17 en 20, lid 3, AVG)"], []),
        "fr": (["(article 20, paragraphe 4, du RGPD)", "(articles 17 et 20, paragraphe 3, du RGPD)"], []),
    },
    "no-data": {
        "en": (["We keep your request and this answer for"], []),
        "nl": (["Wij bewaren uw verzoek en dit antwoord"], []),
        "fr": (["Nous conservons votre demande et la présente réponse pendant"], []),
    },
    "access": {  # the copy is enclosed and listed; the enclosures after the signature
        "en": (["is enclosed with this letter: • FH-2026-0042-copy.pdf", "Anna de Vries DPO"], []),
        "nl": (["Bij deze brief ontvangt u een kopie", "Bijlagen • FH-2026-0042-copy.pdf"], []),
        "fr": (["Vous trouverez ci-joint une copie", "Pièces jointes • FH-2026-0042-copy.pdf"], []),
    },
}


@pytest.mark.parametrize(("country", "language"), COMBOS)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_kind_reads_back_from_its_pdf(country, language, kind):
    req = request(kind, language, country)
    if kind == "withdraw-consent" and country == "FR":
        req = replace(req, found={"events"})  # the consent-based activity
    text = pdf_text(req, country)
    addressee = "Pieter Janssens" if kind == "mandate-request" else "Zoë Ørsted-Şule"
    assert addressee in text and "FH-2026-0042" in text and "Anna de Vries" in text
    true, false = TRUTHS.get(kind, {}).get(language, ([], []))
    for sentence in true:
        assert normal(sentence) in text, sentence
    for sentence in false:
        assert normal(sentence) not in text, sentence
    assert "{" not in text and "}" not in text


# ------------------------------------------------------------------------- the gaps refuse

@pytest.mark.parametrize("country", ["NL", "BE", "FR"])
@pytest.mark.parametrize("gap", list(GAPS))
@pytest.mark.parametrize("kind", ["access", "partial-access", "combined"])
def test_each_gap_refuses_the_access_answer_naming_the_key(country, gap, kind):
    prof, code = with_gap(country, gap), GAPS[gap][1]
    language = LANGUAGES[country][0]
    req = request(kind, language, country, sections=["access", "erasure"])
    assert letter_blocks(request(kind, language, country, sections=["access", "erasure"]), profile(country)) == []
    problems = letter_blocks(req, prof)
    assert [p.code for p in problems] == [code]
    assert problems[0].field == "register"
    key = {"letter.gap-recipients-unknown": "processing[0].recipients", "letter.gap-retention": "processing[0].retention",
           "letter.gap-automated-art22": "processing[0].automated_art22",
           "letter.gap-automated-logic": "processing[0].automated_logic", "letter.gap-transfer": "safeguards"}[code]
    assert key in problems[0].message and ("'tracker'" if gap == "transfer" else f"'{prof.processing[0]['id']}'") \
        in problems[0].message
    with pytest.raises(LetterBlocked) as exc:
        build_letter(req, prof)
    assert [p.code for p in exc.value.problems] == [code]
    # the other letters are not a false access answer: made
    build_letter(request("erasure", language, country), prof)


def test_recipients_none_is_printed_only_for_an_empty_list():
    text = pdf_text(request("access", "en", "NL"), "NL")
    reviews = text.split("Customer reviews")[1].split("Pay later")[0]
    assert "None: these data are not disclosed to anyone outside Fietshuis Utrecht B.V." in reviews
    orders = text.split("Orders Purposes")[1].split("Newsletter")[0]
    assert "None: these data" not in orders and "PostNL" in orders


def test_recipient_categories_transfers_and_automated_decisions_say_only_what_is_so():
    text = pdf_text(request("access", "en", "NL"), "NL")
    assert "category of recipients: ICT-dienstverleners (processor acting on our behalf), Netherlands" in text
    assert ("Amazon Web Services EMEA (processor acting on our behalf), United States; transfer outside the European "
            "Economic Area, with the following safeguards (Article 46 GDPR): Standard contractual clauses") in text
    assert "the list above states the adequacy decision of the European Commission or the appropriate safeguards" in text
    pay_later = text.split("Pay later")[1]
    assert "which produces legal effects concerning you or similarly significantly affects you (Article 22 GDPR): " \
           "A score decides whether you may pay later." in pay_later
    assert "The logic involved: The score counts late payments" in pay_later
    assert "Its significance and the envisaged consequences for you: With a low score you pay in advance." in pay_later
    fr = pdf_text(request("access", "fr", "FR"), "FR")
    assert ("Un profilage de vos achats choisit les livres recommandés. Il ne s'agit pas d'une décision fondée "
            "exclusivement sur un traitement automatisé") in fr


def test_the_access_answer_lists_only_what_the_checklist_found():
    text = pdf_text(request("access", "en", "NL", found={"orders"}), "NL")
    assert "Orders" in text and "Newsletter" not in text and "Customer reviews" not in text
    assert "processing activities in which we found data about you" in text
    rows = [("orders", "search", "done"), ("orders", "search", "open"), ("newsletter", "search", "not-applicable"),
            ("reviews", "search", "open"), ("reviews", "act", "done")]
    outcome = search_outcome(rows, ["orders", "newsletter", "reviews", "credit"])
    assert outcome == {"found": {"orders"}, "search_open": {"reviews"}, "search_missing": {"credit"}}
    req = request("access", "en", "NL", **outcome)
    assert [p.code for p in letter_blocks(req, profile("NL"))] == ["letter.gap-search-open", "letter.gap-search-missing"]
    assert letter_blocks(replace(req, not_concerned={"reviews", "credit"}), profile("NL")) == []


def test_the_copy_is_offered_electronically_when_the_request_came_by_email_and_never_said_enclosed_when_not():
    text = pdf_text(request("access", "en", "NL", channel="email"), "NL")
    assert "As you made your request by electronic means, we provide the copy" in text
    problems = letter_blocks(request("access", "en", "NL", annexes=[]), profile("NL"))
    assert [(p.field, p.code) for p in problems] == [("annexes", "letter.gap-no-copy")]


def test_erasure_says_what_is_kept_the_suppression_list_and_article_17_2():
    nl = pdf_text(request("erasure", "en", "NL"), "NL")
    assert "We keep this record for 2 years and then delete it." in nl  # case_retention_years = 2
    assert "we keep your e-mail address on a list of people who must not be contacted" in nl
    assert "As we had made some of these data public (on our website and our Facebook page)" in nl
    assert "(Article 17(2) GDPR)" in nl
    be = pdf_text(request("erasure", "en", "BE"), "BE")
    assert "We keep this record for 5 years" in be
    assert "must not be contacted" not in be and "Article 17(2)" not in be


def test_withdrawal_objection_and_portability_refuse_where_the_law_does_not_apply():
    be = profile("BE")
    no_consent = letter_blocks(request("withdraw-consent", "en", "BE", found={"orders"}), be)
    assert [p.code for p in no_consent] == ["letter.gap-no-consent"]
    assert [p.code for p in letter_blocks(request("objection", "en", "BE", found={"orders", "newsletter"}), be)] == [
        "letter.gap-objection-basis"]
    assert letter_blocks(request("objection", "en", "BE", found={"orders"}, objection_direct_marketing=True), be) == []
    text = pdf_text(request("objection", "en", "BE"), "BE")
    assert "CCTV in the shop: our legitimate interests (Article 6(1)(f) GDPR)" in text
    portability = pdf_text(request("portability", "en", "NL"), "NL")
    assert "• Orders" in portability and "Pay later" not in portability  # fed by a credit agency, not provided
    withdrawal = pdf_text(request("withdraw-consent", "en", "NL"), "NL")
    assert "for the following processing activities: • Newsletter" in withdrawal


# ----------------------------------------------------------------------------- identity

def test_identity_request_blackouts_by_country():
    nl = pdf_text(request("identity-request", "nl", "NL"), "NL")
    assert "maak dan eerst uw burgerservicenummer (BSN) onleesbaar" in nl
    assert "artikel 46 van de Uitvoeringswet AVG" in nl and "rijksregisternummer" not in nl
    be = pdf_text(request("identity-request", "nl", "BE"), "BE")
    assert "mag u uw pasfoto, uw rijksregisternummer en alle andere gegevens" in be and "BSN" not in be
    fr = pdf_text(request("identity-request", "fr", "FR"), "FR")
    assert "BSN" not in fr and "registre national" not in fr


def test_identity_request_says_why_and_asks_an_id_copy_only_when_the_profile_does():
    fr = pdf_text(request("identity-request", "en", "FR"), "FR")  # profile: no routine check
    assert "We have reasonable doubts as to your identity (Article 12(6) GDPR), for the following reason:" in fr
    assert "The name differs from our customer record." in fr
    assert "a confirmation sent from your customer e-mail address" in fr
    assert "identity card" not in fr and "passport" not in fr and "black out" not in fr
    blocks = letter_blocks(request("identity-request", "en", "FR", identity_doubt="", identity_proof_needed=""),
                           profile("FR"))
    assert [(p.field, p.code) for p in blocks] == [("doubt", "letter.gap-doubt-no-routine"),
                                                   ("identity_proof_needed", "letter.gap-proof")]
    nl = letter_blocks(request("identity-request", "en", "NL", identity_doubt=" "), profile("NL"))
    assert [(p.field, p.code) for p in nl] == [("doubt", "letter.gap-doubt")]
    copy = pdf_text(request("identity-request", "en", "NL"), "NL")  # profile: id-copy
    assert "a copy of the front of your identity card, passport or residence permit" in copy


# --------------------------------------------------------------------------- by country

@pytest.mark.parametrize(("country", "language", "expected", "absent"), [
    ("NL", "nl", ["U kunt de rechtbank ook verzoeken", "binnen zes weken na ontvangst van dit antwoord",
                  "artikel 35 van de Uitvoeringswet AVG"], ["eerste aanleg", "209"]),
    ("NL", "en", ["district court (rechtbank)", "within six weeks of receiving this answer", "UAVG"], ["209"]),
    ("BE", "fr", ["président du tribunal de première instance", "article 209 de la loi du 30 juillet 2018"],
     ["six semaines", "rechtbank)"]),
    ("BE", "nl", ["voorzitter van de rechtbank van eerste aanleg", "artikel 209 van de wet van 30 juli 2018"],
     ["zes weken"]),
    ("FR", "fr", ["service de plainte en ligne : https://www.cnil.fr/fr/plaintes", "article 79 du RGPD"],
     ["six semaines", "209"]),
])
def test_national_remedies_in_a_refusal(country, language, expected, absent):
    text = pdf_text(request("refusal", language, country), country)
    for sentence in expected:
        assert normal(sentence) in text, sentence
    for sentence in absent:
        assert sentence not in text, sentence


@pytest.mark.parametrize("kind", ["partial-access", "rectification-refused", "identity-closing"])
def test_partial_answers_and_closures_give_the_court_of_the_country(kind):
    assert "within six weeks" in pdf_text(request(kind, "en", "NL"), "NL")
    assert "article 209" in pdf_text(request(kind, "en", "BE"), "BE")


def test_france_adds_the_directives_after_death_to_the_rights_by_the_organisations_country():
    fr = pdf_text(request("access", "en", "FR"), "FR")
    assert "to follow the directives you give us on the storage, erasure and communication of your personal data " \
           "after your death (article 85" in fr
    for country in ("NL", "BE"):
        assert "after your death" not in pdf_text(request("access", "en", country), country)


def test_dutch_of_the_netherlands_and_of_belgium():
    nl = pdf_text(request("acknowledgement", "nl", "NL"), "NL")
    be = pdf_text(request("acknowledgement", "nl", "BE"), "BE")
    assert "Met vriendelijke groet," in nl and "Ons kenmerk" in nl and "Heeft u vragen" in nl
    assert "Met vriendelijke groeten," in be and "Onze referentie" in be and "onder referentie FH-2026-0042" in be
    assert "Ons kenmerk" not in be and "Met vriendelijke groet," not in be.replace("groeten,", "")
    for text in (nl, be):
        assert "schrijven op" not in text and "klantenaccount" not in text and "bijkomende tijd" not in text
    assert "Veuillez agréer" in pdf_text(request("acknowledgement", "fr", "BE"), "BE")
    assert "Nous vous prions d'agréer" in pdf_text(request("acknowledgement", "fr", "FR"), "FR")


@pytest.mark.parametrize(("country", "language", "expected"), [
    ("NL", "nl", "KvK 12345678"), ("BE", "nl", "KBO 0749.612.337"), ("BE", "fr", "BCE 0749.612.337"),
    ("FR", "fr", "RCS Paris 552 100 554")])
def test_the_letterhead_names_the_company_register(country, language, expected):
    assert expected in pdf_text(request("acknowledgement", language, country), country)


def test_the_date_line_gives_the_town_in_the_letters_language():
    assert "Bruxelles, le 12 novembre 2026" in pdf_text(request("acknowledgement", "fr", "BE"), "BE")
    assert "Brussel, 12 november 2026" in pdf_text(request("acknowledgement", "nl", "BE"), "BE")
    assert "Utrecht, 12 November 2026" in pdf_text(request("acknowledgement", "en", "NL"), "NL")


def test_french_apostrophes_everywhere_but_in_names_and_file_names():
    content = build_letter(request("access", "fr", "FR", annexes=["l'export.json"],
                                   clerk_role="Chargée d'accueil"), profile("FR"))
    assert "'" not in content.subject + content.closing + content.title + content.salutation
    assert content.signature.role == "Chargée d\u2019accueil"
    assert "l'export.json" in content.attachments
    listed = [b for b in content.blocks if getattr(b, "literal", False)]
    assert listed and listed[0].items == ("l'export.json",)


# ------------------------------------------------------------- signer, sender, one answer

def test_a_letter_needs_a_named_signer():
    blocks = letter_blocks(request("acknowledgement", "en", "NL", clerk_name="  "), profile("NL"))
    assert [(p.field, p.code) for p in blocks] == [("signer", "letter.gap-signer")]


def test_a_sender_without_postal_address_makes_letters_that_cannot_be_posted():
    from tests.unit.test_letter_content import sample

    maildrop = sample("maildrop")
    content = build_letter(request("acknowledgement", "fr", "FR", found=None), maildrop)
    assert not content.postable and content.return_line == "" and content.sender.address == []
    assert "non indiquée" not in content.plain_text() and "adresse postale figurant en tête" not in content.plain_text()
    assert "letter.sender-no-postal-address" in [m.code for m in content.missing]


def test_one_combined_answer_in_the_order_of_the_law():
    assert suggest_kind("in-progress", ["erasure", "access", "objection"]) == "combined"
    text = pdf_text(request("combined", "en", "BE", rights=["objection", "erasure", "access"],
                            found={"orders", "cameras"}), "BE")
    assert "(Articles 15, 17 and 21 GDPR)" in text
    positions = [text.index(h) for h in ("Access to your personal data (Article 15 GDPR)",
                                         "Erasure of your personal data (Article 17 GDPR)",
                                         "Your objection (Article 21 GDPR)", "Remedies")]
    assert positions == sorted(positions)
    assert text.count("Rue de la Presse 35") == 1  # the authority once, under the remedies


def test_a_letter_to_a_representative_says_whom_you_means():
    text = pdf_text(request("erasure", "en", "NL", representative_name="Pieter Janssens",
                            representative_address=["Meir 1", "2000 Antwerpen"], representative_country="BE"), "NL")
    assert text.index("Pieter Janssens") < text.index("Dear Pieter Janssens")
    assert "BELGIUM" in text and "DENMARK" not in text
    assert 'In this letter, "you" and "your" refer to Zoë Ørsted-Şule.' in text


def test_deceased_persons_by_country():
    fr = pdf_text(request("deceased", "fr", "FR"), "FR")
    assert "article 85 de la loi n° 78-17" in fr and "justificatif du décès" in fr
    for country, words in (("BE", "Belgian law does not extend"), ("NL", "Dutch law does not extend")):
        text = pdf_text(request("deceased", "en", country), country)
        assert words in text and "(recital 27 GDPR)" in text and "article 85" not in text


def test_forwarded_and_wrong_organisation():
    text = pdf_text(request("forwarded", "en", "NL"), "NL")
    assert "on behalf of City of Utrecht" in text and "Postbus 16200" in text and "(Article 28(3)(e) GDPR)" in text
    wrong = pdf_text(request("wrong-organisation", "en", "NL"), "NL")
    assert "another organisation: Fietsenwinkel Amsterdam B.V. Fietshuis Utrecht B.V. is a separate" in wrong
    assert [p.code for p in letter_blocks(request("forwarded", "en", "NL", controller=""), profile("NL"))] == [
        "letter.gap-controller"]
