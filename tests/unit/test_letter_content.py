"""What goes into a letter: the legal rules of dsar_desk.domain.letter_content, and the texts."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dsar_desk.domain.letter_content import (
    DISCLOSING_KINDS,
    LETTER_KINDS,
    LETTER_LANGUAGES,
    LOCAL_PLACEHOLDERS,
    PLACEHOLDERS,
    AddressBlock,
    BulletList,
    Heading,
    KeyValueTable,
    LetterBlocked,
    LetterError,
    LetterRequest,
    Paragraph,
    build_letter,
    city_of,
    format_letter_date,
    letter_blocks,
    letters_dir,
    placeholders,
    portability_annex,
    portability_file_names,
    suggest_kind,
)
from dsar_desk.domain.profile import Profile, parse_profile

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE_SLUGS = ("ecomarket", "ecomail", "maildrop")
EU_NAMES = ("Łukasz Śmigły", "Zoë Ørsted", "Ĳsbrand", "Řehoř", "Ödön Szőke", "Şule")

PROFILE_TOML = """
format = 1

[organisation]
slug = "testshop"
name = "TESTSHOP SRL"
registration = "BE 0749.612.337"
address = ["Rue des Garennes 70", "1170 Brussel"]
country = "BE"
languages = ["nl", "fr"]
email = "privacy@testshop.be"
dpo = { nl = "Functionaris gegevensbescherming, dpo@testshop.be", fr = "Délégué à la protection des données, dpo@testshop.be" }

[policy]
identity = "id-copy"
id_copy_retention_days = 0

[[processing]]
id = "customer-account"
name = { nl = "Klantaccount", fr = "Compte client" }
purposes = { nl = ["Bestelling", "Levering"], fr = ["Commande", "Livraison"] }
data = { nl = ["naam", "adres"], fr = ["nom", "adresse"] }
legal_basis = "contract"
retention = { nl = "Twee jaar na de laatste bestelling", fr = "Deux ans après la dernière commande" }
source = { nl = "De betrokkene zelf, bij het bestellen", fr = "La personne concernée, lors de la commande" }
recipients = ["bpost", "google-analytics"]

[[processing]]
id = "newsletter"
name = { nl = "Nieuwsbrief", fr = "Lettre d'information" }
purposes = { nl = ["Nieuwsbrief"], fr = ["Lettre d'information"] }
data = { nl = ["e-mailadres"], fr = ["adresse e-mail"] }
legal_basis = "consent"
retention = { nl = "Tot uitschrijving", fr = "Jusqu'à la désinscription" }
recipients = ["mailer", "mailchannels"]

[[processing]]
id = "fraud"
name = { nl = "Fraudepreventie", fr = "Prévention de la fraude" }
purposes = { nl = ["Fraude opsporen"], fr = ["Détection de la fraude"] }
data = { nl = ["IP-adres"], fr = ["adresse IP"] }
legal_basis = "legitimate-interests"
retention = "13 maanden"
source = { nl = "Kredietbureau Focum", fr = "Bureau de crédit Focum" }
automated_decisions = { nl = "Een score bepaalt of achteraf betalen wordt aangeboden.", fr = "Un score détermine si le paiement différé est proposé." }
automated_art22 = true
automated_logic = { nl = "De score telt betaalachterstanden en het aantal bestellingen van de laatste 12 maanden.", fr = "Le score additionne les retards de paiement et le nombre de commandes des 12 derniers mois." }
automated_consequences = { nl = "Bij een lage score kunt u niet achteraf betalen; u kunt wel vooraf betalen.", fr = "Avec un score faible, vous ne pouvez pas payer plus tard ; vous pouvez toujours payer d'avance." }
recipients = ["bpost"]

[[recipient]]
id = "bpost"
name = "bpost NV"
role = "processor"
country = "BE"

[[recipient]]
id = "google-analytics"
name = "Google LLC"
role = "processor"
country = "US"
safeguards = { nl = "Standaardcontractbepalingen", fr = "Clauses contractuelles types" }

[[recipient]]
id = "mailer"
name = "Mailchimp (Intuit Inc.)"
role = "processor"
country = "US"
safeguards = { nl = "Gecertificeerd onder het EU-VS-gegevensprivacykader", fr = "Certifié au titre du cadre de protection des données UE-États-Unis" }

[[recipient]]
id = "mailchannels"
name = "MailChannels"
role = "processor"
country = "CH"
"""


@pytest.fixture(scope="module")
def profile() -> Profile:
    check = parse_profile(PROFILE_TOML)
    assert check.ok, check.errors
    return check.profile


def sample(slug: str) -> Profile:
    check = parse_profile((SAMPLES / f"{slug}.toml").read_text(encoding="utf-8"))
    assert check.ok, check.errors
    return check.profile


def request(kind: str = "access", language: str = "nl", **changes) -> LetterRequest:
    base = LetterRequest(
        kind=kind,
        language=language,
        reference="ECO-2026-0042",
        requester_name="Łukasz Śmigły",
        requester_address=["Ulica Długa 5", "00-950 Warszawa"],
        requester_country="PL",
        rights=["access"],
        received=date(2026, 10, 22),
        due=date(2026, 11, 23),
        letter_date=date(2026, 11, 22),
        clerk_name="Ĳsbrand Řehoř",
        clerk_role="Privacy officer",
        extended_due=date(2027, 1, 22),
        extension_reasons="Three systems must be searched by hand.",
        refusal_reasons="The same request was answered last week.",
        identity_proof_needed="a copy of your identity card",
        identity_known_data=["your name", "your customer number"],
        annexes=["copy-of-data.pdf"],
        restriction_ground="accuracy-contested",
        # issue 15: what the new kinds need
        identity_doubt="Your request came from an e-mail address we do not know.",
        withheld_reasons="The notes of the call also record what a colleague said.",
        rectification_refused_reasons="The date of birth we hold is the one on the document you sent us.",
        controller="Stad Gent",
        fee_cents=1250,
        deceased_name="Anna Smit",
        intended_for="ECOMARKET BV, Rotterdam",
    )
    return replace(base, **changes)


def text_of(content) -> str:
    return content.plain_text()


def table_rows(content) -> dict[str, dict[str, tuple[str, ...]]]:
    """{activity name: {label: values}} of an access letter."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    current = None
    for block in content.blocks:
        if isinstance(block, Heading) and block.level == 2:
            current = block.text
        elif isinstance(block, KeyValueTable) and current:
            out[current] = dict(block.rows)
    return out


# ----------------------------------------------------------------------- the texts


def _keys(data: dict, prefix: str = "") -> set[str]:
    keys = set()
    for key, value in data.items():
        if isinstance(value, dict):
            keys |= _keys(value, f"{prefix}{key}.")
        else:
            keys.add(prefix + key)
    return keys


def _strings(data: dict):
    for value in data.values():
        if isinstance(value, dict):
            yield from _strings(value)
        elif isinstance(value, str):
            yield value


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_every_language_has_every_text_with_known_placeholders(language):
    folder = letters_dir()
    reference = {}
    for name in ("common", *LETTER_KINDS):
        with (folder / "en" / f"{name}.toml").open("rb") as fh:
            reference[name] = tomllib.load(fh)
    for name in ("common", *LETTER_KINDS):
        path = folder / language / f"{name}.toml"
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        assert _keys(data) == _keys(reference[name]), f"{language}/{name}.toml has other keys than en"
        for text in _strings(data):
            unknown = placeholders(text) - PLACEHOLDERS - LOCAL_PLACEHOLDERS
            assert not unknown, f"{language}/{name}.toml uses unknown placeholders {unknown}: {text!r}"
        if name != "common":
            assert data["title"] and data["subject"]


def test_unknown_placeholder_in_a_text_is_a_plain_error(tmp_path, profile):
    folder = tmp_path / "letters"
    shutil.copytree(letters_dir(), folder)
    path = folder / "nl" / "acknowledgement.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("{due_date}", "{deadline}"), encoding="utf-8")
    with pytest.raises(LetterError, match=r"\{deadline\}"):
        build_letter(request("acknowledgement"), profile, texts_folder=folder)


# ----------------------------------------------------------------- every combination


def clean_activities(prof: Profile, language: str) -> set[str]:
    """The activities of a sample whose register lets an access answer say nothing untrue."""
    return {p["id"] for p in prof.processing
            if not letter_blocks(request("access", language, found={p["id"]}), prof)}


def sample_request(kind: str, language: str, prof: Profile, slug: str, **changes) -> LetterRequest:
    """A request for a sample: an access answer lists the activities the register describes fully."""
    base = {"erasure_exception": "legal-claims" if slug == "maildrop" else None}
    if kind == "mandate-request":
        base.update(representative_name="Jan Peeters", representative_address=["Meir 1", "2000 Antwerpen"])
    if kind in ("access", "partial-access", "combined"):
        base["found"] = clean_activities(prof, language) or None  # none clean: every activity, and a block
    base.update(changes)
    return request(kind, language, **base)


# The samples' registers are drawn from real privacy policies and keep their gaps (issue 15): these
# letters would say something untrue, so they are refused. None of the samples has an activity on
# consent; Maildrop names the recipients of none of its activities.
SAMPLE_BLOCKED = {("withdraw-consent", slug) for slug in SAMPLE_SLUGS} | {
    (kind, "maildrop") for kind in ("access", "partial-access", "combined")}


@pytest.mark.parametrize("slug", SAMPLE_SLUGS)
@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_kind_in_every_language_for_every_sample(slug, language, kind):
    prof = sample(slug)
    req = sample_request(kind, language, prof, slug)
    blocks = letter_blocks(req, prof)
    assert bool(blocks) == ((kind, slug) in SAMPLE_BLOCKED), [str(b) for b in blocks]
    if blocks:
        with pytest.raises(LetterBlocked) as exc:
            build_letter(req, prof)
        assert [p.code for p in exc.value.problems] == [p.code for p in blocks]
        assert all(p.code.startswith("letter.gap-") for p in blocks)
        return
    content = build_letter(req, prof)
    text = text_of(content)
    assert content.kind == kind and content.language == language
    expected = "Jan Peeters" if kind == "mandate-request" else "Łukasz Śmigły"
    assert expected in content.recipient_lines[0]
    assert content.subject and content.title and content.salutation and content.closing
    assert content.blocks and all(isinstance(b, (Heading, Paragraph, BulletList, KeyValueTable, AddressBlock))
                                  for b in content.blocks)
    assert content.metadata["author"] == prof.name
    assert content.metadata["subject"] == "ECO-2026-0042"
    assert content.metadata["language"] == language
    assert "ECO-2026-0042" in content.labels["continuation"]
    assert format_letter_date(date(2026, 11, 22), language) in content.place_date
    assert "{" not in text and "}" not in text
    if language not in prof.languages and kind in DISCLOSING_KINDS:
        # register texts come from the default language, and the letter says which
        assert content.fell_back
        assert all(f"({prof.default_language})" in item for item in content.fell_back)
    if language == prof.default_language:
        assert not [f for f in content.fell_back if f.startswith("processing")]


# -------------------------------------------------------------------------- access


def test_access_names_recipients_with_country_and_safeguards(profile):
    content = build_letter(request("access", "nl"), profile)
    rows = table_rows(content)
    recipients = rows["Klantaccount"]["Ontvangers"]
    assert any(r.startswith("bpost NV") and "België" in r and "doorgifte" not in r for r in recipients)
    google = next(r for r in recipients if r.startswith("Google LLC"))
    assert "Verenigde Staten" in google and "Standaardcontractbepalingen" in google
    newsletter = rows["Nieuwsbrief"]["Ontvangers"]
    swiss = next(r for r in newsletter if r.startswith("MailChannels"))
    assert "Zwitserland" in swiss and "adequaatheidsbesluit" in swiss
    # a US recipient certified under the Data Privacy Framework: the certification is its safeguard
    mailchimp = next(r for r in newsletter if r.startswith("Mailchimp"))
    assert "Gecertificeerd onder het EU-VS-gegevensprivacykader" in mailchimp
    assert "adequaatheidsbesluit van de Europese Commissie of de passende waarborgen" in text_of(content)
    assert "(artikelen 15, lid 2, 45 en 46 AVG)" in text_of(content)
    assert content.missing == []


def test_access_has_every_article_15_heading_rights_and_authority(profile):
    content = build_letter(request("access", "fr"), profile)
    text = text_of(content)
    for label in ("Finalités", "Catégories de données à caractère personnel", "Destinataires",
                  "Durée de conservation", "Source des données", "Prise de décision automatisée", "Base juridique"):
        assert label in text
    for article in ("article\u00a016", "article\u00a017", "article\u00a018", "article\u00a021"):
        assert article.replace("\u00a0", " ") in text
    assert "Vos droits" in text
    address = next(b for b in content.blocks if isinstance(b, AddressBlock))
    assert address.lines[0] == "Autorité de protection des données"
    assert "Rue de la Presse 35" in address.lines
    assert "copy-of-data.pdf" in text and content.attachments == ["copy-of-data.pdf"]


def test_access_leaves_out_activities_not_concerning_the_requester(profile):
    content = build_letter(request("access", "nl", not_concerned={"newsletter"}), profile)
    rows = table_rows(content)
    assert set(rows) == {"Klantaccount", "Fraudepreventie"}
    assert "Mailchimp" not in text_of(content)


def test_access_with_every_activity_excluded_sends_to_no_data(profile):
    every = {p["id"] for p in profile.processing}
    with pytest.raises(LetterError, match="no-data"):
        build_letter(request("access", "en", not_concerned=every), profile)
    content = build_letter(request("no-data", "en", not_concerned=every), profile)
    assert "We do not hold any personal data concerning you." in text_of(content)


def test_source_only_where_not_collected_from_the_requester(profile):
    rows = table_rows(build_letter(request("access", "nl"), profile))
    assert "Herkomst van de gegevens" not in rows["Klantaccount"]  # "De betrokkene zelf, bij het bestellen"
    assert "Herkomst van de gegevens" not in rows["Nieuwsbrief"]  # no source given
    assert rows["Fraudepreventie"]["Herkomst van de gegevens"] == ("Kredietbureau Focum",)
    # automated decisions: shown where there are some, "none" stated elsewhere
    # an Art. 22 decision: said to be one, with its logic and its consequences (issue 15)
    automated = rows["Fraudepreventie"]["Geautomatiseerde besluitvorming"]
    assert "(artikel 22 AVG): Een score bepaalt" in automated[0]
    assert automated[1].startswith("De onderliggende logica: De score telt betaalachterstanden")
    assert automated[2].startswith("Het belang en de verwachte gevolgen voor u: Bij een lage score")
    assert rows["Klantaccount"]["Geautomatiseerde besluitvorming"][0].startswith("Geen")


def test_access_in_a_language_the_profile_lacks_falls_back_and_says_so(profile):
    content = build_letter(request("access", "en"), profile)
    assert "processing “Klantaccount”: purposes (nl)" in content.fell_back  # by its name, never its id alone
    assert "processing “Klantaccount”: name (nl)" in content.fell_back
    assert "Purposes" in text_of(content)  # our own labels stay English
    assert "Bestelling" in text_of(content)  # the register's text, in Dutch


def test_missing_authority_is_reported_and_article_77_used():
    data = tomllib.loads(PROFILE_TOML)
    data["organisation"]["country"] = "DE"
    content = build_letter(request("refusal", "en"), Profile(data))
    assert "no supervisory authority for DE" in content.missing
    assert "Article 77 GDPR" in text_of(content)
    assert "Article 79 GDPR" in text_of(content)


# ----------------------------------------------------------------------- the others


def test_refusal_has_reasons_complaint_and_court_and_never_an_extension(profile):
    content = build_letter(request("refusal", "en", extended_due=date(2027, 1, 22)), profile)
    text = text_of(content)
    assert "The same request was answered last week." in text
    assert "Article 12(4)" in text and "Article 79 GDPR" in text
    assert "Gegevensbeschermingsautoriteit" in text or "Autorité de protection des données" in text
    assert "22 January 2027" not in text and "two further months" not in text
    assert any(isinstance(b, Paragraph) and b.style == "quote" for b in content.blocks)


def test_refusal_of_a_manifestly_unfounded_request_cites_article_12_5(profile):
    text = text_of(build_letter(request("refusal", "nl", manifestly_unfounded_or_excessive=True), profile))
    assert "kennelijk ongegrond of buitensporig" in text and "artikel 12, lid 5" in text
    assert "artikel 79 AVG" in text


def test_impossible_letters_are_refused_plainly(profile):
    with pytest.raises(LetterError, match="reasons"):
        build_letter(request("refusal", refusal_reasons="  "), profile)
    with pytest.raises(LetterError, match="reasons"):
        build_letter(request("extension", extension_reasons=""), profile)
    with pytest.raises(LetterError, match="new due date"):
        build_letter(request("extension", extended_due=None), profile)
    with pytest.raises(LetterError, match="after"):
        build_letter(request("extension", extended_due=date(2026, 11, 1)), profile)
    with pytest.raises(LetterError, match="kind"):
        build_letter(request("thank-you"), profile)
    with pytest.raises(LetterError, match="“xx”"):
        build_letter(request(language="xx"), profile)
    with pytest.raises(LetterError, match="ground"):
        build_letter(request("restriction", restriction_ground=None), profile)
    with pytest.raises(LetterError, match="17\\(3\\)"):
        build_letter(request("erasure", erasure_exception="boredom"), profile)


def test_extension_gives_the_new_date_and_the_reasons(profile):
    text = text_of(build_letter(request("extension", "fr"), profile))
    assert "22\u00a0janvier 2027" in text or "22 janvier 2027" in text
    assert "Three systems must be searched by hand." in text
    assert "article 12, paragraphe 3" in text


def test_acknowledgement_gives_received_reference_and_due_date(profile):
    text = text_of(build_letter(request("acknowledgement", "en"), profile))
    assert "22 October 2026" in text and "ECO-2026-0042" in text and "23 November 2026" in text


def test_erasure_with_an_exception_names_it_and_the_recipients_told(profile):
    content = build_letter(
        request("erasure", "en", erasure_exception="legal-obligation",
                erasure_exception_detail="Invoices are kept for seven years (tax law).",
                recipients_informed=["bpost", "google-analytics"]),
        profile,
    )
    text = text_of(content)
    assert "Article 17(3)(b)" in text and "legal obligation" in text
    assert "Invoices are kept for seven years (tax law)." in text
    assert "Article 19" in text and "• bpost NV" in text and "• Google LLC" in text
    assert "Article 79 GDPR" in text  # a partial refusal: the remedies
    done = text_of(build_letter(request("erasure", "en", recipients_informed=["bpost"]), profile))
    # never "from all our systems": the record of the request stays, and the letter says so (issue 15)
    assert "We have erased your personal data." in done and "all our systems" not in done
    assert "We keep this record for 5 years and then delete it." in done
    assert "Article 17(3)(b)" not in done and "we are required or entitled to keep" not in done


def test_erasure_without_informed_recipients_is_flagged(profile):
    content = build_letter(request("erasure", "en"), profile)
    assert any("Art. 19" in m for m in content.missing)


@pytest.mark.parametrize(
    ("ground", "point"),
    [("accuracy-contested", "18(1)(a)"), ("unlawful-opposes-erasure", "18(1)(b)"),
     ("legal-claims", "18(1)(c)"), ("objection-pending", "18(1)(d)")],
)
def test_restriction_names_its_ground_and_warns_before_lifting(profile, ground, point):
    text = text_of(build_letter(request("restriction", "en", restriction_ground=ground), profile))
    assert f"Article {point}" in text
    assert "We will inform you before the restriction is lifted" in text


def test_objection_to_direct_marketing_always_stops(profile):
    text = text_of(build_letter(request("objection", "en", objection_direct_marketing=True,
                                        objection_compelling_grounds="We like marketing."), profile))
    assert "We have stopped this processing" in text and "We like marketing." not in text
    assert "Article 79" not in text


def test_objection_on_other_grounds_gives_the_compelling_grounds_and_remedies(profile):
    text = text_of(build_letter(request("objection", "en", objection_direct_marketing=False,
                                        objection_compelling_grounds="Fraud checks protect all customers."), profile))
    assert "compelling legitimate grounds" in text and "Fraud checks protect all customers." in text
    assert "Article 79 GDPR" in text
    stopped = text_of(build_letter(request("objection", "en", objection_direct_marketing=False,
                                           objection_compelling_grounds=""), profile))
    assert "we have therefore stopped" in stopped


def test_withdraw_consent_lists_consent_based_activities(profile):
    text = text_of(build_letter(request("withdraw-consent", "nl"), profile))
    assert "• Nieuwsbrief" in text and "Klantaccount" not in text
    assert "artikel 7, lid 3" in text


def test_identity_request_is_proportionate_and_protective(profile):
    content = build_letter(request("identity-request", "en", id_copy_retention_days=14), profile)
    text = text_of(content)
    # what we already know comes first, then what we ask for
    assert text.index("your customer number") < text.index("a copy of your identity card")
    # a Belgian organisation: the national register number may be blacked out (issue 15)
    assert "black out your photograph, your national register number" in text
    assert "no later than 14 days after" in text
    assert "starts to run on the day we receive" in text
    at_once = text_of(build_letter(request("identity-request", "en", id_copy_retention_days=None,
                                           pause_restarts_clock=False), profile))
    assert "as soon as your identity has been verified" in at_once  # profile: 0 days
    assert "starts to run" not in at_once


def test_identity_request_uses_the_profile_policy_when_the_clerk_typed_nothing():
    ecomarket = sample("ecomarket")  # identity = "signed-letter"
    text = text_of(build_letter(request("identity-request", "nl", identity_proof_needed=""), ecomarket))
    assert "een ondertekende brief" in text
    maildrop = sample("maildrop")  # no identity check
    if maildrop.identity == "none":
        with pytest.raises(LetterError, match="proof of identity"):
            build_letter(request("identity-request", "fr", identity_proof_needed=""), maildrop)


def test_portability_names_the_files_and_the_activities(profile):
    content = build_letter(request("portability", "en"), profile)
    text = text_of(content)
    assert content.attachments == portability_file_names("ECO-2026-0042") == [
        "ECO-2026-0042-data.json", "ECO-2026-0042-data.csv"]
    assert "• ECO-2026-0042-data.json" in text and "• ECO-2026-0042-data.csv" in text
    assert "Klantaccount" in text and "Nieuwsbrief" in text and "Fraudepreventie" not in text
    named = build_letter(request("portability", "en", portability_files=["a.json", "a.csv"]), profile)
    assert named.attachments == ["a.json", "a.csv"]


def test_portability_without_consent_or_contract_is_refused(profile):
    with pytest.raises(LetterError, match="Art. 20 does not apply") as exc:
        build_letter(request("portability", "en", not_concerned={"customer-account", "newsletter"}), profile)
    assert [p.code for p in exc.value.problems] == ["letter.gap-portability"]


def test_portability_annex_json_and_csv():
    data = {"records": [{"name": "Zoë Ørsted", "email": "zoe@example.eu", "born": date(1990, 2, 1)},
                        {"name": "Ödön Szőke", "tags": ["a", "b"]}]}
    json_bytes, csv_bytes = portability_annex(data)
    assert json.loads(json_bytes.decode("utf-8"))["records"][0]["name"] == "Zoë Ørsted"
    assert json.loads(json_bytes)["records"][0]["born"] == "1990-02-01"
    assert b"\n  " in json_bytes  # pretty
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8"))))
    assert rows[0] == ["name", "email", "born", "tags"]
    assert rows[1] == ["Zoë Ørsted", "zoe@example.eu", "1990-02-01", ""]
    assert rows[2] == ["Ödön Szőke", "", "", '["a", "b"]']
    _, several = portability_annex({"account": [{"id": 1}], "orders": [{"id": 7, "total": "12.50"}]})
    rows = list(csv.reader(io.StringIO(several.decode("utf-8"))))
    assert rows == [["section", "id", "total"], ["account", "1", ""], ["orders", "7", "12.50"]]
    with pytest.raises(LetterError):
        portability_annex({"records": ["not a record"]})


# --------------------------------------------------------------------- letter frame


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "22 November 2026"), ("nl", "22 november 2026"), ("fr", "22 novembre 2026")])
def test_dates_are_written_in_the_letter_language(language, expected):
    assert format_letter_date(date(2026, 11, 22), language) == expected
    assert format_letter_date(date(2026, 11, 1), "fr") == "1er novembre 2026"


def test_place_and_date_and_references(profile):
    content = build_letter(request("acknowledgement", "fr", requester_reference="ŁŚ/7"), profile)
    assert content.place_date == "Brussel, le 22 novembre 2026"
    assert content.references == [("Nos références", "ECO-2026-0042"), ("Vos références", "ŁŚ/7")]
    en = build_letter(request("acknowledgement", "en", place="Antwerpen"), profile)
    assert en.place_date == "Antwerpen, 22 November 2026"


@pytest.mark.parametrize(("line", "city"), [
    ("1170 Brussel", "Brussel"), ("2509 AJ Den Haag", "Den Haag"), ("75334 Paris Cedex 07", "Paris"),
    ("L-4370 Belvaux", "Belvaux"), ("09320 Soulan", "Soulan"),
    ("Adresse postale non indiquée dans la politique de confidentialité", None), ("Postbus 93374", None)])
def test_city_of_an_address_line(line, city):
    assert city_of(line) == city


def test_address_block_country_line_and_return_line(profile):
    abroad = build_letter(request("acknowledgement", "nl"), profile)
    assert abroad.recipient_lines == ["Łukasz Śmigły", "Ulica Długa 5", "00-950 Warszawa", "POLEN"]
    assert abroad.return_line.startswith("TESTSHOP SRL · Rue des Garennes 70 · 1170 Brussel")
    assert abroad.return_line.endswith("BELGIË")
    home = build_letter(request("acknowledgement", "fr", requester_country="BE",
                                requester_address=["Rue Haute 1", "1000 Bruxelles"]), profile)
    assert home.recipient_lines == ["Łukasz Śmigły", "Rue Haute 1", "1000 Bruxelles"]
    email_only = build_letter(request("acknowledgement", "en", requester_address=[]), profile)
    assert email_only.recipient_lines == ["Łukasz Śmigły"] and email_only.return_line == ""


def test_french_letters_keep_punctuation_with_its_word(profile):
    content = build_letter(request("access", "fr"), profile)
    for block in content.blocks:
        if isinstance(block, Paragraph):
            assert " :" not in block.text and " ;" not in block.text
    assert "’" in text_of(content)


def test_salutation_and_signature(profile):
    nl = build_letter(request("acknowledgement", "nl"), profile)
    assert nl.salutation == "Geachte Łukasz Śmigły,"
    assert (nl.signature.name, nl.signature.role, nl.signature.organisation) == (
        "Ĳsbrand Řehoř", "Privacy officer", "TESTSHOP SRL")
    fr = build_letter(request("acknowledgement", "fr"), profile)
    assert fr.salutation == "Madame, Monsieur,"
    assert "salutations distinguées" in fr.closing


def test_dpo_is_named_when_the_profile_has_one(profile):
    assert "dpo@testshop.be" in text_of(build_letter(request("acknowledgement", "nl"), profile))


@pytest.mark.parametrize("name", EU_NAMES)
def test_requester_names_pass_through_unchanged(profile, name):
    content = build_letter(request("acknowledgement", "en", requester_name=name), profile)
    assert content.recipient_lines[0] == name and name in content.salutation


@pytest.mark.parametrize(("status", "rights", "kind"), [
    ("received", ["access"], "acknowledgement"),
    ("awaiting-identity", ["erasure"], "identity-request"),
    ("in-progress", ["access", "erasure"], "combined"),  # several rights: one answer (issue 15)
    ("answered", ["erasure", "rectification"], "combined"),
    ("in-progress", ["erasure"], "erasure"),
    ("closed", ["withdraw-consent"], "withdraw-consent"),
    ("in-progress", ["portability"], "portability"),
    ("refused", ["access"], "refusal"),
    ("in-progress", ["other"], "acknowledgement"),
    ("withdrawn", ["access"], "acknowledgement"),
])
def test_suggest_kind(status, rights, kind):
    assert suggest_kind(status, rights) == kind
    assert kind in LETTER_KINDS


# ------------------------------------------------------------------------- issue 15: variants


def test_country_variants_only_override_texts_that_exist():
    folder = letters_dir()
    variants = sorted(p.name for p in folder.iterdir() if p.is_dir() and "-" in p.name)
    assert variants == ["fr-BE", "nl-BE", "nl-NL"]
    for variant in variants:
        language = variant.split("-")[0]
        for path in (folder / variant).glob("*.toml"):
            with path.open("rb") as fh:
                override = tomllib.load(fh)
            with (folder / language / path.name).open("rb") as fh:
                base = tomllib.load(fh)
            assert _keys(override) <= _keys(base), f"{variant}/{path.name} has keys {language}/ lacks"
            for text in _strings(override):
                assert not placeholders(text) - PLACEHOLDERS - LOCAL_PLACEHOLDERS, text


@pytest.mark.parametrize(("organisation", "requester", "variant"), [
    ("BE", "PL", "BE"), ("NL", "BE", "NL"), ("FR", "BE", "BE"), ("FR", "NL", "NL"), ("FR", "DE", None)])
def test_which_dutch_a_letter_is_written_in(organisation, requester, variant):
    from dsar_desk.domain.letter_content import variant_for

    assert variant_for("nl", organisation, requester) == variant
    assert variant_for("en", organisation, requester) is None


def test_recipient_names_in_the_letters_language(profile):
    data = tomllib.loads(PROFILE_TOML)
    data["recipient"][0]["name"] = {"nl": "bpost NV", "fr": "bpost SA"}
    prof = Profile(data)
    assert "bpost SA (sous-traitant" in text_of(build_letter(request("access", "fr"), prof))
    assert "bpost NV (verwerker" in text_of(build_letter(request("access", "nl"), prof))
