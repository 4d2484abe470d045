"""`dsar-desk demo`: the three sample organisations and a realistic spread of cases.

Cases are made with the same rules as the intake (references, deadlines from the engine) but
written in bulk, so that the benchmark's 100,000 cases take seconds, not hours.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain import cases as rules
from dsar_desk.domain.checklist import requester_key
from dsar_desk.domain.deadlines import DeadlineInput, compute_deadline
from dsar_desk.domain.record import GENESIS, event_hash
from dsar_desk.resources import resource
from dsar_desk.store.db import writing
from dsar_desk.store.models import Case, Event, Organisation, now, server_login

SAMPLES = ("ecomarket", "ecomail", "maildrop")

FIRST = ["Łukasz", "Zoë", "Ĳsbrand", "Řehoř", "Ödön", "Şule", "Anna", "Pieter", "Camille", "Jean-Luc", "Sofie",
         "Mathéo", "Inès", "Bram", "Noor", "Léa", "Thomas", "Fatima", "Jan", "Élodie", "Maarten", "Chloé",
         "Wouter", "Amélie", "Sander", "Margaux", "Joris", "Aïcha", "Daan", "Hélène"]
LAST = ["Śmigły", "Ørsted", "de Vries", "Dvořák", "Szőke", "Yılmaz", "Janssens", "Peeters", "Dubois", "Lefèvre",
        "Van den Broeck", "Martin", "Bakker", "El Amrani", "Müller", "Mertens", "Girard", "Visser", "Lambert",
        "Claes", "Moreau", "Smit", "Laurent", "Wouters", "François", "Meijer", "Fontaine", "De Smet"]
STREETS = {"BE": ["Rue de la Loi", "Kerkstraat", "Avenue Louise", "Stationsstraat"],
           "NL": ["Dorpsstraat", "Kerkstraat", "Molenweg", "Prinsengracht"],
           "FR": ["Rue de la République", "Avenue Victor Hugo", "Rue Pasteur", "Boulevard Voltaire"]}
TOWNS = {"BE": ["1000 Bruxelles", "2000 Antwerpen", "9000 Gent", "4000 Liège"],
         "NL": ["1012 AB Amsterdam", "3511 CD Utrecht", "2511 EF Den Haag", "9711 GH Groningen"],
         "FR": ["75011 Paris", "69002 Lyon", "13001 Marseille", "67000 Strasbourg"]}
SUMMARIES = {
    "nl": ["Ik wil graag weten welke gegevens u over mij bewaart.", "Verwijder mijn klantaccount en alle gegevens.",
           "Mijn adres is verkeerd, graag aanpassen.", "Ik wil geen reclame meer ontvangen."],
    "fr": ["Je souhaite obtenir une copie de mes données.", "Merci de supprimer mon compte client.",
           "Mon adresse est erronée, merci de la corriger.", "Je ne veux plus recevoir de publicité."],
}
RIGHT_SETS = [("access",), ("erasure",), ("rectification",), ("objection",), ("access", "portability"),
              ("erasure", "objection"), ("restriction",), ("withdraw-consent",), ("access",), ("access",)]


def chain_rows(events: list[dict]) -> None:
    """Events written in bulk are chained like any other (domain.record), in the order given."""
    last = Event.select(Event.hash, Event.at).order_by(Event.id.desc()).limit(1).tuples().first()
    prev = last[0] if last else GENESIS
    login = server_login()  # a team's server records the login that writes
    for e in events:
        if login is not None:
            e["who"] = login
        e["prev_hash"] = prev
        e["hash"] = prev = event_hash(prev, e["case"], e["at"], e["who"], e["kind"], e["field"], e["old"], e["new"],
                                      e["text"])


def load_samples() -> list[str]:
    """Import the sample profiles (replacing earlier versions); returns their slugs."""
    slugs = []
    for name in SAMPLES:
        text = resource("samples", f"{name}.toml").read_text(encoding="utf-8")
        slugs.append(import_profile(text).slug)
    return slugs


def _status_for(received: date, today: date, rng: random.Random) -> str:
    age = (today - received).days
    if age > 60:
        return rng.choice(["closed"] * 6 + ["answered", "refused", "withdrawn"])
    if age > 25:
        return rng.choice(["answered", "in-progress", "in-progress", "closed", "awaiting-identity"])
    return rng.choice(["received", "received", "in-progress", "awaiting-identity", "in-progress"])


def make_cases(
    count: int,
    who: str,
    today: date | None = None,
    seed: int = 2026,
    spread_days: int = 400,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Create ``count`` cases over the last ``spread_days`` days; returns how many were made."""
    today = today or date.today()
    rng = random.Random(seed)
    orgs = list(Organisation.select())
    if not orgs:
        raise ValueError("no organisation: load the samples first")
    assignees = [who, "Sophie Martin", "Jan Peeters"]
    numbers: dict[tuple[int, int], int] = {}
    for org_id, year, number in Case.select(Case.organisation, Case.year, Case.number).tuples():
        numbers[(org_id, year)] = max(numbers.get((org_id, year), 0), number)
    made = 0
    batch = 2000
    stamp = now()
    while made < count:
        rows = []
        size = min(batch, count - made)
        plans = []
        for _ in range(size):
            org = rng.choice(orgs)
            langs = org.language_list
            lang = rng.choice(langs)
            # a few very fresh cases, many recent, the rest spread over the past year
            back = int(rng.triangular(0, spread_days, 10))
            received = max(today - timedelta(days=back), rules.GDPR_APPLIES_FROM)
            key = (org.id, received.year)
            numbers[key] = numbers.get(key, 0) + 1
            reference = rules.format_reference(org.prefix, received.year, numbers[key])
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            email = (rules.search_key(name).replace(" ", ".").replace("'", "") + f"{rng.randint(1, 99)}@example.org")
            country = org.country
            address = [f"{rng.choice(STREETS.get(country, STREETS['BE']))} {rng.randint(1, 200)}",
                       rng.choice(TOWNS.get(country, TOWNS['BE']))]
            rights = rng.choice(RIGHT_SETS)
            status = _status_for(received, today, rng)
            deadline = compute_deadline(
                DeadlineInput(received=received, country=org.country, subdivision=org.subdivision,
                              promise_days=org.deadline_days, pause_rule=org.pause_rule),
                language="en", today=today,
            )
            outcomes = ""
            if status == "closed":
                outcomes = json.dumps({r: {"outcome": rng.choice(["granted", "granted", "no-data"]), "reason": ""}
                                       for r in rights})
            rows.append({
                "organisation": org.id, "reference": reference, "year": received.year, "number": numbers[key],
                "requester_name": name, "requester_email": email, "requester_address": "\n".join(address),
                "requester_country": country, "language": lang, "rights": ",".join(rights),
                "channel": rng.choice(rules.CHANNELS), "received": received,
                "summary": rng.choice(SUMMARIES.get(lang, SUMMARIES["fr"])), "status": status,
                "assignee": rng.choice(assignees), "extended": False, "extension_reasons": "",
                "legal_limit": deadline.legal_limit, "promise": deadline.promise, "due": deadline.due,
                "outcomes": outcomes, "search": None,
                "created_at": stamp, "updated_at": stamp,
            })
            rows[-1]["search"] = rules.search_text(reference, name, email, rows[-1]["summary"])
            rows[-1]["requester_key"] = requester_key(name)
            plans.append((reference, status))
        with writing():
            Case.insert_many(rows).execute()
            ids = dict(Case.select(Case.reference, Case.id)
                       .where(Case.reference.in_([r for r, _ in plans])).tuples())
            events = []
            for reference, status in plans:
                events.append({"case": ids[reference], "at": stamp, "who": who, "kind": "created",
                               "field": "", "old": "", "new": "", "text": "demo case"})
                if status != "received":
                    events.append({"case": ids[reference], "at": stamp, "who": who, "kind": "status",
                                   "field": "status", "old": "received", "new": status, "text": ""})
            chain_rows(events)
            for start in range(0, len(events), 5000):
                Event.insert_many(events[start:start + 5000]).execute()
        made += size
        if progress:
            progress(made, count)
    return made
