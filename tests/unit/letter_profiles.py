"""Complete organisation profiles of three countries for the letter tests (issue 15), and their gaps.

    profile("NL")                       # a Dutch webshop: KvK, ID copies (so the BSN), the rechtbank
    profile("BE"), profile("FR")        # Belgian and French organisations
    with_gap("FR", "recipients")        # the same profile with one gap an access answer must not paper over

Each profile's register describes its activities fully: an access answer from it says nothing
untrue. Each gap of GAPS makes one statement false, and the letter is refused.
"""

from __future__ import annotations

import copy
import tomllib

from dsar_desk.domain.profile import Profile, check_profile_data

NL = """
format = 1

[organisation]
slug = "fietshuis"
name = "Fietshuis Utrecht B.V."
registration = "12345678"
address = ["Oudegracht 100", "3511 AX Utrecht"]
country = "NL"
languages = ["nl", "en"]
email = "privacy@fietshuis.nl"
website = "https://fietshuis.nl"

[policy]
identity = "id-copy"
case_retention_years = 2
suppression_list = true

[[processing]]
id = "orders"
name = { nl = "Bestellingen", en = "Orders" }
purposes = { nl = ["Uw bestelling leveren", "Garantie"], en = ["Delivering your order", "Warranty"] }
data = { nl = ["Naam", "Adres", "Bestelde fietsen"], en = ["Name", "Address", "Bicycles ordered"] }
legal_basis = "contract"
retention = { nl = "7 jaar na de bestelling (fiscale bewaarplicht)", en = "7 years after the order (tax law)" }
source = { nl = "De betrokkene zelf", en = "The data subject" }
recipients = ["postnl", "cloud"]

[[processing]]
id = "newsletter"
name = { nl = "Nieuwsbrief", en = "Newsletter" }
purposes = { nl = ["Aanbiedingen per e-mail"], en = ["Offers by e-mail"] }
data = { nl = ["E-mailadres"], en = ["E-mail address"] }
legal_basis = "consent"
retention = { nl = "Tot u zich afmeldt", en = "Until you unsubscribe" }
recipients = ["mailer"]

[[processing]]
id = "reviews"
name = { nl = "Klantbeoordelingen", en = "Customer reviews" }
purposes = { nl = ["Beoordelingen tonen op onze website"], en = ["Showing reviews on our website"] }
data = { nl = ["Voornaam", "Beoordeling"], en = ["First name", "Review"] }
legal_basis = "legitimate-interests"
retention = { nl = "Zolang de beoordeling online staat, uiterlijk 3 jaar", en = "While the review is online, at most 3 years" }
made_public = { nl = "op onze website en onze Facebookpagina", en = "on our website and our Facebook page" }
recipients = []

[[processing]]
id = "credit"
name = { nl = "Achteraf betalen", en = "Pay later" }
purposes = { nl = ["Beslissen of u achteraf kunt betalen"], en = ["Deciding whether you may pay later"] }
data = { nl = ["Betaalgeschiedenis"], en = ["Payment history"] }
legal_basis = "contract"
retention = { nl = "13 maanden", en = "13 months" }
source = { nl = "Kredietbureau EDR", en = "EDR credit agency" }
automated_decisions = { nl = "Een score beslist of u achteraf kunt betalen.", en = "A score decides whether you may pay later." }
automated_art22 = true
automated_logic = { nl = "De score telt betaalachterstanden van de laatste 12 maanden.", en = "The score counts late payments of the last 12 months." }
automated_consequences = { nl = "Bij een lage score betaalt u vooraf.", en = "With a low score you pay in advance." }
recipients = ["edr"]

[[recipient]]
id = "postnl"
name = "PostNL"
role = "processor"
country = "NL"
purpose = { nl = "Bezorging", en = "Delivery" }

[[recipient]]
id = "cloud"
name = "Amazon Web Services EMEA"
role = "processor"
country = "US"
safeguards = { nl = "Standaardcontractbepalingen van de Europese Commissie", en = "Standard contractual clauses of the European Commission" }

[[recipient]]
id = "mailer"
name = "ICT-dienstverleners"
category = true
role = "processor"
country = "NL"

[[recipient]]
id = "edr"
name = "EDR Credit Services"
role = "controller"
country = "NL"

[[controller]]
id = "gemeente"
name = { nl = "Gemeente Utrecht", en = "City of Utrecht" }
address = ["Postbus 16200", "3500 CE Utrecht"]
email = "privacy@utrecht.nl"
"""

BE = """
format = 1

[organisation]
slug = "velo-bxl"
name = "Vélo Bruxelles SRL"
registration = "BE 0749.612.337"
address = ["Rue des Garennes 70", "1170 Brussel"]
place = { nl = "Brussel", fr = "Bruxelles", en = "Brussels" }
country = "BE"
languages = ["fr", "nl", "en"]
email = "privacy@velo.brussels"

[policy]
identity = "id-copy"

[[processing]]
id = "orders"
name = { fr = "Commandes", nl = "Bestellingen", en = "Orders" }
purposes = { fr = ["Livrer votre commande"], nl = ["Uw bestelling leveren"], en = ["Delivering your order"] }
data = { fr = ["Nom", "Adresse"], nl = ["Naam", "Adres"], en = ["Name", "Address"] }
legal_basis = "contract"
retention = { fr = "7 ans après la commande", nl = "7 jaar na de bestelling", en = "7 years after the order" }
source = { fr = "La personne concernée", nl = "De betrokkene zelf", en = "The data subject" }
recipients = ["bpost"]

[[processing]]
id = "cameras"
name = { fr = "Vidéosurveillance du magasin", nl = "Camerabewaking van de winkel", en = "CCTV in the shop" }
purposes = { fr = ["Sécurité du magasin"], nl = ["Beveiliging van de winkel"], en = ["Shop security"] }
data = { fr = ["Images"], nl = ["Beelden"], en = ["Images"] }
legal_basis = "legitimate-interests"
retention = { fr = "1 mois", nl = "1 maand", en = "1 month" }
recipients = []

[[processing]]
id = "newsletter"
name = { fr = "Lettre d'information", nl = "Nieuwsbrief", en = "Newsletter" }
purposes = { fr = ["Offres par e-mail"], nl = ["Aanbiedingen per e-mail"], en = ["Offers by e-mail"] }
data = { fr = ["Adresse e-mail"], nl = ["E-mailadres"], en = ["E-mail address"] }
legal_basis = "consent"
retention = { fr = "Jusqu'à la désinscription", nl = "Tot uitschrijving", en = "Until you unsubscribe" }
recipients = []

[[recipient]]
id = "bpost"
name = "bpost SA"
role = "processor"
country = "BE"
"""

FR = """
format = 1

[organisation]
slug = "librairie"
name = "Librairie du Marais SAS"
registration = "RCS Paris 552 100 554"
address = ["12 rue des Archives", "75004 Paris"]
country = "FR"
languages = ["fr", "en"]
email = "dpo@librairie-marais.fr"

[policy]
identity = "none"

[[processing]]
id = "customers"
name = { fr = "Compte client", en = "Customer account" }
purposes = { fr = ["Gestion des commandes"], en = ["Handling orders"] }
data = { fr = ["Nom", "Adresse", "Historique d'achats"], en = ["Name", "Address", "Purchase history"] }
legal_basis = "contract"
retention = { fr = "3 ans après le dernier achat", en = "3 years after the last purchase" }
recipients = ["laposte", "hosting"]

[[processing]]
id = "events"
name = { fr = "Rencontres d'auteurs", en = "Author events" }
purposes = { fr = ["Invitations aux rencontres"], en = ["Invitations to events"] }
data = { fr = ["Adresse e-mail"], en = ["E-mail address"] }
legal_basis = "consent"
retention = { fr = "Jusqu'au retrait du consentement", en = "Until consent is withdrawn" }
recipients = []

[[processing]]
id = "marketing"
name = { fr = "Prospection", en = "Direct marketing" }
purposes = { fr = ["Recommandations de livres"], en = ["Book recommendations"] }
data = { fr = ["Historique d'achats"], en = ["Purchase history"] }
legal_basis = "legitimate-interests"
retention = { fr = "3 ans après le dernier achat", en = "3 years after the last purchase" }
automated_decisions = { fr = "Un profilage de vos achats choisit les livres recommandés.", en = "Profiling of your purchases chooses the books we recommend." }
automated_art22 = false
recipients = []

[[recipient]]
id = "laposte"
name = "La Poste"
role = "processor"
country = "FR"

[[recipient]]
id = "hosting"
name = "OVH Canada"
role = "processor"
country = "CA"
"""

TEXTS = {"NL": NL, "BE": BE, "FR": FR}


def data(country: str) -> dict:
    return tomllib.loads(TEXTS[country])


def build(data_: dict) -> Profile:
    check = check_profile_data(data_)
    assert check.ok, [str(p) for p in check.errors]
    return check.profile


def profile(country: str) -> Profile:
    return build(data(country))


def _no_recipients(d: dict) -> None:
    del d["processing"][0]["recipients"]


def _vague_retention(d: dict) -> None:
    d["processing"][0]["retention"] = {lang: text for lang, text in
                                       {"nl": "Niet gespecificeerd", "fr": "Non précisée", "en": "Not specified"}.items()}


def _necessary_retention(d: dict) -> None:
    d["processing"][0]["retention"] = {"nl": "Zo lang als nodig", "fr": "Aussi longtemps que nécessaire",
                                       "en": "As long as necessary"}


def _unsafe_transfer(d: dict) -> None:
    d["recipient"].append({"id": "tracker", "name": "Tracker Inc.", "role": "processor", "country": "US"})
    d["processing"][0]["recipients"].append("tracker")


def _art22_unknown(d: dict) -> None:
    d["processing"][0]["automated_decisions"] = {"nl": "Een score.", "fr": "Un score.", "en": "A score."}


def _art22_no_logic(d: dict) -> None:
    d["processing"][0].update(automated_decisions={"nl": "Een score.", "fr": "Un score.", "en": "A score."},
                              automated_art22=True)


# Each gap: (what it breaks, the code of the block it gives).
GAPS = {
    "recipients": (_no_recipients, "letter.gap-recipients-unknown"),
    "retention": (_vague_retention, "letter.gap-retention"),
    "necessary": (_necessary_retention, "letter.gap-retention"),
    "transfer": (_unsafe_transfer, "letter.gap-transfer"),
    "art22": (_art22_unknown, "letter.gap-automated-art22"),
    "logic": (_art22_no_logic, "letter.gap-automated-logic"),
}


def with_gap(country: str, gap: str) -> Profile:
    d = copy.deepcopy(data(country))
    GAPS[gap][0](d)
    _keep_languages(d)
    return build(d)


def _keep_languages(d: dict) -> None:
    """A gap written in nl/fr/en keeps only the profile's languages."""
    languages = d["organisation"]["languages"]
    for activity in d["processing"]:
        for key in ("retention", "automated_decisions"):
            if isinstance(activity.get(key), dict):
                activity[key] = {k: v for k, v in activity[key].items() if k in languages} or \
                    {languages[0]: next(iter(activity[key].values()))}
